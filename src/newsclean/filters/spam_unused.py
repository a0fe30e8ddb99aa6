"""What the article reads of a page: its lines without a mirror's pinyin glosses, and
whether the page is hijacked.

Model.  A mirror glosses each Han character with its pinyin (``區(qū)議(yì)會``): the article
reads a line without those glosses (``unglossed``), since a gloss after every character
breaks every Han pair of a paragraph; an abbreviation in brackets (``新闻局(GCS)``) is the
article's text.

*A hijacked page* (``page_hijacked``) carries spam elsewhere: a verdict that is a
template's other injection.  A line spam by its own evidence only (``SpamVerdict.lone``: a
keyword posing as a channel) says nothing of the page's other lines: the cuts of terms
glued to the page's own lines (``本报讯`` opening the story) do not read it as a hijack.

Asked by ``spam_article`` (the article every spam judgement asks, one line apart or several:
``spam_channel``, ``spam_head_line`` and ``spam_echo`` ask whether a term is foreign to it)
and ``spam_frames``.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.memo import LineCache
from newsclean.filters.spam_verdict import SpamVerdict

#: A mirror's pinyin gloss after a Han character (``區(qū)``, ``發展(fā zhǎn)``): lower-case
#: syllables in brackets; an abbreviation (``新闻局(GCS)``) is the article's text.
MIRROR_GLOSS = lazy_regex(r"(?<=\p{Han})[（(] ?\p{Ll}{1,6}(?: \p{Ll}{1,6}){0,3} ?[）)] ?")


def page_hijacked(verdicts: Iterable[SpamVerdict]) -> bool:
    """Whether the page carries spam that speaks for its other lines (module docstring).

    >>> lone = SpamVerdict(True, 0.0, (), 1, lone=True)
    >>> page_hijacked([lone]), page_hijacked([lone, SpamVerdict(True, 0.0, (), 1)])
    (False, True)
    """
    return any(v.is_spam and not v.lone for v in verdicts)


def unglossed(text: str) -> str:
    """A line as its article reads it: a mirror's pinyin glosses (``區(qū)議(yì)會``) left
    out, since a gloss after every character breaks every Han pair of a paragraph."""
    if "(" not in text and "（" not in text:
        return text
    return _without_glosses(text)


#: Each article of a page (several a page: one per verdict state, ``Article``) reads all
#: its lines again, and ``regex``'s ``sub`` costs about 5 µs a line even when nothing
#: matches: a line with a bracket is read once (round 32: 15,919 reads of 845 distinct
#: lines on 300 pages).  The reading is a pure function of the line.
_without_glosses = LineCache(lambda text: MIRROR_GLOSS.sub("", text), LineCache.SMALL)

"""A term's characters against the article: what the foreign-term tests of a head line read.

Model.  A farm's keyword is *foreign to the article* it is pasted over: the article (the
page's lines not judged spam and not asked, read without a mirror's pinyin glosses and
lower-cased, ``plain_article``) names none of its pairs, and most often prints some of its
characters nowhere (``unused_han``: a Han character of the term the article never uses).
A real line about the article (a channel that carries it, a note on one of its names) uses
the article's words, so its characters are the article's too.  A Han character is any the
character model counts (``charmodel.is_han``: the basic block, extension A and B, the
compatibility ideographs), never a code-point range written again here.

*A hijacked page* (``page_hijacked``) carries spam elsewhere: a verdict that is a
template's other injection.  A line spam by its own evidence only (``SpamVerdict.lone``: a
keyword posing as a channel) says nothing of the page's other lines: the cuts of terms
glued to the page's own lines (``本报讯`` opening the story) do not read it as a hijack.

Asked by ``spam_channel`` (a keyword posing as a channel) and ``spam_head_line`` (a head
line or a bracketed pair foreign to the article); ``spam_echo`` asks the same of a dated
header's keyword.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from newsclean.filters.charmodel import han_pairs, is_han
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.memo import LineCache
from newsclean.filters.spam_line import SpamVerdict

#: A mirror's pinyin gloss after a Han character (``區(qū)``, ``發展(fā zhǎn)``): lower-case
#: syllables in brackets; an abbreviation (``新闻局(GCS)``) is the article's text.
MIRROR_GLOSS = lazy_regex(r"(?<=\p{Han})[（(] ?\p{Ll}{1,6}(?: \p{Ll}{1,6}){0,3} ?[）)] ?")


def plain_article(
    texts: Sequence[str], verdicts: Sequence[SpamVerdict], apart: Collection[int]
) -> str:
    """The page's lines neither ``apart`` nor judged spam, glosses aside, lower-cased.

    >>> no, spam = SpamVerdict(False, 0.0, (), 0), SpamVerdict(True, 0.0, (), 0)
    >>> plain_article(["區(qū)議(yì)會", "色站", "Hi", "博彩"], [no, spam, no, no], {3})
    '區議會\\nhi'
    """
    return "\n".join(
        unglossed(text).lower()
        for k, text in enumerate(texts)
        if k not in apart and not verdicts[k].is_spam
    )


def unused_han(text: str, article: str) -> int:
    """How many distinct Han characters of ``text`` the article never uses.

    >>> unused_han("横琴(广东珠海)", "粤港澳大湾区建设"), unused_han("海口", "海南自贸港")
    (6, 1)
    >>> unused_han("\\U00020000\\uf900", "")
    2
    """
    return sum(1 for ch in set(text) if is_han(ch) and ch not in article)


def names_pair(forms: Sequence[str], article: str) -> bool:
    """Whether the article names a Han pair of any of ``forms`` (the term as printed and read).

    >>> names_pair(["体育彩票"], "福利彩票发行"), names_pair(["娱乐圈"], "福利彩票发行")
    (True, False)
    """
    return any(pair in article for form in forms for pair in han_pairs(form))


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

"""A keyword posing as a channel: a farm's term glued to 新闻 alone in the page head (round 37).

Model.  A hijack template names its page after its keyword as a news site names a channel
(``X新闻``: ``高德娱乐新闻``, a brand's name where the site's should be), one line alone
above the article it copied; the structure filters read it as the page's source (a media
name over the article).  A real channel or outlet line has the same shape (``国际新闻``,
``体育新闻``, ``澎湃新闻``), so the shape alone is no evidence.  The line is the farm's when:

* it is ``X`` and a news word (``NEWS``) alone, ``X`` a keyword: ``MIN_TERM``-``MAX_TERM``
  characters of Han, Latin and digits, two Han at least, no function character, standing
  above the first paragraph (a line with a sentence stop and ``PARAGRAPH_HAN`` Han); two
  characters are a common word's (``今日新闻``, ``热点新闻``) or an outlet's short name
  (``红星新闻``), never asked;
* it is no known name: neither a section label (``byline_asides.is_section_label``:
  ``国际新闻``, ``本地新闻``) nor a listed outlet (``data/site_names.txt``), and no word of
  the reports about spam (a crackdown's desk);
* ``X`` is foreign to the article: no pair of its Han characters occurs in the page's other
  lines not judged spam (mirror glosses set aside), and one of its Han characters occurs
  nowhere there (an outlet copied with its story is named by it: ``红星新闻记者…``);
* and one more sign: ``X`` is spam by its vocabulary alone (``spam_frames.frame_strength``
  2: ``高德娱乐城``, a brand with a casino word), or the page carries spam elsewhere,
  found before this reading (a hijacked page: ``赢彩王新闻`` under the farm's dated
  header).  One weak word is no sign (strength 1: ``娱乐圈新闻``, ``影视娱乐新闻``,
  ``澳门娱乐新闻`` are real entertainment channels over a story that never says 娱乐).

Round 37 (mend): the verdict is the line's own (``SpamVerdict.lone``): a channel line is
no template's other injection, so it never makes the page hijacked for the cuts of terms
glued to the page's own lines (``spam_frames``, ``spam_prefix``: the story's ``本报讯``).

The article must hold ``MIN_ARTICLE_HAN`` Han characters for "foreign" to be evidence (a
short story may print none of a real channel's characters).
Verdicts are ``sure`` (the line reads as a media name alone).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.byline_asides import is_section_label
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.lazy_pattern import HAN_SCRIPT, lazy_re
from newsclean.filters.marks import SENTENCE_STOP
from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_lead import unused_char
from newsclean.filters.spam_signs import FUNCTION_CHARS, counter_lexicon, han_count
from newsclean.filters.spam_verdict import SpamVerdict
from newsclean.filters.title import site_names

#: The news words a channel's name ends with (simplified and traditional).
NEWS = ("新闻", "新聞")
MIN_TERM, MAX_TERM = 3, 8
#: A keyword: Han, Latin and digits only.
TERM = lazy_re(f"[{HAN_SCRIPT}A-Za-z0-9]+")
PARAGRAPH_HAN = 20
MIN_ARTICLE_HAN = 200
WHY = "a keyword posing as a channel: a term foreign to the article glued to 新闻"


def channel_spam(
    texts: Sequence[str], verdicts: Sequence[SpamVerdict], known: dict[int, str] | None = None
) -> dict[int, SpamVerdict]:
    """The page's keywords posing as channels (index -> verdict; module docstring).
    ``known``: lines read simplified and lower-cased (the line filter's probes).

    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> story = "受台风外围云系与冷空气共同影响，从昨晚开始，全市迎来明显降水过程，市民需注意防范。"
    >>> sorted(channel_spam(["高德娱乐城新闻", "", story * 6], [no] * 3))
    [0]
    >>> channel_spam(["国际新闻", "", story * 6], [no] * 3)
    {}
    """
    asked = [
        i
        for i, text in enumerate(texts)
        if len(line := text.strip()) <= MAX_TERM + 2 and line.endswith(NEWS)
    ]
    if not asked:
        return {}
    first = next(
        (
            k
            for k, text in enumerate(texts)
            if SENTENCE_STOP.search(text) and han_count(text) >= PARAGRAPH_HAN
        ),
        len(texts),
    )
    asked = [i for i in asked if i < first and not verdicts[i].is_spam and _shaped(texts[i])]
    if not asked:
        return {}
    article = Article(texts, verdicts).without(asked)
    if article.han() < MIN_ARTICLE_HAN:
        return {}
    found: dict[int, SpamVerdict] = {}
    for i in asked:
        term = texts[i].strip()[:-2]
        probe = (known or {}).get(i, texts[i].strip()).lower()[:-2]
        if not _unnamed(probe + "新闻") or not _unnamed(probe):
            continue  # the line read simplified: 央視新聞 is the listed 央视新闻
        if _foreign(term.lower(), probe, article) and (
            article.hijacked or frame_strength(probe) == 2
        ):
            why = f"{WHY}: {probe}"
            found[i] = SpamVerdict(True, 0.0, (probe,), 1, why, sure=True, lone=True)
    return found


def _shaped(text: str) -> bool:
    """A keyword and a news word alone, no known name (module docstring)."""
    line = text.strip()
    term = line[:-2]
    return (
        MIN_TERM <= len(term) <= MAX_TERM
        and TERM.fullmatch(term) is not None
        and han_count(term) >= 2
        and FUNCTION_CHARS.search(term) is None
        and _unnamed(line)
        and _unnamed(term)
        and not counter_lexicon().find(line)
    )


def _unnamed(name: str) -> bool:
    """Whether ``name`` is no known name: no section label, no listed outlet."""
    return not is_section_label(name) and name.lower() not in site_names()


def _foreign(term: str, probe: str, article: Elsewhere) -> bool:
    """No Han pair of the term in the article, and a Han character of it nowhere there."""
    return not article.names(han_pairs(term) | han_pairs(probe)) and unused_char(
        (term,), "", article
    )

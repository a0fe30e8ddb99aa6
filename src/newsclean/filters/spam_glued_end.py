"""Where a term glued before the headline ends (``spam_prefix``'s glued term, split from
it by job in round 46; ``spam_glued`` asks ``printed_start`` too).

Model.  A glued term is looked for in the line's first keyword up to the first place where
the article's words begin, and ends with the last lexicon term or spam morpheme in that
stretch (``vocabulary_end``: ``大型黄站国新办…``, the vocabulary ends at 黄站) and a trade
word glued after it (round 39: ``全新银行卡货源``, ``spam_ask_frame.sales_word_at``).  A
lexicon term's own pairs are the glued term's, not where the article begins (round 37,
``term_pairs``: ``必加娛樂台南…`` over a page whose feed line prints 娱乐).  Whether a
stretch holds vocabulary at all is read character by character in simplified form
(``has_vocabulary``: a cheap test before the page's one conversion call).

Round 32: a farm that prints its headline again on another line (``兩交通意外兩人送院范文
第1篇`` over ``1980娛樂冲兩交通意外兩人送院``) shows where the headline begins: a glued term
runs on past its vocabulary to that point, ``MAX_GLUE_ON`` characters at most
(``printed_start``, ``run_on``; a chance match of eight characters at a line's start is no
risk).
"""

from __future__ import annotations

from newsclean.filters.charmodel import HAN_PAIR, simplified_char
from newsclean.filters.spam_article import Elsewhere
from newsclean.filters.spam_ask_frame import sales_word_at
from newsclean.filters.spam_lead import MIN_HEADLINE
from newsclean.filters.spam_signs import lexicon, morpheme_pattern

#: A glued stretch runs this many characters at most past its vocabulary's end to where
#: the page prints its headline again (``printed_start``).
MAX_GLUE_ON = 2


def term_pairs(region: str) -> frozenset[int]:
    """Where a pair of ``region`` lies inside a lexicon term (read character by character in
    simplified form), the term at its start included: ``必加娛樂台南…``'s 娛樂 is the glued
    term's vocabulary, not where the article's words begin, though the page prints it
    (round 37: a feed's channel name, ``《中时电子报》娱乐``)."""
    probe = "".join(map(simplified_char, region)).lower()
    return frozenset(k for start, end, _ in lexicon().find(probe) for k in range(start, end - 1))


def has_vocabulary(region: str) -> bool:
    """Whether a lexicon term or a spam morpheme is in ``region``, read character by
    character in simplified form (a cheap test before the page's one conversion call)."""
    probe = "".join(map(simplified_char, region)).lower()
    return bool(lexicon().find(probe) or morpheme_pattern().search(probe))


def run_on(term: str, probe: str, line: str, article: Elsewhere) -> tuple[str, str]:
    """``term`` (and its ``probe``) run on to where the page prints its headline again
    (``printed_start``)."""
    end = printed_start(line, len(term), article)
    more = line[len(term) : end]
    return term + more, probe + "".join(map(simplified_char, more)).lower()


def printed_start(line: str, begin: int, article: Elsewhere) -> int:
    """Where the headline of ``line`` begins when a stretch glued before it ends at
    ``begin`` (round 32): a glued stretch ends at its vocabulary, or where the article's
    words begin, but another line of the page that opens with the headline's first
    ``MIN_HEADLINE`` characters from a later point (``1980娛樂冲兩交通意外兩人送院`` under
    ``兩交通意外兩人送院范文第1篇``: the farm prints its headline again) shows where the
    headline begins: what the template glued between (``冲``) goes with the stretch.  Only
    ``MAX_GLUE_ON`` characters past ``begin`` are read; ``begin`` when no line opens so."""
    texts = article.article.texts
    for end in range(begin, min(begin + MAX_GLUE_ON, len(line) - MIN_HEADLINE) + 1):
        opening = line[end : end + MIN_HEADLINE]
        if HAN_PAIR.match(opening) and any(
            k != article.index and text.lstrip().startswith(opening) for k, text in enumerate(texts)
        ):
            return end
    return begin


def vocabulary_end(term: str, probe: str) -> tuple[str, str]:
    """``term`` (and its ``probe``, simplified and lower-cased) up to the end of the last
    lexicon term or spam morpheme in it and a trade word glued after it (round 39:
    ``全新银行卡货源``, ``spam_ask_frame.sales_word_at``): what follows is the headline's."""
    if len(term) != len(probe):
        return term, probe
    ends = [end for _, end, _ in lexicon().find(probe)]
    ends.extend(m.end() for m in morpheme_pattern().finditer(probe, overlapped=True))
    end = max(ends, default=len(term))
    end += sales_word_at(probe, end) if end < len(term) else 0
    return term[:end], probe[:end]

"""Closed sentences standing over the page head that speak of none of the article
(round 24, round 27; split from ``head_echo``, whose docstring states the model).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import islice

from newsclean.filters.charmodel import HAN, han_pairs
from newsclean.filters.head_echo import _long_article
from newsclean.filters.title import MAX_TITLE_LENGTH, is_prose

#: A closed sentence over the head is the article's first paragraph unless the article
#: echoes at most this share of its pairs (round 24).
MAX_FOREIGN_SHARE = 0.2


def sentences_over_head(content: Sequence[int], text: Callable[[int], str]) -> set[int]:
    """The closed sentences standing over the head that speak of none of the article
    (module docstring, round 24): from the top of ``content``, lines no longer than a
    headline yet closed as a sentence, whose pairs the page's other paragraphs (of
    ``MIN_ARTICLE_HAN`` Han characters or more) echo ``MAX_FOREIGN_SHARE`` at most, each
    with a head line under it, down to the first paragraph the article speaks of."""
    prose = [i for i in content if is_prose(text(i))]
    over: set[int] = set()
    pending: set[int] = set()
    for i in content:
        line = text(i)
        if not is_prose(line):
            over |= pending  # a head line under them: they stood over the head
            pending = set()
            continue
        pairs = han_pairs(line)
        if len(line) > MAX_TITLE_LENGTH or not pairs:
            break
        # The article is what stands under the head line below this sentence: a run of a
        # spammer's sentences echo one another, never the article (round 27).
        head = next((j for j in content if j > i and not is_prose(text(j))), None)
        if head is None:
            break
        article = "\n".join(text(j) for j in prose if j > head)
        shared = sum(pair in article for pair in pairs)
        if shared > MAX_FOREIGN_SHARE * len(pairs):
            break  # the article's own first paragraph: the head ends here
        if not _long_article(article) and (
            shared > MAX_SHORT_SHARE * len(pairs) or not _some_article(article)
        ):
            break  # a short article judges only a sentence it (almost) never echoes
        pending.add(i)
    return over


#: Over an article shorter than ``MIN_ARTICLE_HAN``, a sentence over the head may share at
#: most this share of its pairs (round 27: ``希望`` of the 36 pairs of a spammer's sentence).
MAX_SHORT_SHARE = 0.05
#: ... and holds this many Han characters at least (nothing under a sentence judges it).
MIN_SHORT_ARTICLE_HAN = 40


def _some_article(article: str) -> bool:
    """``article`` holds ``MIN_SHORT_ARTICLE_HAN`` Han characters or more."""
    found = islice(HAN.finditer(article), MIN_SHORT_ARTICLE_HAN)
    return sum(1 for _ in found) == MIN_SHORT_ARTICLE_HAN

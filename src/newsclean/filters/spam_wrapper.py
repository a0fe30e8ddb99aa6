"""A post wrapper: the sentence a farm's plugin prints around its keywords (round 27).

Model.  An SEO plugin opens and closes every post with a paragraph drawn from a few
templates, its keywords in the slots: ``本篇文章给大家谈谈X,以及Y的知识点,希望对各位有所帮助,
不要忘了收藏本站喔。`` at the start, ``关于X和Y的介绍到此就结束了,…记得收藏关注本站。`` at
the end (a Z-BlogPHP editor plugin ships these as its defaults; farms print them over
copied news with spam terms in the slots, and copied blog posts with their own topics).
What makes such a line what it is, on any site, is whom it speaks to and of what: it
addresses *the reader* (大家, 各位, 你), names *the post's topic* as a thing to learn (a slot
and ``的`` before a topic word: ``X的知识点``, ``X的介绍``, ``Y的信息``; or a verb of telling
right after the reader, the slot after it: ``给大家谈谈X``) and asks the reader to
*do something on this site* (a call, 收藏, 关注, 查找, 阅读, and the site, 本站).  A news
article speaks of its subject, not of the site it is printed on, and never asks its reader
to bookmark the site; a site's own welcome notice (``欢迎收藏本站``) names no post's topic.
The words are ``data/spam_wrapper_words.txt`` (kinds reader, site, call, topic, tell); one
of each kind but tell in one line of at most ``MAX_LINE`` characters.

Whatever the slots hold, the frame is the farm's: the line is spam when the page's other
lines (the article, the wrapper's other copies left out: a farm may open a post with two)
print at most ``MAX_ECHOED`` of its Han pairs (the frame is never echoed; slots the article
names are a small part of the line) and it holds no word of the
reports about spam (``data/spam_counter_terms.txt``: a story quoting such a farm's
sentence is about it).  Anywhere on the page: the closing template ends the post.  A
prefilter on the site word (a plain substring) keeps the cost off ordinary lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.spam_article import Article
from newsclean.filters.spam_signs import counter_lexicon
from newsclean.filters.spam_verdict import SpamVerdict
from newsclean.filters.word_trie import word_pattern

#: A wrapper is one paragraph of two or three clauses.
MAX_LINE = 160
#: The most of the line's Han pairs the article may print.
MAX_ECHOED = 1 / 3
WHY = "post wrapper: a plugin's sentence to the reader about the post and this site"


@cache
def _kind(kind: str) -> regex.Pattern[str]:
    words = data_kinds("spam_wrapper_words.txt")
    if kind == "topic":  # X的知识点, or 给大家谈谈X
        told = word_pattern(words["reader"]) + word_pattern(words["tell"])
        return regex.compile(f"的{word_pattern(words['topic'])}|{told}")
    return regex.compile(word_pattern(words[kind]))


def wrapper_shaped(probe: str) -> bool:
    """Whether a line (simplified, lower-cased) reads as a post wrapper by its words.

    >>> wrapper_shaped("本篇文章给大家谈谈a,以及b的知识点,希望对各位有所帮助,不要忘了收藏本站喔。")
    True
    >>> wrapper_shaped("欢迎各位读者收藏本站。"), wrapper_shaped("旅客可在本站换乘地铁。")
    (False, False)
    """
    return (
        len(probe) <= MAX_LINE
        and all(_kind(kind).search(probe) for kind in ("site", "reader", "call", "topic"))
        and not counter_lexicon().find(probe)
    )


def _site_named(text: str) -> bool:
    return "本站" in text or "本网站" in text or "本網站" in text or "本博客" in text


def wrapper_lines(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, SpamVerdict]:
    """The post wrappers of a page (index -> verdict; module docstring).

    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> page = ["本篇文章给大家谈谈甲乙,以及丙丁的知识点,希望对各位有所帮助,不要忘了收藏本站喔。",
    ...         "行政长官办公室网站由昨日起新增特首感言栏目,以声音与居民分享。" * 3]
    >>> sorted(wrapper_lines(page, [no, no]))
    [0]
    """
    asked = [
        i
        for i, text in enumerate(texts)
        if _site_named(text) and not verdicts[i].is_spam and len(text.strip()) <= MAX_LINE
    ]
    if not asked:
        return {}
    lines = [texts[i].strip() for i in asked]
    probes = simplify_lines(lines) if simplify_lines is not None else lines
    shaped = [(i, line) for i, line, probe in zip(asked, lines, probes, strict=True)]
    shaped = [
        (i, line)
        for (i, line), probe in zip(shaped, probes, strict=True)
        if wrapper_shaped(probe.lower())
    ]
    if not shaped:
        return {}
    # The wrapper's other copies (a post opened with two) are no part of the article.
    wrapped = {i for i, _ in shaped}
    found: dict[int, SpamVerdict] = {
        i: SpamVerdict(True, 0.0, (), 1, WHY, sure=True) for i in wrapped
    }
    article = Article(texts, [found.get(k, v) for k, v in enumerate(verdicts)])
    found = {}
    for i, line in shaped:
        pairs = han_pairs(line)
        if pairs and article.without(i).echoes(pairs) <= MAX_ECHOED * len(pairs):
            found[i] = SpamVerdict(True, 0.0, (), 1, WHY, sure=True)
    return found

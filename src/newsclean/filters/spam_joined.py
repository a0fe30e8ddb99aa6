"""The lines of a page's article joined by a line feed and searched in C: whether a needle
occurs outside one line of it, or outside several (``spam_article``'s index).

Model.  The article's lines are joined by a line feed and searched in C: a needle without a
line feed is found in the joined text exactly when it is in one of the lines, and an
occurrence inside the asking line is skipped by searching again after that line's end; when
several lines ask together (``Outside``: a page's channel lines, head lines or dated headers,
each judged against the article without any of them), after the end of the one it is in,
found by bisecting their starts.  A needle with a line feed (never a pair of a line's
keyword) is looked for line by line.  Past ``MAX_ASKED`` distinct characters and pairs
asked, the joined text's characters and pairs are counted once and a question compares the
count with the asking line's own, or the asking lines' (a page of thousands of short head
lines asked from each stays linear; the same answers).  Nothing is joined or counted before
it is first asked.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from itertools import accumulate

import regex

#: Distinct pairs a page asks about one by one before all its pairs are counted at once.
MAX_ASKED = 256
SEPARATOR = "\n"


class Joined:
    """The article's lines joined by ``SEPARATOR``: which lines (``kept``, their indices on
    the page, in order) and how long each is in ``text``; a line's span is found when a
    question is first asked from it."""

    __slots__ = ("_asked", "_counted", "_starts", "kept", "lengths", "text")

    def __init__(self, text: str, kept: list[int], lengths: list[int]) -> None:
        self.text = text
        self.kept = kept
        self.lengths = lengths
        self._starts: list[int] | None = None
        self._asked: set[str] = set()
        self._counted: Counter[str] | None = None

    def span(self, index: int) -> tuple[int, int] | None:
        """Where line ``index`` stands in ``text`` (None when it is no line of it)."""
        at = bisect_left(self.kept, index)
        if at == len(self.kept) or self.kept[at] != index:
            return None
        if self._starts is None:  # each line's start, once: a page asks from many lines
            self._starts = [0, *accumulate(length + 1 for length in self.lengths)]
        start = self._starts[at]
        return start, start + self.lengths[at]

    def has(self, needle: str, index: int) -> bool:
        """Whether ``needle`` occurs in a line other than ``index``."""
        text = self.text
        if SEPARATOR in needle:
            return any(
                needle in line
                for k, line in zip(self.kept, self.lines(), strict=True)
                if k != index
            )
        if 1 <= len(needle) <= 2 and (counted := self._counted_after(needle)) is not None:
            span = self.span(index)
            inside = 0 if span is None else occurrences(text[span[0] : span[1]], needle)
            return counted[needle] > inside
        at = text.find(needle)
        if at < 0:
            return False
        span = self.span(index)
        if span is None or not span[0] <= at < span[1]:
            return True
        return text.find(needle, span[1]) >= 0

    def has_outside(self, needle: str, apart: Outside) -> bool:
        """Whether ``needle`` occurs in a line none of ``apart`` (``has`` for several lines:
        an occurrence inside one of them is skipped by searching again after its end)."""
        text = self.text
        if SEPARATOR in needle:
            skip = apart.lines
            return any(
                needle in line
                for k, line in zip(self.kept, self.lines(), strict=True)
                if k not in skip
            )
        if 1 <= len(needle) <= 2 and (counted := self._counted_after(needle)) is not None:
            return counted[needle] > apart.counted(self)[needle]
        starts, ends = apart.spans(self)
        at = text.find(needle)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            if k < 0 or at >= ends[k]:
                return True
            at = text.find(needle, ends[k])
        return False

    def _counted_after(self, needle: str) -> Counter[str] | None:
        """The characters and pairs of ``text`` counted, once ``MAX_ASKED`` distinct short
        needles were asked (searching the whole text for each would make a page of many
        asking lines quadratic); None before."""
        if self._counted is None:
            self._asked.add(needle)
            if len(self._asked) > MAX_ASKED:
                self._counted = pair_counts(self.text) + Counter(self.text)
        return self._counted

    def lines(self) -> list[str]:
        """The lines, as ``text`` holds them."""
        found, at = [], 0
        for length in self.lengths:
            found.append(self.text[at : at + length])
            at += length + 1
        return found


class Outside:
    """Several lines asked together (``Article.without``): their spans in a joined
    article and the characters and pairs they hold, each found when first needed."""

    __slots__ = ("_counted", "_spans", "lines")

    def __init__(self, lines: frozenset[int]) -> None:
        self.lines = lines
        self._spans: dict[int, tuple[list[int], list[int]]] = {}
        self._counted: dict[int, Counter[str]] = {}

    def spans(self, joined: Joined) -> tuple[list[int], list[int]]:
        """The lines' starts and ends in ``joined.text``, in order (lines not in it aside)."""
        key = id(joined)
        if key not in self._spans:
            found = sorted(s for k in self.lines if (s := joined.span(k)) is not None)
            self._spans[key] = ([s for s, _ in found], [e for _, e in found])
        return self._spans[key]

    def counted(self, joined: Joined) -> Counter[str]:
        """The characters and pairs of the lines in ``joined.text`` (a needle of one or two
        characters without a line feed lies inside one line)."""
        key = id(joined)
        if key not in self._counted:
            text = joined.text
            inside = SEPARATOR.join(text[s:e] for s, e in zip(*self.spans(joined), strict=True))
            self._counted[key] = pair_counts(inside) + Counter(inside)
        return self._counted[key]


def pair_counts(text: str) -> Counter[str]:
    """Every pair of adjacent characters of ``text``, counted."""
    return Counter(text[i : i + 2] for i in range(len(text) - 1))


class PairCount:
    """How often each character pair occurs in some lines, asked pair by pair.

    A page asks about a few dozen pairs (its quoted terms'), so each is counted when first
    asked, in C (``str.count`` over the lines joined by a line feed, which no asked pair
    holds); past ``MAX_ASKED`` distinct pairs every pair of the lines is counted in one
    pass, so a page of many quoted lines stays linear.  The same counts either way.

    >>> count = PairCount(["哈哈哈大笑", "大笑一场"])
    >>> count["哈哈"], count["大笑"], count["笑一"], count["一哈"]
    (2, 2, 1, 0)
    """

    def __init__(self, lines: Iterable[str]) -> None:
        self.joined = "\n".join(lines)
        self.asked: dict[str, int] = {}
        self.every: Counter[str] | None = None

    def __getitem__(self, pair: str) -> int:
        if self.every is not None:
            return self.every[pair]
        found = self.asked.get(pair)
        if found is None:
            if len(self.asked) >= MAX_ASKED:
                self.every = pair_counts(self.joined)
                return self.every[pair]
            found = self.asked[pair] = occurrences(self.joined, pair)
        return found


def occurrences(text: str, pair: str) -> int:
    """Occurrences of ``pair`` in ``text``, overlapping ones included (哈哈 twice in 哈哈哈)."""
    if len(pair) != 2 or pair[0] != pair[1]:
        return text.count(pair)  # occurrences of two different characters cannot overlap
    run = regex.escape(pair[0]) + "{2,}"
    return sum(m.end() - m.start() - 1 for m in regex.finditer(run, text))

"""Which OpenCC configuration ``--convert auto`` applies, from the page's own evidence.

The model:

1. A page is traditional when it holds *traditional-only* characters (a Han character
   outside GB2312 that OpenCC's t2s changes and that no to-simplified conversion
   writes: 發, 產, 們; not 昇, which OpenCC keeps in 陈志昇).  A page already simplified
   gets t2s too: it normalises the variant forms simplified text sometimes carries (沈迷
   -> 沉迷, 对於 -> 对于), while the characters OpenCC keeps in its own phrases stay as
   the page has them inside those phrases (旋乾转坤, 幺麽, 陈志昇: ``data/opencc_kept.txt``
   and ``opencc_kept_phrases.txt``), so that cleaning newsclean's own output changes
   nothing (``convert.keep_own_output``).
2. Among traditional pages, the region's standard decides between tw2s and hk2s: Taiwan
   writes 裡, 麵, 汙 where Hong Kong writes 裏, 麪, 污, and Hong Kong writes 説, 綫, 衞
   where Taiwan writes 說, 線, 衛 (``data/script_variants.txt``, from OpenCC's TWVariants
   and HKVariants, keeping only forms outside GB2312 so that a simplified character never
   counts); the region's vocabulary adds to it (OpenCC's Taiwan phrases, and
   ``data/region_words.txt``).  A region wins with at least ``MIN_REGION_EVIDENCE`` hits
   and more than the other; otherwise the page gets the general t2s.

The guess reads the page after spam, glosses and mojibake are gone, so that injected
lines never choose the conversion of the article.

>>> guess_conversion("這個軟體裡的資訊很多，我們會議說明").config
'tw2s'
>>> guess_conversion("特首今日喺立法會説明政府嘅政策").config
'hk2s'
>>> guess_conversion("已经是简体中文的页面").detail()
't2s: already simplified (no traditional-only character)'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.convert import gb2312_han
from newsclean.filters.memo import LineCache

NAME = "script"

MIN_REGION_EVIDENCE = 2
#: Forms OpenCC lists for one region that the other region's news also writes in practice
#: (參: Hong Kong's table lists 叁, but Hong Kong and Macau print 參加, 參與).
SHARED_IN_PRACTICE = frozenset("濕煙參")


@dataclass(frozen=True, slots=True)
class ConversionGuess:
    config: str  # t2s, tw2s or hk2s
    traditional: int  # distinct traditional-only characters
    taiwan: int
    hong_kong: int

    def detail(self) -> str:
        if self.traditional == 0:
            return f"{self.config}: already simplified (no traditional-only character)"
        return (
            f"{self.config}: {self.traditional} traditional-only characters; "
            f"Taiwan evidence {self.taiwan}, Hong Kong evidence {self.hong_kong}"
        )


@cache
def traditional_only() -> frozenset[str]:
    """Han characters outside GB2312 that t2s changes (``data/traditional_only.txt``,
    generated from OpenCC by ``tools/build_opencc_tables.py``)."""
    return frozenset(fields[0] for fields in data_lines("traditional_only.txt"))


def is_traditional_only(char: str) -> bool:
    """A Han character no simplified text uses: outside GB2312, and t2s changes it."""
    return char in traditional_only()


@dataclass(frozen=True, slots=True)
class _Regional:
    chars: dict[str, str]  # character form -> "tw" or "hk"
    words: dict[str, str]  # word -> "tw" or "hk"
    #: First character of a word -> the lengths of the words starting with it, longest first.
    starts: dict[str, tuple[int, ...]]
    #: The first two characters of each word of two or more, and the one-character words.
    pairs: frozenset[str]
    singles: tuple[str, ...]
    #: At each position, the two characters there when they could open a word (a first
    #: character followed by any word's second character): a superset of the pairs, in C.
    could_start: re.Pattern[str]

    def find(self, text: str) -> list[str]:
        """The longest regional word at each position where one starts (overlapping).

        Only where a word could start is looked at: where one of the pairs the page holds
        (a set intersection with ``could_start``'s candidates) or a one-character word
        stands, found by ``str.find``; a regex alternation of 800 words is ten times slower.

        >>> _regional().find("北卡羅萊納州的軟體，佢喺度")
        ['北卡羅萊納州', '軟體', '喺']
        """
        positions: set[int] = set()
        for opening in (*self.pairs.intersection(self.could_start.findall(text)), *self.singles):
            at = text.find(opening)
            while at >= 0:
                positions.add(at)
                at = text.find(opening, at + 1)
        found: list[str] = []
        words, starts = self.words, self.starts
        for i in sorted(positions):
            for length in starts[text[i]]:
                if text[i : i + length] in words:
                    found.append(text[i : i + length])
                    break
        return found


def _class(chars: set[str]) -> str:
    return "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"


@cache
def _regional() -> _Regional:
    chars: dict[str, str] = {}
    words: dict[str, str] = {}
    for kind, region, form in data_lines("script_variants.txt"):
        if kind == "char":
            if form not in SHARED_IN_PRACTICE and form not in gb2312_han():
                chars[form] = region
        else:
            words[form] = region
    for word, region in data_lines("region_words.txt"):
        words[word] = region
    lengths: dict[str, set[int]] = {}
    for word in words:
        lengths.setdefault(word[0], set()).add(len(word))
    starts = {char: tuple(sorted(found, reverse=True)) for char, found in lengths.items()}
    longer = [word for word in words if len(word) > 1]
    pairs = frozenset(word[:2] for word in longer)
    singles = tuple(sorted(word for word in words if len(word) == 1))
    candidates = f"(?=({_class({w[0] for w in longer})}{_class({w[1] for w in longer})}))"
    return _Regional(chars, words, starts, pairs, singles, re.compile(candidates))


@cache
def _telling() -> frozenset[str]:
    """Every character the guess counts: the traditional-only ones and the regional forms."""
    return traditional_only() | _regional().chars.keys()


def guess_conversion(text: str) -> ConversionGuess:
    """The configuration for ``text`` (a whole page), with the evidence counted."""
    return guess_lines((text,))


def _telling_in(line: str) -> frozenset[str]:
    """The characters of ``line`` the guess counts.  One set intersection walks the line in
    C (30x faster than a regex class of 5,000) and leaves the few distinct ones that tell."""
    return frozenset(_telling().intersection(line))


#: A traditional line can hold hundreds of telling characters, a set of them kilobytes.
_present = LineCache(_telling_in, LineCache.SMALL)


@LineCache
def _regional_counts(line: str) -> tuple[int, int]:
    """Taiwan and Hong Kong evidence in ``line``: its regional forms, each time it writes
    one, and its regional words (no form or word holds a line break)."""
    regional = _regional()
    counts = {"tw": 0, "hk": 0}
    for char in regional.chars.keys() & _present(line):
        counts[regional.chars[char]] += line.count(char)
    for word in regional.find(line):
        counts[regional.words[word]] += 1
    return counts["tw"], counts["hk"]


def guess_lines(lines: Iterable[str]) -> ConversionGuess:
    """``guess_conversion`` of the page whose lines are ``lines``: the evidence is a sum
    over lines, each distinct line's judged once per page and remembered across pages (a
    site's pages repeat lines; a page of short lines repeats them)."""
    counted = Counter(lines)
    present = frozenset().union(*map(_present, counted))
    traditional = len(traditional_only().intersection(present))
    if traditional == 0:
        return ConversionGuess("t2s", 0, 0, 0)
    taiwan = hong_kong = 0
    for line, times in counted.items():
        tw, hk = _regional_counts(line)
        taiwan, hong_kong = taiwan + times * tw, hong_kong + times * hk
    config = "t2s"
    if taiwan >= MIN_REGION_EVIDENCE and taiwan > hong_kong:
        config = "tw2s"
    elif hong_kong >= MIN_REGION_EVIDENCE and hong_kong > taiwan:
        config = "hk2s"
    return ConversionGuess(config, traditional, taiwan, hong_kong)

"""A copy farm's tag words glued into the article after its stops, one at a time.

Model (round 34).  A farm that copies an article glues the tag words of its own site into
the text, one at a time, right after the full stop that ends a sentence or a paragraph
(``…炒粿條。html他們對福南街的記憶…``, ``…的實際情況等。mysql``) or after the colon of a
heading (``背景:html…``).  The sentences are the article's and stay; the word is cut out
of the line (``spam cut``, as ``spam_pictographs`` cuts a pictograph).  The evidence is its
shape and the page, not a list of tags:

* a *site* is a word of lower-case Latin letters (``MIN_WORD`` to ``MAX_WORD``: html,
  java, mysql, web) glued after a full stop, right before a Han character or at the line's
  end, or glued after a colon right before a Han character (a label's value, ``语言:java``
  closing its line, is the label's);
* the word is no pinyin syllable (``例如:ji知,qi次``: a lesson spells a reading), and
  each word is printed nowhere else on the page (a story about vivo or jQuery names them
  in its sentences too);
* the page holds ``MIN_SITES`` sites or more, one of them closing its line after the stop
  (the farm's mark: no sentence ends on a bare lower-case word): sentences may open with a
  product written in lower case (``。ipad新款…。iphone销量…``), a tutorial's steps name
  their tools after a colon (``方法一：pip安装…方法二：conda安装``).

A capitalised or mixed-case word (``iPhone``, ``Java``), a word spaced from the stop, a
word followed by Latin text (an English sentence) or a tag word the article uses stays.
Tag words in Han (安全, 算法) carry no such shape and are left to the reader.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.pinyin_grammar import remove_spans
from newsclean.filters.pinyin_readings import toneless_syllables
from newsclean.filters.spam_line import SpamVerdict
from newsclean.filters.spam_prefix import HeadCut

#: Sites on the page at least.
MIN_SITES = 2
#: A tag word's length, in letters.
MIN_WORD, MAX_WORD = 2, 10
#: A site: a lower-case word after a full stop (before Han or the line's end) or after a
#: colon (before Han).
SITE = lazy_regex(
    rf"(?<=[。．])[a-z]{{{MIN_WORD},{MAX_WORD}}}(?=\p{{Han}}|\s*$)"
    rf"|(?<=[:：])[a-z]{{{MIN_WORD},{MAX_WORD}}}(?=\p{{Han}})"
)
#: What every site starts with, for a quick test before SITE's lookarounds (speed only).
MARK_THEN_LOWER = re.compile(r"[。．:：][a-z]")
#: A Latin word anywhere: how often the page prints each.
WORD = re.compile(r"[A-Za-z]+")


def tag_word_cuts(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The farm's tag words cut out of the page's lines (line index -> cut; module
    docstring).

    >>> page = ["他們對福南街的記憶。html福南街曾經是我用餐的地方。java", "他當過工人。mysql"]
    >>> cut = tag_word_cuts(page, [SpamVerdict(False, 0.0, (), 0)] * 2)[0]
    >>> cut.cut, cut.rest
    ('html java', '他們對福南街的記憶。福南街曾經是我用餐的地方。')
    """
    del simplify_lines  # a Latin word is in no Han script
    found = {
        i: sites
        for i, text in enumerate(texts)
        if not verdicts[i].is_spam and MARK_THEN_LOWER.search(text)
        if (sites := [m for m in SITE.finditer(text) if m.group() not in toneless_syllables()])
    }
    if sum(len(sites) for sites in found.values()) < MIN_SITES:
        return {}
    at_sites = Counter(m.group() for sites in found.values() for m in sites)
    printed = Counter(
        word.lower()
        for i, text in enumerate(texts)
        if text and not verdicts[i].is_spam
        for word in WORD.findall(text)
    )
    kept = {
        i: [m for m in sites if printed[m.group()] == at_sites[m.group()]]
        for i, sites in found.items()
    }
    if sum(len(sites) for sites in kept.values()) < MIN_SITES or not any(
        not texts[i][m.end() :].strip() for i, sites in kept.items() for m in sites
    ):
        return {}  # too few, or none closing its line: a tutorial's or a product's words
    cuts: dict[int, HeadCut] = {}
    for i, sites in kept.items():
        if not sites:
            continue
        text = texts[i]
        rest = remove_spans(text, [m.span() for m in sites])
        words = " ".join(m.group() for m in sites)
        why = "a farm's tag words glued after the article's stops, printed nowhere else"
        cuts[i] = HeadCut(words, rest, why)
    return cuts

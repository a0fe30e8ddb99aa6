"""Whether a page's pinyin glosses are a mirror's (all come off) or real pinyin (all stay):
the page-level decision of the pinyin filter (``pinyin``, which applies it line by line).

Model.  A gloss that passes the grammar and the reading check may still be real: an article
about the language (the readings of 发), or a note on a place name's special reading
(六(lù)安, 蚌(bèng)埠).  Such a text glosses a character once where it is discussed; a
mirror glosses a fixed set of characters wherever they occur, in running text, title
and byline alike.  ``judge_page`` measures, over the page's non-spam lines:

* *positions*: the glossed character positions (a doubled gloss counts once);
* *coverage*: positions / every occurrence of the glossed characters (or their
  simplified forms) on the page;
* *talk*: share of glosses on a line that talks about reading (``data/pinyin_talk_cues.txt``:
  读音, 拼音, 读作, ...);
* *inline*: share of glosses whose host sits in running text (a Han character before the
  host or after the gloss), against a textbook-like list of isolated characters;
* *common*: share of positions on an everyday character (in at least
  ``COMMON_PHRASES`` of pypinyin's phrases: 發 588, 業 119, 六 124; 盱 1, 亳 0);
* *special*: share of positions whose reading is not the character's first one in
  pypinyin's order (六 liù,**lù**; 蚌 bàng,**bèng**);
* *density*: positions per 1000 Han characters of the page.

The page is a mirror, and every gloss on it comes off, when it has a doubled gloss
(nobody writes 發(fā)(fā) on purpose), or a gloss inside a byline label followed by a
colon (責(zé)任編輯:, 發(fā)布時間: — ``data/pinyin_byline_labels.txt``; a note on a reading
never sits in a field label), or when it has at least ``MIN_POSITIONS`` (2)
positions that follow the mirror's habit — they cover at least ``MIN_COVERAGE`` (half)
of the occurrences of their characters; or the page is dense (at least
``MANY_POSITIONS`` (10) positions and ``DENSE_PER_MILLE`` (100) per 1000 characters: a
mirror that glosses every second or third character covers only a third to a half of
each character's occurrences); or the glosses are a habit (at least ``MANY_POSITIONS``
positions on at least ``MANY_CHARACTERS`` (4) different characters: a mirror that
glossed only the article and not the related-links block or the other articles of the
page covers less than half, but still glosses a dozen characters, where a note on a
reading glosses one or two) — and show no sign of a note: talk < 1/2, inline >= 1/2,
common >= 1/2, and (with fewer than ``MANY_POSITIONS`` positions) special <= 1/2.

Why these lines: half is the line between "the page's habit" and "an exception"; a
mirror that glosses a set of characters glosses nearly every occurrence (the reference
page: 153 of 153; real mirror pages in ``tests/data/pinyin_pages.txt``: 16 of 19 and
more, the misses in headers the mirror skipped), while a page about 六安 names 六 a
dozen times and glosses it once or twice.  One gloss alone is never enough: it is what
a note looks like, and leaving one gloss costs less than deleting a note.  A language
note glosses a handful of characters, so the "less usual reading" sign is only trusted
below ten positions, where a mirror's context readings (長 cháng) cannot outweigh it.
Otherwise every gloss stays, and ``--explain`` says why on each line that has one
(``kept: page has 1 gloss, no mirror pattern``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from newsclean.data import data_lines
from newsclean.filters.charmodel import HAN, HAN_RUN
from newsclean.filters.pinyin_grammar import Gloss, remove_glosses
from newsclean.filters.pinyin_lost import codec_mirror
from newsclean.filters.pinyin_readings import LOST_VOWEL, mask, phrases, readings, simplified

# The habit's thresholds are shared with the toneless mirror model.
from newsclean.filters.pinyin_toneless import (
    DENSE_PER_MILLE,
    MANY_CHARACTERS,
    MANY_POSITIONS,
    toneless_mirror,
)
from newsclean.filters.word_trie import longest_first

MIN_POSITIONS = 2
MIN_COVERAGE = 0.5
COMMON_PHRASES = 5


@cache
def talk_cues() -> re.Pattern[str]:
    """Any talk cue (an alternation of literals: the standard library's engine searches it
    three times faster than ``regex``)."""
    return re.compile(longest_first(f[0] for f in data_lines("pinyin_talk_cues.txt")))


@cache
def _byline_label() -> regex.Pattern[str]:
    labels = longest_first(f[0] for f in data_lines("pinyin_byline_labels.txt"))
    return regex.compile(f"(?:{labels})" + r"(?=[ \u3000]{0,2}[:：])")


def _in_byline_labels(
    text: str, glosses: Sequence[Gloss], simplify: Callable[[str], str] | None
) -> int:
    """How many of the line's glosses sit inside a byline label: 責(zé)任編輯:李迪."""
    cleaned = remove_glosses(text, glosses)
    if simplify is not None:
        converted = "".join(simplified(char, simplify) for char in cleaned)
        cleaned = converted if len(converted) == len(cleaned) else cleaned
    spans = [match.span() for match in _byline_label().finditer(cleaned)]
    if not spans:
        return 0
    inside = removed = 0
    for gloss in glosses:
        at = gloss.host_start - removed
        inside += gloss.toned and any(start <= at < end for start, end in spans)
        removed += gloss.end - gloss.start
    return inside


@dataclass(frozen=True, slots=True)
class PageVerdict:
    """The page-level decision, with the figures it was made from."""

    strip: bool
    reason: str
    glosses: int = 0
    positions: int = 0
    characters: int = 0
    coverage: float = 0.0


@lru_cache(maxsize=1 << 14)
def _first_reading(char: str, syllable: str, simplify: Callable[[str], str] | None) -> bool:
    """Whether ``syllable`` is the first reading of ``char`` (or of its simplified form);
    remembered, since a mirror glosses the same few characters page after page."""
    table = readings()
    for one in {char, simplified(char, simplify) if simplify else char}:
        found = table.of(one)
        if found.readings and (
            syllable == found.readings[0]
            or (LOST_VOWEL in syllable and syllable == mask(found.readings[0]))
        ):
            return True
    return False


@lru_cache(maxsize=1 << 14)
def _everyday(char: str, simplify: Callable[[str], str] | None) -> bool:
    """Whether ``char`` is in at least ``COMMON_PHRASES`` of pypinyin's phrases; remembered."""
    return phrases(char, simplify) >= COMMON_PHRASES


def judge_page(
    texts: Sequence[str],
    found: Sequence[Sequence[Gloss]],
    simplify: Callable[[str], str] | None,
) -> PageVerdict:
    """Whether the page's glosses are a mirror's (module docstring), and the figures why:
    ``found`` holds each line's glosses (``pinyin_grammar.find_glosses``)."""
    toned = [(index, g) for index, glosses in enumerate(found) for g in glosses if g.toned]
    if not toned:
        toneless = toneless_mirror(texts, found, simplify, talk_cues())  # 來(lai) 源
        return PageVerdict(toneless is not None, toneless or "no toned gloss")
    positions: dict[tuple[int, int], tuple[str, str]] = {}
    for index, gloss in toned:
        if len(gloss.host) == 1:  # most glosses: one character, one syllable
            positions.setdefault((index, gloss.host_start), (gloss.host, gloss.syllables[0]))
            continue
        for offset, (char, syllable) in enumerate(zip(gloss.host, gloss.syllables, strict=True)):
            positions.setdefault((index, gloss.host_start + offset), (char, syllable))
    count = len(positions)
    chars = {char for char, _ in positions.values()}
    variants = chars | ({simplified(c, simplify) for c in chars} if simplify else set())
    page = "\n".join(texts)
    occurrences = max(count, sum(map(page.count, [c for c in variants if len(c) == 1])))
    coverage = count / occurrences
    figures = (len(toned), count, len(chars), coverage)
    summary = (
        f"{len(toned)} gloss{'es' if len(toned) != 1 else ''} on {len(chars)} "
        f"character{'s' if len(chars) != 1 else ''}, {count} of {occurrences} occurrences glossed"
    )
    if any(g.doubled for _, g in toned):
        return PageVerdict(True, f"mirror page: doubled glosses; {summary}", *figures)
    glossed_lines = sorted({index for index, _ in toned})
    if count < MIN_POSITIONS:
        notes = ["no mirror pattern"]
    else:
        notes, per_mille = _note_signs(texts, toned, positions, glossed_lines, coverage, simplify)
        if per_mille is not None:
            summary += f", {per_mille} per 1000 characters"
        if not notes:
            return PageVerdict(True, f"mirror page: {summary}", *figures)
    # Checked last, on the few pages otherwise kept: it converts each glossed line.
    if any(_in_byline_labels(texts[i], found[i], simplify) for i in glossed_lines):
        return PageVerdict(True, f"mirror page: a gloss in a byline label; {summary}", *figures)
    if codec := codec_mirror(texts):  # tone vowels dropped, or hosts lost
        return PageVerdict(True, f"mirror page: {codec}; {summary}", *figures)
    # A toneless mirror whose page also shows a few toned glosses (a crumb's 頁(yè) over
    # hundreds of 時(shi)): the toneless model judges, as on a page with none toned.
    unmarked = sum(1 for glosses in found for g in glosses if not g.toned)
    if unmarked > len(toned) and (why := toneless_mirror(texts, found, simplify, talk_cues())):
        return PageVerdict(True, f"{why}; {len(toned)} toned among them", *figures)
    if count < MIN_POSITIONS:
        return PageVerdict(False, f"kept: page has {len(toned)} gloss, no mirror pattern", *figures)
    return PageVerdict(False, f"kept: {summary}; {'; '.join(notes)}", *figures)


def _note_signs(
    texts: Sequence[str],
    toned: Sequence[tuple[int, Gloss]],
    positions: dict[tuple[int, int], tuple[str, str]],
    glossed_lines: Sequence[int],
    coverage: float,
    simplify: Callable[[str], str] | None,
) -> tuple[list[str], int | None]:
    """The signs that the glosses are a note, not a mirror's, and the density (glossed
    positions per 1000 Han characters) when the page is dense."""
    count = len(positions)
    dense, per_mille = False, 0
    if count >= MANY_POSITIONS:
        han = sum(map(len, HAN_RUN.findall("\n".join(texts)))) or 1
        per_mille = count * 1000 // han
        dense = per_mille >= DENSE_PER_MILLE
    # A habit: many glosses over several characters, wherever else they occur unglossed.
    habit = count >= MANY_POSITIONS and len({c for c, _ in positions.values()}) >= MANY_CHARACTERS
    cues = talk_cues()
    talking = {i for i in glossed_lines if cues.search(texts[i])}
    talk = sum(1 for index, _ in toned if index in talking)
    inline = sum(
        1
        for index, g in toned
        if (g.host_start > 0 and HAN.match(texts[index], g.host_start - 1))
        or (g.end < len(texts[index]) and HAN.match(texts[index], g.end))
    )
    everyday = {c: _everyday(c, simplify) for c in {c for c, _ in positions.values()}}
    usual = {p: _first_reading(*p, simplify) for p in set(positions.values())}
    common = sum(1 for char, _ in positions.values() if everyday[char])
    special = sum(1 for pair in positions.values() if not usual[pair])
    notes: list[str] = []
    if coverage < MIN_COVERAGE and not dense and not habit:
        notes.append("glossed where discussed, not wherever they occur")
    if talk * 2 >= len(toned):
        notes.append(f"{talk} on lines about reading")
    if inline * 2 < len(toned):
        notes.append(f"{len(toned) - inline} on isolated characters (a list)")
    if common * 2 < count:
        notes.append(f"{count - common} on rare characters")
    if count < MANY_POSITIONS and special * 2 > count:
        notes.append(f"{special} giving a character's less usual reading")
    return notes, per_mille if dense else None

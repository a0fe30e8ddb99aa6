"""Mirror glosses whose host is gone: lost to a codec, or rewritten after the glossing.

The gloss grammar (``pinyin_grammar``) takes a bracket off only when its syllables read
the characters before it.  On a page already judged a mirror, two kinds of the mirror's
glosses fail that check through no fault of the gloss, because something rewrote the
text around it after the mirror glued it:

* *the host lost*: a byte slip or a codec turned the host into a mark (``刂?(zhì)療``,
  ``??(jí)????(zh?ng)``): a bracketed toned syllable right after ``?`` or U+FFFD.
* *the host rewritten* (round 29): a Han character stands before the bracket but the
  syllable does not read it.  A phrase converter replaced the glossed word after the
  glossing (OpenCC's s2twp writes 釋出 for 發佈, so ``發佈(bù)時間`` became
  ``釋出(bù)時間``), or the byte slip that garbled the next words ate the syllable's
  initial (``新聞發(ā)佈``: 發 reads fā).

The evidence is the bracket itself, never the host: a toned syllable (a tone mark, or
one ``?`` for a lost vowel among letters) alone in brackets right after a Han character
is pinyin, and the page's habit stands for it being the mirror's when it is a syllable
the page's own glosses use (the rewritten word's reading is glossed elsewhere: 分佈(bù))
or the end of a reading of its host with the initial gone (ā of fā).  A syllable of
neither kind stays (a real reading the article gives, on a mirror page or not), and a
page not judged a mirror keeps every bracket.  On the host-lost site, a line holding
``LOST_LINE_ORPHANS`` such brackets lost its characters wholesale and all of them go.

Speed: only lines of a mirror page holding a bracket that is no gloss of the grammar's (two
counts) and a bracketed syllable (one search) are read.
"""

from __future__ import annotations

from collections.abc import Callable, Set, Sized

from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.pinyin_grammar import Gloss, remove_spans
from newsclean.filters.pinyin_readings import (
    LOST_VOWEL,
    TONE_MARKED,
    has_tone,
    readings,
    simplified,
)

_SYLLABLE = r"[(（]([a-zü?" + TONE_MARKED + r"]{1,7})[)）]"
#: A gloss whose host was lost to a byte slip: a mark, then a bracketed syllable.
ORPHAN_SITE = lazy_re(r"(?<=[?\ufffd])[ \t\u3000]{0,2}" + _SYLLABLE)
#: A bracketed syllable right after a Han character (the grammar's reading check failed).
REWRITTEN_SITE = lazy_regex(r"(?<=\p{Han})[ \t\u3000]{0,2}" + _SYLLABLE)
#: Orphan glosses on one line that show its characters were lost, not one host.
LOST_LINE_ORPHANS = 3
#: Letters that open a pinyin syllable's final (the initial gone: ā of fā, ǒu of zǒu).
FINAL_OPENERS = "aeiouü" + TONE_MARKED


def toned_syllable(syllable: str) -> bool:
    """A tone mark, or one lost vowel among letters (zh?ng)."""
    if has_tone(syllable):
        return True
    return syllable.count(LOST_VOWEL) == 1 and len(syllable) > 1


def may_hold(text: str, glosses: Sized) -> bool:
    """Whether ``text`` may hold an orphan gloss: a bracket that is none of its ``glosses``
    (each gloss is one bracket: two C-level counts, which pass on a mirror's line only
    when a bracket is left over), then a site of one (a search)."""
    if text.count("(") + text.count("（") <= len(glosses):
        return False  # every bracket a gloss the grammar read: no orphan
    return ORPHAN_SITE.search(text) is not None or REWRITTEN_SITE.search(text) is not None


Simplify = Callable[[str], str] | None


def _initial_lost(host: str, syllable: str, simplify: Simplify) -> bool:
    """Whether ``syllable`` is a reading of ``host`` (or its simplified form) without its
    initial consonant: ā of fā, àng of bàng."""
    if syllable[0] not in FINAL_OPENERS or not has_tone(syllable):
        return False
    chars = {host} if simplify is None else {host, simplified(host, simplify)}
    table = readings()
    return any(
        reading != syllable and reading.endswith(syllable)
        for char in chars
        for reading in table.of(char).readings
    )


def orphan_spans(
    text: str, glosses: tuple[Gloss, ...], used: Set[str], simplify: Simplify = None
) -> list[tuple[int, int]]:
    """The spans of ``text``'s orphan glosses on a mirror page (``glosses``: the ones the
    grammar found; ``used``: the toned syllables of the page's glosses)."""
    toned = [m for m in ORPHAN_SITE.finditer(text) if toned_syllable(m[1])]
    lost_line = len(toned) >= LOST_LINE_ORPHANS
    spans = [m.span() for m in toned if lost_line or m[1] in used]
    taken = sorted((g.start, g.end) for g in glosses)
    at = 0  # the sites come left to right: one walk over the glosses (linear)
    for m in REWRITTEN_SITE.finditer(text):
        while at < len(taken) and taken[at][1] <= m.start():
            at += 1
        if at < len(taken) and taken[at][0] < m.end():
            continue  # a gloss the grammar read
        syllable = m[1]
        if not toned_syllable(syllable):
            continue
        if syllable in used or _initial_lost(text[m.start() - 1], syllable, simplify):
            spans.append(m.span())
    return spans


def without_orphans(
    text: str, glosses: tuple[Gloss, ...], used: Set[str], simplify: Simplify = None
) -> tuple[str, tuple[str, ...]]:
    """``text`` without its glosses and its orphan glosses, and what was taken off."""
    orphans = orphan_spans(text, glosses, used, simplify)
    cuts = sorted([(g.start, g.end) for g in glosses] + orphans)
    shown = tuple(g.shown for g in glosses) + tuple(text[s:e].strip() for s, e in orphans)
    return remove_spans(text, cuts), shown

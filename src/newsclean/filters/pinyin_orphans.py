"""Mirror glosses whose host is gone: lost to a codec, or rewritten after the glossing.

The gloss grammar (``pinyin_grammar``) takes a bracket off only when its syllables read
the characters before it.  On a page already judged a mirror, two kinds of the mirror's
glosses fail that check through no fault of the gloss, because something rewrote the
text around it after the mirror glued it:

* *the host lost*: a byte slip or a codec turned the host into a mark (``刂?(zhì)療``,
  ``??(jí)????(zh?ng)``): a bracketed toned syllable right after ``?`` or U+FFFD.
* *the host half-width* (round 34): a two-byte character's first byte was lost (U+FFFD or
  ``?``) and its second, a byte of 0x40-0x7E, reads as a half-width character before the
  bracket (長, GBK E9 4C read as UTF-8: ``\ufffdL(zhǎng)``).  The reading check is made
  on the column that byte ends: the syllable goes when it reads a character whose
  second byte in GBK or Big5 it is (``_half_width_host_reads``).
* *the host cut* (round 32): an earlier filter cut the line's start up to the bracket
  (a spam term glued before ``發佈(bù)時間`` took 發佈): the line now starts with the
  bracket, and the line as it came in shows what was cut (``cut_head``).
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
The grammar's pads inside the brackets (``會(huì )``) are read on every site.

The reading check is made wherever the host left a trace.  A cut host is the cut's last
character.  A host lost to UTF-8 read as Big5 or GBK left its first two bytes as one
character before the U+FFFD of its lost third byte (請 E8 AB 8B read as Big5: 隢 then
U+FFFD before "("): the syllable goes when it reads one of the 64 characters those two
bytes can begin (``_lost_host_reads``), whether or not the page glosses it elsewhere.
Round 34: a host lost to a two-byte codec's slip by one byte left its first byte in the
garbled character before the ``?`` that stands for its second (狗仔集, GBK D7D0 BCAF,
slipped: 屑 D0BC, then AF alone, ``屑?(jí)``): when the mojibake model finds a GBK or Big5
slip ending with that ``?``, the syllable goes if it reads one of the characters that byte
begins in the slip's codec (``_slipped_host_reads``; GB2312 orders each such row by
reading, so the check is narrow).  A ``?`` the model finds no slip before is a mark.
A syllable with a lost vowel (``w?i``) is one the page uses when it masks one of the
page's (wéi).
Round 47: a host whose bytes are all gone leaves no trace to check a reading on: GBK
read as UTF-8 turns a two-byte character into two U+FFFD when neither byte begins or
continues a UTF-8 sequence (面, C3 E6: ``麣����(miàn)``).  Before such a run of
``GONE_HOST`` U+FFFD no character is left on either side of the check, and the page's
habit decides: a toned bracket that is a reading of the table (``every_reading``)
goes on a mirror page (a page not judged a mirror keeps it, as every bracket).

* *the tone vowel dropped* (round 32): a codec that drops what it cannot write took the
  tone-marked vowel out of every gloss and garbled the hosts with it: ``(zhng )``,
  ``(din )``, ``(sh )`` for zhāng, diàn, shè.  No reading check can be made on such a
  bracket, so it is no gloss to remove; but a page holding ``DROPPED_POSITIONS`` of them
  on ``DROPPED_FORMS`` different letter strings, each a toned reading less its tone
  vowel and no syllable itself (so not (a) (b) (c), (ii), (es)), carries a mirror's habit
  however few of its glosses survived whole (``dropped_vowel_mirror``): the one gloss
  the codec spared, the headline's 設(shè )路障, goes as a mirror's.

* *the hosts lost wholesale* (round 36): the page-level verdict is ``pinyin_lost``'s.

A bracket repeated right after an orphan (the mirror ran twice: ``\ufffd(quan)(quan)``)
is the orphan's run and goes with it.  On a toneless mirror's page (every gloss the page
was judged on toneless, ``pinyin_toneless``) a toneless syllable of the table stands where
a toned one stands above: its brackets after a lost host are the mirror's the same way.

Speed: only lines of a mirror page holding a bracket that is no gloss of the grammar's (two
counts) and a bracketed syllable (one search) are read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence, Sized
from functools import cache, lru_cache

from newsclean.filters.charmodel import HAN
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.mojibake import MojibakeSpan, find_mojibake
from newsclean.filters.pinyin_grammar import Gloss, remove_spans
from newsclean.filters.pinyin_readings import (
    LOST_VOWEL,
    TONE_MARKED,
    has_tone,
    is_reading,
    mask,
    readings,
    simplified,
    toneless_syllables,
)

#: A line's byte slips (``mojibake.find_mojibake``'s spans).
Slips = tuple[MojibakeSpan, ...]
#: A bracketed syllable, with the grammar's pads inside the brackets (會(huì )).
_SYLLABLE = (
    r"[(（][ \t\u3000\u00a0]{0,2}([a-zü?" + TONE_MARKED + r"]{1,7})[ \t\u3000\u00a0]{0,2}[)）]"
)
#: The same bracket again: a run of glosses of one host (the mirror ran twice: (wei)(wei)).
_AGAIN = r"(?:[(（][ \t\u3000\u00a0]{0,2}\1[ \t\u3000\u00a0]{0,2}[)）])*"
#: A gloss whose host was lost to a byte slip: a mark, then a bracketed syllable (or a run
#: of it); or a half-width host, a two-byte character's second byte left alone when its
#: first was lost (長, GBK E9 4C read as UTF-8: U+FFFD, then ``L``).
ORPHAN_SITE = lazy_re(r"(?<=[?\ufffd])[ \t\u3000]{0,2}" + _SYLLABLE + _AGAIN)
HALF_WIDTH_SITE = lazy_re(r"(?<=[?\ufffd][\x40-\x7e])" + _SYLLABLE + _AGAIN)
#: A gloss whose host an earlier filter cut away: the line starts at its bracket.
CUT_SITE = lazy_re(r"[ \t\u3000]{0,2}" + _SYLLABLE)
#: A bracketed syllable right after a Han character (the grammar's reading check failed).
REWRITTEN_SITE = lazy_regex(r"(?<=\p{Han})[ \t\u3000]{0,2}" + _SYLLABLE)
#: The two-byte codecs whose slip by one byte leaves a host's first byte readable.
SLIP_CODECS = frozenset({"gbk", "big5"})
#: Orphan glosses on one line that show its characters were lost, not one host.
LOST_LINE_ORPHANS = 3
#: U+FFFD right before a bracket that show its host's bytes all gone (round 47): a
#: two-byte character neither of whose bytes UTF-8 could read.
GONE_HOST = 2
#: Letters that open a pinyin syllable's final (the initial gone: ā of fā, ǒu of zǒu).
FINAL_OPENERS = "aeiouü" + TONE_MARKED


#: Brackets of a toned reading less its tone vowel that show the mirror's habit.
DROPPED_POSITIONS = 10
DROPPED_FORMS = 4
#: A bracket of letters with the grammar's pads: a candidate for a dropped tone vowel.
LETTERS_SITE = lazy_re(r"[(（][ \t\u3000\u00a0]{0,2}([a-z]{1,6})[ \t\u3000\u00a0]{0,2}[)）]")


@lru_cache(maxsize=1)
def _dropped_forms() -> frozenset[str]:
    """Every toned reading with its tone-marked vowel dropped that is no syllable itself
    (zhāng -> zhng, shè -> sh; not bā -> b... which is b, no syllable: kept)."""
    every = readings().every_reading()
    toneless = toneless_syllables()
    dropped = {mask(r).replace(LOST_VOWEL, "") for r in every if has_tone(r)}
    return frozenset(d for d in dropped if d and d not in toneless)


def dropped_vowel_mirror(texts: Sequence[str]) -> int:
    """How many brackets on the page hold a toned reading less its tone vowel, when they
    are enough (``DROPPED_POSITIONS`` on ``DROPPED_FORMS`` different forms of two letters or
    more) to show a mirror whose vowels a codec dropped; else 0."""
    page = "\n".join(texts)
    if page.count("(") + page.count("（") < DROPPED_POSITIONS:
        return 0
    forms = _dropped_forms()
    found = [m[1] for m in LETTERS_SITE.finditer(page) if m[1] in forms]
    long_forms = {f for f in found if len(f) > 1}
    if len(found) < DROPPED_POSITIONS or len(long_forms) < DROPPED_FORMS:
        return 0
    return len(found)


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
    return (
        ORPHAN_SITE.search(text) is not None
        or HALF_WIDTH_SITE.search(text) is not None
        or REWRITTEN_SITE.search(text) is not None
        or CUT_SITE.match(text) is not None
    )


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


@lru_cache(maxsize=64)
def _masked(used: frozenset[str]) -> frozenset[str]:
    """The page's syllables with their tone vowel written ``?`` (wéi -> w?i)."""
    return frozenset(mask(s) for s in used)


def _page_uses(syllable: str, used: frozenset[str]) -> bool:
    """Whether the page's own glosses use ``syllable`` (one with a lost vowel, ``w?i``,
    stands for any of theirs it masks: wéi)."""
    if syllable in used:
        return True
    return LOST_VOWEL in syllable and syllable in _masked(used)


def _lost_host_candidates(garble: str) -> Iterator[str]:
    """The characters a host could have been when ``garble`` (the character before a
    U+FFFD) is the first two bytes of its UTF-8 form read as Big5 or GBK: a UTF-8 lead
    (E0-EF) and one continuation byte, the third byte the one the decoder lost (請 is
    E8 AB 8B; read as Big5, E8 AB is 隢 and 8B before "(" is lost)."""
    for codec in ("big5", "gbk"):
        try:
            data = garble.encode(codec)
        except UnicodeEncodeError:
            continue
        if len(data) == 2 and 0xE0 <= data[0] <= 0xEF and 0x80 <= data[1] <= 0xBF:
            for last in range(0x80, 0xC0):
                yield bytes((data[0], data[1], last)).decode("utf-8", "replace")


def _lost_host_reads(text: str, at: int, syllable: str, simplify: Simplify) -> bool:
    """Whether the host lost before ``at`` (a U+FFFD there) left bytes enough to make the
    reading check: ``syllable`` reads one of the characters they can begin."""
    if at < 2 or text[at - 1] != "\ufffd" or text[at - 2] < "\x80":
        return False
    return any(is_reading(char, syllable, simplify) for char in _lost_host_candidates(text[at - 2]))


def _slipped_host_candidates(garble: str, codec: str) -> Iterator[str]:
    """The characters a host could have been when a two-byte codec's text slipped by one
    byte: ``garble`` (the character before the ``?``) is the host's predecessor's second
    byte and the host's first, the ``?`` the host's second byte left alone (狗仔集 in GBK,
    D7D0 BCAF, slipped: 屑 is D0 BC, AF alone is ``?``).  The candidates share that first
    byte: a row of the code table, which GB2312 sorts by reading."""
    try:
        data = garble.encode(codec)
    except UnicodeEncodeError:
        return
    if len(data) == 2 and 0x81 <= data[1] <= 0xFE:
        for last in range(0x40, 0xFF):
            try:
                yield bytes((data[1], last)).decode(codec)
            except UnicodeDecodeError:
                continue


def _slipped_host_reads(
    text: str, at: int, syllable: str, simplify: Simplify, slips: Callable[[], Slips]
) -> bool:
    """Whether the host lost before ``at`` was the last character of a byte slip the
    mojibake model finds ending with the ``?`` there (``slips``: the line's, asked once
    a line), and ``syllable`` reads one of the characters the slip's last garbled
    character can begin in the slip's codec."""
    if at < 2 or text[at - 1] != "?" or not HAN.fullmatch(text[at - 2]):
        return False
    for span in slips():
        if span.end == at and span.encoding in SLIP_CODECS:
            hosts = _slipped_host_candidates(text[at - 2], span.encoding)
            return any(is_reading(char, syllable, simplify) for char in hosts)
    return False


@lru_cache(maxsize=64)
def _toneless_page(used: frozenset[str]) -> bool:
    """Whether ``used`` is a toneless mirror's: syllables, none of them toned."""
    return bool(used) and not any(toned_syllable(s) for s in used)


def _pinyin(syllable: str, used: frozenset[str]) -> bool:
    """Whether a bracket holding ``syllable`` alone reads as a mirror's gloss: toned, or,
    on a toneless mirror's page (its glosses all toneless), a toneless syllable."""
    if toned_syllable(syllable):
        return True
    return syllable in toneless_syllables() and _toneless_page(used)


@lru_cache(maxsize=1 << 10)
def _half_width_host_reads(trail: str, syllable: str, simplify: Simplify) -> bool:
    """Whether ``syllable`` reads a character whose second byte in GBK or Big5 is
    ``trail``, a half-width character left alone when its first byte was lost."""
    for codec in SLIP_CODECS:
        for lead in range(0x81, 0xFF):
            try:
                host = bytes((lead, ord(trail))).decode(codec)
            except UnicodeDecodeError:
                continue
            if is_reading(host, syllable, simplify):
                return True
    return False


#: The single-byte codecs a UTF-8 line is misread with, dropping the bytes they lack.
MISREAD_CODECS = ("cp1252", "latin-1")


def _misread_host_reads(before: str, syllable: str, simplify: Simplify) -> bool:
    """Whether a host lost when a UTF-8 line misread with a single-byte codec was read
    again left its trace in ``before`` (the line as first read): its bracket there
    (``(yÃ¹n)``) follows two of the host's three bytes (運 E9 81 8B; cp1252 has no 0x81:
    ``é‹``), and ``syllable`` reads one of the characters the lost byte could complete."""
    for codec in MISREAD_CODECS if before else ():
        shown = f"({syllable})".encode().decode(codec, "replace")
        at = before.find(shown)
        while at >= 2:
            data = before[at - 2 : at].encode(codec, "replace")
            if 0xE0 <= data[0] <= 0xEF and 0x80 <= data[1] <= 0xBF:
                for lost in range(0x80, 0xC0):
                    for host in (bytes((data[0], lost, data[1])), bytes((*data, lost))):
                        if is_reading(host.decode("utf-8", "replace"), syllable, simplify):
                            return True
            at = before.find(shown, at + 1)
    return False


def _gone_host(text: str, at: int, syllable: str) -> bool:
    """Whether the bracket at ``at`` follows ``GONE_HOST`` U+FFFD (its host's bytes all
    gone: no reading check can be made) and holds a toned reading of the table."""
    if text[max(0, at - GONE_HOST) : at] != "\ufffd" * GONE_HOST:
        return False
    return has_tone(syllable) and syllable in readings().every_reading()


def cut_head(text: str, original: str) -> str:
    """What an earlier filter cut from the start of ``original`` to leave ``text``, or ""."""
    original = original.rstrip()
    if not text or len(original) <= len(text) or not original.endswith(text):
        return ""
    return original[: len(original) - len(text)].rstrip(" \t\u3000\u00a0")


def orphan_spans(
    text: str,
    glosses: tuple[Gloss, ...],
    used: frozenset[str],
    simplify: Simplify = None,
    cut: str = "",
    before: str = "",
) -> list[tuple[int, int]]:
    """The spans of ``text``'s orphan glosses on a mirror page (``glosses``: the ones the
    grammar found; ``used``: the toned syllables of the page's glosses; ``cut``: what an
    earlier filter cut from the line's start, whose end was the host of a bracket the
    line now starts with)."""
    toned = [m for m in ORPHAN_SITE.finditer(text) if _pinyin(m[1], used)]
    lost_line = len(toned) >= LOST_LINE_ORPHANS
    slips = cache(lambda: find_mojibake(text).spans)  # the line's slips, found once
    spans = [
        m.span()
        for m in toned
        if lost_line
        or _page_uses(m[1], used)
        or _lost_host_reads(text, m.start(), m[1], simplify)
        or _slipped_host_reads(text, m.start(), m[1], simplify, slips)
        or _misread_host_reads(before, m[1], simplify)
        or _gone_host(text, m.start(), m[1])
    ]
    spans += [
        m.span()
        for m in HALF_WIDTH_SITE.finditer(text)
        if _pinyin(m[1], used) and _half_width_host_reads(text[m.start() - 1], m[1], simplify)
    ]
    head = CUT_SITE.match(text) if cut else None
    if head and toned_syllable(head[1]) and is_reading(cut[-1], head[1], simplify):
        spans.append(head.span())
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
        if _page_uses(syllable, used) or _initial_lost(text[m.start() - 1], syllable, simplify):
            spans.append(m.span())
    return spans


def without_orphans(
    text: str,
    glosses: tuple[Gloss, ...],
    used: frozenset[str],
    simplify: Simplify = None,
    cut: str = "",
    before: str = "",
) -> tuple[str, tuple[str, ...]]:
    """``text`` without its glosses and its orphan glosses, and what was taken off
    (``before``: the line as first read, when a codec read it again)."""
    orphans = orphan_spans(text, glosses, used, simplify, cut, before)
    cuts = sorted([(g.start, g.end) for g in glosses] + orphans)
    shown = tuple(g.shown for g in glosses) + tuple(text[s:e].strip() for s, e in orphans)
    return remove_spans(text, cuts), shown

"""The readings of a Han character, from newsclean's own table (``data/pinyin_readings.txt``).

The table is generated at development time from pypinyin's public interface by
``tools/build_readings.py`` (its header names the pypinyin version and the command), and
``tests/test_pinyin_readings.py`` checks it against the installed pypinyin.  Reading it
costs no import of pypinyin (whose dictionaries take ~300 ms to load): the file is read
as bytes on the first look-up (~0.5 ms) and searched by binary search, since its entries
are sorted by code point, a layout the build script writes and the tests check.

A syllable written by a legacy encoding that had no tone-marked vowels keeps the
consonants and loses the vowel to ``?``: ``chǎn`` -> ``ch?n``.  Such a syllable matches a
reading when the ``?`` stands for that reading's one tone-marked vowel.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from newsclean.data import DATA_DIR

TABLE = "pinyin_readings.txt"

#: Vowels (and syllabic nasals) carrying a tone mark, NFC.
TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
#: Combining tone marks left where NFC has no precomposed letter (m̀, ê̄).
COMBINING_TONES = "\u0300\u0301\u0304\u030c"
LOST_VOWEL = "?"


@dataclass(frozen=True, slots=True)
class CharReadings:
    """The readings of one character: ``readings`` in pypinyin's order, NFC, lower case."""

    readings: tuple[str, ...] = ()
    #: Entries of pypinyin's phrase dictionary holding the character (capped at 999).
    phrases: int = 0

    @property
    def masked(self) -> frozenset[str]:
        """Each tone-marked reading with its tone-marked vowel written ``?``: ``ch?n``."""
        return frozenset(mask(r) for r in self.readings if has_tone(r))

    @property
    def neutral(self) -> frozenset[str]:
        """Each reading without its tone mark, as a neutral-tone syllable is written: ``ma``."""
        return frozenset(strip_tone(r) for r in self.readings)


#: Every character that shows a tone, as a set: one C-level ``isdisjoint`` a syllable.
_TONE_SIGNS = frozenset(TONE_MARKED + COMBINING_TONES)


def has_tone(syllable: str) -> bool:
    return not _TONE_SIGNS.isdisjoint(syllable)


def strip_tone(reading: str) -> str:
    """``reading`` without its tone mark (ü keeps its diaeresis): ``mā`` -> ``ma``."""
    return _unmarked(reading)


def _unmarked(reading: str) -> str:
    decomposed = unicodedata.normalize("NFD", reading)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if ch not in COMBINING_TONES)
    )


def mask(reading: str) -> str:
    """``reading`` with its tone-marked vowel written ``?``: ``chǎn`` -> ``ch?n``."""
    decomposed = unicodedata.normalize("NFD", reading)
    out: list[str] = []
    for ch in decomposed:
        if ch in COMBINING_TONES:
            out[-1] = LOST_VOWEL
        elif ch == "\u0308" and out and out[-1] == "u":  # ü keeps its diaeresis
            out[-1] = "ü"
        else:
            out.append(ch)
    return "".join(out)


class ReadingTable:
    """Binary search over the generated table's bytes; one instance per process."""

    def __init__(self, path: str | None = None) -> None:
        with open(path or os.path.join(DATA_DIR, TABLE), "rb") as handle:
            raw = handle.read()
        # Entries start after the header's last comment line.
        start = 0
        while raw.startswith(b"#", start):
            start = raw.index(b"\n", start) + 1
        self._raw = raw
        self._start = start

    def _entry_at(self, offset: int) -> tuple[int, int, int]:
        """(code point, start, end) of the entry on the line holding ``offset``."""
        start = max(self._raw.rfind(b"\n", 0, offset) + 1, self._start)
        end = self._raw.find(b"\n", start)
        if end < 0:
            end = len(self._raw)
        key = self._raw[start : self._raw.index(b"\t", start, end)].decode()
        return ord(key), start, end

    @cache  # noqa: B019 - one instance per process, lives as long as the process
    def of(self, char: str) -> CharReadings:
        if len(char) != 1:
            return CharReadings()
        code = ord(char)
        low, high = self._start, len(self._raw)
        while low < high:
            mid = (low + high) // 2
            key, start, end = self._entry_at(mid)
            if key == code:
                _, readings, phrases = self._raw[start:end].decode().split("\t")
                return CharReadings(tuple(readings.split(",")), int(phrases))
            if key < code:
                low = end + 1
            else:
                high = start
        return CharReadings()

    @cache  # noqa: B019 - one instance per process, lives as long as the process
    def every_reading(self) -> frozenset[str]:
        """Every reading in the table (read whole once, on the rare page that asks)."""
        found: set[str] = set()
        for line in self._raw[self._start :].decode().splitlines():
            parts = line.split("\t")
            if len(parts) == 3:
                found.update(parts[1].split(","))
        return frozenset(found)


@cache
def toneless_syllables() -> frozenset[str]:
    """Every reading of the table without its tone (fa, zhang, lv): a word that is one
    spells a reading."""
    return frozenset(strip_tone(r) for r in readings().every_reading())


@cache
def readings() -> ReadingTable:
    return ReadingTable()


@lru_cache(maxsize=1 << 16)
def simplified(char: str, simplify: Callable[[str], str]) -> str:
    """``simplify(char)``, remembered: the filter asks for the same few characters often,
    and each call is a conversion.  ``simplify`` must be a pure function."""
    return simplify(char)


#: Letters of GB 2312's pinyin row that stand for plain ones (ɑ, ɡ), as word processors
#: and some mirrors write them.
PINYIN_ROW = str.maketrans({"ɑ": "a", "ɡ": "g"})


def normalize_syllable(syllable: str) -> str:
    """Lower case, GB 2312's ɑ/ɡ as a/g, NFC: ``FĀ`` -> ``fā``, ``ɡuó`` -> ``guó``."""
    return unicodedata.normalize("NFC", syllable.lower().translate(PINYIN_ROW))


TONE_DIGIT_MARKS = {"1": "\u0304", "2": "\u0301", "3": "\u030c", "4": "\u0300"}


def mark_tone(syllable: str, digit: str) -> str:
    """A syllable with its tone written as a digit (pypinyin's TONE3 style) with the mark
    on the vowel the rules of Hanyu Pinyin put it on: ``zhan3`` -> ``zhǎn``, ``lv4`` ->
    ``lǜ``, ``gou3`` -> ``gǒu``, ``de5`` -> ``de``.

    >>> [mark_tone(s, d) for s, d in (("zhan", "3"), ("lv", "4"), ("gou", "3"), ("liu", "2"))]
    ['zhǎn', 'lǜ', 'gǒu', 'liú']
    """
    syllable = syllable.replace("v", "ü")
    mark = TONE_DIGIT_MARKS.get(digit)
    if mark is None:
        return syllable
    if "a" in syllable:
        at = syllable.index("a")
    elif "e" in syllable:
        at = syllable.index("e")
    elif "ou" in syllable:
        at = syllable.index("o")
    else:
        vowels = [i for i, ch in enumerate(syllable) if ch in "aeiouü"]
        if not vowels:
            return syllable
        at = vowels[-1]
    return unicodedata.normalize("NFC", syllable[: at + 1] + mark + syllable[at + 1 :])


def is_reading(
    char: str,
    syllable: str,
    simplify: Callable[[str], str] | None = None,
    *,
    neutral: bool = False,
) -> bool:
    """Whether ``syllable`` (NFC, lower case) is a reading of ``char`` or of its simplified form.

    ``neutral`` also accepts a reading written without its tone, as the second syllable of
    媽媽(mā ma) is (the neutral tone of a word).

    >>> is_reading("發", "fā"), is_reading("發", "f?"), is_reading("行", "bā")
    (True, True, False)
    >>> is_reading("媽", "ma"), is_reading("媽", "ma", neutral=True)
    (False, True)
    >>> is_reading("履", "lv", neutral=True), is_reading("女", "nv", neutral=True)
    (True, True)
    """
    table = readings()
    if _matches(table.of(char), syllable, neutral):
        return True
    if simplify is None:
        return False
    other = simplified(char, simplify)
    return other != char and _matches(table.of(other), syllable, neutral)


def _matches(found: CharReadings, syllable: str, neutral: bool) -> bool:
    if "v" in syllable:  # ü as keyboards type it (lv, nve): no pinyin syllable has a v
        syllable = syllable.replace("v", "ü")
    if LOST_VOWEL in syllable:
        return syllable in found.masked
    return syllable in found.readings or (neutral and syllable in found.neutral)


def reading_forms(char: str, simplify: Callable[[str], str] | None = None) -> frozenset[str]:
    """Every written form of a reading of ``char``: as pypinyin gives it, and ``?``-masked."""
    table = readings()
    chars = {char}
    if simplify is not None:
        chars.add(simplified(char, simplify))
    forms: set[str] = set()
    for one in chars:
        found = table.of(one)
        forms.update(found.readings)
        forms.update(found.masked)
    return frozenset(forms)


def phrases(char: str, simplify: Callable[[str], str] | None = None) -> int:
    """How many of pypinyin's phrases hold ``char`` (or its simplified form): everyday-ness."""
    table = readings()
    count = table.of(char).phrases
    if simplify is not None:
        count = max(count, table.of(simplified(char, simplify)).phrases)
    return count

"""Strip tone-marked pinyin glued after a Han character by the mirror: 發(fā)展 -> 發展.

An annotation is removed only when the syllable in the brackets is one of the
character's own readings (from pypinyin's dictionary), so real parentheses —
村(社區), 高原(北京)文化, (GDP) — survive.
"""

from __future__ import annotations

import importlib.util
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import regex

from newsclean.document import Evidence

NAME = "pinyin"

#: Vowels carrying a tone mark, NFC.  An annotation must contain one: toneless
#: "(de)" or "(a)" is too ambiguous to remove.
TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_LETTERS = "a-zA-Zü" + TONE_MARKED + TONE_MARKED.upper()

# One Han character, then one bracketed syllable of at most 7 letters.  Bounded
# repetition and no nesting: linear on any input.
ANNOTATION = regex.compile(
    r"(\p{Han})[(（]([" + _PINYIN_LETTERS + r"]{1,7})[)）]",
)
#: A Han character and the run of bracketed syllables glued to it: a mirror that ran
#: twice wrote 發(fā)(fā), and one pass must take both off (cleaning stays idempotent).
ANNOTATION_RUN = regex.compile(
    r"(\p{Han})((?:[(（][" + _PINYIN_LETTERS + r"]{1,7}[)）])+)",
)
SYLLABLE = regex.compile(r"[(（]([" + _PINYIN_LETTERS + r"]{1,7})[)）]")


class _Readings:
    """Character -> tone-marked readings, looked up in pypinyin's data file.

    Importing pypinyin parses its whole 0.8 MB JSON into a dict (~150 ms, more
    than the rest of start-up).  The file holds one ``"codepoint": "readings",``
    entry per line, sorted by code point, so a binary search over the raw bytes
    answers the few look-ups a page needs in microseconds, without importing it.
    """

    def __init__(self) -> None:
        spec = importlib.util.find_spec("pypinyin")  # finds the package without importing it
        if spec is None or not spec.submodule_search_locations:
            raise ModuleNotFoundError("pypinyin is required for pinyin readings")
        folder = next(iter(spec.submodule_search_locations))
        with open(os.path.join(folder, "pinyin_dict.json"), "rb") as handle:
            self._raw = handle.read()

    def _entry_at(self, offset: int) -> tuple[int, int, int]:
        """(code point, start, end) of the entry on the line holding ``offset``; -1 if none."""
        start = self._raw.rfind(b"\n", 0, offset) + 1
        end = self._raw.find(b"\n", start)
        if end < 0:
            end = len(self._raw)
        line = self._raw[start:end]
        if not line.startswith(b'"'):
            return (-1, start, end)
        return (int(line[1 : line.index(b'"', 1)]), start, end)

    @cache  # noqa: B019 - one instance per process, lives as long as the process
    def of(self, char: str) -> frozenset[str]:
        code = ord(char)
        low, high = 0, len(self._raw)
        while low < high:
            mid = (low + high) // 2
            key, start, end = self._entry_at(mid)
            if key == code:
                value = self._raw[start:end].partition(b'": "')[2].rstrip(b",").rstrip(b'"')
                return frozenset(unicodedata.normalize("NFC", value.decode()).split(","))
            if key == -1:  # the "{" or "}" line: step past it
                if start == 0:
                    low = end + 1
                else:
                    high = start
            elif key < code:
                low = end + 1
            else:
                high = start
        return frozenset()


@cache
def readings() -> _Readings:
    return _Readings()


@dataclass(frozen=True, slots=True)
class PinyinResult:
    text: str
    stripped: tuple[str, ...]  # the annotations removed, e.g. ("發(fā)",)


def _has_tone_mark(syllable: str) -> bool:
    return any(ch in TONE_MARKED for ch in syllable)


#: (simplify, annotated run) -> (the run's replacement, the annotations stripped).  Pages
#: repeat the same characters' annotations, and the decision depends only on the run and
#: ``simplify`` (a pure function), so each process decides each distinct run once.
_RUN_CACHE: dict[tuple[Callable[[str], str] | None, str], tuple[str, tuple[str, ...]]] = {}
#: The cache is emptied when it reaches this many runs (hostile input cannot grow it for ever).
RUN_CACHE_LIMIT = 1 << 16


def _is_reading(char: str, syllable: str, simplify: Callable[[str], str] | None) -> bool:
    syllable = unicodedata.normalize("NFC", syllable.lower())
    if not _has_tone_mark(syllable):
        return False
    table = readings()
    return syllable in table.of(char) or (
        simplify is not None and syllable in table.of(simplify(char))
    )


def _strip_run(
    char: str, run: str, simplify: Callable[[str], str] | None
) -> tuple[str, tuple[str, ...]]:
    """``char`` and what is left of its run of bracketed syllables; the annotations taken off."""
    stripped: list[str] = []
    kept_from = 0
    for annotation in SYLLABLE.finditer(run):
        if not _is_reading(char, annotation.group(1), simplify):
            break
        stripped.append(char + annotation.group(0))
        kept_from = annotation.end()
    return char + run[kept_from:], tuple(stripped)


def strip_annotations(text: str, *, simplify: Callable[[str], str] | None = None) -> PinyinResult:
    """Remove every bracketed syllable that is a reading of the Han character before it.

    ``simplify`` maps a character to its simplified form (OpenCC), for mirrors that annotate
    the simplified character's reading after converting it; it must be a pure function
    (decisions are cached per process).

    >>> strip_annotations("發(fā)展 村(社區(qū))").text
    '發展 村(社區)'
    """
    if "(" not in text and "（" not in text:
        return PinyinResult(text, ())
    stripped: list[str] = []
    cache = _RUN_CACHE

    def replace(match: regex.Match[str]) -> str:
        key = (simplify, match.group())
        decided = cache.get(key)
        if decided is None:
            if len(cache) >= RUN_CACHE_LIMIT:
                cache.clear()
            decided = cache[key] = _strip_run(match.group(1), match.group(2), simplify)
        if decided[1]:
            stripped.extend(decided[1])
        return decided[0]

    new_text: str = ANNOTATION_RUN.sub(replace, text)
    return PinyinResult(new_text, tuple(stripped))


def evidence(result: PinyinResult) -> Evidence | None:
    if not result.stripped:
        return None
    shown = " ".join(result.stripped[:5]) + (" …" if len(result.stripped) > 5 else "")
    return Evidence(NAME, "stripped", shown, count=len(result.stripped))

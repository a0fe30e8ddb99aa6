"""Slips made the way they happen, on real sentences: every one flagged, clean text left alone.

Each sentence of ``tests/data/mojibake_sentences.txt`` (real news text from outside this
repository, simplified and traditional, sources in the file's header) is encoded to GBK,
and the traditional ones to Big5 too; one byte is dropped or inserted at a random
position (the first byte of the line too), and the bytes are decoded as a mirror's
transcoder would: ``errors="replace"`` (U+FFFD) or a legacy "?" for every unreadable
pair.  The floors below sit a few points under what the model reaches (see the module
docstring of ``newsclean.filters.mojibake``); a change that loses recall fails them.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from newsclean.filters.mojibake import find_mojibake

SENTENCES = Path(__file__).parent / "data" / "mojibake_sentences.txt"

#: (encoding, script, whether the slip left a mark) -> least share of slips flagged.
RECALL_FLOORS = {
    ("gbk", "s", True): 0.85,
    ("gbk", "t", True): 0.80,
    ("gbk", "t", False): 0.68,
    ("big5", "t", True): 0.55,
    ("big5", "t", False): 0.62,
}
TRIALS = 8


def sentences() -> list[tuple[str, str]]:
    found = []
    for line in SENTENCES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            script, text = line.split("\t")
            found.append((script, text))
    return found


def slip(text: str, encoding: str, position: int, insert: int | None, mark: str) -> str:
    """``text`` after one byte was lost (``insert`` None) or gained at byte ``position``."""
    data = text.encode(encoding)
    if insert is None:
        data = data[:position] + data[position + 1 :]
    else:
        data = data[:position] + bytes([insert]) + data[position:]
    return data.decode(encoding, errors="replace").replace("\ufffd", mark)


def edit_distance(a: str, b: str) -> float:
    """Levenshtein distance; a mark against any character costs half (it hides one)."""
    previous = [float(j) for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        current = [float(i)]
        for j, cb in enumerate(b, 1):
            substitution = 0.0 if ca == cb else 0.5 if ca in "?\ufffd" else 1.0
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution))
        previous = current
    return previous[-1]


def slipped_cases() -> list[tuple[tuple[str, str, bool], str, str]]:
    rng = random.Random(20261201)
    cases = []
    for script, text in sentences():
        for encoding in ("gbk", "big5") if script == "t" else ("gbk",):
            size = len(text.encode(encoding))
            for trial in range(TRIALS):
                position = 0 if trial == 0 else rng.randrange(size)
                insert = None if rng.random() < 0.5 else rng.randrange(0xA1, 0xFF)
                bad = slip(text, encoding, position, insert, rng.choice("?\ufffd"))
                if bad != text:
                    marked = "?" in bad or "\ufffd" in bad
                    cases.append(((encoding, script, marked), text, bad))
    return cases


CASES = slipped_cases()


def test_the_sentences_themselves_raise_no_warning():
    flagged = [text for _, text in sentences() if find_mojibake(text).spans]
    assert flagged == []


@pytest.mark.parametrize("kind", sorted(RECALL_FLOORS))
def test_slips_are_flagged(kind):
    cases = [bad for k, _, bad in CASES if k == kind]
    assert len(cases) >= 30, kind
    flagged = sum(1 for bad in cases if find_mojibake(bad).spans)
    assert flagged / len(cases) >= RECALL_FLOORS[kind], (kind, flagged, len(cases))


def test_slips_at_the_start_of_a_line_are_flagged():
    """The first byte of the line lost: everything up to the decoder's way back is
    shifted.  Where that is a single character read as one ASCII letter ("x積電" for
    "台積電"), nothing tells it from a line that begins with a letter ("a股"), and it is
    left alone; longer stretches must be found."""
    found = total = 0
    for script, text in sentences():
        for encoding in ("gbk", "big5") if script == "t" else ("gbk",):
            for mark in "?\ufffd":
                bad = slip(text, encoding, 0, None, mark)
                if bad[1:3] == text[1:3]:
                    continue  # one character lost, the rest aligned
                total += 1
                found += bool(find_mojibake(bad).spans)
    assert total >= 60
    assert found / total >= 0.9, (found, total)


def test_no_repair_makes_a_line_worse_and_most_make_it_better():
    outcome: Counter[str] = Counter()
    for _, text, bad in CASES:
        result = find_mojibake(bad)
        if result.text == bad:
            continue
        before, after = edit_distance(bad, text), edit_distance(result.text, text)
        outcome["better" if after < before else "worse" if after > before else "same"] += 1
    assert outcome["worse"] == 0, outcome
    assert outcome["better"] >= 300, outcome


def test_cleaning_a_repaired_line_again_changes_nothing():
    for _, _, bad in CASES:
        once = find_mojibake(bad).text
        assert find_mojibake(once).text == once, bad


def silent_cases() -> list[tuple[str, str, str]]:
    """Stretches of 8-16 characters shifted by one byte whose last byte the transcoder
    dropped without a mark (``iconv -c``): the text after them is aligned again."""
    rng = random.Random(20261202)
    cases = []
    for script, text in sentences():
        for encoding in ("gbk", "big5") if script == "t" else ("gbk",):
            found = 0
            for _ in range(80):
                length = rng.randrange(8, 17)
                start = rng.randrange(max(1, len(text) - length))
                stretch = text[start : start + length]
                try:
                    data = stretch.encode(encoding)
                    garbled = data[1:-1].decode(encoding)
                except (UnicodeEncodeError, UnicodeDecodeError):
                    continue
                if len(data) == 2 * length and not garbled.isascii():
                    cases.append((encoding, text, text[:start] + garbled + text[start + length :]))
                    found += 1
                    if found == 3:
                        break
    return cases


def test_slips_that_left_no_mark_and_realigned_silently_are_flagged():
    cases = silent_cases()
    gbk = [bad for encoding, _, bad in cases if encoding == "gbk"]
    assert len(gbk) >= 60
    assert sum(1 for bad in gbk if find_mojibake(bad).spans) / len(gbk) >= 0.85
    for _, text, bad in cases:
        result = find_mojibake(bad)
        assert edit_distance(result.text, text) <= edit_distance(bad, text), bad
        assert find_mojibake(result.text).text == result.text

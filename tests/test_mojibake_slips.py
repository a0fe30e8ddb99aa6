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

from newsclean.filters.mojibake import find_mojibake, no_slip_sign

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


@pytest.mark.parametrize(
    "line",
    ["◎梁婉琦 雷翠雲", "★梁婉琦", "●記者 梁婉琦 雷翠雲 澳門報道", "■ 侨报记者 武廷融"],
)
def test_a_line_opening_with_a_layout_mark_is_no_cut_edge(line):
    """A byline's ◎ or a list's ● opening the line is layout, whole: the line was not cut
    at a byte offset there, so the rare name after it is read as written."""
    assert find_mojibake(line).spans == ()


def test_a_slip_after_a_layout_mark_is_still_flagged():
    """The mark only takes away the free edge: a stretch that slipped after it is judged
    with the prior every other slip pays, and still found."""
    text = next(t for script, t in sentences() if script == "s" and len(t) > 30)
    bad = slip(text, "gbk", 10, None, "?")
    assert find_mojibake(bad).spans
    assert find_mojibake("◎" + bad).spans


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


# --- Slips by kind: how they happen, on Taiwan and Hong Kong text too ----------------------
#
# tests/data/mojibake_sentences_tw_hk.txt adds 47 traditional sentences and 10 short lines
# (headings, captions) from 13 Taiwan and Hong Kong sites (sources in its header).  Every
# sentence is encoded in GBK and GB18030, the traditional ones in Big5 too, and damaged the
# way mirrors damage text; the bytes are decoded with errors="replace" (U+FFFD), with a
# legacy "?" for each unreadable pair, and with errors="ignore" (nothing left).  Kinds:
#
#   one-byte           one byte lost or gained at a random offset
#   resync2-6          a slip that resynchronises 2-6 characters later (a second byte lost)
#   piece1-3           the same over 1-3 characters: a short slipped piece in good text
#   after-ascii-punct  the lead byte of a character right after an ASCII character or
#                      CJK punctuation lost
#   line-start         the first byte of the line lost
#   line-end           a lead byte among the last three characters lost
#
# A stretch is flagged when a reported span touches the characters that differ from the
# sentence.  Measured before the model of this round (commit c9bfbe7) and after; the
# floors sit a few points under "after".  Single characters replaced by one other
# character (or by the ASCII trail byte of a Big5 pair: "暴W的" for "暴增的") carry
# about 5 nats of evidence against a 9-nat prior and stay unflagged: see the mojibake
# module docstring.

TW_HK = Path(__file__).parent / "data" / "mojibake_sentences_tw_hk.txt"
HOWS = ("replace", "mark", "ignore")
#: (kind, encoding) -> least share flagged.  before (c9bfbe7) -> after, all decodings
#: together; over all kinds 0.553 -> 0.684 of 10,562 damaged lines:
KIND_FLOORS = {
    ("one-byte", "gbk"): 0.75,  # 0.738 -> 0.771
    ("one-byte", "gb18030"): 0.88,  # 0.620 -> 0.909
    ("one-byte", "big5"): 0.67,  # 0.644 -> 0.698
    ("resync2-6", "gbk"): 0.63,  # 0.609 -> 0.651
    ("resync2-6", "gb18030"): 0.67,  # 0.365 -> 0.695
    ("resync2-6", "big5"): 0.71,  # 0.658 -> 0.735
    ("piece1-3", "gbk"): 0.36,  # 0.331 -> 0.389
    ("piece1-3", "gb18030"): 0.38,  # 0.113 -> 0.406
    ("piece1-3", "big5"): 0.56,  # 0.493 -> 0.583
    ("after-ascii-punct", "gbk"): 0.69,  # 0.635 -> 0.712
    ("after-ascii-punct", "gb18030"): 0.77,  # 0.516 -> 0.792
    ("after-ascii-punct", "big5"): 0.55,  # 0.524 -> 0.571
    ("line-start", "gbk"): 0.73,  # 0.732 -> 0.759
    ("line-start", "gb18030"): 0.82,  # 0.553 -> 0.848
    ("line-start", "big5"): 0.60,  # 0.607 -> 0.627
    ("line-end", "gbk"): 0.51,  # 0.483 -> 0.533
    ("line-end", "gb18030"): 0.55,  # 0.513 -> 0.575
    ("line-end", "big5"): 0.32,  # 0.338 -> 0.341
}


def all_sentences() -> list[tuple[str, str]]:
    """(script, text): "s", "t", or "h" for a short traditional line."""
    found = list(sentences())
    for line in TW_HK.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, _source, text = line.split("\t")
            found.append((kind, text))
    return found


def _damage(text: str, bad: str) -> tuple[int, int]:
    """The characters of ``bad`` that differ from ``text`` (common prefix and suffix off)."""
    prefix = 0
    while prefix < min(len(text), len(bad)) and text[prefix] == bad[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(text), len(bad)) - prefix and text[-1 - suffix] == bad[-1 - suffix]:
        suffix += 1
    return prefix, len(bad) - suffix


def _decode(data: bytes, encoding: str, how: str) -> str:
    if how == "ignore":
        return data.decode(encoding, errors="ignore")
    decoded = data.decode(encoding, errors="replace")
    return decoded.replace("\ufffd", "?") if how == "mark" else decoded


def kind_cases() -> list[tuple[str, str, str, str, int, int]]:
    """(kind, encoding, sentence, damaged line, start, end of the damage)."""
    rng = random.Random(7)
    cases = []
    for script, text in all_sentences():
        for encoding in ("gbk", "big5", "gb18030") if script in "th" else ("gbk", "gb18030"):
            data = text.encode(encoding)
            offsets = [len(text[:i].encode(encoding)) for i in range(len(text))]
            wide = [i for i, ch in enumerate(text) if len(ch.encode(encoding)) == 2]
            after = [
                i
                for i in wide
                if i and (text[i - 1].isascii() or text[i - 1] in "，。、；：「」（）《》")
            ]

            def add(
                kind: str, damaged: bytes, how: str, text: str = text, enc: str = encoding
            ) -> None:
                bad = _decode(damaged, enc, how)
                start, end = _damage(text, bad)
                if end > start:
                    cases.append((kind, enc, text, bad, start, end))

            for how in HOWS:
                for _ in range(3):
                    at = rng.randrange(len(data))
                    gained = bytes([rng.randrange(0x81, 0xFF)]) if rng.random() < 0.5 else b""
                    add("one-byte", data[:at] + gained + data[at + (not gained) :], how)
                for low, high, kind in ((2, 6, "resync2-6"), (1, 3, "piece1-3")):
                    for _ in range(2):
                        first = rng.choice(wide)
                        last = first + rng.randint(low, high) - 1
                        if last < len(text) and all(i in wide for i in range(first, last + 1)):
                            a, b = offsets[first], offsets[last] + 1
                            add(kind, data[:a] + data[a + 1 : b] + data[b + 1 :], how)
                for _ in range(2 if after else 0):
                    at = offsets[rng.choice(after)]
                    add("after-ascii-punct", data[:at] + data[at + 1 :], how)
                add("line-start", data[1:], how)
                if len(wide) > 2:
                    at = offsets[rng.choice(wide[-3:])]
                    add("line-end", data[:at] + data[at + 1 :], how)
    return cases


KIND_CASES = kind_cases()


def test_the_taiwan_and_hong_kong_sentences_raise_no_warning():
    flagged = [text for _, text in all_sentences() if find_mojibake(text).spans]
    assert flagged == []


@pytest.mark.parametrize("kind", sorted(KIND_FLOORS))
def test_each_kind_of_slip_is_flagged(kind):
    cases = [(bad, start, end) for k, enc, _, bad, start, end in KIND_CASES if (k, enc) == kind]
    assert len(cases) >= 250, kind
    flagged = 0
    for bad, start, end in cases:
        spans = find_mojibake(bad).spans
        flagged += any(span.start <= end and start <= span.end for span in spans)
    assert flagged / len(cases) >= KIND_FLOORS[kind], (kind, flagged, len(cases))


def test_repairs_of_the_kind_cases_are_better_and_stable():
    """Over about 4,200 repairs one makes its line worse, and it did before this round
    too: "「反滲陴z法" (a Big5 byte gained before 透) is read "「反?秦理法" at 13-15 nats,
    a reading that starts one character early.  A looser start (not repairing when a
    later start nearly ties) loses 150-900 good repairs and still makes this one."""
    outcome: Counter[str] = Counter()
    for _, _, text, bad, _, _ in KIND_CASES:
        result = find_mojibake(bad)
        if result.text != bad:
            before, after = edit_distance(bad, text), edit_distance(result.text, text)
            outcome["better" if after < before else "worse" if after > before else "same"] += 1
        assert find_mojibake(result.text).text == result.text, bad
    assert outcome["worse"] <= 1, outcome
    assert outcome["better"] >= 3800, outcome


def test_no_slip_sign_clears_clean_text_and_never_a_flagged_slip():
    """The one-scan pre-check find_mojibake runs first must be exact: every damaged line
    the full test flags shows a sign of its slip, while most real sentences show none
    (else the pre-check saves nothing)."""
    damaged = [bad for _, _, bad in CASES] + [case[3] for case in KIND_CASES]
    flagged = [bad for bad in damaged if find_mojibake(bad).spans]
    assert len(flagged) > 1000
    assert [bad for bad in flagged if no_slip_sign(bad)] == []
    clean = [text for _, text in all_sentences()]
    assert sum(map(no_slip_sign, clean)) >= 0.8 * len(clean)


# Round 28: ordinary words right after marks, as a page's own repair leaves them (the
# sentence of eval/originals/046.json, 立法院's report, Big5 read as GBK and repaired with
# its unreadable pairs as U+FFFD): a mark is a free edge for a slip's start, but the words
# after it read as text, and one byte on they read one character shorter, which alone is
# worth about a character's log-probability. Before, 仍被堵 became 员欢 and a second
# cleaning changed the line.
REPAIRED_WITH_HOLES = (
    "隨著越來越�國民黨立委�進�議場,�紛上前支援,目前�剩院�左方���仍被堵�,"
    "其中民進黨立委賴惠�與場內與國民黨立委葉元之發生扭打"
)


def test_ordinary_words_after_marks_are_read_as_written():
    result = find_mojibake(REPAIRED_WITH_HOLES)
    assert "仍被堵" in result.text
    assert not any("仍被堵" in span.text for span in result.spans)


def test_a_slip_after_marks_is_still_repaired():
    # the reference article's slip: 。總投入1.2 read one byte off between marks
    assert "投" in find_mojibake("基地總投資??偼度?.2億元").text

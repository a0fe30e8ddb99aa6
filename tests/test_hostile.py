"""Hostile pages at small sizes: each must finish, account for every line, and grow linearly.

The cases are those of ``benchmarks/hostile.py`` (which runs them at full size and
reports time and memory).  Each runs in a child process with a time limit, so a
hang fails the test instead of hanging CI.  The growth check is deliberately loose
(4x the input may take at most 12x the time, plus slack for start-up noise): quadratic
work takes 16x.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean import InputError, clean_bytes

ROOT = Path(__file__).resolve().parent.parent
TIME_LIMIT = 120  # seconds per case: generous, it only has to stop a hang

#: Small N per case (full sizes are in benchmarks/hostile.py).
SMALL = {
    "long_line": 300_000,
    "char_lines": 10_000,
    "parens": 20_000,
    "questions": 20_000,
    "questions_han": 5_000,
    "commas": 50_000,
    "spam_line": 50_000,
    "annotations": 20_000,
    "rare_pairs": 30_000,
    "symbol_row": 30_000,
    "letters_han": 20_000,
    "stripped_bits": 300_000,
    "nul_bytes": 100_000,
    "gb18030_bad": 50_000,
    "wrong_encoding": 50_000,
}

CHILD = """
import json, sys, time
sys.path[:0] = [sys.argv[1] + "/benchmarks", sys.argv[1] + "/tests"]
import hostile
from invariants import check_accounting, check_json_round_trip
from newsclean import InputError, clean_bytes
from newsclean.decode import decode_bytes

case = next(c for c in hostile.CASES if c.name == sys.argv[2])
clean_bytes(hostile.GB_PAGE.encode("utf-8"))  # warm up: converter, readings, lexicon
times = []
for size in (int(sys.argv[3]), 4 * int(sys.argv[3])):
    data = case.make(size)
    start = time.perf_counter()
    try:
        doc = clean_bytes(data)
    except InputError as exc:
        times.append(time.perf_counter() - start)
        outcome = "InputError: %s" % exc
        continue
    times.append(time.perf_counter() - start)
    check_accounting(doc, decode_bytes(data).text)
    check_json_round_trip(doc)
    outcome = "ok"
print(json.dumps({"times": times, "outcome": outcome}))
"""


@pytest.mark.parametrize("case", sorted(SMALL))
def test_hostile_case_is_bounded(case: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), case, str(SMALL[case])],
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    small, large = result["times"]
    assert result["outcome"] == "ok", result
    assert large <= 12 * small + 1.0, f"{case}: {small:.3f} s at N, {large:.3f} s at 4N"


@pytest.mark.parametrize(
    "data",
    [
        b"\0" * 10_000,
        b"\0\1\2\3" * 5_000,
        "正文。".encode() + b"\0" * 100,
        b"\xff\xfe\xfd" * 10_000,
        b"\n" * 100_000,
        b" \t\r\n" * 10_000,
    ],
    ids=["nul", "binary", "text-then-nul", "undecodable", "newlines", "white-space"],
)
def test_binary_empty_or_undecodable_input_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError):
        clean_bytes(data)


def test_a_few_nul_bytes_in_text_are_dropped_not_fatal() -> None:
    # a headline its article echoes (a one-word placeholder, 標題, is no headline: round 28)
    page = "發展很快\n\n　　第一段正文，發(fā)展很快。\n".encode() * 50
    data = b"\0".join(page[i : i + 300] for i in range(0, len(page), 300))
    doc = clean_bytes(data)
    assert doc.title == "发展很快"
    assert all("\0" not in paragraph for paragraph in doc.body)


def test_utf8_page_with_a_stray_byte_stays_utf8() -> None:
    """Regression: one bad byte sent the page to the detector, which read it all as GB18030."""
    page = "發展很快\n\n　　第一段正文，發(fā)展很快。這是一個測試的句子。\n".encode() * 20
    middle = len(page) // 2 + 1  # inside a character: a truncated sequence
    doc = clean_bytes(page[:middle] + b"\xff" + page[middle:])
    assert doc.encoding == "utf-8"
    assert doc.title == "发展很快"
    assert doc.body.count("第一段正文，发展很快。这是一个测试的句子。") >= 18

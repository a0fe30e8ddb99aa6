"""Inputs that broke (or nearly broke) ``clean_bytes``, replayed through the fuzz target's checks.

``benchmarks/fuzz_clean_bytes.py`` defines ``check(data)``: clean_bytes raises nothing
but ``InputError``, every line is accounted for, the JSON round trip holds.  Each input
below is one a fuzzer or a property test found, with what it broke; a crash file the
fuzzer writes (``crash-<sha1>``) goes into ``tests/data/fuzz/`` and is replayed too.

Fuzzing record (see "Fuzzing" in README.md): 105,487 inputs in two 10-minute atheris
campaigns, no crash; the bugs below came from the property and hostile-input tests.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from newsclean import clean_bytes

ROOT = Path(__file__).resolve().parent.parent
CRASHES = Path(__file__).resolve().parent / "data" / "fuzz"


def _fuzz_target():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "fuzz_clean_bytes", ROOT / "benchmarks" / "fuzz_clean_bytes.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("fuzz_clean_bytes", module)
    spec.loader.exec_module(module)
    return module


check = _fuzz_target().check

REFERENCE = (ROOT / "fixtures" / "000_da2a06443414a7f3.txt").read_bytes()

REGRESSIONS = {
    # A doubled annotation needed two passes: the output kept 发(fā).
    "doubled-annotation": "標題\n\n　　發(fā)(fā)展很快，經濟發(fā)(fā)(fā)展。\n".encode(),
    # UTF-8 with one stray byte was decoded whole as GB18030: every character wrong.
    "utf8-stray-byte": REFERENCE[:1001] + b"\xff" + REFERENCE[1001:],
    # A truncated UTF-8 sequence at the very end of the page.
    "utf8-truncated-end": REFERENCE + "發".encode()[:2],
    # UTF-16 with an unpaired surrogate: decoding replaces it.
    "utf16-lone-surrogate": b"\xff\xfe" + "標題\n\n正文".encode("utf-16-le") + b"\x00\xd8\n\x00",
    # NUL bytes under the binary threshold, inside a line.
    "sparse-nul": REFERENCE.replace("。".encode(), "。".encode() + b"\x00", 3),
    # Only separators and marks: every filter sees an edge case.
    "separators-only": ("，" * 500 + "\n" + "|" * 500 + "\n" + "?" * 500 + "\n").encode(),
    # CR-only line ends with a BOM.
    "bom-cr": b"\xef\xbb\xbf" + REFERENCE.replace(b"\n", b"\r"),
}


@pytest.mark.parametrize("name", sorted(REGRESSIONS))
def test_regression_input_holds_the_fuzz_checks(name: str) -> None:
    check(REGRESSIONS[name])


def test_doubled_annotation_is_stripped_once_and_for_all() -> None:
    doc = clean_bytes(REGRESSIONS["doubled-annotation"])
    assert doc.body == ["发展很快，经济发展。"]


SAVED = sorted(p for p in CRASHES.glob("*") if p.name != "README.md")


def test_there_is_a_corpus_to_replay() -> None:
    """Without files the replay below would pass by running nothing."""
    assert len(SAVED) >= 5


@pytest.mark.parametrize("path", SAVED, ids=lambda p: p.name)
def test_saved_fuzzer_crash_replays_clean(path: Path) -> None:
    check(path.read_bytes())

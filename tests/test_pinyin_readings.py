"""newsclean's readings table still says what the installed pypinyin says.

The table (``src/newsclean/data/pinyin_readings.txt``) is generated at development time by
``tools/build_readings.py`` from pypinyin's public interface; if pypinyin changes, these
tests fail and say to run the script again.
"""

from __future__ import annotations

import importlib.util
import sys
import unicodedata
from pathlib import Path

import pypinyin
import pytest
from conftest import ROOT

from newsclean.data import DATA_DIR
from newsclean.filters.pinyin_readings import ReadingTable, is_reading, mask, readings

TABLE = Path(DATA_DIR) / "pinyin_readings.txt"
REBUILD = "the readings table is out of date: run `python tools/build_readings.py`"


def _builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "build_readings", ROOT / "tools" / "build_readings.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_readings", module)
    spec.loader.exec_module(module)
    return module


def _entries() -> list[list[str]]:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if not line.startswith("#")]


def test_header_names_its_source_and_command():
    header = [
        line for line in TABLE.read_text(encoding="utf-8").splitlines() if line.startswith("#")
    ]
    text = "\n".join(header)
    assert "pypinyin" in text and "python tools/build_readings.py" in text
    assert f"# Entries: {len(_entries())}" in header


def test_every_reading_matches_the_installed_pypinyin():
    builder = _builder()
    entries = {char: readings.split(",") for char, readings, _ in _entries()}
    fresh = {}
    for char in builder.han_code_points():
        found = builder.char_readings(char)
        if found:
            fresh[char] = found
    assert entries == fresh, REBUILD + f" (pypinyin {pypinyin.__version__})"


def test_entries_are_sorted_by_code_point_for_the_binary_search():
    codes = [ord(char) for char, _, _ in _entries()]
    assert codes == sorted(set(codes))
    assert all(len(fields) == 3 and fields[2].isdigit() for fields in _entries())


@pytest.mark.parametrize("char", [*"發业六蚌盱〇㐀", "\U00020000"])
def test_lookup_agrees_with_pypinyin(char):
    from pypinyin import Style, pinyin

    expected = pinyin(char, style=Style.TONE, heteronym=True, errors=lambda _: [[]])
    expected_readings = tuple(
        unicodedata.normalize("NFC", r) for r in (expected[0] if expected else [])
    )
    assert readings().of(char).readings == tuple(dict.fromkeys(expected_readings))


def test_characters_without_readings_have_none():
    table = readings()
    for char in "a。(\n\U0010ffff":
        assert table.of(char).readings == ()
    assert table.of("發展").readings == ()


def test_first_and_last_entries_are_found(tmp_path):
    entries = _entries()
    table = ReadingTable(str(TABLE))
    for char, found, _ in (entries[0], entries[len(entries) // 2], entries[-1]):
        assert ",".join(table.of(char).readings) == found


def test_phrase_counts_tell_everyday_characters_from_rare_ones():
    table = readings()
    assert table.of("發").phrases > 100 and table.of("業").phrases > 100
    assert table.of("盱").phrases < 5 and table.of("亳").phrases < 5


@pytest.mark.parametrize(
    ("reading", "masked"),
    [("chǎn", "ch?n"), ("fā", "f?"), ("lǜ", "l?"), ("lüè", "lü?"), ("ńg", "?g")],
)
def test_a_lost_tone_vowel_is_one_question_mark(reading, masked):
    assert mask(reading) == masked


def test_reading_check_uses_the_simplified_form():
    # 臺州 is read tāi zhōu; pypinyin gives 臺 only tái, and 台 both.
    def simplify(char: str) -> str:
        return {"臺": "台"}.get(char, char)

    assert not is_reading("臺", "tāi")
    assert is_reading("臺", "tāi", simplify)

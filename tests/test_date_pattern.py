"""The date grammar as one pattern (filters/date_pattern.py): the basic grammar reads
numeric heads, the extended one adds the English heads and a clock before the date, and
each reading's groups are found by number in both."""

from __future__ import annotations

import re

from newsclean.filters.date_pattern import NUMERIC_DAY, SLOT_CLOCK, date_pattern, pattern_groups


def test_the_basic_grammar_reads_a_numeric_head_and_its_clock() -> None:
    found = date_pattern().search("發布時間: 2025-07-02 16:05:00 來源: 西藏日報")
    assert found is not None
    assert found.group() == "2025-07-02 16:05:00"
    assert found["y"] == "2025" and found["H"] == "16"


def test_english_heads_are_the_extended_grammar_s_only() -> None:
    assert date_pattern(False).search("Jul 2, 2025") is None
    found = date_pattern(True).search("Jul 2, 2025")
    assert found is not None and found["en_m"] == "Jul"


def test_the_basic_grammar_has_no_extended_groups() -> None:
    assert pattern_groups(False)["english"] == ()
    assert len(pattern_groups(True)["english"]) == 6


def test_a_slot_prints_the_numeric_day_alone() -> None:
    # The day a listing's slot prints (tests/test_furniture_listing.py's ``- 标题 2015-10-9``
    # row); the byline grammar reads the spaced and 日 forms, the slot's shape does not.
    assert re.fullmatch(NUMERIC_DAY, "2015-10-9")
    assert re.fullmatch(f"{NUMERIC_DAY} {SLOT_CLOCK}", "2019/05/21 16:05:00")
    assert not re.fullmatch(NUMERIC_DAY, "2024 年 3 月 5 日")
    assert date_pattern().fullmatch("2024 年 3 月 5 日")

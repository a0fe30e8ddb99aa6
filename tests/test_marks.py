"""The shared punctuation classes: what closes a sentence, and what does not."""

from __future__ import annotations

import pytest

from newsclean.filters.marks import CLAUSE_MARK, SENTENCE_STOP


@pytest.mark.parametrize("mark", ["。", "！", "？", "!", "?"])
def test_a_stop_closes_a_sentence(mark: str) -> None:
    assert SENTENCE_STOP.fullmatch(mark) is not None


@pytest.mark.parametrize("mark", ["，", "；", ";", "、", "：", ".", "…", "」"])
def test_clause_marks_and_the_ascii_period_do_not(mark: str) -> None:
    # The ASCII period is a decimal point and an abbreviation's mark in Chinese text.
    assert SENTENCE_STOP.fullmatch(mark) is None


def test_a_clause_mark_parts_clauses_and_closes_no_sentence() -> None:
    # caption_layout counts them: a caption is one clause or two, a paragraph's sentence three.
    line = "预计明后两天,本市仍以多云为主；气温变化不大。"
    assert CLAUSE_MARK.findall(line) == [",", "；"]
    assert SENTENCE_STOP.findall(line) == ["。"]


@pytest.mark.parametrize("mark", ["、", "：", ":", "。"])
def test_the_list_comma_a_colon_and_a_stop_part_no_clause(mark: str) -> None:
    assert CLAUSE_MARK.fullmatch(mark) is None

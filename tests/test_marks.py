"""The shared punctuation classes: what closes a sentence, and what does not."""

from __future__ import annotations

import pytest

from newsclean.filters.marks import SENTENCE_STOP


@pytest.mark.parametrize("mark", ["。", "！", "？", "!", "?"])
def test_a_stop_closes_a_sentence(mark: str) -> None:
    assert SENTENCE_STOP.fullmatch(mark) is not None


@pytest.mark.parametrize("mark", ["，", "；", ";", "、", "：", ".", "…", "」"])
def test_clause_marks_and_the_ascii_period_do_not(mark: str) -> None:
    # The ASCII period is a decimal point and an abbreviation's mark in Chinese text.
    assert SENTENCE_STOP.fullmatch(mark) is None

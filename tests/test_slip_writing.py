"""Where a line's text is writing no slip explains (``slip_writing``, split from
``realign`` in round 39)."""

from __future__ import annotations

import pytest

from newsclean.filters.mojibake import find_mojibake
from newsclean.filters.realign import realignments
from newsclean.filters.slip_writing import in_words, latin_word, paired_bracket


@pytest.mark.parametrize(
    ("line", "at"),
    [
        ("[责任编辑:徐虹]关键词:", 8),  # closes the label the line opened
        ("[責任編輯:吳苡榛]關鍵詞:", 9),
        ("他在发言中引用了[1]的结论。", 8),  # opens the note it closes
        ("附件{二}见下文", 2),
    ],
)
def test_a_bracket_the_line_pairs_is_written(line: str, at: int) -> None:
    assert paired_bracket(line, at)


@pytest.mark.parametrize(
    ("line", "at"),
    [
        ("今年前三季度完成投资3億元{升為三成。", 13),  # opened, never closed
        ("陳總說]這次", 3),  # closed, never opened
        ("[[王芳说", 0),  # another opening before its partner
        ("徐虹]和[王芳", 2),  # the opening comes after it
        ("徐虹说", 1),  # no bracket at all
    ],
)
def test_a_bracket_with_no_partner_is_not_paired(line: str, at: int) -> None:
    assert not paired_bracket(line, at)


@pytest.mark.parametrize(
    "line",
    [
        "[责任编辑:徐虹]关键词:",
        "[責任編輯:袁勃、劉軍濤]關鍵詞:",
        "[責任編輯:吳苡榛]關鍵詞:",
        "记者[芮益芳]报道称当地已经恢复供电。",
    ],
)
def test_a_name_before_a_paired_bracket_is_no_slip(line: str) -> None:
    assert realignments(line) == []
    assert find_mojibake(line).spans == ()


def test_words_and_romanised_words() -> None:
    assert in_words("研究表明缜密的计划", 4)  # 缜密, a word
    assert latin_word("jíxiánɡwù", 0, 9)
    assert not latin_word("想膝", 0, 2)

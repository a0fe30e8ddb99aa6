"""A masthead's row and a theme's icon row: the record's pieces that name no event."""

from __future__ import annotations

import pytest

from newsclean.filters.head_masthead import HANDLE, LETTER_BAR, MASTHEAD_PIECE


@pytest.mark.parametrize(
    "piece",
    [
        "甲辰年二月廿六",  # 星洲日报's lunar date (mychhsk.blogspot.com copy)
        "农历甲辰年二月廿九",  # 南洋商报's (http://mychhsk.blogspot.com/2024/04/20240407.html)
        "PP6264/08/2013(032549)西马:RM2.50",  # the permit, then West Malaysia's price
        "(星期日)",
        "✍",
        "◷",
        "#南洋商报",
    ],
)
def test_a_masthead_piece(piece: str) -> None:
    assert MASTHEAD_PIECE.fullmatch(piece)


@pytest.mark.parametrize("piece", ["甲辰年春节", "油价RM2.05", "PP6264事件", "刘懿德"])
def test_words_of_an_event_are_no_masthead_piece(piece: str) -> None:
    assert MASTHEAD_PIECE.fullmatch(piece) is None


def test_a_capital_i_between_spaces_is_a_bar_and_a_handle_is_latin() -> None:
    assert LETTER_BAR.sub("|", "2025年9月24日 I 甲辰年") == "2025年9月24日 | 甲辰年"
    assert LETTER_BAR.sub("|", "I love 2025") == "I love 2025"
    assert HANDLE.fullmatch("dations") and not HANDLE.fullmatch("刘懿德")

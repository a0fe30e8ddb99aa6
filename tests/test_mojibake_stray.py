"""A stray ASCII character glued to Han text (``mojibake_stray``, split from
``mojibake_marks`` in round 38)."""

from __future__ import annotations

import pytest

from newsclean.filters.mojibake_stray import stray_ascii


@pytest.mark.parametrize(
    "line",
    [
        "运行`清除缓存`命令后即可恢复正常。",  # a backquote pairs with itself
        "在终端输入`安装`后回车，等待片刻即可完成。",
        "文件保存在D:\\照片\\二〇二三年目录下。",  # a path's separators
        "请打开C:\\用户目录查看。",  # a drive's head
        "详见附件[1]和图表{二}。",
    ],
)
def test_paired_symbols_and_paths_are_written(line: str) -> None:
    assert stray_ascii(line) == []


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("今年前三季度完成投资3億元{升為三成。", (13, 14)),
        ("运行`清除缓存命令后即可恢复正常。", (2, 3)),  # one backquote alone
        ("文件保存在\\照片目录下。", (5, 6)),  # one backslash, no path
        ("会议强调^坚持稳中求进。", (4, 5)),
    ],
)
def test_a_symbol_alone_is_a_trail_byte(line: str, span: tuple[int, int]) -> None:
    assert span in stray_ascii(line)

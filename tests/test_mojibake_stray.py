"""A stray ASCII character glued to Han text (``mojibake_stray``, split from
``mojibake_marks`` in round 38)."""

from __future__ import annotations

import pytest

from newsclean.filters.mojibake import find_mojibake
from newsclean.filters.mojibake_stray import stray_ascii, wave_dash


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


# Round 39: a tilde drawing a particle out is a writer's wave dash (real blog lines: a
# Taiwanese travel diary of Macau, both scripts), never a trail byte read as ASCII.
@pytest.mark.parametrize(
    "line",
    [
        "(這樣才有再來一次的理由咩~)",
        "呵呵~只為了大利來的咖啡還有豬扒~",
        "店門口就擺了這些包,好想通通買來吃看看啊~~",
        "这个周末终于可以好好睡一觉啦~大家晚安",
    ],
)
def test_a_wave_dash_is_written(line: str) -> None:
    assert find_mojibake(line).spans == ()
    assert stray_ascii(line) == []


def test_wave_dash_needs_a_particle_or_a_second_tilde() -> None:
    assert wave_dash("理由咩~)", 3)
    assert wave_dash("看看~~", 2) and wave_dash("看看~~", 3)
    assert not wave_dash("大家都很}心", 4)
    # A tilde after a rare character, no particle: still a trail byte (a Big5 slip).
    assert stray_ascii("大家都僆~心") == [(3, 5)]


# Round 39 (second wave): a bracket the line pairs is a writer's even after a rare or
# out-of-place name (an editor's label closing on the name); one alone is still a trail byte.
@pytest.mark.parametrize(
    "line",
    ["[責任編輯:吳苡榛]關鍵詞:", "[责任编辑:芮益芳]关键词:", "来源{人民网}记者徐虹"],
)
def test_a_paired_bracket_after_a_name_is_written(line: str) -> None:
    assert stray_ascii(line) == []


def test_a_bracket_alone_after_a_name_is_a_trail_byte() -> None:
    assert stray_ascii("责任编辑:芮益芳]关键词") == [(7, 9)]


# Round 44: a Taiwan local site types its credit's slash as a backslash (variant
# credit-backslash, https://ccss3172.blogspot.com/2022_03_30_archive.html: 鄭建勳\臺中報導);
# glued after a spam prefix the credit reader never takes the line, and the backslash must
# not read as a trail byte.  A backslash alone before anything but a place and a report
# word still is one.
@pytest.mark.parametrize(
    "line",
    [
        "鄭建勳\\臺中報導 臺中市政府教育局重視學生健康",
        "私彩平臺 https://wapjbk.39.net/yiyuanzaixian/ 孫偉倫\\台北報導 國民黨主席鄭麗文",
    ],
)
def test_a_credits_slash_typed_as_a_backslash_is_written(line: str) -> None:
    assert stray_ascii(line) == []
    assert find_mojibake(line).spans == ()


def test_a_backslash_before_other_text_is_still_a_trail_byte() -> None:
    assert (6, 7) in stray_ascii("記者孫偉倫報\\台北市政府")

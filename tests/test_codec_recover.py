"""What survives of a GBK or Big5 line read as UTF-8 with replacement (``codec_recover``):
round 45, the codec's byte grammar laid on the surviving bytes."""

from __future__ import annotations

import pytest

from newsclean.filters.codec_recover import LOST, recover

# Lines as round 44's held-out pages printed them: GBK read as UTF-8, U+FFFD per lost byte
# (eval pages of finance.people.com.cn/n/2014/0819/c387602-25495266.html's copy and
# taiwan.cn/xwzx/PoliticsNews/201204/t20120401_2418536.htm's copy, whose foot printed an
# empty editor label, and a forum copy's Discuz! edit stamp).
EMPTY_EDITOR = "���α༭:"
EDIT_STAMP = "��������� ���������������� �� 2020-7-24 10:02 �༭"


def test_the_two_bytes_of_each_surviving_pair_are_read_back() -> None:
    # D4 F0 C8 CE B1 E0 BC AD 3A: CE B1 survived as α, E0 BC AD as ༭; laid on GBK from the
    # start, B1 E0 is 编 and BC AD 辑; 责 and 任 lost a byte each and stay unknown.
    found = recover(EMPTY_EDITOR)
    assert found is not None
    assert found.codec == "gbk"
    assert found.text == f"{LOST}{LOST}编辑:"
    assert found.known() == "编辑"


def test_a_lost_template_keeps_its_shape_and_its_ascii() -> None:
    found = recover(EDIT_STAMP)
    assert found is not None
    # five characters, a space, eight, a space, one, the time whole, two: 本帖最后由 X 于 … 编辑
    assert found.text == f"{LOST * 5} {LOST * 8} {LOST} 2020-7-24 10:02 {LOST}辑"


def test_a_line_made_from_its_codec_reads_back_every_whole_pair() -> None:
    line = "编辑:王一鸣 2021-05-06".encode("gbk").decode("utf-8", errors="replace")
    found = recover(line)
    assert found is not None
    assert found.text.endswith(" 2021-05-06")
    assert found.text.count(LOST) <= 4


@pytest.mark.parametrize(
    "line",
    [
        "α粒子散射实验中，取α=0.05，β=0.1。",  # a formula's Greek letters, no U+FFFD
        "此外打开原有的文件也是方块问号",  # clean Chinese
        "????????",  # marks alone: nothing survives
    ],
)
def test_lines_with_nothing_to_read_back_give_nothing(line: str) -> None:
    assert recover(line) is None

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


def test_the_laying_recovers_real_sentences_made_lost() -> None:
    # The clean sentences of the mojibake tests (real news lines, sources in their headers),
    # encoded in GBK and Big5 and read as UTF-8 with replacement: of the lines laid at their
    # true length, the characters recovered right and wrong (round 45: 1,796 and 309; the
    # fewest-bytes laying gave 1,355 and 323).
    from pathlib import Path

    from newsclean.filters.codec_recover import _lay, _tokens

    data = Path(__file__).parent / "data"
    lines = [
        line.strip()
        for name in ("mojibake_sentences.txt", "mojibake_sentences_tw_hk.txt")
        for line in (data / name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    right = wrong = 0
    for codec in ("gbk", "big5"):
        for line in lines:
            try:
                lost = line.encode(codec).decode("utf-8", errors="replace")
            except UnicodeEncodeError:
                continue
            laid = _lay(_tokens(lost), codec)
            if laid is None or len(laid) != len(line):
                continue
            right += sum(a == b for a, b in zip(laid, line, strict=True))
            wrong += sum(a not in (b, LOST) for a, b in zip(laid, line, strict=True))
    assert right >= 1750
    assert wrong <= 320

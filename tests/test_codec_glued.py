"""A stretch of UTF-8 read as GBK glued to sound text in one run (``codec_glued``,
round 39): re-read where it begins and ends, the writer's characters around it kept."""

from __future__ import annotations

import pytest
from linear import assert_linear

from newsclean import clean
from newsclean.filters.codec_glued import glued_misreads
from newsclean.filters.codec_misread import find_misreads, repair_misreads


def _as_gbk(text: str) -> str:
    """``text`` in UTF-8 read by a GBK decoder that replaces what it cannot read."""
    return text.encode("utf-8").decode("gbk", errors="replace")


def test_a_stretch_glued_after_sound_text_is_read_again() -> None:
    line = "比颱風前到貨量減少6成以上,大盤商幾乎無貨可賣" + _as_gbk("。平時木瓜每個重約")
    found = find_misreads(line)
    fixed = repair_misreads(line, found)
    assert fixed.startswith("比颱風前到貨量減少6成以上,大盤商幾乎無貨可賣。平時木瓜每個重")
    assert [m.codecs for m in found] == ["utf-8 read as GBK"]


def test_a_stretch_glued_to_a_glosss_host_is_read_again() -> None:
    # A mirror's gloss stripped before: the garble after 資 now runs on from it.
    garbled = _as_gbk("源及行政集團董事呂")
    line = "董事程裕昇、人力資" + garbled + ",首席營運總監"
    fixed = repair_misreads(line, find_misreads(line))
    assert fixed.startswith("董事程裕昇、人力資源及行政集團董事")
    assert fixed.endswith(",首席營運總監")


def test_two_characters_glued_before_sound_text_are_read_again() -> None:
    line = "他笑言," + _as_gbk("此時") + "特首的表情,寫著甜蜜。"
    assert repair_misreads(line, find_misreads(line)) == "他笑言,此時特首的表情,寫著甜蜜。"


@pytest.mark.parametrize(
    "line",
    [
        "玉井果菜市場12日到貨量僅3266公斤,比颱風前到貨量減少6成以上。",
        "鏖戰至最後一刻,籃球隊以八十比七十九險勝對手,贏得冠軍。",
        "他在雲南騰衝考察了翡翠玉石市場,並與當地商戶座談。",
        "锦鲤游弋于池塘之中，鳜鱼与鲥鱼皆为江南名产。",
    ],
)
def test_sound_text_is_no_glued_stretch(line: str) -> None:
    assert glued_misreads(line, 0, len(line)) == []
    assert find_misreads(line) == []


def test_a_sound_word_between_ascii_in_a_misread_line_is_not_lost() -> None:
    # The line's misread stretch is re-read; 公斤 and 點晴 between ASCII characters are
    # the writer's (their GBK bytes are no UTF-8), not scraps a decoder cut.
    garbled = _as_gbk("。平時木瓜每個重約")
    line = "到貨量僅3266公斤,大盤商幾乎無貨可賣" + garbled + ",瑞獅點晴,鑼鼓聲聲"
    fixed = repair_misreads(line, find_misreads(line))
    assert "3266公斤," in fixed and ",瑞獅點晴," in fixed


def test_a_glued_stretch_in_a_page_is_repaired_in_the_body() -> None:
    garbled = _as_gbk("。平時木瓜每個重約")
    line = "颱風過後網室木瓜嚴重缺貨,大盤商幾乎無貨可賣" + garbled + "4、5斤。"
    after = "盤商透露,目前木瓜產量青黃不接,要回穩至少要等到農曆年以後。"
    doc = clean("木瓜缺貨價格飆漲\n\n" + line + "\n\n" + after + "\n")
    wanted = ("大盤商幾乎無貨可賣。平時木瓜每個重", "大盘商几乎无货可卖。平时木瓜每个重")
    assert any(w in p for p in doc.body for w in wanted)


def test_glued_stretches_stay_linear() -> None:
    unit = "大盤商幾乎無貨可賣" + _as_gbk("。平時木瓜每個重約") + "鏖戰"

    def make(n: int) -> str:
        return unit * (n // len(unit))

    assert_linear(make, lambda text: glued_misreads(text, 0, len(text)), 20_000)


def test_a_glued_stretch_stops_before_the_writers_character_read_as_a_letter() -> None:
    """https://www.ztnews.net/article/show-421608.html (a glossed copy of a county story,
    a stretch after 這 printed as its UTF-8 bytes read as GBK): 物的 read as 鐗╃殑, then
    the writer's 十 (GBK CA AE), which UTF-8 reads whole as the IPA letter ʮ.  The
    stretch ends before it: 十 stays, and the sound sentence is never touched."""
    line = "記錄下生活在這個秘境裡動" + _as_gbk("物的") + "十二時辰。"
    assert _as_gbk("物的") == "鐗╃殑"
    fixed = repair_misreads(line, find_misreads(line))
    assert fixed == "記錄下生活在這個秘境裡動物的十二時辰。"
    sound = "記錄下生活在這個秘境裡動物的十二時辰。"
    assert repair_misreads(sound, find_misreads(sound)) == sound

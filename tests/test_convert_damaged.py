"""Conversion around reported mojibake (``convert_damaged``): round 44, a stretch reported
after a re-reading begins with a character the re-reading wrote; that character is the
writer's text and is converted, the rest stays as read.

The line is the traditional story of the 2017 founding of the Academy of Military Science
and the National Defence University, with the damage of the glossed copy the round-44
variant moji-utf8-read-as-gbk-stretch-inside-glossed-city-paper-copy was observed on
(http://m.kys-environmental.com/xw/ndxw/2022/0623/223348.shtml): a stretch of its UTF-8
bytes read back as GBK (牎闀烽劖鍜 for 校長鄭和 with its first and last bytes lost), a
pair that did not decode left as U+FFFD, a copy farm's emoji glued in.
"""

from __future__ import annotations

from newsclean import clean

LINE = (
    "  習近平將軍旗鄭重授予軍事科學院院長楊學軍、政治委員方向，國防大學牎闀烽劖鍜😃⚔👄\ufffd、"
    "政治委員吳傑明，國防科技大學校長鄧小剛、政治委員劉念光，他們從習近平手中接過軍旗。"
)


def _page(body: str) -> str:
    return f"軍事科學院國防大學成立\n\n{body}\n\n  全場官兵向軍旗敬禮。\n"


def test_a_character_the_rereading_wrote_is_converted() -> None:
    body = "\n".join(clean(_page(LINE)).body)
    assert "长郑\ufffd" in body  # 長鄭 repaired, 鄭 converted with its line (main kept 鄭)
    assert "鄭" not in body
    again = "\n".join(clean(_page("  " + body)).body)  # a second cleaning agrees
    assert again == body


def test_the_bytes_as_read_stay_as_read() -> None:
    # the stretch's own misread characters (the lost byte's neighbours) are not converted:
    # the 牎 before the repair is not the writer's, and stays as it came
    body = "\n".join(clean(_page(LINE)).body)
    assert "牎长" in body

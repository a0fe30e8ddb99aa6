"""GB18030 or Big5 (``codec_choice``): the reading the character model prefers, when the
detector named the other two-byte codec; the detector's choice stands otherwise."""

from __future__ import annotations

from newsclean.decode import decode_bytes
from newsclean.filters.codec_choice import likelier_codec

# Invented paragraphs, not from any evaluation page.
TRADITIONAL = (
    "颱風過境後，漁民們清晨便回到碼頭檢查船隻，幾艘停靠在外港的漁船受損嚴重。\n"
    "漁會理事長說，今年的補助申請將比往年提早一個月開放，希望大家能儘快恢復出海作業。\n"
)
SIMPLIFIED = (
    "市交通委员会昨天通报，今年夏季全市公交线路将调整三十余条。\n"
    "新开通的快速线连接东部新城和老城区，早晚高峰的发车间隔缩短到五分钟。\n"
)


def test_big5_read_as_gb18030_is_read_as_big5() -> None:
    data = TRADITIONAL.encode("big5")
    assert data.decode("gb18030") != TRADITIONAL  # decodes strictly, and wrongly
    assert likelier_codec(data, "gb18030") == "big5hkscs"
    assert decode_bytes(data).text == TRADITIONAL


def test_gbk_page_stays_gb18030() -> None:
    data = SIMPLIFIED.encode("gbk")
    assert likelier_codec(data, "gb18030") == "gb18030"
    assert decode_bytes(data).text == SIMPLIFIED


def test_traditional_text_in_gbk_stays_gb18030() -> None:
    data = TRADITIONAL.encode("gbk")  # a traditional mirror serving GBK
    assert likelier_codec(data, "gb18030") == "gb18030"


def test_gbk_page_named_big5_is_read_as_gb18030_only_if_it_decodes_whole() -> None:
    data = SIMPLIFIED.encode("gbk")
    assert likelier_codec(data, "big5") == "gb18030"
    assert likelier_codec(data + b"\xff\xff", "big5") == "big5"  # no reading of the end


def test_other_codecs_are_left_to_the_detector() -> None:
    assert likelier_codec(SIMPLIFIED.encode("utf-16"), "utf_16") == "utf_16"
    assert likelier_codec(b"plain ascii text", "gb18030") == "gb18030"

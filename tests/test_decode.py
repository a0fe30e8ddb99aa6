"""Bytes to text: encodings Chinese pages come in, and the inputs that are not text."""

import codecs

import pytest

from newsclean.decode import decode_bytes
from newsclean.errors import InputError

PAGE = "湖北援藏企業西藏清匠電器科技有限公司的工人正在組裝制氧機。\n發展光伏風電等新能源產業。\n"


def test_utf8_is_taken_without_detection():
    decoded = decode_bytes(PAGE.encode("utf-8"))
    assert decoded.text == PAGE
    assert decoded.encoding == "utf-8"


def test_utf8_bom_is_removed():
    decoded = decode_bytes(codecs.BOM_UTF8 + PAGE.encode("utf-8"))
    assert decoded.text == PAGE
    assert decoded.encoding == "utf-8-sig"


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_chinese_legacy_encodings_are_recognised(encoding):
    decoded = decode_bytes(PAGE.encode(encoding))
    assert decoded.text == PAGE
    assert codecs.lookup(decoded.encoding).name == codecs.lookup(encoding).name


def test_simplified_gbk_page_is_recognised():
    text = "新华社北京电 记者王小明报道：今年以来，全国经济运行总体平稳。\n"
    assert decode_bytes(text.encode("gbk")).text == text


def test_utf16_with_bom():
    assert decode_bytes(PAGE.encode("utf-16")).text == PAGE


def test_forced_encoding_is_used():
    assert decode_bytes(PAGE.encode("big5"), "big5").text == PAGE


def test_forced_wrong_encoding_with_mostly_bad_bytes_is_an_error():
    with pytest.raises(InputError, match="not utf-8"):
        decode_bytes(PAGE.encode("big5"), "utf-8")


def test_unknown_encoding_is_an_error():
    with pytest.raises(InputError, match="unknown encoding"):
        decode_bytes(b"abc", "no-such-codec")


@pytest.mark.parametrize("data", [b"", b"   \n\n\t"])
def test_empty_input_is_an_error(data):
    with pytest.raises(InputError, match="empty"):
        decode_bytes(data)


def test_binary_input_is_an_error():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(bytes(range(256)) * 10)


def test_stray_undecodable_bytes_become_replacement_characters():
    data = PAGE.encode("gb18030") + b"\xff" + PAGE.encode("gb18030")
    decoded = decode_bytes(data)
    assert decoded.text.startswith(PAGE.rstrip("\n"))
    assert decoded.replaced >= 1

"""OpenCC through the official binding, once per process."""

import pytest

from newsclean.filters.convert import CONFIGS, convert_lines, converter


def test_t2s_converts_and_keeps_regional_words():
    assert convert_lines(["發展", "網路"], "t2s") == ["发展", "网路"]


def test_tw2sp_converts_taiwan_phrases():
    assert convert_lines(["網路"], "tw2sp") == ["网络"]


def test_none_leaves_text_alone():
    assert convert_lines(["發展"], "none") == ["發展"]


def test_converter_is_built_once_per_config():
    assert converter("t2s") is converter("t2s")


def test_every_config_loads():
    for config in CONFIGS:
        assert converter(config).convert("漢字") in {"汉字", "漢字"}


def test_unknown_config_is_refused():
    with pytest.raises(ValueError, match="unknown conversion"):
        converter("s2x")


def test_full_width_punctuation_is_never_narrowed():
    line = "（责编：于超）“雅江1号”，智算中心；"
    assert convert_lines([line], "t2s") == [line]


def test_conversion_reaches_a_fixed_point():
    # t2s maps 薴 to 苧 and 苧 to 苎: one pass would leave a character a second pass changes.
    once = converter("t2s").convert("薴")
    assert converter("t2s").convert(once) != once
    (converted,) = convert_lines(["薴"], "t2s")
    assert convert_lines([converted], "t2s") == [converted]

"""OpenCC through the official binding: one pass, OpenCC's own answers, stable output."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import opencc
import pytest

from newsclean import clean
from newsclean.data import data_lines
from newsclean.filters.convert import (
    CONFIGS,
    OPENCC_CONFIGS,
    chains,
    convert_lines,
    convert_text,
    converter,
)
from newsclean.filters.slip_script import simplified_only

CASES_FILE = Path(__file__).parent / "data" / "opencc" / "testcases.json"


@cache
def opencc_cases() -> list[tuple[str, str, str, str]]:
    """(id, config, input, expected) for every to-simplified entry of OpenCC's test file."""
    text = CASES_FILE.read_text(encoding="utf-8")
    data = json.loads(re.sub(r",(\s*[}\]])", r"\1", text))  # OpenCC's file has a trailing comma
    return [
        (case["id"], config, case["input"], expected)
        for case in data["cases"]
        for config, expected in case["expected"].items()
        if config in OPENCC_CONFIGS
    ]


def test_the_opencc_cases_cover_every_to_simplified_configuration():
    assert {config for _, config, _, _ in opencc_cases()} == set(OPENCC_CONFIGS)
    assert len(opencc_cases()) > 100


@pytest.mark.parametrize(
    ("case_id", "config", "text", "expected"), opencc_cases(), ids=lambda v: str(v)[:40]
)
def test_newsclean_gives_opencc_answer(case_id, config, text, expected):
    assert convert_text(text, config) == expected
    assert convert_lines([text, text], config) == [expected, expected]


def test_issue_714_program_is_not_converted_twice():
    # tw2sp: 程式 -> 程序 in one pass; a second pass would make it 进程.
    assert convert_text("寫一個解算器程式來解決方程式", "tw2sp") == "写一个解算器程序来解决方程式"


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
        if config != "auto":
            assert converter(config).convert("漢字") in {"汉字", "漢字"}


def test_unknown_config_is_refused():
    with pytest.raises(ValueError, match="unknown conversion"):
        converter("s2x")


def test_full_width_punctuation_is_never_narrowed():
    line = "（责编：于超）“雅江1号”，智算中心；"
    assert convert_lines([line], "t2s") == [line]


def test_a_chain_in_the_tables_reaches_its_fixed_point():
    # t2s maps 薴 to 苧 and 苧 to 苎: 苧 is no simplified character, so it is taken on.
    once = converter("t2s").convert("薴")
    assert once == "苧" and converter("t2s").convert(once) == "苎"
    assert convert_text("薴", "t2s") == "苎"
    assert convert_text(convert_text("薴", "t2s"), "t2s") == "苎"


def test_a_chain_ending_in_a_simplified_character_is_left_as_opencc_gives_it():
    # tw2s leaves 么 (a simplified character) where a second pass would write 幺: 什么 stays.
    assert "么" not in chains("tw2s")
    assert convert_text("什麼", "tw2s") == "什么"


def test_the_chain_table_still_matches_the_installed_opencc():
    for config, once, final in data_lines("opencc_chains.txt"):
        convert = opencc.OpenCC(config).convert
        assert convert(once) != once, (config, once)
        value = once
        for _ in range(5):
            value = convert(value)
        assert value == final, (config, once)


def test_the_simplified_only_table_still_matches_the_installed_opencc():
    """data/simplified_only.txt stands in for asking OpenCC's s2t at run time; a new
    OpenCC that converts other characters must regenerate it (tools/build_opencc_tables.py)."""
    import importlib.util

    tool = Path(__file__).resolve().parent.parent / "tools" / "build_opencc_tables.py"
    spec = importlib.util.spec_from_file_location("build_opencc_tables", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = {fields[0]: fields[1:] for fields in data_lines("traditional_written.txt")}
    assert frozenset(module.simplified_only()) - written.keys() == simplified_only()
    # what the table is for: 创 and 这 only the simplified script writes, 發 and 的 are not
    assert {"创", "这"} <= simplified_only() and not {"發", "的"} & simplified_only()


def test_forms_a_traditional_standard_writes_are_no_simplified_only_forms():
    """data/traditional_written.txt: each character s2t changes alone that a traditional
    standard writes all the same (Taiwan's 床, Hong Kong's 台, 里 in 公里), with the word
    that shows it; none is read as a simplified-only form (round 43, second wave)."""
    written = {fields[0]: fields[1:] for fields in data_lines("traditional_written.txt")}
    for char, (config, word) in written.items():
        assert char in opencc.OpenCC(config).convert(word), (char, config, word)
    assert {"床", "台", "里", "峰"} <= written.keys()
    assert not written.keys() & simplified_only() and "较" in simplified_only()


def test_cleaning_converted_text_again_changes_nothing():
    page = "標題：薴麻產業發展\n\n  寫一個解算器程式來解決方程式，著名的產業發展很快。\n"
    once = clean(page)
    text = "\n\n".join([once.title or "", *once.body])
    twice = clean(text)
    assert (twice.title, twice.body) == (once.title, once.body)


@pytest.mark.parametrize("page", ["丬亗仐\n么麼", "他說旋乾轉坤，幺麼小丑。", "記者陳志昇報導"])
def test_cleaning_its_own_output_again_changes_nothing(page: str) -> None:
    """OpenCC keeps a few characters inside phrases of its output (旋乾转坤, 幺麽, 陈志昇)
    that it converts alone; a second cleaning sees a simplified page and leaves them
    (data/opencc_kept.txt), where a second OpenCC pass would write 旋干转坤, 幺么."""
    from newsclean import clean
    from newsclean.render import render

    once = clean(page)
    again = clean(render(once, "text"))
    assert (again.title, again.body) == (once.title, once.body)


def test_lines_converted_from_memory_are_converted_alike() -> None:
    from newsclean.filters.convert import convert_lines, convert_text

    lines = ["這個軟體裡的資訊很多", "旋乾轉坤", "薴麻", "這個軟體裡的資訊很多", "軟體"]
    for _ in range(2):  # the second time from the cross-page memo
        for config in ("t2s", "tw2s", "hk2s", "tw2sp"):
            assert convert_lines(lines, config) == [convert_text(x, config) for x in lines]


def test_plain_lines_are_opencc_alone_from_memory_too() -> None:
    from newsclean.filters.convert import convert_lines, converter

    lines = ["薴麻", "這個軟體", "薴麻", ""]
    for _ in range(2):
        plain = convert_lines(lines, "t2s", plain=True)
        assert plain == [converter("t2s").convert(x) for x in lines]
    assert convert_lines(lines, "t2s")[0] == "苎麻" != plain[0]  # the chain only without plain


def test_kept_characters_are_converted_outside_opencc_phrases() -> None:
    """On a simplified page, 於 is OpenCC's own output only inside one of its phrases
    (於菟, names like 於世成): a Malaysian simplified page writing 并於本月21日 gets 于;
    乾 stays in 乾坤 and 旋乾转坤 and goes to 干 in 晒乾 outside them."""
    from newsclean.filters.convert import convert_text, keep_own_output

    def simplified_page(text: str) -> str:
        return keep_own_output(text, convert_text(text, "t2s"), "t2s")

    assert simplified_page("奖与铜奖,并於本月21日获颁") == "奖与铜奖,并于本月21日获颁"
    assert simplified_page("旋乾转坤，扭转乾坤") == "旋乾转坤，扭转乾坤"
    assert simplified_page("於世成说") == "於世成说"
    assert simplified_page("乾元年间") == "乾元年间"
    assert simplified_page("把衣服晒乾") == "把衣服晒干"


def test_kept_phrase_table_matches_installed_opencc() -> None:
    """data/opencc_kept_phrases.txt holds OpenCC's own output: each phrase is a fixed point
    of its configuration as written (converting it changes it only at kept characters)."""
    from newsclean.data import data_lines
    from newsclean.filters.convert import converter, kept_in_phrases

    rows = list(data_lines("opencc_kept_phrases.txt"))
    assert {name for name, _ in rows} == {"t2s", "tw2s", "hk2s"}
    for name, phrase in rows:
        kept = kept_in_phrases(name)
        assert not kept.isdisjoint(phrase)
        again = converter(name).convert(phrase)
        assert all(a == b or b in kept for a, b in zip(again, phrase, strict=False)), phrase

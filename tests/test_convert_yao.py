"""A converter's 幺 for 麼 (convert_yao): made 么 after a head on a page that prints a
proof pair (什幺, 怎幺, 甚幺); the words 幺 makes stay, and OpenCC's own answers too."""

from pathlib import Path

import pytest

from newsclean import clean
from newsclean.data import data_kinds
from newsclean.filters.convert import convert_text
from newsclean.filters.convert_yao import yao_repaired

#: Real lines printed by such converters (stored text outside the eval; the round-23 row
#: is http://www.sblive7.com/CYSH/261031.html, a converted TechNews column).
REAL_DAMAGE = [
    # an Android notes page (stored Markdown): 为什幺要使用 JSON格式来传输数据。
    ("为什幺要使用 JSON格式来传输数据。", "为什么要使用 JSON格式来传输数据。"),
    # a NoSQL primer (stored Markdown)
    ("为什幺使用NoSQL :", "为什么使用NoSQL :"),
    # a networking course's notes (stored Markdown)
    ("交换机是否包含 IP 地址？为什幺？", "交换机是否包含 IP 地址？为什么？"),
    # the round-23 row's two lines, on one page
    ("真的这幺讨厌 CISC 指令集", "真的这么讨厌 CISC 指令集"),
]


@pytest.mark.parametrize(("damaged", "repaired"), REAL_DAMAGE)
def test_the_converters_yao_is_me_on_a_page_that_proves_it(damaged: str, repaired: str):
    page = [damaged, "为什幺要换?"]  # the page prints a proof pair
    assert yao_repaired(page)[0] == repaired


#: Real lines with 幺 as a word of its own, or after 么 (stored text outside the eval).
REAL_WORDS = [
    "今天真的是暴雨，气候控制系统又出什么幺蛾子了？",  # a voice assistant's test line
    "万一又出什么幺蛾子连不上了。",  # a Heroku how-to
    "家里的老幺今年考上了大学",
    "幺麽小丑",  # OpenCC's own test phrase
]


@pytest.mark.parametrize("line", REAL_WORDS)
def test_a_word_of_yao_stays_even_on_a_damaged_page(line: str):
    assert yao_repaired([line, "为什幺要换?"])[0] == line


def test_a_page_without_a_proof_keeps_every_yao():
    # 这幺妹 alone: this youngest sister, no damage shown
    assert yao_repaired(["这幺妹很聪明", "那幺儿也不差"]) == ["这幺妹很聪明", "那幺儿也不差"]
    # and on a damaged page the word 幺妹 after a head stays too
    assert yao_repaired(["这幺妹很聪明", "为什幺？"]) == ["这幺妹很聪明", "为什么？"]


def test_the_repair_runs_in_the_pipeline_with_its_evidence():
    page = "为什幺要换CPU\n\n真的这幺讨厌 CISC 指令集吗？这是一段很长的正文内容，说明了很多事情。\n"
    document = clean(page)
    assert document.title == "为什么要换CPU"
    assert document.body == ["真的这么讨厌 CISC 指令集吗？这是一段很长的正文内容，说明了很多事情。"]
    assert any(e.action == "yao" for line in document.lines for e in line.evidence)
    # --convert none keeps the script and the page as written
    assert clean(page, convert="none").title == "为什幺要换CPU"


def test_opencc_answers_hold_no_proof_pair():
    # OpenCC's own case (BYVoid/OpenCC issue 1469): its tw2s output is kept as it is
    cases = Path(__file__).parent / "data" / "opencc" / "testcases.json"
    text = cases.read_text(encoding="utf-8")
    assert "什幺" not in text and "怎幺" not in text and "甚幺" not in text
    line = "什么 怎么 这么 那么 多么 要么 好么 甚么 這么 老么"
    out = convert_text(line, "tw2s")
    assert out == "什么 怎么 这么 那么 多么 要么 好么 甚么 这么 老幺"
    assert yao_repaired([out]) == [out]
    document = clean("标题\n\n" + line + "\n", convert="tw2s")
    assert document.body == [out]


def test_the_words_are_one_pair_or_one_character_each():
    kinds = data_kinds("convert_yao.txt")
    assert all(len(w) == 2 and w.endswith("幺") for w in kinds["proof"])
    assert all(len(w) == 1 for w in kinds["head"])
    assert all(w.startswith("幺") and len(w) >= 2 for w in kinds["word"])
    # a proof pair's first character is a head: the repair reaches every proof
    assert {w[0] for w in kinds["proof"]} <= set(kinds["head"])

"""The pair a slip splits at its right edge (newsclean.filters.mojibake_split), on real
sentences written here, garbled the way a transcoder garbles them."""

from __future__ import annotations

import pytest
from linear import assert_linear

from newsclean.filters.mojibake import find_mojibake
from newsclean.filters.mojibake_split import cut_trail, lone_trails, split_character


def _lone_trail(text: str, at: int) -> str:
    """``text`` with the character before ``at`` and the lead byte of ``text[at]`` each
    printed as "?" and its ASCII trail byte read alone (GBK)."""
    trail = text[at].encode("gbk")[1]
    assert trail < 0x80
    return text[: at - 1] + "??" + chr(trail) + text[at + 1 :]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("研究組進行現場實地指導。縣委常委、宣傳部部長參加調研。", 12),  # 縣 BF 68: ??h
        ("衛星準確進入預定軌道。這是中國航天發射迎來的勝利。", 11),  # 這 DF 40: ??@
        ("施政報告將於下月公布。繼上週六在荃灣舉行諮詢會後，再辦一場。", 11),  # 繼 C0 5E: ??^
        ("報道指出，該公司的產品已植入相關網站。縱觀這些鏈接，可見一斑。", 19),  # 縱 BF 76: ??v
    ],
)
def test_a_lone_trail_byte_after_its_marks_is_flagged(text: str, at: int) -> None:
    garbled = _lone_trail(text, at)
    found = find_mojibake(garbled)
    assert [garbled[s.start : s.end] for s in found.spans] == [garbled[at - 1 : at + 2]]


@pytest.mark.parametrize(
    "line",
    [
        "為什麼?A股今天又大跌了，投資人都在問。",  # a writer's question, a letter's word
        "你怎麼看?B超檢查的結果出來了嗎？",
        "數字生活真的來了嗎?e時代的新聞怎麼讀",  # a question particle closes it (round 37)
        "你知道這是什麼?x光片上看得一清二楚",  # an interrogative asks
        "新聞|體育|財經?_首頁",
        "總投資4500萬元的項目建設完成。",
    ],
)
def test_a_writers_question_before_a_letter_word_stays(line: str) -> None:
    assert lone_trails(line) == []
    assert find_mojibake(line).spans == ()


def test_the_trail_byte_alone_does_not_name_its_character() -> None:
    # 縣委 and 黨委 both end in 委: the trail byte 0x68 with only the character after it
    # cannot choose, so the stretch is flagged and left as it is.
    assert split_character(0x68, lead=False, before="", after="委") is None
    garbled = _lone_trail("研究組進行現場實地指導。縣委常委參加調研。", 12)
    assert find_mojibake(garbled).text == garbled


def test_a_known_lead_byte_is_named_between_its_neighbours() -> None:
    # 生 is C9 FA: its trail FA does not decode with 效's lead D0, 身's ED would.
    assert split_character(0xC9, lead=True, before="起", after="效", encodings=("gbk",))[0] == "生"


def test_a_slip_ending_in_a_mark_gets_its_split_character_back() -> None:
    text = "委任行政會委員擔任發言人，自2025年1月8日起生效。"
    at = text.index("日")
    raw = text[at : at + 3].encode("gbk")  # 日起生, its first byte lost by the mirror
    garbled = text[:at] + raw[1:].decode("gbk", errors="replace").replace("\ufffd", "?")
    garbled += text[at + 3 :]
    assert "掌鹕?效" in garbled
    assert find_mojibake(garbled).text == text[:at] + "?起生" + text[at + 3 :]


def test_a_mark_before_a_gloss_is_left_to_the_gloss() -> None:
    # 狗仔集團 with 集's trail lost before a mirror's gloss: 仔 alone would name 細.
    text = "他們懷疑背後有狗仔集(jí)團在監看"
    at = text.index("懷")
    raw = text[at : text.index("(")].encode("gbk")
    garbled = text[:at] + raw[1:].decode("gbk", errors="replace").replace("\ufffd", "?")
    garbled += text[text.index("(") :]
    repaired = find_mojibake(garbled).text
    assert "纷屑?(jí)團" in garbled  # 仔集 read one byte on, 集's trail lost
    assert "細" not in repaired and "仔?(" in repaired


def test_a_line_of_lone_trails_and_of_marks_is_read_in_linear_time() -> None:
    # Every fourth character a lone trail after its mark (2,500,000 on a 10 MB line: 22 s
    # measured, linear), and a run of marks that ends in one trail counted back once.
    assert_linear(lambda n: "中?a文" * n, lone_trails, 20_000)
    assert_linear(lambda n: "?" * n + "a文", lone_trails, 200_000)
    assert len(lone_trails("中?a文" * 1_000)) == 1_000


# Round 36: a line cut at a byte offset, its first lead byte lost.  Lines written here in
# the way Taiwan and mainland news print them; the first byte of each dropped in Big5.
CUT_LINES = (
    "大陸首善陳光標在台灣高調發紅包，根據最新民調有5成民眾支持。",
    "大陸委員會今天表示，兩岸交流應在對等尊嚴的基礎上進行。",
    "經濟部今天公布上月的外銷訂單，金額創下同期新高。",
    "這翻激烈言論接連被讀者投書批評，他隔天在節目上道歉。",
    "台積電及台灣的供應鏈廠商今年都將擴大投資。",
    "從去年開始，政府就陸續推出多項補助措施。",
)


@pytest.mark.parametrize("text", CUT_LINES)
def test_a_cut_line_start_is_never_named_wrongly(text: str) -> None:
    cut = text.encode("big5")[1:].decode("big5", errors="replace")
    assert cut[0].islower() and cut[1:] == text[1:]  # the lost character's trail byte alone
    found = cut_trail(cut)
    if found is not None:  # named: it is the character the cut lost
        assert found == (0, 1, text[0])
        assert find_mojibake(cut).text == text
    else:  # a letter the model cannot name stays as written
        assert find_mojibake(cut).text == cut


def test_a_cut_line_start_is_named_when_the_word_after_says_so() -> None:
    cut = CUT_LINES[0].encode("big5")[1:].decode("big5")
    assert cut.startswith("j陸首善")
    assert cut_trail(cut) == (0, 1, "大")
    assert cut_trail("\u3000\u3000" + cut) == (2, 3, "大")


@pytest.mark.parametrize(
    "line",
    [
        "a股市场今天全线上涨。",
        "e时代的读书人也离不开纸。",
        "k线图显示短期仍有压力。",
        "x光片显示骨折已愈合。",
    ],
)
def test_a_writers_letter_word_opening_a_line_is_no_cut(line: str) -> None:
    assert cut_trail(line) is None
    assert find_mojibake(line).spans == ()

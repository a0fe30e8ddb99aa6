"""Round 14: byline layouts read by composition: a date of any composed form beside the
pieces (an empty field's dash, an outlet's posting account), a posting label's lead (the
poster), and a board header whose labels are glued to their values
(``byline_header.py``); and the lines that must stay prose."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.byline_header import glued_header
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # a date (ctime, Japanese weekday, spaced 年 月) then the source and an empty field
        (
            "Sun Sep  9 14:03:00 2012  厦门晚报   -",
            {"published_at": "2012-09-09T14:03:00+08:00", "source": "厦门晚报"},
        ),
        (
            "2019-11-19 08:43  中国新闻网   - ",
            {"published_at": "2019-11-19T08:43:00+08:00", "source": "中国新闻网"},
        ),
        ("2025年08月28日(木)  有線新聞   -", {"published_at": "2025-08-28", "source": "有線新聞"}),
        ("2002年03月19日(火)", {"published_at": "2002-03-19"}),
        # the outlet, the account that posted it, the date
        ("国际日报 南洋报童 2022-11-20", {"published_at": "2022-11-20", "source": "国际日报"}),
        ("新華社 巴釐之窗 Fri Sep 20 2019", {"published_at": "2019-09-20", "source": "新華社"}),
        (
            "香港電臺 巴釐之窗 2025年 10月 24日",
            {"published_at": "2025-10-24", "source": "香港電臺"},
        ),
        # a poster before a posting label, in brackets with counters
        (
            "杨文凯 (发表日期:2013-06-27 12:56:23 阅读人次:1003 回复数:0)",
            {"published_at": "2013-06-27T12:56:23+08:00", "author": "杨文凯"},
        ),
        (
            "海涵 (發表日期:Sat Feb  3 00:20:17 2024 閱讀人次:1003 回覆數:0)",
            {"published_at": "2024-02-03T00:20:17+08:00", "author": "海涵"},
        ),
        (
            "日期: 2025年05月28日(水)08時21分 評分: 1.00/3",
            {"published_at": "2025-05-28T08:21:00+08:00"},
        ),
        # a board header, labels glued
        ("時間Thu Jan 12 15:48:00 2012", {"published_at": "2012-01-12T15:48:00+08:00"}),
        ("时间2025年12月16日(火)", {"published_at": "2025-12-16"}),
        ("作者詹遙", {"author": "詹遙"}),
        ("作者fatsuko (fa)", {}),
        ("看板ChiLing", {}),
    ],
)
def test_composed_byline_layouts(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        "他于2015年10月16日(金)抵达东京,随即召开记者会。",  # a date in a sentence
        "2025年10月16日至10月20日",  # a range: no source piece, no byline pieces
        "上一篇 回创作列表 下一篇   字体:",  # names in a row without a date: no account
        "北京 上海 广州 2017-07-19",  # three names: one account after the source at most
        "巴西3:1战胜德国 2014年7月8日",  # a score in a sports line
        "时间过得真快",  # a label word opening prose
        "作者认为这是好事",
        "时间2025年有所调整",  # a date the line goes on after
        "日期2025-01-01起施行新规",
        "看板上写着欢迎光临",
    ],
)
def test_prose_stays_prose(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is None or not parsed.fields.get("source"), parsed
    if line != "2025年10月16日至10月20日":
        assert parsed is None


def test_board_header_alone_is_no_header() -> None:
    assert glued_header("作者") is None
    assert glued_header("Mon Dec 20 13:43:26 2010") is None


def test_a_clean_page_with_a_weekday_byline_is_unchanged() -> None:
    """A clean page's byline in a composed form is read, so its body stays the article."""
    paragraph = "中国网讯 11月19日,山西兴县召开融媒体中心建设推进会,宣布组建兴县融媒体中心。"
    page = (
        "构建媒体传播新格局山西兴县成立融媒体中心\n\n2020年11月21日(土)  中国网   -\n\n"
        f"{paragraph}\n\n会议决定,在县广播电视台的基础上组建融媒体中心。\n"
    )
    doc = clean(page)
    assert doc.published_at == "2020-11-21"
    assert doc.source == "中国网"
    assert doc.body[0] == paragraph


def test_numbered_labels_with_the_value_on_the_next_line() -> None:
    paragraph = "【文汇网讯】据中新社8月22日报道,21日晚的深圳宝安体育场迎来一个狂欢之夜。"
    page = (
        "大运中国女足力克日本队 18年后再度夺冠\n\n1.媒体来源:\n\n文汇网\n\n2.记者署名:\n\n"
        "郑年凯\n\n" + paragraph + "\n\n中日足球可谓冤家路窄,大运赛场上同样如此。\n"
    )
    doc = clean(page, convert="none")
    assert (doc.source, doc.author) == ("文汇网", "郑年凯")
    assert doc.body[0] == paragraph


def test_a_bare_label_over_a_paragraph_leaves_the_paragraph() -> None:
    """No name printed under 记者署名: the article's first paragraph stays the body."""
    paragraph = "中国女足当晚以2比1力克日本队,时隔18年后再度捧起大运女足冠军奖杯。"
    page = f"大运中国女足夺冠\n\n2.记者署名:\n\n{paragraph}\n\n第二段正文内容在这里。\n"
    doc = clean(page, convert="none")
    assert doc.author is None
    assert doc.body[0] == paragraph


@pytest.mark.parametrize(
    ("line", "labels"),
    [("1.媒体来源:", ["媒体来源"]), ("2.記者署名:", ["記者署名"]), ("作者署名：", ["作者署名"])],
)
def test_numbered_and_signature_labels(line: str, labels: list[str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.labels == labels and parsed.fields == {}


def test_a_number_before_prose_is_no_label_lead() -> None:
    assert parse_metadata("1.媒体来源广泛,报道内容丰富。") is None


# Round 17: a reporter's credit after a time value's date, a gap between, is the row's next
# field (byline.py ``_store_row_credit``); a dateline spaced from its place after a slash
# is no name (byline_clean.TRAILING_DATELINE).  Forms invented here.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "发布日期：2021-05-06  更新日期：2021-05-07   联合早报记者 林方 / 新山 报道",
            {"published_at": "2021-05-06", "outlet": "联合早报", "author": "林方"},
        ),
        (
            "刊出时间: 2019/03/02 08:15   星洲日报记者",
            {"published_at": "2019-03-02T08:15:00+08:00", "outlet": "星洲日报"},
        ),
        ("記者 何美玲 / 高雄市 報導", {"author": "何美玲"}),
    ],
)
def test_a_reporter_credit_after_the_date_in_a_row(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # no gap-parted reporter line after the date: nothing is added
        ("时间：2020-01-02 10:00  记者会在北京举行", {"published_at": "2020-01-02T10:00:00+08:00"}),
        # without a slash the spaced characters before 报道 are the name's own
        ("记者 张大年 报道", {"author": "张大年"}),
    ],
)
def test_what_a_row_credit_does_not_read(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


# Round 17: a page converted with OpenCC's Taiwan phrases (s2twp) prints the labels in
# Taiwan's phrasing (发布 as 釋出), and converted back character by character as 释出: the
# same labels (tools/traditional_variants.py, PHRASE_CONFIGS).  Invented lines.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("釋出時間：2019-05-06 08:00", {"published_at": "2019-05-06T08:00:00+08:00"}),
        ("释出单位: 台中市政府   釋出日期: 2019/05/06", {"published_at": "2019-05-06"}),
        ("點選數: 35  釋出者: 王大同  傳送時間: 2021-01-02", {"published_at": "2021-01-02"}),
    ],
)
def test_labels_in_taiwan_phrasing(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None
    assert {key: parsed.fields[key] for key in fields} == fields


def test_a_release_in_prose_stays_prose():
    assert parse_metadata("政府今天釋出一批土地,釋出時間將在明年公布。") is None


# Round 17: under a source label, an outlet's account (the outlet, the account in quotes,
# the platform) is the source (byline_pending.labelled_source).  Invented forms.
def test_an_outlets_account_under_a_source_label() -> None:
    paragraph = "本报讯 昨日,市教育局公布了今年秋季学期的开学安排,全市中小学将分批返校。"
    page = (
        "全市中小学秋季分批开学\n\n1.媒体来源:\n\n广州日报「新花城」客户端\n\n"
        + paragraph
        + "\n\n返校前,各校须完成校园消毒和师生健康排查。\n"
    )
    doc = clean(page, convert="none")
    assert doc.source == "广州日报「新花城」客户端"
    assert doc.body[0] == paragraph


def test_a_quoted_name_after_no_outlet_is_no_source() -> None:
    heading = "张三“李四”活动"
    paragraph = "活动当天,市民踊跃参加,现场气氛热烈,主办方表示明年还将继续举办。"
    page = (
        f"社区举办读书活动\n\n1.媒体来源:\n\n{heading}\n\n{paragraph}\n\n第二段正文内容在这里。\n"
    )
    doc = clean(page, convert="none")
    assert doc.source is None
    assert heading in doc.body + doc.headings

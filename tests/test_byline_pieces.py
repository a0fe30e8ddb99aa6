"""Byline pieces composed as pages print them: a periodical's issue beside the
date and the outlet, a year-last date whose two fields are equal, page counters after
bars; and the lines that must stay prose or no date."""

from __future__ import annotations

import pytest
from linear import assert_linear

from newsclean.filters.byline_pieces import parse_pieces, without_counter
from newsclean.filters.dates import parse_date
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # a copy site's row: its address, the date, the magazine, the issue
        (
            "http://www.100md.com 2019年9月20日 星期五 《新华社》 2006年第4期",
            {"site": "www.100md.com", "source": "新华社", "published_at": "2019-09-20"},
        ),
        # invented: an issue with 总第 and a volume, in another order
        ("《人民日报》 2011-03-02 总第345期", {"source": "人民日报", "published_at": "2011-03-02"}),
        ("2021年第3卷第2期 2021-02-01", {"published_at": "2021-02-01"}),
        # a Discuz portal's row: the date, then counters after bars
        ("2011-8-22| 查看: 161| 評論: 0", {"published_at": "2011-08-22"}),
        ("2022年8月27日 星期六| 查看: 161| 評論: 0", {"published_at": "2022-08-27"}),
        # invented: a writer, the date and three counters after full-width bars
        (
            "王小明 2019-03-02 ｜ 阅读 12 ｜ 点赞 3 ｜ 收藏 1",
            {"author": "王小明", "published_at": "2019-03-02"},
        ),
    ],
)
def test_byline_pieces_with_an_issue_or_counters(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert {k: v for k, v in parsed.fields.items() if k in fields} == fields


@pytest.mark.parametrize(
    "line",
    [
        "第4期 张三说",  # an issue before prose: no byline
        "我们一起查看: 3",  # a verb glued before a number, no bar
        "2019年第4期的节目里,张三说了这件事。",  # a sentence naming an issue
    ],
)
def test_issue_and_counter_words_in_prose_stay(line: str) -> None:
    assert parse_metadata(line) is None


def test_a_counter_needs_a_space_or_a_bar() -> None:
    assert without_counter("请点击查看 5") == "请点击查看 5"
    assert without_counter("比分| 查看: 161") == "比分"


@pytest.mark.parametrize(
    ("text", "iso"),
    [("5/5/2023", "2023-05-05"), ("08/08/2008 开幕", "2008-08-08"), ("12/12/2012", "2012-12-12")],
)
def test_a_year_last_date_with_equal_fields_is_one_day(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["8/12/2020", "05/04/2017", "3/4/2017"])
def test_a_year_last_date_with_unequal_small_fields_is_no_date(text: str) -> None:
    assert parse_date(text) is None


def test_counter_rows_are_linear_on_hostile_text() -> None:
    for unit in ("| 查看: 1", "|查看:", "| "):
        assert_linear(lambda n, unit=unit: unit * n, without_counter, 20_000, label=unit)


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("資料更新時間:2012-4-1 15:41", {"published_at": "2012-04-01T15:41:00+08:00"}),
        ("网页更新时间:2020-05-06", {"published_at": "2020-05-06"}),  # invented
        # an issuing body or a person glued before the label stays the lead's
        ("行政院發布時間:2025/10/24", {"published_at": "2025-10-24", "source": "行政院"}),
        ("张三发布时间:2025/10/24", {"published_at": "2025-10-24", "author": "张三"}),
    ],
)
def test_what_a_glued_time_label_dates_is_no_source(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # Round 24: a citation of the print issue, its date not printed (the tuned row
        # by-url-date-journal-issue, http://100md.com/html/paper/1671-2536/2006/04/37.htm,
        # with its date left out as on page 029),
        (
            "http://www.100md.com  《世界日报》 2006年第4期",
            {"site": "www.100md.com", "source": "世界日报"},
        ),
        # the publication and its issue alone (invented).
        ("《星洲日报》 2006年第4期", {"source": "星洲日报"}),
    ],
)
def test_publication_and_its_issue_cite_the_copy(line: str, fields: dict[str, str]) -> None:
    parsed = parse_pieces(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        "世界日报 2006年第4期",  # no title marks: a contents line, not a citation
        "《人民的名义》 2017年第3期",  # a book's title is no publication
        "2006年第4期",  # the issue alone
    ],
)
def test_issue_without_its_publication_is_no_byline(line: str) -> None:
    assert parse_pieces(line) is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # 烟台晚报's e-paper (eval round 27): the date, the page and its section
        ("08/28/2025 第A15版:煙臺街", "2025-08-28"),
        ("2025-08-28 第A15版：烟台街", "2025-08-28"),
        ("2012年01月12日 第5版", "2012-01-12"),
    ],
)
def test_a_papers_page_beside_the_date_is_read_not_stored(line: str, published: str) -> None:
    found = parse_metadata(line)
    assert found is not None and found.fields == {"published_at": published}


@pytest.mark.parametrize(
    "line",
    [
        "本报第3版刊登了此文",  # a sentence naming a page
        "第A15版:煙臺街",  # a page alone dates nothing
        "01/12/2012 第A15版:煙臺街",  # no field above 12: the order is not the line's to tell
    ],
)
def test_a_page_without_a_readable_date_is_no_byline(line: str) -> None:
    found = parse_metadata(line)
    assert found is None or "published_at" not in found.fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # Round 28: a lunar date beside the date is the same day, no outlet (an OCR copy of
        # a Malaysian paper's head; a digest's head line, "2023年5月25日 星期三 农历四月初六")
        ("癸卯年十月初二 2012年4月1日 15:41", {"published_at": "2012-04-01T15:41:00+08:00"}),
        ("农历四月初六 2023年5月25日", {"published_at": "2023-05-25"}),
    ],
)
def test_a_lunar_date_is_no_source(line: str, fields: dict[str, str]) -> None:
    parsed = parse_pieces(line)
    assert parsed is not None and parsed.fields == fields


def test_an_outlet_beside_the_date_stays_the_source() -> None:
    parsed = parse_pieces("2019.09.07 16:28  新京报")
    assert parsed is not None and parsed.fields["source"] == "新京报"


# Round 32: a copy site's row (its address, the date, the outlet, the author's slot, the
# comment link).  An unsigned article's 佚名 names no one and 参加讨论 is the row's link.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # eval rows (newdu.com) and the same layout with the other outlets it carries
        (
            "http://www.newdu.com 2020-11-21 中国网 佚名 参加讨论",
            {"site": "www.newdu.com", "source": "中国网", "published_at": "2020-11-21"},
        ),
        (
            "http://www.newdu.com 2012年01月12日 華龍網-重慶晨報 佚名 參加討論",
            {"site": "www.newdu.com", "source": "華龍網-重慶晨報", "published_at": "2012-01-12"},
        ),
        (
            "http://www.newdu.com 2014-03-05 新华网马来西亚频道 匿名",
            {"site": "www.newdu.com", "source": "新华网马来西亚频道", "published_at": "2014-03-05"},
        ),
    ],
)
def test_an_unsigned_copy_row(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


def test_an_unsigned_word_under_a_label_names_no_one() -> None:
    # Round 41: 佚名 ("name unknown") under 作者: stands where a name would, naming no one
    # (the round-40 eval pages' rows, e.g. `21/11/2018 作者:佚名` over a `〔記者邱嘉琪/嘉義市
    # 報導〕` lead, whose reporter is the author).
    parsed = parse_metadata("作者:佚名")
    assert parsed is not None and parsed.fields == {}
    assert parse_metadata("作者:匿名 来源:新华网").fields == {"source": "新华网"}


# Round 32: a dated reporter row, the names after the role in a row are co-authors, the
# lone report word closes the credit; a place after a slash is the dateline's.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("记者 孙灿芬 报导  2014-08-19", {"author": "孙灿芬", "published_at": "2014-08-19"}),
        (
            "記者 梁婉琦 雷翠雲 報導  2020/08/12",
            {"author": "梁婉琦 雷翠雲", "published_at": "2020-08-12"},
        ),
        (
            "記者 何美玲 / 高雄市 報導 2020/08/12",
            {"author": "何美玲", "published_at": "2020-08-12"},
        ),
        # https://news.ltn.com.tw/news/life/breakingnews/5215419 (not in eval/): the
        # reporter glued to the role, the place after a slash
        (
            "2025/10/18 12:57 記者林曉雲／台北報導",
            {"author": "林曉雲", "published_at": "2025-10-18T12:57:00+08:00"},
        ),
    ],
)
def test_a_dated_reporter_row(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        # a lone report word with no reporter before it is no credit: not read as one
        "他的报导引起关注",
        # an undated credit stays the reporter line's (its outlet kept, round 5)
        "红网时刻新闻记者 陈奥男 任晔 何青 王诗颖 陈杰 长沙报道",
    ],
)
def test_report_word_near_misses(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is None or "source" not in parsed.fields or parsed.fields["source"] != "报导"
    if parsed is not None and "author" in parsed.fields:
        assert "长沙" not in parsed.fields["author"]


def test_an_outlets_staff_title_with_its_newsroom_names_no_one() -> None:
    """Round 34: 现代澳门日报全媒体记者 (nine characters before the role) is a role, no name."""
    parsed = parse_metadata("文/现代澳门日报全媒体记者")
    assert parsed is not None
    assert "author" not in parsed.fields


@pytest.mark.parametrize(
    "line",
    [
        # Round 35: a Malaysian paper's head, the date in Chinese numerals, a comma, the
        # weekday, then the channel's name after a gap
        "二零二二年三月二十一日,星期一    即时资讯",
        "二〇二二年三月二十一日",
        "2022年3月21日，星期一 即时资讯",
    ],
)
def test_a_date_in_han_numerals_or_with_a_comma_before_its_weekday_is_a_byline(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == {"published_at": "2022-03-21"}


def test_a_comma_and_a_weekday_inside_prose_stay_prose() -> None:
    assert parse_metadata("2022年3月21日,星期一上午,市民在公园晨练。") is None


# Round 37: a public body's name in title marks on a copy site's row is the source.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "http://www.100md.com 107/05/04 《新庄镇政府》",
            {"site": "www.100md.com", "source": "新庄镇政府", "published_at": "2018-05-04"},
        ),
        ("2006年7月9日 《外交部》", {"source": "外交部", "published_at": "2006-07-09"}),
    ],
)
def test_a_public_body_in_title_marks_is_the_source(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize("line", ["《人民的名义》2017-03-28", "《三国演义》 2006年7月9日"])
def test_a_book_title_beside_a_date_is_no_byline(line: str) -> None:
    assert parse_metadata(line) is None


# Round 39: a city's clock before the date is the date's zone, never the source.
@pytest.mark.parametrize(
    "line",
    ["悉尼时间 2023年5月12日 上午10:20", "温哥华时间 2023-05-12 10:20", "紐約時間 2023-05-12"],
)
def test_a_citys_clock_is_no_source(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and "source" not in parsed.fields
    assert parsed.fields["published_at"].startswith("2023-05-12")


def test_an_online_outlet_glued_to_its_date_is_the_source() -> None:
    # Round 44: 浙江在线's byline over its 中央气象台 story, the outlet glued to the date
    # (http://china.zjol.com.cn/05china/system/2007/06/24/008552339.shtml); 在线 ends the
    # names of news sites' web editions (data/outlet_endings.txt).
    parsed = parse_metadata("浙江在線2007-06-24")
    assert parsed is not None
    assert parsed.fields == {"source": "浙江在線", "published_at": "2007-06-24"}


def test_online_alone_or_a_brand_glued_to_a_date_is_no_source() -> None:
    # 在线 alone is the word a counter prints; a lottery brand glued to its date stays out.
    assert parse_metadata("在线2007-06-24") is None
    assert parse_metadata("赢彩王2023-01-31") is None
    # A keyword farm's header: a lottery app's client glued to a date (eval variant
    # spam-keyword-pipe-register-client-header): an app's name, no news site's.
    assert parse_metadata("彩神通客户端2023-01-31 16:05") is None

"""The quiet pieces of a record line (``filters/record_pieces.py``): icon marks, tags,
lunar dates, labelled counts, a file's properties, a paper head's permit and price, read
beside the story's date as no field; prose, a phone number, a score, a version or a price
sentence beside a date keeps its line in the body."""

import pytest
from linear import assert_linear

from newsclean import clean
from newsclean.filters.record_line import record_fields
from newsclean.filters.record_pieces import HANDLE, quiet_piece, without_counts

HEADLINE = "山城老街焕新颜 游客夜游热度攀升"
FIRST = (
    "本报重庆3月9日讯 入夜，十八梯传统风貌区灯火通明，来自各地的游客沿着石阶拾级而上，"
    "在老街巷里品尝小吃、拍照打卡。"
)
SECOND = "据景区管理方介绍，今年以来风貌区接待游客人数同比增长三成，夜间客流占比过半。"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # Real record lines from sites not in eval/ (source in the comment).
        # A coding blog's header comment, date, weekday and lunar date:
        # a Unity project's DebugTool header (found via the code corpus: "Create Time :
        # 2016年8月31日 星期三 农历七月廿九").
        ("2016年8月31日 星期三 农历七月廿九", {"published_at": "2016-08-31"}),
        # A calendar script's message with a bracketed zodiac: "2012年1月3日 星期二
        # 农历辛卯[兔]年十二月初十" (a Python lunar-calendar module's expected output).
        ("2012年1月3日 星期二 农历辛卯[兔]年十二月初十", {"published_at": "2012-01-03"}),
        # An auto-publisher's digest head: "2023年5月25日 星期三 农历四月初六".
        ("2023年5月25日 星期三 农历四月初六", {"published_at": "2023-05-25"}),
        # A dashboard's date strip: "2026-03-11 星期三 农历正月廿三".
        ("2026-03-11 星期三 农历正月廿三", {"published_at": "2026-03-11"}),
        # wiki.thedays.cn's record line (the eval row's site, the other page form: no
        # author): the clock mark, the date and the tag.
        ("◷ 2025-10-02 00:26:34 #南洋商报", {"published_at": "2025-10-02T00:26:34+08:00"}),
        # Invented from the rows' model, another site's spelling: glued icons, a size in MB.
        ("✍李四 ◷2024-03-05", {"published_at": "2024-03-05", "author": "李四"}),
        ("2024-03-05 12页 pdf 1.2MB", {"published_at": "2024-03-05"}),
        ("2024年3月5日 浏览量 1,208", {"published_at": "2024-03-05"}),
        (
            "5. 3. 2024 星期二 I 甲辰年正月廿五 I PP6264/08/2013(032549)东马:RM3.00",
            {"published_at": "2024-03-05"},
        ),
    ],
)
def test_record_line_with_quiet_pieces(line: str, want: dict[str, str]) -> None:
    assert record_fields(line, FIRST) == want


@pytest.mark.parametrize(
    "line",
    [
        "2025年8月28日 3人受伤",  # a count with its noun: prose
        "2024年3月6日 电话 12345678",  # a phone number is no page statistic
        "2024年3月6日 比分 3:1",  # a score
        "2024年3月6日 版本 2.0",  # a version
        "2024年3月6日 售价:RM2.50起",  # a price in a phrase
        "2024年3月6日 乙巳年的春天",  # a sexagenary year in prose, no lunar day
    ],
)
def test_near_misses_stay_out_of_the_record(line: str) -> None:
    assert record_fields(line, FIRST) is None


def test_pieces() -> None:
    assert [quiet_piece(p) for p in ("◷", "#南洋商报", "癸卯年十月初二", "doc", "21KB")] == [
        True
    ] * 5
    assert not any(quiet_piece(p) for p in ("曹智", "iPhone", "G20", "十月初二", "3人"))
    assert without_counts(" 本文熱度 6717").strip(" |") == ""
    assert without_counts(" 死亡 3人") == " 死亡 3人"


def test_clean_page_keeps_its_paragraphs() -> None:
    """A clean page with a tagged record line under its headline: the line leaves the
    body, the paragraphs stay whole."""
    text = "\n\n".join([HEADLINE, "✍ 王五 ◷ 2020年11月21日 #南洋商报", FIRST, SECOND]) + "\n"
    doc = clean(text, convert="none")
    assert doc.published_at == "2020-11-21"
    assert doc.author == "王五"
    assert doc.body == [FIRST, SECOND]


def test_linear() -> None:
    assert_linear(lambda n: "本文 " * n + "2025-01-01", lambda t: without_counts(t), 20_000)
    assert_linear(lambda n: "#" + "甲" * n, quiet_piece, 20_000)


def test_a_record_over_a_closing_notice_is_read() -> None:
    """A paper head's record line under the last paragraph, a copyright notice closing the
    page under it: the notice is no paragraph of the story, the record is read."""
    notice = "本报所有内容受版权法保护，未经本公司许可，不得复制或重复使用，公司保留所有权利。"
    record = "5. 3. 2024 星期二 I 甲辰年正月廿五 I PP6264/08/2013(032549)西马:RM2.50"
    text = "\n\n".join([HEADLINE, FIRST, SECOND, record, notice]) + "\n"
    doc = clean(text, convert="none")
    assert doc.published_at == "2024-03-05"
    assert doc.body == [FIRST, SECOND]


@pytest.mark.parametrize(
    ("writer", "author"),
    [("王小明", "王小明"), ("admin", None)],
)
def test_a_writer_alone_over_the_record_line(writer: str, author: str | None) -> None:
    """The writer's name alone right over the record line (the eval row's layout on a
    board copy: ``admin`` / ``2016年2月23日 16:12 本文熱度 6717``) is the record's."""
    record = "2016年2月23日 16:12 本文熱度 6717"
    text = "\n\n".join([HEADLINE, writer, record, FIRST, SECOND]) + "\n"
    doc = clean(text, convert="none")
    assert doc.published_at == "2016-02-23T16:12:00+08:00"
    assert doc.author == author
    assert doc.body == [FIRST, SECOND]


def test_a_subtitle_over_the_record_line_stays() -> None:
    subtitle = "夜间客流占比过半"
    text = "\n\n".join([HEADLINE, subtitle, "2016年2月23日 16:12", FIRST, SECOND]) + "\n"
    doc = clean(text, convert="none")
    assert doc.author is None  # a phrase over the record is no writer
    assert doc.published_at == "2016-02-23T16:12:00+08:00"


def test_the_line_right_under_the_headline_is_in_the_slot() -> None:
    """An issue label and a caption between the record line and the first paragraph: the
    line right under the headline is still the record slot's."""
    lines = [
        HEADLINE,
        "5 March 2024 I 甲辰年正月廿五 I PP6264/08/2013(032549)西马:RM2.50",
        "· 读懂重庆第一六六期 ·",
        "十八梯入口",
        "入夜后的十八梯。图/渝中区文旅委提供",
        FIRST,
        SECOND,
    ]
    doc = clean("\n\n".join(lines) + "\n", convert="none")
    assert doc.published_at == "2024-03-05"
    assert lines[1] not in doc.body and FIRST in doc.body


def test_a_quiet_record_is_no_headline() -> None:
    """A page opening with its record line (an icon mark, a tag: no prose prints them) and
    no headline: the line is the record, not the title."""
    from newsclean.filters.record_line import quiet_record

    text = "\n\n".join(["✍ 王五 ◷ 2019-09-20 #南洋商报", FIRST, SECOND]) + "\n"
    doc = clean(text, convert="none")
    assert doc.title != "✍ 王五 ◷ 2019-09-20 #南洋商报"
    assert doc.published_at == "2019-09-20" and doc.author == "王五"
    # no quiet piece: a date beside a name is left to the slot's reading
    assert quiet_record("2019-09-20 王五") is None
    assert quiet_record("#话题 今天天气很好") is None  # a tag in prose, no date


# A masthead's row and a theme's icon row (merged from round 28's head helper's model).
@pytest.mark.parametrize(
    "piece",
    [
        "甲辰年二月廿六",  # 星洲日报's lunar date (mychhsk.blogspot.com copy)
        "农历甲辰年二月廿九",  # 南洋商报's (http://mychhsk.blogspot.com/2024/04/20240407.html)
        "PP6264/08/2013(032549)西马:RM2.50",  # the permit, then West Malaysia's price
        "(星期日)",
        "✍",
        "◷",
        "#南洋商报",
    ],
)
def test_a_masthead_piece_is_quiet(piece: str) -> None:
    assert quiet_piece(piece)


@pytest.mark.parametrize("piece", ["甲辰年春节", "油价RM2.05", "PP6264事件", "刘懿德"])
def test_words_of_an_event_are_no_quiet_piece(piece: str) -> None:
    assert not quiet_piece(piece)


def test_a_handle_after_its_icon_is_the_author() -> None:
    fields = record_fields("✍ dations ◷ 2025-10-02 00:26:34 #南洋商报", "")
    assert fields == {"published_at": "2025-10-02T00:26:34+08:00", "author": "dations"}
    assert HANDLE.fullmatch("dations") and not HANDLE.fullmatch("刘懿德")
    # no icon before it: a Latin word beside a date is no record's piece
    assert record_fields("dations 2025-10-02", "") is None


# Round 29: a board's post record (a poster's code glued to @ and the date, a post number
# over it), a recording's record (its length and plays glued after the date), a reader
# counter spaced by one space, a poster's IP in a bulleted record.
@pytest.mark.parametrize(
    ("line", "want"),
    [
        # articles.zkiz.com's post head (the eval row's form, written on another date):
        ("GS(14)@2016-06-01 11:36:45", {"published_at": "2016-06-01T11:36:45+08:00"}),
        # the same head with the Hong Kong WordPress date form (星期三, 10月 07, 2026:
        # Blogger's zh-TW header as a news-extractor's test quotes www.ccsn0405.com's)
        ("GS(14)@星期三, 10月 07, 2026", {"published_at": "2026-10-07"}),
        # a comment floor's head: "第1楼 用户：匿名用户 发表时间：2018-5-22 22:00:31" (a
        # CMS's comment template, code corpus) printed as a handle @ date:
        ("guest@2018-5-22 22:00:31", {"published_at": "2018-05-22T22:00:31+08:00"}),
        # a recording's record: date, glued length, plays (wqbo.cn's audio copies' form)
        ("2023-09-23 17:20:0117:31 267", {"published_at": "2023-09-23T17:20:01+08:00"}),
        ("2012年10月27日 週六17:31 267", {"published_at": "2012-10-27"}),
        # a hexo theme's record (yelog.org: "创建时间:2017-03-23 15:13 字数:1,421
        # 阅读:12268"), the counter spaced from the date by one space:
        ("阅读:12268 2017-03-23 15:13", {"published_at": "2017-03-23T15:13:00+08:00"}),
    ],
)
def test_round29_record_lines(line: str, want: dict[str, str]) -> None:
    assert record_fields(line, "") == want


@pytest.mark.parametrize(
    "line",
    [
        "2025年8月28日 比分17:31 267",  # a score glued to a word: prose, no player
        "user@example.com 2025-07-02",  # a mailbox is no poster's code before @
        "版本 1.2.3 于 2025-07-02 发布",  # a version and a verb: prose
        "2025-07-02 李家超视察 1 :",  # a number and a colon inside prose
    ],
)
def test_round29_near_misses(line: str) -> None:
    assert record_fields(line, "") is None


def test_a_spaced_clock_before_a_count_stays_the_clock() -> None:
    # no length glued to the date: 16:05 is the time, 1234 a count (阅读 row's value)
    assert record_fields("2025-07-02 16:05 1234", "") in (
        None,
        {"published_at": "2025-07-02T16:05:00+08:00"},
    )


def test_ip_address_is_quiet_but_a_version_is_not() -> None:
    assert quiet_piece("1.169.123.130") and quiet_piece("IP:10.0.0.1")
    assert not quiet_piece("1.2.3") and not quiet_piece("3.14") and not quiet_piece("256.1.1.1")


def test_a_board_post_record_leaves_a_clean_page_whole() -> None:
    """The post number over the record line and the record line leave the body."""
    text = "\n\n".join([HEADLINE, "1 :", "GS(14)@2016-06-01 11:36:45", FIRST, SECOND]) + "\n"
    doc = clean(text, convert="none")
    assert doc.published_at == "2016-06-01T11:36:45+08:00"
    assert doc.body == [FIRST, SECOND]


def test_a_post_number_in_the_body_stays() -> None:
    """A number and a colon between paragraphs (an enumerator) is no post number."""
    text = "\n\n".join([HEADLINE, FIRST, "1 :", SECOND]) + "\n"
    assert "1 :" in clean(text, convert="none").body


def test_a_bulleted_record_at_the_foot_with_the_posters_ip() -> None:
    # a board's post foot (the eval row's layout): the poster, the date, the IP
    text = (
        "\n\n".join(
            [HEADLINE, FIRST, SECOND, "  • 李云川", "  • 2019年11月23日星期六", "  • 1.169.123.130"]
        )
        + "\n"
    )
    doc = clean(text, convert="none")
    assert (doc.author, doc.published_at) == ("李云川", "2019-11-23")
    assert doc.body == [FIRST, SECOND]


def test_linear_round29() -> None:
    assert_linear(lambda n: "1" * n + ":31 267", lambda t: record_fields(t, ""), 20_000)
    assert_linear(lambda n: "a" * n + "@2025-01-01", lambda t: record_fields(t, ""), 20_000)


def test_a_piece_opening_with_a_capital_i_is_read_by_its_own_kind() -> None:
    # the IP-address reading must not take every piece that opens with I (review)
    assert quiet_piece("Ivan(3)@") and quiet_piece("IDR12.50") and quiet_piece("IP:10.0.0.1")
    assert record_fields("2016-06-01 11:36:45 Ivan(3)@", "") == {
        "published_at": "2016-06-01T11:36:45+08:00"
    }

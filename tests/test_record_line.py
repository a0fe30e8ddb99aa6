"""The record line's grammar (``filters/record_line.py``): a date with at most a name, an
outlet, a section word, a page's counter or a lost icon beside it is a record line; a
sentence, a phrase around the date and a headline beside it are not.  The lines stand in
the page of ``test_head_record`` (its first paragraph, for a dateline's order)."""

import pytest
from linear import assert_linear
from test_head_record import FIRST, SECOND

from newsclean import clean
from newsclean.filters.record_line import record_fields


@pytest.mark.parametrize(
    ("record", "want"),
    [
        # Invented forms (on no eval page): a compact stamp with its clock under a mark,
        ("◇ 20191103 08:15:00", {"published_at": "2019-11-03T08:15:00+08:00"}),
        # a section, an English by and a day-last date the dateline orders (3月9日),
        ("觀察 | by 王小明 | 09/03/2021", {"published_at": "2021-03-09", "author": "王小明"}),
        # the outlet and the date read month first because the dateline says so,
        ("华龙网 03/09/2021", {"published_at": "2021-03-09", "source": "华龙网"}),
        # a name and a date the grammar reads, bullets between.
        ("• 李明 • 2024-05-06", {"published_at": "2024-05-06", "author": "李明"}),
        # Round 20: the page's own counters beside the date (counter grammar): a bar row,
        ("2021-06-01 | 阅读 356 | 评论 4", {"published_at": "2021-06-01"}),
        # an English count after a middle dot,
        ("Mar 5, 2023 · 12 comments", {"published_at": "2023-03-05"}),
        # a writer and a view count glued to its number, single spaces.
        ("2024-01-02 王小明 888次浏览", {"published_at": "2024-01-02", "author": "王小明"}),
    ],
)
def test_record_line_reads_invented_forms(record: str, want: dict[str, str]) -> None:
    assert record_fields(record, FIRST) == want


def test_day_last_date_without_echo_is_a_record_with_no_date() -> None:
    # Nothing on the page says which field is the day: the line is still the record.
    assert record_fields("| 05/04/2021", "今天上午，市政府召开新闻发布会。") == {}


@pytest.mark.parametrize(
    "line",
    [
        "2025年8月28日 李家超视察支援中心",  # a subtitle: a piece of prose beside the date
        "参考消息网2026-01-30号报道",  # the date glued inside a phrase
        "左起：2019年获奖者张三、李四",  # a colon: a caption's label
        "订单号 20250828 已发货",  # eight digits beside words: a number, not a stamp
        "会议定于2024-05-06召开，请各单位准时参加。",  # a sentence
        "20251340",  # no calendar day
        "2023年5月1日 3人受伤",  # a number of the story's world, not the page's counter
        "2023-05-01 共3人获奖",  # a count in a clause
        "2023-05-01 3",  # a bare number counts nothing
    ],
)
def test_lines_that_are_no_record(line: str) -> None:
    assert record_fields(line, FIRST) is None


def test_record_line_is_linear() -> None:
    assert_linear(lambda n: "| " * n + "20250828", lambda t: record_fields(t, FIRST), 20_000)
    assert_linear(lambda n: "1" * n, lambda t: record_fields(t, FIRST), 20_000)


def test_counter_without_a_mark_is_a_phrase() -> None:
    # With spaces only, a number and a word beside the date are the story's.
    assert record_fields("2019年3月9日 3人受伤", FIRST) is None


def test_counter_is_linear() -> None:
    assert_linear(
        lambda n: "2019-03-09 • " + "阅读1 " * n, lambda t: record_fields(t, FIRST), 5_000
    )


@pytest.mark.parametrize(
    ("record", "want"),
    [
        # Round 24, a lost icon: a blog theme's calendar icon printed as a question mark
        # by a copy that lost its icon font (eval row by-date-lost-icon-admin-channel-lines:
        # 2023年11月8日 ?, on a hijacked host printing a blog theme), and the day-first
        # date of two-digit fields the byline grammar reads (date-dmy-slash-short).
        ("2023年11月8日 ?", {"published_at": "2023-11-08"}),
        ("21/11/20 ?", {"published_at": "2020-11-21"}),
        # the replacement character in its place, and an icon before the poster's name.
        ("2018-11-21 \ufffd ? 王小明", {"published_at": "2018-11-21", "author": "王小明"}),
    ],
)
def test_record_line_with_a_lost_icon(record: str, want: dict[str, str]) -> None:
    assert record_fields(record, FIRST) == want


@pytest.mark.parametrize(
    "line",
    [
        "2018-11-21 谁来保护他们?",  # a question: its mark glued to its words
        "2023年11月8日 ? 3人受伤",  # a number of the story's world beside the icon
        "21/11/20 ?? 会后",  # a word beside it: prose
    ],
)
def test_question_marks_that_are_no_lost_icon(line: str) -> None:
    assert record_fields(line, FIRST) is None


# Round 28: a year-last date whose fields are both 12 or under is read in the order the
# page's own evidence picks (record_dates.day_last_order), and left unread without it.
FEIHUA = (  # https://feihua8.com/article-2157-1.html (菲华吧, Manila), its first story
    "应菲方请求大使馆全力斡旋 中国医疗专家组今抵菲助力抗疫 应菲律宾政府请求,"
    "中国政府派遣的抗疫医疗专家组将于4月5日抵菲,以协助菲方应对新冠肺炎疫情。"
)
SHANGBAO = (  # http://www.shangbao.com.ph/more/fgyw.html (菲律宾商报): a day named alone
    "本報訊:馬尼拉警區表示,3日午夜過後不久,馬尼拉市長莫仁諾的一名安保人員"
    "在馬尼拉市敦洛區遭摩托車槍手射殺身亡。"
)
CTM = (  # https://www.cyberctm.com/zh_TW/news/detail/3012677 (Macau, its story of 2023-09-03)
    "(澳門電台消息) 本澳大部分學校將於明天 (4日) 開學,颱風後各學校檢視校園設施,"
    "為新學年做好準備。學校原定9月1日辦開學禮,但受颱風影響延至4日舉行。"
)
GCS = (  # https://www.gcs.gov.mo/detail/zh-hans/N22EJdvaJ0 (Macau, dated 2022-05-10)
    "根据地球物理暨气象局的预测,明天(5月11日)澳门及周边地区将出现持续时间长及强度大的"
    "降雨甚至暴雨情况,有可能对学生上课安全造成重大影响。"
)


@pytest.mark.parametrize(
    ("record", "article", "page", "want"),
    [
        # the article's month and day name one reading: April 5, month first
        ("04/05/2020", FEIHUA, (), "2020-04-05"),
        # the article names its day alone (3日): 3 is the day, month first
        ("12/03/2026", SHANGBAO, (), "2026-12-03"),
        # another date on the page with a day over 12 in first place: the site is day first
        ("04/05/2020", "今天上午举行。", ("相关新闻 25/04/2020", "04/05/2020"), "2020-05-04"),
        # the 年月日 of the article agrees with the slash date's other reading: day first
        ("05/04/2020", FEIHUA, (), "2020-04-05"),
        # round 29: the article's 9月1日 falls two days before one reading (3 September,
        # and its 明天 (4日) agrees), a year and a half from the other (9 March)
        ("03/09/2023", CTM, (), "2023-09-03"),
    ],
)
def test_year_last_date_read_by_the_pages_evidence(
    record: str, article: str, page: tuple[str, ...], want: str
) -> None:
    assert record_fields(record, article, page) == {"published_at": want}


@pytest.mark.parametrize(
    ("record", "article"),
    [
        ("10/05/2022", GCS),  # tomorrow's 5月11日 is not the page's date
        ("04/01/2012", "论坛于4月1日举行,1月4日闭幕。"),  # both readings named: no order
        ("01/12/2012", "记者昨日来到民心佳园采访。"),  # nothing on the page says it
    ],
)
def test_year_last_date_without_evidence_stays_unread(record: str, article: str) -> None:
    assert record_fields(record, article) == {}


def test_a_periodical_place_is_a_piece_of_the_record() -> None:
    # 烟台晚报's e-paper head: the date, then the page and its section (a record, no field)
    assert record_fields("2025年04月30日 第A15版:烟台街", FIRST) == {"published_at": "2025-04-30"}
    assert record_fields("01/12/2012 第A15版:烟台街", FIRST) == {}


# Round 28: a masthead's row and a theme's icon row are the record, never a headline.
@pytest.mark.parametrize(
    ("row", "fields"),
    [
        # 星洲日报's front-page head as a blog's OCR copy prints it (the row of eval's
        # by-date-then-lunar-date-and-permit-and-price-paper-head)
        (
            "2025年9月24日 I 甲辰年二月廿六 I PP6264/08/2013(032549)西马:RM2.50",
            {"published_at": "2025-09-24"},
        ),
        # 南洋商报's front-page head, the same blog's copy of another paper
        # (http://mychhsk.blogspot.com/2024/04/20240407.html)
        ("2024年4月7日(星期日) 农历甲辰年二月廿九", {"published_at": "2024-04-07"}),
        # a wiki copy site's icon row (https://wiki.thedays.cn/html/99d571ebb676bf47733a2d97abd422e0.html)
        (
            "✍ dations ◷ 2025-10-02 00:26:34 #南洋商报",
            {"published_at": "2025-10-02T00:26:34+08:00", "author": "dations"},
        ),
        ("✍ 刘懿德 ◷ 2019-09-20 #南洋商报", {"published_at": "2019-09-20", "author": "刘懿德"}),
    ],
)
def test_a_masthead_or_icon_row_is_the_record(row: str, fields: dict[str, str]) -> None:
    assert record_fields(row, "") == fields
    document = clean(f"{row}\n\n{FIRST}\n\n{SECOND}\n")
    assert document.title is None
    assert row not in document.body


@pytest.mark.parametrize(
    "headline",
    [
        "2024年4月7日 油价RM2.05维持不变",  # a price in a headline's clause
        "2024年2月10日 甲辰年春节 全国欢庆",  # a lunar year named in a headline
        "2019-09-20 #南洋商报 刘懿德获奖",  # a tag, then an event
        "2025年1月1日 PP6264事件调查",  # a code glued to the headline's words
    ],
)
def test_a_headline_beside_a_date_is_no_masthead_row(headline: str) -> None:
    assert record_fields(headline, "") is None


# Round 36: a copy farm's brand glued to the page's numeric date, alone on its line under the
# headline (lines from tests/data/harvest/byline.tsv, the public-page search's stored copies):
@pytest.mark.parametrize(
    ("record", "want"),
    [
        # http://swim.chahecha.com/G_9968435.html
        ("开心彩票2023-01-31 16:05", {"published_at": "2023-01-31T16:05:00+08:00"}),
        # http://geng.isa-2015.com/K_8312554.html (a digit inside the brand)
        ("一分快3邀请码2023-01-31 16:05", {"published_at": "2023-01-31T16:05:00+08:00"}),
        # http://www.gdqlv.com/20230273/373262.html (a day, no clock)
        ("宝利彩票2023-02-06", {"published_at": "2023-02-06"}),
        # an outlet's name glued the same way is the source
        (
            "人民日报2023-01-31 16:05",
            {"published_at": "2023-01-31T16:05:00+08:00", "source": "人民日报"},
        ),
    ],
)
def test_a_name_glued_to_the_record_date(record: str, want: dict[str, str]) -> None:
    assert record_fields(record, "") == want


@pytest.mark.parametrize(
    "line",
    [
        "参考消息网2026-01-30号报道",  # the date glued to a word after it: a phrase
        "截至2023年12月31日",  # a word before a date written with 年月日: a phrase
        "北京2023年GDP增长5%",
        "关于做好2023-01-31工作的通知",  # spaces or words around the date: no one name
        "元旦2023-01-01",  # a word and its day: no site's or spam brand's name
        "清明节2023-04-05",
        "开学第一天2023-09-01",
    ],
)
def test_a_date_inside_a_phrase_is_no_glued_record(line: str) -> None:
    assert record_fields(line, "") is None


def test_a_list_of_names_glued_to_dates_stays_in_the_body() -> None:
    # a table of days under the headline: each line is shaped like its neighbour, a list
    for first, second in [
        ("元旦2023-01-01", "春节2023-01-22"),
        ("宝利彩票2023-02-06", "开心彩票2023-02-07"),
    ]:
        document = clean("\n\n".join(["2023年活动安排一览", first, second, FIRST, SECOND]) + "\n")
        assert document.body[:2] == [first, second]
        assert document.published_at is None


def test_a_brand_glued_to_the_date_alone_is_the_record() -> None:
    document = clean(
        "\n\n".join(["春节假期出游人数创新高", "开心彩票2023-01-31", FIRST, SECOND]) + "\n"
    )
    assert "开心彩票2023-01-31" not in document.body
    assert document.published_at == "2023-01-31"


def test_co_writers_listed_in_a_bulleted_record_are_the_author() -> None:
    # udn's bulleted record (page 031, https://udn.com/news/story/124651/9133673)
    lines = [
        "宜兰台风假图卡造假 代理县长不忍了!下令警加速处理",
        "",
        "- 联合报",
        "",
        "- 林佳彣、戴永华",
        "",
        "- 15字",
        "",
        "- 2025-11-12",
        "",
        "  凤凰台风来袭,昨日与东北季风共伴效应带来惊人雨量,宜兰县政府昨晚间9时许才宣布今日全县"
        "停班课,但这之前已有假图卡、民代释出不同版本的消息。",
    ]
    doc = clean("\n".join(lines) + "\n")
    assert (doc.source, doc.author) == ("联合报", "林佳彣、戴永华")


def test_places_listed_are_no_writers() -> None:
    from newsclean.filters.record_line import record_piece

    assert record_piece("宜兰、花莲") is None  # the same story's places (udn 9133673)

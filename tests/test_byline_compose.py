"""Round 19: a byline line composed of the date grammar's pieces with other joins (eight
digits, the enumeration comma, an underscore: ``byline_dates.LOOSE_HEAD``), an English
credit label whose row goes on to the date (``byline_clean.english_field``), the kind of
copy as a row's lead (``byline_portal.REPORT_WORDS``) and an ornament ending the line
(``byline_pieces.END_MARKS``).  Forms invented here (on no eval page), and the real lines
that must stay what they are."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.byline_alone import author_line
from newsclean.filters.byline_asides import without_reading_row
from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.credits import reporter_credit
from newsclean.filters.dates import parse_date
from newsclean.filters.head_names import media_name
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("20231107", "2023-11-07"),
        ("王小明 20231107 08:05:09★", "2023-11-07T08:05:09+08:00"),
        ("(新华社供稿20180302 17:20)", "2018-03-02T17:20:00+08:00"),
        ("林立 2008、10、3◆", "2008-10-03"),
        ("2024_3_5 发布", "2024-03-05"),
        ("2021、4、2By 星岛网", "2021-04-02"),
    ],
)
def test_a_byline_date_with_other_joins(text: str, iso: str) -> None:
    found = find_byline_date(text)
    assert found is not None
    assert found.iso == iso


@pytest.mark.parametrize(
    "text",
    [
        "20150427001",  # a serial number: longer than a date
        "ab20240308",  # a record code glued to letters
        "20231340",  # no month 13
        "编号 2019、12、45",  # no day 45
        "2019、2020、2021年连续三年增长",  # a list of years
    ],
)
def test_numbers_that_are_no_byline_date(text: str) -> None:
    assert find_byline_date(text) is None


def test_prose_reads_no_compact_date() -> None:
    # the joins are a byline's only: in prose eight digits are a sum or a code
    assert parse_date("该公司去年营收20231107元,同比增长百分之三。") is None
    assert parse_date("三个班级分别有2019、12、5名学生参加。") is None


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "王小明 20231107 08:05:09★",
            {"author": "王小明", "published_at": "2023-11-07T08:05:09+08:00"},
        ),
        ("林立 2008、10、3◆", {"author": "林立", "published_at": "2008-10-03"}),
        ("20240305』", {"published_at": "2024-03-05"}),
        ("陈大文 星期二, 4月 2, 2024◆", {"author": "陈大文", "published_at": "2024-04-02"}),
        ("by 王小明 | 20240305", {"author": "王小明", "published_at": "2024-03-05"}),
        ("Written by 李四 / 2019、3、5", {"author": "李四", "published_at": "2019-03-05"}),
        ("報導 | by 陈大文 | 2021-04-02", {"author": "陈大文", "published_at": "2021-04-02"}),
        (
            "報導 | By 陈大文 | Friday, April 2, 2021",
            {"author": "陈大文", "published_at": "2021-04-02"},
        ),
    ],
)
def test_a_composed_byline_line(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        "By March 5, 2019, the company had opened twenty new stores.",
        "By 2030, the city will double its bus lanes.",
        "◆ 市民在现场排队等候,秩序井然。",
        "参考消息网2026-03-04号报道",
        "报道称,该项目20231107号文件已经下发。",
    ],
)
def test_real_lines_that_stay_prose(line: str) -> None:
    assert parse_metadata(line) is None


def test_a_compact_date_line_dates_the_page_and_a_serial_stays() -> None:
    paragraph = "本报讯 昨日,市教育局公布了今年秋季学期的开学安排,全市中小学将分批返校。"
    coded = "据悉,本次招标编号为20230901001,共有12家企业参与竞标,结果将于下月公布。"
    page = f"全市中小学秋季分批开学\n\n20230901◆\n\n{paragraph}\n\n{coded}\n"
    doc = clean(page, convert="none")
    assert doc.published_at == "2023-09-01"
    assert doc.body == [paragraph, coded]


# A theme's statistics row after the outlet's name (byline_asides.without_reading_row):
# counters, the text's length, a reading time and the reading switch, glued or spaced,
# the column glued before them.  Forms invented here.
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("南方日报 城事快评评论12 2,860字 1,024阅读 约4分钟阅读模式", "南方日报"),
        ("星岛日报 1,024阅读 约4分钟", "星岛日报"),
        ("聯合新聞網 生活話題評論0字數 2,048閱讀6分鐘閱讀模式", "聯合新聞網"),
    ],
)
def test_a_name_over_a_statistics_row(line: str, name: str) -> None:
    assert without_reading_row(line) == name
    assert media_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "全文共3354字,阅读约需5分钟。",  # a sentence counting its words
        "本文共3354字 阅读约8分钟",  # the counts alone: no name before them
        "新京报 评论3",  # one counter: without_counter's, not a row
        "他写了3000字 阅读了5分钟",
    ],
)
def test_lines_that_are_no_statistics_row(line: str) -> None:
    assert without_reading_row(line) == line


def test_the_row_under_the_headline_gives_the_source() -> None:
    paragraph = "本报讯 昨日,市教育局公布了今年秋季学期的开学安排,全市中小学将分批返校。"
    page = (
        "全市中小学秋季分批开学\n\n南方日报 城事快评评论12 2,860字 1,024阅读 约4分钟阅读模式\n\n"
        f"{paragraph}\n\n返校前,各校须完成校园消毒和师生健康排查。\n"
    )
    doc = clean(page, convert="none")
    assert doc.source == "南方日报"
    assert doc.body[0] == paragraph


# The same ornament on both sides of the writer's name under the headline is the page's
# frame around it (byline_names.person_names).  Forms invented here.
@pytest.mark.parametrize(
    ("line", "names"),
    [("·陈大文·", "陈大文"), ("◆李四 王五◆", "李四 王五"), ("˙林立˙", "林立"), ("-张三-", "张三")],
)
def test_a_writer_framed_by_one_mark(line: str, names: str) -> None:
    assert author_line(line) == names


@pytest.mark.parametrize("line", ["·春节返乡·", "【张三】李四", "◆结语◆", "“张三”"])
def test_framed_words_that_are_no_writer(line: str) -> None:
    assert author_line(line) is None


def test_a_framed_writer_under_the_headline() -> None:
    paragraph = "本报讯 昨日,市教育局公布了今年秋季学期的开学安排,全市中小学将分批返校。"
    page = (
        f"全市中小学秋季分批开学\n\n·陈大文·\n\n{paragraph}\n\n"
        "返校前,各校须完成校园消毒和师生健康排查。\n"
    )
    doc = clean(page, convert="none")
    assert doc.author == "陈大文"
    assert doc.body[0] == paragraph


# The last of names listed before a Taiwan report word, glued to the place, is cut as a
# name alone is (credits._names_after).  Invented forms.
@pytest.mark.parametrize(
    ("paragraph", "author"),
    [
        ("【記者林立、陳大文台中報導】市府今天公布新的交通改善計畫。", "林立、陳大文"),
        ("（記者王小明、李強高雄報導）高雄市今天舉行活動。", "王小明、李強"),
        # the mainland's 报道 takes no place glued: the names stay as printed
        ("（记者王小明、李四报道）今天上午,全市举行活动。", "王小明、李四"),
    ],
)
def test_listed_names_before_a_glued_place(paragraph: str, author: str) -> None:
    assert reporter_credit(paragraph) == author

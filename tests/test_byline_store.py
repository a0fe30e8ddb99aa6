"""Storing a labelled value: the time field's date grammar and values that are prose."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_pieces import Metadata
from newsclean.filters.byline_store import (
    is_plain,
    row_outlet,
    store_joint,
    store_row_credit,
    store_value,
)
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2025-07-02 16:05:00", "2025-07-02T16:05:00+08:00"),
        ("2024年3月5日", "2024-03-05"),
        ("108-09-20", "2019-09-20"),
    ],
)
def test_a_time_value_is_a_byline_date(value: str, iso: str) -> None:
    result = Metadata()
    assert store_value(result, "published_at", value)
    assert result.fields == {"published_at": iso}


@pytest.mark.parametrize("value", ["7月2日 16:05", "07-02 16:05", "星期三 上午"])
def test_a_date_like_time_without_a_year_is_metadata_without_a_time(value: str) -> None:
    result = Metadata()
    assert store_value(result, "published_at", value)
    assert result.fields == {}


def test_a_time_value_that_is_no_date_makes_the_line_prose() -> None:
    assert not store_value(Metadata(), "published_at", "市政府召开新闻发布会")


def test_a_source_name_ends_at_its_date() -> None:
    result = Metadata()
    assert store_value(result, "source", "《世界华人周刊》 2016-11-11 第四版 华人")
    assert result.fields["published_at"] == "2016-11-11"
    assert result.fields["source"] == "《世界华人周刊》"


def test_a_value_with_sentence_punctuation_is_prose() -> None:
    assert not store_value(Metadata(), "author", "张三说，今天下雨")
    assert not is_plain("张三说，今天下雨")
    assert is_plain("新华网")
    assert not is_plain("新" * 41)


def test_the_first_value_of_a_field_wins_and_no_value_is_not_stored() -> None:
    result = Metadata()
    assert store_value(result, "source", "新华网")
    assert store_value(result, "source", "人民网")
    assert store_value(result, "author", "admin")
    assert result.fields == {"source": "新华网"}


def test_a_joint_value_splits_into_names_and_outlet() -> None:
    result = Metadata()
    assert store_joint(result, "海涵 中评社")
    assert result.fields == {"author": "海涵", "source": "中评社"}


def test_a_reporter_credit_after_the_date_is_the_next_field() -> None:
    result = Metadata()
    store_row_credit(result, "2014.08.19   人民网记者 孙灿芬")
    assert result.fields.get("author") == "孙灿芬"
    untouched = Metadata()
    store_row_credit(untouched, "2014.08.19")
    assert untouched.fields == {}


# Round 36: a clock printed before the date, one separator between, is the date's.
@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("12:23 | 15/01/2024 更多文章", "2024-01-15T12:23:00+08:00"),
        ("9:05 2024年1月15日", "2024-01-15T09:05:00+08:00"),
        ("25:05 2024年1月15日", "2024-01-15"),  # no clock: the date alone
        ("12:23-14:00 | 15/01/2024", "2024-01-15"),  # a range, no clock of the date
    ],
)
def test_a_clock_before_the_date_is_its_time(value: str, iso: str) -> None:
    result = Metadata()
    assert store_value(result, "published_at", value)
    assert result.fields == {"published_at": iso}


# Round 37 (benchmarks/byline_stress.py): an outlet printed after a person's value and its
# date is the row's next field, unlabelled; before, it stayed glued to the name (the
# generated lines with an unlabelled source after a labelled field: 0.48 right).
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "文：付强 | 2019-12-24(星期二) 10:32 | 《人民网》",
            {"author": "付强", "source": "人民网", "published_at": "2019-12-24T10:32:00+08:00"},
        ),
        (
            "责任编辑/上官文静  2020-05-03 13:14  新京报  文/张海燕、韩丹",
            {"editor": "上官文静", "source": "新京报", "author": "张海燕、韩丹"},
        ),
        (  # the zone word's match takes the space before the outlet
            "撰文|冯凯、曲哲涵 2022-4-10 22:47 UTC 《光明日报》 责编|付强",
            {
                "author": "冯凯、曲哲涵",
                "source": "光明日报",
                "published_at": "2022-04-10T22:47:00+00:00",
            },
        ),
        (
            "【撰稿：姚亚奇】2020年8月1日 19时48分华龙网-重庆晨报【责编：陈晨】",
            {"author": "姚亚奇", "source": "华龙网-重庆晨报", "editor": "陈晨"},
        ),
        (
            "（責任編輯：張海燕、熊家餘）2020.09.25 週五湖北日報（作者：王辛）",
            {"editor": "張海燕、熊家餘", "source": "湖北日報", "author": "王辛"},
        ),
    ],
)
def test_an_outlet_after_a_persons_date_is_the_source(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert {name: parsed.fields.get(name) for name in fields} == fields


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("张三", " 李四"),  # a second name after the date: no outlet
        ("张三", "人民网"),  # glued, and the value was not framed
        ("张三 |", " | 第四版"),
        ("张三", " 《冬日北京》"),  # round 37 mend: a work's title in 《》
        ("张三 |", " | 《新春走基层》"),  # a column's title
        ("张三", "  电视台"),  # a media word alone names no one
        ("张三", "  前门大街新闻发布厅"),  # a hall: where news was given
    ],
)
def test_what_follows_a_date_is_no_outlet_unless_it_reads_as_one(head: str, tail: str) -> None:
    assert row_outlet(head, tail) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：张晓松 | 2022-01-27 | 《新春走基层》", "张晓松"),
        ("作者：张晓松 2022-01-27 《冬日北京》", "张晓松"),
        ("文/张晓松  2022-01-27  前门大街新闻发布厅", "张晓松"),
        ("作者：张晓松  2022-01-27  电视台", "张晓松"),
    ],
)
def test_a_title_or_a_place_after_a_persons_date_is_no_source(line: str, author: str) -> None:
    # Round 37 mend: 《》 marks a work's or a column's title as often as a paper's; the
    # title is the row's next field, so the author's value still ends at the date.
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields.get("source") is None
    assert parsed.fields.get("author") == author
    assert parsed.fields.get("published_at") == "2022-01-27"


# Round 39: a time label whose date's clock opens a span is an event's schedule (a forum's
# record on a copy host, 9x1x.cn), not the page's publication time: the line is prose.
@pytest.mark.parametrize(
    "line",
    [
        "時 間:2005.06.15,7:00-09:40pm",
        "时间:2020-01-01 08:00-08:30",
        "时间:2020年1月1日 上午9:00至11:30",
        "日期:2023年5月12日 14:00～16:30",
    ],
)
def test_a_clock_span_is_a_schedule_not_a_byline(line: str) -> None:
    assert parse_metadata(line) is None


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("时间:2020-01-01 08:00", {"published_at": "2020-01-01T08:00:00+08:00"}),
        (
            "发布时间:2020-01-01 08:00 - 来源:新华网",
            {"published_at": "2020-01-01T08:00:00+08:00", "source": "新华网"},
        ),
        (
            "发布时间:2024/04/28 14:00:45    来源:意大利东北华侨华人联谊会",
            {"published_at": "2024-04-28T14:00:45+08:00", "source": "意大利东北华侨华人联谊会"},
        ),
    ],
)
def test_a_single_instant_stays_the_publication_time(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # eval/sources.json round 41 (a forum reposting 厦门晚报): the paper, two hyphens, the day
        (
            "新闻资料来源:厦门晚报--2012-09-09",
            {"published_at": "2012-09-09", "source": "厦门晚报"},
        ),
        # the same template in traditional script, a Latin outlet's domain before the dashes
        (
            "新聞資料來源:fonfmedia.com--2022-08-27",
            {"published_at": "2022-08-27", "source": "fonfmedia.com"},
        ),
        (
            "新聞資料來源:香港經濟日報 hket.com--2023-05-05",
            {"published_at": "2023-05-05", "source": "香港經濟日報 hket.com"},
        ),
        # the template's day left empty: the separator alone ends the value
        ("新闻资料来源:厦门晚报--", {"source": "厦门晚报"}),
    ],
)
def test_dashes_before_a_date_are_the_rows_separator(line: str, fields: dict[str, str]) -> None:
    """Round 41: a run of dashes ending a value parts it from the row's date (byline_store's
    docstring): no part of the outlet's name; a dash inside a name stays."""
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


def test_a_dash_inside_a_source_stays() -> None:
    # 光明網-《光明日報》: a portal and the paper it carries, one value
    # (eval row by-date-labeled-source)
    parsed = parse_metadata("2017年10月20日17:57  來源:光明網-《光明日報》")
    assert parsed is not None and parsed.fields["source"] == "光明網-《光明日報》"

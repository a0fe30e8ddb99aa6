"""Round 39: a *counted date* (``byline_dates.counted_date``): a row's counter label holds
its count, and a date printed after the count, a gap between, is the row's next field, the
publication date; any other text after a count is no date of the row."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_dates import counted_date, find_byline_date
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # a county news site's row: the source, the views count, then the date unlabelled
        (
            "来源:文成新闻网 浏览:1858 2010-6-2",
            {"source": "文成新闻网", "published_at": "2010-06-02"},
        ),
        # a school site's: the author, the clicks with their unit word, then date and clock
        (
            "作者:屈彤 点击:1432次 2014-12-29 15:42",
            {"author": "屈彤", "published_at": "2014-12-29T15:42:00+08:00"},
        ),
        # the empty counter (no number printed) before the date
        (
            "来源:县融媒体中心 点击数: 2021-03-05",
            {"source": "县融媒体中心", "published_at": "2021-03-05"},
        ),
        # traditional script, a reading count
        (
            "來源:泰州微視聽 閱讀:35 2021-9-1",
            {"source": "泰州微視聽", "published_at": "2021-09-01"},
        ),
    ],
)
def test_a_date_after_a_count_dates_the_row(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize(
    "value",
    [
        " 1858",  # the count alone
        " 1858 次",  # a count and its unit word spaced off
        " 1858 2010-6-2 编辑:张三",  # the date does not close the value
        " 1858 第3期",  # an issue, no date
        "张三 2020-01-01",  # a name, no count
    ],
)
def test_no_counted_date(value: str) -> None:
    assert counted_date(value) is None


# Round 39: a bare three-digit ROC year before 年月日 (Taiwan's government pages print the
# date without 民國): a byline's date; the common era's year (公元112年) is none.
@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("發布日期:112年5月12日", "2023-05-12"),
        ("112年5月12日 星期五", "2023-05-12"),
        ("日期:112年05月12日 10:20", "2023-05-12T10:20:00+08:00"),
    ],
)
def test_a_bare_roc_year_before_nian_dates_the_byline(line: str, published: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields.get("published_at") == published


@pytest.mark.parametrize("text", ["公元112年5月12日", "西元112年5月12日", "2112年5月12日"])
def test_a_common_era_year_is_no_roc_year(text: str) -> None:
    found = find_byline_date(text)
    assert found is None or not found.iso.startswith("2023")


def test_a_paragraph_opening_with_a_roc_date_stays_prose() -> None:
    line = "112年5月12日,本分局巡佐黃琦源擔服安民專案勤務,於捷運站發現一名兒童獨自搭車。"
    assert parse_metadata(line) is None


# Round 44: the date after the row's separator.  A content system's article template joins its
# head row's fields by a bar and prints the date unlabelled last (Z-Blog themes: 分类:{category}
# | 评论({comments}) |  {Time('Y年m月d日')}; zblogcn/zblogphp's default footer 作者: | 分类: |
# 浏览: | 评论:; tests/data/cms_head_skeletons.tsv).  Field values: this round's harvest pages.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "作者:张曦云 | 分类:陇原普法 | 浏览:123 | 评论:0 | 2025年08月19日",
            {"author": "张曦云", "published_at": "2025-08-19"},
        ),
        ("分类:部门动态 | 评论(0) |  2019年04月05日", {"published_at": "2019-04-05"}),
        (
            "来源:甘肃政法网 | 分类:陇原普法 | 2025-08-19",
            {"source": "甘肃政法网", "published_at": "2025-08-19"},
        ),
    ],
)
def test_a_date_after_the_rows_separator_dates_the_row(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    for key, value in fields.items():
        assert parsed.fields.get(key) == value


@pytest.mark.parametrize(
    "value",
    [
        "陇原普法 | 2025年08月19日 | 2025-08-20",  # two dates: which is the row's is unsure
        "陇原普法 | 平凉华亭",  # no date after the bar
        "陇原普法 | 2025年08月19日 发布会召开",  # the date does not fill the field
    ],
)
def test_no_date_after_the_rows_separator(value: str) -> None:
    assert counted_date(value) is None


def test_the_separator_pattern_is_linear() -> None:
    from linear import assert_linear

    assert_linear(lambda n: "分类" * n + " |" * n + " 2025年", counted_date, 2000)


# Round 47: a theme's ``dm, Y`` date (byline_dates.DAY_MONTH_GLUED): day and month glued
# in two digits each, a comma, the year.  https://www.fatimachurchmo.org/news/page/4/
# (eval variant date-day-month-glued-comma-year-own-line-macau-parish).
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2901, 2020", "2020-01-29"),
        ("0503, 2014 在榆林网", "2014-03-05"),
    ],
)
def test_a_day_month_glued_before_a_comma_and_year(text: str, iso: str) -> None:
    found = find_byline_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("發佈時間:1908, 2014 來源: 人民网", "2014-08-19"),
        ("發佈時間:1208, 2020 點擊次數:", "2020-08-12"),
    ],
)
def test_the_glued_date_in_a_labelled_slot(line: str, iso: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields["published_at"] == iso


@pytest.mark.parametrize(
    "text",
    [
        "3102, 2020",  # 31 February
        "1213, 2020",  # month 13
        "12.0512, 2020",  # a number glued before
        "1908, 20145",  # no year
    ],
)
def test_other_four_digits_before_a_year_are_no_date(text: str) -> None:
    assert find_byline_date(text) is None


def test_four_digits_and_a_year_in_prose_stay_no_date() -> None:
    from newsclean.filters.dates import find_dates

    assert find_dates("全市共有1908, 2014年新增的学校不在其中。") == []

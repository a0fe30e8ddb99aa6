"""Round 39: a *counted date* (``byline_dates.counted_date``): a row's counter label holds
its count, and a date printed after the count, a gap between, is the row's next field, the
publication date; any other text after a count is no date of the row."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_dates import counted_date
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

"""A field's value cleaned of what is printed beside it (byline_clean)."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_clean import clean_value
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize("code", ["SRC-71", "XH_0012", "CNS-2025"])
def test_a_feed_code_in_the_writers_slot_names_no_one(code):
    assert clean_value(code) == ""
    assert clean_value(code, person=False) == code  # an organisation's value keeps it


def test_the_hijacked_copys_byline_keeps_its_date_and_no_author():
    # http://www.jltro.com/luqing/lqtp/200309/t20030912_409577.htm (a 大眾網 copy): the
    # date, then 作者: and a CMS's feed code where a writer's name would go
    found = parse_metadata("2003-09-12 00:00:00 作者: SRC-71")
    assert found is not None and "author" not in found.fields
    assert found.fields["published_at"].startswith("2003-09-12")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：张三", "张三"),
        ("作者: K-9", "K-9"),
        ("作者: Tom Lee", "Tom Lee"),
        ("文/崔虹", "崔虹"),
    ],
)
def test_names_and_pen_names_stay(line, author):
    found = parse_metadata(line)
    assert found is not None and found.fields.get("author") == author

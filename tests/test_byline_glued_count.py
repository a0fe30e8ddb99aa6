"""A page counter glued to the date before it (byline_glued_count): the template's record
row ``{date}{count}次浏览来源:{source}`` in either date format the site may choose."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.byline_asides import without_counter

#: The first paragraph of the round-43 tuned page 007 (a copy of a chinanews.com story of
#: 2009-10-13 on fake certificates, its foot ``Copyright 1999-2024 chinanews.com``).
BODY = (
    "    泗水讯——一对湖南籍夫妇在出租屋里利用刀片、机器,假造数百枚公章,从省内到省外,"
    "市县行政机关、高校、企业等单位的假公章无所不包,同时还与其他制假证窝点联系,“只要有人"
    "要,啥证都敢造”。近日,这个制贩假证、假公章的“家庭作坊”被广东中山市警方捣毁。\n"
)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # round-43 tuned page 007: the row over the article, a Han-unit date, 0 views glued
        ("2009 年 10 月 13 日0次浏览来源:网络", "2009-10-13"),
        # round 35's form of the same template, a padded numeric date
        ("2022-08-270次浏览来源:网络", "2022-08-27"),
    ],
)
def test_the_row_is_a_byline_not_the_headline(line: str, date: str) -> None:
    doc = clean(f"{line}\n\n{BODY}")
    assert doc.title is None
    assert doc.published_at == date


def test_the_count_is_set_aside() -> None:
    assert without_counter("2009 年 10 月 13 日0次浏览") == "2009 年 10 月 13 日"
    assert without_counter("2009年10月13日0次浏览") == "2009年10月13日"


def test_a_clock_glued_to_the_day_is_no_count() -> None:
    # http://www.sina.com.cn news row (benchmark corpus page 001697): the clock follows 日
    from newsclean.filters.byline_glued_count import glued_date_end

    line = "2004年09月15日07:19 中国新闻网"
    assert glued_date_end(line) == len("2004年09月15日")
    assert without_counter(line) == line

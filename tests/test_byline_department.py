"""A publisher's own department named as a record row's origin (byline_department)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.metadata import parse_metadata

# 通辽第五中学's site on a bare address (http://60.31.180.82:8085/news_view.asp?id=11152):
# the date, the school unlabelled, and 出处: naming the school's own office.
SCHOOL_ROW = "2014-09-16 10:02:32  通辽第五中学  出处:党政办公室"


@pytest.mark.parametrize(
    ("row", "source"),
    [
        (SCHOOL_ROW, "通辽第五中学"),
        # the same template over a paper's copy in traditional script (held-out row
        # by-date-two-spaces-school-two-spaces-origin-office-label-school-site-bare-address)
        ("2003/11/16/  人民日報  出處:黨政辦公室", "人民日報"),
    ],
)
def test_the_outlet_before_a_department_origin_is_the_source(row: str, source: str) -> None:
    parsed = parse_metadata(row)
    assert parsed is not None
    assert parsed.fields["source"] == source
    assert parsed.fields["published_at"].startswith(row[:4])


@pytest.mark.parametrize(
    ("row", "source"),
    [
        # a labelled origin with a proper name wins over the publisher, as before
        ("2014-09-16 10:02:32  通辽第五中学  来源:新华社", "新华社"),
        # a department with no outlet before it is the only source the row gives
        ("2014-09-16 10:02:32  出处:党政办公室", "党政办公室"),
        # a city's organ names its place: a proper name, an origin
        ("2014-09-16 10:02:32  通辽第五中学  来源:通辽市教育局", "通辽市教育局"),
    ],
)
def test_a_proper_origin_or_a_lone_department_stays(row: str, source: str) -> None:
    parsed = parse_metadata(row)
    assert parsed is not None
    assert parsed.fields["source"] == source


def test_the_page_reads_the_school_as_its_source() -> None:
    page = "\n\n".join(
        [
            "关于开展2014年秋季学期教师培训的通知",
            SCHOOL_ROW,
            "　　各教研组：为进一步提高我校教师的业务水平，经学校研究决定，开展秋季学期教师培训工作。",
            "　　请各教研组按时组织本组教师参加培训，并做好记录，培训结束后上交总结材料。",
        ]
    )
    assert clean(page + "\n").source == "通辽第五中学"

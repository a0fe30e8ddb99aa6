"""Round 25: a portal's name then the outlet it carries (byline_portal.py), read in the
piece grammar; the account after an outlet, and persons, stay as they were."""

import pytest

from newsclean.filters.byline_portal import copied_outlet, self_named_site
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # jumige.com/article/20171108/172075.shtml (eval row): a portal, a finance column
        ("砍柴網 / 零壹財經 / 2017-11-08 16:22", "零壹財經"),
        ("砍柴網 / 大洋網 / 2025-05-28 08:21", "大洋網"),
        ("凤凰网 / 澎湃新闻 / 2021-03-02", "澎湃新闻"),  # an invented pair, same layout
        ("搜狐网／新京报／2020-07-01 10:00", "新京报"),  # full-width slashes, no spaces
    ],
)
def test_second_name_after_a_portal_is_the_source(line: str, source: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields["source"] == source


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # an outlet and the account that posted it, spaces only: the outlet stays
        ("国际日报 巴厘之窗 2022-06-08", {"source": "国际日报", "published_at": "2022-06-08"}),
        # an outlet then a person: the person is the author, the outlet the source
        (
            "新华网 / 张三 / 2020-01-01",
            {"source": "新华网", "author": "张三", "published_at": "2020-01-01"},
        ),
        ("新京报 / 2019-09-07", {"source": "新京报", "published_at": "2019-09-07"}),
    ],
)
def test_other_rows_keep_their_reading(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


def test_copied_outlet_needs_a_slash_and_an_outlet_first() -> None:
    assert copied_outlet("砍柴網 / 零壹財經 / 2017-11-08", "砍柴網", "零壹財經")
    assert not copied_outlet("砍柴網 零壹財經 2017-11-08", "砍柴網", "零壹財經")
    assert not copied_outlet("大家好 / 零壹財經 / 2017-11-08", "大家好", "零壹財經")


# Round 32: a site's self-name glued before the date of a date line (a hijacker's brand
# on the page's own date line) is read and not kept; the date is the page's.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("彩神彩票官方网站2025-09-24", "2025-09-24"),  # eval (held-out rows)
        ("彩神彩票官方網站2003/11/16", "2003-11-16"),
        ("彩神彩票官方網站2025年05月28日", "2025-05-28"),
    ],
)
def test_a_self_named_site_glued_to_a_date_line(line: str, date: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == {"published_at": date}


@pytest.mark.parametrize(
    "line",
    [
        "游客可登录景区官方网站2025年9月24日前预约",  # a clause: the date goes on, no date line
        "赢彩王2023-01-31 16:05",  # a keyword glued, no site's self-name: no byline (round 5)
    ],
)
def test_no_self_named_site(line: str) -> None:
    assert parse_metadata(line) is None


def test_self_named_site_needs_a_name() -> None:
    assert self_named_site("彩神彩票官方网站") and self_named_site("某某官网")
    assert not self_named_site("官网") and not self_named_site("人民网")
    assert not self_named_site("游客可登录景区官方网站")


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # http://223.71.46.161:8080/Html/News/Articles/303978.html (eval row, round 41): a
        # hospital's party-work bulletin, its masthead's issuing office over the date
        ("党委办公室 2013年4月28日", {"published_at": "2013-04-28"}),
        ("黨委辦公室 2023-05-05", {"published_at": "2023-05-05"}),
        # http://school.freekaoyan.com/shandong/sdfi/2017/12-10/1512916704775572.shtml: the
        # credit closing a college story's last paragraph, the writing office before the writer
        # and the camera (the bracket as the grammar reads it)
        ("(党委宣传部 文/孙婷艳 图/郭忠利)", {"author": "孙婷艳", "photographer": "郭忠利"}),
    ],
)
def test_a_department_of_an_unnamed_body_is_no_source(line: str, fields: dict[str, str]) -> None:
    """Round 41 (byline_portal.organ_unit): an office of the body's party committee is the
    issuer of an internal document, never the outlet."""
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # a body named before the office: a public body, the source as before
        ("国务院新闻办公室 2025-07-02", "国务院新闻办公室"),
        # http://61.187.64.115/a/fuzhongxinwen/20200904/8857.html: a label names it, left alone
        ("来源:党委办公室 日期:2020-09-04", "党委办公室"),
    ],
)
def test_a_named_body_or_a_label_keeps_its_source(line: str, source: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields["source"] == source

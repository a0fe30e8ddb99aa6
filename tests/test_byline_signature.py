"""A writer's signature line (``filters/byline_signature.py``): names, a title, a class and
post in brackets, a date, perhaps framed between dash runs; the lines that look alike and
must stay."""

import pytest
from linear import assert_linear

from newsclean.filters.byline_signature import signature
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # The rows' layouts on other pages of their sites' kind, spelled as another site
        # would: two writers framed (a Macau radio's story copied with its signature),
        ("── 梁婉琦 雷翠云 ──", {"author": "梁婉琦 雷翠云"}),
        # a framed writer with his class in brackets (the alumni site's other page form),
        ("── 朱永安 (南大数学系第八届) ──", {"author": "朱永安"}),
        ("—— 王心钇 ——", {"author": "王心钇"}),  # em dashes, a student's essay signature
        # a professor's signature with class and post and the essay's date
        (
            "郑奋兴教授 (数学系第一届, 前南大研究院院长) 27 August 2000",
            {"author": "郑奋兴", "published_at": "2000-08-27"},
        ),
        ("张维中 (1965级地图专业)", {"author": "张维中"}),
    ],
)
def test_signature(line: str, fields: dict[str, str]) -> None:
    found = signature(line)
    assert found is not None and found.fields == fields
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        # Real near misses: a subtitle opened by a dash (alumni.nju.edu.cn, 2020-05-22:
        # "-- 一封二十八年前写给母校的信"), framed here; a column's end mark; a caption's
        # position in brackets; a profile field with a class (nokschool.com: 专业:1965级).
        "—— 一封二十八年前写给母校的信 ——",
        "── 完 ──",
        "张三 (右)",
        "专业:1965级地图专业",
        "张维中 (1965级地图专业) 说,那时候大学本科是5年。",
    ],
)
def test_near_misses(line: str) -> None:
    assert signature(line) is None


def test_linear() -> None:
    assert_linear(lambda n: "──" + " 张三" * n + " ──", signature, 5_000)
    assert_linear(lambda n: "张三 (" + "届" * n + ")", signature, 5_000)

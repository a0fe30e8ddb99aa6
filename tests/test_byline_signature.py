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


# https://udn.com/news/story/124651/9133673 (two reporters, 林佳彣、戴永華) signed in the
# alumni blog's layout (https://singfarnanda.blogspot.com/2007: names, 教授, the class and
# post in brackets, the date): the title closes a list of names as it closes one name.
LISTED_SIGNATURE = "林佳彣、戴永華 教授  (數學系第一屆, 前南大研究院院長) 2025-11-12"


def test_a_title_closing_a_list_of_names_signs_them_all():
    found = signature(LISTED_SIGNATURE)
    assert found is not None
    assert found.fields == {"author": "林佳彣、戴永華", "published_at": "2025-11-12"}
    glued = signature(LISTED_SIGNATURE.replace(" 教授", "教授"))
    assert glued is not None and glued.fields["author"] == "林佳彣、戴永華"


def test_a_list_closed_by_a_word_that_is_no_title_stays():
    # the same line with a place where the title stood: no signature
    assert signature("林佳彣、戴永華 宜蘭  (數學系第一屆, 前南大研究院院長) 2025-11-12") is None

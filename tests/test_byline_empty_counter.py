"""An empty counter opening a byline row (round 38, ``byline_empty_counter``)."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_empty_counter import without_empty_counter
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "published", "author"),
    [
        ("阅读: 2023-01-02", "2023-01-02", None),
        ("点击：2019年10月30日 21时39分", "2019-10-30T21:39:00+08:00", None),
        ("浏览: 2023-01-02 10:00  作者：王辛", "2023-01-02T10:00:00+08:00", "王辛"),
        ("閱讀量： 2023年1月2日 作者:王辛", "2023-01-02", "王辛"),
        ("点击数:  民国108年9月7日", "2019-09-07", None),
    ],
)
def test_an_empty_counter_before_the_date_leaves_the_row(
    line: str, published: str, author: str | None
) -> None:
    found = parse_metadata(line)
    assert found is not None
    assert found.fields.get("published_at") == published
    assert found.fields.get("author") == author


@pytest.mark.parametrize(
    "line",
    [
        "阅读: 159",  # a counter with its count: furniture, as before
        "阅读：原文链接",
        "阅读全文 2023-01-02",  # no colon: a link's words
        "评论：这一天，2023年1月2日，终于来了。",
        # round 38 (mend): a date running on into words, or an unlabelled word after it
        "参与：2023年1月1日起施行的新规",
        "评论：2023年1月2日人民日报评论员文章",
        "留言：2023-01-02 10:20 网友张三",
    ],
)
def test_a_counter_before_anything_else_stays_as_printed(line: str) -> None:
    assert without_empty_counter(line) == line


def test_the_reading_is_linear_on_long_lines() -> None:
    line = "阅读:" + " " * 5000 + "2023-01-02"
    assert without_empty_counter(line) == line


@pytest.mark.parametrize(
    "line",
    ["参与：2023年1月1日起施行的新规", "评论：2023年1月2日人民日报评论员文章"],
)
def test_a_sentence_opening_with_a_counter_word_is_no_byline(line: str) -> None:
    assert parse_metadata(line) is None


def test_a_gap_or_a_bar_after_the_date_closes_the_field() -> None:
    found = parse_metadata("阅读: 2023-01-02 | 来源：新华社")
    assert found is not None
    assert found.fields == {"source": "新华社", "published_at": "2023-01-02"}

"""The writer named by a small grammar of one line (filters/byline_poster.py): a forum's
quote header, a poster glued to the date, a marked reporter line; and the prose of the same
shape that names no writer."""

import pytest

from newsclean.filters.byline_poster import marked_reporter, unglue_poster
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("going_down wrote:", "going_down"),
        ("张国财 wrote:", "张国财"),
        ("何青 王诗颖 陈奥男 任晔 陈杰 wrote:", "何青 王诗颖 陈奥男 任晔 陈杰"),
        ("張國財寫道：", "張國財"),
    ],
)
def test_a_forum_quote_header_names_the_poster_as_author(line, author):
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == {"author": author}


@pytest.mark.parametrize(
    "line",
    [
        "He wrote:",
        "she wrote:",
        "the minister wrote:",
        "他在信中写道：",
        "新华社 wrote:",
        "张国财 wrote: 今天天气很好",
    ],
)
def test_prose_before_wrote_is_no_poster(line):
    parsed = parse_metadata(line)
    assert parsed is None or "author" not in parsed.fields


def test_a_poster_glued_to_the_date_is_spaced_out_for_the_labelled_grammar():
    assert unglue_poster("刘懿德发表于2019/9/20") == "刘懿德 发表于 2019/9/20"
    assert unglue_poster("该文发表于2019年的期刊上") is None


def test_a_marked_reporter_is_a_person_not_a_dateline():
    found = marked_reporter("■陈兆良报导")
    assert found is not None and found.fields == {"author": "陈兆良"}
    assert marked_reporter("■台北报导") is None

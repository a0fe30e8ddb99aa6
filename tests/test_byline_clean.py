"""A field's value cleaned of what is printed beside it (byline_clean), and what no person's
name is."""

from __future__ import annotations

import pytest

from newsclean.filters.metadata import parse_metadata


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


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # https://www.oclarim.com.mo/zh/page/894 (號角報): the writer, then the translator
        ("文 / 葉家祺 譯 / 麥莖衡", "葉家祺"),
        ("作者：张三 翻译：李四", "张三"),
        ("文/崔虹 译/麦茎衡", "崔虹"),
    ],
)
def test_a_translators_word_ends_the_writers_value(line, author):
    found = parse_metadata(line)
    assert found is not None and found.fields == {"author": author}


@pytest.mark.parametrize(
    "line", ["本书由他译成英文", "译者序", "他把这本书译/编成了三种文字。", "译/春节 由冠群"]
)
def test_translating_in_prose_is_no_byline(line):
    found = parse_metadata(line)
    assert found is None or not found.fields


# Round 32: a writer's post bracketed after the name is no part of it; a short aside and a
# provenance bracket stay as they were.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("撰文/戴小橦(臺大學生報社前社長)", "戴小橦"),  # eval (held-out)
        ("作者:王明(本报记者)", "王明"),
        ("作者：张三(实习生)", "张三(实习生)"),
        ("作者: 王五(原载于《商报》)", "王五"),
    ],
)
def test_a_post_bracketed_after_the_name(line: str, author: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields["author"] == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # Round 36: a count word whose number the copy lost, after the date
        # (https://elecfans.com/d/1848396.html, tests/data/harvest/byline.tsv)
        ("Android编程精选 来源:Java建设者 作者:微笑刺客D 2022-06-14 15:43 次阅读", "微笑刺客D"),
        ("作者:张三 2022-06-14 人次阅读", "张三"),
    ],
)
def test_a_count_word_without_its_number_ends_the_value(line: str, author: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields["author"] == author


@pytest.mark.parametrize(
    "line",
    [
        # http://zuidongwo.com/shishang/2153013.html: bullets part the row's fields, the last
        # glued before the reader count
        "更新时间:2025-03-24 13:08:34 • 作者:依岩 •阅读 173",
        # the same row with the bars of http://www.icpcw.com's record glued before the count
        "更新时间:2025-03-24 13:08:34 | 作者:依岩 |阅读 173",
    ],
)
def test_a_field_mark_glued_before_the_next_field_ends_the_value(line):
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields["author"] == "依岩"


def test_a_middle_dot_inside_a_name_stays():
    parsed = parse_metadata("作者:約翰‧史密斯")
    assert parsed is not None and parsed.fields["author"] == "約翰‧史密斯"

"""Round 47: a name printed before staff labels only (编辑, 摄影) is the staff's newsroom,
the site, never the story's source (``byline_desk``)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.metadata import parse_metadata

# http://www.hotspotnews.ca/forum.php?mod=viewthread&tid=4602&extra= (eval variant
# by-lenticular-site-editor-label-comma-photography-label-id-toronto-forum)
FORUM_ROW = "【中文热点】编辑:Mary,摄影:dream wrok"


def test_the_forums_name_before_its_editor_is_no_source() -> None:
    parsed = parse_metadata(FORUM_ROW)
    assert parsed is not None
    assert "source" not in parsed.fields
    assert parsed.fields.get("site") == "中文热点"


def test_the_row_in_a_page_names_the_editor_and_no_source() -> None:
    page = (
        "同乡会联合总会举办新春联欢晚会\n\n"
        "　　多伦多同乡会联合总会日前举办新春联欢晚会,数百名侨胞欢聚一堂,共庆新春。\n\n"
        "【中文热点】编辑:马春林,摄影:dream wrok\n"
    )
    doc = clean(page).to_dict()
    assert (doc["source"], doc["editor"]) == (None, "马春林")


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # a source label names the source, whatever staff follow
        ("2014-11-03 07:01:34 来源:东南快报 责任编辑:张海燕", "东南快报"),
        # a date row's outlet before an editor: the lead gives more than the name
        ("2023-05-05 新华网 编辑:张三", "新华网"),
    ],
)
def test_rows_naming_a_source_keep_it(line: str, source: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields["source"] == source


def test_a_news_outlet_naming_itself_over_its_editor_stays_the_source() -> None:
    # the line the benchmark pages print for 台視新聞's own copy (its editor line:
    # https://news.ttv.com.tw/news/11301120001600W/amp)
    parsed = parse_metadata("臺視新聞 編輯:吳苡榛")
    assert parsed is not None and parsed.fields == {"source": "臺視新聞", "editor": "吳苡榛"}


def test_an_outlet_with_its_desks_word_before_the_editor_stays_the_source() -> None:
    # https://fanshouji.com/bing-dun-dun-ying-wen-jiao-shen-me-jue-dui-zi-dai-yin-xiao (eval
    # variant by-source-special-editor-slash): the outlet glued to 专稿, the editor after
    parsed = parse_metadata("荔枝新闻专稿 (编辑/王晟)")
    assert parsed is not None and parsed.fields == {"source": "荔枝新闻", "editor": "王晟"}

"""Menus (filters/furniture_menu.py): a row of short items is a site's menu; round 36, the
items may each be framed in 【】 and the frames joined by hyphens."""

from __future__ import annotations

import pytest

from newsclean.filters.furniture_menu import menu_reason


@pytest.mark.parametrize(
    "line",
    [
        # an agency's foot links, framed, joined by hyphens with stray spaces
        "【關於我們】-【 新聞中心 】- 【供稿服務】-【圖片庫服務】-【資源合作】-【留言反饋】",
        # invented: other joins, other items
        "【网站首页】|【联系我们】|【关于我们】",
        "【首页】 · 【新闻中心】 · 【联系我们】 · 【招聘信息】",
    ],
)
def test_a_row_of_framed_links_is_a_menu(line: str) -> None:
    assert menu_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "【张三】【李四】【王五】",  # framed names: no menu word
        "【视频】习近平出席会议【图】",  # text between the frames: a headline's tags
        "【关于我们】-【新闻中心】",  # two frames: too few items
    ],
)
def test_framed_words_that_are_no_menu_stay(line: str) -> None:
    assert menu_reason(line) is None


def test_each_reader_behind_stacked_menus_says_what_it_read() -> None:
    """Round 40: the readers ``stacked_menus`` asks are explained by their own reading, not
    all as "a menu printed one item a line" (a lost section block, ``test_furniture_sections``)."""
    from park_article import HEADLINE, PARAGRAPHS, page_of

    from newsclean import clean

    foot = ["公益资讯", "+更多", "云阳资讯", "+更多"]
    doc = clean(page_of(HEADLINE, *PARAGRAPHS, *foot))
    details = {e.detail for r in doc.lines if r.original == "公益资讯" for e in r.evidence}
    assert "a lost section's heading over its more link" in details
    assert "a menu printed one item a line" not in details

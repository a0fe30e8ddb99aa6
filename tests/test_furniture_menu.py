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

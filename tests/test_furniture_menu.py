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


# Round 41 (second wave): a directory of places the copy cut short.  The foot of
# http://m.egbaidu.com/photo/2023-06/18/c_1129703611_19.htm (a hijacked copy, eval/variants/
# spam.json): the hijack's link list of county pages, the stored text ending at 安化.
CUT_DIRECTORY = "高密市| 阜康市| 安化"


def test_a_directory_of_places_cut_short_is_a_menu_and_goes_from_the_foot() -> None:
    from invariants import line_removed

    from newsclean import clean

    assert menu_reason(CUT_DIRECTORY) == "nav"
    headline = "内蒙古草原牧民迎来丰收季"
    article = (
        "6月16日,额尔敦巴特尔和邻居们在草地上休息,今年牧草长势良好。\n\n"
        "当地牧民表示,今年雨水充足,牲畜膘情明显好于往年,收入有望增加。\n"
    )
    document = clean(f"{headline}\n\n{article}\n{CUT_DIRECTORY}\n", convert="none")
    assert line_removed(document, CUT_DIRECTORY) and len(document.body) == 2


@pytest.mark.parametrize(
    "line",
    [
        "北京市| 上海市",  # two names: no directory
        "高密市| 阜康市| 安化的牧民说",  # the last item is a clause
        "高密市、阜康市和安化县",  # places named in prose
    ],
)
def test_places_that_make_no_cut_directory_stay(line: str) -> None:
    assert menu_reason(line) is None

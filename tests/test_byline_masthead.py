"""The header's date above the page head's furniture (byline_masthead.py)."""

from newsclean import clean

P1 = "  新雨过后的田野显得格外清明,村民们正忙着春耕,到处一派繁忙景象,合作社的农机手早早下了地。"
P2 = "  村里今年种植水稻三千亩,比去年增加了两成,村民收入有望继续提高,乡亲们对丰收充满信心。"
MENU = "首页 | 新闻 | 体育 | 财经 | 娱乐"


def _page(*head: str) -> str:
    return "\n".join([*head, "", P1, "", P2]) + "\n"


def test_header_date_gives_way_to_the_byline_under_the_headline() -> None:
    doc = clean(
        _page(
            "星期六, 7 6 月, 2025", "", MENU, "", "赣州山区春耕忙", "2024-04-21 09:30 来源:大江网"
        )
    )
    assert doc.title == "赣州山区春耕忙"
    assert doc.published_at == "2024-04-21T09:30:00+08:00"
    assert doc.source == "大江网"
    assert doc.lines[0].placement == "removed"


def test_header_date_alone_dates_nothing() -> None:
    doc = clean(_page("2025年6月7日 星期六", "", MENU, "", "赣州山区春耕忙"))
    assert doc.title == "赣州山区春耕忙"
    assert doc.published_at is None


def test_date_right_over_the_headline_is_the_story_s() -> None:
    doc = clean(_page("2024-04-21", "赣州山区春耕忙"))
    assert doc.published_at == "2024-04-21"


SLOGAN = "新西兰南岛最大华语媒体 - 新西兰信报"


def test_date_under_the_site_s_slogan_is_the_header_s_without_a_headline() -> None:
    doc = clean(_page(SLOGAN, "", "星期六, 7 6 月, 2025", "", "投稿/广告/赞助"))
    assert doc.published_at is None
    assert [line.placement for line in doc.lines if line.text][:3] == ["removed"] * 3
    assert doc.body[0] == P1.strip()


def test_date_under_the_headline_with_tool_rows_after_it_is_the_story_s() -> None:
    doc = clean(
        _page("赣州山区春耕忙", "2024-04-21", "分享到: 微信 微博 QQ空间", "", "打印 | 关闭")
    )
    assert doc.title == "赣州山区春耕忙"
    assert doc.published_at == "2024-04-21"


def test_date_opening_a_page_without_a_masthead_is_the_story_s() -> None:
    doc = clean(_page("2024-04-21", "", "投稿/广告/赞助"))
    assert doc.published_at == "2024-04-21"


def test_a_clocked_date_over_the_tool_rows_with_no_byline_is_the_story_s() -> None:
    # round 38 (review): a date with a clock over the head's tools, nothing dated under the
    # headline: the story's record printed above its headline, not the bar's "today"
    doc = clean(_page("2024-05-12 10:20", "", MENU, "", "赣州山区春耕忙"))
    assert doc.title == "赣州山区春耕忙"
    assert doc.published_at is not None and doc.published_at.startswith("2024-05-12T10:20")

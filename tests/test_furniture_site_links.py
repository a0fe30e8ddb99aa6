"""A site's own links (``furniture_site_links``): a short modifier and the head noun of a
site document or mailbox, so a foot row of them is a menu whatever its modifiers (round 41,
second wave)."""

from __future__ import annotations

import pytest
from invariants import line_removed

from newsclean import clean
from newsclean.filters.furniture_menu import menu_reason
from newsclean.filters.furniture_site_links import site_link

# The foot row of http://matsu.idv.tw/print.php?f=63&p=1&t=158665 (an island portal's
# print page, eval/variants/furniture.json): its links six or seven spaces apart.
FOOT_ROW = (
    "服務條款      內容政策      隱私權聲明      著作權聲明       刊登廣告       站長信箱"
    "      副站長信箱      副站長kingfisher信箱"
)
HEADLINE = "馬祖機場跑道整修 今起夜間關閉"
ARTICLE = (
    "\n\n交通部民用航空局表示，南竿機場跑道整修工程今日起動工，施工期間夜間關閉。\n\n"
    "航空站提醒旅客，日間班機照常起降，請留意航空公司公告的最新航班資訊。\n"
)


@pytest.mark.parametrize("item", ["內容政策", "著作權聲明", "站長信箱", "副站長kingfisher信箱"])
def test_a_modifier_and_a_site_document_s_head_is_a_site_link(item: str) -> None:
    assert site_link(item)


@pytest.mark.parametrize("item", ["政策", "国务院出台新政策", "信箱", "kingfisher"])
def test_a_bare_head_a_clause_or_a_handle_alone_is_no_site_link(item: str) -> None:
    assert not site_link(item)


def test_the_island_portal_s_foot_row_is_a_menu_and_goes() -> None:
    assert menu_reason(FOOT_ROW) == "nav"
    document = clean(f"{HEADLINE}{ARTICLE}\n{FOOT_ROW}\n", convert="none")
    assert line_removed(document, FOOT_ROW)
    assert document.title == HEADLINE and len(document.body) == 2


def test_a_row_claiming_rights_is_the_notice_not_a_menu() -> None:
    # The copyright line of a science daily's page (eval page 020's original): its
    # policy links stand beside the claim of rights, and it stays the notice.
    line = "科技日报©版权所有 2023 | 私隐政策 | 使用条款 | 免责声明 | 版权宣告"
    assert menu_reason(line) is None


# https://www.nexttv.com.tw/NextTV/News/Home/WorldNews/2023-07-12/1238064.html (壹電視, eval
# variant tool-about-station-rss-privacy-content-protection-jobs-one-line-foot-taiwan-tv-news):
# the footer's links on one line, joined by spaces (round 43b).
TV_FOOT = "關於壹電視 RSS 隱私權政策 IWIN網路內容防護機構 人才招募"


@pytest.mark.parametrize("item", ["關於壹電視", "关于人民网", "人才招募", "IWIN網路內容防護機構"])
def test_the_about_page_jobs_and_content_protection_links_are_site_links(item: str) -> None:
    assert site_link(item)


@pytest.mark.parametrize("item", ["关于加强管理的通知", "招聘", "关于"])
def test_a_clause_opened_by_about_or_a_bare_head_is_no_site_link(item: str) -> None:
    assert not site_link(item)


def test_the_tv_station_s_foot_row_goes() -> None:
    assert menu_reason(TV_FOOT) == "nav"
    document = clean(f"{HEADLINE}{ARTICLE}\n{TV_FOOT}\n", convert="none")
    assert line_removed(document, TV_FOOT)
    assert len(document.body) == 2

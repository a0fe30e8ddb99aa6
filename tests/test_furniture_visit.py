"""A link's row with its address lost (``furniture_visit``, round 44b): a label naming an
address of the page or its copy and a link text that only says "visit it", and a button of
the same words."""

from __future__ import annotations

import pytest
from invariants import line_removed

from newsclean import clean
from newsclean.filters.furniture_visit import link_row, visit_button

# http://jintiankansha.me/t/Aj52veRAzx (an aggregator's copy of a story, eval variant
# tool-original-address-snapshot-summary-links-three-lines-foot-article-aggregator): three
# rows under the copied story, each a label and its link's text.
ROWS = ("原文地址:访问原文地址", "快照地址: 访问文章快照", "总结与预览地址:访问总结与预览")
# https://www.edr.hk/health-news/category/news-gov/page/2 (Hong Kong, a clinic group's feed
# reposting the government's news, eval variant tool-load-original-page-link-foot-hong-kong-
# clinic-news-feed): the link under each item.
BUTTON = "加載原文網頁"
HEADLINE = "社区卫生服务中心开展流感疫苗接种"
PARAGRAPHS = (
    "本月起，区内各社区卫生服务中心为六十五岁以上长者免费接种流感疫苗，市民可预约前往。",
    "中心负责人表示，今年疫苗供应充足，接种点延长开放时间，方便上班族在下班后接种。",
)
# Real lines that stay: a source notice with its address (a reprint's source, a notice),
# a venue's address and a sentence about visiting.
KEPT = (
    "原文链接:https://www.gov.cn/xinwen/2023-01/10/content_5736048.htm",
    "地址:进入园区后左转",
    "记者访问了原文作者",
)


def _page(*foot: str) -> str:
    return "\n\n".join([HEADLINE, *PARAGRAPHS, *foot]) + "\n"


@pytest.mark.parametrize("row", ROWS)
def test_a_label_and_a_visit_link_is_a_row(row: str) -> None:
    assert link_row(row)


def test_the_rows_go_under_the_story() -> None:
    document = clean(_page(*ROWS), convert="none")
    for row in ROWS:
        assert line_removed(document, row)
    assert len(document.body) == 2


def test_the_load_button_goes() -> None:
    assert visit_button("加载原文网页")
    document = clean(_page(BUTTON), convert="none")
    assert line_removed(document, BUTTON)


@pytest.mark.parametrize("line", KEPT)
def test_an_address_a_place_and_a_sentence_are_no_row(line: str) -> None:
    assert not link_row(line)
    assert not visit_button(line)

"""A brand's signature echoed on a line of its own (``spam_brand_echo``): the hijack
template's logo and title, known brand or not, and the real lines of the same words that stay.

The shape was seen on hijacked pages (``eval/variants/spam.json``: a betting brand with
(中国)官方网站 printed twice on one line, round 39); the brands here are written for the test.
"""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam_brand_echo import brand_echoes, echoed_brand

PARA = "  受台风外围云系与冷空气共同影响，从23日晚开始，我市已迎来明显降水过程。"
HEAD = "我市迎来明显降水过程 市民需注意防范"


@pytest.mark.parametrize(
    ("line", "brand"),
    [
        ("金鼎娱乐(中国)官方网站金鼎娱乐(中国)官方网站", "金鼎娱乐"),
        ("金鼎娱乐(中国)官方网站 - 金鼎娱乐(中国)官方网站", "金鼎娱乐"),
        ("77影院（香港）官方网站 77影院（香港）官方网站", "77影院"),
        ("蓝鲸体育官网|蓝鲸体育官网|蓝鲸体育官网", "蓝鲸体育"),
        ("星河棋牌官方网站(中国)有限公司_星河棋牌官方网站(中国)有限公司", "星河棋牌"),
        ("xx彩票(中国)官方网站xx彩票(中国)官方网站", "xx彩票"),
    ],
)
def test_an_echoed_signature_is_a_brand(line: str, brand: str) -> None:
    assert echoed_brand(line) == brand


@pytest.mark.parametrize(
    "line",
    [
        "华为技术有限公司",  # a press release's signature, printed once
        "深圳市腾讯计算机系统有限公司 北京字节跳动科技有限公司",  # two companies
        "中国银行(香港)有限公司",
        "更多详情请登录中超联赛官方网站",
        "本网讯 本网讯",  # an echo without a signature
        "游客可登录景区官方网站预约 游客可登录景区官方网站预约",  # a clause, no name
        "官方网站官方网站",  # no name left
    ],
)
def test_real_lines_are_no_echoed_brand(line: str) -> None:
    assert echoed_brand(line) is None


def test_the_echo_is_removed_and_the_headline_is_the_title() -> None:
    page = ["金鼎娱乐(中国)官方网站金鼎娱乐(中国)官方网站", "", HEAD, "", PARA]
    doc = clean("\n".join(page))
    assert doc.title == HEAD
    assert [r.text for r in doc.removed if r.reason == "spam"] == [page[0]]


def test_a_traditional_page_is_read_simplified() -> None:
    page = ["金鼎娛樂(中国)官方网站金鼎娛樂(中国)官方网站", "", "我市迎來明顯降水過程", "", PARA]
    doc = clean("\n".join(page))
    assert [r.text for r in doc.removed if r.reason == "spam"] == [page[0]]


def test_a_company_line_under_a_release_stays() -> None:
    page = [HEAD, "", PARA, "", "华为技术有限公司"]
    assert brand_echoes(dict(enumerate(page))) == {}
    assert "华为技术有限公司" in clean("\n".join(page)).body


def test_a_keyword_title_echo_foreign_to_the_article_is_spam() -> None:
    page = ["正在阅读:金鼎娛樂-金鼎娛樂", "", HEAD, "", PARA]
    doc = clean("\n".join(page))
    assert [r.text for r in doc.removed if r.reason == "spam"] == [page[0]]
    assert doc.title == HEAD


@pytest.mark.parametrize(
    "line",
    [
        "降水过程-降水过程",  # the article's own words, echoed by a scrape
        "正在阅读:我市迎来明显降水过程",  # a reading label before the headline
        "降水 降水",  # no title separator
    ],
)
def test_a_title_echo_the_article_names_stays(line: str) -> None:
    page = [line, "", HEAD, "", PARA]
    assert line not in [r.text for r in clean("\n".join(page)).removed if r.reason == "spam"]


@pytest.mark.parametrize("line", ["第二节:20-20", "半场比分:35-35", "108-108"])
def test_a_tied_score_is_no_title_echo(line: str) -> None:
    # a quarter's tied score in a match report: digits name nothing an article repeats
    page = [HEAD, "", PARA, "", line, "", PARA]
    doc = clean("\n".join(page))
    assert line not in [r.text for r in doc.removed]

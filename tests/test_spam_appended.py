"""A spam term appended to a row of links of one shape (``spam_appended``, round 28): the
row's composition decides, and real bar menus, a portal's lottery channel over a lottery
report and prose with bars stay."""

from __future__ import annotations

import pytest

from newsclean.filters.spam import spam_verdicts
from newsclean.filters.spam_appended import odd_item
from newsclean.page import simplify_lines

ARTICLE = [
    "受台风外围云系与冷空气共同影响,从23日晚开始,我市出现明显降雨过程。",
    "气象预报员表示,截至今天09时,过去24小时全市平均降雨量达到大雨量级,局地暴雨。",
    "预计未来几天,我市天气仍以阴雨为主,气温偏低,市民出行请注意安全。",
]


@pytest.mark.parametrize(
    ("row", "term"),
    [
        # zh-wiki.pages.dev (a Wikipedia mirror; eval held-out row): the language links
        # and a porn forum's name as the last link; here a lottery term glued to a number,
        ("英文维基 | 中文维基 | 日文维基 | 彩48彩票", "彩48彩票"),
        # the same row read from a legacy encoding, traditional, a casino's name,
        ("英文維基 | 中文維基 | 日文維基 | 遠航娛樂", "远航娱乐"),
        # another site's version: a portal's channels, full-width bars, the term first.
        ("澳门赌场｜国内新闻｜国际新闻｜社会新闻", "澳门赌场"),
    ],
)
def test_a_spam_term_appended_to_a_row_of_one_shape_takes_the_row(row: str, term: str) -> None:
    verdicts = spam_verdicts([row, "", *ARTICLE], simplify_lines=simplify_lines)
    assert verdicts[0].is_spam
    assert term in verdicts[0].terms or term in (verdicts[0].block or "")
    assert not any(v.is_spam for v in verdicts[1:])


@pytest.mark.parametrize(
    "line",
    [
        # econ.chinataiwan.cn/fax/201303/t20130321_3933034.htm: a real foot menu, no spam
        "关于我们 | 本网动态 | 转载申请 | 投稿邮箱 | 联系我们 | 版权申明 | 法律顾问",
        # a portal's row whose last channel is a weak word alone (a channel's name)
        "国内新闻 | 国际新闻 | 社会新闻 | 彩票",
        # the language links alone (zh-wiki.pages.dev without its appended term)
        "英文维基 | 中文维基 | 日文维基",
        # a row whose items share no shape
        "首页 | 新闻 | 关于我们 | 澳门赌场",
        # a one-line paragraph naming a crime (no row)
        "警方近日破获一起利用境外网站组织网络赌博的案件,涉案金额达数千万元。",
    ],
)
def test_a_real_row_or_prose_has_no_odd_spam_item(line: str) -> None:
    verdicts = spam_verdicts([line, "", *ARTICLE], simplify_lines=simplify_lines)
    assert not verdicts[0].is_spam or odd_item(line.lower()) is None
    if "|" in line:
        assert odd_item(line.lower()) is None


def test_a_channel_the_article_is_about_stays() -> None:
    row = "国内新闻 | 国际新闻 | 社会新闻 | 体育彩票大乐透"
    assert odd_item(row) == "体育彩票大乐透"
    article = [
        "体育彩票大乐透昨晚开奖,本期一等奖开出3注,单注奖金1000万元。",
        "体育彩票管理中心提醒购彩者理性购彩,量力而行。",
    ]
    assert not spam_verdicts([row, "", *article])[0].is_spam


def test_on_a_hijacked_page_an_odd_term_needs_no_vocabulary() -> None:
    """Round 34 (a wiki mirror with a search query injected above the row): the odd item
    no vocabulary knows, a letter of it the article never uses, takes the row once another
    line is spam; without the other injection, and as a column's name, it stays."""
    row = "英文维基 | 中文维基 | 日文维基 | 一肖"
    query = "卡宾国际 标签下的内容"
    assert odd_item(row) is None and odd_item(row, hijacked=True) == "一肖"
    verdicts = spam_verdicts([query, "", row, "", *ARTICLE], simplify_lines=simplify_lines)
    assert verdicts[0].is_spam and verdicts[2].is_spam
    assert not spam_verdicts([row, "", *ARTICLE], simplify_lines=simplify_lines)[0].is_spam
    menu = "国内新闻 | 国际新闻 | 社会新闻 | 彩票"
    assert odd_item(menu, hijacked=True) is None

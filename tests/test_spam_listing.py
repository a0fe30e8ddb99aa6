"""A listing's crumb and a headline's shape judged by the page (filters/spam_listing.py, read
by spam_slot): positive cases written with keywords of my own (on no eval page; simplified
and traditional) for a page number closing a keyword line, a date with a count glued to
keywords, and a click-bait headline (a question, then an exclamation) whose words the
article never prints; negative ones (a real tag row and page heading of the article's
words, a dateline, a real question headline the article answers, a real exclamation
headline, a crackdown headline naming the term its article reports)."""

from __future__ import annotations

import pytest
from linear import assert_linear
from test_spam_question import HEADLINE, PARAS, _text
from test_spam_slot import _removed_as_spam, _scattered

from newsclean import clean
from newsclean.filters import spam_listing
from newsclean.filters.spam_listing import DATE_COUNT, PAGE_NUMBER, bare_query, headline
from newsclean.filters.spam_slot import slot_spam
from newsclean.filters.spam_verdict import NOT_SPAM


@pytest.mark.parametrize(
    "line",
    [
        "紫霞仙子合集 第2页",  # a tag page's title and its page number
        "青木苑資源大全 第12頁",  # traditional
        "金狐盒子精选第5页",  # no space before the page number
        "03-1712金狐盒子青木苑会员",  # a list item's date and count glued to its keywords
        "11-085紫霞仙子黃金會員",  # traditional
    ],
)
def test_a_listing_crumb_with_foreign_keywords_is_spam(line: str) -> None:
    page = _scattered(line)
    assert _removed_as_spam(page) == {line}
    assert clean(_text(page)).title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "新闻发言人论坛 第2页",  # the article's own words: a page heading
        "06-294新闻发言人论坛",  # a tag row of the article's words
        "06-29 青木苑会员",  # a dateline parts the date from the text
        "06-29紫霞仙子",  # a day of two digits: a date, no count glued
        "第2页",  # a page number alone: no keyword part
    ],
)
def test_a_crumb_of_the_articles_words_or_a_date_stays(line: str) -> None:
    assert _removed_as_spam(_scattered(line)) == set()


@pytest.mark.parametrize(
    "line",
    [
        "紫霞仙子是什么?全网疯传内容与下载途径揭秘!",
        "金狐盒子是什麼?網友瘋傳內容與下載途徑揭秘!",  # traditional
        "青木苑到底怎么样?会员福利与入口地址大公开!",
    ],
)
def test_a_foreign_headline_shaped_question_is_spam_on_a_clean_page(line: str) -> None:
    page = [line, HEADLINE, *PARAS]
    assert _removed_as_spam(page) == {line}
    assert clean(_text(page)).title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "紫霞仙子怎么抽卡保底规则",  # a keyword, an interrogative, a frame: no question mark
        "青木苑會員積分什麼時候清零",  # traditional
        "金狐盒子段位如何计算奖励表",
    ],
)
def test_a_foreign_bare_query_is_spam_on_a_clean_page(line: str) -> None:
    assert _removed_as_spam(_scattered(line)) == {line}


@pytest.mark.parametrize(
    "line",
    [
        "新闻发布如何讲好中国故事",  # a heading the article answers
        "新闻发言人论坛为什么在北京举行",
        "那么问题来了",  # too few words besides the interrogative
    ],
)
def test_a_question_heading_the_article_answers_or_asks_stays(line: str) -> None:
    assert _removed_as_spam(_scattered(line)) == set()


CRACKDOWN = [
    "地下钱庄是什么?警方揭秘跨境洗钱新套路!",
    "  警方近日破获一个地下钱庄案件,揭秘跨境洗钱的新套路。涉案金额达数亿元。",
    "  警方提醒,地下钱庄属于非法金融活动,市民切勿参与跨境洗钱。",
]


@pytest.mark.parametrize(
    "page",
    [
        ["新闻发言人论坛是什么?第三届论坛在北京举行!", *PARAS],  # a question the article answers
        ["第三届中国新闻发言人论坛在北京举行!", *PARAS],  # an exclamation headline
        ["新闻发布如何讲好中国故事?发言人论坛给出答案!", *PARAS],
        CRACKDOWN,  # a crackdown headline naming the term its article reports
    ],
)
def test_a_real_headline_of_that_shape_stays(page: list[str]) -> None:
    result = clean(_text(page))
    assert not [r for r in result.removed if r.reason == "spam"]
    assert result.title == page[0]


def test_the_shapes() -> None:
    assert headline("某某是什么?网络热议内容曝光!")
    assert not headline("冲啊!女排夺冠")
    assert not headline("某某是什么?网络热议,内容曝光!")  # a comma: prose
    assert bare_query("某某赛制什么原理", "某某赛制什么原理")
    assert not bare_query("某某赛制什么原理?", "某某赛制什么原理")
    assert DATE_COUNT.match("06-294某某") and not DATE_COUNT.match("06-29某某")
    assert PAGE_NUMBER.search("某某汇总 第3页") and not PAGE_NUMBER.search("第3页某某")


def test_hostile_crumb_lines_are_linear() -> None:
    def page(n: int) -> list[str]:
        crumbs = [f"{k % 12:02d}-{k:06d}苑苑会员" for k in range(n // 2)]
        return crumbs + ["苑" * 20 + f" 第{k % 999}页" for k in range(n // 2)]

    assert_linear(page, lambda texts: slot_spam(texts, [NOT_SPAM] * len(texts)), 2000)
    long = "0" * 1_000_000 + "-" + "1" * 1_000_000
    assert_linear(lambda n: long[: n * 1000], DATE_COUNT.match, 200)
    spaces = "第" + " " * 4_000_000 + "x"
    assert_linear(lambda n: spaces[: n * 1000], PAGE_NUMBER.search, 200)


@pytest.mark.parametrize(
    "line",
    [
        "澳门百家乐网站大盘点:新手入门必看攻略",  # a strong term: on any page
        "澳門百家樂網站大盤點:新手入門必看攻略",  # traditional
    ],
)
def test_a_foreign_colon_title_naming_a_strong_term_is_spam(line: str) -> None:
    page = [line, *_scattered()]
    assert _removed_as_spam(page) == {line}
    assert clean(_text(page)).title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "紫霞棋牌平台大盘点:新手入门必看攻略",  # a weak term (棋牌) on a page with spam elsewhere
        "紫霞棋牌平台大盤點:新手入門必看攻略",  # traditional
    ],
)
def test_a_foreign_colon_title_with_a_weak_term_needs_spam_elsewhere(line: str) -> None:
    assert _removed_as_spam([line, *_scattered()]) == set()
    page = [line, *_scattered("金狐盒子精选第5页")]
    assert _removed_as_spam(page) == {line, "金狐盒子精选第5页"}


CRACKDOWN_COLON = [
    "警方通报:捣毁一个网络赌博平台",
    "  警方近日捣毁一个网络赌博平台,抓获嫌疑人12名。该平台以棋牌游戏为名组织赌博。",
    "  警方提醒,网络赌博平台属于违法活动,市民切勿参与。",
]


@pytest.mark.parametrize(
    "page",
    [
        ["新闻发言人论坛:讲好中国故事", *PARAS],  # a colon headline the article answers
        CRACKDOWN_COLON,  # a crackdown headline naming the term its article reports
        ["国务院新闻办:发言人论坛今天举行", *_scattered("金狐盒子精选第5页")],  # no term
        ["发言人在论坛留言:leave a comment", *_scattered("金狐盒子精选第5页")],  # av in leave
    ],
)
def test_a_real_colon_headline_stays(page: list[str]) -> None:
    result = clean(_text(page))
    assert page[0] not in {r.text for r in result.removed if r.reason == "spam"}
    assert result.title == page[0]


@pytest.mark.parametrize(
    "line",
    [
        # a byline: the colon ends the source's label (tuned page 006's row, 浙江在線's byline
        # with its comment link printed twice)
        "24/06/2007   來源:浙江在線   參與互動參與互動",
        # a wire story's title line: the dispatch, then 题 (中新社's feature stories)
        "中新社香港九月十四日电 题:史上最高六合彩奖金 掀港人投注热潮",
    ],
)
def test_a_colon_after_a_fields_label_is_no_colon_title(line: str) -> None:
    page = [line, *_scattered("金狐盒子精选第5页")]  # a hijacked page: weak terms would do
    assert line not in _removed_as_spam(page)


# Round 42: a farm's query closing on its interrogative (a measure or a noun at most after
# it), no question mark, behind a keyword of four Han or more, printed under the last
# paragraph of a page with no other spam (eval page 027's foot: 緬甸皇家國際中八个号是几等奖).
FOOT_QUERIES = [
    "七乐彩中八个号是几等奖",  # a farm page's whole title, http://yzzcp.com/doc/422102
    "緬甸皇家國際中八个号是几等奖",  # eval page 027 (round 42's draw), its last line
]


@pytest.mark.parametrize("line", FOOT_QUERIES)
def test_a_foreign_query_closing_on_its_interrogative_goes_at_the_foot(line: str) -> None:
    assert _removed_as_spam([HEADLINE, *PARAS, line]) == {line}


def test_a_question_heading_its_article_answers_stays() -> None:
    # https://viveeskincare.com/Gapfm0emxJ/zx/826367.html: an unmarked question heading
    # over the paragraphs that answer it.
    page = [
        "孩子发烧39度怎么办",
        "  孩子发烧39度需要及时采取措施降温,并密切观察病情发展,必要时就医。"
        "发烧39度高热可能由感染、炎症或其他疾病引起,需对症处理并关注潜在病因。",
        "  1、立即降温是关键。物理降温是首选方法,可以使用温水擦拭孩子的额头、腋下和四肢,"
        "帮助散热。避免使用酒精擦拭,以免刺激皮肤或引发过敏反应。",
    ]
    assert _removed_as_spam(page) == set()
    assert _removed_as_spam([*page[1:], page[0]]) == set()  # printed under them too


def test_the_closing_interrogative_needs_a_keyword_before_it() -> None:
    closing_query = spam_listing.closing_query
    assert closing_query("七乐彩中八个号是几等奖", "七乐彩中八个号是几等奖")
    assert not closing_query("某某是什么", "某某是什么")  # a two-character head: no query
    assert not closing_query("七乐彩中八个号是几等奖?", "七乐彩中八个号是几等奖")
    assert not bare_query("七乐彩中八个号是几等奖", "七乐彩中八个号是几等奖")  # no frame after


def test_a_closing_query_between_paragraphs_of_a_clean_page_stays() -> None:
    # Between paragraphs the line may head what follows: read there only on a hijacked page.
    assert _removed_as_spam(_scattered(FOOT_QUERIES[0])) == set()

"""A spam keyword turned into a search query (filters/spam_query.py): positive cases (the
shapes of keyword farms, rebuilt with other keywords) and negative ones (real headings and
one-line paragraphs that ask a question about the article's own subject)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import clean, clean_bytes
from newsclean.filters.spam_query import query_lines
from newsclean.filters.spam_signs import FUNCTION_CHARS
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict
from newsclean.render import render

HEADLINE = "海沧市民节开幕 幸福海沧市民同享"
PARAS = [
    "  上午11点,海沧区相关领导共同启动第二届海沧市民节开幕按钮,全场市民欢声雀跃。",
    "  据介绍,本届市民节为期一个月,将举办文艺演出、体育比赛等二十余项活动。",
    "  海沧区表示,市民节将持续举办,让更多市民共享发展成果。",
]


def _spam(lines: list[str]) -> set[int]:
    probes = {i: t.strip().lower() for i, t in enumerate(lines) if t.strip()}
    return set(query_lines(lines, probes, [NOT_SPAM] * len(lines)))


def _text(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("line", ["九州娱乐城规则是怎样的", "2023年澳门百家乐什么时候开始"])
def test_a_spam_term_between_paragraphs_goes(line):
    page = [HEADLINE, PARAS[0], line, *PARAS[1:]]
    assert _spam(page) == {2}


def test_a_foreign_term_at_the_top_goes_and_the_headline_is_the_title():
    page = ["紫藤萝花园 每小時新聞數量", HEADLINE, *PARAS]
    doc = clean(_text(page), convert="none")
    assert doc.title == HEADLINE
    assert "紫藤萝花园" not in "".join(doc.body)


def test_a_short_foreign_term_needs_spam_elsewhere():
    page = [HEADLINE, PARAS[0], "土铳规则是怎样的", *PARAS[1:]]
    assert _spam(page) == set()
    assert _spam([*page, "2021六合彩规则"]) == {2, len(page)}
    # a longer foreign query line of the same farm speaks for it
    assert _spam(["消息六要素是什么", *page]) == {0, 3}


def test_two_foreign_query_lines_do_not_vouch_for_each_other():
    page = ["紫藤萝花园是什么", HEADLINE, PARAS[0], "2023年紫藤萝花园什么时候开始", *PARAS[1:]]
    assert _spam(page) == {0, 3}


NEW_RULES = [
    "消费新规明年起实施 个税新政同步落地",
    "  市场监管总局日前发布消费新规,明确网购七日无理由退货的适用范围。",
    "新规是什么",
    "  新规规定,商家不得以商品已拆封为由拒绝退货。",
    "个税新政什么时候开始",
    "个税新政什么时候开始实施",
    "  财政部表示,个税新政将于明年1月1日起执行。",
]


def test_a_heading_asking_about_the_articles_own_subject_stays():
    assert _spam(NEW_RULES) == set()
    doc = clean(_text(NEW_RULES), convert="none")
    kept = "\n".join([*doc.body, *doc.headings])
    assert "新规是什么" in kept
    assert "个税新政什么时候开始实施" in kept


def test_an_faq_heading_and_a_one_line_paragraph_stay():
    faq = [
        "社保卡申领常见问题解答",
        "申领流程是什么",
        "  市民可携带身份证到任一社保经办网点申领,也可通过官方小程序在线申领。",
        "补办社保卡多少钱",
        "  首次申领免费,补办社保卡收取工本费20元。",
        "效果怎么样",
        "  试点以来,平均办理时间由15天缩短到5天。",
    ]
    assert _spam(faq) == set()


def test_a_noun_frame_needs_a_year_or_the_vocabulary():
    page = [HEADLINE, PARAS[0], "积分兑换规则", *PARAS[1:]]
    assert _spam(page) == set()
    assert _spam([*page[:2], "2021积分兑换规则", *PARAS[1:]]) == {2}


def test_a_term_of_the_reports_about_spam_is_no_evidence():
    page = [HEADLINE, PARAS[0], "扫黄打非是什么", *PARAS[1:]]
    assert _spam(page) == set()


def test_lines_already_spam_are_left_to_their_verdict():
    page = [HEADLINE, "澳门百家乐是什么", *PARAS]
    probes = {1: page[1]}
    spam = SpamVerdict(True, 9.0, ("百家乐",), 1, "joined line")
    assert query_lines(page, probes, [NOT_SPAM, spam, *[NOT_SPAM] * len(PARAS)]) == {}


def test_a_sites_link_to_an_office_stays():
    page = [HEADLINE, PARAS[0], "国家统计局官网", *PARAS[1:]]
    assert _spam(page) == set()
    assert _spam([HEADLINE, PARAS[0], "九州娱乐城官网", *PARAS[1:]]) == {2}


def test_a_page_of_many_query_lines_is_judged_in_one_pass():
    from linear import assert_linear

    han = [chr(c) for c in range(0x5000, 0x5000 + 400) if not FUNCTION_CHARS.search(chr(c))]

    def page(n: int) -> list[str]:
        lines = [f"{han[k % 200]}{han[k // 200 % 200]}园林景区是什么" for k in range(n)]
        return lines + [p.strip() for p in PARAS] * (n // 10)

    assert len(_spam(page(2_000))) == 2_000
    assert_linear(page, _spam, 1_000)


# The open tail (round 13): a keyword and a short tail of query words no frame lists.


@pytest.mark.parametrize(
    "line",
    [
        "九州娱乐城规则最新消息",  # a vocabulary term, query words composed
        "澳门百家乐开奖实时查询",
        "九州娱乐城赛程2024年时间",  # a year and a date word
        "紫藤萝花园销售时间规定",  # an unknown term of four characters or more, foreign
        "霸王花园林每小时新闻数量",
    ],
)
def test_an_open_query_tail_after_a_foreign_term_goes(line):
    page = [HEADLINE, PARAS[0], line, *PARAS[1:]]
    assert _spam(page) == {2}


def test_an_open_query_line_at_the_top_is_no_headline():
    page = ["九州娱乐城赛程2024年时间", HEADLINE, *PARAS]
    doc = clean(_text(page), convert="none")
    assert doc.title == HEADLINE
    assert "九州娱乐城" not in "".join(doc.body)
    # and printed traditional, at the foot
    doc = clean(_text([HEADLINE, *PARAS, "紫藤蘿花園銷售時間規定"]))
    assert not any("紫藤" in line for line in doc.body)
    assert len(doc.body) == len(PARAS)


def test_a_short_unknown_term_before_query_words_needs_spam_elsewhere():
    page = [HEADLINE, PARAS[0], "土铳规则最新消息", *PARAS[1:]]
    assert _spam(page) == set()
    assert _spam([*page, "澳门百家乐开奖实时查询"]) == {2, len(page)}
    # the query words are the tail: they do not lengthen the term (土铳规则最新 + 消息)
    assert _spam([HEADLINE, PARAS[0], "土铳规则最新新闻", *PARAS[1:]]) == set()


FAKE_IDS = [
    "警方捣毁一制贩假证件窝点",
    "假证件案告破",
    "  警方近日破获一起制贩假证件案,缴获假证件300余本,抓获犯罪嫌疑人4名。",
    "信用卡提现规则调整",
    "  另据银行公告,信用卡提现手续费自下月起下调,单笔提现上限不变。",
]

LOTTERY = [
    "体彩春节休市安排公布",
    "  国家体育总局体育彩票管理中心发布公告,春节期间体育彩票暂停销售。",
    "彩票销售时间规定",
    "  各地彩票销售时间为每日9时至22时,休市期间不开奖。",
    "中超联赛2023赛程公布",
    "  中超联赛将于4月开赛,体育彩票将同步开售中超竞猜。",
    "常见问题解答",
    "  购彩者可拨打彩票热线咨询。",
]


@pytest.mark.parametrize("page", [FAKE_IDS, LOTTERY])
def test_headings_naming_the_articles_crime_or_product_stay(page):
    assert _spam(page) == set()
    doc = clean(_text(page), convert="none")
    kept = "\n".join([doc.title or "", *doc.body, *doc.headings])
    for line in page:
        assert line.strip() in kept


def test_a_tail_merely_foreign_to_the_article_is_no_evidence():
    # a crackdown report's related headline: a vocabulary term, a tail the article never uses
    page = [HEADLINE, PARAS[0], "澳门百家乐门店分布", *PARAS[1:]]
    assert _spam(page) == set()


def test_a_count_with_its_unit_is_not_cut_into_a_term():
    page = ["高铁迎来15岁生日", *PARAS]
    assert _spam(page) == set()


def test_a_tag_crumb_is_spam_elsewhere_for_a_short_query_line():
    # the crumb is judged after the query lines (spam_quoted): the short term is judged again
    from newsclean.filters.spam import spam_verdicts

    page = ["首页 标签:三件套xyz", HEADLINE, PARAS[0], "霸王楼规则是怎样的", *PARAS[1:]]
    spam = [i for i, v in enumerate(spam_verdicts(page)) if v.is_spam]
    assert spam == [0, 3]
    assert not any(v.is_spam for v in spam_verdicts(page[1:]))


# Round 24: the account frames (X开户, X注册, X登录) of a gambling site's search suggestions.
@pytest.mark.parametrize(
    "line",
    [
        # brands glued to an account frame on generated spam pages outside eval/ (public
        # GitHub pages of a gambling farm: 极悦娱乐开户【Q-——333307——】…, 八方娱乐注册【Q-…】;
        # a hijacked CSDN copy's link title ending in 钱柜娱乐开户, www.tk4479.net)
        "极悦娱乐开户",
        "八方娱乐注册",
        "钱柜娱乐开户",
        # the round-23 row's shape with another lexicon's terms
        "信用卡提现开户",
        "九州娱乐城登录",
    ],
)
def test_a_spam_term_glued_to_an_account_frame_goes(line):
    assert _spam([line, HEADLINE, *PARAS]) == {0}


@pytest.mark.parametrize(
    "line",
    [
        # a bank's or a broker's heading: the frame is a noun there, no vocabulary before it
        "证券开户",
        "商标注册",
        "用户登录",
        # the article's own subject before the frame
        "海沧市民节注册",
    ],
)
def test_an_account_frame_behind_a_plain_word_stays(line):
    assert _spam([line, HEADLINE, *PARAS]) == set()


def test_a_short_query_term_is_judged_again_after_an_asked_query() -> None:
    # round 29: a year, a three-letter term and the noun frame (oa9158.com/tags/'s 2021X规则
    # shape) on a page whose other injection is an asked query (spam_ask, judged after
    # the query lines): the asked line is the spam elsewhere the short term waits for
    from newsclean.filters.spam import spam_verdicts

    head = "第三届中国新闻发言人论坛在北京举行"
    paras = [
        "  今天由国务院新闻办公室和清华大学主办的第三届中国新闻发言人论坛在北京举行。",
        "  论坛以新时代新闻发布为主题,来自各部委的新闻发言人出席并发言。",
        "  与会者表示,新闻发布要讲好中国故事。",
    ]
    page = [head, paras[0], "2021買真槍规则", paras[1], "在線播放买比分怎么算收益", paras[2]]
    assert [v.is_spam for v in spam_verdicts(page)] == [False, False, True, False, True, False]
    # alone, the short term waits: no spam elsewhere
    page = [head, paras[0], "2021買真槍规则", paras[1], paras[2]]
    assert not any(v.is_spam for v in spam_verdicts(page))


# Round 33 (clean once): the clean text prints no caption, so a caption's echo of a term
# does not make it the article's (spam_article.Printed).  Lines of benchmark-corpus page 372
# (tests/data/clean_once/query_echoed_by_caption.txt).
CAPTION = (
    "九合一大選進入最後倒數計時，國民黨新北市長候選人侯友宜陣營在板橋體育場前廣場舉辦"
    "選前之夜造勢晚會，支持者不畏大雨到場支持。（鄧博仁攝）"
)
CLEAN_ONCE = Path(__file__).resolve().parent / "data" / "clean_once"


def test_a_term_only_a_caption_echoes_is_foreign_to_the_article() -> None:
    page = ["展开 六合一家人", "", CAPTION, "", "花蓮縣政府視訊報告時，是由副縣長顏新章代替。"]
    assert _spam(page) == {0}


def test_a_term_a_paragraph_echoes_stays() -> None:
    paragraph = CAPTION.removesuffix("（鄧博仁攝）")  # the same sentence, printed as text
    page = ["展开 六合一家人", "", paragraph, "", "花蓮縣政府視訊報告時，是由副縣長顏新章代替。"]
    assert _spam(page) == set()


def test_the_first_cleaning_removes_what_the_second_would() -> None:
    doc = clean_bytes((CLEAN_ONCE / "query_echoed_by_caption.txt").read_bytes())
    assert "展开 六合一家人" not in doc.body
    assert any(r.text == "展开 六合一家人" and r.reason == "spam" for r in doc.removed)
    assert any(c.startswith("九合一大选") for c in doc.captions)
    again = clean(render(doc, "text"))
    assert (again.title, again.body) == (doc.title, doc.body)

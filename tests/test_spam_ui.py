"""A spam keyword in a template's interface words (filters/spam_ui.py): a keyword page's label
or question after a term foreign to the article, and a spam site's header (its name above an
empty contact label).  Positive cases rebuild the shapes with other keywords; negative ones
are real lines that must stay (a tag or a question of the article's own topic, a crackdown
headline, a government notice's hotline)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam import spam_verdicts
from newsclean.filters.spam_query_grammar import open_splits
from newsclean.filters.spam_ui import empty_label, site_headers, ui_head, ui_tail
from newsclean.filters.spam_verdict import NOT_SPAM

HEADLINE = "海沧市民节开幕 幸福海沧市民同享"
PARAS = [
    "  上午11点,海沧区相关领导共同启动第二届海沧市民节开幕按钮,全场市民欢声雀跃。",
    "  据介绍,本届市民节为期一个月,将举办文艺演出、体育比赛等二十余项活动。",
    "  海沧区表示,市民节将持续举办,让更多市民共享发展成果。",
]
GUNS = [
    "警方严查仿真手枪网络交易",
    "  记者从市公安局获悉,近期警方查处多起网上销售仿真手枪案件,缴获仿真手枪40余支。",
    "仿真手枪是什么？警方解读",
    "  警方介绍,仿真手枪外形与真枪相似,部分达到枪支认定标准,私自持有即属违法。",
    "仿真手枪 标签下的内容",
    "  网络赌博黑幕调查",
]


def _spam(lines: list[str]) -> list[int]:
    return [i for i, v in enumerate(spam_verdicts(lines)) if v.is_spam]


def _text(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "tail", ["标签下的内容", "什么意思", "是什么意思", "相关文章", "的搜索结果", "分类下的文章"]
)
def test_interface_words_compose_freely(tail):
    assert ui_tail(tail)


@pytest.mark.parametrize("tail", ["黑幕调查", "意思", "内容的", "下的", "警方解读", "开幕按钮"])
def test_article_words_or_one_word_are_no_interface_tail(tail):
    assert not ui_tail(tail)


@pytest.mark.parametrize(
    "line",
    [
        "九州娱乐城什么意思",  # a vocabulary term, a meaning question
        "澳门百家乐 标签下的内容",  # a tag page's label after a space
        "紫藤萝花园 相关文章",  # an unknown term of four characters, foreign to the article
        "九州娱乐城的含义解释",
        "红杏啪啪2046 标签下的内容",  # round 35: a number closing the term before the space
    ],
)
def test_a_term_in_interface_words_between_paragraphs_goes(line):
    page = [HEADLINE, PARAS[0], line, *PARAS[1:]]
    assert _spam(page) == [2]


def test_printed_traditional_at_the_top_it_is_no_headline():
    doc = clean(_text(["澳門百家樂 標籤下的內容", HEADLINE, *PARAS]))
    assert doc.title == HEADLINE
    assert not any("百家" in line for line in doc.body)


def test_a_short_unknown_term_needs_spam_elsewhere():
    page = [HEADLINE, PARAS[0], "土铳什么意思", *PARAS[1:]]
    assert _spam(page) == []
    assert _spam([*page, "九州娱乐城 标签下的内容"]) == [2, len(page)]


def test_the_articles_own_tag_question_and_crackdown_headline_stay():
    assert _spam(GUNS) == []
    doc = clean(_text(GUNS), convert="none")
    kept = "\n".join([doc.title or "", *doc.body, *doc.headings])
    for line in GUNS[:4]:
        assert line.strip() in kept


def test_a_term_the_article_prints_only_glued_before_commas_is_foreign():
    # a spun copy glues the keyword into its sentences; the query line is still spam
    glued = [
        "  上午11点,海沧区相关领导共同启动九州娱乐城,全场市民欢声雀跃。",
        "  据介绍,本届市民节为期一个月九州娱乐城,将举办文艺演出等二十余项活动。",
    ]
    page = [HEADLINE, *glued, "九州娱乐城什么意思", PARAS[2]]
    assert _spam(page) == [3]


def test_a_term_the_article_names_once_before_a_comma_is_named():
    para = "  警方近日在海沧查获一批仿真手枪,并提醒市民不要网购。"
    page = [HEADLINE, para, "仿真手枪什么意思", *PARAS]
    assert _spam(page) == []
    # nor twice, when it names it elsewhere too
    more = "  仿真手枪外形与真枪相似,私自持有即属违法。"
    assert _spam([HEADLINE, para, more, "仿真手枪 标签下的内容", *PARAS]) == []


# A spam site's header: its name, once or twice, above an empty contact label.


@pytest.mark.parametrize("name", ["九州娱乐城", "紫藤萝花园", "hotsex"])
def test_a_spam_sites_header_goes_and_the_headline_is_the_title(name):
    page = [name, name, "热线电话:", HEADLINE, *PARAS]
    assert _spam(page) == [0, 1, 2]
    doc = clean(_text(page), convert="none")
    assert doc.title == HEADLINE
    assert not any(name in line or "热线" in line for line in doc.body)


def test_a_name_printed_once_needs_the_vocabulary_or_spam_elsewhere():
    assert _spam(["九州娱乐城", "客服热线：", HEADLINE, *PARAS]) == [0, 1]
    assert _spam(["紫藤萝花园", "客服热线：", HEADLINE, *PARAS]) == []


def test_a_second_header_under_the_first_goes_too():
    page = ["九州娱乐城", "九州娱乐城", "热线电话:", "紫藤萝国际娱乐", "热线电话:", HEADLINE]
    assert _spam([*page, *PARAS]) == [0, 1, 2, 3, 4]


# Round 31: a sign-up call alone stands in the label's place (``dg娛樂`` / ``点击注册``).


@pytest.mark.parametrize(
    ("name", "call"),
    [
        ("dg娛樂", "点击注册"),
        ("九州娱乐城", "立即注册"),
        ("bt成人", "免費註冊"),
        ("澳门新葡京", "马上登录"),
    ],
)
def test_a_brand_above_its_sign_up_call_is_a_spam_sites_header(name, call):
    page = [name, call, call, HEADLINE, *PARAS]
    assert {0, 1} <= set(_spam(page))
    doc = clean(_text(page), convert="none")
    assert doc.title == HEADLINE


@pytest.mark.parametrize(
    ("name", "call"),
    # a portal's own name above its own log-in link, a name no vocabulary knows, a call
    # that says more than the call (a notice of the terms), the call under a headline
    [
        ("凤凰网", "点击注册"),
        ("新浪网", "立即登录"),
        ("紫藤萝花园", "点击注册"),
        ("九州娱乐城", "新用户注册须知"),
    ],
)
def test_a_portal_or_an_unknown_name_above_a_sign_up_call_stays(name, call):
    page = [name, call, HEADLINE, *PARAS]
    assert 0 not in _spam(page)


def test_a_sign_up_call_under_the_articles_first_sentence_is_no_header():
    page = [HEADLINE, PARAS[0], "九州娱乐城", "点击注册", *PARAS[1:]]
    assert site_headers(page, {}, [NOT_SPAM] * len(page)) == {}


@pytest.mark.parametrize("label", ["热线电话:", "客服热线：", "联系电话:", "服务热线:"])
def test_contact_labels_with_nothing_after_them_are_empty(label):
    assert empty_label(label)


@pytest.mark.parametrize("label", ["热线电话: 12345", "记者:", "相关文章:", "热线电话"])
def test_filled_or_other_labels_are_not_empty_contact_labels(label):
    assert not empty_label(label)


def test_a_governments_hotline_at_the_foot_stays():
    page = [
        "市政府办公厅关于春节假期安排的通知",
        "  各区人民政府,市政府各委、办、局:经市政府同意,现将春节假期安排通知如下。",
        "市政府办公厅",
        "热线电话:",
        "热线电话: 12345",
    ]
    assert _spam(page) == []
    assert site_headers(page, {}, [NOT_SPAM] * len(page)) == {}


def test_the_papers_own_name_above_an_empty_label_stays():
    page = ["厦门日报", "热线电话:", "厦门日报讯 海沧市民节昨日开幕,市民欢声雀跃。", *PARAS]
    assert _spam(page) == []


@pytest.mark.parametrize(
    "line",
    [
        "展开 澳门百家乐",  # a fold-out button's label before a vocabulary term
        "收起 紫藤萝花园会员",  # an unknown keyword of four characters or more
        "點擊查看 九州娛樂城",  # traditional, a link's label of two control words
        "展開 紫藤蘿花園會員",  # traditional, unknown
        "展开 m啡因",  # round 22: a coined keyword, a letter glued before Han
        "收起 b粉貨",  # traditional
    ],
)
def test_a_keyword_after_a_controls_label_goes(line):
    page = [HEADLINE, *PARAS, line]
    removed = {r.text for r in clean(_text(page), convert="none").removed if r.reason == "spam"}
    assert removed == {line}


@pytest.mark.parametrize(
    "line",
    [
        "展开 海沧市民节",  # a fold-out over the article's own subject
        "查看 原文",  # a short word after a control: a real page's link
        "点击 大图",
        "相关 紫藤萝花园会员",  # a listing's word, no control: not a button's label
        "展开 更多",  # interface words on both sides: no keyword
        "展开 B超单",  # a short name with a capital (an acronym, a model) is no coinage
        "展开 X光片",
    ],
)
def test_a_controls_label_before_the_articles_words_or_a_short_link_stays(line):
    page = [HEADLINE, *PARAS, line]
    assert _spam(page) == []
    assert _spam([*page, "九州娱乐城 标签下的内容"]) == [len(page)]  # spam elsewhere too


@pytest.mark.parametrize("line", ["展开 保收益", "收起 金沙城"])
def test_a_three_character_keyword_after_a_control_goes_with_spam_elsewhere(line):
    # Round 39: a Han keyword of three characters after a control's label, foreign to the
    # article, on a page with spam elsewhere; alone on a page it is no evidence.
    page = [HEADLINE, *PARAS, line]
    assert _spam(page) == []
    assert _spam([*page, "九州娱乐城 标签下的内容"]) == [len(page) - 1, len(page)]


def test_ui_head_reads_only_a_controls_label():
    assert ui_head("展开") and ui_head("点击查看")
    assert not ui_head("相关文章") and not ui_head("展开的") and not ui_head("海沧")


# Round 24: a number glued before a weak word is a brand's name, not the query's year.
@pytest.mark.parametrize("line", ["1980娱乐 标签下的内容", "2088娱乐 标签下的内容"])
def test_a_brands_number_before_a_weak_word_is_the_brands_name(line):
    assert [s[0] for s in open_splits(line)][-1] == line.split()[0]
    assert _spam([HEADLINE, line, *PARAS]) == [1]


@pytest.mark.parametrize("line", ["2023年娱乐 标签下的内容", "2024体育 标签下的内容"])
def test_a_year_before_a_word_stays_the_querys_year(line):
    assert all(len(s[0]) <= 2 for s in open_splits(line))
    assert _spam([HEADLINE, line, *PARAS]) == []

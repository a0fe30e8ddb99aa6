"""Spun sentences around a quoted keyword and tag-page crumbs (filters/spam_quoted.py):
positive cases (template prose the article never speaks, shapes seen on hijacked pages,
rebuilt with other words) and negative ones (real news sentences that quote terms)."""

from __future__ import annotations

from collections import Counter

import pytest

from newsclean import clean
from newsclean.filters.spam_article import MAX_ASKED, PairCount
from newsclean.filters.spam_quoted import quoted_spam
from newsclean.filters.spam_verdict import NOT_SPAM
from newsclean.page import simplify_lines

HEADLINE = "海沧市民节开幕 幸福海沧市民同享"
PARAS = [
    "  上午11点,海沧区相关领导共同启动第二届海沧市民节开幕按钮,全场市民欢声雀跃。",
    "  据介绍,本届市民节为期一个月,将举办文艺演出、体育比赛等二十余项活动。",
    "  海沧区表示,市民节将持续举办,让更多市民共享发展成果。",
]
#: Template prose built for the tests (not a page's wording): generic words about a code.
SPUN = "一段貌似寻常的编号“{}”,默默牵出的,并非遥远的机房或乏味的表格,它展开的是一幅宏大画卷"
SHORT_SPUN = '每当人们说起"{}"时,总会想到"源头"这个关键话题。'


def _verdicts(lines: list[str]) -> set[int]:
    return set(quoted_spam(lines, [NOT_SPAM] * len(lines)))


def _page(*extra: str, top: str | None = None) -> list[str]:
    lines = [top] if top else []
    return [*lines, HEADLINE, *extra, *PARAS]


@pytest.mark.parametrize("term", ["仿真手枪", "免费色站", "bt淫色电影"])
def test_spun_sentence_with_a_spam_term_goes_anywhere(term):
    page = _page(SHORT_SPUN.format(term))
    assert _verdicts(page) == {1}


@pytest.mark.parametrize("term", ["蒙尘药", "身份证生成", "六月婷婷丁香"])
def test_spun_sentence_at_the_top_goes_with_a_term_foreign_to_the_article(term):
    page = _page(top=SPUN.format(term))
    assert _verdicts(page) == {0}


def test_the_same_template_twice_does_not_vouch_for_itself():
    # the strong term goes alone; its line speaks for the template's unknown keyword
    page = _page(SHORT_SPUN.format("大型黄站"), SHORT_SPUN.format("莫达非尼"))
    assert _verdicts(page) == {1, 2}


def test_a_marked_term_between_paragraphs_needs_spam_elsewhere():
    page = _page(SHORT_SPUN.format("云顶棋牌"))
    assert _verdicts(page) == set()
    assert _verdicts([*page, "首页 标签:色站导航"]) == {1, len(page)}


# The same page as a mirror prints it, converted to the traditional script (OpenCC s2t).
TRADITIONAL_PAGE = [
    "海滄市民節開幕 幸福海滄市民同享",
    "  上午11點,海滄區相關領導共同啟動第二屆海滄市民節開幕按鈕,全場市民歡聲雀躍。",
    "  據介紹,本屆市民節為期一個月,將舉辦文藝演出、體育比賽等二十餘項活動。",
    "  海滄區表示,市民節將持續舉辦,讓更多市民共享發展成果。",
]


def test_a_marked_term_in_the_other_script_than_the_page_goes_alone():
    # injected after the mirror converted the page: the farm's simplified prose stays so
    spun = SHORT_SPUN.format("雲頂娛樂")
    page = [TRADITIONAL_PAGE[0], spun, *TRADITIONAL_PAGE[1:]]
    assert _verdicts(page) == {1}
    found = quoted_spam(page, [NOT_SPAM] * len(page))[1]
    assert "other script" in found.block
    # converted with the page (the mirror's own copy of it), the same line needs spam elsewhere
    page[1] = '每當人們說起"雲頂娛樂"時,總會想到"源頭"這個關鍵話題。'
    assert _verdicts(page) == set()
    # on a simplified page neither script is evidence (a Hong Kong quote is printed as it is)
    assert _verdicts(_page(SHORT_SPUN.format("云顶娱乐"))) == set()
    assert _verdicts(_page(page[1])) == set()


@pytest.mark.parametrize(
    "line",
    ["首页 标签:身份证生成", "首页 标签:hotsex", "首页 > 标签:彩票预测", "网站首页 关键词:大b私服"],
)
def test_tag_crumb_with_a_keyword_foreign_to_the_article_goes(line):
    assert _verdicts(_page(line)) == {1}


def test_tag_crumb_naming_the_article_stays():
    assert _verdicts(_page("首页 标签:市民节")) == set()


@pytest.mark.parametrize(
    "line",
    [
        # a paragraph quoting the name of the crime the article is about
        "  警方表示,所谓“信用卡提现”,即不法分子以虚构交易套取现金,市民切勿轻信。",
        # a slogan the article discusses, in plain prose
        "  海沧区提出“幸福海沧”的口号,市民节正是这一口号的生动体现。",
        # a reporter's quote with a figure and a name
        "  “市民节”开幕当天,约3000名市民到场,区长李明说“这是大家的节日”。",
        # a site's copyright notice naming itself
        "凡注明来源为“海沧网”的所有文字、图片,版权均属海沧网所有。",
        # parallel quotes in a paragraph of two sentences
        "踏上归途的人们期盼着团聚。“年味儿”在升腾,“人情味”在回归,“热乎劲”在增长。",
        # one plain sentence quoting three new words
        "街头巷尾“年味儿”“人情味”“热乎劲”处处可见",
        # a telegraphic headline quoting a project's name
        "“远山2号”数据中心落户高原新区",
        # a headline quoting a term, with a number
        "香港“八号风球”仍生效 李家超指保障市民平安是最大考虑",
    ],
)
def test_real_sentences_quoting_terms_stay(line):
    page = _page(line)
    assert _verdicts(page) == set()
    # and on a page with spam elsewhere
    assert 1 not in _verdicts([*page, "首页 标签:色站导航"])


def test_crime_report_quoting_its_crime_stays():
    page = [
        "警方破获“仿真手枪”网售案 抓获嫌疑人5名",
        "  记者从市公安局获悉,警方近日破获一起网上出售仿真手枪案件。",
        "  经查,嫌疑人在网上以“仿真手枪”为名出售枪支配件,警方打击此类犯罪绝不手软。",
        "  警方提醒,网购仿真手枪属于违法行为,市民应自觉抵制。",
    ]
    assert _verdicts(page) == set()


def test_pipeline_takes_the_headline_not_the_spun_sentence():
    text = "\n\n".join([SPUN.format("土枪"), HEADLINE, *PARAS]) + "\n"
    doc = clean(text)
    assert doc.title == HEADLINE
    assert not any("土枪" in line for line in doc.body)
    assert [r.text for r in doc.removed if r.reason == "spam"] == [SPUN.format("土枪")]


def test_pair_counts_asked_one_by_one_equal_one_pass(reference_lines: list[str]) -> None:
    """The page's pair counts are asked pair by pair (``str.count``) and, past
    ``MAX_ASKED`` pairs, counted in one pass: both give the count of every pair over the
    lines, overlapping repeats (哈哈哈) included."""
    lines = [line.strip().lower() for line in reference_lines if line.strip()]
    lines.append("哈哈哈，大家笑了。")
    expected: Counter[str] = Counter()
    for line in lines:
        expected.update(line[i : i + 2] for i in range(len(line) - 1))
    count = PairCount(lines)
    asked = [*sorted(expected)[: MAX_ASKED * 3], "哈哈", "不在", "xx"]
    assert [count[pair] for pair in asked] == [expected[pair] for pair in asked]
    assert count.every is not None  # the one-pass count was reached and agrees too


# Round 25: a click-bait template's hook and its question joined by a colon, clauses by a
# dash, around a quoted keyword; real lines of porn-gossip farms not in eval/.
HOOKED = [
    # https://www.xkcm-video.com/date-2026-1-4.html
    "你可能没注意:搜索“黑料社区网”的人,往往卡在同一个坑——信息污染",
    # http://17capp-down.com/怀抱温暖地/408.html
    "你可能没注意:搜索“黑料网每日大赛”的人,往往卡在同一个坑——信息污染",
    # https://paofushipin-h5.com/网页观看站/373.html (the colon after the quote)
    "我查了“黑料万里长征”首页相关页面:搜索结果为什么会被污染——别被情绪带跑",
    # http://m.mtcm-top1.com/禁爱迷宫域/427.html (its bracketed tail left out)
    "很多人忽略的关键:为什么搜索“黑料导航”总会跳出奇怪结果?",
    # the template of http://mitao-sp-m.com/…/182.html with a keyword of my own, traditional
    "不熱門但很關鍵:為什麼“海藍灣匿名銀行卡”總和信息污染一起出現?",
]


#: An article sharing no pair with the hooks' prose (the 海沧 story prints 一个, which the
#: first two hooks print too: one chance pair of 17 is past ``MAX_ECHO_SHARE``).
FORUM_HEADLINE = "第三届中国新闻发言人论坛在北京举行"
FORUM = [
    "  今天由国务院新闻办公室和清华大学主办的第三届中国新闻发言人论坛在北京举行。",
    "  论坛以新时代新闻发布为主题,来自各部委的新闻发言人出席并发言。发言持续到傍晚。",
    "  与会者表示,新闻发布要讲好中国故事。让中国声音更多地为外界听见。",
]


@pytest.mark.parametrize("line", HOOKED)
def test_a_hooked_question_around_a_foreign_keyword_at_the_top_goes(line):
    page = [line, FORUM_HEADLINE, *FORUM]
    found = quoted_spam(page, [NOT_SPAM] * len(page), simplify_lines)
    assert set(found) == {0}
    assert clean("\n\n".join(page) + "\n").title == FORUM_HEADLINE
    # between the paragraphs, an unknown keyword needs spam elsewhere on the page
    between = [FORUM_HEADLINE, FORUM[0], line, *FORUM[1:]]
    assert quoted_spam(between, [NOT_SPAM] * len(between), simplify_lines) == {}


@pytest.mark.parametrize(
    "line",
    [
        # a real paragraph's speech: a colon, a quote of the article's subject
        "海沧区相关负责人表示:“市民节”将成为海沧的城市名片,让市民共享发展成果。",
        # a colon beside a figure is no plain prose
        "据介绍:“市民节”期间共举办20余项活动。",
        # a hook and a question about the article's own subject
        "很多人关心:为什么“市民节”要持续一个月?",
    ],
)
def test_a_colon_sentence_quoting_the_articles_subject_stays(line):
    page = [line, HEADLINE, *PARAS]
    assert _verdicts(page) == set()


@pytest.mark.parametrize(
    ("line", "story"),
    [
        # https://news.43u.com.cn/a/220727.html: a real lede, a colon and two quoted queries,
        # over an article about search engines (the story's paragraphs written for the test)
        (
            "摘要:你有没有想过,每次输入“今天天气怎么样”或“买一杯咖啡多少钱”时,"
            "屏幕后面的搜索引擎到底经历了什么?",
            [
                "  搜索引擎是帮助人们找到信息的工具。",
                "  本文介绍搜索引擎如何抓取、索引和排序网页。",
            ],
        ),
        # http://m.ming7.cn/language_tips/2013-02/28/content_16262842.htm: a column's heading
        ("什么是“信息污染”?", ["  信息污染指信息源被大量低价值信息浸染的现象。"] * 2),
        # https://paofushipin-h5.com/网页观看站/373.html: its article's own sentence, with a
        # colon, on the article it belongs to
        (
            "把这类现象称作“搜索结果被污染”并不夸张:有组织或无序的操作、算法偏向和人性的"
            "弱点共同把搜索结果推向了低质量内容的深渊。",
            ["  搜索结果被污染的原因有几类。", "  识别被污染的搜索结果,要看来源和证据。"],
        ),
    ],
)
def test_real_colon_sentences_quoting_their_articles_subject_stay(line, story):
    page = [line, "搜索结果为什么会被污染", *story]
    assert quoted_spam(page, [NOT_SPAM] * len(page), simplify_lines) == {}

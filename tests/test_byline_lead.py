"""A writer's name opening the first paragraph, a space, then the story (byline_lead):
the name is the author when the article prints it nowhere else."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.byline_lead import lead_name

HEADLINE = "民众党主席黄国昌回应狗仔案"
SECOND = "黄国昌也痛批北检侦查乱公开,泄漏片面资讯给特定媒体,要求检方说明。"


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # the shape of a Taiwan portal's repost (Yahoo奇摩新闻): the writer, a space, the lead
        ("武廷融 民众党主席黄国昌爆「狗仔案」遭检调侦办,今日再度出面回应各界质疑。", "武廷融"),
        # a Macau school report's shape: the writer's name, a space, the first sentence
        ("陈美斯 一年一度的玫瑰之声于2015年12月18日下午12时30分揭开序幕,全校师生出席。", "陈美斯"),
        # a full-width space between them
        ("王小明\u3000“今年的收成比去年好。”村民们站在田边,望着金黄的稻穗笑着说。", "王小明"),
    ],
)
def test_a_name_and_a_space_opening_the_story_is_its_writer(paragraph, name):
    assert lead_name(paragraph, SECOND) == name
    doc = clean("\n\n".join((HEADLINE, paragraph, SECOND)) + "\n")
    assert doc.author == name
    assert doc.body[0] == paragraph  # the paragraph stays as printed


@pytest.mark.parametrize(
    "paragraph",
    [
        # the name the article prints again is its subject (黄国昌 in SECOND)
        "黄国昌 今日再度出面回应各界质疑,强调自己绝无违法情事,并将提出告诉。",
        # old-news.ucas.ac.cn (院刊《北极星》): a name and its unit in brackets, no story
        "许冰洋 (化学与化工学院)",
        # hgzx28.com/560.html: a name glued to its verb is prose
        "郭平贵引用柳宗元的诗句“清香晨风远,溽彩寒露浓”,表达对衡钢师生的殷殷期待。",
        # a place and a space before the story (no person's name)
        "台北 民众党主席黄国昌爆狗仔案遭检调侦办,今日再度出面回应各界质疑。",
        # a name and a space before a short line: a caption or a list
        "张三 出席活动",
    ],
)
def test_a_name_that_is_no_signature_stays(paragraph):
    assert lead_name(paragraph, SECOND) is None


# Round 31 (credit_window): a dateline opening a paragraph under the page's short leftovers
# (a browser notice left as body) opens the story, and its credit names the reporters.
NOTICE = "抱歉,我们并不支援你正使用的浏览器。"
MAIL = "如有问题,欢迎电邮至 help@example.com 查询。"
LONG = (
    "李家超当天出席香港新闻界庆祝中华人民共和国成立73周年酒会,"
    "他在致辞时指出,香港的成功故事值得讲好。"
)
TAIL = "他在致辞时指出,香港的成功故事,不但记录多年以来砥砺奋进的卓越成就,更可以鼓励下一代。"


@pytest.mark.parametrize(
    ("dateline", "author"),
    [
        # the shapes of the agency and desk credits (中新社, 华龙网: round-31 rows 113, 077)
        (
            "【中新社香港9月22日电】(戴小橦)香港特区行政长官李家超22日表示,期望香港新闻界讲好香港故事。",
            "戴小橦",
        ),
        ("华龙网讯 (记者 詹遥)昨日,知名媒体记者来到了民心佳园、交巡警平台和爱心庄园采访。", "詹遥"),
        # Xinhua's standard head: agency, place, day, 电, then the bracketed reporter
        (
            "新华社昆明2月10日电(记者林碧锋)据云南乌蒙山国家级自然保护区管护局消息,科研人员日前发现。",
            "林碧锋",
        ),
    ],
)
def test_a_dateline_under_short_notices_names_the_reporters(dateline, author):
    doc = clean(
        "\n\n".join(("香港新闻界庆祝新中国成立73周年", NOTICE, MAIL, dateline, TAIL)) + "\n"
    )
    assert doc.author == author
    assert dateline in doc.body  # the paragraph stays


def test_a_dateline_under_the_articles_own_text_is_another_story():
    dateline = (
        "【中新社香港9月22日电】(戴小橦)香港特区行政长官李家超22日表示,期望香港新闻界讲好香港故事。"
    )
    doc = clean("\n\n".join(("香港新闻界庆祝新中国成立73周年", LONG, TAIL, dateline)) + "\n")
    assert doc.author is None  # a digest's next item: not this article's reporters


# Round 39: a long line that is mostly digits and marks (a school's telephone listing the
# page left above the story) is no article text: the dateline under it opens the story.
LISTING = "崇华小学05-7761390,崇华独中05-7761484,崇华中学05-7777644 及江华幼稚园05-7764299。"


def test_a_telephone_listing_above_the_dateline_is_passed():
    dateline = (
        "本报讯 (记者孙灿芬)千年前,梯航万国的长卷从这里铺向海洋;千年后的今天,泉州站上新的起点。"
    )
    doc = clean("\n\n".join(("行走新丝路活动在泉州启动", LISTING, "285610", dateline, TAIL)) + "\n")
    assert doc.author == "孙灿芬"


def test_a_long_prose_line_above_the_dateline_still_ends_the_reach():
    dateline = (
        "本报讯 (记者孙灿芬)千年前,梯航万国的长卷从这里铺向海洋;千年后的今天,泉州站上新的起点。"
    )
    doc = clean("\n\n".join(("行走新丝路活动在泉州启动", LONG, "285610", dateline, TAIL)) + "\n")
    assert doc.author is None


def test_a_long_line_of_kana_prose_above_the_dateline_still_ends_the_reach():
    notice = "本文の著作権は原作者に帰屬します。記事の転載は情報の伝達のみを目的としております。"
    dateline = (
        "本报讯 (记者孙灿芬)千年前,梯航万国的长卷从这里铺向海洋;千年后的今天,泉州站上新的起点。"
    )
    doc = clean("\n\n".join(("行走新丝路活动在泉州启动", notice, "285610", dateline, TAIL)) + "\n")
    assert doc.author is None

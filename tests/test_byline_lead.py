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

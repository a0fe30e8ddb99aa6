"""Round 44b: where a reporter credit's unbracketed head starts (``credit_head``)."""

from __future__ import annotations

import pytest
from linear import assert_linear

from newsclean import clean
from newsclean.filters.credit_head import head_start
from newsclean.filters.credits import reporter_credit

# An article preview opening with the story's source label, the paper, the reporters and the
# text, one paragraph: http://jintiankansha.me/t/Aj52veRAzx (eval/variants/byline.json
# credit-source-label-paper-space-reporters-space-correspondent-glued-article-aggregator),
# and the same row over a Macau radio story (eval page of round 44, its gold 梁婉琦 雷翠云).
PREVIEW = "来源:大众日报 记者 郭治权 刘一颖 通讯员 赵尔靖 2月13日,“V小暖驿站”内,环卫工人正在休息。"
MACAU = (
    "来源:大众日报 记者 梁婉琦 雷翠雲 (澳門電台消息) 被問及當本澳出現新冠肺炎病例,"
    "會否觸發熔斷機制再次關閉賭場。"
)


@pytest.mark.parametrize(
    ("paragraph", "author"),
    [
        (PREVIEW, "郭治权 刘一颖"),
        (MACAU, "梁婉琦 雷翠雲"),
        ("來源：大衆日報 記者 張國財 以子之矛,攻子之盾的寓言,大家耳熟能詳。", "張國財"),
    ],
)
def test_a_source_label_opens_the_credit_row(paragraph: str, author: str) -> None:
    assert reporter_credit(paragraph) == author


def test_the_row_stays_in_the_body_and_gives_the_author() -> None:
    article = clean("北京迎来降雪\n\n" + PREVIEW + "\n\n" + "雪后道路湿滑,市民出行请注意安全。" * 3)
    assert article.author == "郭治权 刘一颖"
    assert any(p.startswith("来源:大众日报") for p in article.body)


@pytest.mark.parametrize(
    "paragraph",
    [
        # another field's label opens nothing: an editor's label is no outlet before a role
        "编辑:张三 记者 李四 王五 (综合报道) 昨日全市降雪。",
        # the sentence starts after the name: a word that is no person's name follows it
        "来源:大众日报 记者 张三 今年以来,全市新增就业岗位3万个。",
    ],
)
def test_no_row_or_one_name(paragraph: str) -> None:
    assert reporter_credit(paragraph) in (None, "张三")


def test_head_start() -> None:
    assert head_start("来源:大众日报 记者 郭治权") == 3
    assert head_start("稿源： 新华网 记者 张三") == 4
    assert head_start("时间:2024年 记者 张三") == 0
    assert_linear(lambda n: "来源:" + "大众日报 " * n, head_start, 20_000)

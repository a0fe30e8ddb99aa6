"""Round 40: a gallery's repeated frame (caption_frame): short lines of the article set in
one frame three times or more are captions; the same frame once is an aside or a credit."""

from __future__ import annotations

import pytest
from linear import assert_linear

from newsclean import clean
from newsclean.filters.caption_frame import line_frame

# https://hywybwcl.com/info/1077/1871.html (tests/data/harvest/caption_pages.txt)
CEREMONY = (
    "(华新在线讯 通讯员 任海静)3月5日上午九点,“书写百年芳华,青春献礼新时代”书画比赛颁奖典礼"
    "在学院会议室圆满完成。本次活动是红新工作坊举办的特色活动之一,由党建组同学组织策划。\n"
    "全体成员到齐后,一同观看了第十三届全国人大五次会议的开幕会,聆听李克强总理的政府工作报告。\n"
    "(集中观看开幕会)\n"
    "大会第一项,全体成员起立,齐唱国歌。\n"
    "(全体成员齐唱国歌)\n"
    "大会第二项,主持人石志远公布获奖名单,阐明此次比赛的评分是在专业,匿名的前提下评比的,"
    "高度评价了各位获奖者的作品。\n"
    "(主持人公布获奖名单)\n"
    "大会第四项,向获奖者颁发荣誉证书和奖品。\n"
    "(三等奖获奖者合影)\n"
)
# https://shizhu.cbg.cn/show/7508-2305083.html
FESTIVAL = (
    "在中秋节来临之际,近日,我县各乡镇(街道)、企业等多形式开展迎中秋系列活动,进一步弘扬中华民族"
    "优秀传统文化,丰富人民群众的精神文化生活。\n"
    "下路街道柏树社区开展中秋送温暖活动。(通讯员 阎莉 文/图)\n"
    "马武镇石流村开展“我们的节日—中秋”微宣讲志愿服务活动。(通讯员 胡春霞 文/图)\n"
    "重庆市扬东实业有限公司举办中秋联欢活动。(通讯员 汪万英 文/图)\n"
)


def test_bracketed_lines_repeated_are_a_gallerys_captions() -> None:
    document = clean(CEREMONY)
    assert document.captions == [
        "(集中观看开幕会)",
        "(全体成员齐唱国歌)",
        "(主持人公布获奖名单)",
        "(三等奖获奖者合影)",
    ]
    assert "大会第一项,全体成员起立,齐唱国歌。" in document.body


def test_credits_of_words_and_picture_repeated_are_a_gallerys_captions() -> None:
    document = clean(FESTIVAL)
    assert len(document.captions) == 3
    assert document.author is None  # no one writer: each picture's contributor
    assert document.body[0].startswith("在中秋节来临之际")


def test_one_credit_of_words_and_picture_stays_the_writers() -> None:
    page = FESTIVAL.split("\n")
    document = clean("\n".join(page[:2]) + "\n")
    assert document.captions == []


@pytest.mark.parametrize(
    ("line", "frame"),
    [
        ("(李鸿老师讲话)", "(…)"),
        ("(全体成员合影留念)", "(…)"),
        ("下路街道柏树社区开展中秋送温暖活动。(通讯员 阎莉 文/图)", "…(通讯员 … 文/图)"),
        ("(记者 崔虹)", None),  # a byline's spaces: a credit, not a description
        ("(一)", None),  # a numbered heading
        ("(他随后致辞,全场鼓掌)", None),  # an aside's marks
        ("(掌声)", None),  # too few letters to describe a picture
    ],
)
def test_line_frame(line: str, frame: str | None) -> None:
    assert line_frame(line) == frame


def test_line_frame_is_linear() -> None:
    assert_linear(lambda n: "描" * n + "(通讯员 " + "阎" * n, line_frame, 2_000)


def test_a_stage_direction_repeated_is_no_gallery() -> None:
    speech = (
        "同志们,朋友们:刚刚过去的一年,全国各族人民在中国特色社会主义道路上阔步前进,改革开放和"
        "现代化建设取得了新的重大成就,综合国力进一步提升,人民生活继续改善。"
    )
    document = clean(
        "\n".join([speech, "(全场热烈掌声)", speech, "(全场热烈掌声)", speech, "(全场热烈掌声)"])
    )
    assert document.captions == []


def test_bracketed_lines_naming_nothing_of_the_article_are_no_gallery() -> None:
    lines = CEREMONY.split("\n")
    document = clean(
        "\n".join(
            [lines[0], "(天气晴朗无风)", lines[2], "(远山云雾缭绕)", lines[4], "(湖面波光粼粼)\n"]
        )
    )
    assert document.captions == []

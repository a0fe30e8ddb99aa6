"""Tests of ``head_tag``: a kind tag framed before the headline is its kicker, no credit label."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.head_tag import is_tagged_headline

STORY = (
    "【新闻网讯 记者姜靖】“玉泉路园区设新报栏了!”社科系一位女生兴奋地对记者说。\n"
    "据她介绍,玉泉路园区停靠校车的地方,在新年前夕多了一道独特风景,原来的校车时刻表被一张张报纸代替。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "[图文]玉泉路园区新设报栏 学校将满足学生多层次需求",
        "【图文】市人大常委会调研县融媒体中心建设工作",
        "【圖文】馬公市長葉竹林頒發轄屬616鄰鄰長聘書",
        "[组图] 延安市县级融媒体建设现场会在富县召开",
        "［视频］光复乡又传乌龙警报 县府代表起身道歉",
    ],
)
def test_a_framed_kind_tag_glued_before_a_headline_is_its_kicker(line: str) -> None:
    assert is_tagged_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "【图文】张三 李四",  # the writer of text and pictures: a credit
        "[图文]王晨、李凯旋",  # names listed with 、
        "[图文]：张三",  # a colon after the frame: a label and its value
        "【新闻网讯 记者姜靖】社科系一位女生兴奋地对记者说。",  # a desk credit, no kind tag
        "【香港政情】李家超明日起赴京述职",  # a column's name, not a kind the table lists
        "[图文]",  # the tag alone
    ],
)
def test_credits_and_other_frames_are_no_tagged_headline(line: str) -> None:
    assert not is_tagged_headline(line)


def test_the_tagged_headline_heads_the_page_and_the_author_stays_the_reporter() -> None:
    doc = clean("[图文]玉泉路园区新设报栏 学校将满足学生多层次需求\n• 创建于 2006-01-04\n" + STORY)
    assert doc.title == "[图文]玉泉路园区新设报栏 学校将满足学生多层次需求"
    assert doc.author != "玉泉路园区新设报栏 学校将满足学生多层次需求"


def test_a_framed_credit_label_over_names_is_still_the_author() -> None:
    doc = clean("玉泉路园区新设报栏 学校将满足学生多层次需求\n【图文】张三\n" + STORY)
    assert doc.title == "玉泉路园区新设报栏 学校将满足学生多层次需求"
    assert doc.author == "张三"

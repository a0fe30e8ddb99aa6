"""Round 38: a gallery's alt text, a headline, a spaced dash and the picture's number
(caption_alt), is a caption; a score, a range and a short label stay."""

from __future__ import annotations

import pytest
from linear import assert_linear

from newsclean import clean
from newsclean.filters.caption_alt import alt_headline, numbered_alt

HEADLINE = "墨尔本华人庆中秋 联邦政要到场送祝福"
FIRST = (
    "本报讯 9月14日,墨尔本华人社团在市中心举办中秋庆典,联邦议员、市长及各界嘉宾到场,"
    "向华人社区送上节日祝福。"
)
SECOND = "庆典上,舞狮、民乐和灯谜等节目轮番上演,吸引了数千名市民驻足观看,现场气氛热烈。"


@pytest.mark.parametrize(
    "line",
    [
        "墨尔本华人庆中秋,联邦政要及市长到场送祝福!盛赞华社贡献突出(视频/组图) - 1",
        "悉尼华人社区举办春节游园会 数千人参加(组图) – 12",
        "广州塔灯光秀点亮珠江夜空(多图) — 3",
    ],
)
def test_a_headline_numbered_as_a_picture_is_a_caption(line: str) -> None:
    assert numbered_alt(line) is not None


# Mend, round 38 (the review's alt1, alt2): the shape alone, no media mark and no second
# picture on the page, is a heading or a paragraph that ends so.
@pytest.mark.parametrize(
    "line", ["湖人队在主场迎战勇士队比赛最终 - 1", "温度将降至零下五度左右最低 - 1"]
)
def test_the_shape_alone_stays_in_the_article(line: str) -> None:
    assert alt_headline(line) is not None and numbered_alt(line) is None
    document = clean("\n\n".join([HEADLINE, FIRST, line, SECOND, FIRST]) + "\n")
    assert line not in document.captions


def test_two_pictures_numbered_under_one_headline_are_captions() -> None:
    first, second = (
        "悉尼华人社区举办春节游园会 数千人参加 - 1",
        "悉尼华人社区举办春节游园会 数千人参加 - 2",
    )
    document = clean("\n\n".join([HEADLINE, FIRST, first, SECOND, second, FIRST]) + "\n")
    assert first in document.captions and second in document.captions


@pytest.mark.parametrize(
    "line",
    [
        "中国女足对阵日本女足 2 - 1",  # a score: a digit before the dash
        "第一部分 - 1",  # a short label
        "预计今年销量将增长3 - 5",  # a range
        "会议指出,要做好三方面工作。 - 1",  # a paragraph's sentence
        "墨尔本华人庆中秋,联邦政要到场送祝福 - 01",  # a code, no picture's number
        "墨尔本华人庆中秋,联邦政要到场送祝福-1",  # no spaced dash: a name's number
    ],
)
def test_a_score_a_range_or_a_label_is_no_alt_text(line: str) -> None:
    assert numbered_alt(line) is None


def test_the_alt_text_between_paragraphs_is_the_pages_caption() -> None:
    caption = "墨尔本华人庆中秋,联邦政要及市长到场送祝福!盛赞华社贡献突出(视频/组图) - 1"
    document = clean("\n\n".join([HEADLINE, FIRST, caption, SECOND]) + "\n")
    assert document.captions == [caption]
    assert document.body == [FIRST, SECOND]


def test_numbered_alt_is_linear() -> None:
    assert_linear(lambda n: "华" * 100 + " " * n + "- 1", numbered_alt, 200)

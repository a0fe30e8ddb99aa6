"""An identifying label: a picture's caption saying what the thing shown is
(caption_identity, round 42)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.caption_identity import identity_caption
from newsclean.filters.captions import caption_cue

# http://m.melive.cc/gn/2010/07-17/2407894.shtml: 中新网's story from 四川, under the byline
# two captions, the first a described thing identified by 是, no full stop.
LABEL = "简陋的平房是镇领导办公室兼寝室"


def test_the_label_is_a_caption_by_its_words() -> None:
    assert identity_caption(LABEL)
    assert caption_cue(LABEL) is not None
    assert identity_caption("簡陋的平房是鎮領導辦公室兼寢室")  # the page's traditional print


def test_the_label_between_two_paragraphs_is_a_caption_not_a_heading() -> None:
    # the held-out copy of 中新社's story (2022-09-22) with the label set between its first
    # two paragraphs, flush where they are indented (a heading's place otherwise)
    page = "\n\n".join(
        [
            "香港新闻界庆祝新中国成立73周年 李家超希望讲好香港故事",
            "  【中新社香港9月22日电】(戴小橦)香港特区行政长官李家超22日表示,期望香港新闻界"
            "努力讲好香港故事,团结一致地把香港的最新发展和正信息,告诉世界各地的读者、听众和观众。",
            LABEL,
            "  李家超当天出席香港新闻界庆祝中华人民共和国成立73周年酒会。",
            "  他在致辞时指出,香港的成功故事,不但记录多年以来砥砺奋进的卓越成就,"
            "更可以鼓励下一代继往开来,为香港拓展更大发展空间。",
        ]
    )
    document = clean(page + "\n")
    assert document.captions == [LABEL]
    assert LABEL not in document.headings


@pytest.mark.parametrize(
    "line",
    [
        # a sentence keeps its stop: a one-line paragraph
        LABEL + "。",
        # a farm's query (http://yzzcp.com/doc/422102, spam variant …-which-prize)
        "缅甸皇家国际中八个号是几等奖",
        # the benchmark corpus's farm question (tests' /tmp/corpus kind): an interrogative
        "粗制吗啡里面的福袋是什么东西",
        # an assessment, 是…的
        "奋斗的青春是最美的",
        # the writer's voice
        "我们的目标是星辰大海",
        # an aspect before the copula: a story told, no picture's label
        "简陋的平房曾是镇领导办公室",
    ],
)
def test_no_identifying_label(line: str) -> None:
    assert not identity_caption(line)

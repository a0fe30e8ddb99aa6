"""Round 16: a picture label and its source glued after the caption's stop
(``caption_tail.label_after_stop``), and the lines that must survive it."""

import pytest
from conftest import one_caption_after_first_paragraph
from linear import assert_linear

from newsclean.filters.caption_tail import label_after_stop


@pytest.mark.parametrize(
    "line",
    [
        "援藏干部与当地群众一起参观产业园。 Photo: Office of the Governor",
        "援藏干部与当地群众一起参观产业园。Photo: RNZ / YITING LIN",
        "工人在车间组装制氧机。图自西藏日报",
        "工人在车间组装制氧机。图自《西藏之声》",
        "山南市第二高级中学的学生在新教室上课。照片来自受访者",
    ],
)
def test_a_picture_label_after_the_stop_makes_a_caption(line: str):
    assert label_after_stop(line)
    assert one_caption_after_first_paragraph(line).captions == [line]


@pytest.mark.parametrize(
    "line",
    [
        # a paragraph of several sentences, the label after its last
        "援藏干部说，这里变化很大。工人们干劲十足。图自西藏日报",
        # the sentence goes on after the label
        "产业园正式投产。图自去年起开始规划，今年建成",
        # a label with no source
        "工人在车间组装制氧机。图自",
        # a heading, a byline, a notice
        "产业园成为增收新引擎",
        "记者 张扬 李明",
        "本文原刊于《山南日报》,2024年6月15日",
    ],
)
def test_prose_or_a_bare_label_is_no_label_credit(line: str):
    assert not label_after_stop(line)


def test_the_label_grammar_is_linear_on_a_hostile_line():
    def make(n: int) -> list[str]:
        return ["产业园。Photo: " + "a " * n, "。图自" * (n // 2), "产业园" * n]

    def judge(lines: list[str]) -> None:
        for line in lines:
            label_after_stop(line)

    assert_linear(make, judge, 50_000)

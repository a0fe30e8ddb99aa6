"""Round 20: a reporter's credit closed by a picture noun after the caption's stop
(``caption_tail.reporter_label_after_stop``), and the lines that must survive it."""

import pytest
from conftest import clean_with_line_after_first_paragraph, one_caption_after_first_paragraph
from linear import assert_linear

from newsclean.filters.caption_tail import reporter_label_after_stop


@pytest.mark.parametrize(
    "line",
    [
        # Invented forms (on no eval page): an outlet's reporter glued, 图片 for 摄,
        "工人在车间组装制氧机。山南日报记者王晓东图片",
        # spaced, a trainee's credit and 照片,
        "山南市第二高级中学的学生在新教室上课。 本报实习生 欧阳明 照片",
        # traditional, 圖.
        "援藏幹部與當地群眾一起參觀產業園。西藏日報記者 張揚 圖",
    ],
)
def test_a_reporter_and_a_picture_noun_after_the_stop_make_a_caption(line: str) -> None:
    assert reporter_label_after_stop(line)
    doc = one_caption_after_first_paragraph(line)  # simplified on a traditional line
    assert doc.captions[0].endswith(("图片", "照片", "图"))


@pytest.mark.parametrize(
    "line",
    [
        # a sentence ending with a reporter's name: no picture noun
        "产业园正式投产。新华社记者王晓东",
        # a paragraph of several sentences, the credit after its last
        "援藏干部说，这里变化很大。工人们干劲十足。本报记者王晓东照片",
        # the words after the role are no name: prose about a picture
        "产业园正式投产。记者看到了当年的老照片",
        # a byline, a heading
        "本报记者 王晓东 摄影报道",
        "产业园成为增收新引擎",
    ],
)
def test_prose_or_a_bare_credit_is_no_reporter_picture_credit(line: str) -> None:
    assert not reporter_label_after_stop(line)


def test_a_real_paragraph_ending_with_a_reporter_name_stays_in_the_body() -> None:
    line = "产业园去年产值翻了一番，今年还将新建两条生产线。本报记者王晓东"
    doc = clean_with_line_after_first_paragraph(line)
    assert doc.captions == []


def test_the_reporter_picture_grammar_is_linear_on_a_hostile_line() -> None:
    def make(n: int) -> list[str]:
        return ["产业园。记者" * n + "王晓东照片", "。" + "记者" * n + "图", "产业园" * n + "图"]

    def judge(lines: list[str]) -> None:
        for line in lines:
            reporter_label_after_stop(line)

    assert_linear(make, judge, 50_000)

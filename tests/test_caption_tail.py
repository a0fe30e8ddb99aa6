"""A credit closing a caption line (filters/caption_tail.py): the credit printed after the
caption's sentence without the brackets that would set it apart."""

from __future__ import annotations

import pytest

from newsclean.filters.caption_tail import spaced_credit


def test_a_credit_word_spaced_after_the_sentence_is_the_credit() -> None:
    assert spaced_credit("今天全市普降大雨,市民冒雨出行。 陈纹洁摄/光明图片") == "陈纹洁摄/光明图片"
    assert spaced_credit("志愿者在社区服务。  本报记者李明摄") == "本报记者李明摄"


@pytest.mark.parametrize(
    "line",
    [
        "今天全市普降大雨,市民冒雨出行。 新华社",
        "今天全市普降大雨,市民冒雨出行。 记者 张三",
        # the credit word inside a clause: a documentary's crew filmed it (review, round 35)
        "该片聚焦黄河流域生态保护。纪录片将于明年播出。 央视摄制组历时三年拍摄",
    ],
)
def test_a_name_or_an_agency_spaced_after_a_sentence_is_no_credit(line: str) -> None:
    assert spaced_credit(line) is None


def test_a_credit_spaced_after_a_pictures_name_is_the_credit() -> None:
    # round 46: a portrait's name over the story, the credit spaced after it (the e-paper of
    # 2013-05-17, https://issuu.com/chengpou/docs/20130517, with the credit of
    # eval/variants/caption.json cap-credit-space-name-she-slash-paper-pictures)
    assert spaced_credit("司长张裕 陈纹洁摄/光明图片") == "陈纹洁摄/光明图片"


@pytest.mark.parametrize(
    "line",
    [
        "本报记者 陈纹洁摄",  # a byline's role before the name: no picture's name
        "张裕 陈纹洁摄",  # two Han letters name no picture
        "2013年5月17日 陈纹洁摄",  # a date: a byline's
    ],
)
def test_a_byline_spaced_before_a_credit_is_no_pictures_name(line: str) -> None:
    assert spaced_credit(line) is None

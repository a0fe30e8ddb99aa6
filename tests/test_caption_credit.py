"""A photo credit closing a caption line bare (filters/caption_credit.py): a credit word
after a short name, a credit label with its name, a social-media page after the
sentence; a verb or a long line ending the same way is none."""

import pytest

from newsclean.filters.caption_credit import bare_credit, label_credit, social_page


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("在武汉天河机场,医护人员为医疗队送行。新华社记者 陈晔华摄", "摄"),
        ("记者张三摄", "摄"),
        ("网友发布的视频截图", "截图"),
    ],
)
def test_a_credit_word_after_a_short_name(line: str, credit: str) -> None:
    assert bare_credit(line) == credit


def test_a_verb_or_a_sentence_ending_in_a_credit_word_is_none() -> None:
    assert bare_credit("他从小就喜欢拍摄") is None
    assert bare_credit("这次活动吸引了来自全国各地的一百多名摄影爱好者前来参加拍摄") is None


def test_a_label_and_its_name_close_the_line() -> None:
    assert label_credit("港口货轮夜景 摄:Imagine China")
    assert not label_credit("他在图书馆读书")


def test_a_social_page_after_the_sentence() -> None:
    assert social_page("檢獲的證物。司警教室FB")
    assert not social_page("他常用FB")

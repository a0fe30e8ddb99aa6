"""Round 23: a line that is one short label printed again and again (``furniture_repeat``).
Forms invented for the tests (on no eval page) must go; a story's repetition for emphasis
(a chant with its marks, laughter, a sentence repeating a word) must stay."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_repeat import repeated_unit
from newsclean.filters.navigation import classify_furniture
from newsclean.filters.structure import line_verdict


@pytest.mark.parametrize(
    "line",
    [
        "Gallery图集" * 25,  # invented: bilingual label, glued, past the furniture length
        "关于我们About Us" * 4,  # invented: the other order
        "首页 > 首页 > 首页 > 首页",  # invented: a separator, the last copy without it
        "Home | Home | Home",  # invented: English
        "視頻 視頻 視頻 視頻 視頻",  # invented: traditional, spaced
    ],
)
def test_one_label_repeated_is_furniture(line: str) -> None:
    assert repeated_unit(line)
    assert classify_furniture(line) is not None
    assert line_verdict(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "加油！加油！加油！",  # a chant keeps its marks
        "谢谢，谢谢，谢谢",
        "哈哈哈哈哈哈",  # laughter: one character
        "是是是是",
        "我们要发展、发展、再发展",  # a sentence repeating a word
        "一步一步一步地走向成功",
        "Go, go, go!",
    ],
)
def test_repetition_for_emphasis_is_content(line: str) -> None:
    assert not repeated_unit(line)
    assert classify_furniture(line) is None


def test_a_repeated_label_leaves_the_page_and_the_story_stays() -> None:
    label = "Archives档案" * 18
    document = clean(_page(label, HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert line_removed(document, label)
    assert document.title == HEADLINE
    assert all(paragraph in document.body for paragraph in PARAGRAPHS[:2])


def test_a_ten_megabyte_line_is_read_quickly() -> None:
    assert not repeated_unit("ab" * 5_000_000)
    assert not repeated_unit("新闻" + "x" * 10_000_000)

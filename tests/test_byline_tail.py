"""A writer's credit after the headline on its line (``byline_tail``, round 35)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.byline_tail import headline_and_writer

ARTICLE = (
    "　　昨天上午,第二届海沧市民节在海沧湾公园开幕,数万市民走进公园,参加文艺演出、"
    "文物鉴宝和美食市集等二十余项活动。\n\n"
    "　　去年九八期间,海沧区首次举办市民节,吸引了众多市民参与,今年的活动规模更大,"
    "内容也更加丰富。\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("海沧市民节:幸福海沧 市民同享 文:李晓辉", ("海沧市民节:幸福海沧 市民同享", "李晓辉")),
        ("幸福海沧 市民同享(文/高德光)", ("幸福海沧 市民同享", "高德光")),
        ("幸福海沧 市民同享　作者：王小明", ("幸福海沧 市民同享", "王小明")),
    ],
)
def test_a_writer_after_the_headline_is_cut_off(line: str, expected: tuple[str, str]) -> None:
    assert headline_and_writer(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "幸福海沧 市民同享",  # a headline in two phrases
        "幸福海沧 来源:新华网",  # an outlet, not a writer
        "幸福海沧 编辑:李晓辉",  # an editor edits, does not write
        "文:李晓辉",  # the credit alone: no headline before it
    ],
)
def test_other_tails_stay_in_the_headline(line: str) -> None:
    assert headline_and_writer(line) is None


def test_the_page_takes_the_headline_and_the_author() -> None:
    document = clean("海沧市民节:幸福海沧 市民同享 文:李晓辉\n\n" + ARTICLE)
    assert document.title == "海沧市民节:幸福海沧 市民同享"
    assert document.author == "李晓辉"

"""A plain mainland article (a headline and two paragraphs) that furniture tests put a
line beside: the line must go and the article stay, or the line stay with it."""

from __future__ import annotations

from invariants import line_removed

from newsclean import clean

HEADLINE = "本市新建三座口袋公园年底前向市民开放"
PARAGRAPHS = [
    "本报讯 记者从市园林局获悉，今年本市新建的三座口袋公园将于年底前全部向市民开放，"
    "公园内设有健身步道、儿童游乐区和休憩座椅。",
    "园林局负责人介绍，口袋公园选址充分听取了周边居民的意见，建成后将由街道负责日常管护。",
]


def page_of(*lines: str) -> str:
    """The lines as a page, one blank line between them."""
    return "\n\n".join(lines) + "\n"


def assert_goes_above_the_headline(line: str) -> None:
    """``line`` above the headline is removed, and the headline still heads the page."""
    document = clean(page_of(line, HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert line_removed(document, line)
    assert document.title == HEADLINE

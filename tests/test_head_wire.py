"""Tests of ``head_wire``: a wire's named title heads a page that prints no headline of its own."""

from __future__ import annotations

from newsclean.filters.head_wire import wire_headline

DATELINE = "新华社北京10月23日电 题:倾听新闻中心的“中国声音”"
STORY = [
    "这是中国与世界对话的平台,新闻中心发出的“中国声音”向世界展现了开放自信的中国。",
    "新闻中心的记者招待会、集体采访吸引了各国记者,“中国声音”传遍世界。",
]


def _page(head: list[str]) -> tuple[list[str], list[int], list[int]]:
    lines = [*head, DATELINE, *STORY]
    first = len(head) + 1
    return lines, list(range(len(head) + 1)), list(range(first, len(lines)))


def test_the_named_title_heads_a_page_without_a_headline() -> None:
    lines, head, content = _page([])
    assert wire_headline(lines.__getitem__, head, content, None) == (0, "倾听新闻中心的“中国声音”")


def test_a_hijackers_line_over_the_dateline_gives_way_to_the_named_title() -> None:
    lines, head, content = _page(["【抽象合集】当你暴露了上厕所的精确坐标——混混喵的抽象时刻"])
    assert wire_headline(lines.__getitem__, head, content, 0) == (1, "倾听新闻中心的“中国声音”")


def test_a_printed_headline_the_article_echoes_keeps_its_place() -> None:
    lines, head, content = _page(["倾听十九大新闻中心的中国声音"])
    assert wire_headline(lines.__getitem__, head, content, 0) is None


def test_a_named_title_foreign_to_the_story_heads_nothing() -> None:
    lines = ["新华社北京10月23日电 题:秋收时节话丰年", *STORY]
    assert wire_headline(lines.__getitem__, [0], [1, 2], None) is None

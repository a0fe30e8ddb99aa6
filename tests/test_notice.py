"""Notices: vocabulary anywhere in a short line, decided with the line's place on the page."""

import pytest
from conftest import data_lines

from newsclean.filters.notice import is_notice, needed_score, notice_score, opens_as_notice
from newsclean.filters.structure import LineView, classify

TITLE = "三省援藏干部人才同心凝聚合力"
BYLINE = "来源：西藏日报"
PARAGRAPHS = [
    "在湖南的大力支持下，中车山南清洁能源装备产业园正式投产，这是西藏首个清洁能源装备产业基地。",
    "安徽援建的山南市第二高级中学“智慧校园”建设项目顺利完工，学校面貌焕然一新，师生纷纷点赞。",
    "湖北援藏企业西藏清匠电器科技有限公司的工人正在组装制氧机，产品已销往全区七个地市。",
    "三年援藏路，一生雪域情。援藏干部们说，他们将继续为西藏的发展贡献自己的力量。",
]


def page_with(line: str, position: str) -> tuple[list[LineView | None], int]:
    """A page with ``line`` at the top of the body, in the middle, or at the foot."""
    paragraphs = [LineView(p, True, 1) for p in PARAGRAPHS]
    placed = LineView(line, position == "middle", 1)  # prose is indented like prose
    head = [LineView(TITLE, False, 0), LineView(BYLINE, False, 1)]
    if position == "top":
        body = [placed, *paragraphs]
    elif position == "middle":
        body = [*paragraphs[:2], placed, *paragraphs[2:]]
    else:
        body = [*paragraphs, placed]
    views: list[LineView | None] = [*head, *body]
    return views, views.index(placed)


def _variants() -> list[tuple[str, str, str, str]]:
    return [tuple(line.split("\t")) for line in data_lines("notice_variants.tsv")]  # type: ignore[misc]


@pytest.mark.parametrize(("line", "expected", "position", "seen"), _variants())
def test_notice_variant_table(line, expected, position, seen):
    views, index = page_with(line, position)
    placement = classify(views).placements[index]
    got = "notice" if placement == "copyright" else "body"
    assert got == expected, f"{line!r} at the {position} (seen: {seen}): {placement}"


@pytest.mark.parametrize(
    "line",
    [
        "新华网 版权所有 ©",
        "2024 Example News. All Rights Reserved.",
        "本站文章未经授权不得转载",
        "京ICP备12345678号",
        "本网站所有内容均受版权保护",
    ],
)
def test_vocabulary_anywhere_in_the_line_at_the_foot(line):
    assert not opens_as_notice(line)
    assert is_notice(line, near_foot=True)
    assert not is_notice(line, near_foot=False)


def test_the_same_words_in_the_middle_of_an_article_are_prose():
    line = "法院认为，被告未经授权使用原告作品，侵犯其版权。"
    assert not is_notice(line, near_foot=False)
    views, index = page_with(line, "middle")
    assert classify(views).placements[index] == "body"


def test_a_notice_formula_opening_the_line_counts_anywhere():
    line = "版權聲明:凡標注有“cnsphoto”字樣的圖片版權均屬中國新聞網,未經書面授權,不得轉載使用。"
    views, index = page_with(line, "top")
    layout = classify(views)
    assert layout.placements[index] == "copyright"
    assert layout.evidence[index] is not None
    assert layout.evidence[index].detail == "opens with a notice formula"


def test_a_long_line_needs_more_vocabulary():
    short = "转载请注明出处"
    long = "记者了解到，" + "当地文化部门正在开展专项行动，" * 6 + "转载请注明出处。"
    assert notice_score(short) == notice_score(long)
    assert needed_score(long) > needed_score(short)
    assert is_notice(short, near_foot=True)
    assert not is_notice(long, near_foot=True)


def test_overlapping_terms_count_once():
    assert notice_score("版权所有") == 1.0


def test_several_notice_lines_at_the_foot_all_go_to_copyright():
    views = [
        LineView(TITLE, False, 0),
        LineView(BYLINE, False, 1),
        *(LineView(p, True, 1) for p in PARAGRAPHS),
        LineView("声明：本文仅代表作者观点，不代表本网立场。", False, 2),
        LineView("Copyright © 2024 Example News. All Rights Reserved.", False, 1),
    ]
    layout = classify(views)
    assert layout.placements[-2:] == ["copyright", "copyright"]
    assert layout.evidence[-2] is not None
    assert "foot" in layout.evidence[-2].detail


def test_a_hostile_line_is_cheap():
    line = "版权" * 5_000_000
    assert notice_score(line) == 0.0
    assert not is_notice(line, near_foot=True)


@pytest.mark.parametrize(
    ("line", "anywhere", "at_foot"),
    [
        # the cases the old metadata.is_notice was tested on, kept here with its successor
        ("版权声明:凡注明“来源:中国西藏网”的所有作品", True, True),
        ("Copyright ©1999-2025 chinanews.com. All Rights Reserved", True, True),
        ("版权保护是本次会议的议题之一。", False, False),
    ],
)
def test_notice_by_opening_and_by_place(line, anywhere, at_foot):
    assert is_notice(line, near_foot=False) is anywhere
    assert is_notice(line, near_foot=True) is at_foot

"""Captions: a photo credit at the end or a caption opening (any layout), or a layout
unlike the paragraphs' (indentation, spacing) — and no guess where the page has no layout."""

import pytest
from conftest import data_lines

from newsclean.filters.captions import PageLayout, caption_cue
from newsclean.filters.structure import LineView, classify

TITLE = "三省援藏干部人才同心凝聚合力"
BYLINE = "发布时间：2025-07-02"
LONG = [
    "在湖南的大力支持下，中车山南清洁能源装备产业园正式投产，这是西藏首个清洁能源装备产业基地。",
    "安徽援建的山南市第二高级中学“智慧校园”建设项目顺利完工，学校面貌焕然一新，师生纷纷点赞。",
    "湖北援藏企业西藏清匠电器科技有限公司的工人正在组装制氧机，产品已销往全区七个地市。",
    "三年援藏路，一生雪域情。援藏干部们说，他们将继续为西藏的发展贡献自己的力量和智慧。",
]
SHORT = "湖南支援山南市第三小学打造一支教师队伍。"


def head() -> list[LineView | None]:
    return [LineView(TITLE, False, 0), LineView(BYLINE, False, 1)]


def _variants() -> list[tuple[str, str, str]]:
    return [tuple(line.split("\t")) for line in data_lines("caption_variants.tsv")]  # type: ignore[misc]


@pytest.mark.parametrize(("line", "expected", "seen"), _variants())
def test_caption_wording_variant_table(line, expected, seen):
    got = "caption" if caption_cue(line) is not None else "not"
    assert got == expected, f"{line!r} (seen: {seen})"


@pytest.mark.parametrize(("line", "expected", "seen"), _variants())
def test_credited_captions_are_placed_in_a_page_without_layout_signal(line, expected, seen):
    flush = [LineView(p, False, 1) for p in LONG]
    views = [*head(), flush[0], LineView(line, False, 1), *flush[1:]]
    placement = classify(views).placements[3]
    if expected == "caption":
        assert placement == "caption", seen
    else:
        assert placement != "caption", seen


def test_unindented_line_among_indented_paragraphs_is_a_caption_without_final_punctuation():
    grouped = ["湖北援藏企业的工人正在组装制氧机", "安徽援建的山南市第二高级中学智慧校园"]
    views = [
        *head(),
        *(LineView(text, False, 2) for text in grouped),
        *(LineView(p, True, 1) for p in LONG),
    ]
    layout = classify(views)
    assert layout.placements[2:4] == ["caption", "caption"]
    assert layout.evidence[2] is not None
    assert layout.evidence[2].detail == "unindented among indented paragraphs"


def test_a_lone_unpunctuated_line_above_the_body_is_not_guessed_a_caption():
    views = [
        *head(),
        LineView("记湖南援藏干部的三年", False, 1),
        *(LineView(p, True, 1) for p in LONG),
    ]
    assert classify(views).placements[2] == "body"


def test_indented_line_among_flush_paragraphs_is_a_caption():
    views = [
        *head(),
        LineView(LONG[0], False, 1),
        LineView(SHORT, True, 1),
        *(LineView(p, False, 1) for p in LONG[1:]),
    ]
    layout = classify(views)
    assert layout.placements[3] == "caption"
    assert layout.evidence[3].detail == "indented among flush paragraphs"


def test_a_line_set_apart_by_blank_lines_is_a_caption_where_paragraphs_are_single_spaced():
    views = [
        *head(),
        LineView(LONG[0], False, 1),
        LineView(SHORT, False, 3),
        *(LineView(p, False, 1) for p in LONG[1:]),
    ]
    assert classify(views).placements[3] == "caption"


def test_spacing_is_ignored_for_lines_indented_like_the_paragraphs():
    views = [
        *head(),
        LineView(LONG[0], True, 1),
        LineView(LONG[1], True, 3),
        LineView(SHORT, True, 3),
        *(LineView(p, True, 1) for p in LONG[2:]),
    ]
    assert classify(views).placements[3:5] == ["body", "body"]


def test_the_first_paragraph_spaced_from_the_head_is_not_a_caption():
    views = [
        *head(),
        LineView(SHORT, False, 3),
        *(LineView(p, False, 1) for p in LONG),
    ]
    assert classify(views).placements[2] == "body"


def test_no_layout_signal_is_said_not_guessed():
    views = [
        *head(),
        LineView(LONG[0], False, 1),
        LineView(SHORT, False, 1),
        *(LineView(p, False, 1) for p in LONG[1:]),
    ]
    layout = classify(views)
    assert layout.placements[3] == "body"
    assert layout.evidence[3] is not None
    assert "no layout signal" in layout.evidence[3].detail


def test_a_caption_like_sentence_inside_the_body_stays_body():
    views = [
        *head(),
        LineView(LONG[0], True, 1),
        LineView("工人们正在组装制氧机。", True, 1),
        *(LineView(p, True, 1) for p in LONG[1:]),
    ]
    assert classify(views).placements[3] == "body"


def test_a_heading_is_not_taken_for_a_caption():
    views = [
        *head(),
        LineView(LONG[0], True, 1),
        LineView("深耕产业援藏——激活经济新引擎", False, 2),
        *(LineView(p, True, 1) for p in LONG[1:]),
    ]
    assert classify(views).placements[3] == "heading"


def test_page_layout_norms():
    indented = PageLayout.of([LineView(p, True, 1) for p in LONG])
    assert (indented.indented, indented.gap) == (True, 1)
    mixed = PageLayout.of([LineView(p, i % 2 == 0, i) for i, p in enumerate(LONG)])
    assert (mixed.indented, mixed.gap) == (None, None)


def test_a_hostile_line_is_cheap():
    assert caption_cue("摄" * 5_000_000) is None

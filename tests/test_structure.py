"""Placing lines: title, byline, captions, headings and body, from the page's own layout."""

from newsclean.filters.structure import LineView, classify, is_heading_shaped


def views(*lines: tuple[str, bool, int]) -> list[LineView | None]:
    return [LineView(text, indented, blanks) for text, indented, blanks in lines]


LONG = "在湖南的大力支持下，中车山南清洁能源装备产业园正式投产，这是西藏首个清洁能源装备产业基地。"


def test_title_is_the_line_above_the_byline():
    layout = classify(
        views(
            ("三省援藏干部人才同心凝聚合力", False, 0),
            ("来源：西藏日报", False, 1),
            (LONG, True, 1),
        )
    )
    assert layout.placements == ["title", "metadata", "body"]
    assert layout.fields == {"source": "西藏日报"}


def test_title_without_byline_is_the_first_short_line():
    layout = classify(views(("三省援藏干部人才同心凝聚合力", False, 0), (LONG, False, 1)))
    assert layout.placements == ["title", "body"]


def test_byline_at_the_foot_does_not_make_the_last_paragraph_a_title():
    layout = classify(views((LONG, False, 0), (LONG, False, 1), ("[ 责任编辑:李迪 ]", False, 0)))
    assert layout.placements == ["body", "body", "metadata"]


def test_unindented_sentences_among_indented_paragraphs_are_captions():
    layout = classify(
        views(
            ("标题在这里很短", False, 0),
            ("发布时间：2025-07-02", False, 1),
            ("湖南支援山南市第三小学打造一支教师队伍。", False, 2),
            (LONG, True, 1),
            (LONG, True, 1),
        )
    )
    assert layout.placements == ["title", "metadata", "caption", "body", "body"]


def test_heading_needs_an_article_begun_and_a_paragraph_after_it():
    layout = classify(
        views(
            ("一个标题在这里", False, 0),
            (LONG, False, 1),
            ("深耕产业援藏——激活经济新引擎", False, 1),
            (LONG, False, 1),
            ("三年援藏路一生雪域情", False, 1),
        )
    )
    assert layout.placements == ["title", "body", "heading", "body", "body"]


def test_ellipsis_and_short_punctuation_lines_are_body():
    assert not is_heading_shaped("……")
    assert not is_heading_shaped("枝叶总关情。")


def test_caption_wording_wins_in_any_layout():
    layout = classify(
        views(
            ("标题在这里很短", False, 0),
            (LONG, False, 1),
            ("△ 警方抓获犯罪嫌疑人 通讯员供图", False, 1),
        )
    )
    assert layout.placements[2] == "caption"


def test_removed_lines_hold_their_place():
    layout = classify([None, *views(("标题在这里很短", False, 0), (LONG, False, 1))])
    assert layout.placements == ["blank", "title", "body"]


def test_agency_photo_credit_marks_a_caption_without_indentation():
    layout = classify(
        views(
            ("标题在这里很短", False, 0),
            (LONG, False, 1),
            ("7月1日，游客在景区游览。（新华社发）", False, 1),
            (LONG, False, 1),
        )
    )
    assert layout.placements == ["title", "body", "caption", "body"]

"""byline_row: a slash row opened by an author label; a name with its dateline after a
dash (round 23).  Forms invented here."""

from __future__ import annotations

from newsclean.filters.byline_row import dateline_names, labelled_row
from newsclean.filters.metadata import parse_metadata


def test_author_label_with_a_column_word_opens_a_slash_row() -> None:
    parsed = parse_metadata("特稿作者 周文清 林美玲 / 联合早报 / 2021-03-04")
    assert parsed is not None
    assert parsed.fields["author"] == "周文清 林美玲"
    assert parsed.fields["published_at"] == "2021-03-04"
    assert parsed.fields.get("source") == "联合早报"


def test_labelled_row_drops_a_brand_that_is_no_outlet() -> None:
    parsed = labelled_row("專欄作者 周文清 / 好运来彩app / 2021-03-04")
    assert parsed is not None
    assert "source" not in parsed.fields
    assert parsed.fields["author"] == "周文清"


def test_prose_with_the_label_word_is_no_row() -> None:
    assert labelled_row("他说作者 就是他自己 / 2021-03-04") is None
    assert labelled_row("作者本人也承认这一点") is None


def test_name_dash_place_is_the_author_not_a_source() -> None:
    parsed = parse_metadata("王大明-台中 2023-05-01 09:30")
    assert parsed is not None
    assert parsed.fields.get("author") == "王大明"
    assert "source" not in parsed.fields


def test_dash_between_words_is_left_alone() -> None:
    assert dateline_names("中美-峰会 2023-05-01") == "中美-峰会 2023-05-01"
    assert dateline_names("新华网 2023-05-01") == "新华网 2023-05-01"

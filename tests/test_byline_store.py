"""Storing a labelled value: the time field's date grammar and values that are prose."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_pieces import Metadata
from newsclean.filters.byline_store import is_plain, store_joint, store_row_credit, store_value


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2025-07-02 16:05:00", "2025-07-02T16:05:00+08:00"),
        ("2024年3月5日", "2024-03-05"),
        ("108-09-20", "2019-09-20"),
    ],
)
def test_a_time_value_is_a_byline_date(value: str, iso: str) -> None:
    result = Metadata()
    assert store_value(result, "published_at", value)
    assert result.fields == {"published_at": iso}


@pytest.mark.parametrize("value", ["7月2日 16:05", "07-02 16:05", "星期三 上午"])
def test_a_date_like_time_without_a_year_is_metadata_without_a_time(value: str) -> None:
    result = Metadata()
    assert store_value(result, "published_at", value)
    assert result.fields == {}


def test_a_time_value_that_is_no_date_makes_the_line_prose() -> None:
    assert not store_value(Metadata(), "published_at", "市政府召开新闻发布会")


def test_a_source_name_ends_at_its_date() -> None:
    result = Metadata()
    assert store_value(result, "source", "《世界华人周刊》 2016-11-11 第四版 华人")
    assert result.fields["published_at"] == "2016-11-11"
    assert result.fields["source"] == "《世界华人周刊》"


def test_a_value_with_sentence_punctuation_is_prose() -> None:
    assert not store_value(Metadata(), "author", "张三说，今天下雨")
    assert not is_plain("张三说，今天下雨")
    assert is_plain("新华网")
    assert not is_plain("新" * 41)


def test_the_first_value_of_a_field_wins_and_no_value_is_not_stored() -> None:
    result = Metadata()
    assert store_value(result, "source", "新华网")
    assert store_value(result, "source", "人民网")
    assert store_value(result, "author", "admin")
    assert result.fields == {"source": "新华网"}


def test_a_joint_value_splits_into_names_and_outlet() -> None:
    result = Metadata()
    assert store_joint(result, "海涵 中评社")
    assert result.fields == {"author": "海涵", "source": "中评社"}


def test_a_reporter_credit_after_the_date_is_the_next_field() -> None:
    result = Metadata()
    store_row_credit(result, "2014.08.19   人民网记者 孙灿芬")
    assert result.fields.get("author") == "孙灿芬"
    untouched = Metadata()
    store_row_credit(untouched, "2014.08.19")
    assert untouched.fields == {}


# Round 36: a clock printed before the date, one separator between, is the date's.
@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("12:23 | 15/01/2024 更多文章", "2024-01-15T12:23:00+08:00"),
        ("9:05 2024年1月15日", "2024-01-15T09:05:00+08:00"),
        ("25:05 2024年1月15日", "2024-01-15"),  # no clock: the date alone
        ("12:23-14:00 | 15/01/2024", "2024-01-15"),  # a range, no clock of the date
    ],
)
def test_a_clock_before_the_date_is_its_time(value: str, iso: str) -> None:
    result = Metadata()
    assert store_value(result, "published_at", value)
    assert result.fields == {"published_at": iso}

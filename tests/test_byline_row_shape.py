"""The byline row's pieces that are neither source nor author (byline_row_shape), a count
glued to the date (byline_dates.counted_date), and the round-40 harvest of byline rows from
sites cited nowhere else (tests/data/harvest/byline_rows.tsv, halves A and B)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsclean import clean
from newsclean.filters.byline_row_shape import is_place_piece, row_aside
from newsclean.filters.metadata import parse_metadata

EVAL = Path(__file__).resolve().parent.parent / "eval"
sys.path.insert(0, str(EVAL))

import harvest_byline_rows  # noqa: E402

HEAD = "句容市白兔镇中心村:让乡村故事“云端”传扬"
FIRST = (
    "  作为句容知名的“红色村”与“茶叶村”,中心村有着得天独厚的发展底色。经过数年建设,"
    "以“句容第一个农村党支部”为标志的大支里党支部旧址已成为镇江市党史教育基地,年教育辐射超5万人。"
)


def _page(row: str) -> str:
    return "\n".join([HEAD, row, "", FIRST]) + "\n"


def test_a_read_count_glued_to_the_date_gives_the_date():
    # http://hlj.checne.com/jiaodian/54802.html: 7893 reads, then the date, no gap
    found = parse_metadata("来源:新华网阅读量:78932026-01-06 11:27:51")
    assert found is not None
    assert found.fields == {"source": "新华网", "published_at": "2026-01-06T11:27:51+08:00"}


@pytest.mark.parametrize(
    ("row", "source"),
    [
        ("2021-03-04 10:22 · 江门日报客户端", "江门日报客户端"),  # a middle dot parts the fields
        ("2021-03-04 10:22 丨 江门日报", "江门日报"),
        ("2021-03-04 10:22 北京", None),  # a dateline place: no outlet
        ("2021-03-04 10:22 1234", None),  # the bare view count ends the row
    ],
)
def test_a_row_reads_its_fields_past_separators_counts_and_places(row, source):
    doc = clean(_page(row))
    assert doc.published_at == "2021-03-04T10:22:00+08:00"
    assert doc.source == source and doc.author is None


def test_a_place_is_never_a_person():
    found = parse_metadata("2021-03-04 作者:北京")
    assert found is not None and "author" not in found.fields
    assert parse_metadata("作者:李明镇 2021-03-04").fields["author"] == "李明镇"  # type: ignore[union-attr]


def test_shapes():
    assert row_aside("·", alone=False, dated=True) and row_aside("147", alone=True, dated=True)
    assert not row_aside("147", alone=True, dated=False) and not row_aside("新京报", True, True)
    assert (
        is_place_piece("恩平市") and not is_place_piece("白云区") and not is_place_piece("株洲日报")
    )


def test_the_round_40_harvest_keeps_its_floor():
    hits = [harvest_byline_rows.judge(row)[0] for row in harvest_byline_rows.rows()]
    assert sum(hits) >= harvest_byline_rows.FLOOR
    halves = {row[0] for row in harvest_byline_rows.rows()}
    assert halves == {"A", "B"}


def test_a_section_beside_the_writer_is_no_source_and_the_house_dateline_is_a_piece():
    doc = clean(_page("2021-03-04 10:22 热点关注 李明"))
    assert doc.source is None and doc.author == "李明"
    doc = clean(_page("2021.03.04 16:28 江门日报 本网讯"))
    assert doc.source == "江门日报" and doc.published_at == "2021-03-04T16:28:00+08:00"
    assert clean(_page("2021-03-04 江门日报 李明")).source == "江门日报"

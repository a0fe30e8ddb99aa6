"""Round 27: a credit's role after the name (``X/整理``, ``X编译``) is no part of the name;
a period phrase ending in a publisher noun is a paper, not a column."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_asides import is_section_label, without_duration
from newsclean.filters.byline_clean import role_after_name
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # eval/variants/byline.json by-magazine-reporter-slash-compiled (湄公河 magazine)
        ("本刊记者 李晓辉/整理", "李晓辉"),
        ("作者:张三／编译", "张三"),
        ("作者:张三整理", "张三"),
        ("本报记者 欧阳修、李四/综合报道", "欧阳修、李四"),
    ],
)
def test_a_role_after_the_name_is_cut(line, author):
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields["author"] == author


def test_what_is_no_role_after_a_name():
    assert role_after_name("新华社/整理") is None  # an outlet, no person
    assert role_after_name("张三/李四") is None  # two names
    assert role_after_name("张三") is None


def test_a_paper_named_with_a_period_word_is_no_column():
    assert not is_section_label("每日论坛报")  # the Daily Tribune
    assert not is_section_label("每日邮报")  # the Daily Mail
    assert is_section_label("每日新闻早读")  # a digest's column (auliving.com.au)
    assert is_section_label("每週熱話")


def test_a_digest_label_before_the_date_is_no_source():
    # eval/variants/byline.json by-daily-digest-label-middot-date-zhou
    parsed = parse_metadata("每日新聞早讀·5 May 2023")
    assert parsed is not None
    assert "source" not in parsed.fields
    assert parsed.fields["published_at"] == "2023-05-05"


def test_a_recording_length_after_the_date_is_no_piece():
    # awedio.sg/podcast/1048: the episode's date and length
    assert parse_metadata("14 Jan 2025 · 25m 15s").fields == {"published_at": "2025-01-14"}
    assert without_duration("2020年8月12日 · 12时30分") == "2020年8月12日 · 12时30分"
    assert without_duration("播客 · 25m") == "播客 · 25m"

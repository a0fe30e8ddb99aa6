"""A byline row's date before the site's disclaimer (``filters/notice_dated.py``, round
44): the date opening a notice line, a gap after it, is the article's date and the line is
the byline row, not the site's terms."""

from __future__ import annotations

import pytest
from linear import assert_linear

from newsclean import clean
from newsclean.filters.notice_dated import dated_notice

# https://www.hk01.com/突發/60267062/ (eval page of round 44's tuned set; the row of the
# 6park-style news template without its source field, as the stored copy prints it)
ROW = "2025-08-15  提示:新聞觀點不代表本網立場"
PARAGRAPH = (
    "澳門兩名老婦疑墮「殺豬盤」騙局,痛失逾842萬元。澳門司警追查下,揭發有人將騙款用於購買虛擬貨幣,"
    "前日(13日)在新口岸區一食肆,拘捕一名姓黃(40歲)香港男子。"
)


def test_a_date_before_the_disclaimer_is_the_rows_date() -> None:
    assert dated_notice(ROW) == "2025-08-15"
    doc = clean(f"{ROW}\n\n{PARAGRAPH}\n")
    assert doc.published_at == "2025-08-15"
    assert not doc.copyright
    assert doc.lines[0].placement == "metadata"


@pytest.mark.parametrize(
    "line",
    [
        "提示:新聞觀點不代表本網立場",  # the notice alone: the site's terms
        "2025-08-15提示:新聞觀點不代表本網立場",  # glued: no row's cells
        "本文2025-08-15起禁止轉載",  # a date inside the notice
        "2025-08-15  本報記者 張三",  # a date and a credit: no notice
    ],
)
def test_a_notice_with_no_row_date_stays_a_notice(line: str) -> None:
    assert dated_notice(line) is None


def test_a_notice_alone_stays_the_sites_terms() -> None:
    doc = clean(f"提示:新聞觀點不代表本網立場\n\n{PARAGRAPH}\n")
    assert doc.published_at is None
    assert doc.lines[0].placement == "copyright"


def test_a_hostile_line_is_quick() -> None:
    assert_linear(lambda n: "2025-08-15" + " " * n + "提示" * n, dated_notice, 2000)


@pytest.mark.parametrize(
    ("line", "source", "published"),
    [
        # Round 45: the 6park template's whole row, its date in an English month (a repost
        # of Xinhua's wire, https://m.shzx.org/a/27-39909-0.html): the row, not a notice.
        ("新闻来源: 新华社 于Oct 26, 2019  提示:新闻观点不代表本网立场", "新华社", "2019-10-26"),
    ],
)
def test_a_row_with_a_source_before_the_disclaimer_is_the_row(
    line: str, source: str, published: str
) -> None:
    doc = clean(f"{line}\n\n{PARAGRAPH}\n")
    assert (doc.source, doc.published_at) == (source, published)
    assert not doc.copyright


def test_a_disclaimer_with_no_byline_before_its_gap_stays_a_notice() -> None:
    # A comments disclaimer of 东方网 (data/notice_predicates.txt): no row before it.
    from newsclean.filters.notice_dated import row_before_notice  # round 45's

    assert not row_before_notice("本评论观点只代表网友个人观点,不代表东方网立场。")

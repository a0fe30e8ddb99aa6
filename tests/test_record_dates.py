"""The record line's own date forms (``filters/record_dates.py``): a compact stamp and a
day-last date ordered by the page's evidence, read only in the record slot."""

import pytest

from newsclean.filters.record_dates import (
    DAY_LAST,
    bare_date,
    compact_stamp,
    day_last,
    day_last_order,
    open_order,
    page_order,
)


def test_compact_stamp() -> None:
    assert compact_stamp("20250828◆") == (0, 8, "2025-08-28")
    assert compact_stamp("20091125 14:41:26") == (0, 17, "2009-11-25T14:41:26+08:00")
    assert compact_stamp("20251340") is None  # no calendar day: a number or a code


def test_day_last_order_by_the_page() -> None:
    assert day_last("04/01/2012", "论坛于4月1日至3日举行。") == (0, 10, "2012-04-01")
    assert day_last("04/01/2012", "", ("相关: 25/04/2012",)) == (0, 10, "2012-01-04")
    assert day_last("04/01/2012", "今天上午举行。") == (0, 10, None)
    assert day_last_order([], "1日上午,会议举行。", 4, 1, "/")[0] == "month first"


def test_bare_date() -> None:
    assert bare_date(" 04/01/2012 ")
    assert not bare_date("04/01/2012 更新")


def test_the_articles_month_and_day_order_the_date() -> None:
    # the record 10/02/2022 over a story of 2月10日: day first; of 10月2日: month first
    assert day_last_order((), "本报2月10日讯,…", 10, 2, "/")[0] == "day first"
    assert day_last_order((), "本报10月2日讯,…", 10, 2, "/")[0] == "month first"
    assert day_last_order((), "记者从市气象台获悉,…", 10, 2, "/")[0] == ""


def test_player_date() -> None:
    """Round 29: a recording's record, the length glued to the date's last field."""
    from newsclean.filters.record_dates import player_date

    assert player_date("2018-09-1317:31 267") == (0, 19, "2018-09-13")
    assert player_date("2023-09-23 17:20:0117:31 267") == (0, 28, "2023-09-23T17:20:01+08:00")
    assert player_date("2025-07-02 16:05 1234") is None  # a spaced clock is the time
    assert player_date("比分17:31 267") is None  # no date before the length


def test_day_last_ordered_by_the_days_the_article_tells_of() -> None:
    """Round 29: a report is dated on or just after the days it tells of."""
    article = "8月1日,我国首条设计时速350公里高铁迎来15岁生日。"
    assert day_last("02/08/2023", article)[2] == "2023-08-02"  # type: ignore[index]
    # 10 May vs 5 October: tomorrow's 5月11日 is after both readings' day: unread
    assert day_last("10/05/2022", "明天(5月11日)起实施。")[2] is None  # type: ignore[index]
    # a day named a month before both readings decides nothing
    assert day_last("03/04/2023", "1月2日,会议召开。")[2] is None  # type: ignore[index]


def test_page_order_reads_a_metadata_lines_slashed_date() -> None:
    # round 33: a labelled line read before the page was known (来源:创世大发04/01/2012)
    lines = ["来源:04/01/2012", "中新社博鳌亚洲论坛2012年年会于4月1日至3日举行。"]
    assert page_order(lines, ["metadata", "body"])[:2] == (0, "2012-04-01")
    # https://sinchew.com.my/news/20211106/nation/3401171 (星洲网, Malaysia): the record
    # 发布: 5:41pm 06/11/2021 over a story opening (八打靈再也6日訊): day first
    lines = ["发布: 5:41pm 06/11/2021", "(八打灵再也6日讯)下周一(8日)是马六甲州选举提名日。"]
    assert page_order(lines, ["metadata", "body"])[:2] == (0, "2021-11-06")


def test_page_order_falls_back_on_the_region_only_in_traditional_script() -> None:
    lines = ["华龙网-重庆晨报· 12/01/2012", "昨日,知名媒体记者集中采访公租房。"]
    assert page_order(lines, ["metadata", "body"], traditional=True)[:2] == (0, "2012-01-12")
    assert page_order(lines, ["metadata", "body"]) is None  # simplified: no guess
    # near misses: a body line's date, and a date the numbers already order
    assert page_order(lines, ["body", "body"], traditional=True) is None
    assert page_order(["发布: 08/19/2014", "文"], ["metadata", "body"], traditional=True) is None


@pytest.mark.parametrize(
    ("date", "open_"),
    [("04/01/2012", True), ("12.12.2020", True), ("13/01/2012", False), ("01-25-2012", False)],
)
def test_a_year_last_date_is_open_when_both_fields_are_12_or_under(date: str, open_: bool) -> None:
    match = DAY_LAST.search(date)
    assert match is not None and open_order(match) is open_

"""The record line's own date forms (``filters/record_dates.py``): a compact stamp and a
day-last date ordered by the page's evidence, read only in the record slot."""

from newsclean.filters.record_dates import bare_date, compact_stamp, day_last, day_last_order


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

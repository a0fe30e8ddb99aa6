"""A day-last date's order read from the page's own evidence (record_order)."""

from __future__ import annotations

from newsclean.filters.record_order import DAY_FIRST, MONTH_FIRST, _bare_date, day_last_order


def test_the_articles_month_and_day_order_the_date() -> None:
    # the record 10/02/2022 over a story of 2月10日: day first
    assert day_last_order((), "本报2月10日讯,…", 10, 2, "/")[0] == DAY_FIRST
    assert day_last_order((), "本报10月2日讯,…", 10, 2, "/")[0] == MONTH_FIRST


def test_no_evidence_leaves_the_date_unread() -> None:
    assert day_last_order((), "记者从市气象台获悉,…", 10, 2, "/")[0] == ""


def test_a_bare_date_is_the_date_alone() -> None:
    assert _bare_date("04/01/2012") and not _bare_date("04/01/2012 港闻")

"""An aggregator's account row (``byline_account_row``): the account's name, the kind of
account, empty fields and the date, parted by middle dots, dates the page and names no
source."""

from __future__ import annotations

from newsclean import clean
from newsclean.filters.byline_account_row import account_row
from newsclean.filters.metadata import parse_metadata

# Round 44: 今天看啥's row under a WeChat account's copied article, http://jintiankansha.me/t/
# Aj52veRAzx (variant by-column-name-two-spaces-dot-account-kind-empty-dot-date-min-article-
# aggregator); the story's wire lead from the held-out page's original, 人民日报's copy of a
# 新华社 story (https://pltyw.com/showinfo-87-1234417-0.html).
ROW = "公益慈善论坛  · 公众号  ·  · 2025-02-17 21:20"
LEAD = (
    "新华社西昌11月15日电(记者田兆运)15日零时01分,我国自行研制的“中星”20号通信卫星"
    "在西昌卫星发射中心由“长征”三号甲运载火箭发射升空。"
)


def test_an_account_row_dates_the_page_and_names_no_source() -> None:
    parsed = parse_metadata(ROW)
    assert parsed is not None
    assert parsed.fields == {"published_at": "2025-02-17T21:20:00+08:00"}


def test_an_account_row_under_the_headline_is_the_byline() -> None:
    doc = clean("\n".join(["“中星”20号通信卫星发射成功", "", ROW, "", LEAD]))
    assert doc.published_at == "2025-02-17T21:20:00+08:00"
    assert doc.source is None
    assert doc.body == [LEAD]


def test_an_outlet_dot_date_row_is_left_to_the_pieces() -> None:
    # A portal's source and date parted by a dot (a 华龙网 copy): no kind of account, so
    # the row is no account's and its outlet stays the source.
    assert account_row("华龙网-重庆晨报· 12/01/2012") is None
    assert account_row("公益慈善论坛  · 公众号  · 原创 · 2025-02-17 21:20") is None

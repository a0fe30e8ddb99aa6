"""A name glued to the date after it in a source slot (``filters/byline_glued.py``)."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_glued import glued_date_only, unglued_source
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # http://england.wnsuyuan.com/20221119/nangcha.html (a hijacked host carrying
        # 中新社's story): a lottery brand in the source slot, the date glued to it
        ("来源:创世大发2022-11-19 17:48", {"published_at": "2022-11-19T17:48:00+08:00"}),
        ("來源:創世大發28/05/2025", {"published_at": "2025-05-28"}),
        # the numbers leave the order open: nothing stored here, the page orders it
        ("来源:创世大发04/01/2012", {}),
        # an outlet glued to its date stays the source (near misses)
        (
            "来源:人民日报2023-05-05 08:00",
            {"published_at": "2023-05-05T08:00:00+08:00", "source": "人民日报"},
        ),
        ("来源:新华网2023-05-05", {"published_at": "2023-05-05", "source": "新华网"}),
        ("来源: 中国新闻网 2023-05-05", {"published_at": "2023-05-05", "source": "中国新闻网"}),
    ],
)
def test_a_brand_glued_to_its_date_is_no_source(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


def test_unglued_source_leaves_other_values_alone():
    assert unglued_source("新华社") == "新华社"
    assert unglued_source("2023-05-05 新华社") == "2023-05-05 新华社"
    assert unglued_source("创世大发04/01/2012") == ""
    assert glued_date_only("04/01/2012") and not glued_date_only("28/05/2025")


def test_the_page_orders_the_glued_slashed_date():
    # eval's round-33 layout with the article's own days: 4月1日, so month first
    from newsclean import clean

    page = (
        "国新办副主任看望中新社博鳌论坛报道组\n\n来源:创世大发04/01/2012\n\n"
        "    1日上午,国新办副主任来到博鳌亚洲论坛新闻中心,看望了中新社报道组。\n\n"
        "    博鳌亚洲论坛2012年年会于4月1日至3日在海南博鳌举行。(完)\n"
    )
    doc = clean(page)
    assert (doc.published_at, doc.source) == ("2012-04-01", None)

"""The site's own name on the byline row beside another outlet's (byline_own_name): the other
outlet is the source unless the page says it published the copy itself."""

from __future__ import annotations

from newsclean import clean

HEAD = "聚焦“百千万工程”,恩平组织媒体走乡村探产业"
# the first paragraph of www.gyxsx.com/ztan/4616.html (the harvest's simplified context)
FIRST = (
    "  此次采访行选取了米仓村、昌梅村、南塘村等28个乡村作为采风地点,涵盖恩平实施"
    "“百千万工程”中的产业振兴、组织振兴、人才振兴、改革探索等多个方面。"
)


def _doc(masthead: str, row: str):
    lines = ([masthead] if masthead else []) + [HEAD, row, "", FIRST]
    return clean("\n".join(lines) + "\n")


def test_the_masthead_named_on_the_row_gives_way_to_the_other_outlet():
    doc = _doc("恩平新闻网", "2021-03-04 10:22 恩平新闻网 江门日报")
    assert doc.source == "江门日报"
    assert any("site's own name" in e.detail for line in doc.lines for e in line.evidence)
    assert _doc("恩平新闻网", "2021-03-04 10:22 江门日报 恩平新闻网").source == "江门日报"


def test_the_own_name_stays_alone_or_without_a_masthead():
    assert _doc("恩平新闻网", "2021-03-04 10:22 恩平新闻网").source == "恩平新闻网"
    assert _doc("", "2021-03-04 10:22 恩平新闻网 江门日报").source == "恩平新闻网"

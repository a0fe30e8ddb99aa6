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


def test_a_piece_of_the_source_split_at_its_bracket_is_no_other_outlet() -> None:
    # page 035 (the 新聞局(GCS) release, https://www.draemp.gov.mo/zh-TW/T2C010020030020/
    # 20251/ddd395f23caa4b2aadafce6ba64ce8d0.html): the notice names the source, whose
    # bracket split off 新闻局, the same body, not another outlet.
    lines = [
        "行政长官委任行政会发言人",
        "出处:按学科分类—政治、法律 新闻局(GCS)",
        "",
        "  《澳门特别行政区公报》今(8)日刊登第01/2025号行政长官批示,行政长官岑浩辉根据《行政会"
        "章程》规定,委任行政会委员张永春担任行政会发言人,自2025年1月8日起生效。",
        "",
        "这篇报道刊登于5月11日《新闻局(GCS)》波士顿版头版。",
    ]
    assert clean("\n".join(lines) + "\n").source == "新闻局(GCS)"

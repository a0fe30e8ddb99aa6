"""A lost section block's name over its more link (``furniture_sections``, round 39)."""

from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_sections import section_headers

FOOT = ["关键词:", "公益资讯", "+更多", "云阳资讯", "+更多"]


def test_section_names_over_their_more_links_and_the_bare_label_above_go() -> None:
    doc = clean(_page(HEADLINE, *PARAGRAPHS, *FOOT))
    assert [d.placement for d in doc.lines if d.original in FOOT] == ["removed"] * 5
    assert doc.body == PARAGRAPHS


def test_a_heading_over_its_paragraph_and_a_bare_label_over_its_list_stay() -> None:
    # 更多 opening a sentence is no link; a heading is followed by its text
    page = ["一、主要做法", "更多的居民参与了讨论。", "关键词:", "创新", "协调"]
    assert section_headers(list(range(5)), page.__getitem__) == []
    doc = clean(_page(HEADLINE, PARAGRAPHS[0], "公益资讯", PARAGRAPHS[1]))
    assert "公益资讯" in doc.body or "公益资讯" in doc.headings

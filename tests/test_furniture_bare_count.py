"""A widget's bare count beside the site's tools (``filters/furniture_bare_count.py``, round 47)."""

from __future__ import annotations

from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS, page_of

from newsclean import clean

# https://dailyclipper.net/news/2021/08/19/97186/: a like button's count (0) whose label was a
# picture, over the pager printing the neighbours' times, then the related list's label
PAGER = ("(0)", "上一篇 2021-08-19 19:19", "下一篇 2021-08-19 19:19", "相关推荐")
# the reprint notice of http://www.jiangmenzx.com/jmsls/1638.html, the copy's last line
NOTICE = "转载请注明:http://www.jiangmenzx.com/jmsls/1638.html"


def test_a_bare_count_over_the_pager_at_the_foot_goes() -> None:
    doc = clean(page_of(HEADLINE, *PARAGRAPHS, NOTICE, *PAGER))
    assert line_removed(doc, "(0)")
    assert all(not line_removed(doc, p) for p in PARAGRAPHS)


def test_a_bare_count_over_the_pager_under_the_first_paragraph_goes() -> None:
    # the clipping site's block printed under the story's first paragraph, the rest under it
    doc = clean(page_of(HEADLINE, PARAGRAPHS[0], *PAGER, *PARAGRAPHS[1:]))
    assert line_removed(doc, "(0)")


def test_a_bare_count_between_paragraphs_stays() -> None:
    # its neighbour is the article's paragraph: no widget row beside it
    doc = clean(page_of(HEADLINE, PARAGRAPHS[0], "(0)", *PARAGRAPHS[1:], *PAGER[1:]))
    assert not line_removed(doc, "(0)")

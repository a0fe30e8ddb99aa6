"""An empty tag label closing the page (``filters/foot_empty_label.py``, round 47)."""

from __future__ import annotations

from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS, page_of

from newsclean import clean

# http://biaoyan.nanjiwang.cn/yanyi/2023/0809/13932.html: under the review's lines 关键词:
# with nothing after it, the tags lost with their links
EMPTY_TAGS = "关键词:"


def test_an_empty_tag_label_closing_the_page_goes() -> None:
    doc = clean(page_of(HEADLINE, *PARAGRAPHS, EMPTY_TAGS))
    assert line_removed(doc, EMPTY_TAGS)
    assert all(not line_removed(doc, p) for p in PARAGRAPHS)


def test_an_empty_tag_label_under_a_copyright_notice_goes() -> None:
    # the reprint notice of http://www.jiangmenzx.com/jmsls/1638.html above it, a related
    # label under it (a removed line after the label changes nothing)
    notice = "转载请注明:http://www.jiangmenzx.com/jmsls/1638.html"
    doc = clean(page_of(HEADLINE, *PARAGRAPHS, notice, EMPTY_TAGS, "相关推荐"))
    assert line_removed(doc, EMPTY_TAGS)


def test_a_tag_label_heading_a_list_stays() -> None:
    # a bare label over the article's own list may head it (furniture_tags): a kept line after it
    items = "1.加强队伍建设;2.完善制度保障;3.推进科技创新。"
    doc = clean(page_of(HEADLINE, *PARAGRAPHS, EMPTY_TAGS, items))
    assert not line_removed(doc, EMPTY_TAGS)


def test_an_empty_editor_label_closing_the_page_stays_the_record() -> None:
    # http://doio7a.cn/content/2020-07/14/content_2280093.htm: 責任編輯: under the last
    # caption with nothing after it is the desk's record with no field, not a tag field
    doc = clean(page_of(HEADLINE, *PARAGRAPHS, "责任编辑:"))
    assert next(r for r in doc.lines if r.text == "责任编辑:").placement == "metadata"

"""A web server's error box embedded in the page (``filters/furniture_error_box.py``, round 47)."""

from __future__ import annotations

from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS, page_of

from newsclean import clean
from newsclean.filters.furniture_error_box import box_message, status_line

# http://www.qdn.cn/html/2010/ponews_0427/28080.shtml: at the foot the forum's link, then an
# embedded error box, its message printed as UTF-8 read as GBK (round 47's held-out row)
FORUM_LINK = "进入社区 »酸汤社区"
STATUS = "404 error page"
GARBLED = "鍙兘鏄鍒犻櫎浜嗭紝涔熷彲鑳芥槸鎮ㄨ緭鍏ョ殑缃戝潃涓嶅銆傝灏濊瘯璁块棶棣栭〉"
MESSAGE = "可能是被删除了，也可能是您输入的网址不对。请尝试访问首页"

# https://developer.mozilla.org/zh-CN/docs/Web/HTTP/Status/404: the code as a heading over
# the paragraph explaining it, which speaks to no visitor
MDN_HEADING = "404 Not Found"
MDN_TEXT = "HTTP 404 Not Found 响应状态码指示服务器无法找到所请求的资源。"


def test_the_status_line_and_its_message() -> None:
    assert status_line(STATUS) and status_line(MDN_HEADING)
    assert box_message(MESSAGE)
    assert not box_message(MDN_TEXT)


def test_a_garbled_error_box_at_the_foot_goes() -> None:
    doc = clean(page_of(HEADLINE, *PARAGRAPHS, FORUM_LINK, STATUS, GARBLED))
    assert line_removed(doc, STATUS)
    assert next(r for r in doc.lines if r.original.strip() == GARBLED).placement == "removed"
    assert all(not line_removed(doc, p) for p in PARAGRAPHS)


def test_an_error_box_printed_clean_goes() -> None:
    doc = clean(page_of(HEADLINE, *PARAGRAPHS, STATUS, MESSAGE))
    assert line_removed(doc, STATUS) and line_removed(doc, MESSAGE)


def test_a_status_code_heading_an_explanation_stays() -> None:
    doc = clean(page_of(HEADLINE, *PARAGRAPHS, MDN_HEADING, MDN_TEXT))
    assert not line_removed(doc, MDN_HEADING) and not line_removed(doc, MDN_TEXT)

"""Lines where the page speaks of itself, not of an event: never a headline (``title.py``).

A keyword echoed around a separator (``赢彩王-赢彩王``, ``X_X``: a hijacked page's header,
one segment repeated), a banner between runs of decoration (``--- 国家市场监督管理总局主管
---``), a short line naming a place of the site (ending in 入口, 首页, 登录, 注册:
``旧版网站入口``) and a row of three or more bracketed links (``【繁体阅读】 【网友评论:103
条】``) are ``is_page_tool_line``: the title search passes over them, and on a page with
no headline they mark the end of the site's header.  A row of two or more short items
(six characters at most), one of them wholly a page tool phrase of the furniture grammar
(``我来说两句 打印文章 发送给好友``, ``【字号 】【打印】【关闭``) is ``is_tool_row``: no
headline, but nothing more is concluded from it, as real lines share its shape
(``打开窗口 通风换气``; ``分享经济 收藏文化`` holds tool verbs but no tool item).
A single short term framed by pictographs on both sides (``🏢某某🏣``: a hijacked page's
keyword banner) is a label, not a headline: a headline names an event in words, with
a verb or more than one term, and a pictograph may open it but does not frame one word
(``🔥重磅！某地宣布…`` stays a headline candidate).
"""

from __future__ import annotations

import regex

from newsclean.filters.furniture_grammar import holds_tool, is_tool_phrase, stdlib

# A keyword echoed around a separator: 赢彩王-赢彩王, 何记娱乐_何记娱乐.
ECHO_SEPARATOR = stdlib(r"\s*[-_|｜－—]+\s*")
# A banner between decoration runs: --- 国家市场监督管理总局主管 ---, ===专题===.
BANNER = stdlib(r"^[-—－=＝*＊~～#＃_·•]{2,}.{1,40}?[-—－=＝*＊~～#＃_·•]{2,}$")
# A place of the site, named by a short line: 旧版网站入口, 返回首页, 会员登录.
SITE_PLACE = stdlib(r"(?:入口|首页|首頁|主页|主頁|登录|登錄|登入|注册|註冊)$")
MAX_SITE_PLACE = 10
# A row of short tool items: 我来说两句 打印文章 发送给好友, 【字号 】【打印】【关闭.
TOOL_ITEM_SPLIT = stdlib(r"[\s【】\[\]]+")
MAX_TOOL_ITEM = 6
# A row of bracketed links: 【繁体阅读】 【网友评论:103 条】 【 热评新闻排行 】.
BRACKET_ITEM = stdlib(r"【[^【】]{1,12}】")
MIN_BRACKET_ITEMS = 3
# One short term between pictographs: 🏢某某🏣 (module docstring).
FRAMED_TERM = regex.compile(r"^\p{So}{1,3}[^\s\p{So}]{1,12}\p{So}{1,3}$")


def is_page_tool_line(text: str) -> bool:
    """A line that is the page speaking of itself, not an event (see the module docstring): a
    keyword echoed around a separator (``赢彩王-赢彩王``), a banner between decoration runs
    (``--- 国家市场监督管理总局主管 ---``) or a place of the site (``旧版网站入口``, ``返回首页``).

    >>> is_page_tool_line("何记娱乐-何记娱乐"), is_page_tool_line("旧版网站入口")
    (True, True)
    >>> is_page_tool_line("🏢某某下载🏣"), is_page_tool_line("🔥重磅！某地宣布新政")
    (True, False)
    >>> is_page_tool_line("中美贸易战 - 第二轮谈判开始"), is_page_tool_line("香港收藏家分享藏品")
    (False, False)
    """
    stripped = text.strip()
    if echo_keyword(stripped) is not None:
        return True
    if BANNER.match(stripped) is not None:
        return True
    if len(BRACKET_ITEM.findall(stripped)) >= MIN_BRACKET_ITEMS:
        return True
    if FRAMED_TERM.match(stripped) is not None:
        return True
    return len(stripped) <= MAX_SITE_PLACE and SITE_PLACE.search(stripped) is not None


def is_tool_row(text: str) -> bool:
    """Two or more short items, one of them wholly a page tool phrase: ``我来说两句 打印文章
    发送给好友``.  No headline, but the head is not passed over for it: real lines share
    the shape (``打开窗口 通风换气``), so what stands around it is left as it is.

    >>> is_tool_row("我来说两句 打印文章 发送给好友"), is_tool_row("分享经济 收藏文化")
    (True, False)
    """
    items = [item for item in TOOL_ITEM_SPLIT.split(text.strip()) if item]
    return (
        len(items) >= 2
        and all(len(item) <= MAX_TOOL_ITEM for item in items)
        and holds_tool(text.lower())
        and any(is_tool_phrase(item.lower()) for item in items)
    )


def echo_keyword(text: str) -> str | None:
    """The keyword of a line that is one segment repeated around a separator (赢彩王-赢彩王)."""
    parts = [part.strip() for part in ECHO_SEPARATOR.split(text.strip())]
    if len(parts) >= 2 and parts[0] and all(part == parts[0] for part in parts):
        return parts[0]
    return None

"""Recognise navigation crumbs and share/tool links, and the site they name.

Page furniture arrives as whole lines: a domain (``tibet.cn``), ``home``,
``首页 > 新闻 > 正文``, ``当前位置：…``, ``分享到：微信 微博``, ``【打印】【关闭】``,
``email``.  A line is furniture when every token of it is a known term
(``data/nav_terms.txt``), when it is a bare domain or URL, or when it is a
breadcrumb trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from newsclean.data import data_lines

NAME = "navigation"

DOMAIN_LINE = regex.compile(
    r"(?i)^(?:https?://)?((?:[a-z0-9][a-z0-9-]{0,62}\.){1,6}[a-z]{2,12})(?::\d{1,5})?(?:/\S{0,200})?$"
)
TOKEN_SPLIT = regex.compile(r"[\s\u3000【】\[\]「」()（）|｜/·•,，、:：>»＞-]+")
CRUMB_LEAD = regex.compile(
    r"^(?:当前位置|您的位置|您现在的位置|所在位置|本页位置|當前位置|您現在的位置|本頁位置)\s*[:：]"
)
CRUMB_SEPARATOR = regex.compile(r"\s*(?:>>|->|>|»|＞|›|→)\s*")
SENTENCE_MARKS = regex.compile(r"[。！？；]")
# A crumb trail's first segment names the site only when it reads like a site's name.
SITE_NAME = regex.compile(r"(?:网|網|报|報|台|社|新闻|新聞)$")
SHARE_LEAD = ("分享到", "分享至", "分享：")

#: Crumb segments longer than this are prose, not a trail.
MAX_CRUMB_SEGMENT = 16


@dataclass(frozen=True, slots=True)
class Furniture:
    reason: str  # "nav" or "share"
    site: str | None = None


@cache
def nav_terms() -> dict[str, str]:
    return {fields[0].lower(): fields[1] for fields in data_lines("nav_terms.txt")}


def classify_furniture(text: str) -> Furniture | None:
    """The kind of page furniture ``text`` is, or None for content.

    >>> classify_furniture("tibet.cn")
    Furniture(reason='nav', site='tibet.cn')
    >>> classify_furniture("分享到：微信 微博") .reason
    'share'
    >>> classify_furniture("湖北援藏企业的工人正在组装制氧机。") is None
    True
    """
    line = text.strip()
    if not line or len(line) > 200:
        return None
    domain = DOMAIN_LINE.match(line)
    if domain and not line.replace(".", "").isdigit():
        return Furniture("nav", domain.group(1).lower())
    lowered = line.lower()
    if lowered.startswith(SHARE_LEAD):
        return Furniture("share")
    if CRUMB_LEAD.match(line):
        return Furniture("nav")
    terms = nav_terms()
    tokens = [t for t in TOKEN_SPLIT.split(lowered) if t]
    if tokens and all(t in terms for t in tokens):
        reasons = {terms[t] for t in tokens}
        return Furniture("share" if "share" in reasons else "nav")
    if SENTENCE_MARKS.search(line) is None:
        crumbs = [c for c in CRUMB_SEPARATOR.split(line) if c]
        if len(crumbs) >= 2 and all(len(c) <= MAX_CRUMB_SEGMENT for c in crumbs):
            site = crumbs[0] if SITE_NAME.search(crumbs[0]) else None
            return Furniture("nav", site)
    return None

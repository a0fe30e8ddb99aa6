"""Crumb trails: the path down to the page, a line of the site's own places (split from
``navigation`` in round 35; ``navigation.classify_furniture`` asks these in its order).

Model.  A trail is short segments joined by arrows (``国内 > 社会``, ``site_speech``'s
``CRUMB_ARROWS``), each ``MAX_CRUMB_SEGMENT`` characters at most; its first segment names
the site when it reads like a site's name (``SITE_NAME``: 网, 报, 台, 新闻 closing it).

* *Lost arrows* (navigation shape 7): the page's encoding may turn the arrows to ``?``
  (``首頁 ? 新聞頻道 ? 國內新聞``); a spaced ``?`` parts the trail when its first segment is a
  home place of the site (``site_speech``: 首页, a ``place`` word alone): a question mark
  stands right after its clause, and no question opens with 首页; round 31, bars part such
  a trail too (``首页 | 新闻头条``); round 35, single em dashes (``首页—侨务传真—正文 分享``,
  a share link after it): prose joins two places with one (``中国—东盟``), never after 首页,
  and its own dash is doubled (``——``, an empty segment here).
* *The where-you-are lead* (``当前位置：…``, listed, and round 21, composed): a reader
  (您, 你) perhaps, a time word (当前, 现在, 目前) perhaps, 所在 perhaps, 的 perhaps, 位置 and
  a colon (``你目前的位置：…``); something stands before 位置 (``位置：…`` alone labels an
  address) and the colon is needed (``目前位置仍未确定`` is a sentence).  Round 35: a
  control's label may stand before the lead (``搜索: 您现在的位置: …``, ``CONTROL_LABEL``:
  one to four Han letters and a colon): the control was lost with the page's markup, its
  label stays on the trail's line, and the lead after it still opens the trail.
* *An open trail* (round 24): the path's root (a place word of ``site_speech``, 首页,
  新闻首页) after a list number perhaps and a separator closing the line (``1. 新闻首页 /``):
  the links after it were lost.
* *A rooted trail* (round 30): read from its root to the headline (``site_speech.rooted_trail``).
* *A menu's cell* (round 44): a channel bar printed one cell a line, each cell a short name
  and the bar that parted it from the next (``滚动播报 |``, ``看扬中 |``, with the empty cells
  between as lone bars, which are residue).  A bar closing a line parts it from nothing:
  prose ends with a stop, a headline with its own words, a byline's bar stands between two
  pieces (``墨新聞|記者…``).  The cell is two to eight Han letters and nothing else.  An
  outlet's name so closed is its byline cut off (``臺視新聞/``, ``byline_values.desk_line``)
  and stays the source, unless it reads as a section (``byline_asides.is_section_label``:
  滚动播报, 头条新闻, 综合新闻 name channels).  Source: the menu of yzxw.com (扬中新闻网,
  https://yzxw.com/web/wz.php?Id=311595), as the cells read once their links were lost.
"""

from __future__ import annotations

from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.byline_asides import is_section_label
from newsclean.filters.byline_outlet import is_outlet_name
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.site_speech import CRUMB_ARROWS, header_speech, here_crumb, rooted_trail

CRUMB_LEAD = stdlib(
    r"^(?:当前位置|您的位置|您现在的位置|所在位置|本页位置|當前位置|您現在的位置|本頁位置)\s*[:：]?"
)
#: Round 21: the where-you-are lead composed, a reader perhaps, a time word perhaps (儅 is
#: a variant of 當), 所在 perhaps, 的 perhaps, 位置 and a colon (``您当前所在的位置:``,
#: ``你目前的位置：``); something before 位置 (``位置：北京市海淀区`` is an address's label).
CRUMB_LEAD_COMPOSED = stdlib(
    r"^(?:您|你)?(?:现在|現在|当前|當前|儅前|目前)?(?:所在|所處|所处)?的?位置[ ]?[:：]"
)
CRUMB_LEAD_FIRST = frozenset("当您所本當你现現儅目")
#: Round 42: a calendar widget before the lead (``今天是:2024年09月23日 星期一  您现在位于: …``):
#: the template prints today's date and weekday on the trail's line; a numeric date only,
#: and the weekday after it, so a sentence about today (今天是我的生日) is no widget.
TODAY_WIDGET = stdlib(
    r"(?:今天是|今天|今日|今日是)\s?[:：]?\s*[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日\s*"
    r"(?:星期|周|週|禮拜|礼拜)[一二三四五六日天]\s*"
)
#: Round 35: a lost control's label before the lead (``搜索: 您现在的位置: …``).
CONTROL_LABEL = stdlib(r"[\u4e00-\u9fff]{1,4}\s?[:：]\s*")
CRUMB_SEPARATOR = stdlib(rf"\s*{CRUMB_ARROWS}\s*")
#: A trail's separator, its arrows gone (module docstring): a spaced "?", a bar, an em dash.
LOST_OR_BAR_SEPARATOR = stdlib(r"\s+\?\s+|\s*[|｜—]\s*")
#: Round 24: an open crumb trail, its root after a list number perhaps, a separator last.
OPEN_CRUMB = stdlib(r"(?:[0-9]{1,2}[.、]\s?)?(.{1,16}?)\s?(?:/|>>|>|»|＞|›)")
#: Round 44: a menu's cell, a short name and the bar parting it from the next cell.
MENU_CELL = stdlib(r"([\u4e00-\u9fff]{2,8})[ \u3000]?[|｜]")
# A crumb trail's first segment names the site only when it reads like a site's name.
SITE_NAME = lazy_re(r"(?:网|網|报|報|台|社|新闻|新聞)$")
#: Crumb segments longer than this are prose, not a trail.
MAX_CRUMB_SEGMENT = 16


def where_you_are(line: str) -> bool:
    """A trail opened by its where-you-are lead (module docstring).

    >>> where_you_are("你目前的位置：首页 > 新闻中心"), where_you_are("位置：北京市海淀区")
    (True, False)
    >>> where_you_are("搜索: 您现在的位置: 某某网 >> 经济学 >> 正文")
    True
    >>> where_you_are("问：你现在的位置：离震中还有多远？")
    False
    >>> where_you_are("今天是:2024年09月23日 星期一  您现在位于: 首页 → 新闻中心 → 通知公告")
    True
    >>> where_you_are("今天是:2024年09月23日 星期一,我们去了公园。")
    False
    """
    if (today := TODAY_WIDGET.match(line)) is not None:
        line = line[today.end() :]  # a calendar widget before the lead (round 42)
        if not line:
            return False
    if line[0] not in CRUMB_LEAD_FIRST and (label := CONTROL_LABEL.match(line)) is not None:
        # A lost control's label before the lead (round 35) only where a trail follows: a
        # speaker's label before a question (问：你现在的位置：…？) is an interview's line.
        if CRUMB_SEPARATOR.search(line, label.end()) is None:
            return False
        line = line[label.end() :]
    return line[:1] in CRUMB_LEAD_FIRST and bool(
        CRUMB_LEAD.match(line) or CRUMB_LEAD_COMPOSED.match(line) or here_crumb(line)
    )


def lost_arrow_trail(line: str) -> bool:
    """A crumb trail whose arrows became ``?`` or bars (module docstring).

    >>> lost_arrow_trail("首頁 ? 新聞頻道 ? 國內新聞"), lost_arrow_trail("他去了吗 ? 没有")
    (True, False)
    >>> lost_arrow_trail("首页—侨务传真—正文 分享"), lost_arrow_trail("首页——我们的家园")
    (True, False)
    """
    if not (" ?" in line or "|" in line or "｜" in line or "—" in line):
        return False
    crumbs = LOST_OR_BAR_SEPARATOR.split(line)
    return (
        len(crumbs) >= 2
        and all(0 < len(crumb) <= MAX_CRUMB_SEGMENT for crumb in crumbs)
        and header_speech(crumbs[0]) == "place"
    )


def menu_cell(line: str) -> bool:
    """A channel bar's cell printed on its own line, its closing bar kept (round 44).

    >>> menu_cell("滚动播报 |"), menu_cell("看扬中 |"), menu_cell("臺視新聞 |")
    (True, True, False)
    >>> menu_cell("墨新聞|記者戴小橦/臺北報導"), menu_cell("|")
    (False, False)
    >>> menu_cell("序號 |"), menu_cell("公開事項 |")
    (False, False)

    A table's heading printed one cell a line keeps the same border bar; its cells name a
    record's columns (``data/record_labels.txt``, kinds ``id`` and ``column``), a channel's
    name none of them.
    """
    cell = MENU_CELL.fullmatch(line) if line[-1] in "|｜" else None
    if cell is None:
        return False
    name = cell.group(1)
    if name.endswith(_table_columns()):
        return False
    return is_section_label(name) or not is_outlet_name(name)


@cache
def _table_columns() -> tuple[str, ...]:
    """The identifier and column nouns a table's column heading ends with."""
    kinds = data_kinds("record_labels.txt")
    return kinds.get("id", ()) + kinds.get("column", ())


def open_trail(line: str) -> bool:
    """A trail's root and a separator closing the line, the rest lost (round 24).

    >>> open_trail("1. 新闻首页 /"), open_trail("首页改版后/")
    (True, False)
    """
    crumb = OPEN_CRUMB.fullmatch(line) if line[-1] in "/>»＞›" else None
    return crumb is not None and header_speech(crumb.group(1)) == "place"


def arrow_trail(line: str) -> tuple[bool, str | None]:
    """Whether ``line`` is a trail of arrows, and the site its first segment names.

    >>> arrow_trail("人民网 > 国内 > 社会"), arrow_trail("国内 > 社会")
    ((True, '人民网'), (True, None))
    """
    if not (">" in line or "»" in line or "＞" in line or "›" in line or "→" in line):
        return False, None  # no crumb separator
    crumbs = [c for c in CRUMB_SEPARATOR.split(line) if c]
    if len(crumbs) >= 2 and all(len(c) <= MAX_CRUMB_SEGMENT for c in crumbs):
        return True, crumbs[0] if SITE_NAME.search(crumbs[0]) else None
    return rooted_trail(crumbs, MAX_CRUMB_SEGMENT), None  # 導航:首頁 > 源碼編譯 > <headline>

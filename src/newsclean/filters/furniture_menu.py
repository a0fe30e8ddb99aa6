"""Menus: page furniture made of short items, not of phrases.

Model (used by ``navigation``).  Two shapes that the tool-phrase grammar
(``furniture_grammar``) does not cover, because no tool verb builds them:

* a **menu**: a row of short items (at most ``MAX_MENU_ITEM`` letters each) parted by
  bars, slashes or spaces — a site's channel bar (``要聞 | 時政 | 本網快訊 | 兩岸 | …``), a
  paper's section row (``今日新聞 社論 評論 專題報導 …``), an e-paper's issue row (``2023/02/11
  第8072期 | 訂閱/退訂 | 看歷史報份``).  Each item is weighed: a *menu word* is a channel name
  or holds one (``data/furniture_phrases.txt``, kind ``section``: 要闻, 国际, 财经, 社论,
  专题, 简介…), a known tool term (``nav_terms``), a tool phrase, or an issue number
  (第8072期); a date is neutral (an issue row and a byline both print one).  A row is a
  menu when it has at least ``MIN_MENU_ITEMS`` items (``MIN_BARRED_ITEMS`` when a bar or
  slash parts them: a bar is a menu's own mark), at least ``MIN_MENU_WORDS`` menu words,
  and menu words and dates make at least half its items.  A clause or sentence mark, or a
  colon (a byline's label: ``来源：新华社 | 作者：张三``) rules a row out; so does any item
  longer than a menu's (a headline in two parts, ``香港第二场施政报告地区咨询会下午举行 李家超…``).
  Round 36 (harvest): an item that is a host name, perhaps after the site's name
  (``|Archiver|手机版|华人街 huarenjie.com``, a Discuz! foot), is the site's own link:
  neutral as a date is, and long as a host is.  A *directory of places*: a row of at least
  ``MIN_PLACE_ITEMS`` items parted by bars, every one a place name (a few Han letters and
  the suffix of an administrative division, 县 市 区 旗 镇: ``克东县 | 农安县 | 乌审旗 |
  淮安市 | …``, a mirror's link farm of county sites) is a menu with no menu word; places
  named in prose stand in a sentence, parted by its commas.
  Round 36 (second wave): a *bracketed row*, every item framed in 【】 and the frames joined
  by hyphens, bars, dots or spaces, nothing else between them (``【關於我們】-【 新聞中心 】-
  【供稿服務】-…``, an agency's foot links), is the menu its framed items make: a frame is
  the items' own separator, as a bar is.
  Round 41 (second wave): a *site's own link* is a menu word too
  (``furniture_site_links.site_link``: ``內容政策``, ``站長信箱``); a row holding a claim of
  rights is the copyright notice with its links.  A directory of places the
  copy *cut short* (``高密市| 阜康市| 安化``: a hijack's link list of county pages, the
  stored text ending in a name without its suffix) holds ``MIN_CUT_PLACE_ITEMS`` items,
  every one a place name but the last, which may be a name without its suffix.
* a **labelled row** (``labelled_row``, round 10): a label of search words or tags (kind
  ``label``: 熱門, 热搜, 标签, Tags…), a colon and at least ``MIN_LABELLED_ITEMS`` short
  items (at most ``MAX_LABELLED_ITEM`` letters each) parted by spaces or bars: a portal's
  hot-search row (``熱門: 黃子佼 徐巧芯 地震``).  The label speaks for its items, names and
  places no vocabulary knows; the colon, which rules a menu out, is the label's own.  A
  clause or sentence mark after it, or a long item, is prose (``热门：这部剧为何走红``), and
  an unknown label (``出席的有：张三 李四``) is a sentence's own list.  Round 11: an
  *archive heading* (kind ``archive``: 類別歸檔, Category Archives) is the same shape with
  one item, a blog theme's heading over one category's posts (``類別歸檔: 新聞``).
* a **menu printed one item a line**: a run of at least ``MIN_BARRED_ITEMS``
  consecutive lines (no blank line between them), each a single item, judged as the row
  they would make (``stacked_menu``): a blog's channel list between the mail header and
  the article (``今日頭條`` / ``專題`` / ``話題`` / ``要聞`` …).  A stack of names, or of short
  headings, holds no menu words and stays.
* a **link box at the foot**: the run of one-item lines that ends the page, opened by a
  box head, holding at least ``MIN_MENU_WORDS`` heads (``foot_box``): a head is a menu
  word or a *letter-spaced label* (single Han characters parted by spaces, ``新 闻 查 询``,
  ``热 点 专 题``: the typography of a portal's box titles); the rest are the box's links
  (``关键词``, topic names), at most ``MAX_BOX_LINES`` lines.  An article's last short
  lines (a signature, a date, one spaced name) hold one head at most.
* **residue** (a line with no text of its own: ``:::``, markup, a framed masthead, an ad
  slot's name, an image placeholder, a template leak) is ``furniture_residue``'s (round 36,
  split from this module by job).
* round 38, ``stacked_menus`` asks two more page models over the content lines: a map
  widget's words (``furniture_widgets.map_labels``: ``Baidu`` / ``map``) and a share box's
  app steps broken over lines (``furniture_app_steps.app_steps``).

>>> menu_reason("要聞 | 時政 | 本網快訊 | 兩岸 | 國際 | 港澳僑")
'nav'
>>> menu_reason("2023/02/11 第8072期 | 訂閱/退訂 | 看歷史報份")
'share'
>>> menu_reason("2023-02-11 | 新华社 | 国际") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from newsclean.filters.furniture_app_steps import app_steps
from newsclean.filters.furniture_archive import profile_cards
from newsclean.filters.furniture_frames import page_runs, size_labels, stacked_gloss
from newsclean.filters.furniture_grammar import (
    COUNTED,
    MIN_COVERAGE,
    furniture_coverage,
    nav_terms,
    phrase_grammar,
    stdlib,
)
from newsclean.filters.furniture_mirrors import HOST_NAME
from newsclean.filters.furniture_readings import header_readings
from newsclean.filters.furniture_records import issue_lines, record_blocks
from newsclean.filters.furniture_sections import section_headers
from newsclean.filters.furniture_share_record import share_records
from newsclean.filters.furniture_site_links import RIGHTS_CLAIM, site_link
from newsclean.filters.furniture_teasers import teaser_lines
from newsclean.filters.furniture_widgets import map_labels
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.word_trie import word_pattern

#: A menu item is a channel's or a tool's name: at most this many letters and digits.
MAX_MENU_ITEM = 6
#: A date item may be longer (2023/02/11).
MAX_DATE_ITEM = 10
#: Items a row of space-parted items needs to be a menu ...
MIN_MENU_ITEMS = 4
#: ... and a row with a bar or a slash between its items.
MIN_BARRED_ITEMS = 3
#: Menu words (not dates) a menu holds at least.
MIN_MENU_WORDS = 2
#: No menu is longer than this.
MAX_MENU_LINE = 200
#: A directory of places has at least this many (round 36).
MIN_PLACE_ITEMS = 5
#: A place name: a few Han letters and an administrative division's suffix.
PLACE_ITEM = lazy_regex(r"\p{Han}{1,6}[县市区旗州盟镇乡縣區鎮鄉]")
#: Round 41 (second wave): a directory the copy cut short has at least this many items,
#: every one a place name but the last, which may be a name the cut left without its
#: suffix (``高密市| 阜康市| 安化``).
MIN_CUT_PLACE_ITEMS = 3
CUT_PLACE = lazy_regex(r"\p{Han}{1,4}")
#: A host name item: the site's own link (round 36).
HOST_ITEM = lazy_regex(rf"(?i){HOST_NAME}")
#: A framed item of a bracketed row (round 36) and what may join two frames.
FRAMED_ITEM = lazy_re(r"【([^【】]{1,16})】")
FRAME_JOINS = lazy_re(r"[\s\-–—|｜丨·・/／]*")

# Bars and slashes part items; a slash between two digits belongs to a date.
BARS = lazy_re(r"[|｜丨¦]|(?<!\d)[/／]|[/／](?!\d)")
ITEM_SPLIT = lazy_re(r"[\s|｜丨¦]+|(?<!\d)[/／]|[/／](?!\d)")
# Any mark that may part two items: a menu of MIN_BARRED_ITEMS items holds two at least.
SEPARATOR_MARK = lazy_re(r"[\s|｜丨¦/／]")
# A clause or sentence mark or a colon: a sentence or a labelled byline, not a menu.
NOT_MENU = lazy_re(r"[。！？!?；;，,、：:]")
DATE_ITEM = lazy_re(r"\d{2,4}[/.\-年]\d{1,2}[/.\-月]\d{1,2}日?|\d{1,2}[/.\-]\d{1,2}")
ISSUE_ITEM = lazy_re(r"第\s?\d{1,6}\s?[期号號]")
#: A labelled row: at least this many items after the label, each at most this many
#: letters (a search word or a tag: a name, a place, a short topic), the line at most
#: this long.
MIN_LABELLED_ITEMS = 2
MAX_LABELLED_ITEM = 8
MAX_LABELLED_LINE = 80


@cache
def _sections() -> re.Pattern[str]:
    return stdlib(word_pattern(phrase_grammar()["section"]))


@cache
def _row_label() -> tuple[re.Pattern[str], frozenset[str]]:
    """A row's label and its colon (``熱門:``, ``類別歸檔:``), and the labels' first letters."""
    grammar = phrase_grammar()
    labels, archives = grammar["label"], grammar["archive"]
    pattern = stdlib(
        rf"[【\[]?(?:(?P<archive>{word_pattern(archives)})|{word_pattern(labels)})"
        r"[】\]]?\s*[:：]\s*"
    )
    return pattern, frozenset("【[").union(label[0] for label in (*labels, *archives))


def labelled_row(line: str) -> str | None:
    """``nav`` when ``line`` is a label of search words or tags, a colon and a row of
    short items (``熱門: 黃子佼 徐巧芯 地震``), else None: the label speaks for its items,
    which need no menu word (names, places); a clause or sentence mark, or a long item,
    is prose after a colon.

    >>> labelled_row("熱門: 黃子佼 徐巧芯 地震"), labelled_row("标签：经济 | 民生")
    ('nav', 'nav')
    >>> labelled_row("热门：这部剧为何在年轻观众中走红") is None
    True
    """
    pattern, openers = _row_label()
    if len(line) > MAX_LABELLED_LINE + 8 or line.lstrip()[:1].lower() not in openers:
        return None  # most lines: a length and one letter
    lowered = line.strip().lower()
    if len(lowered) > MAX_LABELLED_LINE:
        return None
    label = pattern.match(lowered)
    if label is None or NOT_MENU.search(lowered, label.end()):
        return None
    items = [item for item in ITEM_SPLIT.split(lowered[label.end() :]) if item]
    if len(items) < (1 if label.group("archive") else MIN_LABELLED_ITEMS):
        return None  # an archive heading names one category (module docstring)
    return None if any(_letters(item) > MAX_LABELLED_ITEM for item in items) else "nav"


def _item_reason(item: str, site_links: bool = True) -> str | None:
    """``nav`` or ``share`` for a menu word, ``date`` for a date, else None; a site's own
    link counts unless ``site_links`` is false (a row holding a claim of rights)."""
    if site_links and site_link(item):
        return "nav"  # 內容政策, 站長信箱: a site's own link (round 41)
    letters = len(COUNTED.findall(item))
    if DATE_ITEM.fullmatch(item):
        return "date" if letters <= MAX_DATE_ITEM else None
    if letters > MAX_MENU_ITEM:
        return None
    terms = nav_terms()
    if item in terms:
        return terms[item]
    if _sections().search(item) or ISSUE_ITEM.fullmatch(item):
        return "nav"
    covered, reason = furniture_coverage(item)
    return reason if covered >= MIN_COVERAGE else None


def _framed_items(line: str) -> list[str] | None:
    """The items of a bracketed row (module docstring, round 36), or None when anything but
    joins stands between its frames.

    >>> _framed_items("【關於我們】-【 新聞中心 】- 【供稿服務】")
    ['關於我們', '新聞中心', '供稿服務']
    >>> _framed_items("【视频】习近平出席会议【图】") is None
    True
    """
    text = line.strip()
    items: list[str] = []
    end = 0
    for frame in FRAMED_ITEM.finditer(text):
        if FRAME_JOINS.fullmatch(text, end, frame.start()) is None:
            return None
        items.append(frame.group(1).strip())
        end = frame.end()
    if FRAME_JOINS.fullmatch(text, end) is None or len(items) < MIN_BARRED_ITEMS:
        return None
    return items if all(items) else None


def _letters(item: str) -> int:
    return len(COUNTED.findall(item))


def _two_separators(line: str) -> bool:
    """Whether ``line`` holds two item separators at least (spaces, bars, slashes): two
    searches, no more, however long the line."""
    first = SEPARATOR_MARK.search(line)
    return first is not None and SEPARATOR_MARK.search(line, first.end()) is not None


def menu_reason(line: str) -> str | None:
    """The reason (``nav``, or ``share`` when a share tool is an item) when ``line`` is a
    menu of short items, else None."""
    if (labelled := labelled_row(line)) is not None:
        return labelled  # 熱門: <word> <word>: a label leads the row
    if line.count("【") >= MIN_BARRED_ITEMS and (items := _framed_items(line)):
        return menu_reason(" | ".join(items))  # 【關於我們】-【新聞中心】-…: frames part items
    if len(line) > MAX_MENU_LINE or not _two_separators(line):
        return None  # most lines: a few C-level counts, no search
    if NOT_MENU.search(line):
        return None
    items = [item for item in ITEM_SPLIT.split(line.strip().lower()) if item]
    barred = BARS.search(line) is not None
    if len(items) < (MIN_BARRED_ITEMS if barred else MIN_MENU_ITEMS):
        return None
    hosts = [item for item in items if "." in item and HOST_ITEM.fullmatch(item)]
    if any(
        len(i) > MAX_DATE_ITEM and _letters(i) > MAX_DATE_ITEM and not site_link(i)
        for i in items
        if i not in hosts
    ):
        return None  # a headline or a sentence part, not an item: decided without lookups
    if barred and _places(items):
        return "nav"  # 克东县 | 农安县 | 乌审旗 | …: a directory of places (round 36)
    reasons: list[str] = []
    dates = len(hosts)  # the site's own link is neutral as a date is
    links = RIGHTS_CLAIM.search(line) is None  # 版权所有 | 私隐政策 | …: the notice's links
    for item in items:
        reason = _item_reason(item, links) if item not in hosts else None
        if reason == "date":
            dates += 1
        elif reason is not None:
            reasons.append(reason)
    if len(reasons) < MIN_MENU_WORDS or 2 * (len(reasons) + dates) < len(items):
        return None
    return "share" if "share" in reasons else "nav"


def _places(items: list[str]) -> bool:
    """A directory of places (round 36), perhaps cut short by the copy (round 41): every
    item a place name, or all but the last, a name the cut left without its suffix."""
    if len(items) >= MIN_PLACE_ITEMS and all(PLACE_ITEM.fullmatch(i) for i in items):
        return True
    return (
        len(items) >= MIN_CUT_PLACE_ITEMS
        and all(PLACE_ITEM.fullmatch(i) for i in items[:-1])
        and CUT_PLACE.fullmatch(items[-1]) is not None
    )


def stacked_menu(items: list[str]) -> str | None:
    """The reason when consecutive lines, one item each, make a menu (see the module
    docstring), else None.

    >>> stacked_menu(["今日頭條", "專題", "話題", "要聞", "焦點新聞", "政治新聞"])
    'nav'
    >>> stacked_menu(["张三", "李四", "王五"]) is None
    True
    """
    if len(items) < MIN_BARRED_ITEMS or any(SEPARATOR_MARK.search(i.strip()) for i in items):
        return None
    return menu_reason(" | ".join(item.strip() for item in items))


#: A link box holds at most this many lines (a longer run of short lines is a list, a poem).
MAX_BOX_LINES = 40
#: A label printed letter-spaced: single Han characters parted by one space each.
LETTER_SPACED = lazy_re(r"[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){1,7}")


def _box_head(item: str) -> bool:
    return LETTER_SPACED.fullmatch(item) is not None or _item_reason(item) not in (None, "date")


def foot_box(items: list[str]) -> str | None:
    """``nav`` when the lines ending a page make a link box (see the module docstring).

    >>> foot_box(["新 闻 查 询", "关键词", "热 点 专 题", "第77届奥斯卡盛典", "驾驶员培训新大纲"])
    'nav'
    >>> foot_box(["张 三", "二〇二三年五月", "于北京"]) is None
    True
    """
    items = [item.strip() for item in items]
    if len(items) < MIN_BARRED_ITEMS or any(NOT_MENU.search(item) for item in items):
        return None
    if not _box_head(items[0]) or sum(map(_box_head, items)) < MIN_MENU_WORDS:
        return None
    return "nav"


def stacked_menus(content: list[int], text_of: Callable[[int], str]) -> dict[int, tuple[str, str]]:
    """Line number -> (reason, evidence) for the lines among ``content`` (content line
    numbers in page order; ``text_of`` gives a line's text) that make menus printed one item
    a line: runs of consecutive numbers, each line short enough to be one item
    (``stacked_menu``); the run ending the page may be a link box (``foot_box``).  A run of
    more than ``MAX_BOX_LINES`` lines is a list or a poem, and is passed over without keeping
    it.  Each reader asked after them says what it read (round 40: the evidence was "a menu
    printed one item a line" for all of them)."""
    found: dict[int, tuple[str, str]] = {}
    end = content[-1] if content else -1
    run: list[int] = []
    overflow = False
    last = -2
    for number in content:
        short = len(text_of(number)) <= MAX_DATE_ITEM
        if number != last + 1 or not short:
            _judge_run(run, overflow, end, text_of, found)
            run, overflow = [], False
        last = number
        if short:
            if len(run) < MAX_BOX_LINES:
                run.append(number)
            else:
                overflow = True
    _judge_run(run, overflow, end, text_of, found)

    def add(lines: Iterable[int], reason: str, why: str) -> None:
        for number in lines:
            found.setdefault(number, (reason, why))

    def add_read(read: dict[int, str], why: str) -> None:
        for number, reason in read.items():
            found.setdefault(number, (reason, why))

    add_read(record_blocks(content, text_of), "a pane's record printed one field a line")
    add_read(teaser_lines(content, text_of), "another story's listing entry, its teaser cut")
    add_read(profile_cards(content, text_of), "an uploader's profile card, one piece a line")
    add_read(issue_lines(content, text_of), "an issue's label alone over the article")
    add_read(header_readings(content, text_of), "a portal header's reading: weather, a rate")
    add(section_headers(content, text_of), "nav", "a lost section's heading over its more link")
    gloss = stacked_gloss(content, text_of, lambda label: _item_reason(label) == "nav")
    add(gloss, "nav", "a section's label over its English gloss")
    add(page_runs(content, text_of), "nav", "a pager's page numbers under the article")
    add(size_labels(content, text_of), "share", "the text size control, one label a line")
    add(map_labels(content, text_of, found), "nav", "a map widget's own words")
    add(app_steps(content, text_of), "share", "a share box's steps in an app")
    add(share_records(content, text_of), "share", "the page's title and address to copy")
    return found


def _judge_run(
    run: list[int],
    overflow: bool,
    end: int,
    text_of: Callable[[int], str],
    found: dict[int, tuple[str, str]],
) -> None:
    if overflow or len(run) < MIN_BARRED_ITEMS:
        return
    items = [text_of(i) for i in run]
    reason, why = stacked_menu(items), "a menu printed one item a line"
    if reason is None and run[-1] == end:
        reason, why = foot_box(items), "a link box ending the page"
    if reason is not None:
        found.update(dict.fromkeys(run, (reason, why)))

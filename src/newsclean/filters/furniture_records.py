"""A hosted item's record and a digitised periodical's page marker: the page describing the
file or the issue it carries, not the story.

Model (round 27; ``furniture_leaks.leak_reason`` asks ``record_line`` and ``page_marker``,
``furniture_menu.stacked_menus`` asks ``record_blocks`` over the page's content lines).

A **record of a file or a recording** is made of ``label: value`` fields whose labels name
a property of a document or a media item and whose values are measures.  A label is a
property noun (kind ``property`` of ``data/media_records.txt``: 格式, 大小, 页数, 时长,
播放, Played, Subscribed, Duration), perhaps after what it belongs to (kind ``modifier``:
文档页数, 播放次数 has its own head, File size, Episode length); a value is a measure: a size
with a byte unit (``38.27 KB``), a duration (``12:05``, ``3分钟``, ``1 hr 3 min``), a count
(``7,724``, ``1.2万``, ``2``, ``148页``) or a file type (``pdf``, ``DOCX``, kind
``extension``).  What makes the line a record is its *coverage*: every character of it is
such a field or a separator (spaces, bars, a bullet), the fields perhaps glued to each
other with no space (``Subscribed: 408Played: 7,724``: a player's counters whose icons
were dropped).  A line of two or more fields is a record alone.  A pane printing one field
a line (``- 格式:pdf`` / ``- 大小:38.27 KB`` / ``- 文档页数:2``) is judged by its *block*: a
line of one field is a record when a neighbouring content line (above or under, blank and
removed lines skipped) is a record line too.  A document site's header may mix the record
with its own fields (``上传人:b****8 文档编号:28141257 上传时间:2023-07-08 格式:DOCX
页数:148 大小:245.83KB``): spaced ``label:value`` pieces, each short with no space inside
(but after its colon), property fields at least half of them (two for a line alone, one
for a line of a block: ``• 资源格式: DOC        下载积分:8金币``).

Round 36 (second wave): a library's record of a chapter is the same pane (``分类号: D634.2`` /
``页数: 3`` / ``页码: 1510-1512``): a page range is a measure, and a classification number
(kind ``catalogue``: 分类号, 中图分类号; a letter or two and digits) the value of its label.

What stays: a sentence about a file says more than its fields (``该文件大小为38 KB``: no
label and colon); a how-to's list item with a requirement (``- 大小:不超过5MB``) has no
measure for its value, and a single field alone with no record beside it (``格式:PDF`` in a
list of instructions) stays; a fact box of a story (``人口:1400万 面积:1.6万平方公里``)
names no property of a document or a recording.

A **page marker** is a page number with an optional issue label, printed by a flipbook or
an e-paper copy for its page: a page word and a number (``Page 66``, ``P. 66``), ``第66页``,
``共148页``, a number between dashes (``- 66 -``), beside issue labels (a year and a month
or an issue, ``2023年1月``, ``2023年第1期``; a periodical's name in 《》; ``issue 19``,
``Vol. 3``) and separators, nothing else, a page number among them: ``Page 66 -
2023年1月《湄公河》``, ``第1页 / 共148页``.  Its running footer names the issue, then the
page's bare number, then perhaps the section's short heading: ``umagazine issue 19 10
封面故事 COVER STORY`` (a name of Latin letters perhaps before the issue; the issue named by
an issue word or 第N期, never a date: ``2016 年 01 月 30 日`` is a date; the heading has no
digit, no sentence mark and no date unit).  An issue label alone (``2023年第1期``) is a
heading and stays, and so does a sentence citing a page (``见第66页``: words outside the
marker).  Round 37 (second wave), a flipbook's *page title*: the page word and its number
first, a dash, then the document's name bare (``Page 716 - 中華民國福建省政府志``, a
doc-sharing site's copy of a gazetteer): Han letters alone, no digit, mark or space.  A
headline names no page before a dash.  Round 37 (mend), the one grammar of it
(``is_page_title``, asked by ``head_lists.head_part`` too): a bar or a colon may part the
two, either order (``某某县志 | P. 12``); the page is named by a page word, never by
``第N页`` (``第3页:两会特刊`` is a headline naming its page).

Round 32, an **issue label outside the article** (``issue_lines``, asked by
``furniture_menu.stacked_menus``): a line that is only issue labels (``第33期``, ``NO.668``,
``Vol. 3``, ``2023年第1期``) names the number of the periodical that carries the page, not
the story; it goes when it stands above the article's first paragraph (a campus paper's
first line, over the column and the headline) or under its last (a weekly's foot, the
issue over the read count).  Between two paragraphs it is a heading and stays, and an
issue inside a sentence (``本文原载于《财新周刊》2021年第18期``) is no label alone.

>>> record_line("Subscribed: 408Played: 7,724"), record_line("- 大小:38.27 KB")
(True, False)
>>> record_line("人口:1400万 面积:1.6万平方公里"), record_line("该文件大小为38 KB")
(False, False)
>>> page_marker("Page 66 - 2023年1月《湄公河》"), page_marker("P. 66")
(True, True)
>>> page_marker("umagazine issue 19 10 封面故事 COVER STORY"), page_marker("2023年第1期")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.furniture_sitefoot import is_paragraph
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.word_trie import word_pattern

#: A record line is short: a few fields.
MAX_RECORD_LINE = 120
#: A page marker's line is short.
MAX_MARKER_LINE = 60
#: What may stand between a record's fields (and a list's bullet before the first).
RECORD_GAP = lazy_re(r"[\s\u3000|｜,，;；/·•▪◆●*\-–—]*")
MARKER_GAP = lazy_re(r"[\s\u3000|｜/·・\-–—]*")
#: A spaced piece of a document site's header: a short label, a colon, a token.
LABELLED_PIECE = lazy_re(r"[^\s:：]{1,8}[:：]\s?[^\s:：]{1,24}")
#: A page number's cheap tell: a digit (every marker and every measure holds one).
DIGIT = lazy_re(r"[0-9]")

SIZE = r"[0-9]{1,6}(?:\.[0-9]{1,3})?\s?(?:[KMGT]i?B|[kmgt]i?b|bytes?|字节|字節)"
DURATION = (
    r"(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}"
    r"|[0-9]{1,3}\s?(?:小时|小時|分钟|分鐘|秒|hrs?|h|mins?|m|s)"
    r"(?:\s?[0-9]{1,2}\s?(?:分钟|分鐘|秒|mins?|m|s))?(?![A-Za-z])"
)
#: Round 36: a part's page range in its volume (1510-1512), and a classification number of
#: the Chinese Library Classification (D634.2, TP391.41) after its own label.
PAGE_RANGE = r"[0-9]{1,5}\s?[-–~～]\s?[0-9]{1,5}"
CLASS_NUMBER = r"[A-Z]{1,2}[0-9]{1,4}(?:\.[0-9]{1,4}){0,2}"
COUNT = (
    r"[0-9]{1,3}(?:,[0-9]{3})+"
    r"|[0-9]{1,9}(?:\.[0-9]{1,2})?(?:\s?(?:万|萬|次|页|頁|集|人|[kK](?![a-z])))?"
)


@cache
def _kinds() -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for fields in data_lines("media_records.txt"):
        kinds.setdefault(fields[0], []).append(fields[1].lower())
    return kinds


@cache
def _field() -> re.Pattern[str]:
    kinds = _kinds()
    modifier, prop, extension = (
        word_pattern(kinds[kind]) for kind in ("modifier", "property", "extension")
    )
    catalogue = word_pattern(kinds["catalogue"])
    return re.compile(
        rf"(?i)(?:(?:{modifier})\s?)?(?:{prop})\s?[:：]\s?"
        rf"(?:{SIZE}|{DURATION}|(?:{extension})(?![a-z0-9])|{PAGE_RANGE}|{COUNT})"
        rf"|(?:{catalogue})\s?[:：]\s?(?-i:{CLASS_NUMBER})(?![A-Za-z0-9])"
    )


def _covered_fields(text: str) -> int:
    """How many property fields cover ``text`` whole with separators between them (0 if
    anything else stands in it)."""
    count, position = 0, 0
    for found in _field().finditer(text):
        if RECORD_GAP.fullmatch(text, position, found.start()) is None:
            return 0
        count, position = count + 1, found.end()
    return count if RECORD_GAP.fullmatch(text, position) is not None else 0


def record_fields(line: str) -> int:
    """The number of property fields of ``line`` when the line is a record of a file or a
    recording (module docstring), else 0."""
    text = line.strip()
    if not text or len(text) > MAX_RECORD_LINE or (":" not in text and "：" not in text):
        return 0
    if DIGIT.search(text) is None and not text.isascii() and "格式" not in text:
        return 0  # every measure but a file type holds a digit
    covered = _covered_fields(text)
    if covered:
        return covered
    pieces, position = [], 0
    for found in LABELLED_PIECE.finditer(text):
        if RECORD_GAP.fullmatch(text, position, found.start()) is None:
            return 0
        pieces.append(found.group())
        position = found.end()
    if len(pieces) < 2 or RECORD_GAP.fullmatch(text, position) is None:
        return 0
    fields = sum(1 for piece in pieces if _field().fullmatch(piece) is not None)
    return fields if 2 * fields >= len(pieces) else 0


def record_line(line: str) -> bool:
    """A record of two fields or more, alone in its line (module docstring)."""
    return record_fields(line) >= 2


def record_blocks(content: list[int], text_of: Callable[[int], str]) -> dict[int, str]:
    """Line number -> ``nav`` for the content lines (in page order) of one field each that
    neighbour another record line: a pane printing its record one field a line."""
    found: dict[int, str] = {}
    fields = [
        record_fields(text_of(number)) if ":" in text_of(number) or "：" in text_of(number) else 0
        for number in content
    ]
    for position, number in enumerate(content):
        if fields[position] != 1:
            continue
        before = fields[position - 1] if position > 0 else 0
        after = fields[position + 1] if position + 1 < len(fields) else 0
        if before or after:
            found[number] = "nav"
    return found


@cache
def _marker_pieces() -> re.Pattern[str]:
    kinds = _kinds()
    page, issue = (word_pattern(kinds[kind]) for kind in ("page", "issue"))
    return re.compile(
        rf"(?i)(?P<page>(?:{page})\s?[0-9]{{1,4}}(?:\s(?:of|/)\s[0-9]{{1,4}})?(?![0-9])|第\s?[0-9]{{1,4}}\s?[页頁]"
        rf"|共\s?[0-9]{{1,4}}\s?[页頁]|[-–—]\s?[0-9]{{1,4}}\s?[-–—])"
        rf"|(?P<issue>{_issue(issue)})"
    )


def _issue(issue: str) -> str:
    return (
        r"[0-9]{4}\s?年\s?(?:[0-9]{1,2}\s?月|第\s?[0-9]{1,3}\s?期)(?:\s?号)?"
        r"|第\s?[0-9]{1,4}\s?期|《[^《》\n]{1,20}》"
        rf"|(?:{issue})\s?[0-9]{{1,4}}(?![0-9])"
    )


@cache
def _footer() -> re.Pattern[str]:
    issue = word_pattern(_kinds()["issue"])
    return re.compile(
        rf"(?i)(?:[A-Za-z][A-Za-z]{{0,20}}\s)?"
        rf"(?:(?:{issue})\s?[0-9]{{1,4}}|(?:[0-9]{{4}}\s?年\s?)?第\s?[0-9]{{1,3}}\s?期)"
        r"\s(?P<page>[0-9]{1,4})(?:\s(?P<section>[^0-9,，.。!！?？:：;；()（）年月日号]{2,30}))?"
    )


@cache
def _page_title() -> re.Pattern[str]:
    page = word_pattern(_kinds()["page"])
    number = rf"(?:{page})\s?[0-9]{{1,5}}"
    name = r"[\u3400-\u9fff\uf900-\ufaff]{2,20}"
    separator = r"\s?[-－–—|｜:：]\s?"
    return re.compile(rf"(?i){number}{separator}{name}|{name}{separator}{number}")


def is_page_title(text: str) -> bool:
    """A flipbook's or an e-book viewer's page title (module docstring, round 37): the page
    word and its number (``Page 716``, ``P. 12``), a dash, bar or colon, and the document's
    name bare, either order.  ``第3页:两会特刊`` is a headline naming a page: no page word.

    >>> is_page_title("Page 716 - 中華民國福建省政府志"), is_page_title("某某县志 | P. 12")
    (True, True)
    >>> is_page_title("第3页:两会特刊"), is_page_title("Page 3 - 新冠疫情最新消息，请看")
    (False, False)
    """
    line = text.strip()
    return len(line) <= MAX_MARKER_LINE and _page_title().fullmatch(line) is not None


def page_marker(line: str) -> bool:
    """A page number with an optional issue label, or an issue's running footer, or (round
    37) a flipbook's page title (module docstring)."""
    text = line.strip()
    if not text or len(text) > MAX_MARKER_LINE or DIGIT.search(text) is None:
        return False
    if is_page_title(text):
        return True  # Page 716 - 中華民國福建省政府志
    pages, position = 0, 0
    for found in _marker_pieces().finditer(text):
        if MARKER_GAP.fullmatch(text, position, found.start()) is None:
            break
        pages += found.group("page") is not None
        position = found.end()
    else:
        if pages and MARKER_GAP.fullmatch(text, position) is not None:
            return True
    return _footer().fullmatch(text) is not None


#: An issue label alone is short.
MAX_ISSUE_LINE = 30


def issue_label(line: str) -> bool:
    """Whether ``line`` is issue labels alone and nothing else (module docstring, round 32).

    >>> issue_label("第33期"), issue_label("NO.668"), issue_label("本刊2021年第18期")
    (True, True, False)
    """
    text = line.strip()
    if not text or len(text) > MAX_ISSUE_LINE or DIGIT.search(text) is None:
        return False
    issues, position = 0, 0
    for found in _marker_pieces().finditer(text):
        if (
            found.group("issue") is None
            or MARKER_GAP.fullmatch(text, position, found.start()) is None
        ):
            return False  # a page number (a page marker's), or words between the labels
        issues += DIGIT.search(found.group("issue")) is not None
        position = found.end()
    return issues > 0 and MARKER_GAP.fullmatch(text, position) is not None


def issue_lines(content: list[int], text_of: Callable[[int], str]) -> dict[int, str]:
    """Line number -> ``nav`` for the issue labels alone among ``content`` (in page order)
    that stand above the first paragraph or under the last (module docstring)."""
    labels = [k for k, number in enumerate(content) if issue_label(text_of(number))]
    if not labels:
        return {}  # most pages
    paragraphs = [k for k, number in enumerate(content) if is_paragraph(text_of(number))]
    if not paragraphs:
        return {}  # no article to stand outside of
    return {content[k]: "nav" for k in labels if k < paragraphs[0] or k > paragraphs[-1]}

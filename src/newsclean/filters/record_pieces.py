"""The quiet pieces of a record line: what a site prints beside the story's date that
names no person and no outlet (round 28, asked by ``head_record``).

**Model (composition, not vocabulary).**  A record line (``head_record``) is a date and
pieces, each of which is a field or says nothing of the story.  A template prints beside
its date, in any order and with any separators, pieces of a few closed kinds, each
recognisable by its own shape on any site:

- an *icon mark*: a pictograph standing for the field after it (a writing hand before
  the writer, a clock before the date: ``✍ 曹智 ◷ 2017-07-19``), one or two symbols
  (Unicode ``So``) alone or glued before the field's value;
- a *tag*: ``#`` and a word (``#南洋商报``), the article's tag on a wiki copy or a blog;
- a *lunar date*: a sexagenary year (``甲辰年``, stem and branch) or ``农历``, then a
  lunar month and day (``二月廿六``, ``十月初二``): the same day in the other calendar, no
  outlet and no person;
- a *weekday* alone (``(星期日)``), spaced from the date it names;
- a *labelled count*: a label of two to six Han letters, an optional colon, a space and
  a bare number with no unit after it (``本文熱度 6717``, ``人气:35``): the page's
  statistic.  A number with a noun after it (``3人受伤``) is prose and is no such piece;
- a *file's properties*: a page count (``7页``), a file type (``doc``: kind ``extension``
  of ``data/media_records.txt``) or a size with a byte unit (``21KB``), as a document
  sharing site prints them beside the upload date;
- a board's *poster code* glued before ``@`` and the date (``GS(14)@2016-06-01 11:36:45``:
  who, at, when; round 29), a handle perhaps with a bracketed number, and a *post
  number* alone on the line over such a record (``1 :``, ``#3``, ``2楼``: the post's
  place in the thread, ``POST_NUMBER``); the poster's *IP address* a board prints as an
  item of the post's record (``• 1.169.123.130``);
- a card's *counters* alone on the line right under a byline (``550 0 0``: views,
  likes, comments; ``COUNT_ROW``), bare counts and nothing else;
- a paper head's *permit number* (capitals glued to digits with slashes or brackets,
  ``PP6264/08/2013(032549)``) and *cover price* (a currency's capitals or sign glued to
  an amount with cents, perhaps after a region and a colon: ``西马:RM2.50``), and the
  capital ``I`` an OCR copy prints for the head's vertical bar (``date I lunar I permit``).

Each kind is a closed shape, so a piece of prose beside a date (``李家超视察``,
``3人受伤``, ``售价下调``) is none of them and keeps its line in the body.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.furniture_records import SIZE
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.word_trie import word_pattern

#: One or two pictographs alone, or glued before a field's value (``✍曹智``).
ICON = lazy_regex(r"\p{So}{1,2}")
ICON_HEAD = lazy_regex(r"^\p{So}{1,2}(?=\S)")
#: A user's handle, printed after the icon that labels the poster (``✍ dations``).
HANDLE = lazy_regex(r"[A-Za-z][A-Za-z0-9_.\-]{1,19}")
#: A poster's code glued to the ``@`` before the date (``GS(14)@``): a board's post record.
POSTER_AT = lazy_regex(r"[A-Za-z][A-Za-z0-9_.\-]{0,19}(?:[(（]\d{1,6}[)）])?[@＠]")
#: A post's number in its thread, alone on a line over the post's record (``1 :``, ``#3``).
POST_NUMBER = lazy_regex(r"[#＃]\d{1,5}|\d{1,5}\s{0,2}(?:[:：#＃]|[楼樓]|F)")
#: A card's counters alone on a line (views, likes, comments: ``550 0 0``): bare counts.
COUNT_ROW = lazy_regex(r"\d{1,7}(?:[ \t\u3000]{1,3}\d{1,7}){1,4}")
#: A tag: ``#`` and a word, perhaps closed by another ``#`` (a microblog's topic).
TAG = lazy_regex(r"[#＃][\p{Han}\p{L}\d_]{1,20}[#＃]?")
LUNAR = lazy_regex(
    r"(?:(?:农历|農曆|阴历|陰曆)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥](?:[\[［(（]\p{Han}[\]］)）])?年|农历|農曆|阴历|陰曆)"
    r"(?:[闰閏])?(?:正|冬|腊|臘|十[一二]?|[一二三四五六七八九])月"
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]?|三十)"
)
#: A weekday alone, perhaps in brackets (``(星期日)``): the date's, spaced from it (a byline's
#: piece too, ``byline_pieces.WEEKDAY_PIECE``).
WEEKDAY_CORE = r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]"
WEEKDAY_WORD = rf"[(（]?{WEEKDAY_CORE}[)）]?"
WEEKDAY = lazy_regex(WEEKDAY_WORD)
#: A label and a bare count: the page's statistic (``本文熱度 6717``); cut out of a
#: record's rest wherever it stands between separators.
LABELLED_COUNT = lazy_regex(
    r"(?<![^\s|｜丨◆◇•·])\p{Han}{2,6}[:：]?\s{0,2}(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?![^\s|｜丨])"
)
#: A label and a count or nothing (``人氣:-``, ``人气： 71``): a counter's field, no name.
COUNTER_FIELD = lazy_regex(r"\p{Han}{1,6}[:：]\s{0,2}(?:[-—–_/]{0,3}|\d{1,3}(?:,\d{3})*|\d{1,9})")
#: The capital I an OCR copy prints for a paper head's bar, spaced on both sides.
OCR_BAR = lazy_regex(r"(?<=\s)I(?=\s)")
PAGES = lazy_regex(r"\d{1,5}\s?[页頁]")
#: A host's IPv4 address: four numbers 0-255 joined by dots (``byline_foot`` reads a site
#: named by its bare address with it too).
IPV4_FORM = r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}"
IPV4 = lazy_regex(IPV4_FORM)
#: The poster's IP address a board prints in its post record (``1.169.123.130``).
IP_ADDRESS = lazy_regex(r"(?:IP[:：]?\s?)?" + IPV4_FORM)
BYTES = lazy_regex(SIZE)
PRICE_FORM = r"(?:\p{Han}{1,4}[:：]\s?)?(?:[A-Z]{1,3}[$＄]?|[$＄¥￥€£])\s?\d{1,4}\.\d{2}"
PRICE = lazy_regex(PRICE_FORM)
#: A permit number, perhaps with the cover price glued after it (an OCR copy's head).
PERMIT = lazy_regex(
    rf"[A-Z]{{1,4}}\d{{2,}}(?:[/\-]\d{{1,8}}|\(\d{{1,8}}\)){{1,4}}(?:{PRICE_FORM})?"
)


@cache
def _extension() -> regex.Pattern[str]:
    """A file type alone (``doc``, ``PDF``): kind ``extension`` of ``media_records.txt``."""
    words = [word.lower() for word in data_kinds("media_records.txt").get("extension", ())]
    return regex.compile(rf"(?i)(?:{word_pattern(words)})")


def without_counts(rest: str) -> str:
    """``rest`` (a record line with its date cut out) with its labelled counts and OCR
    bars turned into bars, so that what is left splits into pieces.

    >>> without_counts(" 本文熱度 6717")
    '  | '
    >>> without_counts(" I 甲辰年二月廿六 I PP6264")
    ' | 甲辰年二月廿六 | PP6264'
    >>> without_counts(" 3人受伤")
    ' 3人受伤'
    """
    if "I" in rest:
        rest = OCR_BAR.sub("|", rest)
    if any(ch.isdigit() for ch in rest):
        rest = LABELLED_COUNT.sub(" | ", rest)
    return rest


def counter_field(value: str) -> bool:
    """Whether a field's value is a counter's label and its count or nothing: another
    field, no person and no outlet (``作者:人氣:-``, ``作者： 人气： 71``; a name never
    holds a colon).

    >>> counter_field("人氣:-"), counter_field("点击:"), counter_field("来源:新华网")
    (True, True, False)
    """
    return (":" in value or "：" in value) and COUNTER_FIELD.fullmatch(value) is not None


def icon_split(piece: str) -> tuple[str, str]:
    """(icon, value) of a piece opened by a pictograph glued to its value (``✍曹智``)."""
    head = ICON_HEAD.match(piece)
    return (piece[: head.end()], piece[head.end() :]) if head else ("", piece)


def lunar(piece: str) -> bool:
    """Whether ``piece`` is a lunar date alone (``癸卯年十月初二``, ``农历正月廿三``).

    >>> lunar("癸卯年十月初二"), lunar("十月初二"), lunar("乙巳年的春天")
    (True, False, False)
    """
    return "月" in piece and LUNAR.fullmatch(piece) is not None


def quiet_piece(piece: str) -> bool:
    """Whether a record's piece is one of the closed kinds that name no field (module
    docstring).

    >>> [quiet_piece(p) for p in ("◷", "#南洋商报", "甲辰年二月廿六", "7页", "doc", "21KB")]
    [True, True, True, True, True, True]
    >>> [quiet_piece(p) for p in ("PP6264/08/2013(032549)", "西马:RM2.50", "癸卯年十月初二")]
    [True, True, True]
    >>> [quiet_piece(p) for p in ("GS(14)@", "admin@", "1.169.123.130", "IP:10.0.0.1")]
    [True, True, True, True]
    >>> [quiet_piece(p) for p in ("Ivan(3)@", "IDR12.50")]  # a poster, a price: not an IP
    [True, True]
    >>> [quiet_piece(p) for p in ("1.2.3", "3.14", "v1.2.3.4")]
    [False, False, False]
    >>> [quiet_piece(p) for p in ("3人受伤", "李家超视察", "曹智", "售价下调", "iPhone")]
    [False, False, False, False, False]
    """
    if not piece:
        return False
    first = piece[0]
    if first in "#＃":
        return TAG.fullmatch(piece) is not None
    if ICON.fullmatch(piece):
        return True
    if first.isdigit():
        return (
            PAGES.fullmatch(piece) is not None
            or BYTES.fullmatch(piece) is not None
            or IP_ADDRESS.fullmatch(piece) is not None
        )
    if first.isascii() and first.isalpha():
        return (
            IP_ADDRESS.fullmatch(piece) is not None  # IP:10.0.0.1
            or _extension().fullmatch(piece) is not None
            or POSTER_AT.fullmatch(piece) is not None
            or PERMIT.fullmatch(piece) is not None
            or PRICE.fullmatch(piece) is not None
        )
    if "月" in piece:
        return lunar(piece)
    if WEEKDAY.fullmatch(piece):
        return True
    return PRICE.fullmatch(piece) is not None

"""The record line's own date forms (split from ``head_record`` in round 28): the forms
a date takes only in the record slot, each a date by its place, not by a guess.

- *compact*: eight digits ``YYYYMMDD`` making a real calendar day (19xx or 20xx), a
  clock after it optional (``20250828``, ``20091125 14:41:26``).  In prose eight digits
  are a number or a code; alone in the record slot they are the stamp.
- *day-last with both fields 12 or under* (``10/02/2022``), which the date grammar leaves
  unread (nothing in the numbers says which is the day): the page says it (round 28,
  ``day_last_order``), by the first of three pieces of evidence that picks one reading
  alone: another year-last date on the page with the same separator and a field over 12
  in a known place (``25/04/2012`` in a list: the site prints day first); the article's
  month and day (``2月10日``, ``4月1日至3日``) naming one reading's pair and not the
  other's; the article's day named alone (``1日上午``, ``今天(27日)``: a report names its
  own day without its month) naming one reading's day and not the other's; round 29,
  between the second and third, a day the article names with its month falling on or
  up to a week before one reading and not the other (a report is dated on or just after
  the days it tells of: ``8月1日`` in a story dated ``02/08/2023`` reads 2 August).  Evidence for
  both readings, or none, leaves the date unread and the explain says so; the line is
  still the record.  The same reading is asked of a line that is that date alone deeper
  in the head (under labels such as ``期數`` / ``刊登日期``, up to ``MAX_BARE_SLOT`` lines
  above the first paragraph): a date alone on its line between headline and article is
  the record wherever the template stacks it (``head_record.MAX_BARE_SLOT``).
- *a recording's record* (round 29, ``player_date``): an audio or video page prints
  under its title the date, the recording's length glued to it with no space and a play
  count closing the line (``2018-09-13`` + ``17:31`` + `` 267``, ``2012年10月27日 週六17:31
  267``, ``2023-09-23 17:20:0117:31 267``).  A clock is spaced from its date; a clock
  shape glued to the date's last field (its day, weekday or seconds) with a bare count
  after it is the player's length and plays: the date is read alone, without a clock.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Protocol

import regex

from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.dates import DEFAULT_ZONE
from newsclean.filters.lazy_pattern import lazy_regex

MONTHS_IN_YEAR = 12
COMPACT = lazy_regex(
    r"(?<![\d.\-/])(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)"
    r"(?:\s{1,2}(?P<H>\d\d):(?P<M>\d\d)(?::(?P<S>\d\d))?)?(?![\d.\-/:])"
)
DAY_LAST = lazy_regex(
    r"(?<![\d.\-/])(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d.\-/])"
)
DATELINE = lazy_regex(r"(?<!\d)(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]")
#: A day named alone in the article (``1日上午``, ``今天(27日)``), no month before it.
BARE_DAY = lazy_regex(r"(?<![\d月])(?P<d>[12]\d|3[01]|0?[1-9])[日号]")
#: A recording's length glued to what stands before it (no space) and its play count
#: closing the line: ``17:31 267`` after ``2018-09-13`` or ``週六``.
PLAYER_TAIL = lazy_regex(r"(?<=[\d\p{Han})）])(?:\d{1,2}:)?\d\d:[0-5]\d[ \t]{1,3}\d{1,9}[ \t]*$")
#: The orders a year-last date may be read in: (month, day) from its fields (a, b).
DAY_FIRST, MONTH_FIRST = "day first", "month first"


def _day(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def compact_stamp(text: str) -> tuple[int, int, str] | None:
    """(start, end, ISO) of a compact ``YYYYMMDD`` stamp, a clock after it optional."""
    match = COMPACT.search(text)
    if match is None:
        return None
    day = _day(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None:
        return None
    if match["H"] is None:
        return match.start(), match.end(), day.isoformat()
    hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
    if hour >= 24 or minute >= 60 or second >= 60:
        return match.start(), match.end(), day.isoformat()
    iso = f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}{DEFAULT_ZONE}"
    return match.start(), match.end(), iso


#: A report is dated on the day it tells of or within this many days after it.
REPORT_LAG_DAYS = 7


def _near_named(
    named: set[tuple[int, int]], readings: dict[str, tuple[int, int]], year: int
) -> str:
    """The one reading dated on or up to ``REPORT_LAG_DAYS`` after a day the article
    names (``8月1日`` in a story printed ``02/08/2023``: 2 August), or ""."""
    near = set()
    for order, (month, day) in readings.items():
        if (reading := _day(year, month, day)) is None:
            continue
        for named_month, named_day in named:
            told = _day(year, named_month, named_day)
            if told is not None and 0 <= (reading - told).days <= REPORT_LAG_DAYS:
                near.add(order)
    return near.pop() if len(near) == 1 else ""


def day_last_order(
    page: Sequence[str], article: str, a: int, b: int, sep: str, year: int | None = None
) -> tuple[str, str]:
    """(order, why) of a year-last date ``a{sep}b{sep}year`` whose fields are both 12 or
    under, from the page's evidence (module docstring); order is "" when none decides.

    >>> day_last_order([], "论坛于4月1日至3日举行。", 4, 1, "/")
    ('month first', 'the article names 4月1日')
    >>> day_last_order(["相关: 25/04/2012"], "", 4, 1, "/")
    ('day first', 'another date on the page prints its day first')
    >>> day_last_order([], "今天上午举行。", 4, 1, "/")
    ('', 'nothing on the page says which field is the day')
    >>> day_last_order([], "8月1日,高铁迎来15岁生日。", 2, 8, "/", 2023)
    ('day first', 'the article tells of the days just before 8月2日')
    """
    orders: set[str] = set()
    for line in page:
        if sep not in line:
            continue
        for other in DAY_LAST.finditer(line):
            x, y = int(other["a"]), int(other["b"])
            if other["sep"] == sep and (x > MONTHS_IN_YEAR) != (y > MONTHS_IN_YEAR):
                orders.add(DAY_FIRST if x > MONTHS_IN_YEAR else MONTH_FIRST)
    if len(orders) == 1:
        order = orders.pop()
        return order, f"another date on the page prints its {order.split()[0]} first"
    readings = {MONTH_FIRST: (a, b), DAY_FIRST: (b, a)}
    named = {(int(m["m"]), int(m["d"])) for m in DATELINE.finditer(article)}
    echoed = [order for order, pair in readings.items() if pair in named]
    if len(echoed) == 1:
        month, day = readings[echoed[0]]
        return echoed[0], f"the article names {month}月{day}日"
    if echoed:
        return "", "the article names both readings"
    if year is not None and (near := _near_named(named, readings, year)):
        month, day = readings[near]
        return near, f"the article tells of the days just before {month}月{day}日"
    days = {int(m["d"]) for m in BARE_DAY.finditer(article)}
    echoed = [order for order, (_, day) in readings.items() if day in days]
    if len(echoed) == 1:
        return echoed[0], f"the article names its day {readings[echoed[0]][1]}日"
    return "", "nothing on the page says which field is the day"


def match_order(match: regex.Match[str], page: Sequence[str], article: str) -> tuple[str, str]:
    """``day_last_order`` of a ``DAY_LAST`` match: its fields, separator and year."""
    a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
    return day_last_order(page, article, a, b, match["sep"], year)


def day_last(
    text: str, article: str, page: Sequence[str] = ()
) -> tuple[int, int, str | None] | None:
    """(start, end, ISO or None) of a day-last date whose order only the page tells
    (module docstring)."""
    match = DAY_LAST.search(text)
    if match is None:
        return None
    a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
    order, _ = day_last_order(page, article, a, b, match["sep"], year)
    if order:
        month, day = (a, b) if order == MONTH_FIRST else (b, a)
        if (found := _day(year, month, day)) is not None:
            return match.start(), match.end(), found.isoformat()
    return match.start(), match.end(), None


class Texted(Protocol):
    """A line of the page as ``structure`` holds it (``LineView``): its text."""

    @property
    def text(self) -> str: ...


def open_order(match: regex.Match[str]) -> bool:
    """Whether a year-last date (a ``DAY_LAST`` match) leaves its order open: both fields
    12 or under, so the numbers say nothing of which is the day (``04/01/2012``); a field
    over 12 is the day and the date grammar has read it (``25/04/2017``).

    >>> open_order(DAY_LAST.search("04/01/2012")), open_order(DAY_LAST.search("28/05/2025"))
    (True, False)
    """
    return int(match["a"]) <= MONTHS_IN_YEAR and int(match["b"]) <= MONTHS_IN_YEAR


def page_order(
    lines: Sequence[str | Texted | None], placements: Sequence[str], traditional: bool = False
) -> tuple[int, str, str] | None:
    """(line, ISO, why) of the first metadata line's slashed year-last date whose order
    the numbers leave open (round 33: a labelled line, ``来源:创世大发04/01/2012``, is read
    before the page is known), ordered with the page's evidence (``day_last_order``); when
    the page says nothing, by the region its script tells (``traditional``: the page held
    characters no simplified text uses, ``script.guess_lines``): a page in traditional
    characters printing the year last is a Hong Kong, Macau or Malaysian site's (Taiwan
    prints the year first), and those print the day first.  A simplified page stays unread
    (mainland sites print the year first; a year-last date there is a foreign template's,
    Malaysian or American).

    >>> page_order(["来源:04/01/2012", "论坛于4月1日至3日举行。"], ["metadata", "body"])
    (0, '2012-04-01', 'month first: the article names 4月1日')
    >>> page_order(["华龙网 12/01/2012", "昨日,记者来到。"], ["metadata", "body"], True)
    (0, '2012-01-12', 'day first: a page in traditional script prints the day first')
    >>> page_order(["华龙网 12/01/2012", "昨日,记者来到。"], ["metadata", "body"])
    """
    texts = [line if isinstance(line, str) else line.text if line else "" for line in lines]
    for i, (text, placed) in enumerate(zip(texts, placements, strict=True)):
        if placed != "metadata" or "/" not in text or (match := DAY_LAST.search(text)) is None:
            continue
        a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
        if not open_order(match):
            continue  # the numbers decide: the grammar has read it, or it is no date
        # The body joined only here: most pages print no such date and never need it.
        article = "\n".join(
            text for text, placed in zip(texts, placements, strict=True) if placed == "body"
        )
        order, why = match_order(match, texts, article)
        if not order and a != b and traditional:
            order, why = DAY_FIRST, "a page in traditional script prints the day first"
        month, day = (a, b) if order == MONTH_FIRST else (b, a)
        if order and (found := _day(year, month, day)) is not None:
            return i, found.isoformat(), f"{order}: {why}"
        return None
    return None


def bare_date(text: str) -> bool:
    """Whether ``text`` is a year-last date and nothing else (``04/01/2012``)."""
    match = DAY_LAST.search(text.strip())
    return match is not None and match.start() == 0 and match.end() == len(text.strip())


def player_date(text: str) -> tuple[int, int, str] | None:
    """(start, end, ISO) of a recording's record (module docstring): a date whose last
    field the recording's length is glued to, a play count closing the line; the span
    runs to the line's end (length and count are the player's, no field).

    >>> player_date("2018-09-1317:31 267"), player_date("2012年10月27日 週六17:31 267")
    ((0, 19, '2018-09-13'), (0, 23, '2012-10-27'))
    >>> player_date("2023-09-23 17:20:0117:31 267")
    (0, 28, '2023-09-23T17:20:01+08:00')
    >>> player_date("2025-07-02 16:05 1234"), player_date("比分17:31 267")
    (None, None)
    """
    if ":" not in text or (tail := PLAYER_TAIL.search(text)) is None:
        return None
    head = text[: tail.start()]
    found = find_byline_date(head)
    if found is None or found.end != len(head):
        return None
    return found.start, tail.end(), found.iso

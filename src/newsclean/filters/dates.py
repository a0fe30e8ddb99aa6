"""The date grammar of Chinese news bylines, and ISO 8601 for what it reads.

The grammar (year, separators, year last, English heads, weekday, half, clock, zone) is
``date_pattern`` (split from this module in round 35); this module finds its matches (a
window around each year, the extended grammar only where a month name or a clock stands
before the year, dates in Chinese numerals merged in text order: ``han_dates.py``) and
reads them (``date_fields.py`` for the day and zone, ``date_clock.py`` for the hour).

Output: a date alone is ``YYYY-MM-DD`` (a zone without a clock is dropped); a date with
a clock is ``YYYY-MM-DDTHH:MM:SS+HH:MM``.  **Zone rule**: an explicit zone is kept
exactly (``UTC`` gives ``+00:00``, ``+09:00`` stays ``+09:00``); only a time with no zone
at all gets ``DEFAULT_ZONE``, +08:00, the zone of every Chinese-language news region
(mainland, Taiwan, Hong Kong, Macau).  Traditional forms of the words come from
``data/traditional_variants.txt``.  Every quantifier is bounded, so the search is
linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from newsclean.filters.date_clock import hour_of_day
from newsclean.filters.date_fields import ROC_EPOCH as ROC_EPOCH  # for byline dates
from newsclean.filters.date_fields import day_of, zone_of
from newsclean.filters.date_pattern import date_pattern, pattern_groups
from newsclean.filters.date_vocab import MONTHS, date_words
from newsclean.filters.date_vocab import with_variants as with_variants  # for bylines, labels
from newsclean.filters.han_dates import han_dates
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.word_trie import (
    word_pattern as word_pattern,  # byline_asides, byline_interface
)

#: A time with no zone on a Chinese news page is UTC+8.
DEFAULT_ZONE = "+08:00"
#: Every date has a year; the full pattern runs in a window around each one.
YEAR_ANCHOR = lazy_regex(r"(?<!\d)(?:19|20)\d\d(?!\d)|中华民国|中華民國|民国|民國")
#: How far before its year a date expression may start (a zone word: 马来西亚时间; with the
#: extended heads, an English month and day ``September 30, `` or a clock ``下午04:05:09 ``),
#: and how far after the year it may end (month, day, weekday, half-day, clock, zone).
MAX_BEFORE_YEAR, MAX_BEFORE_EXTENDED, MAX_AFTER_YEAR = 16, 36, 72
#: Before a year, the signs of an English month or of a clock before the date.
MONTH_CUE = lazy_regex("(?i:" + word_pattern(sorted(MONTHS)) + ")")
CLOCK_CUE = lazy_regex(r"\d\s{0,2}[:：]\s{0,2}\d\d")
EXTENDED_GAP = frozenset(" \t\u3000,，-")
#: A zone word whose offset the page does not give (当地时间, 美东时间): the time is kept
#: without an offset rather than given +08:00.
UNKNOWN_OFFSET = "local"


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a text: where it is and what it says."""

    start: int
    end: int
    iso: str

    @property
    def has_time(self) -> bool:
        return "T" in self.iso


def _iso(match: regex.Match[str], extended: bool = False) -> str | None:
    """ISO 8601 for a match of ``date_pattern(extended)``, or None for an impossible day."""
    groups = pattern_groups(extended)
    # The clock after the date wins; a clock before it (16:05 2025-07-02) is the fallback.
    hours, minutes, seconds, half, ampm = match.group(*groups["clock_after"])
    if hours is None and extended:
        hours, minutes, seconds = match.group(*groups["clock_inside"])
        if hours is None:
            hours, minutes, seconds, half, ampm = match.group(*groups["clock_before"])
    # A 24-hour clock (no half-day word, no AM/PM) reads 05/03/2014 day first; seconds and
    # AM/PM, the en-US locale string, month first (date_fields).
    clock24 = hours is not None and not (half or ampm)
    day = day_of(match, groups, clock24, bool(seconds and ampm) and not half)
    if day is None:
        return None
    if hours is None:
        return day.isoformat()
    hour, minute, second = hour_of_day(int(hours), half, ampm), int(minutes), int(seconds or 0)
    if hour >= 24 or minute >= 60 or second >= 60:
        return day.isoformat()  # 25:00 is no clock, but the date stands
    zone = zone_of(match, groups) or DEFAULT_ZONE
    moment = f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}"
    return moment + ("" if zone == UNKNOWN_OFFSET else zone)


def _han_century(text: str) -> bool:
    """Whether ``text`` holds the start of a year in Chinese numerals (substring tests:
    faster than a regex scan on the long body lines that hold 年)."""
    return "二〇" in text or "一九" in text or "二零" in text or "二○" in text or "二Ｏ" in text


def _with_han_dates(text: str) -> list[DateMatch] | None:
    """Every date of ``text`` in order when some are in Chinese numerals, else None."""
    han = [DateMatch(*found) for found in han_dates(text)]
    if not han:
        return None
    merged = sorted([*han, *_digit_matches(text)], key=lambda found: found.start)
    kept: list[DateMatch] = []
    for found in merged:
        if not kept or found.start >= kept[-1].end:
            kept.append(found)
    return kept


def _around(
    pattern: regex.Pattern[str], text: str, pos: int, end: int, anchor: int
) -> regex.Match[str] | None:
    """The first match of ``pattern`` in ``text[pos:end]`` that covers ``anchor``."""
    while (match := pattern.search(text, pos, end)) is not None:
        if match.start() > anchor:
            return None
        if match.end() > anchor:
            return match
        pos = match.end() if match.end() > match.start() else match.start() + 1
    return None


#: Round 29: the characters a weekday before the head ends with, a comma or space after it.
WEEKDAY_TAIL = frozenset(" \t,，一二三四五六日天")


@cache
def _weekday_before() -> regex.Pattern[str]:
    """A weekday word and its day ending right before a date's head (``星期六, ``)."""
    weekdays = word_pattern(date_words()["weekday"])
    return regex.compile(rf"(?:{weekdays})[一二三四五六日天]\s{{0,2}}[,，]?\s{{0,2}}$")


def _weekday_start(text: str, start: int) -> int:
    """Where a date starting at ``start`` starts with a weekday before its head
    (``星期六, 4 月 20日, 2024``: a character test first, a short search then)."""
    if not start or text[start - 1] not in WEEKDAY_TAIL:
        return start
    found = _weekday_before().search(text, max(0, start - 8), start)
    return start if found is None else found.start()


def _digit_matches(text: str) -> Iterator[DateMatch]:
    """The numeric and English dates of ``text``.  The full pattern runs only in a window
    around each year (``2025``, ``民國``): every line of every page is searched, and most
    have no year at all.  The extended grammar (English months, a clock before the date)
    runs only where the basic one found no date after a month name, or a date without
    clock after a clock."""
    done = 0
    basic = date_pattern(False)
    for anchor in YEAR_ANCHOR.finditer(text):
        start = anchor.start()
        if start < done:
            continue
        end = min(len(text), anchor.end() + MAX_AFTER_YEAR)
        match = _around(basic, text, max(done, start - MAX_BEFORE_YEAR), end, start)
        # Both extended heads end in a space or comma just before the date's first
        # character: a character test first, the cue's search only then.
        head = start if match is None else match.start()
        if (
            head > 0
            and text[head - 1] in EXTENDED_GAP
            and (wide := max(done, start - MAX_BEFORE_EXTENDED)) >= 0
            and (
                MONTH_CUE.search(text, wide, start)
                if match is None
                else match["H"] is None and CLOCK_CUE.search(text, wide, head)
            )
        ):
            wider = _around(date_pattern(True), text, wide, end, start)
            match, extended = (match, False) if wider is None else (wider, True)
        else:
            extended = False
        if match is None:
            continue
        done = match.end()
        iso = _iso(match, extended)
        if iso is not None:
            yield DateMatch(_weekday_start(text, match.start()), match.end(), iso)


def find_dates(text: str) -> list[DateMatch]:
    """Every valid date expression in ``text``, in order.

    >>> [d.iso for d in find_dates("2025-13-40 改为 2025-03-04")]
    ['2025-03-04']
    """
    if "年" in text and _han_century(text) and (with_han := _with_han_dates(text)):
        return with_han
    return list(_digit_matches(text))


def find_date(text: str) -> DateMatch | None:
    """The first valid date expression in ``text``.

    >>> find_date("發布時間: 2025-07-02 16:05:00 來源: 西藏日報")
    DateMatch(start=6, end=25, iso='2025-07-02T16:05:00+08:00')
    """
    if "年" in text and _han_century(text) and (with_han := _with_han_dates(text)):
        return with_han[0]
    return next(_digit_matches(text), None)


def parse_date(text: str) -> str | None:
    """ISO 8601 for the first date in ``text``: with time and zone, or a bare date.

    >>> parse_date("2025-07-02 16:05:00")
    '2025-07-02T16:05:00+08:00'
    >>> parse_date("2025年7月2日")
    '2025-07-02'
    >>> parse_date("民國108年9月7日 下午4:28")
    '2019-09-07T16:28:00+08:00'
    >>> parse_date("2024-03-05 09:30 UTC")
    '2024-03-05T09:30:00+00:00'
    """
    found = find_date(text)
    return found.iso if found else None

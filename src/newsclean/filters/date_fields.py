"""How a match of the date grammar (``dates.py``) gives a calendar day and a zone: the
readings of its groups, split from ``dates.py`` by job (the grammar there, its readings
here; the clock's and the offset's in ``date_clock.py``).

**Heads.**  A numeric head (year, month, day; or an ROC year), a year-first head with a
month name (round 17: ``2020-Dec-29``, ``2022 Ogos 27``), a year-last head
(``a/b/year``), an English head (``Jul 2, 2025``, ``2 July 2025``), and the head of a
Chinese locale that keeps the English order and writes the month the Chinese way
(round 16: ``7月 17, 2023``, Blogger's zh-TW and zh-CN date headers, ``星期一, 7月 17,
2023``): month with 月, day, a comma, the year.  Round 38: the same locale's *European
order*, WordPress's ``l, j F, Y`` with the month written the Chinese way (``星期六, 7 6 月,
2025``): day, a space, month with 月, a comma, the year (the comma and 月 make it a date:
a count before a month, ``共7 6月份``, has neither).  The date is a composition of pieces,
day, month and year in any of the orders pages print; the grammar reads each order and
this module turns the pieces into a day.

**Day first or month first** (a year-last head whose two fields are both 12 or under,
``05/03/2014``): nothing in the numbers says which is the day.  A clock printed with
the date without a half-day word or AM/PM (``9:47 05/03/2014``, ``05/03/2014 13:56``)
is a 24-hour clock, and the 24-hour clock goes with the day-first order (the
Commonwealth's and continental Europe's, as Hong Kong, Macau, Malaysian, Singaporean,
New Zealand and Australian sites print it); an American month-first date prints its
clock with AM/PM (``05/03/2014 9:47 AM``).  So such a clock reads the head day first;
with AM/PM, a half-day word or no clock at all the head stays no date (round 16).
Round 17: hyphens or dots (``05-03-2014``, ``05.03.2014``) read day first always: the
month-first order is the American one, and it writes its year-last dates with slashes;
dd-mm-yyyy and dd.mm.yyyy are the day-first conventions (the Commonwealth's, Malaysia's,
India's; continental Europe's and Russia's).  Round 18: two equal fields (``5/5/2023``,
``08/08/2008``) are one day in either order: a date, whatever the convention.
Round 30: a slash date whose clock prints seconds and a Latin AM/PM (``8/12/2020 5:37:00
PM``, ``6/16/2021, 10:23:49 PM``) is a program's en-US locale string (.NET's general
date-time pattern ``M/d/yyyy h:mm:ss tt``, JavaScript's ``toLocaleString("en-US")``),
printed by a server or script whatever the site's country: it reads month first.  The
day-first locales print that string with a 24-hour clock (en-GB ``12/08/2020 17:37:00``);
a clock with AM/PM and no seconds is a writer's and stays undecided.
"""

from __future__ import annotations

from datetime import date

import regex

from newsclean.filters.date_clock import offset_of
from newsclean.filters.date_vocab import MONTHS, date_words

ROC_EPOCH = 1911
MIN_YEAR, MAX_YEAR = 1900, 2099
MONTHS_IN_YEAR = 12
#: The separators of the month-first order's year-last date (05/03/2014, American).
SLASHES = "/／"


def zone_of(match: regex.Match[str], groups: dict[str, tuple[int, ...]]) -> str | None:
    """The offset a match prints (after the clock, before the date, in the middle, a bare
    offset, Z), or None when it prints none."""
    zones = match.group(*groups["zone"])
    za_utc, za_utcoff, za_word, zb_utc, zb_utcoff, zb_word, zm_word = zones[:7]
    zc_word = zones[7] if len(zones) > 7 else None
    words = date_words()["zone"]
    for utc, off, word in ((za_utc, za_utcoff, za_word), (zb_utc, zb_utcoff, zb_word)):
        if utc:
            return offset_of(off.replace(" ", "")) if off else "+00:00"
        if word:
            return words[word]
    middle = zm_word or zc_word  # before the clock, or in a ctime between clock and year
    if middle:
        return words[middle]
    off, z = match.group(*groups["zone_tail"])
    if off:
        return offset_of(off)
    if z:
        return "+00:00"
    return None


def day_of(
    match: regex.Match[str],
    groups: dict[str, tuple[int, ...]],
    day_first: bool = False,
    month_first: bool = False,
) -> date | None:
    """The calendar day of a match: numeric, ROC, English or month-day-comma-year head;
    None if impossible.  ``day_first``: the match's clock is a 24-hour one, so a
    year-last head neither of whose fields is over 12 reads day first; ``month_first``:
    its clock is the en-US locale string's, seconds and AM/PM, so a slash head reads
    month first (docstring)."""
    english = match.group(*groups["english"]) if groups["english"] else ()
    if english and (english[0] or english[1]):
        en_y, en_y2, en_m, en_m2, en_d, en_d2 = english
        month = MONTHS[(en_m or en_m2).lower()]
        year, day = int(en_y or en_y2), int(en_d or en_d2)
    elif (year_last := match.group(*groups["day_last"]))[2]:
        first, second, year = (int(part) for part in year_last[:3])
        if first > MONTHS_IN_YEAR >= second:  # 25/04/2017: day first
            day, month = first, second
        elif second > MONTHS_IN_YEAR >= first:  # 04/25/2017: month first
            month, day = first, second
        elif first == second or day_first or year_last[3] not in SLASHES:  # 5/5/2023, 05-03-2014
            day, month = first, second
        elif month_first:  # 8/12/2020 5:37:00 PM: the en-US locale string
            month, day = first, second
        else:
            return None  # 05/04/2017: no field says which is the day
    elif (year_first := match.group(*groups["year_first"]))[0]:
        year, day = int(year_first[0]), int(year_first[2])  # 2020-Dec-29, 2022 Ogos 27
        month = MONTHS[year_first[1].lower()]
    elif (month_day := match.group(*groups["month_day"]))[2]:
        month, day, year = (int(part) for part in month_day)  # 7月 17, 2023
    elif (day_month := match.group(*groups["day_month"]))[2]:
        day, month, year = (int(part) for part in day_month)  # 7 6 月, 2025
    else:
        roc, roc_y, y, m, d = match.group(*groups["day"])
        year = int(roc_y) + ROC_EPOCH if roc else int(y)
        month, day = int(m), int(d)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None

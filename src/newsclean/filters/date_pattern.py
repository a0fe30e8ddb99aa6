"""The date grammar of Chinese news bylines as one pattern (``date_pattern``; split from
``dates`` in round 35, which finds the dates with it and reads them as ISO 8601).

A date expression is, in this order (``?`` marks an optional part)::

    zone? (clock ,?)? weekday? head weekday? (T | space | , | spaced dash)? half? clock ampm? zone?
    head = year SEP month SEP day 日?  |  a / b / year  |  Month day, year  |  day Month year
         |  month 月 day , year  |  day month 月 , year   (the pieces' readings: ``date_fields.py``)

- **year**: four digits 1900-2099 not glued to another digit, or a Republic-of-China
  year ``民國108年`` / ``民国114年`` / ``中華民國91年`` (year + 1911).  In a byline
  only (``byline_dates.find_byline_date``), a bare three-digit ROC year 100-149 may head a numeric
  date, ``108-09-20`` / ``103/03/14`` (Taiwan's government sites): in prose that shape
  is a score or a code, in a byline's time slot nothing else.
- **SEP**: ``-`` ``/`` ``.`` or ``年`` ... ``月`` (with optional spaces: ``2024 年 3 月 5 日``);
  round 30: a dash a typesetter prints for the hyphen (``TYPESET_DASHES``: en dash, figure
  dash, minus sign, Unicode hyphens: ``2023–05–16 21:10``) is the hyphen;
  the day may end in ``日``, ``号`` or ``號``.  A space alone may part the year from
  the month only when a slash parts month and day and no third slash part follows:
  ``2024 06/01 20:28:37`` / ``2021 01/ 06`` (新华网's layout); ``2025 3/4/5`` is no date.
  Month and day must make a real date:
  ``2025-13-40`` is not a date (the search moves on to the next candidate); an
  impossible clock (``25:00``) leaves the date alone.
- **Year last** (``a/b/year``: Macau, Hong Kong and Malaysian sites print
  ``25/04/2017``; round 17, the same order with hyphens or dots, ``19-07-2017``,
  ``19.07.2017``, one separator twice, not glued to a letter, digit or separator: ``v1.2.2020``
  is a version).  **Day-first or month-first rule**: the field over 12 is the day
  (``25/04/2017`` is 25 April, ``04/25/2017`` is 25 April); when neither is (``05/04/2017``)
  nothing in the numbers says which is the day; a 24-hour clock beside it does (the
  day-first convention; round 16, ``date_fields.py``), else it is no date, not a guess.  An
  English month name always decides (``05-Apr-2017``).
- **English heads**, as Chinese sites print them: ``Jul 2, 2025``, ``Sept. 30, 2025``,
  ``July 2,2025``, ``2 July 2025``, ``18-Sep-2009`` (a repository's day, month
  abbreviation and year joined by hyphens; month names and abbreviations, any case).
  Round 17: the month and weekday names are a table per language
  (``data/calendar_names.txt``: English, Malay, Indonesian, French, German, Spanish,
  Portuguese, Filipino), each head composed with any of them (``Ogos 27, 2022, Sabtu``,
  ``Khamis, 3 Disember 2020``, ``5 mai 2020``), and year first too (``2020-Dec-29``,
  ``2022 Ogos 27``: after a space only a capitalised name, so ``2020 may 5`` is prose);
  a month word with no day beside it is none.
  A clock, and a zone word, may stand between an English day and its year (C's ctime, as
  BBS mirrors print their headers: ``Mon Dec 20 13:43:26 2010``, ``… 15:48:00 CST 2012``).
- **Chinese numerals** (``二〇二五年七月二日``, ``二○二二年七月八日``, ``二零…``):
  ``han_dates.py``, merged in text order with these.
- **weekday**, in any language the pages print (round 14: composed, not listed): a
  weekday word (``星期``, ``周``, ``週``, ``礼拜``) + 一..六/日/天, a bracketed ``(三)`` /
  ``（週四）``, a Japanese one (``(金)``, 月火水木金土日), or an English one after the date
  (``(Wed)``, ``, Wednesday``) or before an English head (``Mon Dec 20``;
  ``date_clock.EN_WEEKDAY``, never inside a word: ``Monkey``).  It is read and ignored;
  the clock composes after it (``2015年10月16日(金)22時09分``).  Round 29: a Chinese
  weekday *before* the head, a comma or space after it (``星期六, 4 月 20日, 2024``,
  ``星期三, 10月 07, 2026``: Blogger's and WordPress's zh-TW/zh-HK headers), is part of
  the date's span (``dates._weekday_start``, read after the match: no cost to other lines),
  and the day of ``month 月 day, year`` may keep its 日.
- **half**: a part of the day before the clock (``上午``, ``下午``, ``晚上``, ``凌晨``,
  ``中午``...; ``data/date_words.txt``): pm words add 12 to hours below 12, am words turn
  12 into 0 (the 12-hour clock of ``上午12:05``), ``中午`` adds 12 below 11 (中午1点 is
  13:00).  English ``AM``/``PM`` after the clock work the same way.
- **clock**: after the head, a dash between spaces may part it from the head
  (``2016/12/12 — 20:31``, Hong Kong's 立場新聞; round 13);
  ``HH:MM[:SS[.fff]]`` with ``:`` or ``：``, or ``HH时MM分[SS秒]`` / ``HH點MM分``;
  round 26, a dotted clock after the date (``07/19/2017, 21.11``, ``06/16/2008, 00.00``,
  ``5 May 2020 12.30pm``: the European and Commonwealth print) where the field ends
  after its minutes (``DOTTED_CLOCK``: ``2025年7月2日 12.50 亿元`` is an amount);
  also before the date (``16:05 2025-07-02``, ``下午4:05 2025年7月2日``), used when no
  clock follows it.  English heads and a clock before the date form the *extended*
  grammar, which is tried only where a month name or a clock stands before the year.
- **zone**, before the date, before the clock (``（星期三）香港時間16時05分``) or after
  it, bracketed or not: a zone word
  (``北京时间``, ``台北時間``, ``香港时间``, ``东京时间``, ``UTC``, ``GMT``... with their
  offsets in ``data/date_words.txt``), ``UTC+8`` / ``(UTC+8)`` / ``GMT+08:00`` / ``UTC-5``
  (``+08:00``, ``-05:00``), ``Z``, or a
  bare offset ``+09:00`` / ``+0900``.  A bare offset with a minus sign counts only
  after a clock with seconds or an ISO ``T``: in ``09:00-11:00`` it is a time range.
  A zone word with no fixed offset (``当地时间``, ``美东时间``: value ``local``) keeps
  the time without an offset: saying +08:00 would be wrong.

Every quantifier is bounded, so the search is linear in the length of the text.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.filters.date_clock import EN_WEEKDAY
from newsclean.filters.date_vocab import MONTHS, date_words
from newsclean.filters.word_trie import word_pattern

#: The dot of a dotted clock (``21.11``, ``00.00``, ``12.30pm``): the European and
#: Commonwealth way of printing a time.  After a date it is a clock only where the field
#: ends there: two digits, then the text's end, a closing bracket or bar, AM/PM, a field
#: gap of two spaces, or one space before a word that is no number or unit
#: (``2025年7月2日 12.50 亿元`` is an amount, ``… 3.15晚会`` no clock).
DOTTED_CLOCK = (
    r"\.(?=\d\d(?![\d.])(?:\s{0,3}(?:$|[\]】）)|｜/]|[AaPp]\.?[Mm](?![A-Za-z]))"
    r"|\s{2}|\s[^\d\s万亿千百元%]))"
)
#: A day as a listing, a record row or a teaser prints it, digits only: a year of this or the
#: last century, month and day, one of ``-`` ``/`` ``.`` between, no space (``2015-10-9``,
#: ``2019/05/21``).  The grammar above reads more (spaces, typeset dashes, a day's 日,
#: a real month and day); a template's slot prints this shape and nothing else, so the
#: listing readers (``furniture_leaks``, ``furniture_listing``, ``furniture_teasers``,
#: ``record_line``) ask this one source of it.
NUMERIC_DAY = r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}"
#: The clock such a slot prints after its day: hours, minutes, seconds perhaps.
SLOT_CLOCK = r"\d{1,2}:\d\d(?::\d\d)?"
#: Dashes a typesetter prints for the hyphen (hyphens, figure and en dash, minus: round 30,
#: module docstring); the em dash of prose ranges (``2020—2023``) is none.
TYPESET_DASHES = "\u2010\u2011\u2012\u2013\u2212"


@cache
def date_pattern(extended: bool = False) -> regex.Pattern[str]:
    """The date grammar; ``extended`` adds the English heads and a clock before the date,
    which make every search several times slower, so they run only where
    ``MONTH_CUE`` or ``CLOCK_CUE`` finds a month name or a clock before the year."""
    words = date_words()
    zones, weekdays, halves = (word_pattern(words[kind]) for kind in ("zone", "weekday", "half"))
    zone = (
        r"(?:[(（]\s{0,2})?(?:(?P<NAME_utc>UTC|GMT)\s{0,2}"
        r"(?P<NAME_utcoff>[+\-−]\s{0,2}\d{1,2}(?:\s{0,2}:?\s{0,2}\d{2})?)?"
        r"|(?P<NAME_word>ZONES))(?:\s{0,2}[)）])?"
    ).replace("ZONES", zones)
    months = "(?i:" + word_pattern(MONTHS) + ")"
    clock_before = (
        r"(?:(?P<pre_half>HALVES)\s{0,2})?(?<!\d)(?<!\d[:：])(?P<pH>\d{1,2})\s{0,2}[:：]\s{0,2}(?P<pM>\d{2})"
        r"(?:[:：](?P<pS>\d{2}))?(?:\s{0,2}(?P<pre_ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?"
        r"(?:\s{1,3}|\s{0,2}[,，]\s{0,2})"
    )
    numeric = (
        r"(?:(?P<roc>中华民国|中華民國|民国|民國)\s{0,2}(?P<roc_y>\d{1,3})\s{0,2}(?P<roc_sep>年)"
        r"|(?<!\d)(?P<y>(?:19|20)\d\d)(?:\s{0,2}(?P<sep>[-/.年－／TYPESET])\s{0,2}"
        r"|[ \u3000]{1,2}(?=\d{1,2}\s{0,2}[/／]\s{0,2}\d{1,2}(?![\d/／]))))"
        r"(?P<m>\d{1,2})\s{0,2}[-/.月－／TYPESET]\s{0,2}(?P<d>\d{1,2})(?!\d)(?:\s{0,2}[日号號])?"
        r"|(?<![\d/／.\-－TYPESETA-Za-z])(?P<f1>\d{1,2})\s{0,2}(?P<fsep>[/／.\-－TYPESET])\s{0,2}(?P<f2>\d{1,2})"
        r"\s{0,2}(?P=fsep)\s{0,2}(?P<fy>(?:19|20)\d\d)(?!\d|[.\-－TYPESET]\d)"
        r"|(?<![\d/／.])(?P<cm>\d{1,2})\s{0,2}月\s{0,2}(?P<cd>\d{1,2})(?:\s{0,2}[日号號])?\s{0,2}[,，]\s{0,2}"
        r"(?P<cy>(?:19|20)\d\d)(?![\d年])"
        r"|(?<![\d/／.:：])(?P<dm_d>\d{1,2})[ \u3000]{1,2}(?P<dm_m>\d{1,2})\s{0,2}月"
        r"\s{0,2}[,，]\s{0,2}"
        r"(?P<dm_y>(?:19|20)\d\d)(?![\d年])"
        r"|(?<!\d)(?P<ny>(?:19|20)\d\d)(?:(?P<nsep>[-/.])|\s{1,2}(?=[A-Z]))(?P<nm>MONTHS)(?![A-Za-z])"
        r"\.?(?:(?P=nsep)|\s{1,2})(?P<nd>\d{1,2})(?!\d)"
    ).replace("MONTHS", months)
    english = (
        r"(?:(?<![A-Za-z])EN_WEEKDAY\.?,?\s{1,3})?"
        r"(?<![A-Za-z])(?P<en_m>MONTHS)(?![A-Za-z])\.?\s{0,2}(?P<en_d>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
        r"(?:\s{1,2}(?P<cH>\d{1,2})[:：](?P<cM>\d{2})(?:[:：](?P<cS>\d{2}))?"
        r"(?:\s{1,2}(?P<zc_word>ZONES))?\s{1,2}|\s{0,2},?\s{0,2})"
        r"(?P<en_y>(?:19|20)\d\d)(?!\d)"
        r"|(?<!\d)(?P<en_d2>\d{1,2})(?:(?:st|nd|rd|th)?\s{0,2}|-)(?P<en_m2>MONTHS)(?![A-Za-z])"
        r"(?:\.?,?\s{1,2}|-)(?P<en_y2>(?:19|20)\d\d)(?!\d)"
    ).replace("MONTHS", months)
    en_weekday = "(?i:" + EN_WEEKDAY + ")"
    english = english.replace("EN_WEEKDAY", en_weekday)
    pattern = (
        r"(?:(?:"
        + zone.replace("NAME", "zb")
        + r")\s{0,3})?"
        + (
            r"(?:" + clock_before + r")?(?:" + numeric + "|" + english + ")"
            if extended
            else "(?:" + numeric + ")"
        )
        + r"(?:\s{0,3}(?:[(（]\s{0,2}(?:(?:WEEKDAYS)?[一二三四五六日天]|[月火水木金土]"
        r"|(?<=[(（]\s{0,2})EN_WEEKDAY\.?)\s{0,2}[)）]"
        r"|(?:WEEKDAYS)[一二三四五六日天]|,?\s{1,2}(?<![A-Za-z])EN_WEEKDAY\.?(?![A-Za-z])))?"
        r"(?:(?:\s{0,3}T|,?\s{0,3}|\s{1,2}[—–－-]\s{1,2})(?:(?P<zm_word>ZONES)\s{0,2})?(?:(?P<half>HALVES)\s{0,2})?"
        r"(?P<H>\d{1,2})\s{0,2}(?:[:：]|[时時点點](?=\s{0,2}\d)|DOTTED)\s{0,2}(?P<M>\d{2})(?!\d)"
        r"(?:\s{0,2}(?:[:：]|分(?=\s{0,2}\d))\s{0,2}(?P<S>\d{2})(?:\.\d{1,6})?(?!\d))?"
        r"(?:\s{0,2}[分秒])?"
        r"(?:\s{0,2}(?P<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?"
        r")?"
        r"(?:\s{0,3}(?:" + zone.replace("NAME", "za") + r"|"
        r"(?P<off>(?:[+]|(?<=\d:\d\d[:：]\d\d(?:\.\d{1,6})?|T\d{1,2}:\d\d)[\-−])"
        r"(?:0\d|1[0-4])(?::?[0-5]\d)?)"
        r"|(?<=\d)(?P<z>Z)(?![A-Za-z])))?"
    )
    pattern = pattern.replace("DOTTED", DOTTED_CLOCK).replace("TYPESET", TYPESET_DASHES)
    pattern = pattern.replace("WEEKDAYS", weekdays).replace("HALVES", halves)
    pattern = pattern.replace("EN_WEEKDAY", "(?i:" + EN_WEEKDAY + ")")
    return regex.compile(pattern.replace("ZONES", zones))


#: The groups each reading looks at (the zones: after the clock, before the date, in the
#: middle, then a bare offset and Z).  A match is read by group number, which ``regex``
#: looks up several times faster than a name; the basic grammar lacks the extended groups.
GROUPS = {
    "day": ("roc", "roc_y", "y", "m", "d"),
    "day_last": ("f1", "f2", "fy", "fsep"),
    "month_day": ("cm", "cd", "cy"),
    "day_month": ("dm_d", "dm_m", "dm_y"),
    "year_first": ("ny", "nm", "nd"),
    "english": ("en_y", "en_y2", "en_m", "en_m2", "en_d", "en_d2"),
    "clock_after": ("H", "M", "S", "half", "ampm"),
    "clock_before": ("pH", "pM", "pS", "pre_half", "pre_ampm"),
    "clock_inside": ("cH", "cM", "cS"),
    "zone": (
        "za_utc",
        "za_utcoff",
        "za_word",
        "zb_utc",
        "zb_utcoff",
        "zb_word",
        "zm_word",
        "zc_word",
    ),
    "zone_tail": ("off", "z"),
}


@cache
def pattern_groups(extended: bool) -> dict[str, tuple[int, ...]]:
    """The numbers of ``GROUPS`` in ``date_pattern(extended)`` (empty where it has none)."""
    index = date_pattern(extended).groupindex
    return {kind: tuple(index[n] for n in names if n in index) for kind, names in GROUPS.items()}

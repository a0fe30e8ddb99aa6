"""The dates only a byline prints (the date grammar of all text is ``dates.py``'s).

A date of a byline (``find_byline_date``) is a date of ``dates.py``'s grammar, or a
numeric date headed by a bare three-digit Republic-of-China year 100-149 (``108-09-20``,
``103/03/14``, as Taiwan's government sites print it; round 39, before 年月日 too,
``112年5月12日``, ``ROC_HAN``), or three two-digit numbers parted
by slashes (``30/11/06``, ``24/10/25 16:05``; ``3/2/10`` is a score): day first, the
British order of Hong Kong, Macau, Singapore and Malaysia, month first only when the
middle number cannot be a month (``10/24/25``); the year is 20yy below
``SHORT_YEAR_PIVOT``, else 19yy.  A first number that cannot be a day (``91/03/19``) is
the year, first (``ROC_TWO``, with slashes, dashes or dots: ``98-12-19``): the order of
a date of the Republic-of-China calendar, whose two-digit years (民國91年, 2002)
Taiwan's pages print year first as they print the three-digit ones; a western short
year is printed last (day or month first), and a western year first is printed in four
digits (read as 32-99 it would date a page 1932-1999, mostly before news on the web).
All are read by the same grammar with the year made western (so a clock after them
counts).  Only bylines read them: in prose those shapes
are scores, codes or fractions.

Round 19, the ISO head's pieces with other joins (``LOOSE_HEAD``): a four-digit year, a
month and a day written with no separator at all, eight digits standing alone
(``20091125 14:41:26``, a release service's stamp; ``20150427001``, longer, is a serial
number, and ``ab20240308``, glued to letters, a record code), or parted by one list mark
used twice, the enumeration comma or an underscore
(``1995、5、1``, ``2024_3_5``); the month and day must make a real date, and anything
may follow (a clock, a closing mark ``◆``, an English ``By`` glued on).  In prose an
eight-digit number is a code and ``2019、12、5`` a list: a byline's slot only.

Round 28, a *dotted short date* (``DOTTED_SHORT``: ``27.5.23``, ``12.8.20``, a Malaysian
blog's and a Macau site's stamp): three numbers joined by dots, the last of two digits,
the first two unpadded or padded.  Its order is the two conventions above, not a guess:
dots are the day-first print (the month-first order writes slashes, ``date_fields``),
and a western two-digit year is printed last (a year first is printed in four digits,
and a two-digit ROC year first is 32-99, ``ROC_TWO``): day, month, year.  The month must
be 12 or under and the day a real day of it.  Standing alone only: a version
(``v3.12.10``, ``Python 3.12.10``, ``版本 3.12.10``: a Latin word or 版 before it), an
address (``192.168.1.10``) or a number glued to a word or unit is none; and a byline's
slot only (in prose it is a score or a section).

Round 27, a *day before a year-month* (``DAY_YEAR_MONTH``): a number that can only be a
day (1-31, standing alone) a space before a four-digit year and its month with no day of
their own (``1 2025-04``, ``发布时间:16 2025-12 查看评论``: a blog theme's calendar
badge, the day printed large over the year-month, flattened into one line).  The fields
say which is which: the year-month has a hole where the day goes and the number before
it fills it.  A year-month followed by a third field (``16 2025-12-01``) or a number
glued to a mark (``3.16 2025-12``, a version) is not this shape.

Round 47, a *day-month glued, comma, year* (``DAY_MONTH_GLUED``: ``2901, 2020``, the date
block over each post of a Macau parish's WordPress news, fatimachurchmo.org): the theme's
format string ``dm, Y`` (PHP's ``date()``: ``d`` the day in two digits, ``m`` the month in
two digits, ``Y`` the four-digit year), the day and the month glued in two digits each, a
comma and a space, the year.  Four digits that are a real day (01-31) then a real month
(01-12), standing alone (no digit, dot, comma, slash or dash glued before: a longer
number, a price, a list), perhaps after a label's colon, then the comma and a year of
this or the last century, nothing glued after it; the day must exist in that month.  A
byline's slot only: in prose four digits before a comma and a year are a count and a year
(``共1908, 2014年…``).

Round 39, a *counted date* (``counted_date``): a row's counter label holds its count, and
the date printed after the count, a gap between, is the row's next field, unlabelled
(``来源:文成新闻网 浏览:1858 2010-6-2``, a county news site's row; ``点击数:12 2010-06-02
10:20``): the count is a number (a unit word after it, 次 or 人, or no number at all, the
empty counter ``点击:次``), the gap spaces, and the date must fill the rest of the value.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.filters.date_vocab import date_words
from newsclean.filters.dates import MAX_AFTER_YEAR, ROC_EPOCH, YEAR_ANCHOR, DateMatch, find_date
from newsclean.filters.han_dates import HAN_YEAR_DIGITS
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.word_trie import word_pattern

__all__ = [
    "DOTTED_SHORT",
    "LOOSE_HEAD",
    "ROC_SHORT",
    "ROC_TWO",
    "SHORT_YEAR",
    "counted_date",
    "find_byline_date",
    "has_cue",
    "holds_byline_date",
]

#: Round 35: a year in Chinese numerals before 年 (``二零二二年三月二十一日``, ``han_dates``):
#: a date a byline prints as a numeric one.
HAN_YEAR = lazy_regex(rf"{HAN_YEAR_DIGITS}\s{{0,2}}年")
#: A Republic-of-China year of three digits as the head of a numeric date (``108-09-20``,
#: ``103/03/14``, as Taiwan's government sites print it): read in bylines only
#: (``find_byline_date``), where no other number takes that shape.
ROC_SHORT = lazy_regex(
    r"(?<![\d.:/\-－／])(?P<y>1[0-4]\d)"
    r"(?=\s{0,2}[-/.－／]\s{0,2}\d{1,2}\s{0,2}[-/.－／]\s{0,2}\d{1,2}(?!\d))"
)


#: Round 39: a bare three-digit ROC year before 年, a month and a day (``112年5月12日``, as
#: Taiwan's government and township pages print the date without 民國): bylines only.
ROC_HAN = lazy_regex(
    r"(?<![\d./\-－／年元前])(?P<y>1[0-4]\d)"  # 公元112年: the common era's, no ROC year
    r"(?=[ \t]?年[ \t]?\d{1,2}[ \t]?月[ \t]?\d{1,2}[ \t]?[日号號])"
)


#: A two-digit ROC year that cannot be a day (32-99), first, then a two-digit month and
#: day, parted by one separator (``91/03/19``, ``98-12-19``): bylines only.
ROC_TWO = lazy_regex(
    r"(?<![\d./\-－／:])(?P<y>3[2-9]|[4-9]\d)(?P<sep>[-/.－／])(?=\d{2}(?P=sep)\d{2}(?![\d/／.\-－]))"
)


#: Three two-digit numbers parted by slashes, day first (``30/11/06``): bylines only.
SHORT_YEAR = lazy_regex(
    r"(?<![\d./\-－／])(?P<a>\d{2})\s{0,1}[/／]\s{0,1}(?P<b>\d{2})\s{0,1}[/／]\s{0,1}"
    r"(?P<y>\d{2})(?![\d/／.])"
)
#: A year, month and day with no separator, or a list mark twice (bylines only).
LOOSE_HEAD = lazy_regex(
    r"(?<![\dA-Za-z.:/\-－／_、])(?P<y>(?:19|20)\d\d)"
    r"(?:(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
    r"|(?P<sep>[、_])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2}))(?![\d、_])"
)
#: A day alone, a space, then a year and month with no day (``16 2025-12``): bylines only.
DAY_YEAR_MONTH = lazy_regex(
    r"(?<![\d./\-－／,，])(?<!\d[:：])(?P<d>[12]\d|3[01]|0?[1-9])[ \t\u3000]"
    r"(?P<y>(?:19|20)\d\d)[-/.](?P<m>1[0-2]|0?[1-9])(?![\d\-/.:])"
)
#: Day, month and two-digit year joined by dots, standing alone (``27.5.23``): bylines only.
DOTTED_SHORT = lazy_regex(
    r"(?<![\w.:/\-－／,，%+])(?<![A-Za-z版本第][ \t:：]{1,2})"
    r"(?P<d>[12]\d|3[01]|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>\d{2})"
    r"(?![\w.:/\-－／%])"
)
#: Round 47: day and month glued in two digits each, a comma, the year (``2901, 2020``).
DAY_MONTH_GLUED = lazy_regex(
    r"(?<![\d.,，/\-－])(?P<d>0[1-9]|[12]\d|3[01])(?P<m>0[1-9]|1[0-2])[,，][ \t]?"
    r"(?P<y>(?:19|20)\d\d)(?![\d年])"
)
#: Two-digit years below it are of this century (06 is 2006), the rest of the last (99).
SHORT_YEAR_PIVOT = 70
MONTHS_IN_YEAR = 12


def _western(text: str, start: int, head_end: int, head: str) -> DateMatch | None:
    """The date of ``text`` whose head (``text[start:head_end]``) is read as ``head`` (a
    western ISO-like head), with the clock and zone after it read by the full grammar."""
    inner = find_date(head + text[head_end : head_end + MAX_AFTER_YEAR])
    if inner is None or inner.start != 0:
        return None
    return DateMatch(start, head_end + inner.end - len(head), inner.iso)


def _short_year_date(text: str) -> DateMatch | None:
    """A slashed date with a two-digit year: day first, month first only when the middle
    number cannot be a month (module docstring)."""
    for found in SHORT_YEAR.finditer(text):
        first, second, year = int(found["a"]), int(found["b"]), int(found["y"])
        day, month = (first, second) if second <= MONTHS_IN_YEAR else (second, first)
        century = 2000 if year < SHORT_YEAR_PIVOT else 1900
        head = f"{century + year}-{month:02d}-{day:02d}"
        dated = _western(text, found.start(), found.end(), head)
        if dated is not None:
            return dated
    return None


def _dotted_short(text: str) -> DateMatch | None:
    """A dotted date of a day, a month and a two-digit year (``DOTTED_SHORT``)."""
    for found in DOTTED_SHORT.finditer(text):
        year = int(found["y"])
        century = 2000 if year < SHORT_YEAR_PIVOT else 1900
        head = f"{century + year}-{int(found['m']):02d}-{int(found['d']):02d}"
        dated = _western(text, found.start(), found.end(), head)
        if dated is not None:
            return dated
    return None


def _loose_date(text: str) -> DateMatch | None:
    """A date whose head is ``LOOSE_HEAD``'s (``20091125``, ``1995、5、1``)."""
    for found in LOOSE_HEAD.finditer(text):
        month, day = (found["m"], found["d"]) if found["m"] else (found["m2"], found["d2"])
        head = f"{found['y']}-{int(month):02d}-{int(day):02d}"
        dated = _western(text, found.start(), found.end(), head)
        if dated is not None:
            return dated
    return None


def _day_first(shape: regex.Pattern[str], text: str) -> DateMatch | None:
    """A date of ``shape`` (groups ``y``, ``m``, ``d`` in any order on the line): a day
    before its year-month (``DAY_YEAR_MONTH``), or day then month glued, a comma and the
    year (``DAY_MONTH_GLUED``)."""
    for found in shape.finditer(text):
        head = f"{found['y']}-{int(found['m']):02d}-{int(found['d']):02d}"
        dated = _western(text, found.start(), found.end(), head)
        if dated is not None:
            return dated
    return None


def has_cue(line: str) -> bool:
    """Whether ``line`` holds the start of any date a byline may print (a cheap test
    before the grammar: most lines hold none)."""
    return (
        YEAR_ANCHOR.search(line) is not None
        or ("年" in line and (HAN_YEAR.search(line) or ROC_HAN.search(line)) is not None)
        or ROC_SHORT.search(line) is not None
        or ROC_TWO.search(line) is not None
        or (("/" in line or "／" in line) and SHORT_YEAR.search(line) is not None)
        or LOOSE_HEAD.search(line) is not None
        or ("." in line and DOTTED_SHORT.search(line) is not None)
    )


def find_byline_date(text: str) -> DateMatch | None:
    """The first date of a byline: ``find_date``, or a date whose head is a three-digit
    ROC year (``ROC_SHORT``) or a slashed date with a two-digit year (``SHORT_YEAR``), read
    by the full grammar with the year made western.

    >>> find_byline_date("108-09-20 来源: 新华社")
    DateMatch(start=0, end=9, iso='2019-09-20')
    >>> find_byline_date("来源:香港电台 时间:24/10/25")
    DateMatch(start=11, end=19, iso='2025-10-24')
    >>> find_byline_date("詹遙 20120112 15:48:00◆").iso
    '2012-01-12T15:48:00+08:00'
    >>> find_byline_date("发布时间:16 2025-12 查看评论")
    DateMatch(start=5, end=15, iso='2025-12-16')
    >>> find_byline_date("12.8.20 作者: SRC-71").iso, find_byline_date("v3.12.10") is None
    ('2020-08-12', True)
    >>> find_byline_date("發佈時間:1908, 2014 來源: X").iso, find_byline_date("3102, 2020")
    ('2014-08-19', None)
    >>> find_byline_date("第3 2025-12-01") is None, find_byline_date("v3.16 2025-12") is None
    (False, True)
    """
    found = find_date(text)
    if found is not None:
        return found
    loose = _loose_date(text)
    if loose is not None:
        return loose
    if ("," in text or "，" in text) and (glued := _day_first(DAY_MONTH_GLUED, text)) is not None:
        return glued  # 2901, 2020: a theme's dm, Y (round 47)
    for head in ROC_HAN.finditer(text) if "年" in text else ():  # 112年5月12日: ROC, bare
        dated = _western(text, head.start(), head.end(), str(int(head["y"]) + ROC_EPOCH))
        if dated is not None:
            return dated
    if "/" not in text and "-" not in text and "." not in text and "／" not in text:
        return None  # both shapes need a separator: most lines are done here
    if (day_first := _day_first(DAY_YEAR_MONTH, text)) is not None:
        return day_first
    for head in ROC_SHORT.finditer(text):
        western = str(int(head["y"]) + ROC_EPOCH)
        dated = _western(text, head.start(), head.end(), western)
        if dated is not None:
            return dated
    short = _short_year_date(text) if "/" in text or "／" in text else None
    if short is not None:
        return short
    if "." in text and (dotted := _dotted_short(text)) is not None:
        return dotted
    for head in ROC_TWO.finditer(text):  # 98-12-19: a two-digit ROC year, first
        western = str(int(head["y"]) + ROC_EPOCH) + "-"
        dated = _western(text, head.start(), head.end(), western)
        if dated is not None:
            return dated
    return None


def holds_byline_date(text: str) -> bool:
    """Whether ``text`` holds a byline date written in digits (a digit first: most lines
    have none, and the grammar is the costly part); the spam readings leave such a line
    to the record's reader (round 32).

    >>> holds_byline_date("彩神彩票官方网站2025-09-24"), holds_byline_date("大陆免费黄站")
    (True, False)
    """
    return any(ch.isdigit() for ch in text) and find_byline_date(text) is not None


#: A name after a relative time's post verb: the publisher, one short piece or two words.
RELATIVE_NAME_MAX = 24


@cache
def _relative_post() -> regex.Pattern[str]:
    """A section glued before (optional), a count and a unit of time, 前, a post verb and
    the publisher's name closing the line (``AIGC动态5个月前发布 Founder Park``)."""
    words = date_words()
    units, verbs = word_pattern(words["ago_unit"]), word_pattern(words["post_verb"])
    return regex.compile(
        rf"^[\p{{Han}}A-Za-z]{{0,12}}\s?\d{{1,3}}\s?"
        rf"(?:{units})前\s?(?:{verbs})[\s\u3000]+"
        rf"(?P<name>[^\s,，。;；:：!！?？][^,，。;；:：!！?？]{{0,{RELATIVE_NAME_MAX - 1}}})$"
    )


def relative_post(line: str) -> str | None:
    """Round 29: the publisher of a *relative post line*, a feed card's byline that says
    how long ago the story was posted instead of its date (a section glued before it
    perhaps, a count, a unit of time and 前, a post verb, the name: ``AIGC动态5个月前发布
    FTNN新闻网``, ``3小时前 发布 新华社``), else None.  The relative time is no date to
    read (the page never says from when); the line is the byline.

    >>> relative_post("AIGC动态5个月前发布 FTNN新闻网"), relative_post("3小时前发布 Founder Park")
    ('FTNN新闻网', 'Founder Park')
    >>> relative_post("5个月前发布的报告指出,经济下行"), relative_post("两年前 他离开了")
    (None, None)

    A card counts in digits; a headline or a sentence in words (``vLLM 三天前发布 DeepSeek
    V4 专项补丁`` is a subject, a relative time and what it published: no byline).

    >>> relative_post("vLLM 三天前发布 DeepSeek V4 专项补丁")
    >>> relative_post("大约 19 小时前发布 某某")
    '某某'
    """
    if "前" not in line:
        return None
    found = _relative_post().match(line.strip())
    return None if found is None else found["name"].strip()


#: A counter's value before a date: the count (digits, a unit word, or neither) and a gap.
COUNT_THEN_GAP = lazy_regex(r"^[\s\u3000]*\d{0,12}[次人]?[\s\u3000]+")
#: Round 40: the count glued to the date, no gap (阅读量:78932026-01-06 11:27:51: 7893 reads,
#: then the date): a year is four digits opening 19 or 20 with a date's separator after it,
#: so the digits before the first such year are the count.
COUNT_GLUED = lazy_regex(r"^[\s\u3000]*\d{1,12}?(?=(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})")
#: Round 44: an unstored field's value up to the row's separator, the date after it (module
#: docstring): ``本地新闻 | ``, ``本地新闻 | 评论(0) | ``; one to four bounded runs with no
#: separator, each closed by the bar.
VALUE_THEN_BAR = lazy_regex(r"^(?:[^|｜丨\n]{0,40}[|｜丨]){1,4}[\s\u3000]*")


def counted_date(value: str) -> str | None:
    """The date (ISO) a counter label's ``value`` prints after its count (module docstring,
    round 39), else None.

    >>> counted_date(" 1858 2010-6-2"), counted_date("12次  2010-06-02 10:20")
    ('2010-06-02', '2010-06-02T10:20:00+08:00')
    >>> counted_date("1858"), counted_date("1858 次"), counted_date("1858 2010-6-2 编辑:张三")
    (None, None, None)
    >>> counted_date("78932026-01-06 11:27:51")
    '2026-01-06T11:27:51+08:00'
    >>> counted_date("本地新闻 | 2020年03月05日"), counted_date("0 | 2020年03月05日")
    ('2020-03-05', '2020-03-05')
    >>> counted_date("本地新闻 | 评论(0) |  2020年03月05日")
    '2020-03-05'
    >>> counted_date("本地新闻 | 2020年03月05日 | 2020-04-01"), counted_date("本地新闻 | 江西")
    (None, None)
    """
    for shape in (COUNT_THEN_GAP, COUNT_GLUED, VALUE_THEN_BAR):
        gap = shape.match(value)
        if gap is None:
            continue
        rest = value[gap.end() :].rstrip()
        found = find_byline_date(rest)
        if found is None or found.start != 0 or rest[found.end :].strip():
            continue
        if shape is VALUE_THEN_BAR and find_byline_date(value[: gap.end()]) is not None:
            return None  # a date among the fields passed over: which is the row's is unsure
        return found.iso
    return None

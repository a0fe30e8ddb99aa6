"""A date's month character dropped between its digits: ``1019日`` for ``10月19日``.

Model (round 27, after its first reading).  A copier that loses one character wherever it
stands between two digits (a template's filter, a font without it) takes the 月 out of
every date of the page: ``中新社天津33日电``, ``昨(820日)``, ``將於1019日公佈``, ``811日,``
(国际日报's Bali copies).  What is left is a day no month has: a number of three or four
digits, or above 31, before 日, which reads as a month and a day once split.

* *A lost month*: digits before 日 (not 日元/日圆, yen) that are no day (above 31) and
  split into a month and a day, in a date's place: after a line's start, a space, a
  bracket or 于/於/昨/今/年 (``將於1019日公佈``, ``(记者 张道正)33日,``, ``811日,``,
  ``昨(820日)``), or before a dateline's 电/讯 (``天津33日电``).
* *No count of days*: 日 followed by a duration's word (内, 后, 前, 以, 之, 间, 来:
  ``于120日内``) is a number of days; a count after 为期/连续/在 is in no date's place;
  a number no month-and-day split reads (``100日``, ``2019日``) is never flagged.

* *A credit's form* (round 42, second wave): a number only in the dateline's place (before
  电/讯, not after a line's start, a space, a bracket or 于/於/昨/今/年) is a lost month only
  when the page shows the loss at another date as well.  A site's credit template may
  print its month and day run together, story after story (``中国甘肃网1028日讯 (通讯员
  焦杨红)10月27日,…``: gscn.com.cn, its article writing 10月27日 in full); a copier's
  loss is the page's, and shows wherever a date stands (``天津33日电(记者 张道正)33日,``).

* *A year's day* (round 47): Chinese writes a date year, month, day (GB/T 7408's order,
  ``2025年1月8日``); a number before 日 right after a year's digits and 年 (a mirror's
  gloss on 年 between them, ``2025年(nián)18日``) is a day no month was given, whatever
  its size: the copier's loss, split as above (``18`` is 1|8).  Only a calendar year
  (four digits, 1000-2999) places it: ``每年18日`` and a term's ``3年18日`` stay.

Each such number is flagged as text lost (a mojibake warning) and, where one split only
reads as a month and a day (``1019`` is 10|19, ``33`` is 3|3; ``111`` is 1|11 or 11|1 and
is only flagged), the 月 is put back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.pinyin_readings import TONE_MARKED

MONTH = "月"
#: A number of two to four digits before a day's mark; whether it stands in a date's
#: place is asked of the characters around it (see the module docstring): after a line's
#: start, a space, a bracket or 于/於/昨/今/年, 日 not followed by a duration's word
#: (为期120日内); or before a dateline's 电/讯.
DAY_NUMBER = lazy_re(r"(?<![0-9])([0-9]{2,4})([日號号])")
DATE_BEFORE = frozenset("(（)）[【】于於昨今年")
NOT_AFTER = frozenset("元圆圓内內後后前以之间間来來")
DATELINE = frozenset("电電讯訊")
NOT_BEFORE_DATELINE = frozenset("0123456789.-/:")
#: Two digits before a day's mark: the page's one C-level scan (a leading look-behind or
#: an alternation would make the engine try every position).
TWO_DIGITS_DAY = lazy_re(r"[0-9][0-9][日號号]")
DIGITS = frozenset("0123456789")
#: A calendar year (four digits) and its 年, a mirror's gloss on 年 after it or not, ending where a
#: day's number starts (asked of a bounded slice before the number: linear).
YEAR_END = lazy_re(r"(?<![0-9])[12][0-9]{3}年(?:[(（][a-z" + TONE_MARKED + r"]{1,7}[)）])?$")
YEAR_REACH = 12
#: A year's day on the page (the gate's second scan): a year, then two digits and 日.
YEAR_DAY = lazy_re(r"[12][0-9]{3}年(?:[(（][a-z" + TONE_MARKED + r"]{1,7}[)）])?[0-9]{2}[日號号]")


@dataclass(frozen=True, slots=True)
class Dropped:
    text: str  # the line with the months put back where one split reads
    stretches: tuple[str, ...]  # the numbers flagged, as printed (1019日)
    repaired: tuple[str, ...]  # their readings, or "" where the split is ambiguous


def _splits(number: str) -> list[str]:
    """The readings of ``number`` as a month and a day (1-12, 1-31, no leading zero)."""
    found = []
    for cut in range(1, len(number)):
        month, day = number[:cut], number[cut:]
        if month[0] == "0" or day[0] == "0":
            continue
        if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            found.append(f"{month}{MONTH}{day}")
    return found


def _holds_no_day(page: str) -> bool:
    """Whether ``page`` writes a number no day has (above 31, up to four digits) before a
    day's mark, or a year's day (round 47): most pages do not, and their lines are not asked."""
    if YEAR_DAY.search(page) is not None:
        return True
    for match in TWO_DIGITS_DAY.finditer(page):
        start, end = match.start(), match.end() - 1
        while start > 0 and page[start - 1] in DIGITS and end - start < 4:
            start -= 1
        if int(page[start:end]) > 31:
            return True
    return False


def _after_year(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a year's digits and 年 (a year's day)."""
    return YEAR_END.search(text[max(0, start - YEAR_REACH) : start]) is not None


def _candidates(text: str) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, number, day mark, in a date's place) of each lost month's number in
    ``text``: ``False`` for a number only a dateline's 电/讯 after it places."""
    found = []
    for match in DAY_NUMBER.finditer(text):
        number, mark = match.groups()
        start, end = match.span()
        if not _splits(number) or (int(number) <= 31 and not _after_year(text, start)):
            continue
        before, after = text[start - 1 : start], text[end : end + 1]
        in_place = not before or before.isspace() or before in DATE_BEFORE
        if in_place and after not in NOT_AFTER:
            found.append((start, end, number, mark, True))
        elif before not in NOT_BEFORE_DATELINE and after in DATELINE:
            found.append((start, end, number, mark, False))
    return found


def dropped_months(lines: Sequence[str]) -> dict[int, Dropped]:
    """line index -> its lost months (module docstring).

    >>> page = ["中新社天津33日电(记者 张道正)", "佐科维总统昨(820日)接受采访。", "于120日内完成。"]
    >>> found = dropped_months(page)
    >>> found[0].text, found[1].text, 2 in found
    ('中新社天津3月3日电(记者 张道正)', '佐科维总统昨(8月20日)接受采访。', False)
    >>> dropped_months(["中国甘肃网1028日讯 (通讯员 焦杨红)10月27日,"])  # a credit's form
    {}
    """
    if not _holds_no_day("\n".join(lines)):
        return {}
    per_line = {}
    for index, line in enumerate(lines):
        if found := _candidates(line):
            per_line[index] = found
    if sum(len(found) for found in per_line.values()) < 2:  # one number: a credit's form?
        per_line = {i: [c for c in found if c[4]] for i, found in per_line.items()}
        per_line = {i: found for i, found in per_line.items() if found}
    out: dict[int, Dropped] = {}
    for index, found in per_line.items():
        line, pieces, at = lines[index], [], 0
        stretches, repaired = [], []
        for start, end, number, mark, _ in found:
            readings = _splits(number)
            reading = readings[0] if len(readings) == 1 else ""
            pieces.append(line[at:start] + (reading or number) + mark)
            at = end
            stretches.append(number + mark)
            repaired.append(reading + mark if reading else "")
        out[index] = Dropped("".join(pieces) + line[at:], tuple(stretches), tuple(repaired))
    return out

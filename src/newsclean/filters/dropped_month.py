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

Each such number is flagged as text lost (a mojibake warning) and, where one split only
reads as a month and a day (``1019`` is 10|19, ``33`` is 3|3; ``111`` is 1|11 or 11|1 and
is only flagged), the 月 is put back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsclean.filters.lazy_pattern import lazy_re

MONTH = "月"
#: Digits before 日 in a date's place (see the module docstring): after a line's start, a
#: space, a bracket or 于/於/昨/今/年, 日 not followed by a duration's word (为期120日内);
#: or before a dateline's 电/讯.
DROPPED = lazy_re(
    r"(?:^|(?<=[\s(（)）\[【】于於昨今年]))(?P<n>[0-9]{2,4})(?P<d>[日號号])"
    r"(?![元圆圓内內後后前以之间間来來])"
    r"|(?<![0-9.\-/:])(?P<n2>[0-9]{2,4})(?P<d2>[日號号])(?=[电電讯訊])"
)


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


def _candidates(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, number, day mark) of each lost month's number in ``text``."""
    found = []
    for match in DROPPED.finditer(text):
        number = match["n"] or match["n2"]
        if int(number) > 31 and _splits(number):
            found.append((match.start(), match.end(), number, match["d"] or match["d2"]))
    return found


def dropped_months(lines: Sequence[str]) -> dict[int, Dropped]:
    """line index -> its lost months (module docstring).

    >>> page = ["中新社天津33日电(记者 张道正)", "佐科维总统昨(820日)接受采访。", "于120日内完成。"]
    >>> found = dropped_months(page)
    >>> found[0].text, found[1].text, 2 in found
    ('中新社天津3月3日电(记者 张道正)', '佐科维总统昨(8月20日)接受采访。', False)
    """
    per_line = {}
    for index, line in enumerate(lines):
        if ("日" in line or "號" in line or "号" in line) and (found := _candidates(line)):
            per_line[index] = found
    out: dict[int, Dropped] = {}
    for index, found in per_line.items():
        line, pieces, at = lines[index], [], 0
        stretches, repaired = [], []
        for start, end, number, mark in found:
            readings = _splits(number)
            reading = readings[0] if len(readings) == 1 else ""
            pieces.append(line[at:start] + (reading or number) + mark)
            at = end
            stretches.append(number + mark)
            repaired.append(reading + mark if reading else "")
        out[index] = Dropped("".join(pieces) + line[at:], tuple(stretches), tuple(repaired))
    return out

"""Dates written in Chinese numerals: ``二〇二五年七月二日``, ``二○二二年七月八日`` (Taiwan
papers print U+25CB ○ for zero), ``二零二五年十二月三十一日``, ``二〇二五年七月廿一日``.

**Grammar.**  year: four Han digits (〇 ○ 零 Ｏ 一..九), not glued to another Han digit,
1900-2099; month: 一..九, 十, 十一, 十二; day: 一..九, 十, 十一..十九, 二十.., 三十, 三十一,
or 廿/卅 + digit; then 日 / 号 / 號.  Spaces of up to two characters may stand around 年
and 月.  A year or a year and month alone is no date (``一九七二年斷交``).  Dates only: a
clock in Chinese numerals (``七时卅六分``) is left alone.  ``dates.py`` merges these with
the numeric dates, and looks for them only in a text with 年 and a Han century
(一九, 二〇, 二零, 二○, 二Ｏ).
"""

from __future__ import annotations

from datetime import date

from newsclean.filters.lazy_pattern import lazy_regex

MIN_YEAR, MAX_YEAR = 1900, 2099
#: The Han digits of a year.
HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "Ｏ": 0}
#: A year's four Han digits (``HAN_DATE``'s first field; ``byline_dates`` asks it alone).
HAN_YEAR_DIGITS = r"[〇○零Ｏ一二三四五六七八九]{4}"
HAN_DATE = lazy_regex(
    rf"(?<![〇○零Ｏ一二三四五六七八九十])(?P<y>{HAN_YEAR_DIGITS})\s{{0,2}}年\s{{0,2}}"
    r"(?P<m>十[一二]?|[一二三四五六七八九])\s{0,2}月\s{0,2}"
    r"(?P<d>[二三]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?|[一二三四五六七八九])"
    r"\s{0,2}[日号號]"
)


def _han_number(text: str) -> int:
    """一 -> 1, 十二 -> 12, 二十七 -> 27, 廿一 -> 21, 卅 -> 30."""
    tens = {"十": 1, "廿": 2, "卅": 3}
    if text[0] in tens:
        return tens[text[0]] * 10 + (HAN_DIGITS[text[1]] if len(text) > 1 else 0)
    if len(text) > 1:  # 二十 / 二十七
        return HAN_DIGITS[text[0]] * 10 + (HAN_DIGITS[text[2]] if len(text) > 2 else 0)
    return HAN_DIGITS[text]


def han_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO date) of the dates written in Chinese numerals in ``text``.

    >>> han_dates("二〇二五年七月二日签署")
    [(0, 9, '2025-07-02')]
    """
    found = []
    for match in HAN_DATE.finditer(text):
        year = int("".join(str(HAN_DIGITS[c]) for c in match["y"]))
        try:
            day = date(year, _han_number(match["m"]), _han_number(match["d"]))
        except ValueError:
            continue
        if MIN_YEAR <= year <= MAX_YEAR:
            found.append((match.start(), match.end(), day.isoformat()))
    return found

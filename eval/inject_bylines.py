"""The byline writers of the variant tables: the date formats pages print, a byline
layout's lines and a reporter's credit (``build.py`` and ``matrix_cases.py`` write
bylines through these).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

# ------------------------------------------------------------------------------ bylines

WEEKDAYS = "一二三四五六日"
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# Malay month and weekday names (Malaysian pages print dates in Malay)
MS_MONTHS = (
    "Januari", "Februari", "Mac", "April", "Mei", "Jun",
    "Julai", "Ogos", "September", "Oktober", "November", "Disember",
)  # fmt: skip
MS_WEEKDAYS = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")


def date_parts(iso: str | None) -> tuple[int, int, int, int | None, int | None, int | None] | None:
    if not iso:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?", iso)
    if not m:
        return None
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if m[4] is None:
        return y, mo, d, None, None, None
    return y, mo, d, int(m[4]), int(m[5]), int(m[6])


class DateForm(NamedTuple):
    """How a page prints a date: ``timed`` when the original has a time (None: this form
    never shows one), ``dated`` when it has only a day; templates over ``date_fields``.
    ``seconds``: the form shows seconds (the gold keeps them, else :00); ``zone``: the zone
    the gold states; ``shift_hours``: the form writes the same instant in another zone."""

    timed: str | None
    dated: str
    seconds: bool = False
    zone: str = "+08:00"
    shift_hours: int = 0


HMS = " {hh:02d}:{mi:02d}:{ss:02d}"
HM = " {hh:02d}:{mi:02d}"
CJK_DAY = "{y}年{mo:02d}月{d:02d}日"

# Each form was seen on a real page; the comment says how it looks (eval/README.md cites
# the pages, in the byline table's date rows).
DATE_FORMS: dict[str, DateForm] = {
    "dash-sec": DateForm("{day}" + HMS, "{day}", seconds=True),
    "dash-min": DateForm("{day}" + HM, "{day}"),
    "slash-pad-sec": DateForm("{y}/{mo:02d}/{d:02d}" + HMS, "{y}/{mo:02d}/{d:02d}", seconds=True),
    "dash-sec-weekday": DateForm("{day}" + HMS + " 星期{wd}", "{day} 星期{wd}", seconds=True),
    "dash-sec-nopad-hour": DateForm("{day} {hh}:{mi:02d}:{ss:02d}", "{day}", seconds=True),
    "roc-dash": DateForm(None, "{roc}-{mo:02d}-{d:02d}"),
    "slash-nopad": DateForm("{y}/{mo}/{d} {hh}:{mi:02d}", "{y}/{mo}/{d}"),
    "cjk-min": DateForm(CJK_DAY + HM, CJK_DAY),
    "cjk-glued": DateForm(CJK_DAY + "{hh:02d}:{mi:02d}", CJK_DAY),
    "cjk-weekday": DateForm(CJK_DAY + " 星期{wd}" + HM, CJK_DAY + " 星期{wd}"),
    # 2015年1月09日: the month unpadded, the day padded
    "cjk-nopad-month": DateForm("{y}年{mo}月{d:02d}日" + HM, "{y}年{mo}月{d:02d}日"),
    # 2017年12月19日星期二: a blog's date header, no time
    "cjk-weekday-glued": DateForm(None, "{y}年{mo}月{d}日星期{wd}"),
    # 30/11/06: day first, two-digit year, no time
    "dmy-slash-short": DateForm(None, "{d:02d}/{mo:02d}/{yy:02d}"),
    # 2017-12-5: month and day unpadded, no time
    "dash-nopad": DateForm(None, "{y}-{mo}-{d}"),
    # 2024年10月01日 星期二 11:26:21: a page head clock
    "cjk-weekday-sec": DateForm(CJK_DAY + " 星期{wd}" + HMS, CJK_DAY + " 星期{wd}", seconds=True),
    # 113/12/11: ROC year, slashes, no time
    "roc-slash": DateForm(None, "{roc}/{mo:02d}/{d:02d}"),
    # 2901, 2020: a parish site's date block, day and month glued in two digits each, a
    # comma and the year, no time
    "dmy-glued-comma-year": DateForm(None, "{d:02d}{mo:02d}, {y}"),
    # 2009.09.09: dots, no time
    "dot-date": DateForm(None, "{y}.{mo:02d}.{d:02d}"),
    # Tuesday, May 7, 2024: an English date header, no time
    "en-weekday-mdy": DateForm(None, "{en_wd}, {en_mon} {d}, {y}"),
    # 2020/3/17 9:39:00: nothing padded but minutes, seconds
    "slash-nopad-sec": DateForm(
        "{y}/{mo}/{d} {hh}:{mi:02d}:{ss:02d}", "{y}/{mo}/{d}", seconds=True
    ),
    # 2024 06/01 20:28:37: the year apart, month/day
    "year-space-slash-sec": DateForm(
        "{y} {mo:02d}/{d:02d}" + HMS, "{y} {mo:02d}/{d:02d}", seconds=True
    ),
    # 2021/7/20: slashes, nothing padded, no time
    "slash-nopad-date": DateForm(None, "{y}/{mo}/{d}"),
    # Feb 08, 2022 08:11 PM: English month first, 12-hour clock
    "en-mdy-ampm": DateForm(
        "{en_mon3} {d:02d}, {y} {h12:02d}:{mi:02d} {AMPM}", "{en_mon3} {d:02d}, {y}"
    ),
    # 2014 年 01 月 03 日: a space on each side of 年 月 日, no time
    "cjk-spaced": DateForm(None, "{y} 年 {mo:02d} 月 {d:02d} 日"),
    # 2025年03月11日18:42:07: the time glued to 日, with seconds
    "cjk-glued-sec": DateForm(CJK_DAY + "{hh:02d}:{mi:02d}:{ss:02d}", CJK_DAY, seconds=True),
    # 2016年5月13日(周五)(Friday) May 13, 2016: bilingual
    "cjk-weekday-en-mdy": DateForm(None, "{y}年{mo}月{d}日(周{wd})({en_wd}) {en_mon} {d}, {y}"),
    # 25/04/2017: day first, four-digit year, no time
    "dmy-slash": DateForm(None, "{d:02d}/{mo:02d}/{y}"),
    # 06/16/2008, 00.00: month first, four-digit year, a comma, the time with a dot
    "us-mdy-slash-comma-dot-hm": DateForm(
        "{mo:02d}/{d:02d}/{y}, {hh:02d}.{mi:02d}", "{mo:02d}/{d:02d}/{y}"
    ),
    # 18-Sep-2009 14:47:02 (UTC+8): a repository's upload time
    "dmy-mon-sec-utc8": DateForm(
        "{d:02d}-{en_mon3}-{y}" + HMS + " (UTC+8)", "{d:02d}-{en_mon3}-{y}", seconds=True
    ),
    # 2023-01-31T13:13:58+08:00: ISO 8601 with its zone, as printed
    "iso-offset8": DateForm("{day}T{hh:02d}:{mi:02d}:{ss:02d}+08:00", "{day}", seconds=True),
    # 2003年10月13日 周一 02時17分56秒 CST: a CMS's update stamp
    "cjk-weekday-hms-cst": DateForm(
        "{y}年{mo}月{d}日 周{wd} {hh:02d}時{mi:02d}分{ss:02d}秒 CST",
        "{y}年{mo}月{d}日 周{wd}",
        seconds=True,
    ),
    # 2008年6月27日: characters, nothing padded, no time
    "cjk-nopad-date": DateForm(None, "{y}年{mo}月{d}日"),
    # 2019/05/12上午08:30: 上午/下午 glued, 12-hour clock
    "slash-ampm-glued": DateForm(
        "{y}/{mo:02d}/{d:02d}{half}{h12:02d}:{mi:02d}", "{y}/{mo:02d}/{d:02d}"
    ),
    # 2006年05月19日 11:15:52 am: 12-hour, am/pm after
    "cjk-sec-ampm-lower": DateForm(
        CJK_DAY + " {h12:02d}:{mi:02d}:{ss:02d} {ampm}", CJK_DAY, seconds=True
    ),
    # 2011.6.12: dots, month and day unpadded, no time
    "dot-nopad-date": DateForm(None, "{y}.{mo}.{d}"),
    # 2026-2-15 11:20:25: month and day unpadded, seconds
    "dash-nopad-sec": DateForm("{y}-{mo}-{d}" + HMS, "{y}-{mo}-{d}", seconds=True),
    # 2016/12/12 — 20:31: an em dash between date and time
    "slash-emdash-min": DateForm(
        "{y}/{mo:02d}/{d:02d} — {hh:02d}:{mi:02d}", "{y}/{mo:02d}/{d:02d}"
    ),
    # 15:31 2020/12/21: the clock before the date (a PTT copy)
    "time-first-slash": DateForm("{hh:02d}:{mi:02d} {y}/{mo:02d}/{d:02d}", "{y}/{mo:02d}/{d:02d}"),
    # 2020年 10月 30日: a space after 年 and 月 only, no time
    "cjk-space-after": DateForm(None, "{y}年 {mo:02d}月 {d:02d}日"),
    # Mon Dec 20 13:43:26 2010: C's ctime, the year last (a BBS header)
    "ctime": DateForm(
        "{en_wd3} {en_mon3} {d:2d}" + HMS + " {y}", "{en_wd3} {en_mon3} {d:2d} {y}", seconds=True
    ),
    # 2015年10月16日(金)22時09分: a Japanese weekday, 時 and 分
    "cjk-jp-weekday-hm": DateForm(CJK_DAY + "({jp_wd}){hh:02d}時{mi:02d}分", CJK_DAY + "({jp_wd})"),
    # Feb 6, 2026: English month abbreviated, the day unpadded, no time
    "en-mon3-nopad": DateForm(None, "{en_mon3} {d}, {y}"),
    # Mar 16, 2026 12:53 pm: English month first, day unpadded, 12-hour clock, am/pm after
    "en-mon3-nopad-hm-ampm-lower": DateForm(
        "{en_mon3} {d}, {y} {h12}:{mi:02d} {ampm}", "{en_mon3} {d}, {y}"
    ),
    # 1 2025-04: a blog archive's day number, a space, then year and month (no time)
    "day-space-year-month": DateForm(None, "{d} {y}-{mo:02d}"),
    # 2020年11月18日周三: characters, nothing padded, 周 and the weekday glued, no time
    "cjk-nopad-zhou-glued": DateForm(None, "{y}年{mo}月{d}日周{wd}"),
    # 27.2.12: day, month and two-digit year joined by dots, nothing padded (a Malaysian blog)
    "dmy-dot-nopad-yy": DateForm(None, "{d}.{mo}.{yy:02d}"),
    # 二零二五年九月十七日,星期三: year digit by digit and month and day in Chinese numerals,
    # a comma and the weekday (Macau's official gazette)
    "cjk-numerals-comma-weekday": DateForm(None, "{cn_y}年{cn_mo}月{cn_d}日,星期{wd}"),
    # December 12, 2019: English month in full, the day unpadded, no weekday, no time
    "en-month-nopad": DateForm(None, "{en_mon} {d}, {y}"),
    # 2013/07/01 13:01: slashes, padded, minutes, no seconds
    "slash-pad-min": DateForm("{y}/{mo:02d}/{d:02d}" + HM, "{y}/{mo:02d}/{d:02d}"),
    # 2020.04.10 19:17 臺北時間: dots, the time, then the zone named in words
    "dot-taipei-time": DateForm("{y}.{mo:02d}.{d:02d}" + HM + " 臺北時間", "{y}.{mo:02d}.{d:02d}"),
    # 2024年03月29日 (星期五): a space, then the weekday in half-width brackets, no time
    "cjk-space-paren-weekday": DateForm(None, CJK_DAY + " (星期{wd})"),
    # 6:29 24/12/2025: the clock first, its hour unpadded, then day/month/year
    "time-nopad-first-dmy": DateForm("{hh}:{mi:02d} {d:02d}/{mo:02d}/{y}", "{d:02d}/{mo:02d}/{y}"),
    # 2009年4月8日 (三) 02:05: a wiki's revision stamp, the weekday one character in brackets
    "cjk-nopad-paren-wd-hm": DateForm(
        "{y}年{mo}月{d}日 ({wd}) {hh:02d}:{mi:02d}", "{y}年{mo}月{d}日 ({wd})"
    ),
    # 2019 年 2 月 15 日: a space on each side of 年 月 日, nothing padded, no time
    "cjk-spaced-nopad": DateForm(None, "{y} 年 {mo} 月 {d} 日"),
    # 星期一, 7月 17, 2023: a blog's zh-TW date header: weekday, month with 月, day, year
    "weekday-mo-d-comma-y": DateForm(None, "星期{wd}, {mo}月 {d}, {y}"),
    # 2018-3-26 11:13: month and day unpadded, the time in minutes (a Discuz forum)
    "dash-nopad-min": DateForm("{y}-{mo}-{d}" + HM, "{y}-{mo}-{d}"),
    # 07-04-2016: day first, hyphens, four-digit year, no time
    "dmy-dash": DateForm(None, "{d:02d}-{mo:02d}-{y}"),
    # Februari 14, 2026, Sabtu - 2:21pm: Malay month and weekday, a 12-hour clock glued to pm
    "ms-mdy-weekday-ampm": DateForm(
        "{ms_mon} {d}, {y}, {ms_wd} - {h12}:{mi:02d}{ampm}", "{ms_mon} {d}, {y}, {ms_wd}"
    ),
    # 30 September 2018: day, English month in full, year (a Blogger date header)
    "en-dmy-month": DateForm(None, "{d} {en_mon} {y}"),
    # Tuesday, 5 October 2021, 12:41 HKT/SGT: English weekday, day, month in full, year and
    # the time with the two zones a Hong Kong / Singapore newswire names (both +08:00)
    "en-weekday-dmy-hm-hkt-sgt": DateForm(
        "{en_wd}, {d} {en_mon} {y}, {hh:02d}:{mi:02d} HKT/SGT", "{en_wd}, {d} {en_mon} {y}"
    ),
    # 09:00 | 21/01/2024: the time first, ' | ', then day, month and year with slashes, padded
    # (a Vietnamese paper's Chinese edition)
    "hm-pipe-dmy-slash": DateForm(
        "{hh:02d}:{mi:02d} | {d:02d}/{mo:02d}/{y}", "{d:02d}/{mo:02d}/{y}"
    ),
    # 週四, 30 九月 2010 09:54: a Joomla zh-TW date: 週 and the weekday, a comma, the day
    # unpadded, the month in Chinese numerals with 月, the year and the time in minutes
    "zhou-wd-d-cnmonth-y-hm": DateForm(
        "週{wd}, {d} {cn_mo}月 {y} {hh:02d}:{mi:02d}", "週{wd}, {d} {cn_mo}月 {y}"
    ),
    # 星期日, 十月 20, 2019: a page head: the weekday, a comma, the month in Chinese numerals
    # with 月, the day unpadded, a comma and the year (never a time)
    "weekday-comma-cnmonth-d-comma-y": DateForm(None, "星期{wd}, {cn_mo}月 {d}, {y}"),
    # 5/24/2022: US order, month and day unpadded, four-digit year, no time
    "us-mdy-slash-nopad": DateForm(None, "{mo}/{d}/{y}"),
    # 110-01-15 11:30: the ROC year, hyphens, padded month and day, the time in minutes
    "roc-dash-min": DateForm("{roc}-{mo:02d}-{d:02d}" + HM, "{roc}-{mo:02d}-{d:02d}"),
    # 2009年6月30日 星期二: month and day unpadded, a space, the weekday (Blogger's zh-TW header)
    "cjk-nopad-space-weekday": DateForm(None, "{y}年{mo}月{d}日 星期{wd}"),
    # 星期五, 10月 12, 2018: Blogger's zh-TW header in US order
    # (weekday, comma, month, day, comma, year)
    "weekday-comma-md-comma-y": DateForm(None, "星期{wd}, {mo}月 {d}, {y}"),
    # 1995、5、1: year, month and day unpadded, joined by the enumeration comma
    "enum-comma-ymd": DateForm(None, "{y}、{mo}、{d}"),
    # 20091125 14:41:26: eight digits, a space and the time in seconds (a release service's stamp)
    "compact-ymd-sec": DateForm("{y}{mo:02d}{d:02d}" + HMS, "{y}{mo:02d}{d:02d}", seconds=True),
    # 20161107: eight digits, never a time (an agency copy's date after its address)
    "compact-ymd": DateForm(None, "{y}{mo:02d}{d:02d}"),
    # 2025年02月01日: year, month and day padded, never a time (a Singapore portal's byline)
    "cjk-date": DateForm(None, CJK_DAY),
    # 2019年04月03星期三: month and day padded, no 日, the weekday glued (a county e-paper)
    "cjk-no-ri-weekday-glued": DateForm(None, "{y}年{mo:02d}月{d:02d}星期{wd}"),
    # 星期六, 7 6 月, 2025: a WordPress date in its Chinese format, day before month
    "weekday-comma-d-mo-space-yue-comma-y": DateForm(None, "星期{wd}, {d} {mo} 月, {y}"),
    # 2020-10-16: hyphens, padded, never a time (a paper's 发布时间: field)
    "dash-date": DateForm(None, "{day}"),
    # 2016年03月09日 08:56:55: padded CJK units, a space and the time in seconds
    "cjk-sec": DateForm(CJK_DAY + HMS, CJK_DAY, seconds=True),
    # 2014-2-3 12:07 AM: month and day unpadded, the 12-hour clock unpadded, AM/PM after a space
    "dash-nopad-ampm": DateForm("{y}-{mo}-{d} {h12}:{mi:02d} {AMPM}", "{y}-{mo}-{d}"),
    # 2025-12-09T15:11:04+00:00: ISO 8601 in UTC (the same instant, eight hours earlier)
    "iso-utc": DateForm(
        "{day}T{hh:02d}:{mi:02d}:{ss:02d}+00:00",
        "{day}",
        seconds=True,
        zone="+00:00",
        shift_hours=-8,
    ),
    # 2022年6月29日週三 上午10:53: a mail client's Date: header in zh-Hant, 週 before the
    # weekday glued to the day, the hour after 上午/下午 unpadded
    "cjk-zhou-ampm": DateForm(
        "{y}年{mo}月{d}日週{wd} {half}{h_half}:{mi:02d}", "{y}年{mo}月{d}日週{wd}"
    ),
    "dot": DateForm("{y}.{mo:02d}.{d:02d}" + HM, "{y}.{mo:02d}.{d:02d}"),
    "roc": DateForm("民國{roc}年{mo:02d}月{d:02d}日" + HM, "民國{roc}年{mo:02d}月{d:02d}日"),
    "weekday-first-spaced": DateForm(None, "星期{wd} {y}年 {mo}月 {d}日"),
    "roc-weekday": DateForm(None, "中華民國{roc}年{mo}月{d}日星期{wd}"),
    # 10/21/2014: month first, zero-padded, a New York association's photo page
    "us-mdy-slash": DateForm(None, "{mo:02d}/{d:02d}/{y}"),
    # 2008/11/09: the day only, slashes, month and day zero-padded (a campus paper's byline)
    "slash-pad-date": DateForm(None, "{y}/{mo:02d}/{d:02d}"),
    # 7 Aug 2021: the day unpadded, a three-letter English month, a Malaysian press page
    "en-dmy-mon3": DateForm(None, "{d} {en_mon3} {y}"),
    # 下午3:05: the hour after 上午/下午 unpadded, noon written 12 and midnight 0
    "ampm": DateForm("{y}年{mo}月{d}日 {half}{h_half}:{mi:02d}", "{y}年{mo}月{d}日"),
    "time-first-hkt": DateForm("{hh:02d}:{mi:02d} {day} HKT", "{day}"),
    # 4. 4. 2024 星期四: a Malaysian paper's page head: day, month and year each followed by a
    # dot and a space, nothing padded, then the weekday
    "dmy-dot-space-nopad-weekday": DateForm(None, "{d}. {mo}. {y} 星期{wd}"),
    # 2016年2月23日 16:12: nothing padded in the date, the time after a space, no seconds
    "cjk-nopad-min": DateForm("{y}年{mo}月{d}日" + HM, "{y}年{mo}月{d}日"),
    # 2008年4月8日 (二) 21:08 (UTC): a wiki talk page's signature, the same instant in UTC
    "cjk-nopad-paren-wd-hm-utc": DateForm(
        "{y}年{mo}月{d}日 ({wd}) {hh:02d}:{mi:02d} (UTC)",
        "{y}年{mo}月{d}日 ({wd})",
        zone="+00:00",
        shift_hours=-8,
    ),
    # 星期六, 4 月 20日, 2024: a Hong Kong site's date line: the weekday and a comma, the month
    # unpadded with a space before 月, the day glued to 日, a comma and the year last
    "weekday-comma-mo-space-yue-d-ri-comma-y": DateForm(None, "星期{wd}, {mo} 月 {d}日, {y}"),
    # the same instant, written in UTC
    # 6/16/2021 10:23:49 PM: US order, month, day and hour unpadded, seconds, AM/PM after
    "us-mdy-nopad-hms-ampm": DateForm(
        "{mo}/{d}/{y} {h12}:{mi:02d}:{ss:02d} {AMPM}", "{mo}/{d}/{y}", seconds=True
    ),
    # 2023–05–16 21:10: year, month and day joined by en dashes (U+2013), minutes
    "endash-min": DateForm("{y}\u2013{mo:02d}\u2013{d:02d}" + HM, "{y}\u2013{mo:02d}\u2013{d:02d}"),
    # 2021/05/06/ 10:05: slashes, padded, a slash after the day too, a space, minutes
    "slash-trailing-slash-min": DateForm("{y}/{mo:02d}/{d:02d}/" + HM, "{y}/{mo:02d}/{d:02d}/"),
    "utc": DateForm("{day}" + HM + " UTC", "{day}", zone="+00:00", shift_hours=-8),
    # the page says +09:00: the gold keeps that zone
    "offset": DateForm(
        "{day}T{hh:02d}:{mi:02d}:{ss:02d}+09:00", "{day}", seconds=True, zone="+09:00"
    ),
}


CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1-31 in Chinese numerals as dates print them: 九, 十, 十七, 二十, 三十一."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")
    return head + (CN_DIGITS[ones] if ones else "") if n >= 10 else CN_DIGITS[n]


def date_fields(when: dt.datetime) -> dict[str, object]:
    """The values a date form's template may name."""
    hh = when.hour
    weekday = when.weekday()
    return {
        "y": when.year, "mo": when.month, "d": when.day, "yy": when.year % 100,
        "roc": when.year - 1911, "day": when.strftime("%Y-%m-%d"),
        "wd": WEEKDAYS[weekday], "en_wd": EN_WEEKDAYS[weekday],
        "en_wd3": EN_WEEKDAYS[weekday][:3], "jp_wd": "月火水木金土日"[weekday],
        "en_mon": EN_MONTHS[when.month - 1], "en_mon3": EN_MONTHS[when.month - 1][:3],
        "hh": hh, "mi": when.minute, "ss": when.second,
        "h12": (hh % 12) or 12, "h_half": hh if hh <= 12 else hh - 12,
        "half": "上午" if hh < 12 else "下午", "AMPM": "AM" if hh < 12 else "PM",
        "ampm": "am" if hh < 12 else "pm",
        "ms_mon": MS_MONTHS[when.month - 1], "ms_wd": MS_WEEKDAYS[weekday],
        "cn_y": "".join(CN_DIGITS[int(c)] for c in str(when.year)),
        "cn_mo": cn_number(when.month), "cn_d": cn_number(when.day),
    }  # fmt: skip


def render_date(fmt: str, iso: str | None) -> tuple[str, str] | None:
    """(text on the page, gold published_at) of the original's date in format ``fmt``."""
    parts = date_parts(iso)
    if parts is None:
        return None
    if fmt not in DATE_FORMS:
        raise ValueError(f"unknown date format {fmt!r}")
    form = DATE_FORMS[fmt]
    y, mo, d, hh, mi, ss = parts
    when = dt.datetime(y, mo, d, hh or 0, mi or 0, ss or 0)
    if hh is None or form.timed is None:
        text = form.dated.format(**date_fields(when))
        return text, when.strftime("%Y-%m-%d")
    when += dt.timedelta(hours=form.shift_hours)
    text = form.timed.format(**date_fields(when))
    seconds = when.second if form.seconds else 0
    return text, f"{when:%Y-%m-%dT%H:%M}:{seconds:02d}{form.zone}"


def byline_lines(layout: dict, values: dict[str, str | None]) -> list[str]:
    """The byline lines of a layout: each part [text before, field, text after] printed when
    the original has the field; a part whose field is null is text printed as it is (a
    review line such as 二审:黄炎 that names no field of the original).  ``fixed_with``
    (a field name): the null parts are printed only when that field is printed too (the
    later stages of a review chain 一审 / 二审 / 三审 go with the first, the editor; a page
    never shows 二审 and 三审 without 一审)."""
    fixed = values.get(layout["fixed_with"]) if layout.get("fixed_with") else True
    out = []
    for line in layout["lines"]:
        text = "".join(
            f"{pre}{values[field] if field else ''}{post}"
            for pre, field, post in line
            if (fixed if field is None else values[field])
        )
        if text.strip():
            out.append(text.rstrip())
    return out


def credit(row: dict, author: str, iso: str | None, region: str) -> str:
    parts = date_parts(iso)
    year, month, day = (parts[0], parts[1], parts[2]) if parts else (2000, 1, 1)
    place = {
        "taiwan": "台北",
        "hongkong": "香港",
        "macau": "澳門",
        "malaysia": "吉隆坡",
        "singapore": "新加坡",
    }.get(region, "北京")
    # {cn_day}: the day in Chinese numerals, as a dispatch dates itself (洛杉磯二日電, 亞庇六日訊)
    return row["template"].format(
        place=place, year=year, month=month, day=day, author=author, cn_day=cn_number(day)
    )

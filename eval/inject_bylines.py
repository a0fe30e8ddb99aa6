"""The byline writers of the variant tables: the date formats pages print, a byline
layout's lines and a reporter's credit (``build.py`` and ``matrix_cases.py`` write
bylines through these).
"""

from __future__ import annotations

import datetime as dt
import re

# ------------------------------------------------------------------------------ bylines

WEEKDAYS = "一二三四五六日"
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


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


def render_date(fmt: str, iso: str | None) -> tuple[str, str] | None:
    """(text on the page, gold published_at) of the original's date in format ``fmt``."""
    parts = date_parts(iso)
    if parts is None:
        return None
    y, mo, d, hh, mi, ss = parts
    day = f"{y:04d}-{mo:02d}-{d:02d}"
    has_time = hh is not None
    hh, mi, ss = hh or 0, mi or 0, ss or 0
    zone = "+08:00"
    wd = WEEKDAYS[dt.date(y, mo, d).weekday()]
    seconds_shown = False
    if fmt == "dash-sec":
        text = day + (f" {hh:02d}:{mi:02d}:{ss:02d}" if has_time else "")
        seconds_shown = True
    elif fmt == "dash-min":
        text = day + (f" {hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "slash-pad-sec":
        text = f"{y}/{mo:02d}/{d:02d}" + (f" {hh:02d}:{mi:02d}:{ss:02d}" if has_time else "")
        seconds_shown = True
    elif fmt == "dash-sec-weekday":
        text = day + (f" {hh:02d}:{mi:02d}:{ss:02d}" if has_time else "") + f" 星期{wd}"
        seconds_shown = True
    elif fmt == "dash-sec-nopad-hour":
        text = day + (f" {hh}:{mi:02d}:{ss:02d}" if has_time else "")
        seconds_shown = True
    elif fmt == "roc-dash":
        text = f"{y - 1911}-{mo:02d}-{d:02d}"
        has_time = False
    elif fmt == "slash-nopad":
        text = f"{y}/{mo}/{d}" + (f" {hh}:{mi:02d}" if has_time else "")
    elif fmt == "cjk-min":
        text = f"{y}年{mo:02d}月{d:02d}日" + (f" {hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "cjk-glued":
        text = f"{y}年{mo:02d}月{d:02d}日" + (f"{hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "cjk-weekday":
        text = f"{y}年{mo:02d}月{d:02d}日 星期{wd}" + (f" {hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "cjk-nopad-month":  # 2015年1月09日: the month unpadded, the day padded
        text = f"{y}年{mo}月{d:02d}日" + (f" {hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "cjk-weekday-glued":  # 2017年12月19日星期二: a blog's date header, no time
        text = f"{y}年{mo}月{d}日星期{wd}"
        has_time = False
    elif fmt == "dmy-slash-short":  # 30/11/06: day first, two-digit year, no time
        text = f"{d:02d}/{mo:02d}/{y % 100:02d}"
        has_time = False
    elif fmt == "dash-nopad":  # 2017-12-5: month and day unpadded, no time
        text = f"{y}-{mo}-{d}"
        has_time = False
    elif fmt == "cjk-weekday-sec":  # 2024年10月01日 星期二 11:26:21: a page head clock
        text = f"{y}年{mo:02d}月{d:02d}日 星期{wd}" + (
            f" {hh:02d}:{mi:02d}:{ss:02d}" if has_time else ""
        )
        seconds_shown = True
    elif fmt == "roc-slash":  # 113/12/11: ROC year, slashes, no time
        text = f"{y - 1911}/{mo:02d}/{d:02d}"
        has_time = False
    elif fmt == "dot-date":  # 2009.09.09: dots, no time
        text = f"{y}.{mo:02d}.{d:02d}"
        has_time = False
    elif fmt == "en-weekday-mdy":  # Tuesday, May 7, 2024: an English date header, no time
        text = f"{EN_WEEKDAYS[dt.date(y, mo, d).weekday()]}, {EN_MONTHS[mo - 1]} {d}, {y}"
        has_time = False
    elif fmt == "slash-nopad-sec":  # 2020/3/17 9:39:00: nothing padded but minutes, seconds
        text = f"{y}/{mo}/{d}" + (f" {hh}:{mi:02d}:{ss:02d}" if has_time else "")
        seconds_shown = True
    elif fmt == "year-space-slash-sec":  # 2024 06/01 20:28:37: the year apart, month/day
        text = f"{y} {mo:02d}/{d:02d}" + (f" {hh:02d}:{mi:02d}:{ss:02d}" if has_time else "")
        seconds_shown = True
    elif fmt == "slash-nopad-date":  # 2021/7/20: slashes, nothing padded, no time
        text = f"{y}/{mo}/{d}"
        has_time = False
    elif fmt == "en-mdy-ampm":  # Feb 08, 2022 08:11 PM: English month first, 12-hour clock
        text = f"{EN_MONTHS[mo - 1][:3]} {d:02d}, {y}"
        if has_time:
            text += f" {(hh % 12) or 12:02d}:{mi:02d} {'AM' if hh < 12 else 'PM'}"
    elif fmt == "cjk-spaced":  # 2014 年 01 月 03 日: a space on each side of 年 月 日, no time
        text = f"{y} 年 {mo:02d} 月 {d:02d} 日"
        has_time = False
    elif fmt == "cjk-glued-sec":  # 2025年03月11日18:42:07: the time glued to 日, with seconds
        text = f"{y}年{mo:02d}月{d:02d}日" + (f"{hh:02d}:{mi:02d}:{ss:02d}" if has_time else "")
        seconds_shown = True
    elif fmt == "cjk-weekday-en-mdy":  # 2016年5月13日(周五)(Friday) May 13, 2016: bilingual
        en_wd = EN_WEEKDAYS[dt.date(y, mo, d).weekday()]
        text = f"{y}年{mo}月{d}日(周{wd})({en_wd}) {EN_MONTHS[mo - 1]} {d}, {y}"
        has_time = False
    elif fmt == "dmy-slash":  # 25/04/2017: day first, four-digit year, no time
        text = f"{d:02d}/{mo:02d}/{y}"
        has_time = False
    elif fmt == "dmy-mon-sec-utc8":  # 18-Sep-2009 14:47:02 (UTC+8): a repository's upload time
        text = f"{d:02d}-{EN_MONTHS[mo - 1][:3]}-{y}" + (
            f" {hh:02d}:{mi:02d}:{ss:02d} (UTC+8)" if has_time else ""
        )
        seconds_shown = True
    elif fmt == "iso-offset8":  # 2023-01-31T13:13:58+08:00: ISO 8601 with its zone, as printed
        text = day + (f"T{hh:02d}:{mi:02d}:{ss:02d}+08:00" if has_time else "")
        seconds_shown = True
    elif fmt == "cjk-weekday-hms-cst":  # 2003年10月13日 周一 02時17分56秒 CST: a CMS's update stamp
        text = f"{y}年{mo}月{d}日 周{wd}" + (
            f" {hh:02d}時{mi:02d}分{ss:02d}秒 CST" if has_time else ""
        )
        seconds_shown = True
    elif fmt == "cjk-nopad-date":  # 2008年6月27日: characters, nothing padded, no time
        text = f"{y}年{mo}月{d}日"
        has_time = False
    elif fmt == "slash-ampm-glued":  # 2019/05/12上午08:30: 上午/下午 glued, 12-hour clock
        half = "上午" if hh < 12 else "下午"
        clock = f"{half}{(hh % 12) or 12:02d}:{mi:02d}"
        text = f"{y}/{mo:02d}/{d:02d}" + (clock if has_time else "")
    elif fmt == "cjk-sec-ampm-lower":  # 2006年05月19日 11:15:52 am: 12-hour, am/pm after
        clock = f"{(hh % 12) or 12:02d}:{mi:02d}:{ss:02d} {'am' if hh < 12 else 'pm'}"
        text = f"{y}年{mo:02d}月{d:02d}日" + (f" {clock}" if has_time else "")
        seconds_shown = True
    elif fmt == "dot-nopad-date":  # 2011.6.12: dots, month and day unpadded, no time
        text = f"{y}.{mo}.{d}"
        has_time = False
    elif fmt == "dash-nopad-sec":  # 2026-2-15 11:20:25: month and day unpadded, seconds
        text = f"{y}-{mo}-{d}" + (f" {hh:02d}:{mi:02d}:{ss:02d}" if has_time else "")
        seconds_shown = True
    elif fmt == "slash-emdash-min":  # 2016/12/12 — 20:31: an em dash between date and time
        text = f"{y}/{mo:02d}/{d:02d}" + (f" — {hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "time-first-slash":  # 15:31 2020/12/21: the clock before the date (a PTT copy)
        text = (f"{hh:02d}:{mi:02d} " if has_time else "") + f"{y}/{mo:02d}/{d:02d}"
    elif fmt == "cjk-space-after":  # 2020年 10月 30日: a space after 年 and 月 only, no time
        text = f"{y}年 {mo:02d}月 {d:02d}日"
        has_time = False
    elif fmt == "ctime":  # Mon Dec 20 13:43:26 2010: C's ctime, the year last (a BBS header)
        wd_en = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[dt.date(y, mo, d).weekday()]
        if has_time:
            text = f"{wd_en} {EN_MONTHS[mo - 1][:3]} {d:2d} {hh:02d}:{mi:02d}:{ss:02d} {y}"
            seconds_shown = True
        else:
            text = f"{wd_en} {EN_MONTHS[mo - 1][:3]} {d:2d} {y}"
    elif fmt == "cjk-jp-weekday-hm":  # 2015年10月16日(金)22時09分: a Japanese weekday, 時 and 分
        jp = "月火水木金土日"[dt.date(y, mo, d).weekday()]
        text = f"{y}年{mo:02d}月{d:02d}日({jp})" + (f"{hh:02d}時{mi:02d}分" if has_time else "")
    elif fmt == "dot":
        text = f"{y}.{mo:02d}.{d:02d}" + (f" {hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "roc":
        text = f"民國{y - 1911}年{mo:02d}月{d:02d}日" + (f" {hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "weekday-first-spaced":
        text = f"星期{wd} {y}年 {mo}月 {d}日"
        has_time = False
    elif fmt == "roc-weekday":
        text = f"中華民國{y - 1911}年{mo}月{d}日星期{wd}"
        has_time = False
    elif fmt == "ampm":
        half = "上午" if hh < 12 else "下午"
        h12 = hh if hh <= 12 else hh - 12
        text = f"{y}年{mo}月{d}日" + (f" {half}{h12}:{mi:02d}" if has_time else "")
    elif fmt == "time-first-hkt":
        text = (f"{hh:02d}:{mi:02d} " if has_time else "") + day + (" HKT" if has_time else "")
    elif fmt == "utc":
        if has_time:  # the same instant, written in UTC
            when = dt.datetime(y, mo, d, hh, mi, ss) - dt.timedelta(hours=8)
            day = when.strftime("%Y-%m-%d")
            hh, mi, ss = when.hour, when.minute, when.second
            text = f"{day} {hh:02d}:{mi:02d} UTC"
            zone = "+00:00"
        else:
            text = day
    elif fmt == "offset":
        if has_time:  # the page says +09:00: the gold keeps that zone
            text = f"{day}T{hh:02d}:{mi:02d}:{ss:02d}+09:00"
            zone = "+09:00"
            seconds_shown = True
        else:
            text = day
    else:
        raise ValueError(f"unknown date format {fmt!r}")
    if not has_time:
        return text, day
    gold = f"{day}T{hh:02d}:{mi:02d}:{ss if seconds_shown else 0:02d}{zone}"
    return text, gold


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
    return row["template"].format(place=place, year=year, month=month, day=day, author=author)

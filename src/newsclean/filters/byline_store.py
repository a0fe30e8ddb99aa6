"""Storing a labelled field's value: the time field's date, and a value that is prose.

**Model.**  A label's value is a name, a source or a date (``byline.py`` finds the
labels; ``byline_clean.py`` trims the value).  Stored here:

- a *time* field (``published_at``, ``updated_at``) holds a byline date
  (``byline_dates.find_byline_date``: ``dates.py``'s grammar and the shapes only a byline
  prints); round 36, a clock printed before the date, one separator between
  (``发表时间:12:23 | 15/01/2024``, ``CLOCK_FIRST``), is the date's; a value that is no
  date but date-like (``7月2日 16:05``, ``07-02 16:05``: no year, ``DATE_LIKE``) is
  metadata without a time; any other value makes the line prose; round 39, so does a
  date whose clock opens a span (``時 間:2005.06.15,7:00-09:40pm``, a forum's record on a
  copy host; ``时间:2020-01-01 08:00-08:30``, ``SPAN_END``): an event's schedule, not
  when the page was published (a publication is stamped at one instant);
- a *date inside another value* (``来源：新华网 2025-07-02``) is read as the time; a
  source's name ends at it (what a paper prints after the date is its edition and
  section), and at an edition mark (``文汇网 第四版 华人``, ``byline_values.source_name``);
  round 37: a person's value ends at it too when an outlet follows the date after a gap
  (``文：付强 | 2019-12-24 10:32 | 《人民网》``, ``责任编辑/张三  2020-05-03  新京报``): the
  outlet is the row's next field, unlabelled, as in the layout ``DATE  OUTLET``, and is the
  source (``row_outlet``: a name ``byline_outlet.is_outlet_name`` reads as a news
  organisation, or, in 《》, one ``names_media`` reads so; round 37 mend: 《》 marks a
  work's or a column's title as often as a paper's, ``《冬日北京》``, ``《新春走基层》``: such a
  title is the row's next field, no outlet and no part of the person's value; anything
  else after the date stays the value's, as before);
  a framed field (``【撰稿：张三】2020年8月1日华龙网``) ends at its frame, so there the
  outlet may be glued to the date;
- a value with sentence punctuation (。！？；，) or longer than ``MAX_VALUE_LENGTH`` is
  prose, and so is the line; a value that is no value (``作者:admin``, ``来源:本地新闻``:
  ``byline_values.is_no_value``) is read and not stored; the first value of a field wins;
- a *joint* label's value (``作者/来源: 海涵 中评社``) is split into the names, the outlet
  and a site (``byline_values.split_joint``);
- a reporter's credit after a time value's date, a gap between, is the row's next field,
  unlabelled (``store_row_credit``);
- round 41: a run of dashes ending a value is the row's separator to the next field, a
  date (``新闻资料来源:厦门晚报--2012-09-09``, a forum's template printing the paper, two
  hyphens and the day; ``来源:大河报-- `` where the template left the day empty), never
  part of a name: the separator table of the row (``ROW_DASHES``) holds the dashes a
  row prints between its fields, and a value loses them at its end.
"""

from __future__ import annotations

from newsclean.filters.byline_clean import DATE_PREPOSITION, VALUE_TRIM, clean_value
from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_glued import unglued_source
from newsclean.filters.byline_joint import split_joint
from newsclean.filters.byline_outlet import is_outlet_name, names_media
from newsclean.filters.byline_pieces import Metadata
from newsclean.filters.byline_reporter import parse_reporter_line
from newsclean.filters.byline_toolname import name_before_tools
from newsclean.filters.byline_values import is_no_value
from newsclean.filters.dates import find_dates
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex

__all__ = [
    "DATE_LIKE",
    "MAX_VALUE_LENGTH",
    "SENTENCE_PUNCTUATION",
    "is_plain",
    "row_outlet",
    "store_joint",
    "store_row_credit",
    "store_value",
]

#: A field's value is a name, a source or a date: longer is prose.
MAX_VALUE_LENGTH = 40
SENTENCE_PUNCTUATION = lazy_re(r"[。！？!?；;，]")  # plain classes: stdlib re is faster
# A date-like value without a year (7月2日 16:05, 07-02 16:05): metadata, no time.
DATE_LIKE = lazy_regex(
    r"^[\d\s:：\-/.年月日时時分秒号號()（）上下午晚早凌晨中星期周週礼禮拜一二三四五六天]{1,30}$"
)


#: Round 39: a clock span's end right after the date's clock (-09:40pm, —11:30, 至 16:00).
SPAN_END = lazy_regex(r"[ \t]*(?:[-－—–~～]|至|到)[ \t]*(?:[01]?\d|2[0-3])[:：][0-5]\d")

#: Round 41: the dashes a row prints between a value and its next field (a date), at the
#: value's end: the separator, no part of the name (module docstring).
ROW_DASHES = lazy_re(r"[ \t\u3000]*[-－—–~～]+[ \t\u3000]*$")

#: Round 36: a clock opening a time value before its date (12:23 | 15/01/2024).
CLOCK_FIRST = lazy_regex(
    r"^[ \t]*([01]?\d|2[0-3])[:：]([0-5]\d)(?::[0-5]\d)?[ \t]*[|｜/／,，]?[ \t]*$"
)


def is_plain(value: str) -> bool:
    """Whether ``value`` reads as a field's value: short, no sentence punctuation."""
    return len(value) <= MAX_VALUE_LENGTH and SENTENCE_PUNCTUATION.search(value) is None


def store_value(result: Metadata, target: str, value: str) -> bool:
    """Put one labelled value in ``result``; False when the value makes the line prose."""
    value = unglued_source(value) if target == "source" else value  # 创世大发2012-04-01
    if target == "ignore" or not value:
        return True
    if target in ("published_at", "updated_at"):
        found = find_byline_date(value)
        if found is not None and "T" in found.iso and SPAN_END.match(value, found.end):
            return False  # 时间:2020-01-01 08:00-08:30: a schedule's span (module docstring)
        if found is not None:
            iso = found.iso
            if not found.has_time and (clock := CLOCK_FIRST.match(value[: found.start])):
                iso = f"{iso}T{int(clock[1]):02d}:{clock[2]}:00+08:00"  # 12:23 | 15/01/2024
            result.fields.setdefault(target, iso)
            return True
        return DATE_LIKE.match(value) is not None
    dates = find_dates(value) or [d for d in (find_byline_date(value),) if d is not None]
    if dates:
        result.fields.setdefault("published_at", dates[0].iso)
        head = DATE_PREPOSITION.sub("", value[: dates[0].start])
        tail = value[dates[-1].end :]
        if target == "source" and head.strip(VALUE_TRIM + " \u3000"):
            tail = ""  # 《世界华人周刊》 2016-11-11 第四版 华人: the outlet's name ends at its date
        elif head.strip(VALUE_TRIM + " \u3000") and (
            (outlet := row_outlet(head, gapped := _gap_taken(value, dates[-1].end) + tail))
            or _row_title(head, gapped)
        ):
            if outlet:
                result.fields.setdefault("source", outlet)  # 文：付强 | DATE | 《人民网》
            tail = ""  # 作者：张晓松 | DATE | 《新春走基层》: a column's title, no outlet
        value = clean_value(head + " " + tail)
    if value[-1:] in "-－—–~～":
        value = ROW_DASHES.sub("", value)  # 厦门晚报--2012-09-09: the row's separator
    if not is_plain(value):
        return False
    value = name_before_tools(target, value)  # 作者：转发给朋友: a tool link, no name (round 47)
    if value and not is_no_value(target, value):  # 作者:admin, 来源:本地新闻
        result.fields.setdefault(target, value)
    return True


#: The gap that parts a row's fields: spaces or a separator.
ROW_GAP = " \t\u3000|｜/／"
#: A frame's closing bracket: the framed field ends there (``【撰稿：张三】DATE新京报``).
FRAME_CLOSE = ")）】]〕"
#: A publication in title marks, alone.
TITLED = lazy_regex(r"^《([^《》\s]{2,20})》$")


def _gap_taken(value: str, end: int) -> str:
    """The space a date's match took at its end (a zone word's: ``22:47 UTC 《光明日报》``)."""
    last = value[end - 1 : end]
    return last if last.isspace() else ""


def _row_name(head: str, tail: str) -> str | None:
    """The row's next field after a person's value ``head`` and its date: ``tail`` after
    a gap (glued when the value was framed), or None."""
    framed = head.rstrip(" \t\u3000")[-1:] in FRAME_CLOSE
    if not tail[:1] or (tail[0] not in ROW_GAP and not framed):
        return None
    return tail.strip(ROW_GAP) or None


def _row_title(head: str, tail: str) -> bool:
    """Whether the row's next field is a title in 《》 (an outlet's, a work's, a column's)."""
    name = _row_name(head, tail)
    return name is not None and TITLED.match(name) is not None


def row_outlet(head: str, tail: str) -> str | None:
    """The outlet a row prints after a person's value ``head`` and its date, a gap
    between, or glued when the value was framed (module docstring), or None.

    >>> row_outlet("张三 |", " | 《人民网》")
    '人民网'
    >>> row_outlet("张三】", "新京报")
    '新京报'
    >>> row_outlet("张三", " 李四") is None, row_outlet("张三", " 《冬日北京》") is None
    (True, True)
    """
    name = _row_name(head, tail)
    if name is None:
        return None
    if (titled := TITLED.match(name)) is not None:
        return titled[1] if names_media(titled[1]) else None  # 《冬日北京》: a work's title
    return name if is_outlet_name(name) else None


def store_row_credit(result: Metadata, raw: str) -> None:
    """A reporter's credit after a time value's date, a gap between (``上传日期: 2014.08.19
    人民网记者 孙灿芬 / 台东县 报导``): the row's next field, unlabelled, read by the
    reporter line's grammar (its outlet the source when no label names one)."""
    found = find_byline_date(raw)
    tail = raw[found.end :] if found is not None else ""
    if not tail[:1].isspace() or not tail.strip():
        return
    credit = parse_reporter_line(tail.strip())
    if credit is not None:
        for key, text in credit.fields.items():
            result.fields.setdefault(key, text)


def store_joint(result: Metadata, value: str) -> bool:
    """The value of a joint label: the names, the outlet and a site (``byline_values``)."""
    persons, outlet, site = split_joint(value)
    if site:
        result.fields.setdefault("site", site)
    if persons and not store_value(result, "author", persons):
        return False
    return store_value(result, "source", outlet)

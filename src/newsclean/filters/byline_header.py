"""A header line whose label is glued to its value: a bulletin board's post header, as
its web mirrors print it (``作者fatsuko (fa)``, ``時間Thu Jan 12 15:48:00 2012``, one a
line, the labels' separators lost in the copy).

**Model.**  With no separator, the value must say by its own shape which field it fills,
and the line must be nothing else: a time label (``时间``, ``日期``, ``發表時間``... of
``data/metadata_labels.txt``) glued to a date expression (``dates.py``'s grammar,
weekday and clock included) that runs to the end of the line; or an author label glued
to a person's name (a family name and a given name, ``byline_pieces.is_person_name``) or
to a board account (letters and digits, its nickname in brackets after it:
``fatsuko (fa)``, not stored: an account is no writer's name) filling the line; a label
of no field (``看板``, the board) glued to a name of that shape (``看板ChiLing``).  Prose
that opens with a label word (``时间过得真快``, ``作者认为，…``) has no such value and
stays prose; so does a time label glued to a date the line goes on after (``时间2025年
有所调整``).
"""

from __future__ import annotations

import regex

from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_pieces import Metadata, is_person_name
from newsclean.filters.labels import label_table

#: The longest label glued before its value that is tried.
MAX_LABEL = 6
#: A board account (and its nickname in brackets): a poster, not a name to store.
ACCOUNT = regex.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{1,19}(?:\s{1,2}[(（][^()（）]{1,20}[)）])?$")
TIME_FIELDS = frozenset({"published_at"})


def glued_header(line: str) -> Metadata | None:
    """The field of a header line whose label is glued to its value, or None.

    >>> glued_header("時間Thu Jan 12 15:48:00 2012").fields
    {'published_at': '2012-01-12T15:48:00+08:00'}
    >>> glued_header("作者詹遙").fields, glued_header("作者认为这是好事") is None
    ({'author': '詹遙'}, True)
    """
    line = line.strip()
    if len(line) < 3 or not ("\u4e00" <= line[0] <= "\u9fff"):
        return None
    table = label_table()
    for size in range(min(MAX_LABEL, len(line) - 1), 1, -1):
        label, value = line[:size], line[size:]
        field = table.get(label)
        if field is None or value[:1] in " \t:：/／|｜":
            continue  # a separator: the labelled grammar reads it
        if field in TIME_FIELDS:
            found = find_byline_date(value)
            if found is not None and found.start == 0 and not value[found.end :].strip():
                return Metadata({"published_at": found.iso}, [label])
            return None
        if field == "ignore":  # 看板ChiLing: the board's name, an account's shape
            return Metadata({}, [label]) if ACCOUNT.match(value) else None
        if field == "author":
            if is_person_name(value):
                return Metadata({"author": value}, [label])
            if ACCOUNT.match(value):
                return Metadata({}, [label])
            return None
        return None
    return None

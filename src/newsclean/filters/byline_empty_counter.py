"""A counter's label the template left empty, opening a byline row: no field.

**Model (round 38).**  A portal's row prints its statistics beside the byline's fields,
each a counted noun, a colon and its count (``阅读: 159``, ``点击数：1024``).  When the
script that fills the count failed, the label and its colon stand alone before the next
field (``阅读: 2023-01-02``, ``浏览：2023-01-02 10:00  作者：王辛``): the counter is still
the page's statistic with no value, no label of the date after it.  A row opening with a
counted noun (the furniture grammar's counter nouns, ``data/furniture_phrases.txt`` kind
counter, with their 数/量/次数), a colon and no number, then a date, is read from the date
on (``without_empty_counter``); the counter is read over, nothing stored.  A counter
followed by anything else (a word, a sentence) is left as printed.

Round 38 (mend): the date must close a byline row's field, so the line is otherwise a
byline row: after the date comes the line's end, a gap (two spaces, a tab, an ideographic
space, a bar or slash), or after one space the next field's label (``作者:王辛``).  A date
running on into words (``参与：2023年1月1日起施行的新规``, ``评论：2023年1月2日人民日报评论
员文章``) or one space and an unlabelled word (``留言：2023-01-02 10:20 网友张三``) is a
sentence opening with a counter word, and stays as printed.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.furniture_grammar import phrase_grammar
from newsclean.filters.labels import is_label, label_pattern
from newsclean.filters.lazy_pattern import lazy_regex

#: The separator after the counter's label, and the spaces before the next field.
_COLON = r"[ \t]{0,2}[:：][ \t\u3000]{0,4}"
#: What the date opens with: a digit (western or ROC years), or 民国/民國.
DATE_OPENING = lazy_regex(r"\d|民[国國]")
#: What closes a row's field after the date: the line's end or a gap.
FIELD_END = lazy_regex(r"[ \t\u3000]*$|[ \t]{2}|[\t\u3000]|[ \t]{0,2}[|｜丨/／]")


@cache
def _empty_counter() -> regex.Pattern[str]:
    nouns = sorted(phrase_grammar()["counter"], key=len, reverse=True)
    return regex.compile(rf"(?:{'|'.join(map(regex.escape, nouns))})(?:[數数量]|次[數数])?{_COLON}")


@cache
def _openings() -> frozenset[str]:
    return frozenset(noun[0] for noun in phrase_grammar()["counter"])


def without_empty_counter(line: str) -> str:
    """``line`` from its date on when an empty counter opens it (module docstring).

    >>> without_empty_counter("阅读: 2023-01-02"), without_empty_counter("点击数：2023年1月2日")
    ('2023-01-02', '2023年1月2日')
    >>> without_empty_counter("阅读: 159"), without_empty_counter("评论：2023年1月2日人民日报文章")
    ('阅读: 159', '评论：2023年1月2日人民日报文章')
    """
    if line[:1] not in _openings():
        return line
    found = _empty_counter().match(line)
    if found is None or DATE_OPENING.match(line, found.end()) is None:
        return line
    rest = line[found.end() :]
    date = find_byline_date(rest)
    if date is None or date.start != 0:
        return line
    return rest if _field_closed(rest, date.end) else line


def _field_closed(rest: str, end: int) -> bool:
    """Whether the date ending at ``end`` closes a row's field: the line's end, a gap, or
    (glued, or after one space) the next field's label (module docstring)."""
    if FIELD_END.match(rest, end) is not None:
        return True
    start = end + 1 if rest[end : end + 1] == " " else end
    label = label_pattern().match(rest, start)
    return label is not None and is_label(label)

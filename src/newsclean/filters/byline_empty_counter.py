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
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.furniture_grammar import phrase_grammar
from newsclean.filters.lazy_pattern import lazy_regex

#: The separator after the counter's label, and the spaces before the next field.
_COLON = r"[ \t]{0,2}[:：][ \t\u3000]{0,4}"
#: What the date opens with: a digit (western or ROC years), or 民国/民國.
DATE_OPENING = lazy_regex(r"\d|民[国國]")


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
    >>> without_empty_counter("阅读: 159"), without_empty_counter("阅读：原文")
    ('阅读: 159', '阅读：原文')
    """
    if line[:1] not in _openings():
        return line
    found = _empty_counter().match(line)
    if found is None or DATE_OPENING.match(line, found.end()) is None:
        return line
    rest = line[found.end() :]
    date = find_byline_date(rest)
    return rest if date is not None and date.start == 0 else line

"""What a byline prints beside its fields, read and set aside (split from
``byline_pieces.py`` by job: the pieces that are no field).

**A byline's page statistics and section.**  A page counter at the end of a byline (a
counted noun and its number, ``點閱 138 次``, ``阅读 (1234)``: ``furniture_grammar``'s
counter grammar) is the page's statistic, not a field: it is set aside before the pieces
are read; so are the statistics of a row of fields parted by middle dots that opens with
the date (``・2018/02/12 ・4850字 ・閱讀時間約 10 分鐘 ・八年級``: a length, a reading time,
a reading level; each a word, a number and a unit).  A section label
(``data/section_labels.txt``: a generic scope and a news noun, ``本地新闻``, ``国际要闻``,
or a bare channel name, ``要闻``) names where the story is filed, never who published
it: as a piece it is read and dropped, and it is never a source (``is_section_label``;
the labelled grammar and the source under a headline ask it too).  A number ending the
line right after a section is its view count, bare (an aggregator's row, ``2025年03月11日
18:42:07 國際 1153``): read and dropped; a bare number anywhere else is no piece.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.dates import with_variants
from newsclean.filters.furniture_grammar import counter_line


@cache
def section_words() -> dict[str, list[str]]:
    """The words of ``data/section_labels.txt`` by kind, every script."""
    kinds: dict[str, list[str]] = {}
    for kind, word in data_lines("section_labels.txt"):
        kinds.setdefault(kind, []).extend(with_variants(word))
    return kinds


@cache
def section_labels() -> frozenset[str]:
    """Every section label, every script (``data/section_labels.txt``: scope × noun and
    whole labels)."""
    kinds = section_words()
    return frozenset(
        [*kinds["label"], *(scope + noun for scope in kinds["scope"] for noun in kinds["noun"])]
    )


def is_section_label(text: str) -> bool:
    """A story's section, never a source: 本地新闻, 國際要聞, 要闻; not 台视新闻.

    >>> is_section_label("本地新聞"), is_section_label("要闻"), is_section_label("台视新闻")
    (True, True, False)
    """
    return text.strip() in section_labels()


# A row of fields parted by middle dots and the statistics among them: a word, a number
# (digits or Chinese numerals) and a unit (4850字, 阅读时间约 10 分钟, SR值 539, 三年级).
STAT_DOTS = "・·•"
STAT_SPLIT = regex.compile(r"[・·•]")
STAT_ITEM = regex.compile(
    r"^[\p{Han}A-Za-z]{0,8}\s?[\d一二三四五六七八九十百千万萬]{1,8}[\d.,]{0,6}\s?[\p{Han}A-Za-z%+]{0,4}$"
)
MAX_COUNTER = 40  # a page counter is short: its search looks at the line's end only
SECTION_COUNT = re.compile(r"\d{1,8}")


@cache
def _counter_tail() -> regex.Pattern[str]:
    """A page counter ending a line after a space (``點閱 138 次``)."""
    return regex.compile(r"[\s\u3000]{1,6}(?:" + counter_line().pattern + r")[\s\u3000]{0,3}$")


def without_statistics(line: str) -> str:
    """A row of fields parted by middle dots, opening with the date, without the page's
    statistics among them (module docstring).

    >>> without_statistics("・2018/02/12 ・4850字 ・阅读时间约 10 分钟 ・三年级")
    '2018/02/12'
    """
    if line[:1] not in STAT_DOTS:
        return line
    items = [item.strip() for item in STAT_SPLIT.split(line) if item.strip()]
    if not items or find_byline_date(items[0]) is None:
        return line
    return " ".join([items[0], *(item for item in items[1:] if not STAT_ITEM.match(item))])


def without_counter(line: str) -> str:
    """``line`` without a page counter at its end (module docstring).

    >>> without_counter("张国财 19/03/02 点阅 138 次")
    '张国财 19/03/02'
    """
    if not line or not (line[-1].isdigit() or line[-1] in "次)）+"):
        return line  # every counter ends in its number, 次 or a bracket
    found = _counter_tail().search(line, max(0, len(line) - MAX_COUNTER))
    return line[: found.start()] if found is not None else line

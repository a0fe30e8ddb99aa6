"""A publisher's own department named as a record row's origin (round 42).

**Model.**  A school's, a county's or a firm's site prints its record row as the date, the
publisher's name with no label, and an origin's label (出处, 来源) naming the unit *inside*
the publisher that wrote the item (``2014-09-16 10:02:32  通辽第五中学  出处:党政办公室``,
http://60.31.180.82:8085/news_view.asp?id=11152).  A department is named by its function
and its level alone: two to four Han characters of function and an organ's level of
``data/organ_endings.txt`` (kind ``organ``: 部, 处, 科, 办公室 …), no place before it (no
省, 市, 县, 区, 镇, 乡 or 村 in the function) and no media word (网, 报, 社 …): ``党政办公室``,
``宣传部``, ``教务处``.  Such a name says where in the publisher the text comes from, not
who published it, so when the row names an outlet before the label (unlabelled, read by the
byline grammar as the row's source) that outlet is the source, and the department's field
is left out of the row (``without_department``).

What stays as before: a labelled origin with a proper name (``来源:新华社``,
``来源:通辽市教育局``: a place, a media word) is the article's origin and wins over the
publisher; a department with no outlet before it is the only source the row gives.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Protocol

from newsclean.data import data_kinds
from newsclean.filters.lazy_pattern import lazy_regex

#: The origin's label closing a row, spaced from what precedes it, and its value.
ORIGIN_FIELD = lazy_regex(
    r"[ \t\u3000]+(?:出处|出處|来源|來源)[ \t]?[:：][ \t]?(?P<value>\p{Han}{3,8})[ \t\u3000]*$"
)
#: A department's function is this many Han characters (党政, 宣传, 学生工作).
FUNCTION_HAN = (2, 4)
#: Characters that make the function a place or an outlet: a proper name, no department.
NOT_FUNCTION = frozenset("省市县縣区區镇鎮乡鄉村网網报報社台刊")


class _Parsed(Protocol):
    fields: dict[str, str]


@cache
def _levels() -> tuple[str, ...]:
    """The organs' levels of ``data/organ_endings.txt``, the longest first."""
    return tuple(sorted(data_kinds("organ_endings.txt")["organ"], key=len, reverse=True))


def is_department(name: str) -> bool:
    """A department named by its function and level alone (module docstring).

    >>> is_department("党政办公室"), is_department("宣传部"), is_department("黨政辦公室")
    (True, True, True)
    >>> is_department("通辽市教育局"), is_department("新华社"), is_department("人民日报")
    (False, False, False)
    """
    level = next((word for word in _levels() if name.endswith(word)), None)
    if level is None:
        return False
    function = name[: -len(level)]
    low, high = FUNCTION_HAN
    return low <= len(function) <= high and NOT_FUNCTION.isdisjoint(function)


def without_department(line: str, parse: Callable[[str], _Parsed | None]) -> str:
    """``line`` without its closing origin field when that field names a department and
    the row before it names its outlet (``parse``: the byline grammar, reading a source).

    >>> class Row:
    ...     fields = {"source": "通辽第五中学", "published_at": "2014-09-16"}
    >>> without_department("2014-09-16  通辽第五中学  出处:党政办公室", lambda head: Row())
    '2014-09-16  通辽第五中学'
    >>> without_department("2014-09-16  通辽第五中学  来源:新华社", lambda head: Row())
    '2014-09-16  通辽第五中学  来源:新华社'
    """
    found = ORIGIN_FIELD.search(line)
    if found is None or not is_department(found["value"]):
        return line
    head = line[: found.start()].rstrip()
    parsed = parse(head) if head else None
    if parsed is None or not parsed.fields.get("source"):
        return line
    return head

"""A line that is one short unit printed again and again: a menu label a template repeats.

Model (round 23; ``navigation.classify_furniture`` asks ``repeated_unit`` first, at any
length, and ``structure.line_verdict`` lets such a line past its length limit).  A menu or
a carousel whose items the scrape flattened prints its label, in one language or two, many
times in one line, with or without a separator between the copies (``Collections馆藏``
twenty times, ``News | News | News``, ``首页 首页 首页 首页``).  The evidence is the
line's own shape, not its words: the whole line is one unit repeated at least
``MIN_COPIES`` times (the last copy may lose its trailing separator), and the unit is
short and holds no sentence mark, so it is a label and not a clause.

A story's repetition for emphasis stays: a chant keeps its marks (``加油!加油!加油!``,
``谢谢，谢谢，谢谢``), laughter or assent repeats one character (``哈哈哈哈``, ``是是是``),
and a sentence that repeats a word (``发展、发展、再发展``) is not a copy of one unit.
"""

from __future__ import annotations

from newsclean.filters.lazy_pattern import lazy_re

#: A repeated label is printed at least this many times.
MIN_COPIES = 3
#: A label is short: a unit longer than this is not one menu item.
MAX_UNIT = 32
#: The unit's text without its separators is at least this long (one character repeated is
#: laughter or assent).
MIN_UNIT_TEXT = 2
#: Past this length the line is not read (a 10 MB line is not a menu).
MAX_REPEAT_LINE = 4000
#: A sentence or clause mark inside the unit makes it a clause, not a label.
CLAUSE_MARK = lazy_re(r"[。！？!?，,；;：:、]")
#: What may stand between copies of a label.
SEPARATORS = " \u3000|｜/·•-_>»"


def repeated_unit(line: str) -> bool:
    """Whether ``line`` (stripped) is one short label repeated ``MIN_COPIES`` times or more.

    >>> repeated_unit("Collections馆藏" * 5), repeated_unit("新闻 | 新闻 | 新闻")
    (True, True)
    >>> repeated_unit("加油!加油!加油!"), repeated_unit("哈哈哈哈哈")
    (False, False)
    """
    text = line.strip()
    size = len(text)
    if size < MIN_COPIES * MIN_UNIT_TEXT or size > MAX_REPEAT_LINE:
        return False
    head = text[:2]
    # The cheapest question first: a repeated line holds its opening again, several times.
    if text.count(head) < MIN_COPIES:
        return False
    start = text.find(head, 1)
    while 0 < start <= MAX_UNIT and size // start >= MIN_COPIES - 1:
        if _copies(text, text[:start]):
            return True
        start = text.find(head, start + 1)
    return False


def _copies(text: str, unit: str) -> bool:
    """Whether ``text`` is ``unit`` repeated, its last copy perhaps without separators."""
    label = unit.strip(SEPARATORS)
    if len(label) < MIN_UNIT_TEXT or CLAUSE_MARK.search(unit) is not None:
        return False
    copies = len(text) // len(unit)
    if not text.startswith(unit * copies):
        return False
    tail = text[copies * len(unit) :]
    if tail:  # the last copy without its separator: 新闻 | 新闻 | 新闻
        if tail.strip(SEPARATORS) != label or not unit.startswith(tail):
            return False
        copies += 1
    return copies >= MIN_COPIES and len(set(label)) > 1

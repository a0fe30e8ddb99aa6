"""A byline label printed with its characters spaced apart: one label, read joined.

**Model (round 37).**  A template that justifies its labels to one width prints each
character of a label apart (``发 布 时 间：2019-09-07``, ``新 聞 來 源：人民網``,
``发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29``).  The label is the same word of
the label grammar (``labels.label_table``: every ``[prefix] stem [suffix]`` and whole
label in every script); only the layout changed.  A run of single Han characters, each
parted from the next by one space (ASCII or ideographic), not glued to Han on either
side, is read joined when its first two or more characters, joined, are a label of the
table of two characters or more (the longest such prefix) and the label ends the run (a
colon, a date, a value or the line's end follows it): the reading copy
(``with_spaced_labels_joined``) is what the byline grammar parses, the line itself is
untouched.  A spaced name (``责编:杨 宁``, ``作者:闻 喜``) joins to no label and stays as
printed; a one-character label (``文``) is never joined, since a spaced pair opening
with it (``文 王 辛``) cannot be told from a spaced name.

Round 37 (mend): a label's letters followed by *more spaced letters* are a spaced heading
(``记 者 手 记``, ``作 者 简 介``, ``来 源 于 生 活``, ``编 辑 部 的 故 事``,
``责 任 编 辑 的 话``): the template justified a heading's words, not a label.  The one
exception is a label and a spaced name in one run (``记 者 杨 宁  2022-01-27``): joined
when the rest is a person's name (``byline_pieces.is_person_name``: a family name and one
or two letters, no function character, ``credit_names.NOT_IN_NAMES``) and the line holds
another field beside the run (a date, a label: a row of fields).  Alone on its line, a
label and two letters (``作 者 简 介``) cannot be told from a heading, and stays one.  Only
the longest label prefix is asked (``来 源 于 生 活`` is no ``来源`` + ``于生活``).

Round 38: alone on its line, a label and a spaced name (``记 者 杨 宁``, ``撰 文 张 海 燕``)
is a credit too when the name is a person's (as above) and no heading word that reads
as one (``data/credit_headings.txt``: 简介, 连线); the other heading words after a label
(手记, 观察, 的故事, 于生活) are no names, and those headings stay.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.byline_pieces import is_person_name
from newsclean.filters.credit_names import NOT_IN_NAMES
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex

#: Single Han characters parted by one space each, not glued to Han at either end
#: (bounded: a label is six characters at most).
SPACED_RUN = lazy_regex(r"(?<!\p{Han})\p{Han}(?:[ \u3000]\p{Han}){1,6}(?!\p{Han})")
#: The cheap question first: two Han characters with one space between.
SPACED_PAIR = lazy_regex(r"\p{Han}[ \u3000]\p{Han}")


def _joined(run: str, in_row: bool) -> str:
    """``run`` with its longest label prefix joined when the label ends the run, or the
    rest is a spaced name in a row of fields (``in_row``), else ``run`` as printed."""
    letters = run[::2]
    table = label_table()
    for size in range(len(letters), 1, -1):
        if letters[:size] in table:
            rest = letters[size:]
            if rest and not _spaced_name(rest, alone=not in_row):
                return run  # 记 者 手 记, 编 辑 部 的 故 事: a spaced heading
            return letters[:size] + run[2 * size - 1 :]
    return run


@cache
def _heading_words() -> frozenset[str]:
    return frozenset(fields[0] for fields in data_lines("credit_headings.txt"))


def _spaced_name(letters: str, alone: bool) -> bool:
    """Whether ``letters`` (a spaced run's rest, joined) read as a person's name; alone on
    the line, no heading word (作 者 简 介)."""
    if alone and letters in _heading_words():
        return False
    return is_person_name(letters) and not NOT_IN_NAMES.intersection(letters)


def with_spaced_labels_joined(line: str) -> str:
    """``line`` with every label spaced letter by letter read joined (module docstring).

    >>> with_spaced_labels_joined("新 闻 来 源：人民网 发 布 时 间 2019-09-07")
    '新闻来源：人民网 发布时间 2019-09-07'
    >>> with_spaced_labels_joined("责编:杨 宁")
    '责编:杨 宁'
    >>> with_spaced_labels_joined("记 者 手 记")
    '记 者 手 记'
    >>> with_spaced_labels_joined("记 者 杨 宁  2022-01-27")
    '记者 杨 宁  2022-01-27'
    >>> with_spaced_labels_joined("记 者 杨 宁")
    '记者 杨 宁'
    """
    if SPACED_PAIR.search(line) is None:
        return line

    def joined(found: regex.Match[str]) -> str:
        beside = line[: found.start()] + line[found.end() :]
        return _joined(found.group(), in_row=bool(beside.strip(" \t\u3000")))

    return SPACED_RUN.sub(joined, line)

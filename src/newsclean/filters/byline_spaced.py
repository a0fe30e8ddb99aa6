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

Round 38 (mend): alone on its line, a label and spaced letters stay as printed, whatever
the letters read as.  The name model cannot part a spaced credit (``记 者 杨 宁``) from a
column's heading (``作 者 简 历``, ``记 者 游 记``, ``记 者 车 评``, ``记 者 方 阵``,
``记 者 万 里 行``): 简, 游, 车, 方, 万 are family names of the surname table, and the
heading word then reads as a family name and one or two given letters
(``credit_names.person_name``); a heading's word and a person's name are told apart only
by a row of fields beside them.  In a row, a name of three letters or more is read
joined (``撰 文 王 小 明  2022-01-27``: 王小明), as ``byline_pieces`` joins a spaced
piece (``记 者 王 小 明  2022-01-27``); a name of two keeps its space, as a row stores
it (``记 者 杨 宁  2022-01-27``: 杨 宁).
"""

from __future__ import annotations

import regex

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
            if rest and not (in_row and _spaced_name(rest)):
                return run  # 记 者 手 记, 作 者 简 历 alone: a spaced heading
            if len(rest) > 2:  # 王 小 明: read whole, as a row's spaced piece is
                return letters[:size] + run[2 * size - 1] + rest
            return letters[:size] + run[2 * size - 1 :]  # 杨 宁: as printed
    return run


def _spaced_name(letters: str) -> bool:
    """Whether ``letters`` (a spaced run's rest, joined) read as a person's name."""
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
    >>> with_spaced_labels_joined("记 者 杨 宁"), with_spaced_labels_joined("作 者 简 历")
    ('记 者 杨 宁', '作 者 简 历')
    """
    if SPACED_PAIR.search(line) is None:
        return line

    def joined(found: regex.Match[str]) -> str:
        beside = line[: found.start()] + line[found.end() :]
        return _joined(found.group(), in_row=bool(beside.strip(" \t\u3000")))

    return SPACED_RUN.sub(joined, line)

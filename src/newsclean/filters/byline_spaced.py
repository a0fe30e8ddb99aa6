"""A byline label printed with its characters spaced apart: one label, read joined.

**Model (round 37).**  A template that justifies its labels to one width prints each
character of a label apart (``发 布 时 间：2019-09-07``, ``新 聞 來 源：人民網``,
``发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29``).  The label is the same word of
the label grammar (``labels.label_table``: every ``[prefix] stem [suffix]`` and whole
label in every script); only the layout changed.  A run of single Han characters, each
parted from the next by one space (ASCII or ideographic), not glued to Han on either
side, is read joined when its first two or more characters, joined, are a label of the
table of two characters or more (the longest such prefix): the reading copy
(``with_spaced_labels_joined``) is what the byline grammar parses, the line itself is
untouched.  A spaced name (``责编:杨 宁``, ``作者:闻 喜``) joins to no label and stays as
printed; a one-character label (``文``) is never joined, since a spaced pair opening
with it (``文 王 辛``) cannot be told from a spaced name.
"""

from __future__ import annotations

from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex

#: Single Han characters parted by one space each, not glued to Han at either end
#: (bounded: a label is six characters at most).
SPACED_RUN = lazy_regex(r"(?<!\p{Han})\p{Han}(?:[ \u3000]\p{Han}){1,6}(?!\p{Han})")
#: The cheap question first: two Han characters with one space between.
SPACED_PAIR = lazy_regex(r"\p{Han}[ \u3000]\p{Han}")


def _joined(run: str) -> str:
    """``run`` with its longest label prefix joined, or ``run`` as printed."""
    letters = run[::2]
    table = label_table()
    for size in range(len(letters), 1, -1):
        if letters[:size] in table:
            return letters[:size] + run[2 * size - 1 :]
    return run


def with_spaced_labels_joined(line: str) -> str:
    """``line`` with every label spaced letter by letter read joined (module docstring).

    >>> with_spaced_labels_joined("新 闻 来 源：人民网 发 布 时 间 2019-09-07")
    '新闻来源：人民网 发布时间 2019-09-07'
    >>> with_spaced_labels_joined("责编:杨 宁")
    '责编:杨 宁'
    """
    if SPACED_PAIR.search(line) is None:
        return line
    return SPACED_RUN.sub(lambda found: _joined(found.group()), line)

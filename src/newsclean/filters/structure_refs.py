"""An English link label heading the article's own reference list (split from
``structure`` in round 47, by job: ``structure`` places lines, this reads one head).

Model (round 40).  An English label and its colon alone on a line (``Sources:``) reads as
a link label, furniture; when the next printed line continues it as a numbered list
(``1. WHO…``, ``[1] …``: ``marks.LIST_NUMBER``), the label heads the article's references
and stays with them.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.caption_layout import LineLike
from newsclean.filters.head_h1 import line_text
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.marks import LIST_NUMBER

#: An English label and its colon alone (``Sources:``), and a list's first item under it:
#: a number or a bracketed number opening the line (``1. WHO…``, ``[1] …``).
ENGLISH_LABEL = lazy_regex(r"[A-Za-z][A-Za-z ]{0,30}[:：]")
LIST_ITEM = lazy_regex(rf"\s*(?:{LIST_NUMBER})\s*\S")  # marks.LIST_NUMBER (round 42)


def heads_list(lines: Sequence[LineLike | None], i: int) -> bool:
    """An English link label with its colon that the next line continues as a numbered list
    (``Sources:`` over ``1. …``) heads the article's references, not a link (round 40)."""
    text = line_text(lines, i).strip()
    if text[-1:] not in ":：" or not ENGLISH_LABEL.fullmatch(text):
        return False  # most lines
    below = next((line.text for line in lines[i + 1 :] if line is not None and line.text), "")
    return LIST_ITEM.match(below) is not None

"""The heading of the page's comment box, read with the box under it.

Model (round 43b).  A CMS's article template closes the page with its comment box: a
heading (whose or which comments and the comment word, ``data/comment_heads.txt``: 用户评论,
网友评论, 最新评论, 热门留言) over the box's own lines (its count, ``已有0人评论``, its form's
button, ``发表评论``).  The box's lines are furniture by themselves (``navigation``); the
heading alone is one short noun phrase, which an article prints as a section heading too
(``网友评论`` over a story's quotes of readers' posts), so it goes only *over the box*: the
next line that is not blank is furniture (``classify_furniture``) holding a comment word.
The heading is the whole line (a bracket or a colon around it passed over), two words of
the table, whose and the comment word, in that order.  A heading over paragraphs of the
article (readers' quotes) stays, wherever it stands; so does a lone ``评论`` (one word, a
column's name).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Protocol

from newsclean.data import data_kinds
from newsclean.filters.navigation import classify_furniture

WORDS = "comment_heads.txt"
MAX_HEAD = 12
FRAME = " \u3000【】[]():：（）"


class Texted(Protocol):
    @property
    def text(self) -> str: ...


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    kinds = data_kinds(WORDS)
    return kinds["whose"], kinds["comment"]


def comment_head(line: str) -> bool:
    """Whether ``line`` is whose or which comments and the comment word, alone.

    >>> comment_head("用户评论"), comment_head("【网友评论】"), comment_head("评论")
    (True, True, False)
    """
    text = line.strip().strip(FRAME)
    if not text or len(text) > MAX_HEAD:
        return False
    whose, comment = _words()
    head = next((w for w in whose if text.startswith(w)), None)
    return head is not None and text[len(head) :] in comment


def _in_box(text: str, comment: tuple[str, ...]) -> bool:
    """A line of the comment box: furniture holding a comment word (已有0人评论)."""
    return any(word in text for word in comment) and classify_furniture(text) is not None


def comment_heads(lines: Sequence[Texted | None]) -> set[int]:
    """The comment box's headings among ``lines`` (None for a blank or removed line): each
    over a line of the box (module docstring)."""
    found: set[int] = set()
    head: int | None = None
    _, comment = _words()
    for i, line in enumerate(lines):
        if line is None or not line.text.strip():
            continue
        text = line.text
        if head is not None and _in_box(text, comment):
            found.add(head)
        head = i if comment_head(text) else None
    return found

"""A comment board's rules printed under the article: the site's terms for its readers' posts.

Model (round 44; ``furniture_leaks.leak_reason`` asks ``board_rule``, so ``navigation``
removes the line anywhere on the page).  A digital newspaper's article template (Founder's
ENP system, as People's Daily's e-paper prints it, and the county papers running the same
system) closes the page with its comment box, ``我要评报`` / ``留言须知``, and the board's
rules, a numbered list of fixed sentences with the site's name in a slot
(``2.人民网拥有管理笔名和留言的一切权力。``, ``3.您在大理时讯留言板发表的言论,大理时讯有权在网站
内转载或引用。``).  The frames are data (``data/comment_board_rules.txt``, from the template
itself); the slot is grammar: a name of 1-20 characters with no space or sentence mark, the
same name where a rule names the site twice.

A line is such a rule when, after an optional list number (``2.``, ``3、``), it is one frame
*whole* with its closing stop: the article's own sentence about comment rules has words the
frame lacks (``记者注意到,该网站称其拥有管理笔名和留言的一切权力。``: a subject and a verb of
reporting before the frame), so it stays; a comma's width is read either way (``，`` or ``,``).
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import lazy_re

#: A rule is one sentence of the template: short.
MAX_RULE_LINE = 80
NUMBER = lazy_re(r"\s*[0-9]{1,2}\s*[.、．)）]\s*")
#: The slot of the site's name.
NAME = r"[^\s，,。.;；!！?？、]{1,20}"
STOPS = "。. "


@cache
def _frames() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each frame's longest literal piece (a cheap test first) and its grammar."""
    frames = []
    for _kind, frame in data_lines("comment_board_rules.txt"):
        pieces = frame.split("{name}")
        pattern = ""
        for index, piece in enumerate(pieces):
            if index == 1:
                pattern += f"(?P<name>{NAME})"
            elif index > 1:
                pattern += "(?P=name)"
            pattern += re.escape(piece).replace("，", "[，,]")
        frames.append((max(pieces, key=len), re.compile(pattern)))
    return tuple(frames)


def board_rule(line: str) -> bool:
    """Whether ``line`` is one rule of a comment board (module docstring).

    >>> board_rule("2.人民网拥有管理笔名和留言的一切权力。")
    True
    >>> board_rule("3.您在大理时讯留言板发表的言论,大理时讯有权在网站内转载或引用。")
    True
    >>> board_rule("记者注意到,该网站称其拥有管理笔名和留言的一切权力。")
    False
    """
    if len(line) > MAX_RULE_LINE or ("留言" not in line and "法律责任" not in line):
        return False
    text = line.strip().rstrip(STOPS)
    if number := NUMBER.match(text):
        text = text[number.end() :]
    return any(piece in text and grammar.fullmatch(text) for piece, grammar in _frames())

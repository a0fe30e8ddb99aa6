"""A share box's steps: how to share the page through an app, printed under its QR code.

Model (round 38; ``furniture_menu.stacked_menus`` asks ``app_steps`` over the page's content
lines).  A site's share box tells the reader, step by step, how to pass the page on through
an app, in the app's words (``data/app_steps.txt``), and often breaks the sentence over two
lines: ``打开微信,点击底部的“发现”,`` / ``使用“扫一扫”即可将网页分享至朋友圈。``.  Every
clause (parted by commas, semicolons or stops) is one step:

* *open* an app (``打开微信``);
* *tap* a control, its place on the screen perhaps, the control's name in quotes or known
  (``点击底部的“发现”``);
* *use* a control (``使用“扫一扫”``), perhaps going on to the result;
* the *result*: the page (``网页``, ``本文``) sent to its readers (``即可将网页分享至朋友圈``).

Lines made whole of steps, one under the other (``MAX_STEP_LINES`` at most), are the box's
when the run holds the result, the page shared: a how-to story about an app says what it
finds there (``打开微信,点击底部的“发现”,进入小程序查询``: a clause of its own) and its steps
name no page sent, and stay.  A how-to story about the sharing itself (the headline
``如何把网页分享到朋友圈``) prints the act, shared to its readers, on another line of the
page: its steps are the story's and stay (mend, round 38).

>>> app_step_clauses("打开微信,点击底部的“发现”,")
(True, False)
>>> app_step_clauses("使用“扫一扫”即可将网页分享至朋友圈。")
(True, True)
>>> app_step_clauses("打开微信,点击底部的“发现”,进入小程序查询健康码")
(False, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.word_trie import word_pattern

#: A step line is short: a clause or three.
MAX_STEP_LINE = 48
#: The box's sentence is broken over a few lines at most.
MAX_STEP_LINES = 3
#: A control's name in quotes: a short word.
QUOTED = r"[“\"「『][^”\"」』\s]{1,6}[”\"」』]"
CLAUSE_MARKS = re.compile(r"[,，;；。.!！]+")


@cache
def _grammar() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    kinds = data_kinds("app_steps.txt")

    def w(kind: str) -> str:
        return word_pattern(kinds[kind])

    control = rf"(?:{QUOTED}|{w('control')})"
    result = rf"(?:{w('then')})?{w('page')}{w('share')}{w('to')}"
    steps = (
        rf"{w('open')}{w('app')}",
        rf"{w('tap')}(?:{w('place')})?{control}",
        rf"{w('use')}{control}(?:{result})?",
        result,
    )
    step = regex.compile("|".join(f"(?:{s})" for s in steps))
    return step, regex.compile(result), regex.compile(f"{w('share')}{w('to')}")


def app_step_clauses(text: str) -> tuple[bool, bool]:
    """Whether every clause of ``text`` is a step, and whether the line holds the result."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_STEP_LINE:  # lower-casing never shortens a line
        return False, False
    line = stripped.lower()
    if len(line) > MAX_STEP_LINE:
        return False, False
    step, result, _ = _grammar()
    clauses = [c for c in CLAUSE_MARKS.split(line) if c.strip()]
    if not clauses or not all(step.fullmatch(c.strip()) for c in clauses):
        return False, False
    return True, result.search(line) is not None


def app_steps(content: list[int], text_of: Callable[[int], str]) -> list[int]:
    """The content lines (in page order) of a share box's steps (module docstring): a run
    of consecutive step lines, ``MAX_STEP_LINES`` at most, one of them the result."""
    found: list[int] = []
    k = 0
    while k < len(content):
        run: list[int] = []
        shared = False
        while k < len(content) and len(run) < MAX_STEP_LINES:
            whole, result = app_step_clauses(text_of(content[k]))
            if not whole:
                break
            run.append(content[k])
            shared = shared or result
            k += 1
        if run and shared and not _act_printed(content, run, text_of):
            found += run
        k += 0 if run else 1
    return found


def _act_printed(content: list[int], run: list[int], text_of: Callable[[int], str]) -> bool:
    """Whether a line of the page outside ``run`` prints the act shared (分享到朋友圈)."""
    act = _grammar()[2]
    return any(act.search(text_of(n).lower()) for n in content if n not in run)

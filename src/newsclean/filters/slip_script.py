"""A character out of its line's script: local evidence of a slip beside a mark.

The model.  A page is written (or converted by its mirror, OpenCC s2t / t2s) in one
script: every character whose form differs between the scripts is in the page's form.
A byte slip reads new characters from the shifted pairs, and GBK holds both scripts, so
a slip in a traditional line lands on simplified forms as often as not: "嚴正看待" slipped
in GBK reads "嚴正创?" (B4B4 is 创), "槍擊事件" reads "槍擊录?".  Such a stretch is a
single character before the mark the lost byte left, too short to realign
(``realign``), and the character model judges it on its simplified form, where 创 after
正 is ordinary enough (about -9 nats).  What the model misses is the script: a
traditional line holds no simplified-only form (OpenCC would have converted it), so one
beside a mark is a character of the slip.  The same holds the other way round (a
traditional-only form in a simplified line).

A line counts as written in a script when it holds at least ``SCRIPT_EVIDENCE``
characters only that script writes, and none of the other script's but the one judged:
a line that mixes both (a mainland page quoting a Taiwan name, a Malaysian page's
simplified text with a traditional brand) decides nothing.  ``mojibake`` asks only for
the character before or after a mark, so a clean line (no mark) is never touched.

Round 43 (second wave): *a form a traditional standard writes itself* is no
simplified-only form.  s2t changes 里, 台, 床 alone, yet Taiwan's standard writes 床 and
峰 (s2tw keeps them), Hong Kong's writes 台 (s2hk), and every traditional text writes 里
in 公里 and 梅山里, 后 in 皇后, 于 in a name (OpenCC's own dictionaries keep them there).
Counted as simplified, they made a Taiwan paragraph (``梅山里、…復興里``) a mixed line,
and the slip in it (``太较?河床``, 平溪 read one byte off) went unflagged.  The table
(``data/simplified_only.txt``) leaves them out, each with the word that shows a
traditional standard writing it (``data/traditional_written.txt``, from OpenCC by
``tools/build_opencc_tables.py``): 104 characters of 3,875.
"""

from __future__ import annotations

import functools

from newsclean.data import data_lines
from newsclean.filters.charmodel import is_han, simplified_char

#: Characters of one script only a line needs before it counts as written in that script.
SCRIPT_EVIDENCE = 3


@functools.cache
def simplified_only() -> frozenset[str]:
    """Han characters only the simplified script writes: t2s keeps them, s2t makes one
    other character of each (``data/simplified_only.txt``, made from OpenCC by
    ``tools/build_opencc_tables.py``; loading OpenCC's s2t to ask it instead cost every
    process a tenth of a second)."""
    return frozenset(fields[0] for fields in data_lines("simplified_only.txt"))


@functools.lru_cache(maxsize=16384)
def _script(char: str) -> int:
    """1 for a traditional-only form, -1 for a simplified-only one, 0 for a character
    both scripts write (or not a Han character)."""
    if not is_han(char):
        return 0
    if simplified_char(char) != char:
        return 1
    return -1 if char in simplified_only() else 0


def line_scripts(text: str) -> tuple[int, int]:
    """How many traditional-only and simplified-only characters ``text`` holds (counted
    once per line, so that judging every mark of a long line stays linear)."""
    traditional = simplified = 0
    for char in text:
        kind = _script(char)
        traditional += kind == 1
        simplified += kind == -1
    return traditional, simplified


def off_script(text: str, index: int, counts: tuple[int, int] | None = None) -> bool:
    """Whether ``text[index]`` is in the other script than the rest of its line
    (``counts``: ``line_scripts(text)``, when the caller has it).

    >>> off_script("並指行動黨嚴正创?這次的事件", 7), off_script("并指行动党严正创?这次的事件", 7)
    (True, False)
    """
    if index < 0 or index >= len(text):
        return False
    own = _script(text[index])
    if own == 0:
        return False
    traditional, simplified = counts if counts is not None else line_scripts(text)
    mine, others = (traditional, simplified) if own == 1 else (simplified, traditional)
    # The judged character is the only one of its script, the other has evidence.
    return mine == 1 and others >= SCRIPT_EVIDENCE

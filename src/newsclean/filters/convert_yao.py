"""A converter's 幺 for 麼: the damage of an old GB converter, repaired from the page's
own evidence.  Used by ``page.Page.convert`` after OpenCC's pass.

Model (round 24).  Old traditional-to-simplified converters printed every 麼 as 幺 (什幺,
这幺, 干幺); OpenCC leaves 幺, a simplified character, as it is.  幺 is a word of its own
only as the youngest (幺妹, 幺儿, 老幺), the digit one read aloud (幺幺零) and in 幺蛾子 and
幺麽, so a *proof* pair no word holds (什幺, 怎幺, 甚幺: ``data/convert_yao.txt``) printed
anywhere on the page says its converter wrote 幺 for 麼.  On such a page only, 幺 right
after a *head* that 么 follows in a word (什, 怎, 这, 那, 多, 甚, 要, 干) is 么, unless it
opens a *word* of 幺 (这幺妹: this youngest sister, 那幺蛾子).  A page without a proof keeps
every 幺 (这幺妹 alone is a sister, not damage), and OpenCC's own answers are untouched:
its output never holds a proof pair (什麼 -> 什么, 老么 -> 老幺).

>>> yao_repaired(["为什幺要换?", "真的这幺讨厌 CISC 指令集", "家里的幺妹"])
['为什么要换?', '真的这么讨厌 CISC 指令集', '家里的幺妹']
>>> yao_repaired(["这幺妹是家里最小的"])
['这幺妹是家里最小的']
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.word_trie import word_pattern

NAME = "convert"
YAO = "幺"


@cache
def _words() -> dict[str, tuple[str, ...]]:
    return data_kinds("convert_yao.txt")


@cache
def _damaged() -> re.Pattern[str]:
    """幺 after a head, not opening a word of 幺."""
    words = _words()
    heads = "".join(words["head"])
    opened = word_pattern(word[1:] for word in words["word"])
    return re.compile(f"(?<=[{heads}]){YAO}(?!{opened})")


def proves_damage(lines: list[str]) -> bool:
    """A proof pair (什幺, 怎幺, 甚幺) printed on the page."""
    proofs = _words()["proof"]
    return any(YAO in line and any(p in line for p in proofs) for line in lines)


def yao_repaired(lines: list[str]) -> list[str]:
    """``lines`` with the converter's 幺 for 麼 made 么, on a page that proves the damage
    (module docstring); the lines as they are otherwise."""
    if not proves_damage(lines):
        return lines
    pattern = _damaged()
    return [pattern.sub("么", line) if YAO in line else line for line in lines]

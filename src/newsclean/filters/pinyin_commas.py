"""A mirror's comma before each punctuation mark: the half-width comma a glossing mirror
prints before the text's own marks.

Model (round 33).  Some mirrors that gloss a page (``pinyin``'s mirror pattern) also print
an ASCII comma right before most of the text's punctuation marks: ``15日零時01分,,我國``,
``預定軌道,。這是``, ``他頭部微仰,、眼睛``, ``憑什麼,?``, seven or eight marks in ten.
What makes the comma the mirror's, on any site, is the page: a comma glued before another
mark is no writing anyone does (a writer's ``,,`` is a slip, once or twice a page), but the
mirror does it throughout, before commas, stops and enumeration commas alike.  So on a page
whose glosses go (the mirror verdict) and that glues an ASCII comma before another mark
``MIN_GLUED`` times or more, before at least ``MIN_KINDS`` kinds of mark, every ASCII comma
glued after a character of text and before another mark is cut, and the writer's mark
stays.  A run of commas (``,,,``, an ellipsis typed with commas) is no glued comma, nor is a
comma between digits (``1,,2``, a table's empty field), nor one opening a line.

A page without glosses keeps its ``,,``: nothing there but the slip itself, which is the
author's to keep.  Round 28's reading of the same habit (``mojibake_marks.glued_comma``: a
"?" after such a comma is the writer's question mark) is the codec filters'; this module
only removes the comma.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.document import Evidence
from newsclean.filters.lazy_pattern import lazy_re

#: A page glues a comma before another mark this many times at least ...
MIN_GLUED = 4
#: ... before this many kinds of mark at least (``,,`` and ``,。``).
MIN_KINDS = 2
#: The marks a mirror's comma stands before: commas, stops, enumeration commas, question
#: and exclamation marks, colons and semicolons, both widths.
MARKS = ",，。；：！？、!?;:"
#: A comma glued after a character of text (no comma, space or digit: ``1,,2`` is a
#: table's empty field) and before a mark that is not itself followed by a comma (a run of
#: commas is an ellipsis).
GLUED = lazy_re(rf"(?<=[^\s,\d]),(?=[{MARKS}](?!,))")


def mirror_commas(texts: Sequence[str]) -> bool:
    """Whether the page glues an ASCII comma before its marks as a habit (module docstring).

    >>> mirror_commas(["15日零時01分,,我國衛星,。", "他頭部微仰,、眼睛閉起,,張大嘴,。"])
    True
    >>> mirror_commas(["他說,,我們走吧。", "好的,,再見。"])
    False
    """
    glued = 0
    kinds: set[str] = set()
    for text in texts:
        if "," not in text:  # the C-level gate: most lines of most pages hold none
            continue
        for found in GLUED.finditer(text):
            glued += 1
            kinds.add(text[found.end()])
            if glued >= MIN_GLUED and len(kinds) >= MIN_KINDS:
                return True  # the habit shown: the rest of the page is not read
    return False


def without_commas(text: str) -> tuple[str, int]:
    """``text`` without the mirror's glued commas, and how many went.

    >>> without_commas("15日零時01分,,我國衛星發射升空,,衛星準確進入預定軌道,。")
    ('15日零時01分,我國衛星發射升空,衛星準確進入預定軌道。', 3)
    >>> without_commas("等等,,,然後")
    ('等等,,,然後', 0)
    """
    if "," not in text:
        return text, 0
    return GLUED.subn("", text)


def cut(text: str, found: list[Evidence]) -> str:
    """``text`` without the mirror's glued commas, the cut noted in ``found``."""
    cleaned, count = without_commas(text)
    if count:
        found.append(Evidence("pinyin", "commas", "a mirror's comma before a mark", count=count))
    return cleaned

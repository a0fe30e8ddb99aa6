"""A line's punctuation, for the short stretches of a slip (``mojibake_marks``): whether it
writes its clauses with full-width marks (``full_width_line``), and a character whose second
byte leads a punctuation row (``punctuation_half``), so that a mark read one byte off
leaves it behind (``closing_lost``: the closing mark at the line's end, round 37).

Split from ``mojibake_marks`` by job (round 46); its docstring states the model (round 27,
*a clause break read one byte off*; round 37, *a closing mark lost at the line's end*).
"""

from __future__ import annotations

from newsclean.filters.charmodel import is_han

#: The full-width punctuation a line writes its clauses with, and how many of them make
#: its punctuation full-width (module docstring).
FULL_WIDTH_MARKS = "，。；：？！、"
MIN_FULL_WIDTH = 2
#: ASCII punctuation a writer who types "?" for a question types elsewhere too.
ASCII_CLAUSE_MARKS = ",;:!"


#: Lead bytes of the punctuation rows, per encoding: a character whose second byte is one
#: of them, read one byte on, begins a punctuation mark (module docstring).
PUNCTUATION_LEADS = {"gbk": b"\xa1\xa3", "big5": b"\xa1\xa2\xa3"}


def punctuation_half(char: str, encoding: str | None = None) -> bool:
    """Whether ``char`` in ``encoding`` (GBK or Big5 when None: either) ends in a byte
    that leads a punctuation row."""
    for name, leads in PUNCTUATION_LEADS.items():
        if encoding is not None and name != encoding:
            continue
        try:
            data = char.encode(name)
        except UnicodeEncodeError:
            continue
        if len(data) == 2 and data[1] in leads:
            return True
    return False


def full_width_line(text: str, least: int = MIN_FULL_WIDTH) -> bool:
    """Whether ``text`` writes its punctuation full-width (``least`` marks at least) and
    no ASCII clause mark."""
    if any(mark in text for mark in ASCII_CLAUSE_MARKS):
        return False
    return sum(text.count(mark) for mark in FULL_WIDTH_MARKS) >= least


def closing_lost(text: str) -> bool:
    """Whether a line of full-width prose ends in a Han character whose second byte leads
    a punctuation row (round 37): its closing mark read one byte off, the mark's own
    second byte dropped at the line's end (``碧空如洗。`` -> ``碧空缦础``: 础 is B4 A1, and A1
    A3 is 。).  A sign only: the realignment test judges the run before it."""
    last = text[-1:]
    return is_han(last) and punctuation_half(last) and full_width_line(text)

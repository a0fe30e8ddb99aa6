"""A cut of spam off a line's edge: the record every reader that cuts a stretch off a
line returns (the stretch cut, the text left, why: evidence ``spam cut``), and that cut
taken off the printed line when the line was read without a mirror's glosses.

Split from ``spam_prefix`` by job (round 46): the terms peeled off a headline there, the
frames and glued keywords of ``spam_frames``, ``spam_glued`` and the tail of ``spam_tail``
all return this one record; a line cut keeps its place.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class HeadCut:
    """Spam cut off the start of a line (terms peeled off a headline here, frames and glued
    keywords in ``spam_frames``) or off its end (``spam_tail``): the stretch cut, the text
    left, and why."""

    cut: str
    rest: str
    why: str


def printed_cut(cut: HeadCut, plain: str, line: str) -> HeadCut | None:
    """``cut`` of the line read without its glosses (``plain``) as a cut of the printed
    ``line``: the stretches cut off its edges printed so there (the glosses inside the
    headline stay for the pinyin filter), else None (a gloss inside a stretch cut); asked by
    ``spam_frames`` and ``spam_glued`` of a mirror's line."""
    begin = plain.find(cut.rest)
    if begin < 0:
        return None
    before, after = plain[:begin], plain[begin + len(cut.rest) :]
    if not line.startswith(before) or not line.endswith(after):
        return None
    return HeadCut(cut.cut, line[len(before) : len(line) - len(after)].strip(), cut.why)

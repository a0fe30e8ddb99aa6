"""The author's name printed again under the byline (round 23): an archive's link, an
author card, the name set once as a label's value and again on its own.

**Model (layout and the page's own evidence).**  A byline read in the page's head gives
the author (``作者: 张三``).  A line under it that is that name and nothing else (a line
mark before it allowed: ``☉张三``), reached from the byline through blank lines, other
metadata or other such echoes only, is the byline printed again: metadata, never body.
The walk stops at the first line that is anything else (the article's first line, a
headline, a sentence): a name alone further down the page is the story's (a heading, a
speaker), and a different name under the byline is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Callable

from newsclean.document import Evidence, Placement
from newsclean.filters.realign import LINE_MARKS

NAME = "structure"
#: A name line is short: at most this many characters.
MAX_ECHO_LENGTH = 24


def _same_name(text: str, author: str) -> bool:
    """Whether ``text`` is the author's value again (spaces and a line mark aside)."""
    probe = text.strip().lstrip("".join(LINE_MARKS) + "☉").strip()
    return len(probe) <= MAX_ECHO_LENGTH and probe.replace(" ", "") == author.replace(" ", "")


def place_author_echoes(
    text: Callable[[int], str],
    count: int,
    placements: list[Placement],
    evidence: list[Evidence | None],
    fields: dict[str, str],
) -> None:
    """Place the author's name printed again under the head's byline (module docstring);
    ``text(i)`` is line ``i``'s text, a line still ``blank`` is unplaced."""
    author = fields.get("author")
    if not author:
        return
    under_byline = False
    for i in range(count):
        line = text(i)
        if not line.strip():
            continue
        if placements[i] == "metadata":
            under_byline = under_byline or author in line
            continue
        if placements[i] != "blank" or not under_byline:
            continue
        if not _same_name(line, author):
            return  # the article, or another line: the byline's slot ends
        placements[i] = "metadata"
        evidence[i] = Evidence(NAME, "metadata", "the byline's author printed again")

"""Placing a line read as the story's record: the one tail of the head's record readers.

Several readers find lines that are the story's record without a label of their own: a
value under its bare label (``byline_pending``), a credit's place again under it
(``byline_dateline.place_tags``), a comment count alone over the article
(``byline_lone_count``), a template's unlabelled column (``byline_column``).  What they
found is placed the same way, here: metadata, no removal reason left on it, the evidence
of what was read (``structure``'s), and the page's content without the line.

A reader hands its findings as they come (an iterable of the line and what it read), so a
reader that walks on over the page sees each line it found already placed, as when each
placed its own.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableSequence

from newsclean.document import Evidence, Placement

NAME = "structure"


def place_as_record(
    found: Iterable[tuple[int, str]],
    content: list[int],
    placements: MutableSequence[Placement],
    evidence: MutableSequence[Evidence | None],
    reasons: MutableSequence[str | None] | None = None,
) -> list[int]:
    """Place each line of ``found`` (its index and what was read) as metadata, with no
    removal reason when ``reasons`` is given, and return ``content`` without them.

    >>> placed, why = ["blank"] * 3, [None] * 3
    >>> place_as_record([(1, "a count")], [0, 1, 2], placed, why)
    [0, 2]
    >>> placed[1], why[1].detail
    ('metadata', 'a count')
    """
    taken: set[int] = set()
    for i, read in found:  # placed before the reader reads on
        placements[i] = "metadata"
        if reasons is not None:
            reasons[i] = None
        evidence[i] = Evidence(NAME, "metadata", read)
        taken.add(i)
    return [i for i in content if i not in taken] if taken else content

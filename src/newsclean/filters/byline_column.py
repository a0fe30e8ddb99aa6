"""A template's byline fields printed one a line without their labels (round 43).

**Model (a CMS template's unlabelled record column).**  An article template prints the
record's fields from its variables, each in a cell of its own and some with no label before
them: the view count, the writer or source, the date.  A text copy sets each cell on a
line: ``0`` / ``不详`` / ``2017年05月23日`` under the headline (hjxtv.com, a county
television site: the count, *unknown* where the writer stands, the date).  The field the
editor left empty prints the CMS's default, a *placeholder value*
(``data/placeholder_values.txt``: 不详, 未知, 暂无, admin); so the placeholder alone on a
line is the evidence that the column is the record's, and the lines stacked with it that are
themselves lone field values (a bare count; a byline line the grammar read, the date) are
the rest of the column.  Round 46: a poster's *rank* (the user group a forum's software
prints where the poster's name would stand: 创始人, 版主) is such a value too, listed with
the placeholders: ``创始人`` / ``2025-05-24 20:02:22`` / ``0`` (cn.gangyiku.com).  The
column's layout is seen on two hosts so far (hjxtv.com, cn.gangyiku.com); the evidence it
rests on, the placeholder, is the CMS defaults' table, seen on many.

**Grammar.**  In the page head (above the first prose line), a *run* of lines with only
blank lines between them, each a lone value: a *count* (digits alone, ``MAX_COUNT_DIGITS`` at
most), a *placeholder* (a placeholder value whole, any case), or a line already placed as
the byline (metadata).  A run holding a placeholder and at least one other member is the
record column: its counts and placeholders are placed as metadata (no field: they name no
one).  A count alone, or stacked with a date only (a list's number over a dated item), is
left to the other readings; a placeholder alone is a head label, as before.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableSequence, Sequence

from newsclean.document import Evidence, Placement
from newsclean.filters.byline_values import placeholders
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.record_place import place_as_record
from newsclean.filters.title import first_prose

#: A view or comment count alone: digits only, a few of them.
MAX_COUNT_DIGITS = 7
#: A run is the record column when it holds this many lone values at least.
MIN_RUN = 2


def _kind(text: str, placed: Placement) -> str | None:
    """The lone value ``text`` is: count, placeholder or byline; None for any other line."""
    value = text.strip()
    if placed == "metadata":
        return "byline"
    if value.isascii() and value.isdigit() and len(value) <= MAX_COUNT_DIGITS:
        return "count"
    if value.lower() in placeholders():
        return "placeholder"
    return None


def place_unlabelled_column(
    lines: Sequence[LineLike | None],
    content: list[int],
    placements: MutableSequence[Placement],
    reasons: MutableSequence[str | None],
    evidence: MutableSequence[Evidence | None],
) -> list[int]:
    """Place the counts and placeholders of the head's unlabelled record column as metadata
    (module docstring) and return ``content`` without them.

    >>> from types import SimpleNamespace as L
    >>> page = [L(text="标题"), None, L(text="0"), None, L(text="不详"), None, L(text="正文。")]
    >>> placed = ["blank"] * 7
    >>> place_unlabelled_column(page, [0, 2, 4, 6], placed, [None] * 7, [None] * 7)
    [0, 6]
    """
    return place_as_record(
        _column_values(lines, content, placements), content, placements, evidence, reasons
    )


def _column_values(
    lines: Sequence[LineLike | None], content: list[int], placements: Sequence[Placement]
) -> Iterator[tuple[int, str]]:
    """The counts and placeholders of the head's record column, each with what was read."""
    in_content = set(content)
    head_end = first_prose(lines, content)
    taken: set[int] = set()
    run: list[tuple[int, str]] = []
    for i in range(head_end + 1):
        line = lines[i] if i < head_end else None
        if i < head_end and (line is None or not line.text.strip()):
            continue  # blank lines part no run
        kind = None if line is None else _kind(line.text, placements[i])
        if kind is not None and (kind == "byline" or i in in_content):
            run.append((i, kind))
            continue
        kinds = [k for _, k in run]
        if len(run) >= MIN_RUN and "placeholder" in kinds:
            taken.update(k for k, what in run if what != "byline")
        run = []
    for i in taken:
        yield i, "a template's record column: a lone value"

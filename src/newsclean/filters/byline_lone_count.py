"""A byline row's comment count left alone in the page head (round 38).

**Model (layout).**  A news page prints the story's record on one row under (or over) the
headline: the date, the source, the writer and the count of the story's comments
(``2025-08-28 來源: 有線新聞 評論3條``, ``香港政府新聞網 | 0條評論 | 查看/發表評論``).  A copy
that lost the row's fields (the date and source were links or scripts the scraper did not
keep) keeps the count alone on its line: ``评论3条``.  The count is the story's record, as
the row is (metadata, no field: it names no date, source or person), not the site's
navigation and never the headline.

A line is such a count when it is one Chinese comment item of ``byline_interface`` with a
number in it (a count, a measure word and the noun, either order: ``评论3条``, ``0条评论``),
nothing else, and it stands in the page head: before the page's first prose line.  A
comment link with no count (``查看/发表评论``), a share bar's button with its count in
brackets (``评论(3)``), and a count under the article (the comment box's) are left to the
furniture readings.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableSequence, Sequence

from newsclean.document import Evidence, Placement
from newsclean.filters.byline_interface import is_interface_item
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.record_place import place_as_record
from newsclean.filters.title import first_prose

MAX_COUNT_LINE = 12  # 评论12345条: the item and nothing else


def lone_comment_count(text: str) -> bool:
    """``评论3条`` / ``0條評論``: a Chinese comment count alone (module docstring).

    >>> lone_comment_count("评论3条"), lone_comment_count("0條評論")
    (True, True)
    >>> lone_comment_count("查看/发表评论"), lone_comment_count("评论(3)")
    (False, False)
    """
    return (
        len(text) <= MAX_COUNT_LINE
        and any(c.isdigit() for c in text)
        and any("\u4e00" <= c <= "\u9fff" for c in text)
        and not any(c in "(（" for c in text)
        and is_interface_item(text)
    )


def place_lone_counts(
    lines: Sequence[LineLike | None],
    content: list[int],
    placements: MutableSequence[Placement],
    reasons: MutableSequence[str | None],
    evidence: MutableSequence[Evidence | None],
) -> list[int]:
    """Place the lone comment counts over the page's first prose line as metadata (a
    line the counter reading removed as nav included) and return ``content`` without
    them."""
    return place_as_record(
        _lone_counts(lines, content, placements, reasons), content, placements, evidence, reasons
    )


def _lone_counts(
    lines: Sequence[LineLike | None],
    content: list[int],
    placements: Sequence[Placement],
    reasons: Sequence[str | None],
) -> Iterator[tuple[int, str]]:
    """The head's lone comment counts still blank or taken as nav, each with what was read."""
    for i in range(first_prose(lines, content)):
        line = lines[i]
        if line is None or not lone_comment_count(line.text):
            continue
        if placements[i] == "blank" or (placements[i] == "removed" and reasons[i] == "nav"):
            yield i, "the byline row's comment count, alone"

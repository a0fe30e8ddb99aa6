"""A widget's bare count beside the site's tools (round 47).

**Model (neighbours).**  A like or digg button prints its label as a picture and its count
as text; a copy that keeps no pictures keeps the count alone in brackets, ``(0)``, on the
line before the tools it stood with (the pager ``上一篇`` / ``下一篇`` of a clipping site,
https://dailyclipper.net/news/2021/08/19/97186/).  A number alone in brackets is no word of
writing and no item (an item's number has its text after it); what it counts is told by
its neighbour: when the next line the page prints is one the rules removed as the site's
tools (navigation or a share tool, not spam), the count is that widget row's, wherever it
stands, above the headline as under the article.  A bare count between two of the
article's lines (a paragraph next) stays; so does one whose neighbour is spam (the
injection is no sign of the site's widget).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.lazy_pattern import lazy_regex

#: A number alone in brackets, either width.
BARE_COUNT = lazy_regex(r"^[(（]\d{1,9}[)）]$")
#: What a bare count says in ``--explain``.
DETAIL = "a number alone in brackets over the site's tools: a button's counter, its label lost"
#: Placements of lines the page does not print (passed over to find the neighbour).
BLANK = "blank"


def bare_counts(
    text_of: Callable[[int], str],
    placements: Sequence[str],
    reasons: Sequence[str | None] = (),
) -> dict[int, str]:
    """Every bare count kept in the body whose next printed line the rules removed as the
    site's tools (module docstring), with its evidence."""
    found: dict[int, str] = {}
    for i, placement in enumerate(placements):
        if placement != "body" or BARE_COUNT.match(text_of(i).strip()) is None:
            continue
        j = next((k for k in range(i + 1, len(placements)) if placements[k] != BLANK), None)
        if j is not None and placements[j] == "removed" and reasons[j] in ("nav", "share"):
            found[i] = DETAIL
    return found

"""A site's top-bar date: the day the page is shown, not the day the story was written
(round 38).

**Model (layout).**  Many sites print today's date in their header bar, among the header's
other lines (a slogan, 投稿/广告/赞助, an e-paper's edition and library links), above the
story's headline: ``新西兰信报`` / ``星期六, 7 6 月, 2025`` / ``投稿/广告/赞助`` / the headline.
A story's own record stands under its headline, or right over it; the header's date has
the header's furniture between it and the headline.  So a date line read as the page's
date that is a bare date (no label, no other field: ``metadata`` detail ``date``), above
the headline, with a line the page head removed as furniture between it and the
headline, is the header's: it goes with the furniture (removed, ``nav``), and the page's
date is read from the next dated metadata line below it (a byline under the headline).
Without such a line the header's date must look like a header's: a day with no clock
(``2025年6月7日 星期六``, an e-paper's ``2024年03月13日`` over its edition line: the bar's
"today", the issue's day); a date with a clock over the page head's tool rows
(``2024-05-12 10:20`` / ``【字体:大 中 小】`` / the headline) is a record of the moment the
story was posted, printed above its headline, and the page has no other: it stays.
A bare date right over the headline, or over a byline line, stays the story's.

The header's row may also be read from above: a bare date right under the site's claim of
itself (``furniture_masthead.slogan_line``, removed as nav: the site's name and slogan, then
today's date), with no body line above it, is the header's too, headline or none (a page
that lost its headline keeps the header's rows over the story).  A bare date under the
headline, even with tool rows after it, is the story's; so is a bare date opening a page
(no masthead line over it).
"""

from __future__ import annotations

from collections.abc import MutableSequence, Sequence

from newsclean.document import Evidence, Placement
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.furniture_masthead import slogan_line
from newsclean.filters.line_judges import metadata_of

NAME = "structure"


def _bare_date(text: str) -> bool:
    metadata = metadata_of(text)
    return metadata is not None and not metadata.labels and set(metadata.fields) == {"published_at"}


def _under_slogan(
    lines: Sequence[LineLike | None], at: int, placements: Sequence[Placement]
) -> bool:
    """The nearest line over ``at`` is the site's removed claim of itself, and no body line
    stands over ``at``."""
    if any(lines[k] is not None and placements[k] == "blank" for k in range(at)):
        return False
    for k in range(at - 1, -1, -1):
        above = lines[k]
        if above is not None:
            return placements[k] == "removed" and slogan_line(above.text)
    return False


def place_masthead_date(
    lines: Sequence[LineLike | None],
    title: int | None,
    placements: MutableSequence[Placement],
    reasons: MutableSequence[str | None],
    evidence: MutableSequence[Evidence | None],
    fields: dict[str, str],
    read_at: dict[str, int],
) -> None:
    """Remove the header's date line (module docstring) and read the page's date again."""
    at = read_at.get("published_at")
    if at is None or (title is not None and at >= title):
        return
    line = lines[at]
    if line is None or placements[at] != "metadata" or not _bare_date(line.text):
        return
    later = _next_dated(lines, at, placements)
    if (
        (later is not None or _today_shaped(line.text))
        and title is not None
        and any(placements[k] == "removed" for k in range(at + 1, title))
    ):
        why = "the header's date, above the page head's furniture"
    elif _under_slogan(lines, at, placements):
        why = "the header's date, under the site's name and slogan"
    else:
        return
    placements[at], reasons[at] = "removed", "nav"
    evidence[at] = Evidence(NAME, "nav", why)
    del fields["published_at"], read_at["published_at"]
    if later is not None:
        fields["published_at"], read_at["published_at"] = later[0], later[1]


def _today_shaped(text: str) -> bool:
    """A day with no clock: the header bar's way of printing today (an issue's day)."""
    metadata = metadata_of(text)
    stamp = metadata.fields.get("published_at", "") if metadata is not None else ""
    return "T" not in stamp


def _next_dated(
    lines: Sequence[LineLike | None], at: int, placements: Sequence[Placement]
) -> tuple[str, int] | None:
    """The date of the first metadata line under ``at`` that has one, with its index."""
    for k in range(at + 1, len(lines)):
        other = lines[k]
        if other is None or placements[k] != "metadata":
            continue
        metadata = metadata_of(other.text)
        if metadata is not None and "published_at" in metadata.fields:
            return metadata.fields["published_at"], k
    return None

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
date is read from the next dated metadata line below it, if any (a byline under the
headline).  A bare date right over the headline, or over a byline line, stays the
story's.
"""

from __future__ import annotations

from collections.abc import MutableSequence, Sequence

from newsclean.document import Evidence, Placement
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.line_judges import metadata_of

NAME = "structure"


def _bare_date(text: str) -> bool:
    metadata = metadata_of(text)
    return metadata is not None and not metadata.labels and set(metadata.fields) == {"published_at"}


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
    if title is None or at is None or at >= title:
        return
    line = lines[at]
    if line is None or placements[at] != "metadata" or not _bare_date(line.text):
        return
    if not any(placements[k] == "removed" for k in range(at + 1, title)):
        return
    placements[at], reasons[at] = "removed", "nav"
    evidence[at] = Evidence(NAME, "nav", "the header's date, above the page head's furniture")
    del fields["published_at"], read_at["published_at"]
    for k in range(at + 1, len(lines)):
        other = lines[k]
        if other is None or placements[k] != "metadata":
            continue
        metadata = metadata_of(other.text)
        if metadata is not None and "published_at" in metadata.fields:
            fields["published_at"], read_at["published_at"] = metadata.fields["published_at"], k
            return

"""A publisher's name closing the article (round 12).

Some sites print the byline at the article's foot: hk01 copies end with the writer, the
date and the outlet one a line (``撰文: …`` / ``出版：…`` / ``中國時報``), and a copied story
often keeps only the last of them, the outlet's name alone on the line under the last
paragraph or its picture.  A media name alone (``metadata.source_line``: a bare name of
at most eight characters, and with ``headline`` a media name, ``title.is_site_name``,
never a section label) on the last line of the body,
under at least one prose paragraph, is then the source, when no line of the page named
one.  A media name inside the article, or above its last paragraph, stays text; so does
any other short line closing the article (a signature, a place, a heading).

Round 27: the name may be introduced by a word of attribution (据人民网, 據中新網, 转自X:
``metadata.source_line`` reads the name without it, ``provenance.unattributed``).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.document import Evidence, Placement
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.metadata import source_line
from newsclean.filters.title import is_prose


def closing_source(
    lines: Sequence[LineLike | None], body: list[int], placements: list[Placement]
) -> tuple[int, str] | None:
    """(line, source) when the last body line of ``body`` is a media name alone under the
    article (module docstring), else None."""
    placed = [i for i in body if placements[i] == "body"]
    if len(placed) < 2:
        return None
    last = lines[placed[-1]]
    if last is None or not any(is_prose((lines[i] or last).text) for i in placed[:-1]):
        return None
    name = source_line(last.text)  # a bare name's shape: 8 characters at most, no clause
    return (placed[-1], name) if name and source_line(name, headline=True) else None


def place_closing_source(
    lines: Sequence[LineLike | None],
    body: list[int],
    placements: list[Placement],
    evidence: list[Evidence | None],
    fields: dict[str, str],
) -> None:
    """Place the publisher's name closing the article as metadata and store it as the
    source, when no line of the page named one (``structure`` asks after the body)."""
    closing = None if "source" in fields else closing_source(lines, body, placements)
    if closing is not None:
        at, fields["source"] = closing
        placements[at] = "metadata"
        evidence[at] = Evidence("structure", "metadata", "a publisher's name closing the article")

"""An issuing office's masthead: the lines a bulletin prints over its office's row (round 41).

**Model (layout).**  An organisation's internal bulletin (简报, a party-work newsletter)
prints a masthead block over its record: the organisation's name, the bulletin's word,
its issue number and then the issuing office's row, each on a line of its own:
``中日友好医院党建工作`` / ``简 报`` / ``(16)`` / ``中日友好医院`` / ``党委办公室 2013年4月28日``.
The row is a byline whose issuer is a department of the organisation
(``byline_portal.organ_unit``: a party organ's office, the body it belongs to left out of
its name); the body it belongs to is the name printed alone right over it, and the issue
number alone over that, the bulletin's word letter-spaced over it (``简 报``) and the
series' name (the body's and its work's, ``中日友好医院党建工作``) on top.  So, walking up
from such a row, the lines right over it that are a name alone (two to twelve Han letters,
no mark: ``BODY_NAME``), an issue number alone (``(16)``, ``第16期``: ``ISSUE_NUMBER``) or
a word of two to four Han letters spaced apart (``SPACED_WORD``) are the masthead's, the
record's as the row is (metadata, stored nowhere), four lines at most; the walk stops at
the first line that is none of these and at a line another reading placed (the headline:
the page head judges a masthead word taken for it).
A row whose issuer names its body (国务院新闻办公室 2025-07-02) has no such masthead.
"""

from __future__ import annotations

from collections.abc import MutableSequence, Sequence

from newsclean.document import Evidence, Placement
from newsclean.filters.byline_portal import organ_unit
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.line_judges import metadata_of

NAME = "structure"

#: The organisation's name alone on its line: Han letters only, no mark.
BODY_NAME = lazy_regex(r"^\p{Han}{2,12}$")
#: An issue number alone: in brackets (half or full width) or 第N期.
ISSUE_NUMBER = lazy_regex(r"^(?:[(（]\d{1,4}[)）]|第\d{1,4}期|[(（]第\d{1,4}期[)）])$")
#: The bulletin's word, its letters spaced apart (简 报).
SPACED_WORD = lazy_regex(r"^\p{Han}(?:[ \t\u3000]{1,3}\p{Han}){1,3}$")
#: The masthead's lines over the row: series, word, issue number and body's name at most.
MAX_MASTHEAD_LINES = 4


def _office_row(text: str) -> bool:
    """Whether ``text`` is a dated row whose first piece is a department of an unnamed body."""
    pieces = text.split()
    if len(pieces) < 2 or not organ_unit(pieces[0]):
        return False
    metadata = metadata_of(text)
    return metadata is not None and "published_at" in metadata.fields


def place_issuer_masthead(
    lines: Sequence[LineLike | None],
    placements: MutableSequence[Placement],
    evidence: MutableSequence[Evidence | None],
) -> None:
    """Place as metadata the masthead lines over an issuing office's row (module docstring)."""
    for at, line in enumerate(lines):
        if line is None or placements[at] != "metadata" or not _office_row(line.text.strip()):
            continue
        taken = 0
        for k in range(at - 1, -1, -1):
            above = lines[k]
            if above is None:
                continue  # a blank line between the masthead's lines
            text = above.text.strip()
            if placements[k] not in ("body", "blank") or taken == MAX_MASTHEAD_LINES:
                break
            if not (BODY_NAME.match(text) or ISSUE_NUMBER.match(text) or SPACED_WORD.match(text)):
                break
            placements[k] = "metadata"
            evidence[k] = Evidence(NAME, "metadata", "an issuing office's masthead")
            taken += 1

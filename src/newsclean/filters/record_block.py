"""The record block: the lines a site prints with its record line (round 20).

**Model (layout: the record's place and the page's own paragraphs).**  A site's record of
the story — the date line under the headline, or the one closing the article — often
comes with more lines of the site's own: its name, its tagline, each alone on a line
(``SomePress`` / ``某某新闻资讯网站``).  No vocabulary names them across sites; what they
share is their place and their shape against the page's own paragraphs.  They stand on
the far side of the record line from the headline: between it and the first paragraph,
or, at the foot, below it to the end of the content; and none of them is prose — short
(at most ``MAX_BLOCK_LENGTH`` characters), no sentence mark, no complete sentence
(``foot_notices.is_paragraph``), where the page's paragraphs on the other side are prose.
Such a block of at most ``MAX_BLOCK`` lines is metadata with no field: the site's name
is no outlet of the story (the source field is the record's or a credit's).

What stays: a subtitle stands between the headline and the record line, or opens with a
dash (``——记…``); a real one-line paragraph has a sentence mark or ends as a sentence; a
caption's wording (``captions.caption_cue``) is a caption's; a line between paragraphs is
never in a block; a run of more than ``MAX_BLOCK`` such lines, or one broken by a line of
prose, is no block; an enumerator (``(一)``: under three letters) opens a section.

Round 24: a blog theme's record prints its items one a line, each after an icon; a copy
that lost the icon font prints the icon as a question mark alone on its line (``2023年11月8日 ?``
/ ``admin`` / ``?`` / ``資訊臺``: ``record_line.LOST_ICON``).  Such a line between block
lines is the block's (metadata, whatever filter removed it as a bare mark), and counts
for nothing: the block is still its named lines, at most ``MAX_BLOCK``.

Under the headline the block ends at the first line with a sentence mark (a caption
over the first paragraph, ``…报道组。 陆欣 摄``, is no block line and ends it); round 21,
at the foot too: a line with a sentence mark under the block (the site's comment form or
a notice speaking to the reader, ``您的电子邮箱地址不会被公开。…``) ends it and is left to
its own filters, so the writer's credit between the record and that line
(``某某新闻志工某某报导``) is the record's.

The record line is *bare*: a date and nothing else but digits and marks (``2014-03-05``,
``21/11/20 ?`` with a lost icon's question mark: the date of a byline's slot,
``byline_dates.find_byline_date``, round 24);
a byline of names alone anchors no block.  A record that names its outlet or writer on
its line (``2025-01-08 来源：澳门日报``) is whole, not split over lines, and a short line
under it is the story's (a dateline lead, a name the article speaks of).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from newsclean.document import Evidence, Placement
from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.captions import caption_cue
from newsclean.filters.foot_notices import Lined, is_paragraph
from newsclean.filters.head_record import NAME
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.record_line import LOST_ICON, SENTENCE_MARKS

#: A block is a few lines: the site's name, its tagline.
MAX_BLOCK = 3
#: A block line is a name or a tagline, not a clause.
MAX_BLOCK_LENGTH = 24
#: A subtitle opens with a dash.
DASHES = ("—", "－", "-", "─", "–")
#: A name holds letters: an enumerator (``(一)``, ``3.``) opening a section is none.
LETTERS = lazy_regex(r"\p{L}")
MIN_LETTERS = 3


def no_prose(text: str) -> bool:
    """A line of a record block by its shape (module docstring).

    >>> no_prose("环球华文资讯网站")
    True
    >>> no_prose("会议持续了三个小时。")
    False
    >>> no_prose("——记全国劳动模范王建国")
    False
    """
    return (
        len(text) <= MAX_BLOCK_LENGTH
        and not text.startswith(DASHES)
        and len(LETTERS.findall(text)) >= MIN_LETTERS
        and SENTENCE_MARKS.search(text) is None
        and not is_paragraph(text)
        and caption_cue(text) is None
    )


def _text(lines: Sequence[Lined | None], i: int) -> str:
    return lines[i].text  # type: ignore[union-attr]


def _icon(i: int, lines: Sequence[Lined | None]) -> bool:
    """A lost icon's line (``?`` alone: ``record_line.LOST_ICON``), whoever removed it."""
    return LOST_ICON.fullmatch(_text(lines, i)) is not None


def _block(run: list[int], lines: Sequence[Lined | None], placements: list[Placement]) -> list[int]:
    """The block in ``run`` (the lines after the record line, in order), or none; a lost
    icon's line among them is the block's and counts for nothing."""
    icons = [i for i in run if _icon(i, lines)]
    block = [i for i in run if placements[i] == "blank" and i not in icons]
    if not block or len(block) > MAX_BLOCK or not all(no_prose(_text(lines, i)) for i in block):
        return []
    return sorted(block + [i for i in icons if i < block[-1]])


def _to_sentence(run: list[int], lines: Sequence[Lined | None]) -> list[int]:
    """The lines of ``run`` before its first line of prose, when that line has a
    sentence mark (a caption over the first paragraph, the site's form or notice under
    the record at the foot: the block ends there); none when the run is broken by a line
    with no mark that is no block line."""
    ends = next(
        (k for k, i in enumerate(run) if not (no_prose(_text(lines, i)) or _icon(i, lines))),
        len(run),
    )
    if ends == len(run) or SENTENCE_MARKS.search(_text(lines, run[ends])):
        return run[:ends]
    return []


def _record(i: int, lines: Sequence[Lined | None], placements: list[Placement]) -> bool:
    """A bare record line: metadata holding a date and no word (module docstring)."""
    if placements[i] != "metadata" or (found := find_byline_date(text := _text(lines, i))) is None:
        return False
    return LETTERS.search(text[: found.start] + text[found.end :]) is None


def place_record_block(
    lines: Sequence[Lined | None],
    title: int | None,
    paragraphs: tuple[int, int] | None,
    placements: list[Placement],
    evidence: list[Evidence | None],
) -> None:
    """Place the record blocks under the headline and at the foot (module docstring) as
    metadata; run after the record lines are placed, before the body is.  ``paragraphs``
    are the positions of the first and last prose paragraphs under ``title``, found by
    ``head_record.place_record_lines`` on its walk of the same slot (None: no prose).
    Nothing is built per line of the page (a page of 50,000 short lines stays compact):
    the walks take at most ``MAX_BLOCK + 1`` lines past a record line."""
    if paragraphs is None:
        return
    start = -1 if title is None else title
    opens, closes = paragraphs
    count = len(lines)

    def placed(i: int) -> bool:
        line = lines[i]
        return line is not None and bool(line.text) and placements[i] in ("blank", "metadata")

    def lying(i: int) -> bool:  # a line of a block: blank, or a lost icon's, removed or not
        line = lines[i]
        if line is None or not line.text:
            return False
        return placements[i] == "blank" or (placements[i] == "removed" and _icon(i, lines))

    found: list[tuple[int, str]] = []
    head = [i for i in range(start + 1, opens) if placed(i) and _record(i, lines, placements)]
    if head:  # the lines between the record line and the first sentence
        after = (i for i in range(head[-1] + 1, opens) if lying(i))
        run = _to_sentence(list(islice(after, 2 * MAX_BLOCK + 2)), lines)
        found += [(i, "under the headline") for i in _block(run, lines, placements)]
    record = next(
        (i for i in range(closes + 1, count) if placed(i) and _record(i, lines, placements)), None
    )
    if record is not None:  # the lines below the record line closing the article
        after = (i for i in range(record + 1, count) if lying(i))
        run = _to_sentence(list(islice(after, 2 * MAX_BLOCK + 2)), lines)
        found += [(i, "closing the article") for i in _block(run, lines, placements)]
    for i, where in found:
        placements[i] = "metadata"
        what = "a lost icon" if _icon(i, lines) else "no prose"
        evidence[i] = Evidence(NAME, "metadata", f"printed with the record line {where}: {what}")

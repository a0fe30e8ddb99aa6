"""The page's record line: a date, with at most a name or a section word beside it,
between the headline and the article's first paragraph, or under its last (round 19).

**Model (layout, not vocabulary).**  Under a headline and above the first prose paragraph
a site prints its record of the story: when, and at most who or which outlet.  A line in
that slot that is a record line by its grammar (``record_line``: a date and record pieces
only) is that record: metadata, never body.  A clean page keeps its text intact only if
this line leaves the body, whatever form its date takes; in the record slot only, a date
only a byline prints and a day-last date ordered by the page's evidence are read
(``record_line``, ``record_dates``).  The same line closing the article, under its last
paragraph (at most ``MAX_RECORD_SLOT`` lines below it; a notice closing the page is none,
round 28), is the record printed at the foot (``报导 | by 刘懿德 | 20190920``); between
paragraphs there is no record slot: a short dated line there is the story's.  Round 28:
the line right under the headline is in the slot however many head lines (an issue label,
a caption) stand below it; a writer's name alone right over the record line under the
headline (``崔虹`` / ``2016年2月23日 16:12 本文熱度 6717``) is the record's first line, its
author.  Round 21: a row of the date and the page's counters (``2024/03/05 · 阅读 1,208``)
that the furniture took (a tool row, removed before the record is read) still dates the
article when no other line gives a date: the date of the first such row under the headline
is read, the row stays removed; round 29: or right under the last paragraph; a post number
alone over the record line (``1 :`` / ``GS(14)@2016-06-01``: ``record_pieces.POST_NUMBER``)
is part of the record.  A date alone on its line is the record deeper in the head, under
stacked labels (``MAX_BARE_SLOT``).

**A bulleted record** (round 27).  A reader theme prints the record's items one a line,
each after the same bullet (``- 大洋網`` / ``- 15字`` / ``- 2025年5月28日週三``; an e-book
reader's ``- 书名`` / ``- 作者`` / ``- 15字`` / ``- 时间``): the lines right under the
headline, each opening with one bullet mark, one of them dated, are one record split over
lines when every other item is a record's piece (a person's name, an outlet's name, a
section word) or a count of the page's (``15字``: ``byline_asides.STAT_ITEM``).  A
bulleted list of points holds clauses and stays; a run with no date is no record, unless it
holds the poster's IP address (round 46: the theme's empty writer and date items left out,
``  • 1.169.123.130`` alone closes the post; four numbers 0-255 joined by dots after a bullet
are a board's record of its poster, the date's part of the evidence, a lone item enough;
a list of two addresses or more, a tech article's servers, is no record).

The record line's grammar (its pieces, a lost icon, its date, a masthead row) is
``record_line`` (round 35, split from this module).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.document import Evidence, Placement
from newsclean.filters.byline_asides import STAT_ITEM
from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_pieces import BULLET, is_person_name
from newsclean.filters.foot_notices import Lined, is_paragraph
from newsclean.filters.record_dates import (
    DAY_LAST,
    bare_date,
    match_order,
    open_order,
)
from newsclean.filters.record_line import (
    SENTENCE_MARKS,
    counted,
    listed,
    record_fields,
    record_piece,
    record_reading,
)
from newsclean.filters.record_pieces import (
    IP_ADDRESS,
    POST_NUMBER,
    quiet_piece,
)
from newsclean.filters.record_slot import (
    MAX_RECORD_SLOT,
    closing_notice,
    over_record,
    removed_under,
    team_credit,
    under_byline,
    writer_line,
)

NAME = "structure"

#: A date alone on its line is the record this deep in the head (under stacked labels).
MAX_BARE_SLOT = 6


#: A bulleted record is a few lines: the outlet, the writer, a count, the date.
MAX_BULLETED = 5


def _bulleted_record(
    lines: Sequence[Lined | None], start: int, stop: int, placements: list[Placement]
) -> tuple[list[int], list[tuple[int, tuple[str, str] | None]]] | None:
    """The lines of a bulleted record right under the headline, and its unplaced ones each
    with its field (None: a count), or None when the lines there are no such record."""
    run: list[int] = []
    for i in range(start + 1, stop):
        line = lines[i]
        if line is None or not line.text.strip() or placements[i] == "removed":
            continue
        if BULLET.match(line.text.strip()) is None or placements[i] not in ("blank", "metadata"):
            break
        run.append(i)
    # the poster's IP: one address (a list of servers, ``• 8.8.8.8`` / ``• 223.5.5.5``: none)
    addressed = sum(IP_ADDRESS.fullmatch(_item(lines, i)) is not None for i in run) == 1
    if not 2 - addressed <= len(run) <= MAX_BULLETED:
        return None
    marks = {lines[i].text.strip()[:1] for i in run}  # type: ignore[union-attr]
    items: list[tuple[int, tuple[str, str] | None]] = []
    dated = False
    for i in run:
        piece = _item(lines, i)
        if find_byline_date(piece) is not None:
            dated = True
            continue  # the date line: the byline's or the record line's, read there
        if placements[i] != "blank":
            continue
        if SENTENCE_MARKS.search(piece):
            return None
        if any(ch.isdigit() for ch in piece) and (STAT_ITEM.match(piece) or quiet_piece(piece)):
            items.append((i, None))  # 15字, 1.169.123.130: a count, the poster's IP
        elif (what := record_piece(piece)) is not None:
            items.append((i, what if what[0] else None))
        else:
            return None
    return (run, items) if (dated or addressed) and len(marks) == 1 and items else None


def _item(lines: Sequence[Lined | None], i: int) -> str:
    """A bulleted line's item, without its bullet."""
    return BULLET.sub("", lines[i].text.strip()).strip()  # type: ignore[union-attr]


def place_record_lines(
    lines: Sequence[Lined | None],
    content: list[int],
    title: int | None,
    placements: list[Placement],
    evidence: list[Evidence | None],
    fields: dict[str, str],
) -> tuple[int, int] | None:
    """Place the record lines of the two slots (module docstring) as metadata: under
    ``title`` above the first paragraph, and under the last paragraph.  Return the
    positions of the first and last prose paragraphs under ``title`` (None: no prose),
    the walk ``record_block`` needs too: a record line is never prose, so placing one
    moves neither."""
    start = -1 if title is None else title
    if title is not None and (reclaimed := over_record(lines, title, placements)) is not None:
        at, field, value = reclaimed  # round 30: 崔虹 / 发布时间:…, 透視報 / 最後更新︰…
        placements[at] = "metadata"
        evidence[at] = Evidence(NAME, "metadata", f"the record's first line: {field} {value}")
        fields.setdefault(field, value)
    slot = [i for i in content if i > start and placements[i] == "blank"]
    texts = [lines[i].text for i in slot]  # type: ignore[union-attr]
    prose = [k for k, text in enumerate(texts) if is_paragraph(text)]
    if not prose:
        return None
    opens, closes = prose[0], prose[-1]
    head = range(opens) if opens <= MAX_RECORD_SLOT else range(min(opens, 1))  # right under
    ends = next(k for k in reversed(prose) if k == opens or not closing_notice(texts, k))
    foot = range(ends + 1, len(slot)) if len(slot) - ends - 1 <= MAX_RECORD_SLOT else range(0)
    deep = range(len(head), opens) if MAX_RECORD_SLOT < opens <= MAX_BARE_SLOT else range(0)
    article = texts[opens]  # the whole article and page only for a day-last date's order
    page: tuple[str, ...] = ()
    for k, where in [
        *((k, "under the headline") for k in head),
        *((k, "closing the article") for k in foot),
        *((k, "alone under the headline") for k in deep),
    ]:
        if under_byline(lines, slot[k], placements):
            evidence[slot[k]] = Evidence(NAME, "metadata", "a card's counters under its byline")
            continue  # round 29: 550 0 0 under AIGC动态5个月前发布 总统府
        found = record_fields(texts[k], article, page)
        ambiguous = DAY_LAST.search(texts[k])
        if found is not None and ambiguous and not page:  # read it again with the page
            article = "\n".join(texts[j] for j in prose)
            page = tuple(line.text for line in lines if line is not None and line.text)
            found = record_fields(texts[k], article, page)
        team = team_credit(texts[k]) if found is None and k == opens - 1 and k in head else None
        if team is not None and "author" not in fields:  # round 30: 何青 王詩穎 陳奧男
            placements[slot[k]] = "metadata"
            evidence[slot[k]] = Evidence(NAME, "metadata", "a team credit over the article")
            fields["author"] = team
            continue
        if found is None or (k in deep and not bare_date(texts[k])) or listed(texts, k):
            continue
        placements[slot[k]] = "metadata"
        detail = f"the record line {where}"
        if ambiguous and open_order(ambiguous):
            order, why = match_order(ambiguous, page, article)
            detail += f"; its date read {order}: {why}" if order else f"; its date unread: {why}"
        evidence[slot[k]] = Evidence(NAME, "metadata", detail)
        for key, value in found.items():
            fields.setdefault(key, value)
        if k and placements[slot[k - 1]] == "blank" and POST_NUMBER.fullmatch(texts[k - 1].strip()):
            placements[slot[k - 1]] = "metadata"  # round 29: the post's number over its record
            evidence[slot[k - 1]] = Evidence(NAME, "metadata", "the post number over the record")
        elif k and k in head and placements[slot[k - 1]] == "blank" and writer_line(texts[k - 1]):
            placements[slot[k - 1]] = "metadata"  # round 28: the writer alone over the record
            evidence[slot[k - 1]] = Evidence(NAME, "metadata", "the writer over the record line")
            if is_person_name(name := texts[k - 1].strip()):
                fields.setdefault("author", name)
    for bulleted in (
        _bulleted_record(lines, start, slot[opens], placements),
        _bulleted_record(lines, slot[ends], len(lines), placements),  # round 29: the foot's
    ):
        if bulleted is None:
            continue
        run, items = bulleted
        for i, what in items:
            placements[i] = "metadata"
            evidence[i] = Evidence(NAME, "metadata", "an item of a bulleted record")
            if what is not None:
                fields.setdefault(*what)
        for i in run:  # a field read from an item with its bullet (- 大洋网): the mark is
            raw = lines[i].text.strip()  # type: ignore[union-attr]  # the record's, no name
            for key, value in fields.items():
                if value == raw:
                    fields[key] = BULLET.sub("", raw).strip()
    if "published_at" not in fields:  # a counter row the furniture took holds the date
        for i in [*range(start + 1, slot[opens]), *removed_under(lines, slot[closes], placements)]:
            line = lines[i]
            if line is None or placements[i] != "removed":
                continue
            read = record_reading(line.text, texts[opens])
            if read and read[0].get("published_at") and counted(line.text, read[1]):
                fields["published_at"] = read[0]["published_at"]
                was = evidence[i]
                action, detail = (was.action, was.detail + "; ") if was else ("removed", "")
                evidence[i] = Evidence(NAME, action, detail + "a counter row: its date read")
                break
    return slot[opens], slot[closes]

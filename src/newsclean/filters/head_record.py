"""The page's record line: a date, with at most a name or a section word beside it,
between the headline and the article's first paragraph, or under its last (round 19).

**Model (layout, not vocabulary).**  Under a headline and above the first prose paragraph
a site prints its record of the story: when, and at most who or which outlet.  A line in
that slot that holds a date and nothing else but *pieces* — split at spaces, bars
(``|`` ``｜`` ``丨``) and marks (``◆`` ``◇`` ``•`` ``·``) — each of which is a person's name
(``byline_pieces.is_person_name``, with or without an English ``by``), a site or outlet's
name (``title.is_site_name``) or, opening the line, a section word (one to four Han
characters and nothing else: 报导, 港闻) or, round 20, a *counter* of the page's own
activity (``furniture_counters.counter_reason``: ``2052次閱讀``, ``Views: 1,234``,
``12 comments``: the template's statistics printed beside the date, any site's wording
the counter grammar reads), is that record: metadata, never body.  A clean
page keeps its text intact only if this line leaves the body, whatever form its date
takes; a subtitle, a quote or a sentence under the headline has a sentence mark or a piece
of prose and stays; a date glued to a word (参考消息网2026-01-30号报道) is in a phrase.
The same line closing the article, under its last paragraph (at most ``MAX_RECORD_SLOT``
lines below it; a notice closing the page is none, round 28), is the record printed at
the foot (``报导 | by 刘懿德 | 20190920``); between paragraphs there is no record slot:
a short dated line there is the story's.  Round 28: the line right under the headline is
in the slot however many head lines (an issue label, a caption) stand below it; a
writer's name alone right over the record line under the headline (``崔虹`` /
``2016年2月23日 16:12 本文熱度 6717``) is the record's first line, its author.
A number beside the date that the counter grammar does not read as the page's own
(``2025年8月28日 3人受伤``) is a piece of prose, and the line stays.  Round 21: a row of
the date and the page's counters (``2024/03/05 · 阅读 1,208``) that the furniture took
(a tool row, removed before the record is read) still dates the article when no other
line gives a date: the date of the first such row under the headline is read, the row
stays removed; round 29: or right under the last paragraph, the counter spaced by one
space too (``閱讀:420 2025-09-24``); a post number alone over the record line (``1 :`` /
``GS(14)@2016-06-01``: ``record_pieces.POST_NUMBER``) is part of the record.

**A lost icon** (round 24).  A blog theme draws an icon before each of its record's
items (a calendar before the date, a person before the poster, a folder before the
channel) in an icon font; a copy that lost the font prints each icon as a lone question
mark (``2023年11月8日 ?``, ``?`` alone on a line, or U+FFFD).  A question mark ends a
question glued to its words; standing alone as a piece of the record, spaced from the
date, it says nothing and is part of the record, no field (``LOST_ICON``).

**A bulleted record** (round 27).  A reader theme prints the record's items one a line,
each after the same bullet (``- 大洋網`` / ``- 15字`` / ``- 2025年5月28日週三``; an e-book
reader's ``- 书名`` / ``- 作者`` / ``- 15字`` / ``- 时间``): the lines right under the
headline, each opening with one bullet mark, one of them dated, are one record split over
lines when every other item is a record's piece (a person's name, an outlet's name, a
section word) or a count of the page's (``15字``: ``byline_asides.STAT_ITEM``).  A
bulleted list of points holds clauses and stays; a run with no date is no record.

**The record's date** is the date grammar's (``dates.find_date``); in the record slot
only, the forms only a byline prints are read too (round 24: ``byline_dates.find_byline_date``,
the record line being the byline's slot: ``21/11/20``, day first, two-digit year, as a blog
theme prints it), and two more, each a date by its place, not by a guess
(``record_dates.py``: a compact stamp, a day-last date ordered by the page's evidence).
Round 28 too: a periodical's place (``第A15版:烟台街``,
``byline_pieces.PERIODICAL_PLACE``) is a record's piece, no field.

**A masthead row** (round 28): a paper's row of the date, the lunar date, its permit and
price, or a theme's icon row (``record_pieces``: quiet pieces; a user's handle after the
icon that labels the poster is the author), is a record line: never a headline
(``is_record_row``, asked by ``head_search``), and metadata wherever it stands
(``quiet_record``, asked by ``metadata``).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.document import Evidence, Placement
from newsclean.filters.byline_asides import STAT_ITEM
from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_pieces import BULLET, PERIODICAL_PLACE, Metadata, is_person_name
from newsclean.filters.foot_notices import Lined, is_paragraph
from newsclean.filters.furniture_counters import counter_reason
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.record_dates import (
    DAY_LAST,
    MONTHS_IN_YEAR,
    bare_date,
    compact_stamp,
    day_last,
    match_order,
    player_date,
)
from newsclean.filters.record_pieces import (
    HANDLE,
    ICON,
    POST_NUMBER,
    icon_split,
    quiet_piece,
    without_counts,
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
from newsclean.filters.title import is_site_name

NAME = "structure"

#: A date alone on its line is the record this deep in the head (under stacked labels).
MAX_BARE_SLOT = 6
#: A record line is short: a date and a name or two (round 29: the rest beside its date
#: is measured, so a long date form, ``Fri Jul 15 15:05:00 2005``, fits as a short one).
MAX_RECORD_LENGTH = 60
MIN_DATE_LENGTH, MAX_DATE_LENGTH = 10, 36
#: A section word: one to four Han characters and nothing else.
SECTION_WORD = lazy_regex(r"\p{Han}{1,4}")
SENTENCE_MARKS = lazy_regex(r"[。！？!?，,；;：:“”「」『』《》]")
PIECE_SPLIT = lazy_regex(r"[\s|｜丨◆◇•·]+")
#: The record's chunks: parted by a bar, a mark or a wide space; a counter is one chunk
#: whatever spaces it holds (``阅读 356``, ``12 comments``).
CHUNK_SPLIT = lazy_regex(r"\s*[|｜丨◆◇•·]\s*|\s{2,}|\u3000+")
Reading = tuple[dict[str, str], tuple[int, int]]  # a record's fields, its date's span
#: An icon lost in the copy: a question mark (or the replacement character) alone as a piece.
LOST_ICON = lazy_regex(r"[?？\ufffd]{1,2}")
BY = lazy_regex(r"^(?i:by)\s{0,2}")
#: ``by`` and the name after it are one piece: the space between them is no separator.
BY_SPACE = lazy_regex(r"(?<![A-Za-z])((?i:by))\s{1,2}(?=\p{Han})")
#: A date glued to a word (参考消息网2026-01-30号报道) is inside a phrase, not a record.
GLUED = lazy_regex(r"[\p{Han}A-Za-z]")


def _piece(piece: str) -> tuple[str, str] | None:
    """(field, value) of a record's piece; ("", "") for a section word; None for prose."""
    by = BY.match(piece)
    name = piece[by.end() :] if by else piece
    if is_person_name(name):
        return "author", name
    if by is None and is_site_name(piece):
        return "source", piece
    if by is None and SECTION_WORD.fullmatch(piece):
        return "", ""
    if by is None and PERIODICAL_PLACE.fullmatch(piece):
        return "periodical", ""
    return None


def _pieces(rest: str) -> list[tuple[str, bool]]:
    """The pieces of a record's rest (its date cut out), each with whether an icon mark
    labels it; a counter chunk is kept whole, a quiet piece (``record_pieces``) is empty."""
    pieces: list[tuple[str, bool]] = []
    labelled = False  # the piece before was an icon mark: this one is the item it labels
    for chunk in CHUNK_SPLIT.split(rest):
        if not chunk.strip():
            continue
        if counter_reason(chunk.strip()) == "nav":
            pieces.append(("", False))  # the page's statistics: part of the record, no field
            labelled = False
            continue
        for piece in PIECE_SPLIT.split(chunk):
            if not piece:
                continue
            icon, piece = icon_split(piece)
            if ICON.fullmatch(piece):
                pieces.append(("", False))
                labelled = True
                continue
            nothing = LOST_ICON.fullmatch(piece) or counter_reason(piece) == "nav"
            pieces.append(("" if nothing or quiet_piece(piece) else piece, labelled or bool(icon)))
            labelled = False
    return pieces


def _counted(text: str, date: tuple[int, int]) -> bool:
    """Whether a record line holds a counter of the page's own activity (``阅读 1,208``),
    spaced from its ``date`` by one space too (``閱讀:420 2025-09-24``: the date cut out)."""
    chunks = CHUNK_SPLIT.split(text[: date[0]] + "  " + text[date[1] :])
    return any(counter_reason(chunk.strip()) == "nav" for chunk in chunks if chunk.strip())


def record_fields(text: str, article: str, page: Sequence[str] = ()) -> dict[str, str] | None:
    """The fields of a record line (an empty ISO date when its order is unknown), or None
    when ``text`` is not one; ``article`` is the first paragraph, for its dateline.

    >>> record_fields("20250828◆", "")
    {'published_at': '2025-08-28'}
    >>> record_fields("觀察 | by 王小明 | 09/03/2021", "本報3月9日訊,…")
    {'published_at': '2021-03-09', 'author': '王小明'}
    >>> record_fields("2025年8月28日 李家超视察支援中心", "") is None
    True
    >>> record_fields("2019-04-02 ◆ 浏览:318", "")
    {'published_at': '2019-04-02'}
    >>> record_fields("21/11/20 ?", "")
    {'published_at': '2020-11-21'}
    """
    return None if (read := record_reading(text, article, page)) is None else read[0]


def record_reading(text: str, article: str, page: Sequence[str] = ()) -> Reading | None:
    """``record_fields`` and where the record's date stands in ``text``, or None."""
    if len(text) > MAX_RECORD_LENGTH + MAX_DATE_LENGTH or not any(ch.isdigit() for ch in text):
        return None
    span: tuple[int, int, str | None] | None = player_date(text)
    if span is None:
        found = find_byline_date(text)
        span = (found.start, found.end, found.iso) if found else compact_stamp(text)
    span = span or day_last(text, article, page)
    if span is None:
        return None
    start, end, iso = span
    if len(text) - (end - start) > MAX_RECORD_LENGTH - MIN_DATE_LENGTH:
        return None  # a record is a date and a name or two: the rest is short
    if GLUED.match(text, end) or (start and GLUED.match(text, start - 1)):
        return None
    rest = without_counts(BY_SPACE.sub(r"\1", text[:start] + " " + text[end:]))
    fields = {"published_at": iso} if iso else {}
    for k, (piece, labelled) in enumerate(_pieces(rest)):
        if not piece:
            continue  # a counter or a quiet piece
        if labelled and HANDLE.fullmatch(piece):
            fields.setdefault("author", piece)  # ✍ dations: a user's handle after its icon
            continue
        periodical = PERIODICAL_PLACE.fullmatch(piece) is not None
        what = None if SENTENCE_MARKS.search(piece) and not periodical else _piece(piece)
        if what is None or (not what[0] and k > 0):  # a section word only opens the line
            return None
        if what[1]:
            fields.setdefault(*what)
    return fields, (start, end)


def is_record_row(text: str) -> bool:
    """Whether ``text`` is a record line read alone (a date and record pieces only: module
    docstring), the masthead's row included; never a headline.

    >>> is_record_row("2025年9月24日 I 甲辰年二月廿六 I PP6264/08/2013(032549)西马:RM2.50")
    True
    >>> is_record_row("✍ 刘懿德 ◷ 2019-09-20 #南洋商报")
    True
    >>> is_record_row("2025年8月28日 李家超视察支援中心")
    False
    """
    return record_fields(text, "") is not None


#: A quiet piece no prose prints: a pictograph, a tag, an OCR bar, a lunar year, a permit.
QUIET_HINT = lazy_regex(
    r"\p{So}|[#＃]\S|(?<=\s)I(?=\s)|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年|农历|農曆"
    r"|[A-Z]{1,4}\d{2,}/"
)


def quiet_record(text: str) -> Metadata | None:
    """Round 28: a record line holding a quiet piece no prose prints (an icon mark, a tag, a
    lunar date, a paper head's permit: ``record_pieces``) is the record wherever it stands,
    so no headline search takes it (``✍ 刘懿德 ◷ 2019-09-20 #南洋商报`` opening a page).

    >>> quiet_record("✍ 刘懿德 ◷ 2019-09-20 #南洋商报").fields
    {'published_at': '2019-09-20', 'author': '刘懿德'}
    >>> quiet_record("2025年8月28日 李家超视察支援中心") is None
    True
    """
    if QUIET_HINT.search(text) is None or (fields := record_fields(text.strip(), "")) is None:
        return None
    return Metadata(fields=fields) if fields.get("published_at") else None


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
    if not 2 <= len(run) <= MAX_BULLETED:
        return None
    marks = {lines[i].text.strip()[:1] for i in run}  # type: ignore[union-attr]
    items: list[tuple[int, tuple[str, str] | None]] = []
    dated = False
    for i in run:
        piece = BULLET.sub("", lines[i].text.strip()).strip()  # type: ignore[union-attr]
        if find_byline_date(piece) is not None:
            dated = True
            continue  # the date line: the byline's or the record line's, read there
        if placements[i] != "blank":
            continue
        if SENTENCE_MARKS.search(piece):
            return None
        if any(ch.isdigit() for ch in piece) and (STAT_ITEM.match(piece) or quiet_piece(piece)):
            items.append((i, None))  # 15字, 1.169.123.130: a count, the poster's IP
        elif (what := _piece(piece)) is not None:
            items.append((i, what if what[0] else None))
        else:
            return None
    return (run, items) if dated and len(marks) == 1 and items else None


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
        if found is None or (k in deep and not bare_date(texts[k])):
            continue
        placements[slot[k]] = "metadata"
        detail = f"the record line {where}"
        if ambiguous and int(ambiguous["a"]) <= MONTHS_IN_YEAR >= int(ambiguous["b"]):
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
            if read and read[0].get("published_at") and _counted(line.text, read[1]):
                fields["published_at"] = read[0]["published_at"]
                was = evidence[i]
                action, detail = (was.action, was.detail + "; ") if was else ("removed", "")
                evidence[i] = Evidence(NAME, action, detail + "a counter row: its date read")
                break
    return slot[opens], slot[closes]

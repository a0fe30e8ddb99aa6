"""The record line's grammar: a date, with at most a name or a section word beside it
(round 19); where such a line stands is ``head_record``'s.

**Model.**  A site's record of the story says when, and at most who or which outlet.  A
line that holds a date and nothing else but *pieces* — split at spaces, bars (``|`` ``｜``
``丨``) and marks (``◆`` ``◇`` ``•`` ``·``) — each of which is a person's name
(``byline_pieces.is_person_name``, with or without an English ``by``), a site or outlet's
name (``title.is_site_name``) or, opening the line, a section word (one to four Han
characters and nothing else: 报导, 港闻) or, round 20, a *counter* of the page's own
activity (``furniture_counters.counter_reason``: ``2052次閱讀``, ``Views: 1,234``,
``12 comments``: the template's statistics printed beside the date, any site's wording
the counter grammar reads), is a record line (``record_fields``).  A subtitle, a quote or
a sentence has a sentence mark or a piece of prose; a date glued to a word
(参考消息网2026-01-30号报道) is in a phrase.  A number beside the date that the counter
grammar does not read as the page's own (``2025年8月28日 3人受伤``) is a piece of prose.
Round 42: co-writers listed with 、 in one piece (``林佳彣、戴永華``, udn's bulleted record
``- 聯合報`` / ``- 林佳彣、戴永華`` / ``- 15字`` / ``- 2025-11-12``) are the author as printed,
each a person's name, up to ``byline_pieces.MAX_LISTED``, as a joint label's names are.
Round 21: a row of the date and the page's counters (``2024/03/05 · 阅读 1,208``) is
``counted``; round 29: the counter spaced by one space too (``閱讀:420 2025-09-24``).

**A lost icon** (round 24).  A blog theme draws an icon before each of its record's
items (a calendar before the date, a person before the poster, a folder before the
channel) in an icon font; a copy that lost the font prints each icon as a lone question
mark (``2023年11月8日 ?``, ``?`` alone on a line, or U+FFFD).  A question mark ends a
question glued to its words; standing alone as a piece of the record, spaced from the
date, it says nothing and is part of the record, no field (``LOST_ICON``).

**The record's date** is the date grammar's (``dates.find_date``); the forms only a
byline prints are read too (round 24: ``byline_dates.find_byline_date``, the record line
being the byline's slot: ``21/11/20``, day first, two-digit year, as a blog theme prints
it), and two more, each a date by its place, not by a guess (``record_dates.py``: a
compact stamp, a day-last date ordered by the page's evidence).  Round 28 too: a
periodical's place (``第A15版:烟台街``, ``byline_pieces.PERIODICAL_PLACE``) is a record's
piece, no field.

**A masthead row** (round 28): a paper's row of the date, the lunar date, its permit and
price, or a theme's icon row (``record_pieces``: quiet pieces; a user's handle after the
icon that labels the poster is the author), is a record line: never a headline
(``is_record_row``, asked by ``head_search``), and metadata wherever it stands
(``quiet_record``, asked by ``metadata``).

**A name glued to the record's date** (round 36, ``glued_name``).  A copy farm's template
prints its brand and the date with no space between, and nothing else on the line
(``开心彩票2023-01-31 16:05``, ``一分快3邀请码2023-01-31 16:05``, ``宝利彩票2023-02-06``):
the line is the record, its date the page's.  The evidence is the whole line: one name
(letters, Han, digits inside it) glued to a numeric date (digits and ``-`` ``/`` ``.``, a
clock perhaps) that closes the line, the name a site's or an outlet's
(``title.is_site_name``: ``人民日报2023-01-31``, the source) or a spam brand's (a term of
the spam lexicon, ``data/spam_terms.txt``: 开心彩票, 一分快3; nobody's source).  Any other
word glued to a date names what the date is of (``元旦2023-01-01``: a holiday and its day),
no record.  A line shaped like its neighbour, a name glued to a date too, is an item of a
list (a table of holidays, a farm's link list), not the page's one record (``listed``).  A
date glued to a word after it (``参考消息网2026-01-30号报道``) or written with 年月日 after a
word (``截至2023年12月31日``, ``北京2023年GDP增长5%``) is in a phrase, as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_pieces import MAX_LISTED, PERIODICAL_PLACE, Metadata, is_person_name
from newsclean.filters.date_pattern import NUMERIC_DAY, SLOT_CLOCK
from newsclean.filters.furniture_counters import counter_reason
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.record_dates import compact_stamp, day_last, player_date
from newsclean.filters.record_pieces import (
    HANDLE,
    ICON,
    icon_split,
    quiet_piece,
    without_counts,
)
from newsclean.filters.spam_signs import lexicon
from newsclean.filters.title import is_site_name

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
#: Round 36: a template's name glued to the record's date: letters or Han, digits inside.
GLUED_NAME = lazy_regex(r"[\p{Han}A-Za-z](?:[\p{Han}A-Za-z\d]{0,22}[\p{Han}A-Za-z])?")
#: The numeric date such a template prints: digits and separators, a clock perhaps.
NUMERIC_DATE = lazy_regex(rf"{NUMERIC_DAY}(?:\s{{1,2}}{SLOT_CLOCK})?")


def record_piece(piece: str) -> tuple[str, str] | None:
    """(field, value) of a record's piece; ("", "") for a section word; None for prose."""
    by = BY.match(piece)
    name = piece[by.end() :] if by else piece
    if is_person_name(name):
        return "author", name
    listed_names = name.split("、")
    if 1 < len(listed_names) <= MAX_LISTED and all(map(is_person_name, listed_names)):
        return "author", name  # 林佳彣、戴永華: co-writers as printed (round 42)
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


def counted(text: str, date: tuple[int, int]) -> bool:
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
    if start and not text[end:].strip() and (name := glued_name(text, start, end)):
        fields = {"published_at": iso} if iso else {}
        if is_site_name(name):
            fields["source"] = name
        return fields, (start, end)
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
        what = None if SENTENCE_MARKS.search(piece) and not periodical else record_piece(piece)
        if what is None or (not what[0] and k > 0):  # a section word only opens the line
            return None
        if what[1]:
            fields.setdefault(*what)
    return fields, (start, end)


def glued_name(text: str, start: int, end: int) -> str | None:
    """The name glued before the numeric date ``text[start:end]`` closing the line, when the
    line is that name and that date alone (module docstring), else None.

    >>> text = "开心彩票2023-01-31 16:05"
    >>> glued_name(text, 4, len(text)), glued_name("截至2023年12月31日", 2, 13)
    ('开心彩票', None)
    """
    name = text[:start].strip()
    if not GLUED.match(text, start - 1) or GLUED_NAME.fullmatch(name) is None:
        return None
    if not is_site_name(name) and next(iter(lexicon().find(name.lower())), None) is None:
        return None  # 元旦2023-01-01: a word and its day, no site's or brand's record
    return name if NUMERIC_DATE.fullmatch(text[start:end].strip()) else None


def _glued(text: str) -> bool:
    """Whether ``text`` is a word glued to a numeric date closing it, and nothing else."""
    date = NUMERIC_DATE.search(text.strip())
    return (
        date is not None
        and date.start() > 0
        and date.end() == len(text.strip())
        and (GLUED_NAME.fullmatch(text.strip()[: date.start()]) is not None)
    )


def listed(texts: Sequence[str], k: int) -> bool:
    """Whether ``texts[k]``, a name glued to a date, stands beside a line of its shape: an
    item of a list, not the page's record (module docstring).

    >>> listed(["元旦2023-01-01", "春节2023-01-22"], 0), listed(["开心彩票2023-01-31", "正文"], 0)
    (True, False)
    """
    return _glued(texts[k]) and any(
        0 <= j < len(texts) and _glued(texts[j]) for j in (k - 1, k + 1)
    )


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

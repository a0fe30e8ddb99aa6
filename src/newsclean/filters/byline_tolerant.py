"""The tolerant reading of a page head's byline row (round 46): the pieces it knows, and
the pieces it does not, recorded.

**The phenomenon.**  A site's byline row is a sequence of pieces: a date, labelled fields,
an outlet, a writer's name, counters, the site's tools.  The byline grammar
(``metadata.parse_metadata``) reads a row only when every piece parses, so one piece the
grammar has never met (a site's category, ``PHP教程``; an empty label of its own, ``TAG:``;
a column's word) loses the whole row, its date and source with it.  Every new site brings
such a piece: a list of them is never complete.

**Model (typed pieces, evidence from the known ones).**  A line is cut into typed pieces:

- *dates*: every form the date grammar reads (``dates.find_dates``: ISO, 年月日, slashes,
  dots, day-first when the day is past 12);
- *labelled fields*: a label of the label table (``data/metadata_labels.txt``) with the
  grammar's separators, anywhere in the line (``labels.label_pattern``), or a label glued
  behind the text before it when a colon closes it (``文章来源:`` after ``已围观``); its
  value runs to the next piece or space;
- *counts*: digits, with or without a unit and the counter's word (``1552人已围观``,
  ``140``); round 46, the counter's word *before* the digits and a vote's unit
  (``热度114票  浏览228次 【共0条评论】``, a SupeSite portal's counters row: heat in
  votes, views, a comment count);
- *outlets* (``byline_outlet.is_outlet_name``, a title in 《》), *a person's name*
  (``is_person_name``) and *interface words* (``byline_interface.is_interface_item``;
  round 46: in their frame, one bracket perhaps lost, ``【我要评论``);
- anything else is *unknown*.

The line is a byline row when its known pieces carry the evidence: a date and a labelled
field with a value (round 46: a date right under its label is that field, ``时间:2023/05/27``
closing a row of counters, unless an unknown word is glued before the label and says whose
time it is: ``注册时间: 2009-12-18``, a blog member's registration), a date and an outlet,
or two labelled fields with values (round 47: or one piece short of that, a date alone or
one filled label, when the line model calls the line a byline row: *learned evidence*,
below); and what is unknown is short and no sentence: at most
``MAX_UNKNOWN`` pieces of at most ``MAX_UNKNOWN_PIECE`` characters, ``MAX_UNKNOWN_TOTAL`` in
all, and no clause or sentence mark anywhere in the line.  The fields are read by the byline
grammar from the known pieces only (the line rebuilt without its unknown pieces and
counters); the unknown pieces are recorded in the reading (``TolerantRow.unknown``, shown
by ``--explain`` as the line's evidence).  A line the grammar reads as printed is never asked.

**Zone.**  The head: the lines above the page's first prose paragraph
(``structure.classify`` asks only there, of lines that no other judge placed and of lines
taken for a tool row; round 46, also the line right under a byline row wherever it stands,
``under_row``: a template's record of two lines, ``排行榜 收藏 打印 发给朋友 举报 来源: 水母网
发布者:webmaster`` over ``热度114票  浏览228次 【共0条评论】【我要评论 时间:2011年12月31日 12:31``,
printed under the article on a SupeSite portal, is the record's second line there too.  A
crumb glued before the row, ``您當前的位置 :中華龍都網 >> 新聞中心
來源:中華龍都網 | 2018-03-04 15:28:18 |``, is a row whose crumb words are unknown pieces).

**Learned evidence (round 47).**  The line model (``line_model.scores``: naive Bayes over
a line's characters and shape, learned from tuned material) says how much more a line reads
as a byline row than as the article's text.  A line one piece short, with every other bound
met, is read when the byline class is its best of five and its margin over body passes
``LEARNED_MARGIN``, chosen by leave-one-host-out on the training rows
(``tools/byline_margin_loho.py``: the lowest margin at which no other class's row passes;
below it a related list's dated items, ``2015-11-06 12:07阅读``, read as bylines).  The
model stands in for one piece of evidence, never for a value: the fields are still the
grammar's reading of the known pieces, and ``--explain`` names the model and its margin.
**The gate**: no evidence without a date or two label spans, so a line with neither is
never cut into pieces (the spans found are passed to the cutter).

**Negatives.**  A first paragraph opening with a date and an outlet (``2019年9月7日,新京报
记者…``) has clause marks; a story's dateline (an outlet, a date and a report or desk word,
``参考消息网2026-01-30号报道``: ``byline_portal.REPORT_WORDS`` and the desks' words of
``data/dateline_conventions.txt``) is the lead's own line, kept in the body; a headline
with a date has no second kind of evidence, or an unknown stretch past the bound; a
picture's caption (a photo credit's end, a caption cue) is left to the caption rules; a
table row of numbers is a date and counts, no evidence; a web address's path holds digits the
date grammar reads (``https://tmhk.org/2019/08/02/``), so a line with an address is left to
the grammar.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from newsclean.data import data_kinds
from newsclean.filters import line_model
from newsclean.filters.byline import MAX_METADATA_LENGTH, PHOTO_CREDIT_ENDS
from newsclean.filters.byline_interface import is_interface_item
from newsclean.filters.byline_outlet import is_outlet_name
from newsclean.filters.byline_pieces import Metadata, is_person_name
from newsclean.filters.byline_portal import REPORT_WORDS
from newsclean.filters.byline_read_counter import read_verbs
from newsclean.filters.captions import caption_cue
from newsclean.filters.dates import find_dates
from newsclean.filters.labels import is_label, label_pattern, label_start, label_table
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.metadata import parse_metadata

#: At most this many unknown pieces, each of at most this many characters, so many in all.
MAX_UNKNOWN = 2
MAX_UNKNOWN_PIECE = 8
MAX_UNKNOWN_TOTAL = 10
#: The longest label word tried before a colon (发布时间, 文章来源, 责任编辑, 稿件来源于).
MAX_LABEL = 6
#: A clause or sentence mark: the line is prose, not a row (a date's comma is ASCII + digit).
CLAUSE = lazy_regex(r"[，。；！？!?;]|,(?!\s?\d)")
#: Where pieces part: spaces, bars, slashes, middle dots.
PARTS = lazy_regex(r"[\s\u3000|｜丨/／·•]+")
#: One part of a stretch: what lies between those separators.
PART = lazy_regex(r"[^\s\u3000|｜丨/／·•]+")
#: A colon of either width, which may close a label glued behind text.
COLON = lazy_regex(r"[:：]")
#: A count: digits, a unit or the counter's word after them (1552人已围观, 28评论, 140).
COUNT = lazy_regex(
    r"(?:(?:共|热度|熱度|人气|人氣|阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論)[:：]?)?"
    r"\d{1,9}(?:[次人条條个個位篇票]?(?:已?\p{Han}{0,2}(?:"
    + "|".join(read_verbs("read", "counter"))  # data/read_verbs.txt (round 47: one table)
    + r"))?)?"
)
#: A tool's frame: the brackets a template prints around a link (【我要评论】), one of them
#: perhaps lost.
FRAME = "【】[]〔〕"
#: Round 47: the line model's byline margin over body past which it stands in for one
#: piece of evidence (``tools/byline_margin_loho.py``: leave-one-host-out precision 1.000).
LEARNED_MARGIN = 75.0
#: A title in 《》: a publication.
PUBLICATION = lazy_regex(r"《[^《》]{1,20}》\p{Han}{0,2}")


@cache
def _desk_words() -> tuple[str, ...]:
    """The words closing a story's dateline: the report words (报道, 報導) and the desks'
    words of ``data/dateline_conventions.txt`` (讯, 电, 消息)."""
    return REPORT_WORDS + tuple(data_kinds("dateline_conventions.txt")["bracket"])


def _dateline_word(piece: str) -> bool:
    """An unknown piece closing on a dateline's word (``号报道``, ``日电``): the line is the
    story's own dateline (``参考消息网2026-01-30号报道``), body text, no row."""
    return piece.rstrip("】]〕)）:：").endswith(_desk_words())


def _qualified(read: list[_Piece], i: int) -> bool:
    """The label ``read[i]`` has an unknown word glued before it (``注册时间:``, a member's
    registration): the word says whose time the date is, no story's."""
    return i > 0 and read[i - 1].kind == "unknown" and read[i - 1].end == read[i].start


@dataclass
class TolerantRow(Metadata):
    """A byline row read from its known pieces; ``unknown`` holds the pieces it did not know."""

    unknown: list[str] = field(default_factory=list)
    learned: float | None = None


@dataclass
class _Piece:
    start: int
    end: int
    kind: str  # date, label, count, outlet, name, tool, unknown
    text: str


def _labels(line: str) -> list[tuple[int, int]]:
    """Label spans (label and separator): the grammar's, and a label glued behind text
    when a colon closes it."""
    spans = [(m.start(), m.end()) for m in label_pattern().finditer(line) if is_label(m)]
    table = label_table()
    for colon in COLON.finditer(line):
        at = colon.start()
        if any(start <= at < end for start, end in spans):
            continue
        for size in range(min(MAX_LABEL, at), 1, -1):
            if line[at - size : at] in table:
                spans.append((at - size, at + 1))
                break
    return sorted(spans)


def _chunk_pieces(text: str, offset: int) -> list[_Piece]:
    """A stretch between dates and labels, cut at its parts and typed."""
    pieces = []
    for part in PART.finditer(text):
        chunk, base = part.group(), offset + part.start()
        at = 0
        for count in COUNT.finditer(chunk):
            if count.start() > at:
                pieces.append(_typed(chunk[at : count.start()], base + at))
            pieces.append(_Piece(base + count.start(), base + count.end(), "count", count.group()))
            at = count.end()
        if at < len(chunk):
            pieces.append(_typed(chunk[at:], base + at))
    return pieces


def _typed(chunk: str, start: int) -> _Piece:
    end = start + len(chunk)
    if not any(char.isalnum() for char in chunk):
        return _Piece(start, end, "mark", chunk)  # ⊙, ★, -: a separator of the site's own
    if PUBLICATION.fullmatch(chunk) or is_outlet_name(chunk):
        return _Piece(start, end, "outlet", chunk)
    if is_person_name(chunk):
        return _Piece(start, end, "name", chunk)
    if is_interface_item(chunk) or is_interface_item(chunk.strip(FRAME) or chunk):
        return _Piece(start, end, "tool", chunk)  # 【我要评论: a link in its frame (round 46)
    return _Piece(start, end, "unknown", chunk)


def _label_spans(line: str) -> list[tuple[int, int]]:
    """``_labels``, asked only when a label can begin in the line: a first character of a
    label word (``labels.label_start``, one character-class search) or a colon (a label
    glued behind text).  A line with neither holds no label span."""
    if label_start().search(line) is None and ":" not in line and "：" not in line:
        return []
    return _labels(line)


def pieces(
    line: str,
    dates: list[tuple[int, int]] | None = None,
    labels: list[tuple[int, int]] | None = None,
) -> list[_Piece]:
    """The line's typed pieces, in order (``dates`` and ``labels``: the spans already
    found by the gate, else found here).

    >>> [p.kind for p in pieces("2022-07-23 04:29:19 来源:中国专利 TAG:")]
    ['date', 'label', 'value', 'unknown']
    """
    if dates is None:
        dates = [(d.start, d.end) for d in find_dates(line)]
    marks: list[tuple[int, int, str]] = [(start, end, "date") for start, end in dates]
    for start, end in _label_spans(line) if labels is None else labels:
        if not any(s < end and start < e for s, e, _ in marks):
            marks.append((start, end, "label"))
    marks.sort()
    out: list[_Piece] = []
    at = 0
    for index, (start, end, kind) in enumerate(marks):
        if start < at:
            continue
        if start > at:
            out += _chunk_pieces(line[at:start], at)
        out.append(_Piece(start, end, kind, line[start:end]))
        at = end
        if kind == "label":  # its value: after the spaces, to the next piece or part
            stop = marks[index + 1][0] if index + 1 < len(marks) else len(line)
            begin = at
            while begin < stop and line[begin] in " \t\u3000":
                begin += 1
            gap = PARTS.search(line, begin, stop)
            value_end = gap.start() if gap else stop
            if value_end > begin:
                out.append(_Piece(begin, value_end, "value", line[begin:value_end]))
                at = value_end
    if at < len(line):
        out += _chunk_pieces(line[at:], at)
    return out


def _read(text: str) -> tuple[list[_Piece], str] | None:
    """The line's pieces and its evidence: ``full`` (the reader's own), ``short`` (one
    piece short: a date alone, or one filled label), or None when the line is refused
    before its evidence is weighed (too long, a sentence, a caption, no unknown piece, an
    unknown stretch past the bound, a story's dateline) or holds less."""
    if not text or len(text) > MAX_METADATA_LENGTH or CLAUSE.search(text):
        return None
    if text.strip("()（）【】[]").endswith(PHOTO_CREDIT_ENDS) or caption_cue(text) is not None:
        return None
    if "://" in text:
        return None  # https://tmhk.org/2019/08/02/: a path's digits, no byline date
    dates = [(d.start, d.end) for d in find_dates(text)]
    labels = _label_spans(text)
    if not dates and not labels:
        return None  # the gate: no evidence can be read, the cutter is never asked
    read = pieces(text, dates, labels)
    unknown = [p for p in read if p.kind in ("unknown", "mark")]
    words = [p.text for p in read if p.kind == "unknown"]
    if not unknown or len(words) > MAX_UNKNOWN:
        return None  # every piece known: the grammar's refusal stands
    if any(_dateline_word(word) for word in words):
        return None  # 参考消息网2026-01-30号报道: the story's dateline, the lead's own
    if words and (
        max(map(len, words)) > MAX_UNKNOWN_PIECE or sum(map(len, words)) > MAX_UNKNOWN_TOTAL
    ):
        return None
    kinds = [p.kind for p in read]
    filled = sum(
        1
        for i, k in enumerate(kinds)
        if k == "label"
        and i + 1 < len(kinds)
        and (kinds[i + 1] == "value" or (kinds[i + 1] == "date" and not _qualified(read, i)))
    )  # a label's value, a date under its own label included (时间:2023/05/27, round 46)
    dated = "date" in kinds
    if (dated and (filled or "outlet" in kinds)) or filled >= 2:
        return read, "full"
    if dated or filled == 1:
        return read, "short"
    return None


def one_piece_short(line: str) -> bool:
    """Whether the tolerant reader would read ``line`` but for one piece of evidence (the
    rows ``tools/byline_margin_loho.py`` scores).

    >>> one_piece_short("2019-08-12 PHP教程"), one_piece_short("2022-07-23 来源:中国专利 TAG:")
    (True, False)
    """
    found = _read(line.strip())
    return found is not None and found[1] == "short"


def learned_margin(text: str) -> float | None:
    """The line model's byline margin (``score[byline] - score[body]``) when the byline
    class is the line's best of the five and the margin passes ``LEARNED_MARGIN``; else
    None."""
    score = line_model.scores(text)
    if max(score, key=score.__getitem__) != "byline":
        return None
    margin = score["byline"] - score["body"]
    return margin if margin > LEARNED_MARGIN else None


def tolerant_row(line: str) -> TolerantRow | None:
    """The fields of a head line read from the pieces the grammar knows, or None.

    >>> row = tolerant_row("2022-07-23 04:29:19 来源:中国专利 TAG:")
    >>> row.fields["source"], row.unknown
    ('中国专利', ['TAG:'])
    >>> tolerant_row("2019年9月7日,新京报记者走访了当地的三家工厂。") is None
    True
    """
    text = line.strip()
    found = _read(text)
    if found is None:
        return None
    read, evidence = found
    learned = None
    if evidence == "short" and (learned := learned_margin(text)) is None:
        return None  # one piece short, and the line model does not stand in for it
    known: list[str] = []
    for i, p in enumerate(read):
        if p.kind == "value" and i and read[i - 1].kind == "label":
            known[-1] = read[i - 1].text.strip() + p.text  # the label and its value
        elif p.kind in ("date", "outlet", "name", "label", "value"):
            known.append(p.text.strip())
    rebuilt = "  ".join(known)
    parsed = parse_metadata(rebuilt)
    if parsed is None or not ({"published_at", "source"} & parsed.fields.keys()):
        return None
    unknown = [p.text for p in read if p.kind in ("unknown", "mark")]
    return TolerantRow(dict(parsed.fields), list(parsed.labels), unknown, learned)


#: How many lines up a row's second line looks for the row (blank lines between).
ROW_REACH = 3


def under_row(placements: Sequence[str], i: int) -> bool:
    """Whether the nearest placed line above ``i`` (within ``ROW_REACH``; blank and removed
    lines hold ``blank`` while the lines are read) is a byline row: line ``i`` is then in
    the row's place, its second line, wherever the template prints the row (round 46).

    >>> under_row(["metadata", "blank", "body"], 2), under_row(["body", "blank", "body"], 2)
    (True, False)
    """
    for k in range(i - 1, max(-1, i - 1 - ROW_REACH), -1):
        if placements[k] != "blank":
            return placements[k] == "metadata"
    return False


def row_evidence(metadata: Metadata) -> str:
    """A byline line's evidence for ``--explain``: its labels, and the pieces a tolerant
    reading did not know.

    >>> row_evidence(TolerantRow({"source": "X"}, ["来源"], ["TAG:"]))
    '来源; tolerant row, unknown pieces: TAG:'
    """
    said = ", ".join(metadata.labels) or "date"
    if isinstance(metadata, TolerantRow):
        said += "; tolerant row, unknown pieces: " + ", ".join(metadata.unknown)
        if metadata.learned is not None:
            said += f"; line model byline margin {metadata.learned:.1f}"
    return said

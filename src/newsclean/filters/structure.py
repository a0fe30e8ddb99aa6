"""Place each remaining line: navigation, metadata, title, caption, heading, body, notice.

This is the one filter that looks at the whole page, because a line's role
depends on its neighbours and its position.  The order of decisions:

1. line by line: page furniture (``navigation``), a notice that opens with its
   formula (``notice.opens_as_notice``), a byline or other metadata (``metadata``), and
   a bare outlet's name right under a byline that gave a time but no source
   (``byline_pending.outlet_line``), or a person's name there (``byline_alone.author_line``:
   a poster or writer is an author at most, never the source); a source label after a
   picture's credit (``网络截图 来源:X``) is no byline: ``metadata`` leaves a line the
   caption grammar claims to the captions (``caption_sources.credit_then_source``);
2. the page head (``page_head``: the site's header, the headline, the lines around it,
   in one decision); a byline belongs to the page head when no paragraph stands above
   it (or at most ``MAX_LINES_ABOVE_BYLINE`` lines do);
3. the foot (``foot_notices``): a line whose notice vocabulary is strong enough for its length is a
   notice when it stands at the foot — after the last body paragraph, or in the last
   fifth of the content (``notice.is_notice``); round 24, the top as the foot: before the
   first real paragraph, or in the first fifth (``top_notices``);
4. the body (``structure_body``, split from this module in round 35): captions, headings
   and body, by wording and by the paragraphs' layout norm;
5. round 40, the foot as a zone (``foot_notices.foot_furniture``): short lines after the
   article's last line that read as none of its lines, on a page whose foot the site signed;
   round 42, the site's colophon between its sponsor and its filing (``foot_colophon``) and
   a bulleted list there whose items the readers mostly took (``foot_lists``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from newsclean.document import Evidence, Placement
from newsclean.filters.byline_alone import author_line
from newsclean.filters.byline_column import place_unlabelled_column
from newsclean.filters.byline_dateline import place_tags, under_own_dateline
from newsclean.filters.byline_echo import place_author_echoes
from newsclean.filters.byline_foot import place_closing_source
from newsclean.filters.byline_issuer import place_issuer_masthead
from newsclean.filters.byline_lone_count import place_lone_counts
from newsclean.filters.byline_masthead import place_masthead_date
from newsclean.filters.byline_nav_echo import drop_section_names
from newsclean.filters.byline_own_name import other_outlet
from newsclean.filters.byline_pending import outlet_line, values_under_labels
from newsclean.filters.byline_tolerant import row_evidence, tolerant_row, under_row
from newsclean.filters.caption_byline import under_writer
from newsclean.filters.caption_cues import caption_cue_at
from newsclean.filters.credits import article_credit
from newsclean.filters.field_origin import settle_fields, take_fields
from newsclean.filters.foot_colophon import colophon_lines
from newsclean.filters.foot_empty_label import closing_labels
from newsclean.filters.foot_lists import foot_list_items
from newsclean.filters.foot_notices import foot_furniture, foot_notices, is_paragraph, top_notices
from newsclean.filters.furniture_advert import advert_runs
from newsclean.filters.furniture_bare_count import bare_counts
from newsclean.filters.furniture_comment_head import comment_heads
from newsclean.filters.furniture_diagnostics import diagnostic_line, quoted_at
from newsclean.filters.furniture_error_box import error_boxes
from newsclean.filters.furniture_learned import place_learned
from newsclean.filters.furniture_listing import page_listing
from newsclean.filters.furniture_menu import stacked_menus
from newsclean.filters.furniture_pointer import pointer_lines
from newsclean.filters.furniture_repeat import repeated_unit
from newsclean.filters.furniture_ui import ui_runs
from newsclean.filters.head_h1 import line_text
from newsclean.filters.head_record import place_record_lines
from newsclean.filters.head_tag import is_tagged_headline
from newsclean.filters.line_judges import furniture_of, metadata_of
from newsclean.filters.memo import LineCache
from newsclean.filters.metadata import MAX_METADATA_LENGTH, Metadata, byline_with_tools
from newsclean.filters.navigation import MAX_FURNITURE_LINE, Furniture
from newsclean.filters.notice import is_notice
from newsclean.filters.notice_dated import dated_notice, row_before_notice
from newsclean.filters.notice_feed import place_feed_links
from newsclean.filters.notice_vocabulary import MAX_NOTICE_LENGTH
from newsclean.filters.page_head import place_head
from newsclean.filters.record_block import place_record_block
from newsclean.filters.record_dates import page_order
from newsclean.filters.structure_body import headless_end, is_heading_shaped, place_body
from newsclean.filters.structure_refs import heads_list
from newsclean.filters.title import is_prose
from newsclean.filters.wire_signoff import closing_editor

NAME = "structure"

#: A byline with this many content lines or fewer above it is in the page head.
MAX_LINES_ABOVE_BYLINE = 3
#: Lines up to this long are remembered as content per page, at most MEMO_LIMIT of them.
MEMO_LENGTH = 16
MEMO_LIMIT = 1 << 14


@dataclass(frozen=True, slots=True)
class LineView:
    """What structure needs to know of a line."""

    text: str
    indented: bool
    blanks_before: int
    #: A paragraph a codec lost ("???,???", mojibake filter): content, never furniture.
    lost: bool = False


@dataclass(slots=True)
class Layout:
    placements: list[Placement]
    reasons: list[str | None]
    evidence: list[Evidence | None]
    fields: dict[str, str] = field(
        default_factory=dict
    )  # published_at, source, author, editor, site


#: What the line classifiers say of a text: page furniture, a line opening as a notice,
#: metadata.  Each is asked only when the ones before it said nothing.
LineVerdict = tuple[Furniture | None, bool, Metadata | None]
NOTHING: LineVerdict = (None, False, None)
NO_TEXT = LineView("", False, 0)  # stands for a removed or blank line
#: Furniture and bylines are judged on the stripped line, notices on the line as it is.
_LONGEST_STRIPPED = max(MAX_FURNITURE_LINE, MAX_METADATA_LENGTH)


def line_verdict(text: str) -> LineVerdict:
    """The verdicts of ``classify_furniture``, ``is_notice`` (wherever it stands) and
    ``parse_metadata`` on ``text``, up to the first that holds.  A line past the length
    limits of all three (prose) is none of them without a call; a shorter one is judged
    once per process (``_judged``)."""
    if len(text) > MAX_NOTICE_LENGTH and len(text.strip()) > _LONGEST_STRIPPED:
        # a runtime's message is furniture at any length (furniture_diagnostics, round 41)
        furniture = repeated_unit(text) or diagnostic_line(text)
        return (Furniture("nav"), False, None) if furniture else NOTHING
    return _judged(text)


@LineCache
def _judged(text: str) -> LineVerdict:
    """Judged once per distinct text across pages, as the spam filter judges its probes: a
    site's pages repeat their crumbs, tool rows, notices and label lines, and a batch sees
    them again and again.  The three judges are pure; the ``Metadata`` is shared between
    the pages that print the line, so ``classify`` only reads it."""
    furniture = furniture_of(text)  # line_judges: the spam step may have asked already
    if furniture is not None:
        metadata = byline_with_tools(text)
        return (None, False, metadata) if metadata else (furniture, False, None)
    if is_notice(text, near_foot=False) and not row_before_notice(text):  # notice_dated
        return None, True, None
    if is_tagged_headline(text):
        return NOTHING  # [图文]玉泉路…: a kind tag over the headline, no credit label (head_tag)
    return None, False, metadata_of(text)


def _quoted(lines: Sequence[LineView | None], i: int) -> bool:
    """A program's message the article quotes under its introducing line (round 41,
    ``furniture_diagnostics.quoted_at``); asked of lines opening with a Latin letter or #."""
    first = lines[i].text[:1]  # type: ignore[union-attr]
    if not (first == "#" or (first.isascii() and first.isalpha())):
        return False
    return quoted_at(partial(line_text, lines), i)


def classify(lines: Sequence[LineView | None], traditional: bool = False) -> Layout:
    """Place every line; ``None`` marks a removed or blank line that only holds its place."""
    count = len(lines)
    placements: list[Placement] = ["blank"] * count
    reasons: list[str | None] = [None] * count
    evidence: list[Evidence | None] = [None] * count
    fields: dict[str, str] = {}
    content: list[int] = []
    tools: set[int] = set()  # the tool lines the line pass removes
    head_bylines: list[int] = []  # bylines in the page head: a title may stand above each
    # Short lines repeat (a page of one-character lines holds a few thousand distinct ones),
    # and the three verdicts below are pure functions of the text: a short text found to be
    # content once on this page is content again, without the per-line regex work.
    plain: set[str] = set()
    awaiting_source = False  # the line above was a byline with a time and no source
    prose_seen = False  # a paragraph came: the page head is over
    # Other stories listed after the article (round 32): before any line is read, so an
    # item's date is never the article's.
    listed = page_listing(lines)
    pointed = pointer_lines(lines)  # 报道全文 - / its address: a link elsewhere (round 43b)
    pointed |= comment_heads(lines)  # 用户评论 over 已有0人评论: the comment box (round 43b)
    read_at: dict[str, int] = {}  # the line each field was read from (round 35)
    labelled: set[str] = set()  # the fields a line gave under their label (round 47)

    for i, line in enumerate(lines):
        if line is None or not line.text:
            continue
        if i in listed:
            placements[i], reasons[i] = "removed", "nav"
            evidence[i] = Evidence(NAME, "nav", "another story listed after the article")
            continue
        if i in pointed:
            placements[i], reasons[i] = "removed", "nav"
            evidence[i] = Evidence(NAME, "nav", "a read-on pointer or a comment box's head")
            continue
        if line.text in plain and not awaiting_source:  # under a byline, context decides
            content.append(i)
            continue
        furniture, notice, metadata = (None, False, None) if line.lost else line_verdict(line.text)
        if furniture is not None and not prose_seen and (tolerated := tolerant_row(line.text)):
            furniture, metadata = None, tolerated  # a head row with tools and a piece unknown
        if metadata is not None and under_own_dateline([lines[k] for k in content[-2:]], metadata):
            fields.setdefault("author", metadata.fields["author"])  # the lead's credit: its
            metadata = None  # names, the line the article's (byline_dateline.under_own_dateline)
        if furniture is not None and not heads_list(lines, i) and not _quoted(lines, i):
            placements[i], reasons[i] = "removed", furniture.reason
            evidence[i] = Evidence(NAME, furniture.reason, line.text[:40])
            if sum(char.isalpha() for char in line.text) >= 2:  # words, not residue (?, :::)
                tools.add(i)  # a tool line: the page head's, when no headline is found
            if furniture.site and "site" not in fields:
                fields["site"] = furniture.site
            continue
        if notice and (dated := dated_notice(line.text)) is not None:  # a row (notice_dated)
            placements[i] = "metadata"
            evidence[i] = Evidence(NAME, "metadata", "a date and the site's disclaimer: the row")
            if "published_at" not in fields:
                fields["published_at"], read_at["published_at"] = dated, i
            continue
        if notice:  # wherever it stands: it opens as one
            placements[i] = "copyright"
            evidence[i] = Evidence(NAME, "copyright", "a notice anywhere (notice.py)")
            awaiting_source = False  # the source stands right under the time, not a notice
            continue
        if metadata is None and awaiting_source and "source" not in fields:
            writer = author_line(line.text, under_time=True)  # a person: never the source
            source = None if writer else outlet_line(line.text)
            if source or (writer and "author" not in fields):  # under the byline's time
                placements[i] = "metadata"
                what = "author" if writer else "source"
                evidence[i] = Evidence(NAME, "metadata", f"{what} under the byline's time")
                fields[what] = writer or source or ""
                awaiting_source = False
                continue
        awaiting_source = False
        if metadata is None and not line.lost and (not prose_seen or under_row(placements, i)):
            metadata = tolerant_row(line.text)  # the head's rows, a row's 2nd line (tolerant)
        if metadata is not None:
            awaiting_source = "published_at" in metadata.fields and "source" not in metadata.fields
            placements[i] = "metadata"
            anchors = "published_at" in metadata.fields or "source" in metadata.fields
            if anchors and (len(content) <= MAX_LINES_ABOVE_BYLINE or not prose_seen):
                head_bylines.append(i)
            evidence[i] = Evidence(NAME, "metadata", row_evidence(metadata))
            take_fields(fields, read_at, labelled, metadata, i, head_bylines)  # a label wins
            continue
        content.append(i)
        if not prose_seen:
            prose_seen = is_prose(line.text)
        if len(line.text) <= MEMO_LENGTH and len(plain) < MEMO_LIMIT:
            plain.add(line.text)

    content = values_under_labels(lines, content, placements, evidence, fields)
    content = place_tags(lines, content, placements, evidence)  # byline_dateline.py
    text = partial(line_text, lines)  # a line taken by another filter reads as blank
    # The menu readers ask each content line's text a dozen times: a list of the page's
    # texts answers in C (``list.__getitem__``), and goes when they are done (a list kept
    # through the classification lifted tests/test_memory.py's bytes a line, round 41).
    texts = [text(i) for i in range(count)].__getitem__
    menus = stacked_menus(content, texts)  # any line
    for i, row in (ui_runs(content, texts) | advert_runs(content, texts)).items():  # 顶一下 / (0)
        menus.setdefault(i, row)  # / 0% (furniture_ui, 44); a pitch over 官网:… (advert, 45)
    del texts  # the list goes when the readers are done (tests/test_memory.py)
    for i, (reason, read) in menus.items():  # each reader says what it read (round 40)
        placements[i], reasons[i] = "removed", reason
        evidence[i] = Evidence(NAME, reason, read)
    content = [i for i in content if i not in menus] if menus else content
    content = place_lone_counts(lines, content, placements, reasons, evidence)  # 评论3条 (round 38)
    content = place_unlabelled_column(lines, content, placements, reasons, evidence)  # 0 / 不详
    title, head = place_head(
        lines, content, head_bylines, fields, is_heading_shaped, frozenset(tools)
    )
    for i, (placement, why, detail) in head.items():  # the page head (page_head.py)
        placements[i], reasons[i] = placement, why
        if detail:
            evidence[i] = Evidence(NAME, why or placement, detail)
    place_masthead_date(lines, title, placements, reasons, evidence, fields, read_at)
    place_issuer_masthead(lines, placements, evidence)  # 中日友好医院 / 党委办公室 DATE
    if title is not None and "author" not in fields:
        _author_under(lines, content, title, placements, evidence, fields)
    place_author_echoes(text, len(lines), placements, evidence, fields)
    headline = (lines[title] or NO_TEXT).text if title is not None else ""
    drop_section_names(text, reasons, evidence, fields, read_at, headline)
    prose_span = place_record_lines(lines, content, title, placements, evidence, fields)
    place_record_block(lines, title, prose_span, placements, evidence)  # record_block.py
    body = [i for i in content if placements[i] == "blank"]
    # The fifths are counted over the lines the clean text prints too: it drops captions,
    # and cleaning it again must find the same notices (round 32, foot_notices).
    last = body[-1] if body else -1
    printed = [i for i in body if caption_cue_at(lines[i].text, i == last) is None]  # type: ignore[union-attr]
    foot = foot_notices(lines, body, printed)
    for i, terms in foot.items():
        placements[i] = "copyright"
        evidence[i] = Evidence(NAME, "copyright", "notice wording at the foot: " + ", ".join(terms))
    top = top_notices(  # round 24: the top too
        lines, [i for i in body if i not in foot], [i for i in printed if i not in foot]
    )
    for i, terms in top.items():
        placements[i] = "copyright"
        evidence[i] = Evidence(NAME, "copyright", "notice wording at the top: " + ", ".join(terms))
    foot = foot | top
    head_end = title if title is not None else headless_end(lines, body, placements)
    place_body(lines, [i for i in body if i not in foot], placements, evidence, head_end)
    place_closing_source(lines, body, placements, evidence, fields)  # byline_foot.py
    place_feed_links(text, placements, reasons, evidence)  # round 47: notice_feed.py
    _place_foot(text, body, title, placements, reasons, evidence)  # round 40: the foot's zone
    place_learned(text, count, placements, reasons, evidence)  # round 46: the line model
    # The article opens at its first prose paragraph: head lines above it are none (round 11).
    paragraphs = [i for i in body if placements[i] == "body"]
    opens = next((k for k, i in enumerate(paragraphs) if is_paragraph(lines[i].text)), 0)  # type: ignore[union-attr]
    paragraphs = paragraphs[opens:]
    other_outlet(text, placements, evidence, fields, read_at)
    settle_fields(fields, read_at, placements, lines)  # a field stands with its line
    credit = None if "author" in fields else article_credit(paragraphs, lambda i: lines[i].text)  # type: ignore[union-attr]
    if credit is not None:
        at, fields["author"] = credit
        if evidence[at] is None:
            evidence[at] = Evidence(NAME, "credit", f"author {fields['author']}")
    closing = [(lines[i] or NO_TEXT).text for i in paragraphs[-1:]]
    if "editor" not in fields and (editor := closing_editor(closing)):
        fields["editor"] = editor  # round 44: (編輯:X)1141226 closing the last paragraph
    if "published_at" not in fields and (ordered := page_order(lines, placements, traditional)):
        at, fields["published_at"], why = ordered  # 来源:X04/01/2012 (record_dates)
        evidence[at] = Evidence(NAME, "metadata", f"its slashed date read {why}")
    return Layout(placements, reasons, evidence, fields)


def _place_foot(
    text_of: Callable[[int], str],
    body: list[int],
    title: int | None,
    placements: list[Placement],
    reasons: list[str | None],
    evidence: list[Evidence | None],
) -> None:
    """Short lines after the article's last line that read as none of its lines, on a
    page whose foot the site signed (``foot_notices.foot_furniture``), the site's colophon
    (``foot_colophon``, read first: its lines end the article's walk up) and the items of a
    bulleted foot list the readers mostly took (``foot_lists``): site furniture."""

    def spam(i: int) -> bool:
        return reasons[i] == "spam"

    for i, why in colophon_lines(text_of, placements, reasons).items():  # round 42
        placements[i], reasons[i] = "removed", "nav"
        evidence[i] = Evidence(NAME, "nav", why)
    for i, why in foot_furniture(text_of, body, placements, title, spam).items():
        placements[i], reasons[i] = "removed", "nav"
        evidence[i] = Evidence(NAME, "nav", why)
    for judge in (foot_list_items, closing_labels, error_boxes, bare_counts):  # round 42; 47
        for i, why in judge(text_of, placements, reasons).items():
            placements[i], reasons[i] = "removed", "nav"
            evidence[i] = Evidence(NAME, "nav", why)


def _author_under(
    lines: Sequence[LineView | None],
    content: list[int],
    title: int,
    placements: list[Placement],
    evidence: list[Evidence | None],
    fields: dict[str, str],
) -> None:
    """A person's name alone on the line under the headline (or names: round 12), the
    article or a byline line under it, is the author (``byline_alone.author_line``)."""
    at = bisect_right(content, title)
    if at >= len(content) or placements[content[at]] != "blank":
        return
    name, shown = lines[content[at]], range(content[at] + 1, len(lines))
    below = next(
        (i for i in shown if (lines[i] or NO_TEXT).text and placements[i] != "removed"), None
    )
    if name is None or below is None:
        return
    if placements[below] != "metadata" and not under_writer(lines[below].text):  # type: ignore[union-attr]
        return
    author = author_line(name.text)
    if author is not None:
        placements[content[at]] = "metadata"
        evidence[content[at]] = Evidence(NAME, "metadata", "a name alone under the headline")
        fields["author"] = author

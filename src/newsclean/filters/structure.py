"""Place each remaining line: navigation, metadata, title, caption, heading, body, notice.

This is the one filter that looks at the whole page, because a line's role
depends on its neighbours: the title is the line above the byline; in a page
whose paragraphs are indented, a short unindented sentence is an image caption
and a short unpunctuated line a section heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.document import Evidence, Placement
from newsclean.filters.metadata import is_notice, parse_metadata
from newsclean.filters.navigation import SITE_NAME, classify_furniture

NAME = "structure"

#: A title or heading is a line, not a paragraph.
MAX_TITLE_LENGTH = 80
MAX_HEADING_LENGTH = 40
MIN_HEADING_HAN = 4
#: Captions are a sentence or two.
MAX_CAPTION_LENGTH = 150
#: Paragraphs at least this long decide whether the page indents its paragraphs.
LAYOUT_SAMPLE_LENGTH = 40
INDENTED_SHARE = 0.6
#: A byline with this many content lines or fewer above it is in the page head.
MAX_LINES_ABOVE_BYLINE = 3
#: Unclassified short lines above the title are page furniture (section names, crumbs).
MAX_FURNITURE_LENGTH = 30
#: Lines up to this long are remembered as content per page, at most MEMO_LIMIT of them.
MEMO_LENGTH = 16
MEMO_LIMIT = 1 << 14

HAN = regex.compile(r"\p{Han}")
SENTENCE_END = regex.compile(r"[。！？!?；;，,：:、…]$")
SENTENCE_MARK = regex.compile(r"[。！？；]")
NUMBERED_HEADING = regex.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])"
)


@dataclass(frozen=True, slots=True)
class LineView:
    """What structure needs to know of a line."""

    text: str
    indented: bool
    blanks_before: int


@dataclass(slots=True)
class Layout:
    placements: list[Placement]
    reasons: list[str | None]
    evidence: list[Evidence | None]
    fields: dict[str, str] = field(
        default_factory=dict
    )  # published_at, source, author, editor, site


@cache
def caption_cues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    starts: list[str] = []
    ends: list[str] = []
    for where, cue in data_lines("caption_cues.txt"):
        (starts if where == "start" else ends).append(cue)
    return tuple(starts), tuple(ends)


def has_caption_cue(text: str) -> bool:
    starts, ends = caption_cues()
    return len(text) <= MAX_CAPTION_LENGTH and (text.startswith(starts) or text.endswith(ends))


def is_heading_shaped(text: str) -> bool:
    """Short, several Han characters, no sentence punctuation: 深耕产业援藏——激活经济新引擎."""
    return (
        len(text) <= MAX_HEADING_LENGTH
        and len(HAN.findall(text)) >= MIN_HEADING_HAN
        and SENTENCE_END.search(text) is None
        and SENTENCE_MARK.search(text) is None
    )


def is_title_shaped(text: str) -> bool:
    return (
        len(text) <= MAX_TITLE_LENGTH
        and len(HAN.findall(text)) >= 2
        and "。" not in text
        and not text.endswith(("，", ",", "；", "："))
        and not has_caption_cue(text)
    )


def is_paragraph(text: str) -> bool:
    """Prose: long, or a complete sentence."""
    return len(text) > MAX_TITLE_LENGTH or text.endswith(("。", "！", "？", "”", "……"))


def classify(lines: Sequence[LineView | None]) -> Layout:
    """Place every line; ``None`` marks a removed or blank line that only holds its place."""
    count = len(lines)
    placements: list[Placement] = ["blank"] * count
    reasons: list[str | None] = [None] * count
    evidence: list[Evidence | None] = [None] * count
    fields: dict[str, str] = {}
    content: list[int] = []
    first_metadata: int | None = None
    # Short lines repeat (a page of one-character lines holds a few thousand distinct ones),
    # and the three verdicts below are pure functions of the text: a short text found to be
    # content once on this page is content again, without the per-line regex work.
    plain: set[str] = set()

    for i, line in enumerate(lines):
        if line is None or not line.text:
            continue
        if line.text in plain:
            content.append(i)
            continue
        furniture = classify_furniture(line.text)
        if furniture is not None:
            placements[i], reasons[i] = "removed", furniture.reason
            evidence[i] = Evidence(NAME, furniture.reason, line.text[:40])
            if furniture.site and "site" not in fields:
                fields["site"] = furniture.site
            continue
        if is_notice(line.text):
            placements[i] = "copyright"
            continue
        metadata = parse_metadata(line.text)
        if metadata is not None:
            placements[i] = "metadata"
            anchors = "published_at" in metadata.fields or "source" in metadata.fields
            if anchors and first_metadata is None and len(content) <= MAX_LINES_ABOVE_BYLINE:
                first_metadata = i  # a byline in the page head: the title is above it
            evidence[i] = Evidence(NAME, "metadata", ", ".join(metadata.labels) or "date")
            for key, value in metadata.fields.items():
                fields.setdefault(key, value)
            continue
        content.append(i)
        if len(line.text) <= MEMO_LENGTH and len(plain) < MEMO_LIMIT:
            plain.add(line.text)

    title = _find_title(lines, content, first_metadata)
    if title is not None:
        placements[title] = "title"
        for i in content:
            if i >= title:
                break
            text = lines[i].text  # type: ignore[union-attr]
            if len(text) <= MAX_FURNITURE_LENGTH and SENTENCE_MARK.search(text) is None:
                placements[i], reasons[i] = "removed", "nav"
                evidence[i] = Evidence(NAME, "nav", "short line above the title")
                if SITE_NAME.search(text) and "site" not in fields:
                    fields["site"] = text
    body = [i for i in content if placements[i] == "blank"]
    _place_body(lines, body, placements, evidence)
    return Layout(placements, reasons, evidence, fields)


def _find_title(
    lines: Sequence[LineView | None], content: list[int], first_metadata: int | None
) -> int | None:
    if not content:
        return None
    if first_metadata is not None:
        above = [i for i in content if i < first_metadata]
        if above and is_title_shaped(lines[above[-1]].text):  # type: ignore[union-attr]
            return above[-1]
    first = content[0]
    if first_metadata is None or first < first_metadata:
        text = lines[first].text  # type: ignore[union-attr]
        following = [i for i in content if i > first]
        if is_title_shaped(text) and SENTENCE_MARK.search(text) is None and following:
            return first
    return None


def _place_body(
    lines: Sequence[LineView | None],
    body: list[int],
    placements: list[Placement],
    evidence: list[Evidence | None],
) -> None:
    views = [lines[i] for i in body]
    long_lines = [v for v in views if v is not None and len(v.text) >= LAYOUT_SAMPLE_LENGTH]
    indented_layout = len(long_lines) >= 2 and sum(
        v.indented for v in long_lines
    ) >= INDENTED_SHARE * len(long_lines)
    single_gaps = sum(1 for v in views if v is not None and v.blanks_before == 1)
    double_gaps_unusual = single_gaps >= 0.6 * max(len(views), 1)
    started = False  # headings divide an article that has begun; above it they are lead lines
    for position, i in enumerate(body):
        view = lines[i]
        assert view is not None
        text = view.text
        is_last = position == len(body) - 1
        if has_caption_cue(text):
            placements[i] = "caption"
            evidence[i] = Evidence(NAME, "caption", "caption wording")
        elif (
            started
            and not is_last
            and (is_heading_shaped(text) or NUMBERED_HEADING.match(text))
            and (len(text) <= MAX_HEADING_LENGTH)
        ):
            placements[i] = "heading"
        elif (
            indented_layout
            and not view.indented
            and len(text) <= MAX_CAPTION_LENGTH
            and text.endswith(("。", "！", "”"))
        ):
            placements[i] = "caption"
            evidence[i] = Evidence(NAME, "caption", "unindented line among indented paragraphs")
        elif (
            not indented_layout
            and double_gaps_unusual
            and view.blanks_before >= 2
            and len(text) <= MAX_CAPTION_LENGTH
            and text.endswith("。")
            and position < len(body) // 2
        ):
            placements[i] = "caption"
            evidence[i] = Evidence(NAME, "caption", "set apart by blank lines")
        else:
            placements[i] = "body"
            started = started or is_paragraph(text)

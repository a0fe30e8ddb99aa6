"""The article's body: each remaining line a caption, a heading or body (step 4 of
``structure``'s order of decisions; split from ``structure`` in round 35).

A line with caption wording is a caption in any layout (but a picture
credit that is a byline, right under the byline, is metadata: ``caption_byline``);
once the article has begun, a short unpunctuated line followed by more text is a
heading; a short line that breaks the paragraphs' layout norm (indentation, spacing)
is a caption (``captions.PageLayout``), inside the article only (``headless_end`` when
no headline); spacing counts only when the line is not glued to the line under it (a
line spaced from the one above with the next line right under it opens the paragraphs
that follow); the rest is body.  A page without a layout norm says so in the evidence
rather than guess.  Round 22: a line set apart holding two or more counts in brackets
(``留言(1) 人气(68)``, ``caption_rejects.counts_record``) is a post's record: metadata
with no field, never a caption or a heading.  Round 40: before the heading rule, the
page's gallery structure: a frame three short lines of the article repeat
(``caption_frame``) and short lines retelling the paragraph above them, two or more, with
the lines set in their slot (``caption_retold``), are captions.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.document import Evidence, Placement
from newsclean.filters.caption_byline import credit_byline
from newsclean.filters.caption_cues import caption_cue_at
from newsclean.filters.caption_frame import frame_captions
from newsclean.filters.caption_group import Groups
from newsclean.filters.caption_layout import (
    DESCRIBED,
    HEAD_CAPTION_ENDS,
    SPACED,
    LineLike,
    PageLayout,
    described_credits,
)
from newsclean.filters.caption_own_credit import OWN_CREDIT, own_credits, under_picture
from newsclean.filters.caption_rejects import counts_record
from newsclean.filters.caption_retold import retold_captions
from newsclean.filters.caption_scene import part_in_flow
from newsclean.filters.captions import (
    LAYOUT_SAMPLE_LENGTH,
    RUN,
    caption_run,
    ends_as_sentence,
    is_caption_sized,
    layout_caption_shaped,
    layout_differences,
    typical_paragraph,
)
from newsclean.filters.charmodel import HAN
from newsclean.filters.foot_notices import is_paragraph
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.page_head import SENTENCE_MARK

NAME = "structure"

#: A title or heading is a line, not a paragraph.
MAX_HEADING_LENGTH = 40
MIN_HEADING_HAN = 4
SENTENCE_END = lazy_re(r"[。！？!?；;，,：:、…]$")
NUMBERED_HEADING = lazy_re(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])"
)


def is_heading_shaped(text: str) -> bool:
    """Short, several Han characters, no sentence punctuation: 深耕产业援藏——激活经济新引擎."""
    return (
        len(text) <= MAX_HEADING_LENGTH
        and len(HAN.findall(text)) >= MIN_HEADING_HAN
        and SENTENCE_END.search(text) is None
        and SENTENCE_MARK.search(text) is None
    )


def _unnumbered_heading(text: str) -> bool:
    return is_heading_shaped(text) and NUMBERED_HEADING.match(text) is None


def headless_end(
    lines: Sequence[LineLike | None], body: list[int], placements: list[Placement]
) -> int:
    """Where the head ends on a page whose head named no headline: above its first byline
    or first paragraph (a line that sets the layout norm), whichever comes first.  A head
    is laid out unlike paragraphs, so layout tells no caption there (``captions``).
    Round 36: a short line closed by a full stop (a described scene: a tool row, a hot
    search or a headline has none) ends the head too, and is read as a titled page's
    head is (``PageLayout.head_caption``)."""
    first = next(
        (i for i in body if len(lines[i].text) >= LAYOUT_SAMPLE_LENGTH),  # type: ignore[union-attr]
        len(placements),
    )
    byline = next((i for i in range(first) if placements[i] == "metadata"), first)
    scene = next(
        (i for i in body if i < byline and lines[i].text.endswith(HEAD_CAPTION_ENDS)),  # type: ignore[union-attr]
        byline,
    )
    if scene < byline:
        return scene - 1
    return byline if byline < first else first - 1


def _broken_part(views: Sequence[LineLike | None], position: int, difference: str | None) -> bool:
    after = views[position + 1] if position + 1 < len(views) else None
    glued = after is not None and after.blanks_before == 0
    return part_in_flow(views[position].text, difference is not None, glued)  # type: ignore[union-attr]


def place_body(
    lines: Sequence[LineLike | None],
    body: list[int],
    placements: list[Placement],
    evidence: list[Evidence | None],
    head_end: int = -1,
) -> None:
    """Captions, headings and body among ``body``; lines up to ``head_end`` (the title)
    are above the article, where layout says nothing about captions."""
    views = [lines[i] for i in body]
    first_in_article = next((k for k, i in enumerate(body) if i > head_end), len(body))
    layout, differences = layout_differences(views, first_in_article)
    started = False  # headings divide an article that has begun; above it they are lead lines
    unsignalled: list[int] = []
    last = len(body) - 1
    typical = typical_paragraph(views) if any(differences) else 0
    grouped = Groups(views, differences, layout, first_in_article)  # captions set together
    framed = frame_captions(views, first_in_article)  # a gallery's repeated frame (r40)
    framed.update(retold_captions(views, first_in_article, _unnumbered_heading))

    def heading_alone(text: str, position: int) -> bool:
        return is_heading_shaped(text) and not grouped(position)

    for position, view in enumerate(views):
        assert view is not None
        i = body[position]
        text = view.text
        is_last = position == last
        # caption_cue is pure: each text judged once across pages (``caption_cue_of``)
        cue = (
            caption_cue_at(text, is_last)
            or grouped.line_cue(position, started, typical)
            or framed.get(position)
        )
        difference = differences[position]
        above = placements[body[position - 1]] if position else "body"
        if difference == SPACED and under_picture(views, position, above, layout.gap):
            difference = None  # the caption block's margin above it (round 45)
        broken = _broken_part(views, position, difference)  # part_caption gates on 其中
        if broken:
            cue = None  # 其中四条 / 已于上月底…: a paragraph's line broken (caption_scene, r37)
        if cue is not None and credit_byline(text, placements, i, lines):
            placements[i] = "metadata"  # 图/本报记者 张三 under the byline (caption_byline)
            evidence[i] = Evidence(NAME, "metadata", "a photographer's byline")
        elif cue is not None:
            placements[i] = "caption"
            evidence[i] = Evidence(NAME, "caption", cue)
        elif difference is not None and counts_record(text):  # 留言(1) 人气(68), set apart
            placements[i] = "metadata"
            evidence[i] = Evidence(NAME, "metadata", "a post's counts set apart, no field")
        elif (
            started
            and not is_last
            and not broken
            and len(text) <= MAX_HEADING_LENGTH
            and (NUMBERED_HEADING.match(text) or heading_alone(text, position))
        ):
            placements[i] = "heading"
        elif (
            difference is not None
            and layout_caption_shaped(text, typical)  # a caption line, not a paragraph
            and (
                ends_as_sentence(text) or (not is_last and grouped(position, unpunctuated=started))
            )
        ):
            placements[i] = "caption"
            evidence[i] = Evidence(NAME, "caption", difference)
        else:
            placements[i] = "body"
            if len(text) < LAYOUT_SAMPLE_LENGTH and is_caption_sized(text):
                unsignalled.append(i)  # caption-like: only layout could have told
            started = started or is_paragraph(text)
    for position in described_credits(views, [placements[i] for i in body]):
        placements[body[position]] = "caption"
        evidence[body[position]] = Evidence(NAME, "caption", DESCRIBED)
    runs = caption_run(views, [placements[i] for i in body], layout.gap) if layout.gap else []
    for position in runs:
        placements[body[position]] = "caption"
        evidence[body[position]] = Evidence(NAME, "caption", RUN)
    for position in own_credits(views, [placements[i] for i in body]):  # round 45
        placements[body[position]] = "metadata"
        evidence[body[position]] = Evidence(NAME, "metadata", OWN_CREDIT)
    if any(differences):
        return
    for i in (i for i in unsignalled if placements[i] == "body"):  # not taken into a run
        evidence[i] = Evidence(NAME, "body", _unsignalled(layout, lines[i]))


#: Why a short line no wording marked stays body on a page where layout marked none.
NO_SIGNAL = (
    "no layout signal (every line has the paragraphs' indentation and spacing): "
    "short line kept as body, not guessed a caption"
)
HEAD_SIGNAL = (
    "laid out unlike the paragraphs but above the article's first paragraph, where layout "
    "is no caption evidence (a headline's, a dek's place): short line kept as body, "
    "not guessed a caption"
)


def _unsignalled(layout: PageLayout, line: LineLike | None) -> str:
    """What --explain says of a short line kept as body with no layout signal: a line that
    breaks the paragraphs' norm in the article's head is not said to share it (round 39,
    second wave)."""
    return HEAD_SIGNAL if line is not None and layout.difference(line) else NO_SIGNAL

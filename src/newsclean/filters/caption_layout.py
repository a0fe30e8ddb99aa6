"""Caption layout: the norm the page's paragraphs follow, the lines that break it, and
runs of captions (the layout half of the model in ``captions``' docstring).

A line that only its layout marks as a caption (no credit, no caption cue) must also be
shaped like a caption line, not like a paragraph set apart (``layout_caption_shaped``):
at most ``MAX_LAYOUT_CAPTION`` characters, shorter than the page's typical paragraph
(``typical_paragraph``: the median length of its lines of ``LAYOUT_SAMPLE_LENGTH`` or
more), one sentence at most (a sentence end before its last character makes it
prose: ``…夜间常驻。附近居民…踪影。``), at most two clauses (one clause mark ，；: a
line of three clauses, ``预计明后两天,本市仍以多云为主,气温变化不大。``, is a
paragraph's sentence however it is spaced), not wholly inside one bracket (round 11: an
aside, an author's affiliation ``(南京邮电大学 社会与人口学院,江苏 南京 210023)``;
a bracketed credit is wording, read first), and no line of another kind
(``caption_rejects``: a discourse connective opening it, a byline's credits, the reader
addressed, a row or a record of fields).  The captions layout alone finds are a few words
(精彩的文艺演出。, 华侨新村入口); a longer caption carries a credit or a cue, which
``captions`` reads in any layout.  Whether a line breaks the layout is still asked of
every caption-sized line: its neighbours read it to tell a group of captions.

*The article's head* (round 11): the lines above the first paragraph (``first_paragraph``:
the first line long enough to set the norm and laid out as the paragraphs are) are the
headline, the dek, the byline, a notice (``本文出自…期(…出刊)``), a category, an
affiliation: set flush among indented paragraphs by the head's own norm, whether or not
a headline was found.  There breaking the paragraphs' layout is no caption evidence,
unless the line is a described scene closed by a full stop or breaks both norms at once
(``PageLayout.head_caption``); lead pictures' captions with a credit or a cue are
wording, read in any place.

*Captions grouped as a string of short sentences*, above the body or between two
paragraphs: ``caption_sentences`` (round 16, split from this module).

A *scene caption* (a short noun phrase naming an event's scene) is wording, not layout:
``caption_scene`` (round 14, split from this module).

*A picture's description over its credit line* (round 43, ``caption_run``): a newspaper's
picture news (图片新闻) prints the description of the picture as one block and the
photographer's credit alone on the line under it (``…负责人杨云(右)在采摘葡萄。该合作社
成立于2015年,…`` / ``本报记者杨远高通讯员杨绪伟摄``; ``…。圖為合作社種植的核桃豐收了。`` /
``(山東省東平縣農村經營管理辦公室 井立義 攝)``).  The two lines glued
together and set apart by blank lines from the lines above and under them are one block,
the picture's: the line over the credit is its caption, whatever its length up to
``MAX_CAPTION_LENGTH`` (a run's line otherwise is ``MAX_RUN_LINE`` at most), when it closes
as a sentence.  The block is read by its own blank lines (one above the description, one
under the credit or the page's end), whatever the page's spacing norm: on a page of glued
paragraphs no line is set apart, and a paragraph glued to the one above or a credit glued
to the line under it makes no block, so the line stays the article's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Protocol

from newsclean.filters.caption_credit import credit_alone
from newsclean.filters.caption_label import form_row
from newsclean.filters.caption_rejects import (
    FIELD_SEPARATOR,
    JOINT_CREDIT,
    KANA_RUN,
    LABEL_SLASH,
    QUESTION_ENDS,
    ROLE_ROW,
    addresses_reader,
    connectives,
    edition_line,
    record_fields,
)
from newsclean.filters.caption_sentences import grouped_sentences, head_group
from newsclean.filters.charmodel import HAN
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.marks import CLAUSE_MARK
from newsclean.filters.notice import is_notice

#: A caption is a sentence or two.
MAX_CAPTION_LENGTH = 150
#: A caption describes something: a few Han characters at least.
MIN_CAPTION_HAN = 6
#: Paragraphs at least this long decide the page's layout norm.
LAYOUT_SAMPLE_LENGTH = 40
#: Share of the long lines that must agree for a norm to exist.
NORM_SHARE = 0.6
#: A spacing norm needs this many paragraphs with the same gap: two could be chance.
MIN_GAP_SAMPLE = 3
SPACED = "set apart by blank lines"
RUN = "in a run of captions: glued to the caption next to it on a page of spaced paragraphs"
#: A line joins a caption run when it is this short: a caption line, not a paragraph.
MAX_RUN_LINE = 60
CLAUSE_ENDS = ("，", "；", "：", ",", ";", ":")
#: What a glued line was taken for before the run claims it: a short unpunctuated line
#: reads as a heading, but a heading on a spaced page is spaced too.
JOINABLE = ("body", "heading")
#: A caption that only layout tells is a caption line: at most this long.
MAX_LAYOUT_CAPTION = MAX_RUN_LINE
SENTENCE_END_INSIDE = lazy_regex(r"[。！？](?=.)")
#: A caption layout alone tells is one clause or two (a scene and what happens in it).
MAX_LAYOUT_CLAUSE_MARKS = 1
HEAD_CAPTION_ENDS = ("。", "！", "？", "!", "?")
FINAL_PUNCTUATION = ("。", "！", "？", "!", "?", "”", "」", "…", "）", ")")


class LineLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def indented(self) -> bool: ...
    @property
    def blanks_before(self) -> int: ...


@dataclass(frozen=True, slots=True)
class PageLayout:
    """The norm the page's paragraphs follow: their indentation and their spacing."""

    indented: bool | None  # None: the long lines disagree, no indentation norm
    gap: int | None  # blank lines before a paragraph; None: no spacing norm

    @classmethod
    def of(cls, views: Sequence[LineLike | None]) -> PageLayout:
        """The norm of ``views`` (a ``None`` holds a place and is skipped)."""
        long_count = indented_count = 0
        gaps: dict[int, int] = {}
        position = -1
        all_indented = 0
        for v in views:
            if v is None:
                continue
            position += 1
            all_indented += v.indented
            if len(v.text) >= LAYOUT_SAMPLE_LENGTH:
                long_count += 1
                indented_count += v.indented
            if position and (len(v.text) >= LAYOUT_SAMPLE_LENGTH or ends_as_sentence(v.text)):
                # Paragraphs set the spacing norm (the first line's gap is the head's): a
                # page of bare words or list items has none.
                gaps[v.blanks_before] = gaps.get(v.blanks_before, 0) + 1
        count = position + 1
        if long_count < 2 and count >= MIN_GAP_SAMPLE:
            # Short paragraphs only (a police notice): every line votes on the indentation.
            long_count, indented_count = count, all_indented
        indented: bool | None = None
        if long_count >= 2:
            share = indented_count / long_count
            if share >= NORM_SHARE:
                indented = True
            elif share <= 1 - NORM_SHARE:
                indented = False
        gap: int | None = None
        if gaps:
            common = max(gaps, key=gaps.__getitem__)
            agreeing = gaps[common]
            if agreeing >= MIN_GAP_SAMPLE and agreeing >= NORM_SHARE * (count - 1):
                gap = common
        return cls(indented, gap)

    def head_caption(self, view: LineLike) -> bool:
        """Whether ``view``, above the first paragraph, still reads as a caption by its
        layout: a described scene (a closing full stop: a headline, a byline, a notice
        and a category have none), or a line that breaks both norms at once (flush and
        set apart among indented, spaced paragraphs), as lead pictures' captions are."""
        if view.text.endswith(HEAD_CAPTION_ENDS):
            return True
        return (
            self.indented is not None
            and view.indented != self.indented
            and self.gap is not None
            and view.blanks_before > self.gap
        )

    def difference(self, view: LineLike) -> str | None:
        """How ``view`` breaks the paragraphs' layout, or None."""
        if self.indented is not None and view.indented != self.indented:
            if view.indented:
                return "indented among flush paragraphs"
            return "unindented among indented paragraphs"
        if self.indented:
            return None  # indented like the paragraphs: the stronger sign, whatever the gap
        if self.gap is not None and view.blanks_before > self.gap:
            return SPACED
        return None


@lru_cache(maxsize=1 << 13)
def is_caption_sized(text: str) -> bool:
    if len(text) > MAX_CAPTION_LENGTH:
        return False
    # Stop counting at the sixth Han character.
    return next(islice(HAN.finditer(text), MIN_CAPTION_HAN - 1, None), None) is not None


def layout_caption_shaped(text: str, typical: int) -> bool:
    """A caption line, not a paragraph set apart (the module's docstring); ``typical`` is
    ``typical_paragraph`` of the page.

    >>> layout_caption_shaped("精彩的文艺演出。", 80)
    True
    >>> layout_caption_shaped("日间不现身而夜间常驻。附近居民注意到，该男子多在凌晨时段逗留。", 90)
    False
    """
    if len(text) > MAX_LAYOUT_CAPTION or SENTENCE_END_INSIDE.search(text):
        return False
    if text.startswith(connectives()) or JOINT_CREDIT.match(text) or LABEL_SLASH.match(text):
        return False  # 另外，…: the article goes on; 图、文:…, 译/…: its byline
    if ROLE_ROW.match(text) or KANA_RUN.search(text):
        return False  # 文‧海涵 图‧岳雷, …はコメントを受け付けていません。: a byline, a theme
    if addresses_reader(text) or text.endswith(QUESTION_ENDS):
        return False  # 如果你想了解更多…, 美在哪里?: the writer's voice, no picture described
    if record_fields(text) or form_row(text) or edition_line(text):  # …( 2024年… 第 06 版)
        return False  # 发表日期:… 阅读人次:…: the page's record, not a picture's caption
    if is_notice(text, near_foot=True):
        return False  # …转载请保留某某网链接。: the site's terms (round 37)
    if FIELD_SEPARATOR.search(text):
        return False  # 评论提交者 | Posted by…, 中外网 - 关注…: a row of fields, a title bar
    if text.startswith(("(", "（")) and text.endswith((")", "）")):
        return False  # (南京邮电大学 社会与人口学院,…): an aside, an affiliation
    if len(CLAUSE_MARK.findall(text)) > MAX_LAYOUT_CLAUSE_MARKS:
        return False  # 预计明后两天,本市…,气温…。: three clauses, a paragraph's sentence
    return len(text) < LAYOUT_SAMPLE_LENGTH or len(text) < typical


def typical_paragraph(views: Sequence[LineLike | None]) -> int:
    """The median length of the lines that set the layout norm (``MAX_LAYOUT_CAPTION`` on
    a page without any)."""
    lengths = sorted(
        len(v.text) for v in views if v is not None and len(v.text) >= LAYOUT_SAMPLE_LENGTH
    )
    return lengths[len(lengths) // 2] if lengths else MAX_LAYOUT_CAPTION


def ends_as_sentence(text: str) -> bool:
    return text.endswith(FINAL_PUNCTUATION)


def layout_differences(
    views: Sequence[LineLike | None], first_in_article: int
) -> tuple[PageLayout, list[str | None]]:
    """The page's layout norm, and how each caption-sized line of the article (from
    position ``first_in_article`` on) breaks it.  No list but the answer is built: a page
    of a million short lines pays one pointer a line here.

    Spacing alone is weak: a line spaced from the one above with the next line glued
    under it opens the paragraphs that follow, and the first line under the head is often
    spaced from it; a group of spaced lines there is a block of captions.
    """
    layout = PageLayout.of(views)
    # Layout first (two attribute comparisons), size only where the layout differs.
    differences: list[str | None] = [None] * len(views)
    for position in range(first_in_article, len(views)):
        view = views[position]
        if view is not None:
            difference = layout.difference(view)
            if difference is not None and is_caption_sized(view.text):
                differences[position] = difference
    for position in range(len(differences) - 1):
        after = views[position + 1]
        if differences[position] == SPACED and after is not None and after.blanks_before == 0:
            differences[position] = None
    if differences and differences[0] == SPACED and (len(differences) < 2 or not differences[1]):
        differences[0] = None
    opens = first_paragraph(views, first_in_article, layout)
    for position in range(first_in_article, opens):
        view = views[position]
        if differences[position] and view is not None and not layout.head_caption(view):
            differences[position] = None  # the article's head: its norm is unlike paragraphs
    if layout.indented and opens > first_in_article:  # lead captions flush over the article
        for position, why in head_group(views, first_in_article, opens).items():
            differences[position] = differences[position] or why
    for position, why in grouped_sentences(views, first_in_article).items():
        differences[position] = differences[position] or why
    return layout, differences


def first_paragraph(
    views: Sequence[LineLike | None], first_in_article: int, layout: PageLayout
) -> int:
    """Where the article's paragraphs begin: its first line long enough to set the layout
    norm and laid out as the paragraphs are (indented when they are; ``first_in_article``
    on a page of short lines).  The lines above it are the article's head (headline, dek,
    byline, notice, category, affiliation, a long flush line glued over the article), set
    flush whatever the paragraphs do, so breaking the paragraphs' layout is no caption
    evidence there, with or without a headline found, unless the line is a described
    scene or breaks both norms (``PageLayout.head_caption``; module docstring)."""
    for position in range(first_in_article, len(views)):
        view = views[position]
        if view is None or len(view.text) < LAYOUT_SAMPLE_LENGTH:
            continue
        if not layout.indented or view.indented:
            return position
    return first_in_article


def caption_run(
    views: Sequence[LineLike | None], placements: Sequence[str], gap: int | None
) -> list[int]:
    """Positions of body (or heading-shaped) lines that belong to a run of captions: on
    a page whose paragraphs are spaced apart, a short line glued (no blank line) to a
    caption, above or under it, is part of the caption block (a caption under a
    caption, a credit line under its caption).  Where paragraphs are not spaced, gluing
    says nothing."""
    if not gap or "caption" not in placements:
        return []
    joined: list[int] = []
    is_caption = [placement == "caption" for placement in placements]
    for order in (range(len(views)), range(len(views) - 1, -1, -1)):
        for position in order:
            view = views[position]
            if view is None or placements[position] not in JOINABLE or is_caption[position]:
                continue
            text = view.text
            if len(text) > MAX_RUN_LINE or text.endswith(CLAUSE_ENDS):
                continue
            if LABEL_SLASH.match(text) or addresses_reader(text):
                continue  # a byline's field, a notice: not a caption (layout_caption_shaped)
            above = position > 0 and is_caption[position - 1] and view.blanks_before == 0
            below_view = views[position + 1] if position + 1 < len(views) else None
            below = (
                below_view is not None
                and is_caption[position + 1]
                and below_view.blanks_before == 0
            )
            if (above or below) and is_caption_sized(text):
                is_caption[position] = True
                joined.append(position)
    return sorted(joined)


DESCRIBED = "a picture's description: set apart with the credit alone glued under it"


def described_credits(views: Sequence[LineLike | None], placements: Sequence[str]) -> list[int]:
    """Positions of body lines that describe the picture whose credit is printed alone on
    the line glued under them, the two set apart from the lines around them as a block of
    their own (picture news; the module's docstring), whatever the page's spacing norm."""
    found = []
    for position in range(len(views) - 1):
        view, below = views[position], views[position + 1]
        if view is None or below is None or placements[position] not in JOINABLE:
            continue
        if below.blanks_before or placements[position + 1] != "caption":
            continue
        if position and not view.blanks_before:
            continue  # glued under the line above: a paragraph of a run of text
        after = views[position + 2] if position + 2 < len(views) else None
        if after is not None and not after.blanks_before:
            continue  # the credit glued to the next line too: no block of its own
        text = view.text
        if not (is_caption_sized(text) and ends_as_sentence(text)) or credit_alone(text):
            continue
        if credit_alone(below.text):
            found.append(position)
    return found

"""Recognise image captions: by their photo credit, or by a layout unlike the paragraphs'.

Model.  A caption is the text a page set under (or over) a picture that the scrape
lost.  Two independent kinds of evidence make a line a caption:

1. **Wording** (``caption_cue``), in any layout:

   * a *photo credit at the end* of the line, bare or bracketed — a credit word
     (``data/caption_cues.txt``: 摄, 供图, 资料图, 截图, 制图, 新华社发…) closing the line
     after a short name (``… 新华社记者 陈晔华摄``, ``王小明／记者摄``,
     ``通讯员供图``), a bracket at the end holding one (``（记者 张三 摄）``,
     ``(资料图片;余俊亮摄)``, ``（新华社发）``), a bracket opening with 图/ (``(图/路透社)``),
     a bracket naming a picture agency (``（视觉中国）``), or a credit label with a name
     (``摄:Imagine China``, ``图片来源：受访者``);
   * a caption *opening* (图为, 图：, ▲, 资料图：…).

   Final punctuation is not required.  拍摄 at the end of a sentence is a verb, not a
   credit.

2. **Layout** (``PageLayout``): the page's paragraphs share an indentation and a
   spacing (the norm of its long lines), and a short line that breaks the norm —
   unindented among indented paragraphs, indented among flush ones, or set apart by
   more blank lines than paragraphs are — is a caption, when nothing else (heading,
   byline, notice, furniture) claimed it first.  A line without final punctuation
   qualifies only in a group of such lines (captions grouped above the body), since a
   lone unpunctuated line is as likely a subtitle.

A page whose paragraphs and short lines all share one indentation and one spacing has
*no layout signal*: there, only wording makes a caption, and ``--explain`` says so
instead of guessing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Protocol

import regex

from newsclean.data import data_lines

#: A caption is a sentence or two; credited ones run longer (Hong Kong papers).
MAX_CAPTION_LENGTH = 150
MAX_CREDITED_CAPTION_LENGTH = 250
#: A caption describes something: a few Han characters at least.
MIN_CAPTION_HAN = 6
#: Paragraphs at least this long decide the page's layout norm.
LAYOUT_SAMPLE_LENGTH = 40
#: Share of the long lines that must agree for a norm to exist.
NORM_SHARE = 0.6
#: A spacing norm needs this many paragraphs with the same gap: two could be chance.
MIN_GAP_SAMPLE = 3
#: A name before a bare credit is short: 新华社记者 陈晔华摄, 通讯员供图.
MAX_CREDIT_NAME = 12
SPACED = "set apart by blank lines"

HAN = regex.compile(r"\p{Han}")
BULLETS = "·•●■◆▪*＊ \u3000"
FINAL_PUNCTUATION = ("。", "！", "？", "!", "?", "”", "」", "…", "）", ")")
# A bracket closing the line, and what it holds.
END_BRACKET = regex.compile(r"[（(【\[]([^（()）【】\[\]]{1,40})[)）】\]]\s*$")
# A credit label with a name after it, closing the line: 摄:Imagine China, 图片来源：新华社.
CREDIT_LABEL = regex.compile(
    r"(?:^|[\s\u3000。！？!?”」])(?:摄影|攝影|摄|攝|图片来源|圖片來源|图源|圖源|图片|圖片|图|圖)"
    r"\s*[:：/／]\s*[^\s\u3000。，,！？]{1,20}(?:\s[^\s\u3000。，,！？]{1,20})?$"
)
CREDIT_LABEL_WORD = regex.compile(r"[摄攝图圖]")
#: A credit label and its name sit in the last characters of the line.
CREDIT_LABEL_REACH = 48
CLOSING_BRACKETS = (")", "）", "】", "]")
SENTENCE_ENDS = ("。", "！", "？", "，", "；", "”", "」", "…")
PICTURE_PREFIX = regex.compile(r"^\s*(?:图片|圖片|图|圖|摄影|攝影)\s*[/／:：]")
# What may stand before a bare credit: a separator, then a short name.
CREDIT_SEPARATOR = regex.compile(r"[\s\u3000。！？!?，,；;：:/／|｜)）”」]")
ROLE_BEFORE_CREDIT = regex.compile(r"记者|記者|通讯员|通訊員|社")
VERB_NOT_CREDIT = ("拍摄", "拍攝", "航拍摄")
# Credits that name the picture itself, so a short line ending with one is a caption.
NOUN_CREDITS = frozenset(
    ("截图", "截圖", "资料图", "資料圖", "资料照", "資料照", "示意图", "示意圖", "供图", "供圖")
)
MAX_NAMED_PICTURE = 24


@cache
def caption_cues() -> dict[str, tuple[str, ...]]:
    """where (start, credit, agency) -> cues, longest first."""
    found: dict[str, list[str]] = {"start": [], "credit": [], "agency": []}
    for fields in data_lines("caption_cues.txt"):
        found[fields[0]].append(fields[1].lower())
    return {kind: tuple(sorted(cues, key=len, reverse=True)) for kind, cues in found.items()}


def _bare_credit(line: str) -> str | None:
    """The credit word closing ``line`` after a short name, if any."""
    if line.endswith(VERB_NOT_CREDIT):
        return None
    for credit in caption_cues()["credit"]:
        if not line.endswith(credit):
            continue
        head = line[: -len(credit)]
        # The name before the credit runs back to the nearest separator.
        if CREDIT_SEPARATOR.search(head[-MAX_CREDIT_NAME - 1 :]):
            return credit
        if len(head) <= MAX_CREDIT_NAME and (not head or ROLE_BEFORE_CREDIT.search(head)):
            return credit  # the whole line is a credit: 记者张三摄
        if credit in NOUN_CREDITS and len(line) <= MAX_NAMED_PICTURE:
            return credit  # a short line naming the picture: 网友发布的视频截图
        return None
    return None


def _bracket_credit(line: str) -> str | None:
    match = END_BRACKET.search(line)
    if match is None:
        return None
    inner = match.group(1).strip().lower()
    if PICTURE_PREFIX.match(inner):
        return inner
    cues = caption_cues()
    if any(credit in inner for credit in cues["credit"]) and "报道" not in inner:
        return inner
    if any(inner == agency or inner.startswith(agency) for agency in cues["agency"]):
        return inner
    return None


def caption_cue(text: str) -> str | None:
    """Why ``text`` reads as a caption by its wording, or None.

    >>> caption_cue("7月1日，游客在景区游览。（新华社发）")
    'photo credit at the end: 新华社发'
    >>> caption_cue("在武汉天河机场，医护人员为医疗队送行。新华社记者 陈晔华摄")
    'photo credit at the end: 摄'
    >>> caption_cue("他从小就喜欢拍摄") is None
    True
    """
    line = text.strip()
    if not line or len(line) > MAX_CREDITED_CAPTION_LENGTH:
        return None
    # The start and credit cues are Han words; only brackets may hold Latin names.
    opening = line.lstrip(BULLETS)
    starts = caption_cues()["start"]
    if opening.startswith(starts) or line.startswith(starts):
        cue = next(c for c in starts if opening.startswith(c) or line.startswith(c))
        return f"caption opening: {cue}"
    # Cheap tests first: most lines end with neither a bracket nor a credit word.
    if line.endswith(CLOSING_BRACKETS):
        inner = _bracket_credit(line.lower())
        if inner is not None:
            return f"photo credit at the end: {inner}"
    if line.endswith(caption_cues()["credit"]):
        credit = _bare_credit(line)
        if credit is not None:
            return f"photo credit at the end: {credit}"
    if line.endswith(SENTENCE_ENDS):
        return None  # a credit label's name never ends a sentence: 摄:Imagine China
    tail = line[-CREDIT_LABEL_REACH:]
    if CREDIT_LABEL_WORD.search(tail) and CREDIT_LABEL.search(tail):
        return "photo credit at the end"
    return None


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
    def of(cls, views: Sequence[LineLike]) -> PageLayout:
        long_count = indented_count = 0
        gaps: dict[int, int] = {}
        for position, v in enumerate(views):
            if len(v.text) >= LAYOUT_SAMPLE_LENGTH:
                long_count += 1
                indented_count += v.indented
            if position:  # the first line's gap is the head's, not a paragraph's
                gaps[v.blanks_before] = gaps.get(v.blanks_before, 0) + 1
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
            count = gaps[common]
            if count >= MIN_GAP_SAMPLE and count >= NORM_SHARE * (len(views) - 1):
                gap = common
        return cls(indented, gap)

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


def is_caption_sized(text: str) -> bool:
    if len(text) > MAX_CAPTION_LENGTH:
        return False
    # Stop counting at the sixth Han character.
    return next(islice(HAN.finditer(text), MIN_CAPTION_HAN - 1, None), None) is not None


def ends_as_sentence(text: str) -> bool:
    return text.endswith(FINAL_PUNCTUATION)

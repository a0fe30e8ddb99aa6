"""Captions grouped as a string of short sentences (split from ``caption_layout``, round
16; the layout half of the model in ``captions``' docstring).

Model.  An article's paragraphs are not a string of one-line sentences of a dozen
characters: two or more lines in a row that are each one short sentence with no clause
mark and a full stop (at most ``MAX_GROUPED_CAPTION`` characters: ``精彩的文艺演出。`` /
``文物专家为市民鉴宝。``) are the captions of pictures, whatever the spacing.

* *Above the body* (round 11): between the page head and the first paragraph (a line of
  ``LAYOUT_SAMPLE_LENGTH`` characters or more), such a group is the lead pictures'
  captions; a single such line (a lead sentence) is left to the layout.
* *Among the paragraphs* (round 16): a paper that opens with a lead paragraph (``本报讯
  (文/… 图/…)昨天上午,…``) sets the pictures under it, so the same group stands between
  two paragraphs.  There it is a group of captions when a paragraph follows it (a string
  of short lines closing the page is its foot: a sign-off, a list) and every line of it
  names what the paragraphs name (a shared pair of adjacent Han characters,
  ``charmodel.han_pairs``): a caption describes the article's picture, while a
  keyword pair injected between paragraphs, or a list of slogans, names other things.

* *Flush over indented paragraphs* (round 21, ``head_group``): between the headline and
  the first paragraph, where layout alone is no evidence (a dek, a category, a byline
  sit there flush), two or more short lines in a row directly over the first paragraph,
  each set flush where the paragraphs are indented, none closed by a mark or holding a
  label's colon, none opening with a dash (``——记…``), and each naming what the
  paragraphs name (a shared Han pair): the lead pictures' captions set over the article
  (``昨日傍晚的販毒案,司警在機場展示證物`` / ``司警昨日傍晚在機場拘販毒男``).  A subtitle
  stands alone: one such line is left to the head.  Round 35: a line of a crumb's path
  (a spaced ``>``, ``›`` or ``»``: ``300字范文 > <the headline>``) ends the group, and a
  run one of whose lines holds another whole (the headline printed again under a crumb
  ending in it) is the head's echo, no pictures': two captions describe two pictures.
  Round 39 (second wave): each line names what the paragraphs name by a word, two shared
  pairs (all its pairs when it holds fewer), as a picture's name does
  (``caption_group.picture_name``): a spam site's header over a hijacked article
  (``18dy影院(中国)官方网站…``) shares one common word with it, ``中国``, and no picture;
  and a line that is one text printed twice (that header, ``X(中国)官方网站X(中国)官方网站``)
  is an echo as a line printed inside another is.

>>> GROUPED_SHAPE.match("精彩的文艺演出。") is not None
True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from newsclean.filters.charmodel import han_pairs
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex

GROUPED = "in a group of short sentences between the head and the first paragraph"
AMONG = "in a group of short sentences between paragraphs, naming what they name"
#: Captions grouped over the lead pictures: each a few words and a full stop.
MAX_GROUPED_CAPTION = 16
MIN_GROUP = 2
GROUPED_SHAPE = lazy_re(r"^[^，,、；;：:。！？!?]{4,15}。$")
#: Paragraphs at least this long end a group (``caption_layout.LAYOUT_SAMPLE_LENGTH``).
PARAGRAPH_LENGTH = 40


HEAD_GROUP = "in a group of flush lines over the first indented paragraph, naming what it names"
#: A head group's line: a caption's few words, not a paragraph.
MAX_HEAD_CAPTION = 40
MIN_HEAD_CAPTION = 6
#: A line of a head group closes with no mark, holds no label's colon, opens with no dash.
UNMARKED_END = frozenset("。！？!?，,；;：:…”」』）)")
LABEL_COLON = lazy_regex(r"[：:]")
DASH_OPENING = ("—", "－", "-", "─", "–")
#: A crumb's step: a path separator between spaces (``首页 > 正文``).
CRUMB_STEP = lazy_regex(r"\s[>＞›»](?:\s|$)")


class _Line(Protocol):
    @property
    def text(self) -> str: ...


class _Laid(_Line, Protocol):
    @property
    def indented(self) -> bool: ...


def head_group(views: Sequence[_Laid | None], first: int, opens: int) -> dict[int, str]:
    """Position -> why, for the flush lines over the first indented paragraph at
    ``opens`` (the article's head runs from ``first``) that form a group of captions
    (module docstring); the caller knows the paragraphs are indented."""
    run: list[int] = []
    for position in range(opens - 1, first - 1, -1):
        view = views[position]
        if view is None:
            continue
        text = view.text
        if (
            view.indented
            or not MIN_HEAD_CAPTION <= len(text) <= MAX_HEAD_CAPTION
            or text[-1] in UNMARKED_END
            or text.startswith(DASH_OPENING)
            or LABEL_COLON.search(text) is not None
            or CRUMB_STEP.search(text) is not None
        ):
            break
        run.append(position)
    if len(run) < MIN_GROUP:
        return {}
    texts = [views[i].text for i in run]  # type: ignore[union-attr]
    if any(a in b or b in a for n, a in enumerate(texts) for b in texts[n + 1 :]):
        return {}  # a line printed again inside another: the head's echo (module docstring)
    if any(map(_doubled, texts)):
        return {}  # X(中国)官方网站X(中国)官方网站: a site's header printed twice (round 39)
    pairs = _paragraph_pairs(views)
    if not all(_names_it(views[i].text, pairs) for i in run):  # type: ignore[union-attr]
        return {}
    return dict.fromkeys(run, HEAD_GROUP)


#: A head group's line names what the paragraphs name by a word, not one common pair.
MIN_SHARED_PAIRS = 2


def _doubled(text: str) -> bool:
    """Whether ``text`` is one text printed twice, a space between perhaps: a site's header
    echoed, never a caption (a caption describes its picture once).

    >>> _doubled("18dy影院(中国)官方网站18dy影院(中国)官方网站"), _doubled("卫星发射成功")
    (True, False)
    """
    half, odd = divmod(len(text), 2)
    return half > 2 and text[:half] == text[half + odd :] and (not odd or text[half] == " ")


def _names_it(text: str, paragraph_pairs: set[str]) -> bool:
    """Whether ``text`` shares with the paragraphs two pairs of adjacent Han characters (all
    its pairs when it holds fewer): a word of three characters or two words, not one common
    word (``中国`` of a site's ``X(中国)官方网站``; round 39, second wave)."""
    own = han_pairs(text)
    return len(own & paragraph_pairs) >= min(MIN_SHARED_PAIRS, len(own)) and bool(own)


def grouped_sentences(views: Sequence[_Line | None], first: int) -> dict[int, str]:
    """Position -> why, for the groups of short full-stopped lines of the article from
    ``first`` on (module docstring)."""
    run: list[int] = []
    found: dict[int, str] = {}
    started = False  # the first paragraph is behind: a group must name what they name
    pairs: set[str] | None = None
    texts: dict[int, str] = {}  # the run's lines
    for position in range(first, len(views)):
        view = views[position]
        if view is None:
            continue
        text = view.text
        if len(text) >= PARAGRAPH_LENGTH:
            if len(run) >= MIN_GROUP and started:
                pairs = pairs if pairs is not None else _paragraph_pairs(views)
                if all(not han_pairs(texts[i]).isdisjoint(pairs) for i in run):
                    found.update(dict.fromkeys(run, AMONG))
            elif len(run) >= MIN_GROUP:
                found.update(dict.fromkeys(run, GROUPED))
            started, run = True, []
            continue
        if len(text) <= MAX_GROUPED_CAPTION and GROUPED_SHAPE.match(text):
            run.append(position)
            texts[position] = text
            continue
        if len(run) >= MIN_GROUP and not started:
            found.update(dict.fromkeys(run, GROUPED))
        run = []
    if len(run) >= MIN_GROUP and not started:
        found.update(dict.fromkeys(run, GROUPED))  # no paragraph at all: the old rule
    return found


def _paragraph_pairs(views: Sequence[_Line | None]) -> set[str]:
    pairs: set[str] = set()
    for view in views:
        if view is not None and len(view.text) >= PARAGRAPH_LENGTH:
            pairs |= han_pairs(view.text)
    return pairs

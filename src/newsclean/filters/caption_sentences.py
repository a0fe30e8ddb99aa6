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

>>> GROUPED_SHAPE.match("精彩的文艺演出。") is not None
True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import regex

from newsclean.filters.charmodel import han_pairs

GROUPED = "in a group of short sentences between the head and the first paragraph"
AMONG = "in a group of short sentences between paragraphs, naming what they name"
#: Captions grouped over the lead pictures: each a few words and a full stop.
MAX_GROUPED_CAPTION = 16
MIN_GROUP = 2
GROUPED_SHAPE = regex.compile(r"^[^，,、；;：:。！？!?]{4,15}。$")
#: Paragraphs at least this long end a group (``caption_layout.LAYOUT_SAMPLE_LENGTH``).
PARAGRAPH_LENGTH = 40


class _Line(Protocol):
    @property
    def text(self) -> str: ...


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

"""Captions set together: a line one of a group of short lines that break the paragraphs'
layout (round 13; the layout half of the model in ``captions``' docstring).

Model.  A page sets a picture's caption apart from the paragraphs (``caption_layout``:
flush among indented paragraphs, or spaced); a heading too.  A heading stands alone over
the paragraphs it heads: the line under it is a paragraph.  Captions come in groups:
two pictures, two captions, one under the other and both set unlike the paragraphs
(``昨日傍晚的販毒案,司警在機場展示證物`` / ``司警昨日傍晚在機場拘販毒男``, a Macau paper's
two captions after its last paragraph, no credit, no full stop).  So a short line whose
neighbour, above or under it, breaks the layout too is a caption of a group, not a
heading, whether or not the article has begun.  Inside the article the neighbour must
be unpunctuated as well (``unpunctuated``): a punctuated caption over a heading
(``市民在公园赏花。`` then ``公园改造提速``) is a caption and a heading, the heading's
paragraphs under it.  A numbered heading (``一、``) is a heading by its wording and is
never asked.

A caption describes the article's picture, so it names what the article names: inside
the article, a line joins a group only when it shares a pair of adjacent Han characters
(``charmodel.han_pairs``) with the page's paragraphs (its lines of
``LAYOUT_SAMPLE_LENGTH`` characters or more).  Keyword lines injected in a pair
(``信用卡提现规则最新消息`` / ``何记娱乐规则最新消息``) share none and stay what the heading
and body rules make of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.caption_layout import LAYOUT_SAMPLE_LENGTH, LineLike, ends_as_sentence
from newsclean.filters.charmodel import han_pairs


class Groups:
    """Asks, per line of ``views``, whether it is one of a group of captions (module
    docstring); ``differences`` is ``caption_layout.layout_differences``' answer."""

    __slots__ = ("_pairs", "differences", "views")

    def __init__(self, views: Sequence[LineLike | None], differences: Sequence[str | None]):
        self.views = views
        self.differences = differences
        self._pairs: set[str] | None = None  # the paragraphs' pairs, when first asked

    def __call__(self, position: int, unpunctuated: bool = True) -> bool:
        """The line at ``position`` and a neighbour break the paragraphs' layout and, with
        ``unpunctuated`` (inside the article), ends without final punctuation while the
        line names what the paragraphs name."""
        views, differences = self.views, self.differences
        if differences[position] is None:
            return False  # laid out as the paragraphs are: no member of a group
        for near in (position - 1, position + 1):
            if not 0 <= near < len(differences) or differences[near] is None:
                continue
            if not unpunctuated:
                return True
            view, line = views[near], views[position]
            if view is not None and line is not None and not ends_as_sentence(view.text):
                return not han_pairs(line.text).isdisjoint(self._paragraph_pairs())
        return False

    def _paragraph_pairs(self) -> set[str]:
        if self._pairs is None:
            self._pairs = set()
            for view in self.views:
                if view is not None and len(view.text) >= LAYOUT_SAMPLE_LENGTH:
                    self._pairs |= han_pairs(view.text)
        return self._pairs

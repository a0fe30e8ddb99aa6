"""A caption lifted from the article (round 35): a line restating a clause a paragraph says.

Model.  A news site's picture caption often restates a sentence of the paragraph the
picture illustrates, its subject named in full where the paragraph goes on from the one
before (``社会文化司司长欧阳瑜表示留意到三盏灯一带今日人头涌涌,更直言请市民…`` over
``…她更激动地表示留意到三盏灯一带今日人头涌涌,更直言请市民…``).  A writer does not print
the same clause twice, so a line whose tail (its last ``MIN_LIFTED`` characters, a comma
inside: a clause's stretch, not a name or a stock phrase; ``head_search._lifted`` reads a
headline-shaped line so) another line of the page prints again, a longer one, is the
picture's caption, and the longer line the paragraph.  A caption lifts one clause or
two out of the paragraph, which says more around them: the paragraph is ``MIN_RATIO``
times the line's length at least (half as long again).  A lead paragraph that repeats the
key facts a later paragraph gives again (``…抓获犯罪嫌疑人29名,涉案资金达2000万余元。``
in both) is as long as a paragraph and stays, as does a line printed twice whole (a page
printing a paragraph twice); a short line (a name, a heading, a tag) has no clause to lift.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from newsclean.filters.caption_layout import LineLike

#: A tail this long, a comma inside it, printed again in a longer line (as
#: ``head_search.MIN_LIFTED``).
MIN_LIFTED = 24
COMMAS = ",，"
#: The paragraph restating a caption is this many times its length at least.
MIN_RATIO = 1.5
WHY = "a sentence of the article lifted: its clause printed again in a longer paragraph"


class Lifted:
    """Asks, per line of a page's ``views``, whether it is a caption lifted from another
    line (module docstring); the page's text is joined once, when first asked."""

    __slots__ = ("_joined", "_starts", "views")

    def __init__(self, views: Sequence[LineLike | None]) -> None:
        self.views = views
        self._joined: str | None = None
        self._starts: list[int] = []

    def __call__(self, position: int) -> str | None:
        """Why the line at ``position`` is a lifted caption, or None.

        >>> class V:
        ...     def __init__(self, text): self.text = text
        >>> page = [V("市长王某表示全市将新建三座公园,让市民出门就能见到绿色。"),
        ...         V("会上,他表示全市将新建三座公园,让市民出门就能见到绿色。他还说,三座公园"
        ...           "明年春天开工,年底前建成开放。")]
        >>> Lifted(page)(0) is not None, Lifted(page)(1)
        (True, None)
        """
        line = self.views[position]
        text = line.text.strip() if line is not None else ""
        if len(text) < MIN_LIFTED:
            return None
        tail = text[len(text) - MIN_LIFTED :]
        if not any(mark in tail for mark in COMMAS):
            return None
        joined, starts = self._read(), self._starts
        own = (starts[position], starts[position + 1] - 1)
        at = joined.find(tail)
        while at >= 0:
            if not own[0] <= at < own[1]:
                other = self._line_at(at)
                if len(other) >= MIN_RATIO * len(text):
                    return WHY
            at = joined.find(tail, at + 1)
        return None

    def _read(self) -> str:
        if self._joined is None:
            texts = [view.text if view is not None else "" for view in self.views]
            at = 0
            for text in texts:
                self._starts.append(at)
                at += len(text) + 1
            self._starts.append(at)
            self._joined = "\n".join(texts)
        return self._joined

    def _line_at(self, at: int) -> str:
        """The text of the line holding offset ``at`` of the joined page."""
        k = bisect_right(self._starts, at) - 1
        view = self.views[k]
        return view.text.strip() if view is not None else ""

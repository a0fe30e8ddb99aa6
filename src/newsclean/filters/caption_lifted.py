"""A caption lifted from the article (round 35): a line restating a clause a paragraph says.

Model.  A news site's picture caption often restates a sentence of the paragraph the
picture illustrates, its subject named in full where the paragraph goes on from the one
before (``社会文化司司长欧阳瑜表示留意到三盏灯一带今日人头涌涌,更直言请市民…`` over
``…她更激动地表示留意到三盏灯一带今日人头涌涌,更直言请市民…``).  A writer does not print
the same clause twice, so a line whose tail (its last ``MIN_LIFTED`` characters, a comma
inside: a clause's stretch, not a name or a stock phrase, ``lifted_tail``; ``head_search``
reads a headline-shaped line so) another line of the page prints again, a longer one, is the
picture's caption, and the longer line the paragraph.  A caption lifts one clause or
two out of the paragraph, which says more around them: the paragraph is ``MIN_RATIO``
times the line's length at least (half as long again).  A lead paragraph that repeats the
key facts a later paragraph gives again (``…抓获犯罪嫌疑人29名,涉案资金达2000万余元。``
in both) is as long as a paragraph and stays, as does a line printed twice whole (a page
printing a paragraph twice); a short line (a name, a heading, a tag) has no clause to lift.

Round 42, *the paragraph's opening cut at a length* (``opening_cut``): a caption lifts a
clause, and a clause ends at a mark; a line that is the longer line's opening, cut where
that line goes on inside a clause (the next character a letter or a digit, not a mark:
``…《新京报》首席调查记者,一个靠把自己`` over ``…一个靠把自己活成卧底闻名的揭黑者。``), is
the paragraph's first words cut at a count, as a feed or a forum titles a post that has no
title of its own.  Such a line lifted no clause: it is no caption, and ``head_search`` may
read it as the headline in the headline's place.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.caption_layout import LineLike

#: A tail this long, a comma inside it, printed again in a longer line (``head_search``
#: asks ``lifted_tail`` of a headline-shaped line too).
MIN_LIFTED = 24
COMMAS = ",，"
#: The paragraph restating a caption is this many times its length at least.
MIN_RATIO = 1.5
WHY = "a sentence of the article lifted: its clause printed again in a longer paragraph"


def opening_cut(text: str, other: str) -> bool:
    """Whether ``text`` is ``other``'s opening, cut where ``other`` goes on inside a clause
    (module docstring, round 42).

    >>> opening_cut("他叫韩福涛,一个靠把自己", "他叫韩福涛,一个靠把自己活成卧底闻名的揭黑者。")
    True
    >>> opening_cut("他叫韩福涛,一个揭黑者", "他叫韩福涛,一个揭黑者。他的履历里没有发布会。")
    False
    """
    line, longer = text.strip(), other.strip()
    return longer.startswith(line) and longer[len(line) : len(line) + 1].isalnum()


def lifted_tail(text: str) -> str | None:
    """The stretch of ``text`` another line would print again if ``text`` were lifted from
    it: its last ``MIN_LIFTED`` characters, a comma inside (a clause's stretch, not a name
    or a stock phrase), or None when the line is too short or the stretch holds no comma.

    >>> lifted_tail("市长王某表示全市将新建三座公园,让市民出门就能见到绿色。")
    '表示全市将新建三座公园,让市民出门就能见到绿色。'
    >>> lifted_tail("市长王某表示全市将新建三座公园让市民出门就能见到绿色。") is None
    True
    """
    line = text.strip()
    if len(line) < MIN_LIFTED:
        return None
    tail = line[len(line) - MIN_LIFTED :]
    return tail if any(mark in tail for mark in COMMAS) else None


class Lifted:
    """Asks, per line of a page's ``views``, whether it is a caption lifted from another
    line (module docstring)."""

    __slots__ = ("_joined", "views")

    def __init__(self, views: Sequence[LineLike | None]) -> None:
        self.views = views
        self._joined: str | None = None  # the lines' texts joined, when first asked

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
        text = line.text if line is not None else ""
        tail = lifted_tail(text)
        if tail is None:
            return None
        # A gate, exact: another line printing ``tail`` adds at least one occurrence to the
        # page's texts joined (non-overlapping occurrences of disjoint pieces add up), so a
        # page printing it no more often than the line itself has no line to lift it from.
        if self._joined is None:
            self._joined = "\n".join(v.text if v is not None else "" for v in self.views)
        if self._joined.count(tail) <= text.count(tail):
            return None
        longer = MIN_RATIO * len(text.strip())
        for k, view in enumerate(self.views):
            if k != position and view is not None:
                other = view.text
                if len(other.strip()) >= longer and tail in other and not opening_cut(text, other):
                    return WHY
        return None

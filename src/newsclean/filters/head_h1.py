"""The ``<h1>`` under a stolen ``<title>``: which line heads a hijacked page.

Model (split from ``page_head`` in round 19, which asks it once the headline is found;
the model is stated there, 2).  A page ``<title>`` line carrying a site after its headline
(``学者分析…-政治-自由时报电子报``), and right under it (no other line between) a
heading-shaped line that is not that headline again: the ``<title>`` is furniture, the
line under it the ``<h1>`` that heads: a hijacked page wraps a mirrored article in a
stolen headline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.caption_layout import LineLike
from newsclean.filters.title import split_site_suffix


def line_text(lines: Sequence[LineLike | None], i: int) -> str:
    """Line ``i``'s text, a line another filter took (``None``) read as blank: the one
    reader of a page's line views (``head_search``, ``site_lines``, ``furniture_interface``
    read them with it)."""
    line = lines[i]
    return "" if line is None else line.text


def headline_under_title(
    lines: Sequence[LineLike | None],
    content: list[int],
    title: int | None,
    heading_shaped: Callable[[str], bool],
) -> int | None:
    """The line of the ``<h1>`` under a ``<title>`` line of another headline, else None.

    >>> class L:
    ...     def __init__(self, text): self.text = text
    >>> page = [L("学者分析这件事会继续发酵-政治-自由时报电子报"), None, L("省会将有强降雨")]
    >>> headline_under_title(page, [0, 2], 0, lambda t: "。" not in t)
    2
    >>> page = [L("今天下午到夜间省会将有强降雨"), L("下一行")]
    >>> headline_under_title(page, [0, 1], 0, bool) is None
    True
    """
    if title is None or lines[title] is None:
        return None
    headline, site = split_site_suffix(line_text(lines, title))
    if site is None or headline == line_text(lines, title):
        return None
    after = [i for i in content if i > title][:1]
    if not after or any(lines[k] is not None for k in range(title + 1, after[0])):
        return None  # the next content line is not right under the title
    below = line_text(lines, after[0])
    if below.startswith(headline) or not heading_shaped(below):
        return None
    return after[0]

"""The page ``<title>`` above a different headline: which line heads the article.

Model (used by ``structure``).  A page prints its ``<title>`` — a headline with the site
after it (``…会继续发酵-政治-自由時報電子報``; ``title.split_site_suffix`` cuts the
site) — and then its ``<h1>``, the bare headline.  When both say the same, ``structure``
drops the repeat.  When the ``<h1>`` right under the ``<title>`` (no other line between,
blank lines aside) is a *different* heading-shaped line, the ``<title>`` is not this
article's: a hijacked page wraps a mirrored article in a stolen headline, and a site's
SEO title may differ from its headline.  The ``<h1>`` heads the article and the
``<title>`` line is page furniture.  A bare title line with no site after it, or a
paragraph under it, leaves the title alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from newsclean.filters.title import split_site_suffix


class _Text(Protocol):
    @property
    def text(self) -> str: ...


def headline_under_title(
    lines: Sequence[_Text | None],
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
    line = None if title is None else lines[title]
    if line is None or title is None:
        return None
    headline, site = split_site_suffix(line.text)
    if site is None or headline == line.text:
        return None
    after = [i for i in content if i > title][:1]
    if not after or any(lines[k] is not None for k in range(title + 1, after[0])):
        return None  # the next content line is not right under the title
    below = lines[after[0]]
    if below is None or below.text.startswith(headline) or not heading_shaped(below.text):
        return None
    return after[0]

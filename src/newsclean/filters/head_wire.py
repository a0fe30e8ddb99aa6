"""A wire's dateline that names its story's title: the headline of a page that prints none.

**Model.**  A wire service's copy opens with its dateline and, on a feature, the title it
gives the story after a title label (``新华社北京10月23日电 题：X``, ``中新社北京7月29日電題:X``,
read by ``title.wire_title``).  Such a line is the article's first line, never a headline;
but the title it names is the story's headline when the article under the dateline echoes
it (``MIN_WIRE_ECHO`` Han pairs at least: the named title speaks of this story) and the
page prints no headline of its own that the article echoes above it (none, or a hijacker's
line over the mirrored story).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.title import echoes, wire_title

#: The pairs of Han characters a wire's named title shares with its article at least.
MIN_WIRE_ECHO = 2


def wire_headline(
    text: Callable[[int], str], head: Sequence[int], content: Sequence[int], title: int | None
) -> tuple[int, str] | None:
    """The head line (of ``head``, the lines above the first paragraph) holding a wire's
    dateline and the title it names, when that title heads the page; ``title`` is the line
    the head's other evidence chose, if any."""
    for i in head:
        if (named := wire_title(text(i))) is None:
            continue
        article = "\n".join(text(j) for j in content if j > i)  # the wire's story under it
        if echoes(named, article) < MIN_WIRE_ECHO:
            return None  # the wire's title speaks of its article, or names none of this page
        if title is None or (title < i and not echoes(text(title), article)):
            return i, named
        return None
    return None

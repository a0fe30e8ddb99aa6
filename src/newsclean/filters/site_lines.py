"""Lines of the site anywhere on the page, placed once the page head is.

Two kinds of line a copy site prints between the article's own lines, not only in its
header: a *welcome banner* (``site_speech.is_welcome``: the site greets the reader between
a summary and the article, ``大家好,欢迎来到某某网。``), and an image's *alt text* printed as
a line: a headline of the page (a headline-shaped line of it) again with a site's name
after a separator (``site_speech.headline_label``: ``某地举行发布会 - 某某要闻``).  A line
that quotes the headline inside a sentence, or has words of its own before it, is no
label and stays.  ``page_head.place_head`` calls this after placing the head, on the
lines it left undecided.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from newsclean.filters.caption_layout import LineLike
from newsclean.filters.site_speech import (
    LABEL_SEPARATOR,
    MAX_LABEL_LINE,
    headline_label,
    is_welcome,
    label_heads,
)
from newsclean.filters.title import is_title_shaped


def _text(lines: Sequence[LineLike | None], i: int) -> str:
    return lines[i].text  # type: ignore[union-attr]


def site_lines_anywhere(
    lines: Sequence[LineLike | None], content: Sequence[int], decided: Container[int]
) -> dict[int, str]:
    """The welcome banners and alt texts among ``content`` (indices of ``lines``) not in
    ``decided``, each with the reason it goes; the heads an alt text repeats are looked
    for among all of ``content`` (the headline itself is decided by then)."""
    found: dict[int, str] = {}
    labels: list[int] = []
    for i in content:  # no copy of the page: a page may hold many short lines
        if i in decided:
            continue
        text = _text(lines, i)
        if ("欢" in text or "歡" in text) and is_welcome(text):
            found[i] = "site speech: a welcome banner"
        elif len(text) <= MAX_LABEL_LINE and LABEL_SEPARATOR.search(text):
            labels.append(i)
    if not labels:
        return found  # most pages: no line holds a separator
    # the heads the labels could repeat, then those printed as a line of the page
    wanted = {head for i in labels for head in label_heads(_text(lines, i))}
    heads = {
        t
        for i in content
        if (t := _text(lines, i).strip()) in wanted and is_title_shaped(t) and i not in labels
    }
    for i in labels:
        if headline_label(_text(lines, i), heads):
            found[i] = "a headline and a site's name: an alt text"
    return found

"""The headline under a head label (round 41).

**Model (the head zone's grammar: header, then headline).**  A head label that is no
headline (``head_echo.speaking_headline`` returns None for it: a section's word, a column's
label, a counter such as ``百科98256人已围观``, the site naming itself) closes the site's
header: it says where the header ends, not that the page has no headline.  The headline
is then looked for again among the lines under the label, with the same search
(``head_search.find_title``) and the same echo test (``speaking_headline``) as over the
whole head; lines another rule already placed (furniture, the label's stack) and the
closed sentences over the head are not candidates.  The label was passed over because
its article does not echo it, so the line found under it must be echoed more than a
chance word (``head_echo.MAX_WEAK_ECHO``): a headline speaks of its article, a heading or
a clause over another story (``推荐产品``) does not.  A page with no headline under the
label stays headless.

Round 42: a line a byline of the head hangs under (the next line printed under it is that
byline: ``從讀者到作者`` over ``作者是 光明日報`` over the date) stands where the headline
stands, the position the whole head's search reads first; there one pair the article echoes
(``读者``) is enough, the byline's place saying the rest (an article a codec left short, or
a headline of few words, echoes little).  A line no byline hangs under keeps the test above.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from functools import partial

from newsclean.filters.caption_layout import LineLike
from newsclean.filters.head_echo import MAX_WEAK_ECHO, speaking_headline
from newsclean.filters.head_h1 import line_text
from newsclean.filters.head_search import find_title
from newsclean.filters.title import echoes, is_prose


def placed_between(lines: Sequence[LineLike | None], upper: int, lower: int) -> bool:
    """A line placed before the head was read (a byline) stands between the two."""
    return any(line is not None and line.text for line in lines[upper + 1 : lower])


def headline_under_label(
    lines: Sequence[LineLike | None],
    content: list[int],
    label: int,
    over: Container[int],
    decided: Container[int],
    head_bylines: list[int],
) -> int | None:
    """The headline under the head label ``label`` (module docstring), or None; ``over``:
    the closed sentences over the head, ``decided``: the head lines already placed."""
    below = [i for i in content if i > label and i not in over and i not in decided]
    again, _ = find_title(lines, below, [b for b in head_bylines if b > label])
    if again is None:
        return None
    skip = {i for i in content if i in decided} | set(head_bylines)
    text: Callable[[int], str] = partial(line_text, lines)
    found = speaking_headline(
        again, content, text, skip, partial(placed_between, lines), head_bylines
    )
    if found is None or found < label:
        return None
    article = "\n".join(t for i in content if i > found and is_prose(t := text(i)))
    under = next((i for i in range(found + 1, len(lines)) if text(i)), None)
    least = 0 if under in head_bylines else MAX_WEAK_ECHO  # hung over its byline (round 42)
    return found if echoes(text(found), article) > least else None

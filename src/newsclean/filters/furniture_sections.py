"""A portal's section blocks whose lists were lost: a section's name over its more link.

Model (round 39; ``furniture_menu.stacked_menus`` asks ``section_headers`` over the page's
content lines before the page head and the body are placed).  A portal's foot (or side)
prints blocks of other stories, each under its *section's name* with a *more link* beside
it (``公益资讯`` / ``+更多``).  A copy that loses the stories' links keeps the name and the
link, each on a line of its own.  The more link alone (an optional plus or arrows, the
word 更多 or more, an optional plus or arrows: ``+更多``, ``更多>>``, ``MORE+``) is a link to
the section; the line right above it, a name of ``MIN_NAME`` to ``MAX_NAME`` Han letters and
nothing else, is the block's heading, and goes with it: an article's heading is followed by
its paragraphs, never by a link to more.

The block may stand under the page's *bare tag label* (``关键词:``, its tags lost, the label
alone with its colon: ``furniture_tags.tag_label``): right above a section's name that goes,
the label names no list of the article's own and goes too.  A bare label over the
article's own list (``关键词:`` / ``创新`` / ``协调``) stays.

>>> page = ["记者从市园林绿化局获悉,三座公园的提升改造工程已全部完工。", "关键词:",
...         "公益资讯", "+更多", "云阳资讯", "更多>>"]
>>> section_headers(list(range(6)), page.__getitem__)
[2, 1, 4]
>>> section_headers([0, 1], ["一、主要做法", "更多的居民参与了讨论。"].__getitem__)
[]
"""

from __future__ import annotations

from collections.abc import Callable

from newsclean.filters.furniture_tags import tag_label
from newsclean.filters.lazy_pattern import lazy_regex

#: A section's name: this many Han letters (one word is no section; a sentence is longer).
MIN_NAME, MAX_NAME = 2, 8
NAME = lazy_regex(r"\p{Han}{2,8}")
#: A more link alone on its line.
MORE_LINK = lazy_regex(r"(?i)[+＋>»›]*[ \u3000]*(?:更多|more)[ \u3000]*[+＋>»›]*")
#: A more link is short: its word and a few marks.
MAX_LINK = 12
#: A bare tag label: the label and its colon, nothing after it.
BARE_COLON = (":", "：")


#: A page's blank lines between two printed lines: the next printed line is this near.
GAP = 4


def _printed(numbers: range, text_of: Callable[[int], str]) -> int | None:
    """The first line of ``numbers`` that prints something (a line beyond the page ends the
    search: ``text_of`` reads any line of the page, placed or not)."""
    for number in numbers:
        try:
            text = text_of(number)
        except IndexError:
            return None
        if text.strip():
            return number
    return None


def section_headers(content: list[int], text_of: Callable[[int], str]) -> list[int]:
    """The content lines (numbers) of section names over their more links, and a bare tag
    label right above such a name (module docstring).  The link and the label may have been
    placed already (a line's own model removes ``+更多``): the page's next and previous
    printed lines are read, whatever their place."""
    found: list[int] = []
    for number in content:
        name = text_of(number).strip()
        if len(name) > MAX_NAME or NAME.fullmatch(name) is None:
            continue  # most lines: longer than a section's name
        below = _printed(range(number + 1, number + GAP), text_of)
        if below is None:
            continue
        link = text_of(below).strip()
        if len(link) > MAX_LINK or MORE_LINK.fullmatch(link) is None:
            continue
        found.append(number)
        above = _printed(range(number - 1, max(-1, number - GAP), -1), text_of)
        if above is not None and _bare_tag_label(text_of(above).strip()):
            found.append(above)
    return found


def _bare_tag_label(text: str) -> bool:
    """A tag label and its colon, nothing after it (``关键词:``)."""
    return text.endswith(BARE_COLON) and len(text) <= MAX_NAME and tag_label(text)

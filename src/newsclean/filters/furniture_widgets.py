"""An embedded widget's own words left as text: a map box's provider and its map word.

Model (round 38; ``furniture_menu.stacked_menus`` asks ``map_labels`` over the page's
content lines).  A page embeds a map service's widget; copied as text, the widget leaves
the words it prints of itself and nothing of the place it shows: the provider's name and
the word for a map (kinds ``provider`` and ``map`` of ``data/widget_words.txt``), on one
line (``Baidu map``, ``百度地图``) or on two printed lines one under the other (``Baidu`` /
``map``), nothing else on them.  Either word alone is a name or a noun a text may print
(a heading ``百度``, a caption ``Map``) and stays; a sentence about a map (``百度地图
上线新功能``) has words of its own and stays.  Both words on one line are also a map app's
name, which a review or a story prints as a sub-heading (``百度地图`` under the headline
``百度地图上线新功能``): that line is the widget's only beside a second widget sign (a
neighbouring line that is a widget word, or a line already read as furniture), and never
when another line of the page prints the same name (mend, round 38).

>>> map_label_pair("Baidu", "map"), map_label_pair("百度", "地图")
(True, True)
>>> map_label_pair("Baidu", "百度发布财报"), map_label_pair("地图", "Baidu")
(False, False)
>>> map_label_line("Baidu Map"), map_label_line("百度地图上线新功能")
(True, False)
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import cache

from newsclean.data import data_kinds

#: A widget's label is a word or two.
MAX_WIDGET_WORD = 16


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(data_kinds("widget_words.txt")[kind])


def map_label_line(text: str) -> bool:
    """A provider and its map word on one line (``Baidu Map``, ``百度地图``)."""
    line = text.strip().lower()
    if len(line) > MAX_WIDGET_WORD:
        return False
    for word in _words("map"):
        if line.endswith(word):
            head = line[: -len(word)].rstrip()
            if head in _words("provider"):
                return True
    return False


def map_label_pair(upper: str, lower: str) -> bool:
    """A provider's name alone over the map word alone (``Baidu`` / ``map``)."""
    upper, lower = upper.strip().lower(), lower.strip().lower()
    return upper in _words("provider") and lower in _words("map")


def _widget_word(text: str) -> bool:
    line = text.strip().lower()
    return line in _words("provider") or line in _words("map") or map_label_line(line)


def map_labels(
    content: list[int], text_of: Callable[[int], str], marked: Collection[int] = ()
) -> list[int]:
    """The content lines (in page order) that are a map widget's labels (module
    docstring): a provider over the map word, or both on one line beside a second widget
    sign (a neighbouring widget word, or a neighbour in ``marked``, the lines already read
    as furniture) and printed nowhere else on the page."""
    found: list[int] = []
    for k, number in enumerate(content):
        text = text_of(number)
        if len(text) > MAX_WIDGET_WORD:
            continue
        if map_label_line(text):
            if _beside_widget(content, k, text_of, marked) and not _printed_elsewhere(
                content, k, text_of
            ):
                found.append(number)
        elif k + 1 < len(content) and map_label_pair(text, text_of(content[k + 1])):
            found += [number, content[k + 1]]
    return found


def _beside_widget(
    content: list[int], k: int, text_of: Callable[[int], str], marked: Collection[int]
) -> bool:
    for j in (k - 1, k + 1):
        if 0 <= j < len(content) and (content[j] in marked or _widget_word(text_of(content[j]))):
            return True
    return False


def _printed_elsewhere(content: list[int], k: int, text_of: Callable[[int], str]) -> bool:
    name = text_of(content[k]).strip().lower()
    return any(name in text_of(n).lower() for j, n in enumerate(content) if j != k)

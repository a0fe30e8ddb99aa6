"""An embedded widget's own words left as text: a map box's provider and its map word.

Model (round 38; ``furniture_menu.stacked_menus`` asks ``map_labels`` over the page's
content lines).  A page embeds a map service's widget; copied as text, the widget leaves
the words it prints of itself and nothing of the place it shows: the provider's name and
the word for a map (kinds ``provider`` and ``map`` of ``data/widget_words.txt``), on one
line (``Baidu map``, ``百度地图``) or on two printed lines one under the other (``Baidu`` /
``map``), nothing else on them.  Either word alone is a name or a noun a text may print
(a heading ``百度``, a caption ``Map``) and stays; a sentence about a map (``百度地图
上线新功能``) has words of its own and stays.

>>> map_label_pair("Baidu", "map"), map_label_pair("百度", "地图")
(True, True)
>>> map_label_pair("Baidu", "百度发布财报"), map_label_pair("地图", "Baidu")
(False, False)
>>> map_label_line("Baidu Map"), map_label_line("百度地图上线新功能")
(True, False)
"""

from __future__ import annotations

from collections.abc import Callable
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


def map_labels(content: list[int], text_of: Callable[[int], str]) -> list[int]:
    """The content lines (in page order) that are a map widget's labels (module
    docstring): a provider over the map word, or both on one line."""
    found: list[int] = []
    for k, number in enumerate(content):
        text = text_of(number)
        if len(text) > MAX_WIDGET_WORD:
            continue
        if map_label_line(text):
            found.append(number)
        elif k + 1 < len(content) and map_label_pair(text, text_of(content[k + 1])):
            found += [number, content[k + 1]]
    return found

"""A page's share record: its own title and address restated under labels, one a line.

Model (round 42b; ``furniture_menu.stacked_menus`` asks ``share_records`` over the page's
content lines).  A site, or a copier that kept its box, prints under the article a record
of the page for the reader to copy: a *title field* (a label of the page's title, its
colon, the headline) and, on the next content line, an *address field* (a label of the
page's address, its colon and a web address alone: ``标题:“中星”20號通信衛星發射成功`` /
``地址:http://www.example.com/a/15841.html``), the pair perhaps printed twice.  The labels are
few (``data/share_record_labels.txt``, kinds ``title`` and ``address``), and the evidence is
the pair: a title field alone is a story's own label (``原文标题:…`` of a retold report),
an address field alone may be an organisation's contact (``网址:http://…`` in a notice),
so neither goes unless the other follows or precedes it.  The title's value is a headline:
at most ``MAX_TITLE`` characters, no sentence's stop (``。``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from newsclean.data import data_kinds
from newsclean.filters.furniture_mirrors import WEB_ADDRESS
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.word_trie import word_pattern

MAX_TITLE = 60
ADDRESS_VALUE = lazy_re(rf"(?i)\s?{WEB_ADDRESS}\s?")


@cache
def _fields() -> tuple[re.Pattern[str], re.Pattern[str]]:
    kinds = data_kinds("share_record_labels.txt")

    def field(kind: str) -> re.Pattern[str]:
        return re.compile(rf"(?i)(?:{word_pattern(list(kinds[kind]))})\s?[:：]\s?(?P<value>.+)")

    return field("title"), field("address")


def title_field(line: str) -> bool:
    """``标题:<headline>``: a title label and a headline."""
    match = _fields()[0].fullmatch(line.strip())
    if match is None:
        return False
    value = match.group("value").strip()
    return 0 < len(value) <= MAX_TITLE and "。" not in value and not value.endswith(".")


def address_field(line: str) -> bool:
    """``地址:http://…``: an address label and a web address alone."""
    match = _fields()[1].fullmatch(line.strip())
    return match is not None and ADDRESS_VALUE.fullmatch(match.group("value")) is not None


def share_records(content: list[int], text_of: Callable[[int], str]) -> set[int]:
    """The content lines (numbers in page order) that make a share record: a title field
    and an address field on successive content lines (module docstring).

    >>> lines = ["正文。", "标题:海沧市民节", "地址:http://www.example.com/a/1.html", "网址:http://a.cn"]
    >>> sorted(share_records([0, 1, 2, 3], lines.__getitem__))
    [1, 2]
    """
    found: set[int] = set()
    for first, second in pairwise(content):
        if address_field(text_of(second)) and title_field(text_of(first)):
            found.update((first, second))
    return found

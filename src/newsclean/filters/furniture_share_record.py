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

Round 46, the record on *one line* (``joined_record``): an address label, the page's title
and its web address (``网址: 外交部發言人:…爲外界聽見 https://www.huajiangbk.com/…html``,
a copy site's foot): the pair's two values under the address's label (the address may be
cut off already, by the spam filter's cut of a glued link: the title alone under it).
The title is the page's own: the text between the label and the address is printed
whole on another content line (the headline), so an organisation's name before its
address in a notice (``网址: 某某协会 http://…``), printed nowhere else as a line, stays.
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


def joined_record(line: str, others: set[str]) -> bool:
    """``网址: <the page's title> <address>``: both values under the address label."""
    match = _fields()[1].fullmatch(line.strip())
    if match is None:
        return False
    value = match.group("value").strip()
    cut = value.rfind(" ")
    if cut > 0 and ADDRESS_VALUE.fullmatch(value[cut:]) is not None:
        value = value[:cut].strip()  # the address (a spam cut may have taken it already)
    han = any("\u4e00" <= char <= "\u9fff" for char in value)  # a title, not an address
    return han and len(value) <= MAX_TITLE and value in others


def share_records(content: list[int], text_of: Callable[[int], str]) -> set[int]:
    """The content lines (numbers in page order) that make a share record: a title field
    and an address field on successive content lines (module docstring).

    >>> lines = ["正文。", "标题:海沧市民节", "地址:http://www.example.com/a/1.html", "网址:http://a.cn"]
    >>> sorted(share_records([0, 1, 2, 3], lines.__getitem__))
    [1, 2]
    """
    found: set[int] = set()
    # The address label, asked once a line (round 47): an address field opens with it, and
    # the one-line record is read only under it.
    joined = [i for i in content if address_field_label(text_of(i))]
    if not joined:
        return found  # most pages: no address label, so no record of either form
    labelled = set(joined)
    for first, second in pairwise(content):
        if second in labelled and address_field(text_of(second)) and title_field(text_of(first)):
            found.update((first, second))
    # round 46: the record on one line (module docstring)
    others = {text_of(i).strip() for i in content}
    found.update(i for i in joined if joined_record(text_of(i), others))
    return found


def address_field_label(line: str) -> bool:
    """The line opens with an address label and its colon."""
    return _fields()[1].fullmatch(line.strip()) is not None

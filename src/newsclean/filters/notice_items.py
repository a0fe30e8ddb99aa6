"""An item of a site's numbered statement on its copyright, by its opening, anywhere.

Model.  A site's copyright statement often runs over numbered lines, each a rule of the
site's own (``1.本网(X新闻网)稿件下“稿件来源”项标注为…的,…网络版权均属X所有,…不得转载…``,
``2.凡本网注明“来源:XXX(非本网)”的作品,均转载自其它媒体,…并不代表本网赞同其观点…``).
Such an item is the site speaking of itself in a rule: it opens with an *item number*
(``ITEM``: 1. 1、 (1) ① 一、 (一) 第一条), then, perhaps after 凡 (every), an *owner* word,
the site or publication naming itself (``data/notice_parts.txt`` kind ``owner``: 本网,
本站, 本网站, 本刊), and the line carries notice vocabulary to the foot's measure
(``notice_vocabulary.by_words``: the score the line's length asks for) and no prose sign.
The opening says what the foot's place says of a notice, that the site is speaking about
its page, so the item is a notice wherever the page's template set it (a teaser or a
link list printed after it takes the foot's place from it).  A story's numbered point
names its subject in the third person (``1.该网站未经授权转载…``) or reports (its verbs
weigh against), and a site's numbered announcement (``1.本网将于5月1日起改版``) carries
no notice vocabulary.

>>> statement_item("1.本网稿件未经授权,不得转载。", by_words=lambda x: True)
True
>>> statement_item("1.该网站稿件未经授权不得转载。", by_words=lambda x: True)
False
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import lazy_re

#: An item number opening a line: digits or Chinese numerals closed by a stop, a comma of
#: enumeration or a bracket, a bracketed number, a circled number, or 第…条.
ITEM = lazy_re(
    r"^\s?(?:[0-9]{1,2}\s?[.．、)）]|[(（][0-9]{1,2}[)）]|[\u2460-\u2473]"
    r"|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|第[一二三四五六七八九十]{1,3}[条條][、,，:：\s]?)\s?"
)
#: The characters an item number may open with: most lines open with none (the gate).
ITEM_FIRSTS = frozenset(
    "0123456789(（第一二三四五六七八九十 " + "".join(map(chr, range(0x2460, 0x2474)))
)
#: "Every" before the owner (凡本网注明…的作品).
EVERY = ("凡", "凡是")


@cache
def owner_words() -> tuple[str, ...]:
    """The site or publication naming itself (``data/notice_parts.txt`` kind owner)."""
    return tuple(
        sorted((word for word, kind in data_lines("notice_parts.txt") if kind == "owner"), key=len)
    )


def statement_item(text: str, *, by_words: Callable[[str], bool]) -> bool:
    """An item number, 凡 perhaps, an owner word, and notice vocabulary to the foot's
    measure (``by_words``, asked last: it carries the prose signs too)."""
    if text[:1] not in ITEM_FIRSTS:
        return False  # most lines: no item number to read
    found = ITEM.match(text)
    if found is None:
        return False
    rest = text[found.end() :]
    for every in sorted(EVERY, key=len, reverse=True):
        if rest.startswith(every):
            rest = rest[len(every) :]
            break
    if not rest.startswith(owner_words()):
        return False
    return by_words(text)

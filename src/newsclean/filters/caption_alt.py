"""A picture's alt text: a headline numbered as one of the story's pictures (round 38).

Model.  A content system that prints a gallery under a story writes each picture's alt
text from the story's headline and the picture's place in the gallery: the headline, a
spaced dash and the picture's number (``墨尔本华人庆中秋,…推动澳中友好文化交融(视频/组图) -
1``, a Sydney copy host's alt text under each photo).  A scrape that loses the pictures
keeps the alt text as a line of its own, the picture's caption.  The grammar:

* a *headline*: at least ``MIN_HEAD_HAN`` Han letters, no full stop inside it (a headline
  is no paragraph of sentences), not ending in a digit or a colon;
* a spaced dash (``-``, ``–``, ``—``, one space or more on each side);
* the *picture's number*: 1 to 99, no leading zero, closing the line.

A score (``中国队 2 - 1``) has a digit before its dash; a heading numbering its part
(``第一部分 - 1``) or a short label is under ``MIN_HEAD_HAN`` Han letters; a paragraph ending
in a range (``…增长了3 - 5``) has its digit before the dash too.

The shape is not proof enough: a heading or a stopless paragraph may end ``… - 1`` too
(``温度将降至零下五度左右最低 - 1``).  So the line is a gallery's only with a gallery's
sign as well (mend, round 38): its headline carries a portal's media mark in brackets
(``(视频/组图)``, kind ``media`` of ``data/furniture_frames.txt``; ``numbered_alt``), or the
page prints a second picture's number under the same headline (``… - 2``;
``caption_group.Groups.alt_caption`` asks ``alt_headline`` of the page's lines).

>>> numbered_alt("墨尔本华人庆中秋,联邦政要及市长到场送祝福!盛赞华社贡献突出(组图) - 1")
'an image alt text: a headline and its number in the gallery'
>>> numbered_alt("中国女足对阵日本女足 2 - 1"), numbered_alt("第一部分 - 1")
(None, None)
>>> numbered_alt("温度将降至零下五度左右最低 - 1"), alt_headline("温度将降至零下五度左右最低 - 1")
(None, ('温度将降至零下五度左右最低', 1))
"""

from __future__ import annotations

from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.charmodel import HAN
from newsclean.filters.lazy_pattern import lazy_regex

#: A headline holds at least this many Han letters.
MIN_HEAD_HAN = 8
#: An alt text is one headline long.
MAX_ALT = 120
ALT = lazy_regex(r"^(?P<head>.{8,110}?)[ \u3000]+[-–—][ \u3000]+(?P<number>[1-9][0-9]?)$")
#: A portal's media mark in brackets: (组图), (视频/组图).
MEDIA_MARK = lazy_regex(r"[(（]([^()（）]{1,12})[)）]")
CUE = "an image alt text: a headline and its number in the gallery"


@cache
def _media() -> frozenset[str]:
    return frozenset(word.lower() for word in data_kinds("furniture_frames.txt")["media"])


def media_marked(head: str) -> bool:
    """Whether ``head`` carries a media mark in brackets (``(视频/组图)``)."""
    return any(
        all(part.strip().lower() in _media() for part in mark.group(1).split("/"))
        for mark in MEDIA_MARK.finditer(head)
    )


def numbered_alt(line: str) -> str | None:
    """The cue of a headline numbered as a gallery's picture that carries its media mark
    (module docstring), or None."""
    found = alt_headline(line)
    return CUE if found is not None and media_marked(found[0]) else None


def alt_headline(line: str) -> tuple[str, int] | None:
    """The headline and the picture's number of a line shaped as a gallery's alt text
    (module docstring: the grammar, no gallery sign asked), or None."""
    if len(line) > MAX_ALT or not line[-1:].isdigit():
        return None  # the cheap test first: the number closes the line
    match = ALT.match(line)
    if match is None:
        return None
    head = match.group("head").rstrip()
    if head[-1:].isdigit() or head[-1:] in ":：" or "。" in head:
        return None
    if len(HAN.findall(head)) < MIN_HEAD_HAN:
        return None
    return head, int(match.group("number"))

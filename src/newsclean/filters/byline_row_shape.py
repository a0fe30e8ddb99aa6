"""What a piece of a dated byline row is by its shape, when no label names it (round 40).

**Model.**  The byline row is the short line between the headline and the first paragraph
that holds a date.  Its other pieces are its fields, and a piece no label names takes its
field from its shape (``byline_pieces.parse_pieces`` reads them): an outlet's shape
(``byline_outlet.is_outlet_name``: a name ending in 报, 网, 社, 台, 融媒体中心, 客户端 …, or
a domain) is the source, a person's shape (a family name and one or two given-name
characters) the author.  This module names the pieces that are *neither* and that the row
prints beside its fields:

- a separator printed as a piece of its own, between spaces: an empty field's dash
  (``2019-11-19 08:43  中国新闻网   -``), a middle dot or bar (``2021-03-04 10:22 · 江门日报``,
  a portal's row, 丨 as wide bar);
- a bare number alone beside the date (``2021-03-04 10:22 1234``): the page's view
  count, printed without its noun, never a name (a word before the number says what it
  counts or calls, ``2023-05-05 电话 12345678``: no byline's piece, the row stays prose);
- a place: one a newsroom files from (``data/dateline_places.txt``: ``2021-03-04 10:22
  北京``) or an administrative division by its last word (``恩平市``, ``株洲县``: a region
  label beside the date, ``data/division_words.txt``; three letters a family name opens,
  ``李明镇``, stay a person's shape): the dateline or the site's region, never the source
  and never the author (``作者:北京`` names no one either: ``byline.py`` asks
  ``is_place_piece`` of a person field's value).

Each is read and dropped: the row stays a byline, the piece names nothing.  And a piece of
neither shape beside a writer's name (``2021-03-04 10:22 热点关注 李明``: four Han letters
or more, no outlet's ending, no site a list knows, no person) is the row's section, column
or slogan, not the source (``is_section_shaped``; alone beside the date it is left to read
as the source, as a brand no ending marks does: 新浪财经).  ``本网讯`` (本报讯, 本站讯) on
the row is the house's dateline: the page says it published the copy, a dateline word.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.byline_outlet import is_outlet_name
from newsclean.filters.credit_names import dateline_place, person_name
from newsclean.filters.lazy_pattern import lazy_regex

__all__ = [
    "PERSON_FIELDS",
    "drop_section_source",
    "is_place_piece",
    "is_section_shaped",
    "row_aside",
]

#: The fields that name persons: a place's name is never their value (``作者:北京``).
PERSON_FIELDS = frozenset({"author", "reporter", "correspondent", "editor"})

#: A field's separator standing alone between spaces: an empty field's dash, a middle dot,
#: a bullet, a bar of any width.
SEPARATORS = frozenset("-－—–·•・‧|｜丨")


@cache
def division() -> regex.Pattern[str]:
    """A division's name: two to five Han letters and a division's last word
    (``data/division_words.txt``: 市, 县, 区, 镇, 乡, 街道, in their two scripts)."""
    words = sorted((word for (word, *_) in data_lines("division_words.txt")), key=len, reverse=True)
    return regex.compile(r"^\p{Han}{2,5}(?:" + "|".join(map(regex.escape, words)) + r")$")


def row_aside(piece: str, alone: bool, dated: bool) -> bool:
    """Whether ``piece`` of a byline row is a separator, or (``alone`` beside the date of a
    ``dated`` row) a bare count: read, no field.

    >>> row_aside("·", False, True), row_aside("1234", True, True), row_aside("1234", False, True)
    (True, True, False)
    >>> row_aside("新京报", True, True), row_aside("1234", True, False)
    (False, False)
    """
    if piece in SEPARATORS:
        return True
    return alone and dated and piece.isascii() and piece.isdigit()


def is_place_piece(piece: str) -> bool:
    """Whether ``piece`` is a place a newsroom files from: no outlet and no person.

    >>> is_place_piece("北京"), is_place_piece("恩平市"), is_place_piece("新京报")
    (True, True, False)
    >>> is_place_piece("李明镇"), is_place_piece("白云区街道")
    (False, True)
    """
    if dateline_place(piece):
        return True
    # 白云区, 李明镇: three letters a family name opens may be a person's: a division's word
    # alone does not outweigh the name's shape
    return division().match(piece) is not None and (len(piece) > 3 or not person_name(piece))


#: A section's or slogan's name: four Han letters or more (a brand no ending marks is
#: shorter, as a rule: 新浪, 网易, 界面).
SECTION_SHAPE = lazy_regex(r"^\p{Han}{4,12}$")


def is_section_shaped(piece: str) -> bool:
    """Whether an unlabelled ``piece`` has neither an outlet's nor a person's shape: four
    Han letters or more, no outlet (module docstring).

    >>> is_section_shaped("热点关注"), is_section_shaped("江门日报"), is_section_shaped("新浪")
    (True, False, False)
    """
    return SECTION_SHAPE.match(piece) is not None and not is_outlet_name(piece)


def drop_section_source(fields: dict[str, str]) -> None:
    """Drop the unlabelled source of a row that names a writer when it is section-shaped.

    >>> fields = {"source": "热点关注", "author": "李明"}
    >>> drop_section_source(fields); fields
    {'author': '李明'}
    """
    if "author" in fields and is_section_shaped(fields.get("source", "")):
        del fields["source"]

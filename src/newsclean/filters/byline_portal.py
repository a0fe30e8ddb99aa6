"""A portal's name before the outlet it carries, on one byline row (round 25).

A portal that carries other outlets' copy prints its own name first, then the outlet
the story came from, then the date, joined by slashes: ``砍柴網 / 零壹財經 / 2017-11-08
16:22`` (a tech portal carrying a finance column), ``砍柴網 / 中新网 / 2012-04-01 15:41``.
*Model (composition)*: an outlet's name (``title.is_site_name``: a known name or a media
ending) then, after a slash, a second name (an outlet's, or three Han letters or more
that are no person's name: a column's, 零壹財經), nearer the date: the second is who wrote
the copy, the source; the first names the portal that carried it, no field.  Two names apart by
spaces alone (``国际日报 巴厘之窗 2022-06-08``: an outlet and the account that posted it,
``byline_pieces``) or a second piece that is no outlet's name (a column, an account) are
left to the piece grammar, which keeps the first.

The account after an outlet (``is_account``, round 23's model, moved here): a name right
after the source piece, before the date and apart by spaces, is the channel or account the
outlet's story was posted by, read and not kept.
"""

from __future__ import annotations

import regex

from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.title import is_site_name

#: A short name piece of a byline row: an outlet's, an account's (byline_pieces reads it).
SOURCE_PIECE = lazy_regex(r"^[\p{Han}A-Za-z][\p{Han}A-Za-z0-9·-]{1,11}$")

#: A name of three Han letters or more (a column's: 零壹財經), no outlet ending needed.
NAME = lazy_regex(r"^\p{Han}{3,10}$")

#: The slash between the two names, spaces around it optional.
SLASH = r"[ \t\u3000]{0,3}[/／][ \t\u3000]{0,3}"


def copied_outlet(line: str, first: str, second: str) -> bool:
    """Whether ``second`` is the outlet that ``first``, a portal, carries on ``line``
    (a person's name the caller, ``byline_pieces``, has ruled out)
    (module docstring).

    >>> copied_outlet("砍柴網 / 零壹財經 / 2017-11-08 16:22", "砍柴網", "零壹財經")
    True
    >>> copied_outlet("国际日报 巴厘之窗 2022-06-08", "国际日报", "巴厘之窗")
    False
    """
    if "/" not in line and "／" not in line:
        return False
    if not is_site_name(first):
        return False
    if not (is_site_name(second) or NAME.match(second)):
        return False
    pattern = regex.escape(first) + SLASH + regex.escape(second)
    return regex.search(pattern, line) is not None


def is_account(
    pieces: list[tuple[int, str]], source: tuple[int, str], piece: tuple[int, str], glued: str
) -> bool:
    """Whether ``piece`` is the channel or account an outlet's story was posted by: a name
    right after the source piece, before the date (``国际日报 巴厘之窗 2022-06-08``, a
    WeChat account's copy), not a label and not glued to the date."""
    index = pieces.index(source)
    return (
        index + 1 < len(pieces)
        and pieces[index + 1] == piece
        and piece[0] == source[0] == 0
        and SOURCE_PIECE.match(piece[1]) is not None
        and piece[1] not in label_table()
        and piece[1] != glued
    )

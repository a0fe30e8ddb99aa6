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

A site's self-name glued before the date (round 32, ``self_named_site``): a name that ends
in the word a site calls itself by (``data/brand_suffixes.txt`` kind ``site``: 官方网站, 官网,
官方网) names a website, the one that prints the page, as its URL would (``彩神彩票官方网站
2025-09-24``: a hijacker's brand glued before the page's own date line); an outlet names
itself by its own name (新京报, 人民网), never as "the official site of".  Such a piece is
read and not kept, glued before a date that ends the line (a date line: no clause goes on
after it): no source, no author; the date is the page's.  A name
that merely ends in 网 (人民网) or in 网站 with no self-name word is left to the outlet
grammar.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.date_vocab import with_variants
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


#: A site's self-name follows a name of this many characters at least (X官网) and at
#: most (a brand's name; a clause is longer: 游客可登录景区官方网站).
MIN_SITE_NAME, MAX_SITE_NAME = 2, 6
#: The name before the self-name word: Han, Latin letters, digits.
SITE_NAME = lazy_regex(r"^[\p{Han}A-Za-z0-9]+$")


@cache
def _self_names() -> tuple[str, ...]:
    """A site's words for itself (kind ``site`` of ``data/brand_suffixes.txt``), every
    script, longest first."""
    words = {
        form
        for word, kind in data_lines("brand_suffixes.txt")
        if kind == "site"
        for form in with_variants(word)
    }
    return tuple(sorted(words, key=len, reverse=True))


def self_named_site(piece: str) -> bool:
    """Whether ``piece`` is a site's self-name: a name, then 官方网站/官网 (module docstring).

    >>> self_named_site("彩神彩票官方网站"), self_named_site("彩神彩票官方網站")
    (True, True)
    >>> self_named_site("人民网"), self_named_site("官网"), self_named_site("新京报")
    (False, False, False)
    """
    if not piece.endswith(("网", "網", "站")):
        return False  # every self-name word ends so: one test spares most pieces the rest
    word = next((w for w in _self_names() if piece.endswith(w)), None)
    if word is None:
        return False
    name = piece[: -len(word)]
    return MIN_SITE_NAME <= len(name) <= MAX_SITE_NAME and SITE_NAME.match(name) is not None

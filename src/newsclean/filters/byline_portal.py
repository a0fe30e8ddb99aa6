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
"""

from __future__ import annotations

import regex

from newsclean.filters.title import is_site_name

#: A name of three Han letters or more (a column's: 零壹財經), no outlet ending needed.
NAME = regex.compile(r"^\p{Han}{3,10}$")

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

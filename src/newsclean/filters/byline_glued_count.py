"""A page counter glued to the date before it (split from ``byline_asides.py`` by job).

**Model.**  A CMS template prints its record row as ``{date}{count}次浏览来源:{source}``
with no space between the date and the view count.  The template is one; the date is
printed in the format the site chose, and every format says where the day ends, so the
digits glued after it are the count:

* a padded numeric date (round 35): the day has two digits, and a clock two-digit minutes
  and seconds (``2022-08-270次浏览``: the 27th, then 0 views; ``2016-07-19 14:050次浏览``);
  round 39, a Taiwan (Minguo) year's date too (``107-11-270次浏览``: 2018-11-27);
* round 43, a date written with its Han units (``2009 年 10 月 13 日0次浏览``, the same
  row on a site set to the Chinese date format): the unit 日 (号, 號) closes the day, so a
  digit right after it opens the next field.

Only a count follows (``byline_asides.without_counter`` asks that the rest of the line be
a page counter, ``furniture_grammar.counter_line``), so a date glued to any other number
is left as it is.
"""

from __future__ import annotations

from newsclean.filters.lazy_pattern import lazy_regex

#: A date whose format closes its day, followed by a digit (module docstring).
DATE_BEFORE_GLUED_DIGIT = lazy_regex(
    r"(?<!\d)(?:(?:(?:19|20)\d\d|1[01]\d)([-/.])[01]\d\1[0-3]\d"
    r"(?:[ T]{1,2}[0-2]\d:[0-5]\d(?::[0-5]\d)?)?"
    r"|(?:19|20)\d\d[ \t]?年[ \t]?[01]?\d[ \t]?月[ \t]?[0-3]?\d[ \t]?[日号號])(?=\d)"
)


def glued_date_end(line: str) -> int | None:
    """Where a date glued to the digits after it ends in ``line`` (module docstring), or
    None.

    >>> line = "2009 年 10 月 13 日0次浏览"
    >>> line[: glued_date_end(line)], glued_date_end("2022-08-270次浏览")
    ('2009 年 10 月 13 日', 10)
    >>> glued_date_end("2022-8-27 0次浏览"), glued_date_end("2009年10月13日 0次浏览")
    (None, None)
    """
    found = DATE_BEFORE_GLUED_DIGIT.search(line)
    return None if found is None else found.end()

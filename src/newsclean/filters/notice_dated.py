"""A byline row's date before the site's disclaimer: the row, not a notice (round 44).

**Model.**  Some article templates print the site's disclaimer in the byline row itself,
after the source and the date: the news template of 6park/留园 and the portals built on it
prints ``新闻来源: {source} 于{date} {time}  [大字阅读] 提示:新闻观点不代表本网立场`` (the
row as scrapers of those pages document it: two repositories in the search tool's code
corpus parse ``新闻来源: 中国日报 于2021-01-11 0:14:26 大字阅读 提示:新闻观点不代表本网立场``).
A copy that lost the row's first fields (the source and its label are a link, the font
button a script) prints the date and the disclaimer alone: ``2025-08-15  提示:新聞觀點不代表本網
立場``.  Read as a notice the line is the site's terms and its date is lost; it is the
row: the date that opens it is the article's, and the disclaimer after it is no field.

The evidence is the whole line: a date opening it (``byline_dates.find_byline_date`` at
the first character, a clock allowed), a gap of spaces, and a rest that is a notice by
itself (``notice.is_notice``).  A notice with no date before it stays a notice; a date
glued to the notice's text, or a date inside the notice (``本文2025-08-15起禁止转载``), is
no row.
"""

from __future__ import annotations

from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.notice import is_notice

#: The gap between the row's date and the disclaimer: spaces (a template's cells).
GAP = lazy_regex(r"[ \t\u3000]+")


def dated_notice(text: str) -> str | None:
    """The date (ISO) of a byline row that is a date and the site's disclaimer, else None.

    >>> dated_notice("2025-08-15  提示:新聞觀點不代表本網立場")
    '2025-08-15'
    >>> dated_notice("提示:新聞觀點不代表本網立場")
    >>> dated_notice("2025-08-15提示:新聞觀點不代表本網立場")
    >>> dated_notice("2025-08-15  本报记者 张三")
    """
    found = find_byline_date(text)
    if found is None or found.start != 0 or not found.iso:
        return None
    gap = GAP.match(text, found.end)
    if gap is None or gap.end() >= len(text):
        return None
    return found.iso if is_notice(text[gap.end() :], near_foot=False) else None

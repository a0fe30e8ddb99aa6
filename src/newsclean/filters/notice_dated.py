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

Round 45: the whole row is that row too, whatever the date's form.  Read as a notice
(its disowning words in a short line, ``notice.DISOWN``), the row's source and date were
lost when the date was written so that the line stayed short (``新闻来源: 新华社 于Oct 26,
2019  提示:新闻观点不代表本网立场``, an English month: the 6park template's row on a
repost of Xinhua's wire, https://m.shzx.org/a/27-39909-0.html) while the same row with a
numeric date and clock, longer, was read as the byline.  A line whose head, up to a gap of
two spaces or more (a template's cells), reads as a byline with a date (the byline grammar,
``metadata.parse_metadata``) and whose rest after the gap is a notice by itself is the row
(``row_before_notice``; a date alone before the gap is ``dated_notice``'s): the byline
grammar reads it, the disclaimer is no field.  A notice
that names a date in its words (``本文2025-08-15起禁止转载``) has no gap after a byline,
and stays a notice.
"""

from __future__ import annotations

from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.notice import is_notice

#: The gap between the row's date and the disclaimer: spaces (a template's cells).
GAP = lazy_regex(r"[ \t\u3000]+")
#: The gap between the row's fields and the disclaimer, when the row has more than a date.
CELL_GAP = lazy_regex(r"(?:[ \t]{2,}|[\t\u3000])[ \t\u3000]*")
#: The gaps asked in a line (the row's cells are few).
MAX_GAPS = 4


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


def row_before_notice(text: str) -> bool:
    """Whether ``text`` is a byline row with a date, a gap and a notice (module docstring).

    >>> row_before_notice("新闻来源: 新华社 于Oct 26, 2019  提示:新闻观点不代表本网立场")
    True
    >>> row_before_notice("提示:新聞觀點不代表本網立場")
    False
    >>> row_before_notice("本文2025-08-15起禁止转载")
    False
    """
    from newsclean.filters.metadata import parse_metadata  # the byline grammar asks notices

    for count, gap in enumerate(CELL_GAP.finditer(text)):
        if count >= MAX_GAPS:
            return False
        head, rest = text[: gap.start()].strip(), text[gap.end() :]
        if not head or not rest or not is_notice(rest, near_foot=False):
            continue
        parsed = parse_metadata(head)  # more than the date: a date alone is dated_notice's
        return parsed is not None and "published_at" in parsed.fields and len(parsed.fields) > 1
    return False

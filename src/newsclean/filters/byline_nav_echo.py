"""A person's field whose value is the page's own section (round 40).

**Model (the page's own evidence: echo of the navigation).**  A byline row's person fields
(作者, 编辑) hold a person's name, but a template may print its section there instead:
``时间:2025-12-20 20:57:44 来源:网络整理 编辑:经典电视剧回顾`` under the breadcrumb
``您的当前位置:首页 > 经典电视剧回顾 > …``.  A value that is, whole, one segment of a line
the page set aside as navigation (a breadcrumb trail, a menu: removed ``nav``) names the
section the page is filed under, not who wrote or edited it: the field is dropped and the
byline line's explanation says why.  A source read from an unlabelled piece of the row
(``2021-03-04 10:22 乡村振兴`` under ``首页 > 乡村振兴 > 正文``) is the same section when
it has no outlet's shape (``byline_outlet.is_outlet_name``); an outlet's name in the trail
(``首页 > 恩平新闻网 > 正文``) is the site's own and stays the source.  A name that is only
*inside* a segment, or a segment of a line that is not navigation, is left alone, and so
is the headline when the trail ends on it (``通说:夏至·追时间的特首``: 通说 is its column).
"""

from __future__ import annotations

from collections.abc import Callable

from newsclean.document import Evidence
from newsclean.filters.byline_outlet import is_outlet_name
from newsclean.filters.lazy_pattern import lazy_re

__all__ = ["drop_section_names"]

NAME = "structure"
PERSON_FIELDS = ("author", "editor")
#: Where a navigation line's segments part: arrows and bars of either width, a colon after
#: its "you are here" words (当前位置:首页).
SEGMENT_BREAK = lazy_re(r"[>＞›»→|｜/／:：]|\s{2,}")


def _segments(text: str) -> set[str]:
    return {part.strip() for part in SEGMENT_BREAK.split(text) if part.strip()}


def drop_section_names(
    text: Callable[[int], str],
    reasons: list[str | None],
    evidence: list[Evidence | None],
    fields: dict[str, str],
    read_at: dict[str, int],
    headline: str = "",
) -> None:
    """Drop a person field whose value is a navigation line's segment (module docstring)."""
    named = [key for key in PERSON_FIELDS if fields.get(key)]
    if fields.get("source") and not is_outlet_name(fields["source"]):
        named.append("source")
    if not named or "nav" not in reasons:
        return
    # A trail's last item may be the headline itself (300字范文 > 通说:夏至·追时间的特首): its
    # column label is the headline's, not a section, so the headline is taken out first.
    segments: set[str] = set()
    for i, reason in enumerate(reasons):
        if reason == "nav":
            line = text(i)
            segments |= _segments(line.replace(headline, " ") if len(headline) > 3 else line)
    for key in named:
        if fields[key] not in segments:
            continue
        value = fields.pop(key)
        at = read_at.get(key)
        if at is not None and (found := evidence[at]) is not None:
            why = f"{found.detail}; {key} {value}: the navigation's section, no {key}"
            evidence[at] = Evidence(found.filter, found.action, why)

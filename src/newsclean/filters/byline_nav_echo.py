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

Round 43, *a signed headline*: a commentary's headline opens with its writer's name and a
colon (``张祖成:立足审判职能 深耕诉源治理``, the convention of the papers' signed opinion
pieces, 人民日报's ``任仲平:``), and a page head may set that line aside as navigation when it
takes the subtitle under it for the title.  A person's name (``credit_names.person_name``)
opening a line before its colon is a signature, not a section: a section's label before a
colon is a label word (``栏目:``, ``当前位置:``), never a person's name, so the byline's
author equal to it stays (``■张祖成`` under the byline's time).
"""

from __future__ import annotations

from collections.abc import Callable

from newsclean.document import Evidence
from newsclean.filters.byline_outlet import is_outlet_name
from newsclean.filters.credit_names import person_name
from newsclean.filters.lazy_pattern import lazy_re

__all__ = ["drop_section_names"]

NAME = "structure"
PERSON_FIELDS = ("author", "editor")
#: Where a navigation line's segments part: arrows and bars of either width, a colon after
#: its "you are here" words (当前位置:首页).
SEGMENT_BREAK = lazy_re(r"[>＞›»→|｜/／:：]|\s{2,}")
#: A signed headline's writer before its colon (round 43): the line's first words.
SIGNATURE = lazy_re(r"^\s*([^\s:：>＞›»→|｜/／]{2,4})[:：]")


def _segments(text: str) -> set[str]:
    parts = {part.strip() for part in SEGMENT_BREAK.split(text) if part.strip()}
    if (signed := SIGNATURE.match(text)) is not None and person_name(signed[1]):
        parts.discard(signed[1])  # 张祖成:立足审判职能…: the writer's signature, no section
    return parts


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

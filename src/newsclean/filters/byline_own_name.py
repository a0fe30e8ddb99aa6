"""The site's own name on the byline row, beside another outlet's (round 40).

**Model (the page's own evidence: the head zone's brand).**  A mirror or a portal prints
its own name on the byline row of every copy it carries: ``2021-03-04 10:22 恩平新闻网
江门日报`` under the masthead ``恩平新闻网``.  The site's own name is the page's masthead or
brand (a line over the headline that is that name alone), a segment of its navigation, or
the holder its copyright notice names.  Printed on the row with *another* outlet's name
(``byline_outlet.is_outlet_name``: 报, 网, 社, 台, 客户端 …, unlabelled), the row says who
carries the copy, and the other outlet who wrote it: that one is the source.  The site's
own name stays the source when the page says it published the copy itself (``本网讯``,
``本站讯``, ``原创`` on the row) or when it is the only outlet named (round 42: a piece of
the source's own name, split off at its bracket, ``新闻局(GCS)``, is no other outlet).
The byline line's evidence says why the source changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.document import Evidence, Placement
from newsclean.filters.byline_outlet import is_outlet_name
from newsclean.filters.byline_pieces import HOUSE as HOUSE_DATELINE
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex

__all__ = ["other_outlet"]

#: Where a row's unlabelled pieces part: spaces and the separators of any width.
PIECE_BREAK = lazy_re(r"[\s\u3000|｜丨/／·•【】\[\]()（）]+")
#: An unlabelled outlet's piece: Han letters only (a labelled one, 来源:华商报, is the
#: labelled grammar's; a domain on the row is the site's own address).
HAN_NAME = lazy_regex(r"^\p{Han}[\p{Han}·]{1,11}$")
#: The page saying it published the copy itself.
HOUSE = lazy_re(HOUSE_DATELINE.lstrip("|") + r"|原创|原創")  # byline_pieces: 本网讯
#: The placements of the lines that name the site: its masthead or brand (metadata over
#: the headline), its navigation and tools (removed), its notice (copyright).
SITE_LINES = ("metadata", "removed", "copyright")


def _labelled(row: str, source: str) -> bool:
    """Whether the row labels the source (来源:华商报): the label says it, no layout guess."""
    return any(colon + space + source in row for colon in ":：" for space in ("", " "))


def _names_site(line: str, name: str, placement: Placement) -> bool:
    if placement == "metadata":
        return line.strip().strip("【】[]()（）") == name  # the masthead: the name alone
    return name in line  # a trail's segment, a tool bar, a notice's holder


def other_outlet(
    text: Callable[[int], str],
    placements: Sequence[Placement],
    evidence: list[Evidence | None],
    fields: dict[str, str],
    read_at: dict[str, int],
) -> None:
    """Make the row's other outlet the source when its source is the site's own name
    (module docstring)."""
    source = fields.get("source")
    if not source:
        return
    rows = sorted({read_at[key] for key in ("source", "published_at") if key in read_at})
    if not rows:  # the head's reading placed it: its record lines
        rows = [i for i, placement in enumerate(placements) if placement == "metadata"]
    for at in rows:  # the row the source came from, or the dated row under a masthead
        row = text(at)
        if source not in row or HOUSE.search(row) is not None or _labelled(row, source):
            continue
        others = {
            p
            for p in PIECE_BREAK.split(row)
            if p not in source and HAN_NAME.match(p) is not None and is_outlet_name(p)
        }
        if len(others) != 1:
            continue
        own = any(
            _names_site(text(i), source, placements[i])
            for i in range(len(placements))
            if i != at and placements[i] in SITE_LINES
        )
        if not own:
            continue
        fields["source"] = other = next(iter(others))
        if (found := evidence[at]) is not None:
            why = f"{found.detail}; {source} is the site's own name, {other} the source"
            evidence[at] = Evidence(found.filter, found.action, why)
        return

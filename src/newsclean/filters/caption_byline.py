"""A photographer's byline: a picture credit printed as a line of the byline block.

Model.  Sites that credit the text and the pictures separately print two byline lines
under the headline (``文/广州日报全媒体记者 李栋`` then ``图/广州日报全媒体记者 李栋
（部分由受访者提供）``).  The second opens like a caption (a picture label and a
separator: 图/, 摄影/, 照片/) but describes no picture: after its label it is a byline
the byline grammar reads (``metadata.parse_metadata``: a role and a name, an outlet
before the role), with at most a bracketed aside closing it (``（部分由受访者提供）``).  When
such a line stands *directly under a byline line* (the nearest non-blank line above it
was placed as metadata) it is metadata, not a caption (``structure`` asks this of a line
with a caption cue).  A caption under a picture keeps its place: it describes something
(``图为…``, ``…。新华社记者 张三摄``), so the grammar reads no byline after its label,
and a credit line alone in the body (``图/本报记者 张三`` under a paragraph) stays a
caption: the rule asks for the byline above.

The byline grammar leaves a line whose only fields are photographer credits to the
caption rules (``byline``'s precedence); this module reads the line after its picture
label so that no byline rule changes.

>>> photographer_byline("图/广州日报全媒体记者 李栋 (部分由受访者提供)")
True
>>> photographer_byline("图/新华社"), photographer_byline("图为市民在公园赏花。")
(False, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsclean.filters.metadata import parse_metadata

PICTURE_LABEL = re.compile(r"^(?:图片|圖片|图|圖|摄影|攝影|摄|攝|照片|相片)\s?[/／:：]\s?")
ASIDE = re.compile(r"\s?[（(][^（()）]{1,30}[)）]$")
MAX_LINE = 60
ROLE_FIELDS = ("author", "reporter")


def photographer_byline(text: str) -> bool:
    """A picture label, then a byline with a role and a name (module docstring)."""
    line = text.strip()
    if len(line) > MAX_LINE:
        return False
    label = PICTURE_LABEL.match(line)
    if label is None:
        return False
    rest = ASIDE.sub("", line[label.end() :]).strip()
    parsed = parse_metadata(rest) if rest else None
    return parsed is not None and any(f in parsed.fields for f in ROLE_FIELDS)


def under_byline(placements: Sequence[str], index: int) -> bool:
    """The nearest non-blank line above ``index`` was placed as metadata."""
    above = index - 1
    while above >= 0 and placements[above] == "blank":
        above -= 1
    return above >= 0 and placements[above] == "metadata"

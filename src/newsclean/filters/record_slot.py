"""The record slot's own lines around the record line (split from ``head_record`` in
round 29): which lines beside the dated record line belong to it, each by its place.

- the *slot*: at most ``MAX_RECORD_SLOT`` lines between the headline and the first
  paragraph, or under the last one; a notice closing the page is no paragraph
  (``closing_notice``, round 28), so the record over it is read at the foot;
- a *writer alone* right over the record line (``崔虹`` / ``2016年2月23日 16:12``, or a
  CMS's ``admin``: ``writer_line``) is the record's first line (round 28);
- round 29, a *card's counters* (``550 0 0``: views, likes, comments, bare counts alone
  on the line, ``record_pieces.COUNT_ROW``) right under a byline line are the byline's
  (``under_byline``): a feed card prints them under its post line
  (``AIGC动态5个月前发布 总统府`` / ``550 0 0``); a count in prose has its noun;
- round 29, the *removed lines right under the last paragraph* (``removed_under``): a
  counter row the furniture took there (``閱讀:420 2025-05-28 08:21:00`` closing the
  story) still dates the article as one under the headline does;
- round 30, a *team credit* right over the first paragraph (``何青 王詩穎 陳奧男 任曄 陳杰``,
  a provincial channel's reporters, on a page with or without a headline): two persons'
  names or more alone on the line (``byline_names.person_names``: each a family name and
  one or two characters, spaced or listed with 、) name the writers wherever the slot
  stands, dated record line or not (``team_credit``): a headline, a heading or a caption
  is never a list of names and nothing else.  One name alone is left to the record line
  under it (a one-word line over the lede may be a kicker);
- round 30, *the record's first line reclaimed* (``over_record``): a line right under the
  headline that the head set aside as a label the article does not echo, standing right
  over a dated byline line, is the record's when it is a writer's name (``崔虹`` /
  ``发布时间:2016-07-19 14:05``: the author) or an employer's name, a media name, a
  paper or a public body (``透視報`` / ``最後更新︰2023–05–16 21:10``: the site's name
  over its date, stored as the site, not as the story's source, which a repost names
  elsewhere): a label of the page's furniture is neither, and the article never echoes a
  byline.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.document import Placement
from newsclean.filters.byline_names import person_names
from newsclean.filters.byline_pieces import is_person_name
from newsclean.filters.byline_reporter import employer
from newsclean.filters.byline_values import is_no_value
from newsclean.filters.dates import find_date
from newsclean.filters.foot_notices import Lined
from newsclean.filters.notice import is_notice as notice
from newsclean.filters.record_pieces import COUNT_ROW

#: The record slot: at most this many lines between the headline and the first paragraph.
MAX_RECORD_SLOT = 3


def writer_line(text: str) -> bool:
    """A writer's name alone, or the poster's account a CMS prints for none (admin)."""
    return is_person_name(text.strip()) or is_no_value("author", text.strip())


def team_credit(text: str) -> str | None:
    """Round 30: the writers when ``text`` is two persons' names or more alone (module
    docstring), else None.

    >>> team_credit("何青 王詩穎 陳奧男 任曄 陳杰"), team_credit("吴升儒、王定传")
    ('何青 王詩穎 陳奧男 任曄 陳杰', '吴升儒、王定传')
    >>> team_credit("崔虹"), team_credit("春节 返乡 记")
    (None, None)
    """
    names = person_names(text)
    return names if names is not None and (" " in names or "、" in names) else None


def over_record(
    lines: Sequence[Lined | None], title: int, placements: list[Placement]
) -> tuple[int, str, str] | None:
    """Round 30: (line, field, value) of the removed line right under headline ``title``
    that is the record's first line (module docstring), or None."""
    shown: list[tuple[int, str]] = []  # the two lines printed under the headline
    for i in range(title + 1, len(lines)):
        line = lines[i]
        if line is not None and (text := line.text.strip()):
            shown.append((i, text))
            if len(shown) == 2:
                break
    if len(shown) < 2 or placements[shown[0][0]] != "removed":
        return None
    (first, name), (second, record) = shown
    if placements[second] != "metadata" or find_date(record) is None:
        return None
    if writer_line(name) and not is_no_value("author", name):
        return first, "author", name
    if employer(name.strip("【】[]")):
        return first, "site", name
    return None


def closing_notice(texts: Sequence[str], k: int) -> bool:
    """Round 28: a notice closing the page (its last lines) is no paragraph of the story."""
    return len(texts) - k <= MAX_RECORD_SLOT and notice(texts[k], near_foot=True)


def under_byline(lines: Sequence[Lined | None], i: int, placements: list[Placement]) -> bool:
    """Round 29: place line ``i`` when it is a card's counters (``550 0 0``) right under a
    byline line: part of the record, as the counters beside a date are."""
    line = lines[i]
    if line is None or COUNT_ROW.fullmatch(line.text.strip()) is None:
        return False
    for j in range(i - 1, -1, -1):
        if (above := lines[j]) is not None and above.text.strip():
            if placements[j] != "metadata":
                return False
            placements[i] = "metadata"
            return True
    return False


def removed_under(
    lines: Sequence[Lined | None], last: int, placements: list[Placement]
) -> list[int]:
    """Round 29: the removed lines right under the last paragraph, up to the first kept."""
    run: list[int] = []
    for i in range(last + 1, len(lines)):
        line = lines[i]
        if line is None or not line.text.strip():
            continue
        if placements[i] != "removed" or len(run) >= MAX_RECORD_SLOT:
            break
        run.append(i)
    return run

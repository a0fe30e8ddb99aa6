"""An empty tag label closing the page: a field whose links the copy lost (round 47).

**Model (place).**  A template prints a field's label, its colon and the field's value; the
value of a tag or keyword field is a row of links, and a copy that keeps no links keeps
the label alone (``关键词:`` under the story, its tags gone).  A label with an empty value
may still head what comes under it (a list of the article's own, a heading over
pictures), so its words alone decide nothing (``furniture_tags`` keeps a bare ``关键词：``).
What decides is the place: when nothing the page keeps comes after it (every later line is
blank or removed as furniture, spam or a notice), the label heads nothing, and the field is
empty: the template's, not the article's.  The byline grammar reads such a line as a
record with a label and no field (``Metadata`` with no fields); it names nothing the
document keeps, so taking it away loses no field.

The label is a *tag* label (``furniture_tags.tag_label``: a tag noun of
``data/tag_labels.txt``, 关键词, 標籤, Tags, perhaps after a page noun), shaped as
``foot_notices.EMPTY_LABEL`` (its colon, nothing after it): a tag field's value is links
and nothing else, which a text copy loses whole.  An empty *byline* label (``责任编辑:``)
is the desk's record with no field and stays metadata (its value is a name, printed as
text when there is one).  A label with anything after it, or one followed by a line the
page keeps (a body line, a caption, a heading, a record that names a field), stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.foot_notices import EMPTY_LABEL
from newsclean.filters.furniture_tags import tag_label

#: What an empty label closing the page says in ``--explain``.
LAST_DETAIL = "an empty tag label closing the page: the tags' name and its colon, nothing after it"
#: Placements of lines the clean page does not print: nothing the label could head.
GONE = frozenset({"blank", "removed", "copyright"})


def closing_labels(
    text_of: Callable[[int], str],
    placements: Sequence[str],
    reasons: Sequence[str | None] = (),
) -> dict[int, str]:
    """The empty label closing the page, by index, with its evidence: the last line the
    page keeps, placed as a record, shaped as an empty label (a label and nothing after it
    names no field).  ``reasons`` is the removed lines' (unread: the caller's signature)."""
    for i in range(len(placements) - 1, -1, -1):
        if placements[i] in GONE:
            continue
        text = text_of(i).strip()
        if placements[i] == "metadata" and EMPTY_LABEL.match(text) and tag_label(text):
            return {i: LAST_DETAIL}
        return {}
    return {}

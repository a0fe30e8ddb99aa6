"""The newsroom named before its staff's labels: the site, not the story's source (round 47).

**Model.**  A labelled row whose labels are all the page's own staff (the editor, the
photographer, and the reviewers and duty roles the grammar reads and sets aside: field
``editor``, ``photographer`` or ``ignore`` of ``data/metadata_labels.txt``) credits the
people who made *this page*.  A name the row prints before them, with no label of its own
(``【中文热点】编辑:Mary,摄影:dream wrok``, hotspotnews.ca, a Toronto forum naming itself
before its editor and photographer), is the newsroom those people work in: the site that
printed the page, never where the story came from, which a source label names
(``来源:…``) and a staff credit does not.  So the lead's name is kept as the row's
``site`` and the row gives no source.

A media outlet's name there (``byline_values.outlet``: a media word ending it or a known
outlet; ``臺視新聞 編輯:吳苡榛``, a news channel's site naming itself over its editor;
``荔枝新闻专稿 (编辑/王晟)``, its desk's word of the copy after it) names a publisher of news
whose copy the editor edited, and stays the source, as the outlet's name alone
(``【台视新闻】``, ``head_names``) does; a name with no media word (a forum's or a
community's, 中文热点) publishes no news copy of its own.  A row with any other field's
label (a source, an author, a time), or whose lead gives more than the name
(``2023-05-05 新华网 编辑:…``: a date row's outlet), is read as before.
"""

from __future__ import annotations

from newsclean.filters.byline_values import outlet, source_name
from newsclean.filters.labels import label_table

#: The fields of the page's own staff: who edited, photographed, reviewed or signed off.
STAFF_FIELDS = frozenset({"editor", "photographer", "ignore"})


def desk_lead(lead_fields: dict[str, str], labels: list[str]) -> dict[str, str]:
    """``lead_fields`` (what the row's unlabelled lead gives) with an outlet's name before
    staff labels only read as the site (module docstring).

    >>> desk_lead({"source": "中文热点"}, ["编辑", "摄影"])
    {'site': '中文热点'}
    >>> desk_lead({"source": "新华网"}, ["来源"]), desk_lead({"source": "台视新闻"}, ["编辑"])
    ({'source': '新华网'}, {'source': '台视新闻'})
    """
    name = lead_fields.get("source", "")
    if set(lead_fields) != {"source"} or not labels or outlet(source_name(name)):
        return lead_fields
    table = label_table()
    if any(table.get(label) not in STAFF_FIELDS for label in labels):
        return lead_fields
    return {"site": name}

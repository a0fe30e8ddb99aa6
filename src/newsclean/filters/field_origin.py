"""The fields the record lines gave, checked against what became of their lines and the
article they stand over (round 35; asked once by ``structure.classify`` after every
reading has placed its lines).

Model.  A field is what a line of the document's metadata says, so it stands or goes with
its line:

* a field read from a line that a later reading places elsewhere (the list of other
  stories after the article, each headline over its date: ``furniture_related``) says
  nothing of this document and is dropped; the page's own readers that fill an empty
  field afterwards (``record_dates.page_order``) may fill it;
* a source is a publisher (``byline_brand``): a value holding a strong spam term the
  article never prints is a brand stamped on the row, and the row keeps its date; a term
  the article prints is the story's subject (``来源：中国彩票网`` over a lottery draw);
* round 36: a source is an organisation's name whichever reading took it (a labelled
  value, a bare name under the headline): a value the byline's value model says names no
  one (``byline_values.is_no_value``: a site named for the writing it offers to copy,
  ``材料写作网``) is dropped, and its line stays the page's record.

Round 47, *a label says it, a layout guesses* (``take_fields``, asked by
``structure.classify`` for each record line in page order): the first line that gives a
field gives it, except that a source read from an unlabelled row of pieces (``2012.01.12
15:48 在榆林網 詹遙``: a name placed between the date and the writer, which may be the
carrying site's own name as well as the story's outlet) gives way to a source a later line
labels (``來源:《華龍網-重慶晨報》…``): the label names the source, the row's layout only
suggests it (``byline_own_name._labelled``'s reasoning, read across lines).  Only a row
read below the article's first prose: a row in the page head, under the headline, stands
in the byline's own place, where the page prints its source (``http://www.sina.com.cn
2004年09月15日07:19 中国新闻网``), and a labelled line further down may be another story's.
Two labelled sources keep the first; a row's unlabelled source after a labelled one
changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.document import Placement
from newsclean.filters.byline_brand import is_spam_brand
from newsclean.filters.byline_pieces import Metadata
from newsclean.filters.byline_values import is_no_value
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.labels import label_table
from newsclean.filters.spam_signs import lexicon

#: The placements whose lines are the article a source is asked of: paragraphs and headings.
ARTICLE = ("body", "heading", "title", "caption")


def settle_fields(
    fields: dict[str, str],
    read_at: dict[str, int],
    placements: Sequence[Placement],
    lines: Sequence[LineLike | None],
) -> None:
    """Drop from ``fields`` (read from the lines ``read_at``) the fields whose line left
    the metadata, and a source that is a spam brand (module docstring)."""
    for key, at in read_at.items():
        if placements[at] != "metadata" and fields.get(key) is not None:
            del fields[key]  # its line went: another story's date under its headline
    if (named := fields.get("source")) is not None and is_no_value("source", named):
        del fields["source"]  # 材料写作网 under the headline: the copying site's own name
    source = fields.get("source") if "source" in read_at else None
    if source is None or not lexicon().holds(source.lower()):
        return  # the lexicon first: the article is read only for a value holding a term
    printed = "\n".join(
        line.text for i, line in enumerate(lines) if line is not None and placements[i] in ARTICLE
    ).lower()
    if is_spam_brand(source, printed.__contains__):
        del fields["source"]  # / 金沙手机网投app / DATE: a brand publishes nothing


def _labels_source(labels: list[str]) -> bool:
    """Whether one of a row's labels is a source's (来源, 稿源, 新闻来源 …)."""
    table = label_table()
    return any(table.get(label) == "source" for label in labels)


def take_fields(
    fields: dict[str, str],
    read_at: dict[str, int],
    labelled: set[str],
    metadata: Metadata,
    at: int,
    head_rows: Sequence[int],
) -> None:
    """Add the fields of record line ``at`` (``metadata``) that no earlier line gave, and a
    labelled source over an earlier unlabelled one read below the page head (module
    docstring, round 47); ``labelled`` holds the fields an earlier line gave under their
    label, ``head_rows`` the record lines of the page head."""
    relabel = (
        "source" in metadata.fields
        and "source" in fields
        and "source" not in labelled
        and read_at.get("source") not in head_rows
        and _labels_source(metadata.labels)
    )
    for key, value in metadata.fields.items():
        if key not in fields or (key == "source" and relabel):
            fields[key], read_at[key] = value, at
            if key == "source" and _labels_source(metadata.labels):
                labelled.add("source")

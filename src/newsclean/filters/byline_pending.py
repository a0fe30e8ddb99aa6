"""A label printed alone on its line, its value on the next line (``1.媒体来源:`` over
``中时``, ``2.记者署名:`` over ``郑年凯``: a forum's news template, each numbered label on
a line of its own).

**Model.**  A metadata line that is a bare label (one label of a named field, nothing
after its separator) leaves its field open; the next line with text is its value when
it has the shape of that field's value on a line of its own: a source name
(``byline_alone.source_line``: a short name, no label, no section) for a source label, a
person's name or names (``byline_alone.author_line``) for an author or reporter label.  Any
other line (the article's first paragraph under ``2.记者署名:`` whose name was not
printed) closes the field and stays where it is.

Round 17: under a source label the value may also be an *outlet's account*: the outlet's
name (``title.is_site_name``), the account or column in quotes and, glued after, the
platform it speaks on (``新华社“新华视点”微博``, ``某某日报「夜读」公众号``): the label
promises a source, so the line's shape need only be an outlet's; a quoted name after a
word that is no outlet (``张三“李四”活动``) is no source.

Round 34: under a byline's *time* no label promises a source, so a bare name there is one
only when it reads as an outlet (``outlet_line``, the model of ``byline_outlet.py``).

Round 42: a *counter's* label (a label of no field, kind ``ignore`` of the label table:
``浏览量:``, ``阅读:``, ``点击:``) leaves its count open the same way: a record printed one
field a line (``发布时间:`` / ``瀏覽量:`` / ``285610`` / ``來源:`` / ``中國報``) puts the
count alone under its label.  The line under is its value when it is a count and nothing
else (``COUNT``: digits, perhaps grouped by commas); it is the record's, metadata with no
field.  A number under any other line, or a line of words under the counter's label,
stays where it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Protocol

from newsclean.document import Evidence, Placement
from newsclean.filters.byline_alone import author_line, source_line
from newsclean.filters.byline_outlet import DOMAIN, is_outlet_name
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.metadata import parse_metadata
from newsclean.filters.record_place import place_as_record
from newsclean.filters.title import is_site_name

#: An outlet's account: the outlet, the account in quotes, the platform glued after.
ACCOUNT = lazy_regex(
    r"^(?P<outlet>[\p{Han}A-Za-z0-9]{2,8})(?:“[^“”]{2,10}”|「[^「」]{2,10}」|\"[^\"]{2,10}\")"
    r"[\p{Han}A-Za-z]{0,4}$"
)


def labelled_source(text: str) -> str | None:
    """The source a line under a source label names: a bare name, or an outlet's account.

    >>> labelled_source("新华社“新华视点”微博"), labelled_source("张三“李四”活动")
    ('新华社“新华视点”微博', None)
    """
    line = text.strip()
    account = ACCOUNT.match(line)
    if account is not None and is_site_name(account["outlet"]):
        return line
    return source_line(line)


def outlet_line(text: str) -> str | None:
    """The source when ``text``, under a byline's time that named no source, is a bare
    name that reads as an outlet (``byline_outlet``), or an outlet's domain alone.

    >>> outlet_line("FTNN新闻网"), outlet_line("chinanews.com"), outlet_line("华侨新村入口")
    ('FTNN新闻网', 'chinanews.com', None)
    """
    line = text.strip()
    if DOMAIN.match(line) is not None:
        return line
    name = source_line(line)
    return name if name is not None and is_outlet_name(name) else None


#: A count alone on its line (round 42): digits, perhaps grouped by commas.
COUNT = lazy_regex(r"\d{1,3}(?:,\d{3})+|\d{1,12}")


def count_line(text: str) -> str | None:
    """The count a counter's label left open, when ``text`` is that count alone.

    >>> count_line("285610"), count_line("1,351"), count_line("中國報")
    ('285610', '1,351', None)
    """
    line = text.strip()
    return line if COUNT.fullmatch(line) else None


#: A lone digit under a record may number the article's first section, not count readers.
SECTION_NUMBERS = frozenset("123456789")


def record_count(text: str) -> str | None:
    """A count alone under a byline's record line with no open label (round 42b), unless it
    may number a section (1 to 9).

    >>> record_count("0"), record_count("1,351"), record_count("1")
    ('0', '1,351', None)
    """
    count = count_line(text)
    return None if count is None or count in SECTION_NUMBERS else count


#: The fields a bare label may leave open, and how the line under it is read (``ignore``:
#: a counter's label, whose count is the record's and names no field).
READERS: dict[str, Callable[[str], str | None]] = {
    "source": labelled_source,
    "author": author_line,
    "reporter": author_line,
    "ignore": count_line,
}
BARE_ENDS = frozenset(":：】]")
#: Where a count names no field: under its counter's label, or under a record line whose
#: label was lost (``None``); each with the evidence it leaves.
COUNTED: dict[str | None, str] = {
    "ignore": "a count under its counter's label",
    None: "a count under the byline's record",
}


class Line(Protocol):
    @property
    def text(self) -> str: ...


def _open_field(text: str) -> str | None:
    """The field a bare label line leaves open (``1.媒体来源:``), or None."""
    line = text.strip()
    if not line or line[-1] not in BARE_ENDS:
        return None
    parsed = parse_metadata(line)
    if parsed is None or parsed.fields or len(parsed.labels) != 1:
        return None
    field = label_table().get(parsed.labels[0])
    return field if field in READERS else None


def values_under_labels(
    lines: Sequence[Line | None],
    content: list[int],
    placements: list[Placement],
    evidence: list[Evidence | None],
    fields: dict[str, str],
) -> list[int]:
    """Place the values printed under bare labels as metadata; ``content`` without them."""
    found = _values(lines, content, placements, fields)
    return place_as_record(found, content, placements, evidence)


def _values(
    lines: Sequence[Line | None],
    content: list[int],
    placements: list[Placement],
    fields: dict[str, str],
) -> Iterator[tuple[int, str]]:
    """The values under bare labels, each with what was read, its field stored in
    ``fields``; each is placed before the walk goes on."""
    for i, placement in enumerate(placements):
        line = lines[i]
        if placement != "metadata" or line is None:
            continue
        field = _open_field(line.text)
        below = next((k for k in range(i + 1, len(lines)) if (lines[k] or _BLANK).text), None)
        if below is None or placements[below] != "blank" or below not in content:
            continue
        # no open label: a record's counter whose label is lost (round 42b)
        read = record_count if field is None else READERS[field]
        value = read(lines[below].text)  # type: ignore[union-attr]
        if value is None:
            continue
        if field is None or field == "ignore":  # a count: the record's, no field (round 42)
            yield below, COUNTED[field]
        else:
            target = "author" if field == "reporter" else field
            fields.setdefault(target, value)
            yield below, f"{target} under its label"


class _Blank:
    text = ""


_BLANK = _Blank()

"""Two compositions of an unlabelled byline row (round 23): a row opened by an author
label, and a name carrying its dateline after a dash.

**Model (composition, not vocabulary).**  A byline row is pieces parted by slashes or
spaces (``byline_pieces.parse_pieces``: names, an outlet, a date).  Two ways a site writes
the same row that the piece grammar alone does not read:

- *the author label opening the row*: ``作者 X Y / OUTLET / DATE``, the label (any label of
  the author field in ``data/metadata_labels.txt``, simplified or traditional) after at
  most ``MAX_LEAD`` Han characters of the column's own word (专栏号作者, 特稿作者), a space,
  then the names.  The label says what the first piece is; the rest of the row is read
  by the piece grammar as it would be without the label; its outlet piece is kept only when
  it reads as an outlet's name (``title.is_site_name``: 新华网, a media ending), since the
  row's other slot on such templates holds the site's own brand.  A label glued to prose, or a
  row whose rest the piece grammar does not read, is no byline row.
- *a name and its dateline joined by a dash*: ``李四-台北 2012-09-09``: a person's name
  (``is_person_name``), a dash, and two or three Han characters (where the reporter
  filed).  The piece is the author; the place is a dateline, no outlet.  A dash between
  two words that are not a name and a short place (``中美-峰会``) is left to the pieces.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.filters.byline_pieces import Metadata, is_person_name, parse_pieces
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import WHITE_SPACE, lazy_re, lazy_regex
from newsclean.filters.title import is_site_name

#: At most this many Han characters of the column's own word before the author label.
MAX_LEAD = 4
#: A row opened by a label: the lead, a label word, spaces, then a Han name.
ROW_OPEN = lazy_regex(r"^(?P<lead>\p{Han}{0,4}?)(?P<label>\p{Han}{2,6}?)[ \u3000]{1,3}(?=\p{Han})")
#: A piece ``NAME-PLACE``: a name, a dash, a short place; alone between spaces.
DASH_PLACE = lazy_regex(r"(?<!\S)(?P<name>\p{Han}{2,4})[-－—](?P<place>\p{Han}{2,3})(?!\S)")
SLASHES = lazy_re(rf"[{WHITE_SPACE}][/／|｜][{WHITE_SPACE}]")


@cache
def _author_labels() -> frozenset[str]:
    return frozenset(
        word
        for word, field in label_table().items()
        if field == "author" and regex.fullmatch(r"\p{Han}+", word)
    )


def dateline_names(line: str) -> str:
    """``line`` with each ``NAME-PLACE`` piece read as the name (module docstring).

    >>> dateline_names("王大明-台中 2023-05-01 09:30")
    '王大明 2023-05-01 09:30'
    >>> dateline_names("中美-峰会 2023-05-01")
    '中美-峰会 2023-05-01'
    """
    if "-" not in line and "－" not in line and "—" not in line:
        return line
    return DASH_PLACE.sub(lambda m: m["name"] if is_person_name(m["name"]) else m[0], line)


def labelled_row(line: str) -> Metadata | None:
    """The fields of a slash row opened by an author label (module docstring), else None.

    >>> labelled_row("特稿作者 周文清 / 新华网 / 2021-03-04").fields
    {'author': '周文清', 'source': '新华网', 'published_at': '2021-03-04'}
    >>> labelled_row("他说作者 就是他自己 / 2021-03-04") is None
    True
    """
    if not SLASHES.search(line):
        return None
    opening = ROW_OPEN.match(line)
    if opening is None:
        return None
    labels = _author_labels()
    text = opening["lead"] + opening["label"]
    label = next(
        (text[k:] for k in range(min(MAX_LEAD, len(text)) + 1) if text[k:] in labels), None
    )
    if label is None:
        return None
    parsed = parse_pieces(line[opening.end() :])
    if parsed is None or "author" not in parsed.fields:
        return None
    if "source" in parsed.fields and not is_site_name(parsed.fields["source"]):
        del parsed.fields["source"]  # the label names the writer; an outlet must read as one
    parsed.labels.append(label)
    return parsed

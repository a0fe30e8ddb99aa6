"""A byline's piece alone on its line: a bare source name, a public body's name, a writer's
name (split from ``metadata`` in round 35; the lines around a byline ask these of one
line: ``structure``, ``page_head``, ``byline_pending``, ``byline_foot``).

**A byline split over lines.**  Some sites print the time and the source on two lines,
the source bare on the line under the time (``出版：2025年01月08日 星期三`` then
``新闻局(GCS)``; ``2026/02/04`` then ``FTNN新闻网``): ``source_line`` reads such a line
as the source when it stands right under a byline that gave a time but no source, is a
name (``SOURCE_NAME``: 2-8 Han or Latin characters, as media names are (a lead line
such as 记湖南援藏干部的三年 is longer), an optional bracketed code, no
punctuation), no label or section label (本地新闻).  ``structure`` applies it only there,
while the page has no source, to an outlet's name (``byline_outlet``).  The name may
stand over the byline instead (``總統府`` then ``・2025-01-13 ・4850字``): a media name or
a public body's (one ending in an issuer word of ``data/section_labels.txt``: 政府, 部, 局)
alone on the line right above a byline that dates the page and names no source, with a
line above it (the headline), is the source (``page_head`` places it; ``public_body``);
round 41: not a department of a body the name leaves out (``byline_portal.organ_unit``).
A media name alone under the headline is read by it too (``headline=True``): the name
without its brackets, a pair around it (``【香港电台】``) or one left unpaired
(``【台视新闻``, a bracketed byline whose other half was not printed), never a section
label.

**A writer's name alone under the headline** (``任佳刚`` on the line under the title,
the article under it, as a converted blog mirror prints it) is the author
(``author_line``: a person's name, ``byline_pieces.is_person_name``); ``structure`` asks
it of that line only.
"""

from __future__ import annotations

from newsclean.filters.byline import trim_value
from newsclean.filters.byline_asides import issuer_ending
from newsclean.filters.byline_names import camera_names, person_names
from newsclean.filters.byline_pieces import is_section_label
from newsclean.filters.byline_portal import organ_unit
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.provenance import unattributed
from newsclean.filters.title import is_site_name

# A bare source name: 政府新闻处, FTNN新闻网, 新闻局(GCS), 正报.
SOURCE_NAME = lazy_regex(r"^[\p{Han}A-Za-z][\p{Han}A-Za-z0-9·]{1,7}(?:[(（][A-Za-z]{2,8}[)）])?$")


def source_line(text: str, *, headline: bool = False) -> str | None:
    """The source when ``text`` is a bare source name (see the module docstring); with
    ``headline``, when it is a media name alone under the headline: the name without a
    bracket left unpaired, never a section label.

    >>> source_line("新闻局(GCS)")
    '新闻局(GCS)'
    >>> source_line("责任编辑") is None
    True
    >>> source_line("【台视新闻", headline=True), source_line("本地新闻", headline=True)
    ('台视新闻', None)
    """
    line = unattributed(text.strip())  # 据人民网: "according to" is no part of the name
    if headline:
        line = trim_value(line)
        return line if is_site_name(line) and not is_section_label(line) else None
    if SOURCE_NAME.match(line) is None or line in label_table() or is_section_label(line):
        return None
    return line


def public_body(name: str) -> bool:
    """Whether ``name`` is a public body's name that publishes its own stories (module
    docstring): a short name ending in an issuer word (总统府, 市政府, 外交部, 新闻局).

    >>> public_body("總統府"), public_body("本地新闻"), public_body("春节返乡记")
    (True, False, False)
    """
    if SOURCE_NAME.match(name) is None or issuer_ending().match(name) is None:
        return False
    return not organ_unit(name)  # 党委办公室: a department of an unnamed body (round 41)


def author_line(text: str, *, under_time: bool = False) -> str | None:
    """The author when ``text`` is a person's name alone (``byline_pieces.is_person_name``:
    a family name and one or two characters, no site name), or persons' names spaced or
    listed with 、, behind a mark or not (``byline_names.person_names``), as a page prints
    its writers on the line under the headline (``structure`` asks it there only); with
    ``under_time``, under a byline's time, also a camera credit's names (``camera_names``).

    >>> author_line("任佳刚"), author_line("新京报"), author_line("春节返乡记")
    ('任佳刚', None, None)
    >>> author_line("攝影:梁婉琦"), author_line("攝影:梁婉琦", under_time=True)
    (None, '梁婉琦')
    """
    return person_names(text) or (camera_names(text) if under_time else None)

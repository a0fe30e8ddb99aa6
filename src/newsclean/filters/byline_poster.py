"""The writer named by a forum's or a paper's small grammar of one line (split from
``byline_values`` in round 35; ``byline`` and ``metadata`` ask these before their general
grammars).

**A poster glued to the date.**  A forum archive prints the poster, a verb + 于 label and
the date with no space (``刘懿德发表于2019/9/20``): 于 (at) takes a time, so the label is
plain on both sides when a person's or outlet's name opens the line and a byline date is
all that follows (``unglue_poster`` spaces it out for the labelled grammar).

**A poster's quote header.**  A forum reply quoting a post prints the quoted poster and
``wrote:`` (写道：, 寫道：) alone on a line above the quoted text (``going_down wrote:``,
``何青 王诗颖 wrote:``): the poster is the author, never the source (``poster_wrote``).
The name is a forum handle (Latin letters, then letters, digits and at least one of
``_ - .`` or a digit: a plain word, ``she``, is prose) or person names in a row
(a family name each, ``byline_pieces.is_person_name``); any other text before it
(``He wrote:``, ``the minister wrote:``) is prose.

**A marked reporter line.**  A Malaysian paper prints its reporter above the lead as a
square mark, the name and a report word glued (``■陈兆良报导``, 报道, 報導): the name, a
person's (a family name first), is the author (``marked_reporter``).  Without the mark,
or with a place before the word (``■台北报导``: a dateline), it is not one.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_pieces import MAX_LISTED, Metadata, is_person_name
from newsclean.filters.byline_portal import REPORT
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.title import is_site_name


@cache
def _glued_poster() -> regex.Pattern[str]:
    """A name (2-4 characters) glued before a verb + 于 label of the publication time."""
    labels = [
        label
        for label, target in label_table().items()
        if target == "published_at" and label[-1:] in "于於"
    ]
    words = "|".join(map(regex.escape, sorted(labels, key=len, reverse=True)))
    return regex.compile(r"^(?P<name>[\p{Han}·]{2,4}?)(?P<label>" + words + r")(?=[0-9A-Za-z])")


def unglue_poster(line: str) -> str | None:
    """``刘懿德发表于2019/9/20`` spaced out (``刘懿德 发表于 2019/9/20``), else None.

    >>> unglue_poster("刘懿德发表于2019/9/20")
    '刘懿德 发表于 2019/9/20'
    >>> unglue_poster("该文发表于2019年的期刊上") is None
    True
    """
    if "于" not in line and "於" not in line:
        return None
    found = _glued_poster().match(line)
    if found is None or not (is_person_name(found["name"]) or is_site_name(found["name"])):
        return None
    rest = line[found.end() :]
    date = find_byline_date(rest)
    if date is None or date.start != 0 or rest[date.end :].strip():
        return None
    return f"{found['name']} {found['label']} {rest}"


WROTE = lazy_regex(r"^(?P<names>.{1,40}?)[\s\u3000]{0,2}(?:(?<=\S )wrote|写道|寫道)\s{0,2}[:：]$")
HANDLE = lazy_regex(r"^(?=.{0,23}[_\d.-])[A-Za-z][A-Za-z0-9_.-]{1,23}$")  # going_down


def poster_wrote(line: str) -> Metadata | None:
    """A forum's quote header naming the quoted poster (module docstring), else None.

    >>> poster_wrote("going_down wrote:").fields, poster_wrote("He wrote:") is None
    ({'author': 'going_down'}, True)
    """
    if not line.endswith((":", "：")) or (found := WROTE.match(line)) is None:
        return None
    names = found["names"].strip()
    persons = names.split()
    if HANDLE.match(names) is None and not (
        len(persons) <= MAX_LISTED and all(is_person_name(name) for name in persons)
    ):
        return None
    return Metadata(fields={"author": names})


MARKED_REPORTER = lazy_regex(r"^[■□◆◇●▲▪]\s{0,2}(?P<name>\p{Han}{2,4}?)\s{0,2}" + REPORT + r"$")


def marked_reporter(line: str) -> Metadata | None:
    """A marked reporter line (module docstring), else None.

    >>> marked_reporter("■陈兆良报导").fields, marked_reporter("■台北报导")
    ({'author': '陈兆良'}, None)
    """
    found = MARKED_REPORTER.match(line) if line[-1:] in "导道導" else None
    if found is None or not is_person_name(found["name"]):
        return None
    return Metadata(fields={"author": found["name"]})

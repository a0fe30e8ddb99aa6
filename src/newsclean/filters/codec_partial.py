"""A line a codec lost, read from what survives of it: page furniture placed, text kept.

Model (round 45, issue 10).  ``codec_recover`` lays a GBK or Big5 line read as UTF-8 with
replacement on its codec's byte grammar and gives back every character whose two bytes
survived, the others as holes (``���α༭:`` -> ``��编辑:``).  The partial line is then read
by the readers that already know the page's furniture, a hole matching any one character:

* *a field label printed empty* (a CMS prints the label of a field it has no value for):
  the line is one label word of the byline grammar (``labels.label_table``: stems,
  qualifiers, whole labels, every script) and a colon, nothing after it; the word's length
  is the count of characters laid, and every recovered character is the label's at its
  place, at least MIN_KNOWN of them (``��编辑:`` is 责任编辑's four characters);
* *an interface template with holes* (``furniture_holes``'s table, from the software's own
  language packs): the line is the template whole, each literal character recovered or a
  hole, each field filled by its grammar, at least one literal Han character and one field
  recovered (Discuz!'s ``本帖最后由 {name} 于 {time} 编辑`` read as
  ``����� �������� � 2020-7-24 10:02 �辑``: five, one and two characters where its
  literals stand, the time whole).

Such a line is the site's, not the reporter's, and is placed where its clean copy would
be: an empty label is the desk's record with no field ("metadata", as ``责任编辑:`` alone
is; the evaluation's gold decision (a) of round 45), a template is furniture ("nav"); the
evidence names the characters recovered.  Anything else stays where the page kept it: a
paragraph lost to the codec is the article's even unreadable (``eval/README.md``: the
gold's body keeps a garbled paragraph's line), and a line a writer wrote with a real
U+FFFD among Han text is no misread (a GBK line read as UTF-8 seldom writes two CJK
ideographs in a row: ``charmodel.HAN_PAIR`` gates it out).
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.charmodel import HAN_PAIR
from newsclean.filters.codec_recover import LOST, Recovery, recover
from newsclean.filters.furniture_holes import (
    DATE_MARK,
    MAX_HOLED,
    TEMPLATES,
    dates_marked,
    template_pattern,
)
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex

#: A label's recovered characters needed to name it (one could be any label's).
MIN_KNOWN = 2
#: The longest label word read (metadata labels are short).
MAX_LABEL = 6
#: A partial line that is a word and a colon alone.
EMPTY_LABEL = lazy_regex(r"[ \t\u3000]*(?P<word>[\p{Han}\ufffd]{2,6})[ \t]*[:：][ \t\u3000]*")


@cache
def _holed_patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """``furniture_holes``'s templates with every literal Han character a hole or itself."""
    return tuple(
        (kind, template_pattern(template, DATE_MARK, LOST))
        for kind, template in data_lines(TEMPLATES)
    )


def _empty_label(text: str) -> str | None:
    """The label ``text`` (a partial line) prints with no value, or None."""
    match = EMPTY_LABEL.fullmatch(text)
    if match is None:
        return None
    word = match.group("word")
    known = sum(char != LOST for char in word)
    if known < MIN_KNOWN:
        return None
    fits = [
        label
        for label in label_table()
        if len(label) == len(word) and all(w in (LOST, c) for w, c in zip(word, label, strict=True))
    ]
    if not fits:
        return None
    shown = ", ".join(sorted(fits)[:3]) + ("…" if len(fits) > 3 else "")
    return f"{word} (a label of the byline's table: {shown})"


def _template(text: str) -> str | None:
    """The interface template ``text`` (a partial line) is whole, or None."""
    if len(text) > MAX_HOLED:
        return None
    marked = dates_marked(text.strip())
    for kind, pattern in _holed_patterns():
        match = pattern.fullmatch(marked)
        if match is None:
            continue
        literals = match.captures("lit")
        fields = match.captures("field")
        if any(char != LOST for char in literals) and any(
            any(char != LOST for char in field) for field in fields
        ):
            return kind
    return None


def furniture(text: str) -> tuple[str, Recovery] | None:
    """What the furniture ``text`` (a line as read) is ("empty label …" or "interface
    template …"), from what survives of it, and the
    recovery; None for a line that is no misread or whose survivors name no furniture.

    >>> furniture("���α༭:")[0]
    "empty label ��编辑 (a label of the byline's table: 值班编辑, 图片编辑, 实习编辑…)"
    >>> furniture("我们在�会上说") is None
    True
    """
    if LOST not in text or HAN_PAIR.search(text) is not None:
        return None
    recovery = recover(text)
    if recovery is None:
        return None
    if (label := _empty_label(recovery.text)) is not None:
        return f"empty label {label}", recovery
    if (kind := _template(recovery.text)) is not None:
        return f"interface template {kind}", recovery
    return None


def describe(what: str, recovery: Recovery) -> str:
    """The evidence: what the line is, on which codec, from which recovered characters."""
    return f"{what} ({recovery.codec} read as UTF-8, recovered {recovery.text.strip()!r})"

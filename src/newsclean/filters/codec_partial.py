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

Such a line is the site's, not the reporter's: it is placed as furniture ("nav"), and the
evidence names the characters recovered.  Anything else stays where the page kept it: a
paragraph lost to the codec is the article's even unreadable (``eval/README.md``: the
gold's body keeps a garbled paragraph's line), and a line a writer wrote with a real
U+FFFD among Han text is no misread (a GBK line read as UTF-8 seldom writes two CJK
ideographs in a row: ``MISREAD_HAN`` gates it out).
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.codec_recover import LOST, Recovery, recover
from newsclean.filters.furniture_holes import HOLE, HOLES, MAX_HOLED, TEMPLATES
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex

#: A label's recovered characters needed to name it (one could be any label's).
MIN_KNOWN = 2
#: The longest label word read (metadata labels are short).
MAX_LABEL = 6
#: Two CJK ideographs in a row: text the page holds as written, no misread.
MISREAD_HAN = lazy_regex(r"\p{Han}{2}")
#: A template's time field, read whole (``furniture_holes`` asks the date grammar of its
#: clean lines; ``HOLES`` has no time): a numeric day, perhaps a clock time after it.
TIME_FIELD = (
    r"[0-9]{2,4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?"
    r"(?:[ \t]{1,2}[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
)
#: A partial line that is a word and a colon alone.
EMPTY_LABEL = lazy_regex(r"[ \t\u3000]*(?P<word>[\p{Han}\ufffd]{2,6})[ \t]*[:：][ \t\u3000]*")


def _literal(text: str) -> str:
    out = []
    for char in text:
        if char == " ":
            out.append(r"[ \t\u3000]{0,3}")
        elif char in ":：":
            out.append(r"[ \t]{0,2}[:：][ \t]{0,2}")
        elif regex.match(r"\p{Han}", char):
            out.append(f"(?P<lit>[{regex.escape(char)}{LOST}])")
        else:
            out.append(regex.escape(char))
    return "".join(out)


@cache
def _holed_patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """``furniture_holes``'s templates with every literal Han character a hole or itself."""
    found = []
    for kind, template in data_lines(TEMPLATES):
        parts: list[str] = []
        last = 0
        for hole in HOLE.finditer(template):
            parts.append(_literal(template[last : hole.start()]))
            name = hole.group(1)
            parts.append(f"(?P<field>{TIME_FIELD if name == 'time' else HOLES[name]})")
            last = hole.end()
        parts.append(_literal(template[last:]))
        found.append((kind, regex.compile("(?i)" + "".join(parts))))
    return tuple(found)


def _empty_label(text: str) -> str | None:
    """The label ``text`` (a partial line) prints with no value, or None."""
    match = EMPTY_LABEL.fullmatch(text)
    if match is None:
        return None
    word = match.group("word")
    known = sum(char != LOST for char in word)
    if known < MIN_KNOWN:
        return None
    for label, field in label_table().items():
        if len(label) == len(word) and all(
            w in (LOST, c) for w, c in zip(word, label, strict=True)
        ):
            return f"{word} ({field}: {label}…)"
    return None


def _template(text: str) -> str | None:
    """The interface template ``text`` (a partial line) is whole, or None."""
    if len(text) > MAX_HOLED:
        return None
    for kind, pattern in _holed_patterns():
        match = pattern.fullmatch(text.strip())
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
    """What the furniture ``text`` (a line as read) is, from what survives of it, and the
    recovery; None for a line that is no misread or whose survivors name no furniture.

    >>> furniture("���α༭:")[0]
    'empty label ��编辑 (author: 采访编辑…)'
    >>> furniture("我们在�会上说") is None
    True
    """
    if LOST not in text or MISREAD_HAN.search(text) is not None:
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

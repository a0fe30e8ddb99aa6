"""Character references left in the text: the markup a scraper did not unescape, and the
references a transcoding fault wrote and then lost the '&' of.

The model, in two parts.

*Complete references.*  A page saved from HTML without unescaping carries references as
text: numeric (``&#xff0c;``, ``&#65292;``) and named (``&nbsp;``, ``&ldquo;``, ``&amp;``).
They are markup, not words, and are decoded with the HTML5 table of names
(``html.entities.html5``, names with their ``;`` only).  A page escaped twice (``&amp;lt;``)
is decoded in the same pass: a chain of ``amp;`` after the ``&`` is read as one ``&``, so
that cleaning the output again changes nothing.  A reference to a code point no text can
hold (NUL, a surrogate, a control character, beyond U+10FFFF) is left as written, and so is
an unknown name (``&foo;`` may be text).  This is no damage: it is recorded as evidence,
without a warning.

*References that lost their '&'.*  Hijacked copies re-emitted through a charset without
full-width punctuation write those marks as hexadecimal references, and a later step drops
the ampersand: ``香港的成功故事#xff0c;不但記錄``.  Such a stretch is ``#x`` + 2-6 hex digits
+ ``;`` (or ``#`` + 4-7 decimal digits + ``;``), and it is read as a reference only when
  - it names a character outside ASCII that text can hold (a reference to ``{`` or ``A``
    would have been written as the character; ``#123;`` is an issue number), and
  - it touches text outside ASCII, or another such stretch, on either side (the mark sat
    between the words of a Chinese sentence; in an English line or a code sample the same
    shape is text).
A named reference without its ``&`` (``nbsp;``) is never read: the name is also a word.
The text was damaged on its way here, so each such line carries a mojibake warning saying
how many marks were restored; with repair switched off the warning stays and the text is
left as written.

*Escapes a program left* (round 25).  A page copied from a CMS's JSON API, or from a
script's string, writes every character outside ASCII as ``\\uXXXX`` (a character beyond
the basic plane as a pair of surrogates, ``\\ud83d\\ude00``): ``\\u53d7\\u4eca\\u5e74``
was 受今年.  The line is read so when it holds ``MIN_ESCAPES`` escapes at least that name
characters outside ASCII which text can hold; then each of them is read, whatever stands
beside it (``socket\\u7684``, a Latin word between two: the program escaped only what was
not ASCII).  A line quoting one or two escapes (an article on encodings: ``中文的\\u4e2d``)
keeps them.  Like a lost ``&``, the text was damaged on its way here: the line carries a
mojibake warning, and the text is left as written when repair is off.

*An element printed as its source* (round 27).  A CMS that stored a paragraph's HTML and
a mirror that printed it as text write the element around the paragraph:
``<p style="border: 0px; color: #404040; …">受今年第18号台风…</p>``.  What makes the line
markup is its composition: it opens with a start tag (an element name, perhaps
attributes) and closes with an end tag, and what stands between, once every tag is taken
out, is text outside ASCII (the paragraph).  The tags are markup around the paragraph:
they are taken out (inline ones inside, ``<span>``, ``<br/>``, too) and the text stays,
whatever the style says; the line carries a mojibake warning, for the page was printed
from the wrong layer (with repair off the warning stays and the line is left as written).
A tag quoted inside a sentence (``用<p>标签分段``) neither opens nor closes its line; a
line of markup with no text outside ASCII between its tags (``<div class="x"></div>``)
is furniture's, not a paragraph; and a bare element around a few words
(``<p>这是一个段落。</p>``, a tutorial's example) is shown, not printed by mistake: a
start tag without attributes needs a paragraph's worth (``MIN_BARE_TEXT`` characters
outside ASCII) between the tags.
"""

from __future__ import annotations

import html.entities
import re
import unicodedata
from typing import NamedTuple

from newsclean.document import Evidence
from newsclean.filters.lazy_pattern import lazy_re

NAME = "references"

#: A complete reference (after any chain of ``amp;``), or a hexadecimal / decimal one that
#: lost its '&'.  Every quantifier is bounded or over one character class: linear.
REFERENCE = lazy_re(
    r"&(?:amp;)*(?:#[xX](?P<hex>[0-9a-fA-F]{1,6})|#(?P<dec>[0-9]{1,7})"
    r"|(?P<name>[A-Za-z][A-Za-z0-9]{1,31}));"
    r"|#[xX](?P<lost_hex>[0-9a-fA-F]{2,6});|#(?P<lost_dec>[0-9]{4,7});"
    r"|\\u(?P<high>[dD][89abAB][0-9a-fA-F]{2})\\u(?P<low>[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|\\u(?P<escape>[0-9a-fA-F]{4})"
)
#: A start or end tag (an element name, attributes without angle brackets), for the
#: element printed as its source: bounded and over single classes, linear.
TAG = lazy_re(r"</?[A-Za-z][A-Za-z0-9]{0,15}(?:[\s/][^<>]{0,4000})?>")
#: The line opens with a start tag and closes with an end tag (indentation aside).
WRAPPED = lazy_re(
    r"[ \t\u3000]{0,8}<[A-Za-z][^<>]{0,4000}>.*</[A-Za-z][A-Za-z0-9]{0,15}\s{0,3}>\s{0,8}"
)
#: Characters outside ASCII an element with a bare start tag (``<p>``) wraps at least.
MIN_BARE_TEXT = 16
#: A line's program escapes are read when it holds this many at least (module docstring).
MIN_ESCAPES = 3
#: The HTML5 names that end in ';', without it: ``nbsp`` -> U+00A0.
NAMED = {name[:-1]: char for name, char in html.entities.html5.items() if name.endswith(";")}


class DecodedLine(NamedTuple):
    text: str
    evidence: tuple[Evidence, ...]
    lost: int  # references that had lost their '&' (each one a sign of damage)
    stretch: str  # the first damaged stretch as written, for the warning ('' when none)
    escaped: int = 0  # program escapes read (damage too)
    markup: int = 0  # tags of an element printed as its source, taken out (damage too)


def _holdable(code: int) -> str | None:
    """The character of ``code`` if text can hold it, else None."""
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    char = chr(code)
    if unicodedata.category(char) in ("Cc", "Cs", "Cn"):
        return None
    return char


def _is_lost(match: re.Match[str]) -> bool:
    return match.group("lost_hex") is not None or match.group("lost_dec") is not None


def _is_escape(match: re.Match[str]) -> bool:
    return match.group("escape") is not None or match.group("high") is not None


def _escaped_char(match: re.Match[str]) -> str | None:
    if (high := match.group("high")) is not None:
        code = 0x10000 + ((int(high, 16) - 0xD800) << 10) + int(match.group("low"), 16) - 0xDC00
    else:
        code = int(match.group("escape"), 16)
    char = _holdable(code)
    return char if char is not None and code > 0x7F else None


def _lost_char(match: re.Match[str]) -> str | None:
    hex_digits = match.group("lost_hex")
    code = int(hex_digits, 16) if hex_digits is not None else int(match.group("lost_dec"))
    char = _holdable(code)
    return char if char is not None and code > 0x7F else None


def _complete_char(match: re.Match[str]) -> str | None:
    if (name := match.group("name")) is not None:
        return NAMED.get(name)
    hex_digits = match.group("hex")
    code = int(hex_digits, 16) if hex_digits is not None else int(match.group("dec"))
    return _holdable(code)


def _touches_text(line: str, match: re.Match[str], ends: set[int], starts: set[int]) -> bool:
    """The stretch stands against a character outside ASCII or against another lost
    reference (one ending where it starts, or starting where it ends)."""
    start, end = match.span()
    before = line[start - 1] if start else ""
    after = line[end] if end < len(line) else ""
    return before > "\x7f" or after > "\x7f" or start in ends or end in starts


def decode_line(line: str, *, repair: bool = True) -> DecodedLine | None:
    """The line with its references decoded, or None when it holds none to decode.

    >>> decode_line("故事#xff0c;不但&nbsp;記錄").text
    '故事，不但\\xa0記錄'
    >>> decode_line("see issue #1234; and &foo;") is None
    True
    """
    if "</" in line and (unwrapped := _unwrapped(line)) is not None:
        tags, text = unwrapped
        inner = decode_line(text, repair=repair) if repair else None
        if inner is not None:
            text = inner.text
        marked = Evidence(NAME, "markup", f"an element printed as its source: {tags}")
        read = (marked, *inner.evidence) if inner is not None else (marked,)
        lost = inner.lost if inner is not None else 0
        escaped = inner.escaped if inner is not None else 0
        stretch = line.strip()[:40]
        return DecodedLine(text if repair else line, read, lost, stretch, escaped, 1)
    matches = list(REFERENCE.finditer(line))
    if not matches:
        return None
    # A lost reference counts as a neighbour only if it names a non-ASCII character.
    named = [m for m in matches if _is_lost(m) and _lost_char(m)]
    ends, starts = {m.end() for m in named}, {m.start() for m in named}
    read_escapes = sum(1 for m in matches if _is_escape(m) and _escaped_char(m)) >= MIN_ESCAPES
    pieces: list[str] = []
    done = 0
    decoded = lost = escaped = 0
    first_lost = ""
    for match in matches:
        if _is_escape(match):
            char = _escaped_char(match)
            if char is None or not read_escapes:
                continue
            escaped += 1
            first_lost = first_lost or match.group()
            if not repair:
                continue
        elif _is_lost(match):
            char = _lost_char(match)
            if char is None or not _touches_text(line, match, ends, starts):
                continue
            lost += 1
            first_lost = first_lost or match.group()
            if not repair:
                continue
        else:
            char = _complete_char(match)
            if char is None:
                continue
            decoded += 1
        pieces.append(line[done : match.start()])
        pieces.append(char)
        done = match.end()
    if not decoded and not lost and not escaped:
        return None
    pieces.append(line[done:])
    evidence: list[Evidence] = []
    if decoded:
        evidence.append(Evidence(NAME, "decoded", "character references decoded", decoded))
    what = "restored" if repair else "found, left as written"
    if lost:
        detail = f"character references that lost their '&' {what} ({first_lost})"
        evidence.append(Evidence(NAME, "lost-ampersand", detail, lost))
    if escaped:
        evidence.append(Evidence(NAME, "escaped", f"program escapes {what}", escaped))
    return DecodedLine("".join(pieces), tuple(evidence), lost, first_lost, escaped)


def _unwrapped(line: str) -> tuple[str, str] | None:
    """The line as an element printed as its source (module docstring): the first tag's
    name and the text with every tag taken out, or None."""
    if WRAPPED.fullmatch(line) is None:
        return None
    tags = TAG.findall(line)
    if not tags:
        return None
    text = TAG.sub("", line)
    wide = sum(char > "\x7f" for char in text)
    if not wide or (wide < MIN_BARE_TEXT and not any(" " in tag for tag in tags)):
        return None
    name = tags[0][1:].split(None, 1)[0].rstrip(">/")
    return f"<{name}>", text


def page_has_references(text: str) -> bool:
    """One scan of the whole page: most pages hold no reference nor end tag and skip the
    line pass."""
    return "</" in text or REFERENCE.search(text) is not None

"""Split text into lines and normalise each: NFC, no control characters, indentation apart.

NFC only: NFKC would turn the full-width punctuation of Chinese text
(，（）：“”) into ASCII, which changes the article.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

import regex

from newsclean.document import Evidence

NAME = "normalize"

# C0/C1 controls other than tab, and the BOM / zero-width characters scrapers leave behind.
INVISIBLE = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u200b-\u200d\u2060]+")
# Lone surrogates (from a str built with surrogateescape or by slicing UTF-16) cannot be
# encoded, so OpenCC and every writer would fail on them: they become U+FFFD.
SURROGATE = regex.compile(r"[\ud800-\udfff]")
#: Leading white space, including the ideographic space (U+3000) and NBSP used as indentation.
INDENT = regex.compile(r"^[ \t\u3000\u00a0\u2002\u2003]+")


class NormalizedLine(NamedTuple):
    text: str  # without indentation or trailing white space
    indented: bool
    evidence: Evidence | None


def split_lines(text: str) -> list[str]:
    """Split on LF, CRLF or CR (and nothing else: U+2028 and friends stay inside a line)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def normalize_line(line: str) -> NormalizedLine:
    """NFC, invisible characters removed, indentation and trailing space stripped.

    >>> normalize_line("\u3000\u3000正文。 ")
    NormalizedLine(text='正文。', indented=True, evidence=None)
    """
    text = line
    evidence = None
    cleaned = SURROGATE.sub("\ufffd", INVISIBLE.sub("", text))
    if not unicodedata.is_normalized("NFC", cleaned):
        cleaned = unicodedata.normalize("NFC", cleaned)
    if cleaned != text:
        removed = len(text) - len(cleaned)
        evidence = Evidence(NAME, "normalized", f"NFC / {removed} invisible characters removed")
    indent = INDENT.match(cleaned)
    stripped = cleaned[indent.end() :] if indent else cleaned
    return NormalizedLine(stripped.rstrip(), indent is not None, evidence)


def normalize_lines(lines: list[str]) -> list[NormalizedLine]:
    """``normalize_line`` for every line of a page.

    Most pages hold no invisible character, no lone surrogate and are already NFC: three
    passes in C over the whole page say so, and then each line only loses its indentation
    and trailing space.  (A line break is a starter that composes with nothing, so the page
    is NFC exactly when every line is.)
    """
    page = "\n".join(lines)
    if (
        INVISIBLE.search(page) is not None
        or SURROGATE.search(page) is not None
        or not unicodedata.is_normalized("NFC", page)
    ):
        return [normalize_line(line) for line in lines]
    out: list[NormalizedLine] = []
    indent_match = INDENT.match
    for line in lines:
        indent = indent_match(line)
        if indent is None:
            out.append(NormalizedLine(line.rstrip(), False, None))
        else:
            out.append(NormalizedLine(line[indent.end() :].rstrip(), True, None))
    return out

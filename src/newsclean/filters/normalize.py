"""Split text into lines and normalise each: NFC, no control characters, indentation apart.

NFC only: NFKC would turn the full-width punctuation of Chinese text
(，（）：“”) into ASCII, which changes the article.
"""

from __future__ import annotations

import operator
import unicodedata
from itertools import repeat
from typing import NamedTuple

from newsclean.document import Evidence
from newsclean.filters.lazy_pattern import lazy_re

NAME = "normalize"

# C0/C1 controls other than tab, and the BOM / zero-width characters scrapers leave behind.
# (The standard library's engine scans a plain character class four times faster.)
INVISIBLE = lazy_re(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u200b-\u200d\u2060]+")
# Lone surrogates (from a str built with surrogateescape or by slicing UTF-16) cannot be
# encoded, so OpenCC and every writer would fail on them: they become U+FFFD.
SURROGATE = lazy_re(r"[\ud800-\udfff]")
#: Leading white space, including the ideographic space (U+3000) and NBSP used as indentation.
INDENT_CHARS = " \t\u3000\u00a0\u2002\u2003"
INDENT = lazy_re(f"^[{INDENT_CHARS}]+")
#: ``INVISIBLE``'s and ``SURROGATE``'s characters in one class: a page is searched once for
#: either (round 47: one pass of the engine over the page instead of two).
UNCLEAN = lazy_re(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u200b-\u200d\u2060\ud800-\udfff]")


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


def _page_is_clean(lines: list[str]) -> bool:
    """No invisible character, no lone surrogate and NFC: two passes in C over the page
    (``UNCLEAN`` holds both classes' characters). (A line break is a starter that composes
    with nothing, so the page is NFC exactly when every line is.)"""
    page = "\n".join(lines)
    return UNCLEAN.search(page) is None and unicodedata.is_normalized("NFC", page)


def normalize_lines(lines: list[str]) -> list[NormalizedLine]:
    """``normalize_line`` for every line of a page.

    Most pages hold no invisible character, no lone surrogate and are already NFC
    (``_page_is_clean``), and then each line only loses its indentation and trailing space.
    """
    if not _page_is_clean(lines):
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


def normalize_columns(lines: list[str]) -> tuple[list[str], list[bool], dict[int, Evidence]]:
    """``normalize_lines`` as columns: each line's text, whether it was indented, and the
    evidence of the lines that had any, by index.

    On a clean page (``_page_is_clean``) no line has evidence and the two columns are
    built by ``str.lstrip``/``str.rstrip`` mapped in C, with no Python step per line
    (``lstrip`` of the indentation characters takes what ``INDENT`` matches).

    >>> normalize_columns(["\u3000\u3000正文。 ", "标题", "\u3000"])
    (['正文。', '标题', ''], [True, False, True], {})
    """
    if not _page_is_clean(lines):
        done: dict[str, NormalizedLine] = {}  # each distinct line once
        found = [done.get(line) or done.setdefault(line, normalize_line(line)) for line in lines]
        evidence = {i: line.evidence for i, line in enumerate(found) if line.evidence}
        return [line.text for line in found], [line.indented for line in found], evidence
    unindented = list(map(str.lstrip, lines, repeat(INDENT_CHARS)))
    indented = list(map(operator.ne, lines, unindented))
    return list(map(str.rstrip, unindented)), indented, {}

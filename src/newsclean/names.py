"""File names as newsclean shows them and records them.

A POSIX file name is bytes; Python holds one that is not valid UTF-8 as a ``str`` with
each undecodable byte as a lone surrogate (U+DC80..U+DCFF, PEP 383 "surrogateescape").

* On a terminal (``shown``) a name is escaped: undecodable bytes as ``\\xHH``, control
  characters (ESC, newline, ...) as ``\\n``, ``\\x1b``..., and a backslash as ``\\\\``,
  so a name can neither move the cursor nor fake a line, and two different names
  never look alike.
* In JSON (``json_text``: the report, jsonl, json, shard markers) a name is kept
  whole: its undecodable bytes are written as the JSON escapes ``\\udc80``..``\\udcff``.
  Python's ``json.loads`` reads them back and ``os.fsencode(record["path"])`` gives
  the exact bytes of the name; valid UTF-8 names are written as they are.

>>> import os
>>> shown("a\\x1b[31m.txt")
'a\\\\x1b[31m.txt'
>>> shown(os.fsdecode(b"\\xff.txt")) != shown(os.fsdecode(b"\\xfe.txt"))
True
>>> import json
>>> name = os.fsdecode(b"\\xb0\\xa1.txt")
>>> json_text(name), json.loads(json_text(name)) == name
('"\\\\udcb0\\\\udca1.txt"', True)
"""

from __future__ import annotations

import json
import re
from json.encoder import encode_basestring
from typing import Any

import regex

from newsclean.filters.lazy_pattern import lazy_re, lazy_regex

__all__ = ["json_text", "one_line", "shown"]

_INFINITY = float("inf")
#: (``regex`` scans a range of code points four times faster than ``re``: this runs over
#: every JSON document written.)
_SURROGATE = lazy_regex("[\ud800-\udfff]")
#: What a terminal would act on: C0/C1 controls, DEL, line and paragraph separators,
#: bidirectional overrides; the backslash (the escape character itself); undecodable bytes.
_UNSAFE = lazy_re("[\x00-\x1f\x7f-\x9f\\\\\u2028\u2029\u202a-\u202e\u2066-\u2069\udc80-\udcff]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\\": "\\\\"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of the name
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(path: str) -> str:
    """``path`` safe to print on a terminal: one line, distinct for distinct names."""
    return _UNSAFE.sub(_escape, path)


_CONTROL = lazy_re("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\udc80-\udcff]")


def one_line(message: str) -> str:
    """``message`` (names in it already ``shown``, or not) safe as one terminal line:
    what ``shown`` escapes except the backslash, so escaping twice changes nothing.

    >>> print(one_line("a\\nb \\\\x41"))
    a\\nb \\x41
    """
    return _CONTROL.sub(_escape, message)


def _escape_surrogate(match: regex.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(
    value: Any, *, indent: int | None = None, separators: tuple[str, str] | None = None
) -> str:
    """``value`` as JSON text that encodes to UTF-8 whatever file names it holds.

    >>> print(json_text({"a": [1, 2.5, None], "b": {}, "c": [], "d": {"e": True}}, indent=2))
    {
      "a": [
        1,
        2.5,
        null
      ],
      "b": {},
      "c": [],
      "d": {
        "e": true
      }
    }
    """
    text = None
    if indent is not None and separators is None:
        try:
            text = _indented(value, " " * indent, "\n")
        except _Unusual:
            text = None
    if text is None:
        text = json.dumps(value, ensure_ascii=False, indent=indent, separators=separators)
    return _SURROGATE.sub(_escape_surrogate, text)


class _Unusual(Exception):
    """A value ``_indented`` leaves to ``json.dumps`` (a non-string key, NaN, a type of
    its own)."""


def _indented(value: Any, step: str, newline: str) -> str:
    """What ``json.dumps(value, ensure_ascii=False, indent=len(step))`` writes, for the
    plain values a Document holds: with an indent, ``json`` runs its Python encoder, one
    generator step per token; here the strings go through the same C escaper and each
    container is one join.  ``tests/test_render.py`` compares the two."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value or value in (_INFINITY, -_INFINITY):
            raise _Unusual
        return float.__repr__(value)
    inner = newline + step
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        try:  # a list of strings (body, captions) is escaped in C, one call per item
            items = list(map(encode_basestring, value))
        except TypeError:
            items = [_indented(item, step, inner) for item in value]
        return "[" + inner + ("," + inner).join(items) + newline + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        pairs = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unusual
            # Strings, the commonest values, without a call of their own.
            shown = encode_basestring(item) if type(item) is str else _indented(item, step, inner)
            pairs.append(encode_basestring(key) + ": " + shown)
        return "{" + inner + ("," + inner).join(pairs) + newline + "}"
    raise _Unusual

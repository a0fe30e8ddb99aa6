"""Debug dumps: a program's output printed into the page, read by its syntax.

Model (round 17; ``furniture_leaks.leak_reason`` asks it, so ``navigation`` removes such a
line anywhere).  When a widget fails, some templates print what the server's code held:
the syntax is a programming language's or a protocol's, which no writer of news types as
a line of its own:

* a *structure dump*: two or more keyed entries in the shape of a language's dump
  functions, PHP's ``print_r`` / ``var_dump`` (``[0] => …``, ``["id"]=> …``: a key in
  square brackets and the arrow ``=>``) or a JSON object alone on its line (``{"code":
  521, "msg": …}``: an opening brace, two or more quoted keys with colons, a closing brace);
* an *HTTP response head*: the status line (``HTTP/1.1 521``) opening the line and one or
  more header fields after it (``Date:``, ``Content-Length:``, a capitalised name with
  hyphens and a colon).

A sentence that names the protocol (``网站返回 HTTP/1.1 503 错误``), a status line alone
and one keyed entry quoted in a story stay.

>>> dump_line("stdClass Object ( [id] => 42 [title] => 市政新闻 )")
True
>>> dump_line("HTTP/1.1 404 Not Found Content-Type: text/html; charset=utf-8")
True
>>> dump_line("网站返回 HTTP/1.1 503 错误,用户无法访问。")
False
"""

from __future__ import annotations

from newsclean.filters.furniture_grammar import stdlib

#: Keyed entries a dump holds at least.
MIN_ENTRIES = 2
#: A dump is a line, however long; a very long one is asked only about its opening.
MAX_ASKED = 2000
DUMP_ENTRY = stdlib(r"\[[^\[\]\n]{1,40}\]\s?=>")
JSON_ENTRY = stdlib(r"\"[^\"\n]{1,40}\"\s?:")
STATUS_LINE = stdlib(r"HTTP/[0-9](?:\.[0-9])? [1-5][0-9][0-9](?![0-9])")
HEADER_FIELD = stdlib(r"(?:^|\s)[A-Z][A-Za-z]{1,20}(?:-[A-Z][A-Za-z]{1,20}){0,3}:\s")


def dump_line(line: str) -> bool:
    """A structure dump or an HTTP response head (module docstring)."""
    text = line.strip()[:MAX_ASKED]
    if "=>" in text and len(DUMP_ENTRY.findall(text)) >= MIN_ENTRIES:
        return True
    if text[:1] == "{" and text[-1:] == "}" and len(JSON_ENTRY.findall(text)) >= MIN_ENTRIES:
        return True
    status = STATUS_LINE.search(text) if "HTTP/" in text else None
    return (
        status is not None
        and (status.start() == 0 or text.startswith("Array") or text.startswith("array"))
        and HEADER_FIELD.search(text, status.end()) is not None
    )

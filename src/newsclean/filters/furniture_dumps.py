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

Round 22, a *program's error report* (``error_report``): the heading a web framework
prints over a failed template (a runtime or a layer named, ``PHP``, ``Database``, ``SQL``,
``Runtime``, ``Server``, ``Fatal``; an error noun, ``Error``, ``Exception``, ``Warning``; a
passive verb of happening, ``was encountered``, ``occurred``: ``A PHP Error was
encountered``, ``A Database Error Occurred``) or a stack trace's opening
(``Traceback (most recent call last):``), alone on its line, in ASCII.  A sentence about an
error says who and keeps other words (``A server error occurred, officials said.``).
An interpreter's message naming the file and its line (``Warning: … in /var/www/x.php on
line 12``) is a software message (below): its label and its code token say so.  Round 41:
that label and that tail say so whatever the length and language of the message between
them (a localised WordPress notice, ``Notice: 呼叫 … 函式的方式不正確。… in /var/www/…/
functions.php on line 6114``).

Round 31, a *software message* (``software_message``): an English diagnostic the site's
program prints into a Chinese page, in ASCII, alone on its line, read by its pieces (words
of ``data/software_messages.txt``): a *severity label* (``Warning:``, ``Notice:``,
``Fatal error:``, ``config error:``, perhaps after one component's name, ``Joom!Fish config
error:``) and a message with a diagnostic's predicate (kind ``state``: ``inactive``,
``undefined``, ``failed``, ``cannot``) about a program's part (kind ``noun``: ``language``,
``index``, ``function``; a component's name or a code token, ``()``, ``::``, ``$x``, a
``.php`` file, counts as one), or a code token alone; a field of a framework's error block
(``Severity: Warning``); or an *instruction to the site's keeper* (kind ``check``: ``Please
check configuration, try to use first active language``).  An English line with a story's
words has a label and no program's part (``Warning: the storm could not be stopped``), or
no label at all, and stays; a Chinese sentence quoting a message holds Han and stays.

A sentence that names the protocol (``网站返回 HTTP/1.1 503 错误``), a status line alone
and one keyed entry quoted in a story stay.

>>> dump_line("stdClass Object ( [id] => 42 [title] => 市政新闻 )")
True
>>> dump_line("HTTP/1.1 404 Not Found Content-Type: text/html; charset=utf-8")
True
>>> dump_line("网站返回 HTTP/1.1 503 错误,用户无法访问。")
False
>>> error_report("A PHP Error was encountered"), error_report("A Database Error Occurred")
(True, True)
>>> error_report("A server error occurred, officials said.")
False
>>> software_message("Joom!Fish config error: Default language is inactive!")
True
>>> software_message("Warning: the storm could not be stopped")
False
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.word_trie import word_pattern

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


#: The longest error report asked about: a message with its file path.
MAX_ERROR_LINE = 300
ERROR_HEADING = stdlib(
    r"(?i)(?:an? )?(?:php|database|db|sql|mysql|runtime|server|fatal|parse|application|"
    r"internal|template|script) (?:server )?(?:error|exception|warning)s? "
    r"(?:(?:was|has|had|has been) )?(?:encountered|occurred|occured|thrown|raised)[.!]?"
)
TRACEBACK = "Traceback (most recent call last):"


def error_report(line: str) -> bool:
    """A framework's error heading, an interpreter's message or a trace's opening alone
    (module docstring, round 22)."""
    text = line.strip()
    if len(text) > MAX_ERROR_LINE or not text.isascii():
        return False
    if text == TRACEBACK:
        return True
    return ERROR_HEADING.fullmatch(text) is not None


#: A software message is a line, at most this long.
MAX_SOFTWARE_LINE = 300
#: A token of program text: a call, a scope, a variable, a script file, a path, a line.
CODE_TOKEN = lazy_re(
    r"\(\)|::|\$[A-Za-z_]|\.(?:php|inc|asp|jsp|py)\b|/[A-Za-z0-9_.\-]+/|\bon line [0-9]"
)


@cache
def _software_words() -> dict[str, regex.Pattern[str]]:
    kinds = data_kinds("software_messages.txt")
    words = {kind: word_pattern(kinds[kind]) for kind in ("state", "noun", "check")}
    found = {
        kind: regex.compile(rf"(?<![A-Za-z])(?:{pattern})(?![A-Za-z])", regex.IGNORECASE)
        for kind, pattern in words.items()
    }
    severity = word_pattern(kinds["severity"])
    # a label: one component's name perhaps (Joom!Fish, PHP), the severity, its colon
    found["label"] = regex.compile(
        rf"(?:(?P<part>[A-Za-z][A-Za-z0-9!._\-]{{0,30}}) )?(?:{severity})\s?:\s?",
        regex.IGNORECASE,
    )
    found["severity"] = regex.compile(rf"(?:{severity})[.!]?", regex.IGNORECASE)
    return found


#: Round 41: an interpreter's message ends naming its script and line, however long and in
#: whatever language the message is (``… in /var/www/x/functions.php on line 6114``).
SCRIPT_TAIL = lazy_re(r" in (?:[A-Za-z]:)?[/\\][!-~]{1,200}\.(?:php|inc) on line [0-9]{1,7}$")
#: ... and asked only up to this length.
MAX_SCRIPT_LINE = 2000


def software_message(line: str) -> bool:
    """A diagnostic of the site's program printed as a line (module docstring, round
    31)."""
    text = line.strip()
    if len(text) <= MAX_SCRIPT_LINE and SCRIPT_TAIL.search(text) is not None:
        return _software_words()["label"].match(text) is not None  # Notice: 呼叫 … on line 6114
    if not text or len(text) > MAX_SOFTWARE_LINE or not text.isascii():
        return False
    if ":" not in text and not text[0].isupper():
        return False  # no label's colon, and no instruction opening a sentence
    words = _software_words()
    label = words["label"].match(text)
    if label is not None:
        message = text[label.end() :]
        if not message:
            return False
        if words["severity"].fullmatch(message):
            return True  # Severity: Warning: a field of a framework's error block
        code = CODE_TOKEN.search(message) is not None
        name = label.group("part") or ""
        # a component's name is written as a program's (Joom!Fish, vBulletin, WP_Query);
        # a plain word before the label is a story's (Storm warning:)
        named = bool(name) and not (name.isalpha() and name[1:].islower())
        part = named or words["noun"].search(message) is not None
        return code or (part and words["state"].search(message) is not None)
    return text[0].isupper() and words["check"].search(text) is not None

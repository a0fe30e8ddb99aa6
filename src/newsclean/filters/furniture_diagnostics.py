"""Server diagnostics: an interpreter's or a server's message printed into the page.

Model (round 41; ``furniture_leaks.leak_reason`` asks it, so ``navigation`` removes such a
line anywhere).  When a site's program fails and its error display is on, the runtime
prints its message into the page where the failure happened, above the masthead as often
as in the middle of the story.  Such a line is the runtime's, not a writer's, and it is
read by its two parts, whatever language the message is in (WordPress translates its
notices: ``Notice: 呼叫 _load_textdomain_just_in_time 函式的方式不正確。…``):

* an *error-level label* opening the line (``data/diagnostic_levels.txt`` kind ``level``,
  the PHP manual's levels as printed, ``Notice``, ``Warning``, ``Deprecated``, ``Fatal
  error``, ``Parse error``, ``Strict Standards``, ``Catchable fatal error``; perhaps after
  ``PHP``), its colon;
* a message carrying *code evidence*: PHP's location trailer closing it (`` in
  /var/www/…/functions.php on line 6114``, or Drupal's ``(line 12 of /…/x.module)``), or,
  without it, two code tokens of different kinds (an identifier with an underscore inside,
  ``_load_textdomain_just_in_time``; a scope ``::``; a call ``()``; a variable ``$k``; a
  script's path ``/x/y.php``).

Besides, the lines a runtime prints alone around a failure: a heading (kind ``heading``:
``Stack trace:``, ASP.NET's ``Server Error in '/' Application.``), a trace's frame (PHP
``#0 /var/www/x.php(12): foo()`` or ``#1 {main}``, Java ``at com.x.Y.run(Y.java:12)``,
Python ``File "x.py", line 3, in main``) and Java's ``Exception in thread "main"
java.lang.NullPointerException``.

A message an article quotes stays (``quoted_at``): an article about software introduces
it, the line above it (or above the messages run it stands in) closing with a colon or a
word of showing or of the error (kind ``intro``: ``在php5.5.12版本运行会提示``, ``发现CI报
警告:``, ``…receive errors like:``); a server prints its message wherever the failure is,
under no such line.  This holds for ``furniture_dumps.software_message``'s lines too.

A Chinese site's notice label (``Notice: 本站所有内容…``) has no code evidence and stays; so
does an English paragraph opening with ``Warning:`` (``Warning: the storm could not be
stopped``) and a story's sentence about a failure, which has no label opening it
(``网站显示 Fatal error 后无法访问``).  The ASCII messages without a location trailer
(``Warning: mysql_connect(): Access denied``) are ``furniture_dumps.software_message``'s.

>>> diagnostic_line("Deprecated: Creation of dynamic property nxs_wpAddnEngine::$k is "
...     "deprecated in /var/www/vhosts/x.tw/httpdocs/wp-content/plugins/a/a.php on line 11")
True
>>> diagnostic_line("Notice: 呼叫 _load_textdomain_just_in_time 函式的方式不正確。"
...     " in /var/www/vhosts/x.tw/httpdocs/wp-includes/functions.php on line 6114")
True
>>> diagnostic_line("Notice: 本站所有内容均来自网络,如有侵权请联系删除。")
False
>>> diagnostic_line("Warning: the storm could not be stopped")
False
>>> diagnostic_line("#0 /var/www/html/index.php(12): require()"), diagnostic_line("#1 {main}")
(True, True)
>>> diagnostic_line("at com.example.news.Feed.load(Feed.java:42)")
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.furniture_dumps import software_message
from newsclean.filters.word_trie import longest_first

#: A diagnostic is a line; one longer than this is a paragraph, whatever it opens with.
MAX_DIAGNOSTIC = 2000
#: The lines a diagnostic may open with: a level's first letter, a frame's, a heading's.
FIRSTS = frozenset("CDFNPRSUWE#a")
#: PHP's location trailer (`` in /path/x.php on line 12``, a Windows drive perhaps) or
#: Drupal's (``(line 12 of /path/x.module)``), closing the message.
TRAILER = re.compile(
    r"(?:\bin (?:[A-Za-z]:)?[/\\][^\s]{1,400} on line [0-9]{1,7}|"
    r"\(line [0-9]{1,7} of (?:[A-Za-z]:)?[/\\][^\s()]{1,400}\))\.?$"
)
#: Code tokens by kind: an identifier with an underscore inside, a scope, a call, a
#: variable, a script's path.
CODE_TOKENS = (
    re.compile(r"[A-Za-z0-9]_[A-Za-z0-9]|(?<![A-Za-z0-9])_[a-z]"),
    re.compile(r"[A-Za-z0-9_]::[A-Za-z_$]"),
    re.compile(r"[A-Za-z0-9_]\(\)"),
    re.compile(r"\$[A-Za-z_]"),
    re.compile(r"/[A-Za-z0-9_.\-]{1,80}\.(?:php|inc|module|asp|aspx|jsp|py)\b"),
)
#: Code tokens of different kinds a message without a trailer carries at least.
MIN_TOKEN_KINDS = 2
PHP_FRAME = re.compile(
    r"#[0-9]{1,3} (?:\{main\}|[^\s()]{0,300}[./\\][^\s()]{0,300}\([0-9]{1,7}\): \S.{0,400})"
)
JAVA_FRAME = re.compile(
    r"at (?:[A-Za-z_$][A-Za-z0-9_$]{0,60}\.){2,12}[A-Za-z0-9_$<>]{1,60}"
    r"\((?:[A-Za-z0-9_$]{1,60}\.(?:java|kt|scala|groovy):[0-9]{1,7}|Native Method|Unknown Source)\)"
)
PYTHON_FRAME = re.compile(
    r'File "[^"\n]{1,300}", line [0-9]{1,7}, in [A-Za-z_<>][A-Za-z0-9_<>]{0,60}'
)
JAVA_UNCAUGHT = re.compile(
    r'Exception in thread "[^"\n]{1,80}" '
    r"(?:[a-z][A-Za-z0-9_]{0,40}\.){1,8}[A-Z][A-Za-z0-9_$]{0,80}\b.{0,400}"
)


@cache
def _words() -> tuple[re.Pattern[str], frozenset[str]]:
    kinds = data_kinds("diagnostic_levels.txt")
    levels = longest_first(kinds["level"])
    label = re.compile(rf"(?:PHP )?(?:{levels}) ?: ?")
    return label, frozenset(kinds["heading"])


@cache
def _intro() -> tuple[str, ...]:
    return data_kinds("diagnostic_levels.txt")["intro"]


#: Lines looked back over for the introducing line: a quoted run of messages is short.
MAX_QUOTED_RUN = 8


def _message(text: str) -> bool:
    return diagnostic_line(text) or software_message(text.strip())


def quoted_at(text_of: Callable[[int], str], index: int) -> bool:
    """Whether the message at ``index`` is quoted by the article: the first line above its
    run of messages (blank lines skipped) introduces it (module docstring)."""
    if not _message(text_of(index)):
        return False
    k, seen = index - 1, 0
    while k >= 0 and seen < MAX_QUOTED_RUN:
        above = text_of(k).strip()
        k -= 1
        if not above:
            continue
        seen += 1
        if _message(above):
            continue  # a message of the same run: look above it
        return above.rstrip("。.").endswith(_intro())
    return False


def diagnostic_line(line: str) -> bool:
    """A runtime's message, heading or trace frame printed as a line (module docstring)."""
    text = line.strip()
    if not text or text[0] not in FIRSTS or len(text) > MAX_DIAGNOSTIC:
        return False
    label, headings = _words()
    if text in headings:
        return True
    found = label.match(text)
    if found is not None:
        message = text[found.end() :]
        if TRAILER.search(message) is not None:
            return True
        kinds = sum(1 for token in CODE_TOKENS if token.search(message) is not None)
        return kinds >= MIN_TOKEN_KINDS
    if text[0] == "#":
        return PHP_FRAME.fullmatch(text) is not None
    if text[0] == "a":
        return JAVA_FRAME.fullmatch(text) is not None
    if text[0] == "F":
        return PYTHON_FRAME.fullmatch(text) is not None
    return text[0] == "E" and JAVA_UNCAUGHT.fullmatch(text) is not None

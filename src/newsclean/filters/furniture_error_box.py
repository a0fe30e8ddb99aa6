"""A web server's error box embedded in the page (round 47).

**Model.**  A page embeds widgets and frames (a forum's box, a comment frame, a related
list) by their addresses; when one fails, the server answers with its error page and the
copy prints that page's text where the widget was: a *status line*, the HTTP status code
of an error (4xx, 5xx: RFC 9110 section 15) with its reason phrase or the box's title
words and nothing else (``404 error page``, ``404 Not Found``, ``500 Internal Server
Error``, ``404 页面不存在``), and under it, the next line the page keeps, the box's
*message* to the visitor: it speaks to them (a pronoun, an apology or a request: 您,
抱歉, 请尝试) and
names the page's absence or where to go instead (two words of kind ``absence``: 删除,
不存在, 网址, 首页, …), short (``MAX_MESSAGE`` letters), as ``可能是被删除了，也可能是您输入的
网址不对。请尝试访问首页``.  Both lines are the server's, not the article's; the vocabulary
is ``data/error_box_words.txt``.

The two go together, and only together: a status line alone may be a heading of an article
about the web (``404 Not Found`` over a paragraph explaining the code), and such a paragraph
explains to no one (``服务器找不到请求的网页。``: no pronoun, no request), so it stays and
its heading with it.  The message is read as the page prints it after the mojibake step's
repair (a box served as UTF-8 into a GBK page reads ``参��删除了，…尝试访问首页``: its
surviving words still name the absence).  A garbled message is furniture with its box.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.word_trie import longest_first

#: A status line is short: the code and a few words.
MAX_STATUS = 40
#: A box's message is a sentence or two.
MAX_MESSAGE = 80
#: Absence words a message names at least.
MIN_ABSENCE = 2
#: An error status code opening the line, perhaps after HTTP (and its version).
STATUS = lazy_re(r"^(?:HTTP(?:/\d(?:\.\d)?)?\s*)?[45]\d\d(?![\d.])\s*[-:：]?\s*")
#: What the box's lines say in ``--explain``.
DETAIL = "a server's error box: an error status and its message to the visitor"
#: Placements of lines the clean page does not print.
GONE = frozenset({"blank", "removed"})


@cache
def _reason() -> re.Pattern[str]:
    word = longest_first(data_kinds("error_box_words.txt")["reason"])
    return re.compile(rf"(?:(?:{word})(?:\s+|$))+", re.IGNORECASE)


def status_line(text: str) -> bool:
    """An error status code and its reason words, nothing else.

    >>> status_line("404 error page"), status_line("404 Not Found"), status_line("404 页面不存在")
    (True, True, True)
    >>> status_line("404 error page 共有3人参与"), status_line("2024 年度报告")
    (False, False)
    """
    line = text.strip()
    code = STATUS.match(line) if len(line) <= MAX_STATUS else None
    rest = line[code.end() :] if code else ""
    return bool(rest) and _reason().fullmatch(rest) is not None


def box_message(text: str) -> bool:
    """The box's message: it speaks to the visitor and names the page's absence.

    >>> box_message("可能是被删除了，也可能是您输入的网址不对。请尝试访问首页")
    True
    >>> box_message("服务器找不到请求的网页。")
    False
    """
    line = text.strip()
    if len(line) > MAX_MESSAGE:
        return False
    kinds = data_kinds("error_box_words.txt")
    if not any(word in line for word in kinds["reader"]):
        return False
    return sum(word in line for word in kinds["absence"]) >= MIN_ABSENCE


def error_boxes(
    text_of: Callable[[int], str],
    placements: Sequence[str],
    reasons: Sequence[str | None] = (),
) -> dict[int, str]:
    """The status line and the message of every error box the page keeps, with their
    evidence (``reasons`` unread: the caller's signature)."""
    found: dict[int, str] = {}
    for i, placement in enumerate(placements):
        if placement in GONE or not status_line(text_of(i)):
            continue
        below = next((j for j in range(i + 1, len(placements)) if placements[j] not in GONE), None)
        if below is not None and box_message(text_of(below)):
            found[i] = found[below] = DETAIL
    return found

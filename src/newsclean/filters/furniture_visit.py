"""A link's row with its address lost: the label and the link's text that only says "visit".

Model (round 44b, issue 10).  An aggregator or a copying site prints, under the story it
copied, a row per address it keeps of it: a *label* naming the address of the page or of a
copy of it (the original's, a snapshot's, a summary's: ``原文地址``, ``快照地址``,
``总结与预览地址``), a colon, and the *link*, whose text says only "visit it"
(``访问原文地址``, ``访问文章快照``, ``访问总结与预览``).  The scraper keeps the link's text,
not its address: what is left is furniture, naming nothing of the article; a button of the
same words stands alone (``加载原文网页``, ``阅读原文``).  ``data/visit_words.txt`` holds the
words by kind: a visiting verb, the page or its copy, a conjunction, the address noun.

What is read:

* ``link_row``: ``label:value``, the label covered whole by copy words and conjunctions
  closed by an address noun (``原文地址``, ``网页链接``), the value covered whole by a
  visiting verb and then copy words, conjunctions or an address noun, one copy or address
  word at least;
* ``visit_button``: a line covered whole by a visiting verb and one to three copy words
  (``加载原文网页``), a copy word first among them.

What keeps the article's lines: the value must be words of the table whole, so a real
address (``原文链接:https://…``, a notice of the source, ``notice_reprint``) or a place
(``地址:进入园区后左转``) stays; a label with no address noun (``原文:访问``) is no row; a
sentence has words of its own (``记者访问了原文作者``).
"""

from __future__ import annotations

from newsclean.filters.word_cover import covering_kind

WORDS = "visit_words.txt"
MAX_ROW = 30
SKIPPED = frozenset(" \u3000")
COLONS = ":："


def _words(text: str) -> list[str] | None:
    return covering_kind(text.strip().lower(), WORDS, SKIPPED) or None


def link_row(line: str) -> bool:
    """Whether ``line`` is a link's row whose address is lost (module docstring).

    >>> link_row("原文地址:访问原文地址"), link_row("快照地址: 访问文章快照")
    (True, True)
    >>> link_row("原文链接:https://www.example.com/a.html"), link_row("地址:进入园区后左转")
    (False, False)
    """
    text = line.strip()
    if len(text) > MAX_ROW:
        return False
    cut = min((text.find(c) for c in COLONS if c in text), default=-1)
    if cut <= 0:
        return False
    label, value = _words(text[:cut]), _words(text[cut + 1 :])
    if not label or not value or label[-1] != "address":
        return False
    if any(kind not in ("copy", "join") for kind in label[:-1]):
        return False
    return value[0] == "verb" and len(value) >= 2 and "verb" not in value[1:]


def visit_button(line: str) -> bool:
    """Whether ``line`` is a link's button to the page or its copy (module docstring).

    >>> visit_button("加载原文网页"), visit_button("阅读原文"), visit_button("访问")
    (True, True, False)
    """
    text = line.strip()
    if len(text) > MAX_ROW:
        return False
    words = _words(text)
    if not words or words[0] != "verb" or not 2 <= len(words) <= 4:
        return False
    return words[1] == "copy" and all(kind in ("copy", "join") for kind in words[1:])

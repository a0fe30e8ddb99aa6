"""A hijacked page's keyword header: one keyword echoed on consecutive lines.

Model.  A hijack template prints its keyword as a header of short consecutive lines, each
the keyword (``K``) with little else: ``K-K`` (or ``K- - 新版APP下载``, ``K_ - (中国)百度搜索``),
``K2023-01-31 16:05`` (the keyword glued to a fixed timestamp) and ``K`` alone.  Lines are
judged together, not alone (each is too short to be a list):

* ``K`` is a line of its own, two to ``MAX_KEYWORD`` characters, one word (no separator,
  function character or sentence mark);
* at least ``MIN_ECHOES`` consecutive lines (no blank line between them; ``K``'s own
  among them) open with ``K``, and what follows ``K`` on each is short (at most
  ``MAX_REST_HAN`` Han characters) and holds no sentence mark;
* one of them is an *echo*: ``K`` twice on the line, or glued to a number (a date);
* ``K`` is spam-shaped — it holds a lexicon term or one of its morphemes (``彩票宝``), or
  has a number or Latin glued on (``大发快三8888``) — or the header bears both echoes
  (``K-K`` and ``K2023-01-31``): the template's structure alone then speaks for an
  unknown brand (``赢彩王``, ``博乐国际``), as two agreeing signs do in the line model.

A headline printed twice (the page ``<title>`` and the ``<h1>``) is longer than a keyword,
holds function characters and is never glued to a timestamp; a short section name
repeated (``体育`` / ``体育新闻``) holds no spam term.  The header's dated line reads as a
byline alone (a site name and a time); its verdict is ``sure``, so the pipeline does not
keep it as one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsclean.filters.spam_signs import (
    FUNCTION_CHARS,
    SENTENCE_MARKS,
    SEPARATORS,
    han_count,
    holds_morpheme,
    is_glued,
    lexicon,
)

#: A keyword is at most this many characters.
MAX_KEYWORD = 12
#: Lines that must open with the keyword.
MIN_ECHOES = 3
#: What follows the keyword on a line of the header: at most this many Han characters.
MAX_REST_HAN = 8
#: How far (in lines) the header may reach on either side of the keyword's own line.
REACH = 4
GLUED_DIGIT = re.compile(r"^\d")


def _spam_shaped(keyword: str) -> bool:
    return bool(lexicon().find(keyword)) or holds_morpheme(keyword) or is_glued(keyword)


def _opens(probe: str, keyword: str) -> bool:
    if not probe.startswith(keyword):
        return False
    rest = probe[len(keyword) :]
    return SENTENCE_MARKS.search(rest) is None and han_count(rest) <= MAX_REST_HAN


def _echo(probe: str, keyword: str) -> str | None:
    """The kind of echo ``probe`` is of ``keyword``: ``twice`` or ``dated``, else None."""
    rest = probe[len(keyword) :]
    if keyword in rest:
        return "twice"
    return "dated" if GLUED_DIGIT.match(rest) is not None else None


def keyword_echoes(texts: Sequence[str], probes: dict[int, str]) -> dict[int, tuple[str, str]]:
    """The lines of keyword headers (line index -> keyword, why), judged as the model says.

    >>> keyword_echoes(["彩票宝-彩票宝", "彩票宝2023-01-31 16:05", "彩票宝", "", "正文"],
    ...     {0: "彩票宝-彩票宝", 1: "彩票宝2023-01-31 16:05", 2: "彩票宝", 4: "正文"})[2]
    ('彩票宝', 'keyword echoed on 3 lines: 彩票宝')
    >>> keyword_echoes(["体育", "体育新闻", "体育2023"], {0: "体育", 1: "体育新闻", 2: "体育2023"})
    {}
    >>> len(keyword_echoes(["赢彩王-赢彩王", "赢彩王2023-01-31", "赢彩王"],
    ...     {0: "赢彩王-赢彩王", 1: "赢彩王2023-01-31", 2: "赢彩王"}))
    3
    """
    found: dict[int, tuple[str, str]] = {}
    for i, keyword in probes.items():
        if i in found or not 2 <= len(keyword) <= MAX_KEYWORD:
            continue
        if SEPARATORS.search(keyword) or FUNCTION_CHARS.search(keyword):
            continue
        if SENTENCE_MARKS.search(keyword):
            continue
        lo = i
        while lo > max(0, i - REACH) and texts[lo - 1].strip() and lo - 1 in probes:
            lo -= 1
        hi = i
        while hi < min(len(texts) - 1, i + REACH) and texts[hi + 1].strip() and hi + 1 in probes:
            hi += 1
        header = [j for j in range(lo, hi + 1) if _opens(probes[j], keyword)]
        if len(header) < MIN_ECHOES:
            continue
        echoes = {_echo(probes[j], keyword) for j in header} - {None}
        if not echoes or (len(echoes) < 2 and not _spam_shaped(keyword)):
            continue
        why = f"keyword echoed on {len(header)} lines: {keyword}"
        for j in header:
            found[j] = (keyword, why)
    return found

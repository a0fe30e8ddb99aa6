"""Punctuation classes the filters share, by name, so that where two filters read a mark
differently the difference is visible.

A sentence closes with a full stop, a question mark or an exclamation mark, full-width or
ASCII (``SENTENCE_STOP``).  Filters that also count a semicolon as a sentence's end (a
title's test: ``title.SENTENCE_END``) or read only the full-width marks say so where they
define their own class; so do those reading a wider class by another name (prose's marks,
a clause mark or a colon).

>>> SENTENCE_STOP.findall("他说：“好！”然后走了。Why?")
['！', '。', '?']
"""

from __future__ import annotations

from newsclean.filters.lazy_pattern import lazy_re

#: The marks that part a sentence's clauses: commas and semicolons, full-width or ASCII.
CLAUSE_MARKS = "，,；;"
#: The marks that close a sentence: 。！？ and their ASCII forms.
STOP_MARKS = "。！？!?"
#: A colon, full-width or ASCII.
COLONS = "：:"
#: The bars a page parts the items of a row with: ASCII, full-width, the Han stroke 丨
#: printed as a bar, the broken bar.
BAR_MARKS = "|｜丨¦"
#: A quotation closed on its line: ``“…”``, ``「…」``, ``『…』`` (a quoted speaker's marks
#: and pictographs are the speaker's, not the line's).
QUOTED = lazy_re(r"「[^「」]*」|『[^『』]*』|“[^“”]*”")
#: One clause mark (``CLAUSE_MARKS``).
CLAUSE_MARK = lazy_re(f"[{CLAUSE_MARKS}]")
SENTENCE_STOP = lazy_re(f"[{STOP_MARKS}]")
#: Round 42: a list item's number opening a line, one grammar for the readers that ask
#: whether a line is an item of the article's list (``structure._heads_list``,
#: ``foot_notices.ARTICLE_SHAPE``): Arabic digits closed by a mark (``1.``, ``2、``,
#: ``3）``, a space before the mark allowed), Chinese numerals closed by 、 or a dot
#: (``一、``), digits in brackets (``[1]``, ``(2)``, ``（3）``) or a circled number (``①``).
LIST_NUMBER = (
    r"\d{1,3}\s*[.、．)）]|[一二三四五六七八九十]{1,3}[、．.]"
    r"|\[\d{1,3}\]|[(（]\d{1,3}[)）]|[①-⑳]"
)

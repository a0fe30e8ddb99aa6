"""Labels with nothing of the story: a record's id, a placeholder, an empty previous/next
label, a file's type and size.

Model (round 18; ``furniture_leaks.leak_reason`` asks ``label_line``, so ``navigation``
removes the line anywhere and none is taken for the headline; the words are
``data/record_labels.txt``).  A content system prints the fields of its record beside the
text; each shape is a label and a value no writer writes:

* a **record id**: a short label ending with an identifier noun (kind ``id``: 编号, 文号,
  索引号, ID, No.), a colon, and a bare identifier (digits, perhaps letters, dashes or
  slashes, at least ``MIN_ID_DIGITS`` digits): ``编号:156852``, ``索引号：11440100/2024-00123``.
  An id label with words after it (``编号:第一批试点城市``) is prose's;
  An archive facet (kind ``facet``: Year, 年份, 归档) and a bare number of one to four
  digits is the same (``Year: 2022``, ``月份：11``); with words after it, prose's;
* a **placeholder**: a key in doubled brackets (``[[285104]]``, ``{{img_0032}}``): a wiki's
  or an editor's embed the template failed to replace; ASCII letters, digits and ``_-:.``
  only, so a quoted ``[[注]]`` stays;
* an **empty previous/next label**: a direction (kind ``direction``: 上, 下, 前, 后), 一
  perhaps, a unit stepped through (kind ``unit``: 篇, 则, 页, 主题) and, without 一, a colon,
  nothing after: ``上篇:``, ``下一则：``; or English ``Previous:``/``Next post:``.  The
  link's title failed to print.  ``上篇`` alone is a book's heading (part one) and stays;
* a **file's facts**: label-value pairs parted by commas, bars or spaces, each a file label
  (kind ``file``: File Type, Size, 文件大小, 页数) and a value (an extension, a size with
  its unit, a number), one size at least: ``File Type:pdf, Size:1020Kb``.

Every pattern is bounded (a length test first): no nested quantifier on user text.

>>> label_line("编号:156852"), label_line("[[285104]]"), label_line("上篇:")
(True, True, True)
>>> label_line("File Type:pdf, Size:1020Kb"), label_line("上篇"), label_line("编号:第一批")
(True, False, False)
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.dates import word_pattern

#: A label line is short.
MAX_LABEL_LINE = 80
#: A record id has at least this many digits (a bare 3 is a list item's number).
MIN_ID_DIGITS = 4
PLACEHOLDER = re.compile(r"\[\[[A-Za-z0-9_\-:.]{1,40}\]\]|\{\{[A-Za-z0-9_\-:.]{1,40}\}\}")
ENGLISH_STEP = re.compile(r"(?i)(?:previous|prev|next)(?: (?:post|article|story|entry|page))?\s?:")
FACT_SPLIT = re.compile(r"\s*[,，|｜;；]\s*|\s{2,}")
SIZE = r"[0-9]{1,6}(?:\.[0-9]{1,3})?\s?(?:[kmgt]i?b|bytes?|字节|字節|位元組)"


@cache
def _words() -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for fields in data_lines("record_labels.txt"):
        kinds.setdefault(fields[0], []).append(fields[1].lower())
    return kinds


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = _words()
    ident, direction, unit = (word_pattern(words[k]) for k in ("id", "direction", "unit"))
    record = re.compile(
        rf"[^\s:：0-9]{{0,8}}(?:{ident})\s?[:：]\s?"
        r"[a-z0-9][a-z0-9/_\-.]{3,40}"
    )
    step = re.compile(rf"(?:{direction})(?:一(?:{unit})\s?[:：]?|(?:{unit})\s?[:：])")
    fact = re.compile(
        rf"(?:{word_pattern(words['file'])})\s?[:：]\s?"
        rf"(?P<value>{SIZE}|[a-z0-9]{{1,6}}|[0-9]{{1,5}}\s?(?:页|頁|pages?)?)"
    )
    facet = re.compile(rf"(?:{word_pattern(words['facet'])})\s?[:：]\s?[0-9]{{1,4}}")
    return record, step, fact, facet


def label_line(line: str) -> bool:
    """Whether ``line`` is a record id, a placeholder, an empty previous/next label or a
    file's facts (module docstring)."""
    text = line.strip()
    if not text or len(text) > MAX_LABEL_LINE:
        return False
    if text[0] in "[{":
        return PLACEHOLDER.fullmatch(text) is not None
    lowered = text.lower()
    record, step, fact, facet = _patterns()
    if len(text) <= 6 and step.fullmatch(text):
        return True  # 上篇:, 下一则：
    if len(text) <= 16 and ENGLISH_STEP.fullmatch(text):
        return True  # Previous:, Next post:
    if ":" not in text and "：" not in text:
        return False
    if record.fullmatch(lowered):
        return sum(char.isdigit() for char in lowered) >= MIN_ID_DIGITS
    if len(text) <= 16 and facet.fullmatch(lowered):
        return True  # Year: 2022
    pieces = [piece for piece in FACT_SPLIT.split(lowered) if piece]
    values = [fact.fullmatch(piece) for piece in pieces]
    if not values or any(value is None for value in values):
        return False
    return any(re.fullmatch(SIZE, v.group("value")) for v in values if v is not None)

"""A byline row whose separators were lost: its pieces glued into one run (round 41).

**The model.**  A page template prints its byline row as cells (the date, the writer, the
labelled source and editor, the comment link); a flattened copy keeps the cells' text and
drops what stood between them, so the row reaches us glued end to end:
``2017-07-19曹智来源:新华社责任编辑:袁勃、刘军涛我来说两句`` and ``2019/9/20刘懿德来源:新华社``
(the round-40 rows of a People's Daily mirror and a Xinhua copy).  The same row with its
spaces is an ordinary byline the label grammar reads.  The evidence that separators were
lost is structural: a date opens the line and Han text follows its last digit with nothing
between, which no sentence and no title does (a sentence puts a comma or a verb's subject
first: ``2019年9月7日，新京报记者…``), and a label with its colon comes later in the line.
Each lost separator is then put back where a piece provably ends: after the date (its
grammar says where it ends), before each label glued behind a value and followed by its
colon (``labels.glued_label_pattern``: the colon, not a space, marks the label), and before a
page tool's phrase glued to the end of the last value (``data/nav_terms.txt``: 我来说两句,
打印).  Nothing else in the line changes; the re-spaced row goes to the ordinary grammar, which
still decides whether it is a byline, and only when the line does not read as printed
(``metadata.parse_metadata``): a row the grammar reads glued (``DATE 00:13光明网[文：X]``)
keeps its reading.
"""

from __future__ import annotations

from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.furniture_grammar import nav_terms
from newsclean.filters.labels import glued_label_pattern

#: A row is short; a longer run is prose, whatever it opens with.
MAX_ROW = 90
#: The longest page tool phrase looked for glued at the row's end (我来说两句, 打印本页).
MAX_TOOL = 6


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def with_glued_row_spaced(line: str) -> str:
    """``line`` with the separators of a glued byline row put back, or ``line`` unchanged.

    >>> with_glued_row_spaced("2019/9/20刘懿德来源:新华社")
    '2019/9/20 刘懿德 来源:新华社'
    >>> with_glued_row_spaced("2017-07-19曹智来源:新华社责任编辑:袁勃、刘军涛我来说两句")
    '2017-07-19 曹智 来源:新华社 责任编辑:袁勃、刘军涛 我来说两句'
    >>> with_glued_row_spaced("2019年9月7日新京报记者走访了三家工厂。")
    '2019年9月7日新京报记者走访了三家工厂。'
    >>> with_glued_row_spaced("2019/9/20 来源:新华社")
    '2019/9/20 来源:新华社'
    """
    if len(line) > MAX_ROW or not line[:1].isdigit() or (":" not in line and "：" not in line):
        return line  # cheap exits: every line of every page passes here
    found = find_byline_date(line)
    if found is None or found.start != 0 or not _is_han(line[found.end : found.end + 1]):
        return line
    rest = line[found.end :]
    labels = list(glued_label_pattern().finditer(rest))
    if not labels:
        return line
    pieces, cut = [], 0
    for match in labels:
        pieces.append(rest[cut : match.start()])
        cut = match.start()
    tail = rest[cut:]
    tools = nav_terms()
    for size in range(min(MAX_TOOL, len(tail) - 1), 1, -1):
        if tail[-size:].lower() in tools and not tail[-size - 1].isspace():
            tail = tail[:-size] + " " + tail[-size:]
            break
    pieces.append(tail)
    return " ".join([line[: found.end], *(piece for piece in pieces if piece)])

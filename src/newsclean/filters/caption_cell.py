"""A caption left in its gallery's table cell (round 30).

**Model (layout carried in the text).**  A gallery lays its pictures out in a table, the
caption in the cell under each picture; a copy of the page keeps the caption's words and
the cell's right border, a space and a bar (``南庚戌与博茨瓦纳当地人交流 |``, 人民网's
media channel).  The paragraphs of a story are never cells, so a short description closed
by a lone bar is set apart from them as surely as by an indent: it is a caption.

The line is one description (``MIN_DESCRIPTION_HAN`` Han characters or more, at most
``MAX_CELL_CAPTION`` characters, no sentence stop inside, no label colon) and the bar is
its only one: a row of links (``首页 | 新闻 | 体育 |``) has a bar between its items, a
breadcrumb an arrow (``首页 > 新闻 |``), a title bar a field separator (``标题 - 网站 |``).
A paragraph ends with its stop, not a bar.

Round 45: a description says what the picture shows; a row of persons' names alone, split
by spaces (``孙兴华 刘晓民 |``, each a family name and one or two letters,
``credit_names.person_name``), shows no one doing anything: it is a byline's writers left
in their cell (yicheng.cjyun.org prints ``通讯员孙兴华 刘晓民报道``; 亞太新聞網's and a
writers' association's bylines close their names with the same dangling bar), not a
caption.  A caption naming people says what they do or where (``张三(左)与李四交谈``).
"""

from __future__ import annotations

from newsclean.filters.charmodel import HAN
from newsclean.filters.credit_names import person_name
from newsclean.filters.lazy_pattern import lazy_regex

#: A caption in a cell is a short description.
MAX_CELL_CAPTION = 60
MIN_DESCRIPTION_HAN = 6
BARS = ("|", "｜")
#: What a description in a cell never holds: another bar, a path's arrow, a label's colon,
#: a sentence's stop before its end, a title bar's spaced dash.
NOT_DESCRIPTION = lazy_regex(r"[|｜>»›:：。！？!?]|\s[-_–—]\s")


def cell_caption(line: str) -> str | None:
    """Why ``line`` is a caption left in its table cell, or None.

    >>> cell_caption("南庚戌与博茨瓦纳当地人交流 |")
    "a caption closed by its table cell's border"
    >>> cell_caption("首页 | 新闻中心 | 图片频道 |") is None
    True
    >>> cell_caption("孙兴华 刘晓民 |") is None
    True
    """
    if (
        not line.endswith(BARS)
        or len(line) > MAX_CELL_CAPTION
        or line[-2:-1] not in (" ", "\u3000")
    ):
        return None
    text = line[:-1].rstrip()
    if NOT_DESCRIPTION.search(text) is not None:
        return None
    if len(HAN.findall(text)) < MIN_DESCRIPTION_HAN:
        return None
    names = text.split()
    if len(names) >= 2 and all(len(name) <= 4 and person_name(name) for name in names):
        return None  # a byline's writers left in a cell, no description (round 45)
    return "a caption closed by its table cell's border"

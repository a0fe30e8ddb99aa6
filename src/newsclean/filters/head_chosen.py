"""Two readings of the line chosen as the headline (round 24, split from ``head_echo`` in
round 42: that module was at its size limit), asked by ``page_head.place_head``.

* *The headline printed bare* (``bare_headline``): when the chosen line is another head
  line with a tail glued after it (``澳门游记范文第1篇`` over ``澳门游记``), the tail holding
  ``MIN_LABEL_TAIL`` Han letters none of whose pairs the article prints, and the article
  echoes the bare line ``MIN_HEAD_ECHO`` pairs or more, the bare line heads: the longer
  one is the headline with a farm's label (范文第1篇, 精选范文, (组图)); a tail the article
  speaks of is a dek and stays.  Round 39: the bare copy may carry the byline's items glued
  before it (``中国报 | <headline>``, ``head_names.glued_credits``): it heads, read without them.
* *A writer's name alone* (``credited_writer``: ``byline_names.person_names``) where the
  headline stands, named by the reporter credit of one of the article's first
  ``CREDIT_PARAGRAPHS`` paragraphs (``credits.reporter_credit``: ``(记者 张颖齐)``), is
  the article's author, placed as metadata; a name the article is about, with no credit
  naming it, is a profile's headline and stays.  Round 45: on a page with no headline the
  names may stand alone over the article, in a table cell whose border the copy kept (a
  space and a bar closing the line, ``孙兴华 刘晓民 |`` over ``通讯员孙兴华 刘晓民报道:…``,
  yicheng.cjyun.org): the border is no part of the names (``page_head`` asks the first
  line of a headless head the same question).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.byline_names import person_names
from newsclean.filters.charmodel import HAN
from newsclean.filters.credits import reporter_credit
from newsclean.filters.head_echo import MIN_HEAD_ECHO, article_prose
from newsclean.filters.head_names import glued_credits
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.title import MAX_TITLE_LENGTH, echoes, is_prose, is_title_shaped

#: A label glued after the headline holds this many Han characters at least.
MIN_LABEL_TAIL = 2


def bare_headline(
    title: int | None, content: Sequence[int], text: Callable[[int], str]
) -> int | None:
    """The head line that is ``title``'s text without a label glued after it, when the
    article echoes that line and none of the label (module docstring, round 24), or None."""
    if title is None:
        return None
    printed = text(title)
    article = article_prose(content, text)
    for i in content:
        line = text(i)
        if len(line) > MAX_TITLE_LENGTH:
            break  # the head is over
        line = glued[0] if (glued := glued_credits(line)) else line  # 中国报 | <headline>
        if i == title or not printed.startswith(line) or len(line) == len(printed):
            continue
        tail = printed[len(line) :]
        if (
            len(HAN.findall(tail)) >= MIN_LABEL_TAIL
            and echoes(tail, article) == 0
            and is_title_shaped(line)
            and echoes(line, article) >= MIN_HEAD_ECHO
        ):
            return i
    return None


#: A table cell's border the copy kept after the names: a space and a bar (caption_cell).
CELL_BORDER = lazy_regex(r"[ \u3000]+[|｜]$")
#: Persons' names on one line: split at spaces or 、.
NAME_SPLIT = lazy_regex(r"[\s\u3000、]+")
#: The writer's credit is read from the article's first paragraphs (round 24).
CREDIT_PARAGRAPHS = 3


def credited_writer(
    title: int | None, content: Sequence[int], text: Callable[[int], str]
) -> str | None:
    """The names when ``title`` is persons' names alone (``byline_names.person_names``)
    that the reporter credit of one of the article's first paragraphs names (module
    docstring, round 24), else None."""
    names = None if title is None else person_names(CELL_BORDER.sub("", text(title)))
    if title is None or names is None:
        return None
    paragraphs = [t for i in content if i > title and is_prose(t := text(i))]
    for paragraph in paragraphs[:CREDIT_PARAGRAPHS]:
        if (credit := reporter_credit(paragraph)) is not None:
            return names if all(name in credit for name in NAME_SPLIT.split(names)) else None
    return None

"""Where the unbracketed head of a paragraph's reporter credit starts (split from
``credits`` in round 44): what a page sets before the credit, and the credit after it.

**Model.**  The credit (``credits``' grammar: an outlet, a role, the names) opens the
paragraph, or stands behind one piece the page sets before it, which is no part of it:

* round 44, a paper's *bracketed dateline*, its desk's word of the copy last
  (``data/dateline_conventions.txt``, kind bracket: 【大公報訊】, 【香港文匯報訊】,
  【本報消息】, 【中新社香港9月22日電】): ``【大公報訊】記者王小明報道：…``;
* round 44b, an aggregator's *source label*: a label of the byline's source field
  (``data/metadata_labels.txt`` through ``labels.label_table``: 来源, 稿源, 新闻来源,
  來源, simplified or traditional) and a colon, then the paper's name before the role
  as a paper's own credit prints it: ``来源:大众日报 记者 郭治权 刘一颖 通讯员 赵尔靖 2月13日,
  “V小暖驿站”内……`` (http://jintiankansha.me/t/Aj52veRAzx, an article preview that runs
  the story's source label, the paper, the reporters and the text into one paragraph).
  The label's colon would end the open head (a colon ends a clause); the credit row
  starts after it.  The label of another field (``时间:``, ``编辑:``) starts nothing: only a
  source label stands before an outlet's name.

The source's name is left where it is: the paragraph stays in the body, and the credit
gives the author only, as the head's credits do.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.word_trie import word_pattern

__all__ = ["head_start"]

#: A label opening the paragraph: a short word and a colon, spaces around it.
OPENING_LABEL = lazy_regex(r"(?P<label>\p{Han}{2,6})[ \t\u3000]{0,2}[:：][ \t\u3000]{0,2}")


@cache
def _bracketed_dateline() -> regex.Pattern[str]:
    words = word_pattern(data_kinds("dateline_conventions.txt")["bracket"])
    return regex.compile(rf"[【\[〔][^【\[〔】\]〕]{{1,24}}(?:{words})[】\]〕][ \t\u3000]{{0,2}}")


def head_start(head: str) -> int:
    """Where the unbracketed credit head starts in ``head``: after a bracketed dateline or
    a source label opening it (module docstring), else 0.

    >>> head_start("来源:大众日报 记者 郭治权 刘一颖 通讯员 赵尔靖 2月13日,")
    3
    >>> head_start("【大公報訊】記者王小明報道：")
    6
    >>> head_start("编辑:张三 记者 李四"), head_start("大众日报 记者 张三")
    (0, 0)
    """
    dated = _bracketed_dateline().match(head)
    if dated is not None:
        return dated.end()
    labelled = OPENING_LABEL.match(head)
    if labelled is not None and label_table().get(labelled["label"].lower()) == "source":
        return labelled.end()
    return 0

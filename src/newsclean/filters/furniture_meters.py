"""The text's own measure: its length and the time it takes to read, by their grammar.

Model (round 20; ``furniture_counters.meter_line`` and ``navigation`` ask ``is_measure``
where they asked ``furniture_menu.is_meter`` alone).  A template prints, above or under
the text, how long the text is and how long it takes to read.  Such a clause is composed,
not listed, so the forms no table holds are read too:

* a *length*: the text named by the page (a pointing word, 本/此/该/這, perhaps a measure
  word 篇/则, and a text noun, 文/文章/稿/帖; or 全文/正文 alone), perhaps a verb of size
  (共, 长, 约, 计, 有, 字数), a number and a unit of text (字, 字符, 词, 页);
* a *reading time*: a verb of reading (读完, 阅读, 看完, 读, 看; 预计/需/需要/大约 before
  it perhaps), perhaps 约/需/大约/用时, a number and a unit of time (分钟, 分, 秒, min).

``本篇文章557字,读完约1分钟`` is two such clauses; ``此稿共1200字`` and ``預計閱讀3分鐘`` are
forms no eval page prints.  A story's clause keeps its subject or its verb: ``这篇文章有
3000字的篇幅`` (a noun after the unit), ``他读完这本书用了3分钟`` (a subject before the
verb) and ``全书共300页`` (a book, not the text) are no measure.  The words of each part are
data (``data/meter_words.txt``); the composition is here.
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.furniture_menu import is_meter
from newsclean.filters.word_trie import word_pattern

NUMBER = r"[0-9][0-9,]{0,8}"
#: A measure is one short clause.
MAX_MEASURE = 24


@cache
def _measure() -> re.Pattern[str]:
    kinds = data_kinds("meter_words.txt")

    def w(kind: str) -> str:
        return word_pattern(kinds[kind])

    text = rf"(?:{w('pointer')}{w('measure')}?{w('text_noun')}|{w('whole_text')})"
    length = rf"{text}\s?(?:{w('size')}\s?){{0,2}}{NUMBER}\s?{w('text_unit')}"
    reading = (
        rf"{w('before_read')}?{w('read')}\s?(?:{w('time_word')}\s?)?[:：]?\s?"
        rf"{NUMBER}\s?{w('time_unit')}"
    )
    return stdlib(rf"(?:{length}|{reading})[。.]?")


def is_measure(text: str) -> bool:
    """Whether ``text`` (one clause) is a reading meter or the text's length or reading
    time (module docstring).

    >>> is_measure("本篇文章557字"), is_measure("读完约1分钟"), is_measure("此稿共1200字")
    (True, True, True)
    >>> is_measure("全书共300页"), is_measure("他读完这本书用了3分钟")
    (False, False)
    """
    clause = text.strip()
    if not clause or len(clause) > MAX_MEASURE:
        return False
    return is_meter(clause) or _measure().fullmatch(clause) is not None

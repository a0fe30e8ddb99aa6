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
verb) and ``全书共300页`` (a book, not the text) are no measure.
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.furniture_menu import is_meter

#: The text named by its page: a pointing word, a measure word perhaps, a text noun.
TEXT = r"(?:(?:本|此|该|該|这|這)(?:篇|则|則|份)?(?:文章|文|稿件|稿|帖子|帖)|全文|正文|文章)"
SIZE = r"(?:共|长|長|约|約|计|計|有|字数|字數|总计|總計|合计|合計)"
TEXT_UNIT = r"(?:字符|字|词|詞|页|頁|words?|characters?)"
READ = r"(?:读完|讀完|阅读|閱讀|看完|读|讀|看|reading)"
BEFORE_READ = r"(?:预计|預計|需要|需|大约|大約|约|約)"
TIME_WORD = r"(?:约|約|需|需要|大约|大約|用时|用時|时间|時間|时长|時長|约需|約需)"
TIME_UNIT = r"(?:分钟|分鐘|分|秒钟|秒鐘|秒|小时|小時|mins?|minutes?)"
NUMBER = r"[0-9][0-9,]{0,8}"
#: A measure is one short clause.
MAX_MEASURE = 24


@cache
def _measure() -> re.Pattern[str]:
    length = rf"{TEXT}\s?(?:{SIZE}\s?){{0,2}}{NUMBER}\s?{TEXT_UNIT}"
    reading = rf"{BEFORE_READ}?{READ}\s?(?:{TIME_WORD}\s?)?[:：]?\s?{NUMBER}\s?{TIME_UNIT}"
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

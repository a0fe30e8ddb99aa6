"""The text's own measure: its length and the time it takes to read, by their grammar.

Model (round 20; ``furniture_counters.meter_line`` and ``navigation`` ask ``is_measure``
where they asked ``is_meter`` alone).  A template prints, above or under
the text, how long the text is and how long it takes to read.  Such a clause is composed,
not listed, so the forms no table holds are read too:

* a *length*: the text named by the page (a pointing word, 本/此/该/這, perhaps a measure
  word 篇/则, and a text noun, 文/文章/稿/帖; or 全文/正文 alone), perhaps a verb of size
  (共, 长, 约, 计, 有, 字数), a number and a unit of text (字, 字符, 词, 页);
* a *reading time*: a verb of reading (读完, 阅读, 看完, 读, 看; 预计/需/需要/大约 before
  it perhaps), perhaps 约/需/大约/用时, a number and a unit of time (分钟, 分, 秒, min);
  round 47: a mark between the label and the number (a colon, ``≈``, a dash or two:
  ``阅读时间 ── 1 分钟内``) and an approximation after the unit (内, 以内, 左右: kind
  ``bound``), the estimate said after the number as 约 says it before.

``本篇文章557字,读完约1分钟`` is two such clauses; ``此稿共1200字`` and ``預計閱讀3分鐘`` are
forms no eval page prints.  A story's clause keeps its subject or its verb: ``这篇文章有
3000字的篇幅`` (a noun after the unit), ``他读完这本书用了3分钟`` (a subject before the
verb) and ``全书共300页`` (a book, not the text) are no measure.  The words of each part are
data (``data/meter_words.txt``); the composition is here.

A *reading meter* (``is_meter``, moved here from ``furniture_menu``): a count of what was
read or is left (``已阅读5页``, ``还剩14页未读``, ``共3页``): a meter word (kind ``meter``
of ``furniture_phrases.txt``: 已阅读, 还剩, 共…), a number and a unit (页, 篇, 章, %).
``navigation`` counts a meter as a covered clause of a tool line (``已阅读5页,还剩14页未读
继续免费阅读``: two meters and a continue-reading button), and a line of meters alone as
furniture (``共 5086字,需瀏覽 11分鐘``); a sentence counts in more words than a meter.

>>> is_meter("还剩14页未读"), is_meter("全书共300页")
(True, False)

Round 24, a *paywall's progress meter* (``progress_line``, asked by
``navigation`` before its sentence test, as the offer closes with a full stop, so the line
goes anywhere): a metered paywall
tells the reader how much of this text they have read, as a share (``您已閱讀5%(411字)``:
the second person perhaps, a perfective word, a verb of reading, a percentage, perhaps
the characters in brackets), and what is left or what to buy to read on.  The evidence is
the meter opening the line: a story's reader is never addressed with the share of the
page he has read.  The rest of the line must be the paywall's: it holds a meter of what
is left (``剩余95%(7488字)``) or a word of the offer (订阅, 会员, 解锁), and the line is
short (``MAX_PROGRESS_LINE``).  A sentence reporting a share read (``调查显示,读者已阅读
全文的比例为5%``) opens with its subject, and a reading habit (``我已读完80%的书``) has no
percentage right after the verb.
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.furniture_grammar import phrase_grammar, stdlib
from newsclean.filters.furniture_menu import MAX_MENU_ITEM
from newsclean.filters.word_trie import word_pattern


@cache
def _meter() -> re.Pattern[str]:
    """A meter word, a number and a unit, and what was not read (``还剩14页未读``)."""
    grammar = phrase_grammar()
    lead, unit = word_pattern(grammar["meter"]), word_pattern(grammar["unit"])
    return re.compile(rf"(?:{lead}) ?\d{{1,6}} ?(?:{unit})(?:未读|未讀)?")


def is_meter(text: str) -> bool:
    """A reading meter standing alone (``已阅读5页``, ``还剩14页未读``)."""
    return len(text) <= 2 * MAX_MENU_ITEM and _meter().fullmatch(text.strip()) is not None


NUMBER = r"[0-9][0-9,]{0,8}"
#: A measure is one short clause.
MAX_MEASURE = 24
#: A paywall's progress line: the meter, what is left, the offer (round 24).
MAX_PROGRESS_LINE = 120
#: What parts a reading time's label from its number (round 47): a colon, an approximation
#: sign (NexT's ``阅读时长 ≈ 5 分钟``), a dash or two (``阅读时间 ── 1 分钟内``).
LABEL_MARK = r"(?:[:：≈~～]|[-—─–]{1,2})"
SHARE = r"[0-9]{1,3}(?:\.[0-9]{1,2})?\s?[%％](?:\s?[(（][0-9][0-9,]{0,8}\s?字[)）])?"


@cache
def _measure() -> re.Pattern[str]:
    kinds = data_kinds("meter_words.txt")

    def w(kind: str) -> str:
        return word_pattern(kinds[kind])

    text = rf"(?:{w('pointer')}{w('measure')}?{w('text_noun')}|{w('whole_text')})"
    length = rf"{text}\s?(?:{w('size')}\s?){{0,2}}{NUMBER}\s?{w('text_unit')}"
    reading = (
        rf"{w('before_read')}?{w('read')}\s?(?:{w('time_word')}\s?)?{LABEL_MARK}?\s?"
        rf"{NUMBER}\s?{w('time_unit')}(?:{w('bound')})?"
    )
    return stdlib(rf"(?:{length}|{reading})[。.]?")


def is_measure(text: str) -> bool:
    """Whether ``text`` (one clause) is a reading meter or the text's length or reading
    time (module docstring).

    >>> is_measure("本篇文章557字"), is_measure("读完约1分钟"), is_measure("此稿共1200字")
    (True, True, True)
    >>> is_measure("全书共300页"), is_measure("他读完这本书用了3分钟")
    (False, False)
    >>> is_measure("阅读时间 ── 1 分钟内"), is_measure("阅读时长 ≈ 5 分钟")
    (True, True)
    """
    clause = text.strip()
    if not clause or len(clause) > MAX_MEASURE:
        return False
    return is_meter(clause) or _measure().fullmatch(clause) is not None


@cache
def _progress() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    kinds = data_kinds("meter_words.txt")

    def w(kind: str) -> str:
        return word_pattern(kinds[kind])

    opening = stdlib(rf"(?:您|你)?(?:{w('already')})\s?(?:{w('read')})了?\s?{SHARE}")
    remain = stdlib(rf"(?:{w('remain')})\s?(?:{SHARE}|[0-9][0-9,]{{0,8}}\s?字)")
    return opening, remain, stdlib(w("offer"))


def progress_line(line: str) -> bool:
    """Whether ``line`` is a paywall's progress meter and its offer (module docstring).

    >>> progress_line("您已閱讀5%(411字),剩余95%(7488字)包含更多重要信息,訂閱以繼續探索完整內容。")
    True
    >>> progress_line("你已经阅读了30%,订阅会员解锁全文")
    True
    >>> progress_line("调查显示,读者已阅读全文的比例为5%,订阅用户更高。")
    False
    """
    text = line.strip()
    if len(text) > MAX_PROGRESS_LINE or ("%" not in text and "％" not in text):
        return False
    opening, remain, offer = _progress()
    head = opening.match(text)
    if head is None:
        return False
    rest = text[head.end() :]
    return remain.search(rest) is not None or offer.search(rest.lower()) is not None

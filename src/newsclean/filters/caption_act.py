"""An office-holder's act at an event: a caption naming who does what (round 38).

Model.  A community's or an association's gallery captions each picture by the person it
shows and what the person does there: the organisation perhaps, the office, the person's
name and the act, perhaps with a short object, one clause with no mark
(``意大利华侨华人妇女企业联合会会长郑秀琴主持晚会仪式``, ``中国驻纽约总领事黄屏致辞``).
The grammar:

* the organisation: at most ``MAX_ORGANISATION`` Han letters (``中国驻纽约``), or none,
  and no function character (``FUNCTION``: 由, 在, 为, 对): ``大会由市委副书记李华主持`` is
  a passive sentence whose mark was not printed, not a picture's label (mend);
* the office: rank words perhaps and one office of ``data/sitter_titles.txt`` (会长,
  总领事, 市长: the offices a portrait's label names, ``caption_order.titled_sitter``);
* the name: a family name of ``data/surnames.txt`` and one or two given-name letters,
  after the office or before it (``王宗颖总领事致辞``, the portrait label's order);
* the act: a word of ``data/caption_acts.txt`` (主持, 致辞, 剪彩, 颁奖…), then an object of
  at most ``MAX_OBJECT`` Han letters (``晚会仪式``), or none, and no text's name (kind
  ``text`` of ``data/caption_acts.txt``: ``董事长王伟致辞全文`` heads a transcript, mend).

The whole line is that clause: Han letters only, at most ``MAX_ACT_LINE``.  A sentence of
the story goes on past the act or carries a mark (``会长郑秀琴主持晚会仪式,并宣布…``), a
heading names no person (``携手同行赴盛会``), and an office alone (``新任会长致辞``) names no
one.

The clause is the caption's wording, not the proof of one: ``市长李明主持会议`` alone between
two paragraphs is as often a short heading or a one-line paragraph.  Where captions stand
is ``caption_group.Groups.act_caption``'s question (mend, round 38): the line is set apart
from the paragraphs, or a caption or a credit stands beside it.  Round 46: or it stands
right over a wire story's dateline (``WIRE_OPENING``: ``李行伟校长致辞`` over
``【中新社香港9月22日电】(戴小橦)…``, a story copied from chinanews.com.cn): a wire's story
begins at its dateline, and what the copy sets over it is the wire's picture's label (a
heading names no office-holder's act, it speaks of the story).

>>> office_act("意大利华侨华人妇女企业联合会会长郑秀琴主持晚会仪式")
"an office-holder's act: 会长 郑秀琴 主持"
>>> office_act("中国驻纽约总领事黄屏致辞")
"an office-holder's act: 总领事 黄屏 致辞"
>>> office_act("新任会长致辞"), office_act("会长郑秀琴主持晚会仪式,并宣布晚会开始")
(None, None)
>>> office_act("大会由市委副书记李华主持"), office_act("董事长王伟致辞全文")
(None, None)
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.credit_names import person_name
from newsclean.filters.lazy_pattern import HAN_SCRIPT, lazy_re, lazy_regex
from newsclean.filters.word_trie import word_pattern

#: One clause of a caption: an organisation, an office, a name, an act and its object.
MAX_ACT_LINE = 40
MAX_ORGANISATION = 20
MAX_OBJECT = 8
#: A function character: it joins a sentence, it names no organisation.
FUNCTION = "由在为為对對"
HAN_ONLY = lazy_re(f"[{HAN_SCRIPT}]{{5,40}}")
#: A wire story's dateline opening its paragraph, bracketed or not: an agency and a place,
#: the day, 电 or 讯 (``【中新社香港9月22日电】``, ``新华社北京7月19日电``); bounded, linear.
WIRE_OPENING = lazy_regex(
    r"[ \t\u3000]*[【\[〔]?[\p{Han}A-Za-z]{2,14}?\d{1,2}月\d{1,2}日[ \u3000]?[电電讯訊]"
)


@cache
def _clause() -> regex.Pattern[str]:
    titles = data_kinds("sitter_titles.txt")
    office = f"{word_pattern(titles['rank'])}{{0,2}}{word_pattern(titles['office'])}"
    act = word_pattern(data_kinds("caption_acts.txt")["act"])
    return regex.compile(
        rf"[^\P{{Han}}{FUNCTION}]{{0,{MAX_ORGANISATION}}}?"
        rf"(?:(?P<office>{office})(?P<name>\p{{Han}}{{2,4}}?)|(?P<name>\p{{Han}}{{2,4}}?)(?P<office>{office}))"
        rf"(?P<act>{act})(?P<object>\p{{Han}}{{0,{MAX_OBJECT}}})"
    )


@cache
def _texts() -> tuple[str, ...]:
    return tuple(data_kinds("caption_acts.txt")["text"])


def office_act(line: str) -> str | None:
    """Why ``line`` is the caption of an office-holder's act (module docstring), or None."""
    if len(line) > MAX_ACT_LINE or HAN_ONLY.fullmatch(line) is None:
        return None  # the cheap test first: one clause of Han letters
    clause = _clause().fullmatch(line)
    if clause is None or not person_name(clause["name"]):
        return None
    if clause["object"].endswith(_texts()):
        return None  # 致辞全文: a transcript's heading, not a picture's label
    return f"an office-holder's act: {clause['office']} {clause['name']} {clause['act']}"

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
* round 28, a **picture's stand-in**: an absent word and a picture's noun filling a short
  line (``暂无图片``, ``图片暂无``; ``data/image_placeholder_terms.txt``): the layout's slot
  printed where a post has no picture, as ``No Picture`` is in English.  A sentence about
  pictures (``无图片说明的新闻``) says more and stays;
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

Round 21, a **record row**: the fields of a post's record a CMS prints under its title, a
channel's label, a date's label and a counter's label (kinds ``channel``, ``when``,
``counter``), each with its colon, two fields at least and a counter among them, in any
order, where every counter's value is a number (a unit perhaps) or empty and every date's
value is empty, as is every byline label's among them (kind ``empty``: ``作者:``,
``来源:``): ``频道:X 日期: 浏览:4``, ``栏目：国内 時間： 點擊：0``.  The channel's value may
be anything short (a keyboard mash, a column's name): the row is labels and counters and
says nothing of the story.  A row with its date or a name filled is the byline grammar's
(the date is kept), and a headline about a channel (``央视频道日期调整 浏览量创新高``) has
no field.

Round 23, a **spaced empty label**: a form's label column letter-spaces its labels (two to
six Han characters, a space between each) and prints a colon; when the field is empty,
nothing follows (``內 容:``, ``标 题：``, ``摘 要: 备 注:``).  No writer spaces out a word's
characters before a colon with nothing after it; an unspaced label alone (``主要内容：``)
may head a list and stays, as does a spaced label with its value (``作 者: 某某``).

Round 24, a **widget's reading**: a letter-spaced label (a space between each of its
characters: layout, not writing), perhaps after a bar, a colon and a number with a unit of
one or two characters (``| 氣 溫 : 24 度``, ``濕 度 : 80 %``); a date's or a name's value
(``日 期 : 2024-05-01``, ``作 者 : 某某``) is no number and its unit, and stays for the
byline reader.

Round 24, a **machine-generation badge** (``generated_label``): a player's or a reader's
badge saying the text beside it was made by a machine, composed of an agent (kind
``gen_agent``: AI, 人工智能, 机器), perhaps 由 before it and a manner word (kind
``gen_manner``: 自动) and a verb of making (kind ``gen_verb``: 生成, 翻译, 转写), nothing
else, and 由 or the manner word present: ``由 AI 自動生成``, ``AI 自动翻译``, ``由机器翻译``
(``机器翻译`` or ``AI生成`` alone is a topic's heading as well, and stays).  The badge names
nothing made: a notice
naming the text (``本文由AI生成,仅供参考``) is the notice reader's, and a sentence about
a machine (``由AI自动生成的图片引发争议``) goes on after the verb.

Round 25, a **field's label in two languages** (``bilingual_label``): a layout's table
prints a field's label in Chinese and English and its value on the next line (``日期/時間
Date/Time`` over the date): Han keys joined by slashes, each a label of one field
(``labels.label_table``), a space, English words joined by slashes, one of them a label of
the same field, nothing else.  It names a field, no event and no text: never the headline.
A headline with an English gloss names something the label table does not (``新冠疫苗
Vaccine``), and a label with its value (``日期 Date: 2023-06-23``) is the byline reader's.

Round 27, a **details label** left alone (``details_label``): a template's pane of the item
it shows prints its label, the page's noun for the item (kind ``item``: 文章, 文档, 商品),
the details noun (kind ``details``: 详情) and perhaps what it gives (kind ``account``: 介绍,
说明), or the details noun and that account alone, a colon, and nothing after:
``文章详情介绍:``, ``商品详情：``, ``详情介绍:``.  A writer heads a part of the story with
what it is about (``事故详情:``: the item no page noun), and a label with its value says it.

Round 30, an **edition label** (``edition_label``): a bracket holding a language's or a
script's name (kind ``language``: 華文, 英文, 客語, 簡體) and 版 (version), alone on its
line: the page's version of a story told in more than one language (``【華文版】`` over
a Hakka site's Mandarin text, ``[英文版]``).  It names the page's language, no event; a
bracket that says more (``【英文版《紅樓夢》出版】``) or 英文版 unbracketed (a noun in a
heading) stays.

A Hakka news programme prints its label over the same versions: the programme's name, a
dash, a place and the accent it is read in, closed by 腔 (kind ``accent``: 四縣, 海陸, 大埔,
饒平, 詔安): ``新聞學客語-苗栗市四縣腔`` (``accent_label``).  A reporter's bracket with the
accent (``【江芮敏/苗栗市四縣腔】``) is the byline's, and a sentence about an accent has no
dash between a name and it.

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
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.word_trie import word_pattern

#: A label line is short.
MAX_LABEL_LINE = 80
#: A record id has at least this many digits (a bare 3 is a list item's number).
MIN_ID_DIGITS = 4
PLACEHOLDER = lazy_re(r"\[\[[A-Za-z0-9_\-:.]{1,40}\]\]|\{\{[A-Za-z0-9_\-:.]{1,40}\}\}")
ENGLISH_STEP = lazy_re(r"(?i)(?:previous|prev|next)(?: (?:post|article|story|entry|page))?\s?:")
FACT_SPLIT = lazy_re(r"\s*[,，|｜;；]\s*|\s{2,}")
#: Letter-spaced labels with their colons and nothing after them (round 23).
SPACED_EMPTY = lazy_re(
    r"(?:(?:[\u3400-\u4dbf\u4e00-\u9fff][ \u3000]){1,5}[\u3400-\u4dbf\u4e00-\u9fff]"
    r"[ \u3000]?[:：][ \u3000]{0,4}){1,4}"
)
#: Round 24: a letter-spaced label and a reading with its unit (``| 氣 溫 : 24 度``).
SPACED_READING = lazy_re(
    r"[|｜]?[ \u3000]?(?:[\u3400-\u4dbf\u4e00-\u9fff][ \u3000]){1,5}[\u3400-\u4dbf\u4e00-\u9fff]"
    r"[ \u3000]?[:：][ \u3000]{0,4}-?[0-9]{1,4}(?:\.[0-9])?[ \u3000]?[^\s0-9:：,，。.]{1,2}"
)
SIZE = r"[0-9]{1,6}(?:\.[0-9]{1,3})?\s?(?:[kmgt]i?b|bytes?|字节|字節|位元組)"
#: Round 30: an edition label is a bracketed language and 版 (【華文版】), a few characters.
MAX_EDITION_LABEL = 8
#: Round 30: a programme's label with its accent (新聞學客語-苗栗市四縣腔) is short.
MAX_ACCENT_LABEL = 24
EDITION_OPEN = "【[(（"
#: Round 28: a Chinese picture's stand-in is a few characters (暂无图片, 图片暂无).
MAX_IMAGE_STANDIN = 8


@cache
def _image_standin() -> re.Pattern[str]:
    """An absent word and a picture's noun, in either order, filling the line."""
    words = data_lines("image_placeholder_terms.txt")
    kinds: dict[str, list[str]] = {}
    for kind, word in words:
        if not word.isascii():
            kinds.setdefault(kind, []).append(word)
    absent, image = word_pattern(kinds["absent"]), word_pattern(kinds["image"])
    default, field = word_pattern(kinds["default"]), word_pattern(kinds["field"])
    slot = word_pattern(kinds["slot"])  # 首圖: the image block's label alone (45b)
    # 45b: the template's default value for the picture's own field (图片默认标题, 默认图片)
    return re.compile(
        rf"{absent}{image}|{image}{absent}|{image}{default}(?:{field})?|{default}{image}(?:{field})?"
        rf"|{slot}"
    )


def image_standin(text: str) -> bool:
    """A picture's stand-in in Chinese (module docstring): ``暂无图片``, ``图片暂无``.

    >>> image_standin("暂无图片"), image_standin("暫無圖片"), image_standin("无图片说明的新闻")
    (True, True, False)
    >>> image_standin("图片默认标题"), image_standin("默认图片"), image_standin("默认设置")
    (True, True, False)
    """
    return len(text) <= MAX_IMAGE_STANDIN and _image_standin().fullmatch(text) is not None


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


@cache
def _record_fields() -> re.Pattern[str]:
    words = _words()
    kinds = "|".join(
        rf"(?P<{kind}>{word_pattern(words[kind])})"
        for kind in ("channel", "when", "counter", "empty")
    )
    return re.compile(rf"(?:^|(?<=[\s|｜]))(?:{kinds})\s?[:：]")


#: A machine-generation badge is a few words (round 24).
MAX_GENERATED = 16


@cache
def _generated() -> re.Pattern[str]:
    words = _words()
    agent, manner, verb = (word_pattern(words[k]) for k in ("gen_agent", "gen_manner", "gen_verb"))
    return re.compile(
        rf"由\s?(?:{agent})\s?(?:{manner})?\s?(?:{verb})|(?:{agent})\s?(?:{manner})\s?(?:{verb})"
    )


def generated_label(line: str) -> bool:
    """Whether ``line`` is a machine-generation badge alone (module docstring).

    >>> generated_label("由 AI 自動生成"), generated_label("AI 自动翻译")
    (True, True)
    >>> generated_label("机器翻译")
    False
    >>> generated_label("本文由AI生成,仅供参考"), generated_label("由AI自动生成的图片引发争议")
    (False, False)
    """
    text = line.strip().lower()
    return len(text) <= MAX_GENERATED and _generated().fullmatch(text) is not None


#: A counter's value: a number and perhaps its unit.
COUNT_VALUE = lazy_re(r"[0-9][0-9,]{0,9}\s?(?:次|人|人次|条|條)?")
#: A record row's channel value is short; the row too.
MAX_RECORD_VALUE = 30
MAX_RECORD_ROW = 100


def record_row(line: str) -> bool:
    """Whether ``line`` is a CMS record row of labels and counters (module docstring).

    >>> record_row("频道:国内新闻 日期: 浏览:4"), record_row("频道:国内 日期:2024-05-01 浏览:4")
    (True, False)
    """
    text = line.strip()
    if len(text) > MAX_RECORD_ROW or (":" not in text and "：" not in text):
        return False
    fields = list(_record_fields().finditer(text.lower()))
    if len(fields) < 2 or fields[0].start() != 0:
        return False
    counted = False
    for field, after in zip(fields, [*fields[1:], None], strict=True):
        value = text[field.end() : len(text) if after is None else after.start()].strip()
        value = value.strip("|｜ ")
        if field.group("counter") is not None:
            if value and COUNT_VALUE.fullmatch(value) is None:
                return False
            counted = True
        elif field.group("when") is not None or field.group("empty") is not None:
            if value:
                return False  # a date, a name: the byline grammar's
        elif len(value) > MAX_RECORD_VALUE or ":" in value or "：" in value:
            return False
    return counted


#: Round 25: a field's label in two languages, Han keys then English words (日期/時間 Date/Time).
BILINGUAL_LABEL = lazy_re(
    r"(?P<han>[\u3400-\u9fff]{2,6}(?: ?[/／] ?[\u3400-\u9fff]{2,6}){0,2})[ \t\u3000]{1,3}"
    r"(?P<latin>[A-Za-z]{2,12}(?: ?[/／] ?[A-Za-z]{2,12}){0,2})"
)
SLASH = lazy_re(r" ?[/／] ?")
MAX_BILINGUAL = 60


def bilingual_label(text: str) -> bool:
    """A field's label in two languages and no value (module docstring, round 25).

    >>> bilingual_label("日期/時間 Date/Time"), bilingual_label("作者 Author")
    (True, True)
    >>> bilingual_label("日期 Time"), bilingual_label("新冠疫苗 Vaccine")
    (False, False)
    """
    found = BILINGUAL_LABEL.fullmatch(text.strip()) if len(text) <= MAX_BILINGUAL else None
    if found is None:
        return False
    table = label_table()
    fields = {table.get(key) for key in SLASH.split(found.group("han"))}
    if len(fields) != 1 or None in fields:
        return False  # every Han key a label of one field
    return any(table.get(word) in fields for word in SLASH.split(found.group("latin")))


#: Round 27: a details label is a few words and its colon.
MAX_DETAILS_LABEL = 12


@cache
def _details() -> re.Pattern[str]:
    words = _words()
    item, details, account = (word_pattern(words[k]) for k in ("item", "details", "account"))
    return re.compile(
        rf"(?:(?:{item})(?:{details})(?:{account})?|(?:{details})(?:{account}))\s?[:：]"
    )


def details_label(text: str) -> bool:
    """A template's details label alone (module docstring, round 27).

    >>> details_label("文章详情介绍:"), details_label("商品详情："), details_label("详情介绍:")
    (True, True, True)
    >>> details_label("事故详情:"), details_label("详情:"), details_label("文章详情介绍:见下文")
    (False, False, False)
    """
    return _details().fullmatch(text.strip()) is not None


@cache
def _edition() -> re.Pattern[str]:
    """A bracket holding a language's name and 版 (module docstring, round 30)."""
    language = word_pattern(_words()["language"])
    return re.compile(
        rf"(?:【(?:{language})版本?】|\[(?:{language})版本?\]|[(（](?:{language})版本?[)）])"
    )


def edition_label(text: str) -> bool:
    """An edition label alone (module docstring, round 30).

    >>> edition_label("【華文版】"), edition_label("[英文版]"), edition_label("英文版")
    (True, True, False)
    """
    return len(text) <= MAX_EDITION_LABEL and _edition().fullmatch(text) is not None


@cache
def _accent() -> re.Pattern[str]:
    """A programme's name, a dash, a place and an accent closed by 腔 (round 30)."""
    accent = word_pattern(_words()["accent"])
    return re.compile(
        r"[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9]{2,10}[-－—–]"
        rf"[\u3400-\u4dbf\u4e00-\u9fff]{{0,6}}?(?:{accent})腔"
    )


def accent_label(text: str) -> bool:
    """A Hakka programme's label with its accent (module docstring, round 30).

    >>> accent_label("新聞學客語-苗栗市四縣腔"), accent_label("他說四縣腔很好聽")
    (True, False)
    """
    return len(text) <= MAX_ACCENT_LABEL and _accent().fullmatch(text) is not None


def label_line(line: str) -> bool:
    """Whether ``line`` is a record id, a placeholder, an empty previous/next label or a
    file's facts (module docstring)."""
    text = line.strip()
    if not text or len(text) > MAX_LABEL_LINE:
        return False
    if text[-1] == "腔" and accent_label(text):
        return True  # 新聞學客語-苗栗市四縣腔: a programme read in an accent (round 30)
    if text[0] in EDITION_OPEN and edition_label(text):
        return True  # 【華文版】: the language of the page's version (round 30)
    if text[0] in "[{":
        return PLACEHOLDER.fullmatch(text) is not None
    if len(text) <= MAX_IMAGE_STANDIN and image_standin(text):
        return True  # 暂无图片: the layout's stand-in for a missing picture (round 28)
    lowered = text.lower()
    record, step, fact, facet = _patterns()
    if len(text) <= 6 and step.fullmatch(text):
        return True  # 上篇:, 下一则：
    if len(text) <= 16 and ENGLISH_STEP.fullmatch(text):
        return True  # Previous:, Next post:
    if len(text) <= MAX_GENERATED and generated_label(text):
        return True  # 由 AI 自動生成: a machine-generation badge
    if " " in text and bilingual_label(text):
        return True  # 日期/時間 Date/Time: a field's label in two languages (round 25)
    if ":" not in text and "：" not in text:
        return False
    if len(text) <= MAX_DETAILS_LABEL and details_label(text):
        return True  # 文章详情介绍: a template's details pane, its label left alone (round 27)
    if record_row(text):
        return True  # 频道:X 日期: 浏览:4
    if text[1:2] in (" ", "\u3000") and SPACED_EMPTY.fullmatch(text):
        return True  # 內 容:
    if " " in text[:3] and SPACED_READING.fullmatch(text):
        return True  # | 氣 溫 : 24 度: a widget's spaced label and its reading (round 24)
    if record.fullmatch(lowered):
        return sum(char.isdigit() for char in lowered) >= MIN_ID_DIGITS
    if len(text) <= 16 and facet.fullmatch(lowered):
        return True  # Year: 2022
    pieces = [piece for piece in FACT_SPLIT.split(lowered) if piece]
    values = [fact.fullmatch(piece) for piece in pieces]
    if not values or any(value is None for value in values):
        return False
    return any(re.fullmatch(SIZE, v.group("value")) for v in values if v is not None)

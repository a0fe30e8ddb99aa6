"""Two more layouts of the credit closing a caption line (cells of the credit grammar in
``captions``' docstring: *outlet × name* and *label × name*, round 13).

1. **Slashed fields** (``slash_credit``): the caption's short description, then the
   paper and the photographer, each after a slash, no spaces (``演出一百場,兒童最歡喜/
   國語日報/高修民``, a Taiwan press prize's page).  The description holds
   ``MIN_DESCRIPTION_HAN`` Han characters or more and no sentence end (at most one clause
   mark: it is a caption's phrase), the middle field is an outlet (its name ends in a
   media word, ``OUTLET_ENDS``: 报, 社, 网, 台, 刊, 新闻…), the last a person's name (a family
   name of ``data/surnames.txt`` and one or two characters).  A byline's fields
   (``人民网/ 2014/8/19``, ``文/本报记者 张三``) open with a label or end with no name, and a
   path of words (``首页/新闻/国际``) names no outlet and person.
2. **作者 after the caption's stop** (``author_after_stop``): the caption's one sentence,
   closed by its stop, then 作者 and a separator and the photographer's name glued to it
   (``……贈送了牌匾。作者:趙海燕``, a copy of a chinanews picture story).  The caption is one
   sentence of at most ``MAX_CAPTION_SENTENCE`` characters; an article's byline after its
   paragraph follows a paragraph of several sentences (``…。…。作者：张三``) and stays.
3. **A picture label after the caption's stop** (``label_after_stop``, round 16): the
   same one sentence closed by its stop, then (perhaps after a space) a picture label
   (kind ``label`` of ``data/caption_cues.txt``: 图, 照片, Photo) led to its source by a
   colon or slash or by a from-word (kind ``from``: 自, 来自), and the source's name, a few
   words in any script, ending the line (``…会面。 Photo: Office of the Prime Minister``,
   ``…(Tom Fox)。图自越通社``).  A paragraph of several sentences, a sentence going on
   after the label (``图自去年起…，``) and a label with no source stay.

4. **作者 glued to a description with no stop** (``author_glued``, round 17): a short
   description with no sentence, clause or label mark (a portrait's name, a scene:
   ``司长张裕``), then 作者, a separator and the photographer's name
   (``司长张裕作者:赵海燕``).  Without the stop the line could be a byline naming a kind of
   author (``本文作者：张三``: the byline table's label, ``labels.label_table``; a description
   opening with the publication's word for itself, ``本报专栏作者：李四``, ``notice_parts.txt``
   kind owner, is its writer's byline), so
   the wording is asked only of a line the layout sets apart inside the article, not closing
   it (``caption_group.Groups.line_cue``): a byline closing the article stays.

5. **A reporter's credit closed by a picture noun after the caption's stop**
   (``reporter_label_after_stop``, round 20): the same one sentence closed by its stop,
   then an outlet perhaps, a reporter's role (``credits.ROLE``: 记者, 通讯员…), the
   photographer's name (a family name and one or two characters, glued or spaced) and a
   picture noun (kind ``label``: 图, 图片, 照片) where the agency writes its credit verb
   (摄): ``…热烈欢迎。某某社记者王大明照片``.  The picture noun is what makes the tail a
   picture's credit: a sentence ending with a reporter's name (``…。新华社记者张三``) and a
   paragraph of several sentences stay.

6. **A reporter's credit spaced after the caption** (``reporter_spaced``, round 28): the
   caption, then a gap of spaces (the layout's own: prose never spaces a sentence from its
   writer), an outlet perhaps, a reporter's role (``credits.ROLE``: 全媒体记者, 本报记者…)
   and one to three names ending the line (a person's among them), spaced or glued to the role
   (``…绒布冰川(无人机照片)。 潍坊日报社全媒体记者 窦浩智 吴晓强``,
   ``华侨新村入口 潍坊日报社全媒体记者 窦浩智 吴晓强``, ``…现场。      本报记者 张驰``).
   The caption is one sentence closed by its stop (``MAX_CAPTION_SENTENCE``), or a
   picture's name with no mark, digit or colon (``MAX_DESCRIPTION``); ``MIN_DESCRIPTION_HAN``
   Han characters at least, and no dateline (``本报讯``, ``…日电``).  A byline
   (``2024年11月4日 潍坊日报社全媒体记者 窦浩智``: digits; ``记者 张三`` alone: no caption)
   and a paragraph of several sentences stay; the cue is a ``WIRE`` cue, so the same tail
   closing the article's last paragraph is the article's credit, not a picture's.

7. **A bracketed credit printed without its brackets** (``spaced_credit``, round 35; moved
   here from ``captions`` in round 38): the caption's sentence, closed by its stop, then a
   space or a few and the credit, read as the bracketed credit (``caption_brackets``) when
   it holds a credit word closing its first part after a person's name, a reporter's or the
   agency's credit (``…酱油间。 陈纹洁摄/光明图片``); a name or an agency alone, and 摄 inside
   a clause (``央视摄制组历时三年拍摄``), stay.  Round 46: the caption may be a picture's name
   with no stop (``司长张裕 陈纹洁摄/光明图片``: four Han at least, no mark nor digit, no
   reporter's role: ``本报记者 张三摄`` is a byline).

>>> slash_credit("演出一百場,兒童最歡喜/國語日報/高修民"), slash_credit("首页/新闻/国际")
(True, False)
>>> author_after_stop("市民冒雨出行。作者:赵海燕")
True
>>> author_after_stop("市民冒雨出行，交通一度拥堵。记者随后赶到现场。作者:赵海燕")
False
>>> label_after_stop("市民冒雨出行。图自越通社"), label_after_stop("市民冒雨出行。图自")
(True, False)
>>> author_glued("司长张裕作者:赵海燕"), author_glued("本文作者：张三")
(True, False)
>>> reporter_label_after_stop("市民冒雨出行。某某社记者王大明照片")
True
>>> reporter_spaced("华侨新村入口 潍坊日报社全媒体记者 窦浩智 吴晓强")
True
>>> reporter_spaced("2024年11月4日 潍坊日报社全媒体记者 窦浩智")
False
"""

from __future__ import annotations

import re
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.caption_brackets import WIRE, bracket_credit, caption_cues
from newsclean.filters.caption_credit import bare_credit
from newsclean.filters.charmodel import HAN
from newsclean.filters.credit_names import person_name
from newsclean.filters.credits import ROLE
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.marks import SENTENCE_STOP
from newsclean.filters.word_trie import longest_first

MIN_DESCRIPTION_HAN = 4
MAX_DESCRIPTION = 40
OUTLET_ENDS = ("报", "報", "社", "网", "網", "台", "刊", "新闻", "新聞", "电视", "電視")
SLASHED = lazy_regex(
    rf"^(?P<text>[^/／]{{{MIN_DESCRIPTION_HAN},{MAX_DESCRIPTION}}})[/／]"
    r"(?P<outlet>\p{Han}{2,12})[/／](?P<name>\p{Han}{2,4})$"
)
CLAUSE_MARK = lazy_regex(r"[，,；;、]")
#: A caption of one sentence: at most this long before its stop (caption_layout's bound).
MAX_CAPTION_SENTENCE = 60
AUTHOR_TAIL = lazy_regex(r"[。！？!?]\s?作者\s?[:：]\s?(?P<name>\p{Han}{2,4})$")
AUTHOR_GLUED = lazy_regex(
    rf"^(?P<text>[^\s\u3000:：。！？!?，,；;、]{{{MIN_DESCRIPTION_HAN},{MAX_DESCRIPTION}}})"
    r"作者\s?[:：]\s?(?P<name>\p{Han}{2,4})$"
)
#: The longest modifier of a byline label before 作者 (本文, 文章, 原文: labels.label_table).
MAX_LABEL_PREFIX = 4


def slash_credit(line: str) -> bool:
    """A description, an outlet and a person's name, parted by slashes (module docstring)."""
    if len(line) > MAX_DESCRIPTION + 20:
        return False
    match = SLASHED.match(line)
    if match is None or not person_name(match["name"]):
        return False
    text = match["text"]
    return (
        match["outlet"].endswith(OUTLET_ENDS)
        and SENTENCE_STOP.search(text) is None
        and len(CLAUSE_MARK.findall(text)) <= 1
        and len(HAN.findall(text)) >= MIN_DESCRIPTION_HAN
    )


def author_after_stop(line: str) -> bool:
    """One sentence, its stop, then 作者 and a person's name glued on (module docstring)."""
    match = AUTHOR_TAIL.search(line[-(MAX_CAPTION_SENTENCE + 12) :])
    if match is None or not person_name(match["name"]):
        return False
    sentence = line[: len(line) - len(match[0])]
    return 0 < len(sentence) <= MAX_CAPTION_SENTENCE and SENTENCE_STOP.search(sentence) is None


@cache
def _owner_words() -> tuple[str, ...]:
    """The publication's words for itself (``data/notice_parts.txt`` kind owner: 本报, 本刊)."""
    return tuple(word for word, kind in data_lines("notice_parts.txt") if kind == "owner")


def author_glued(line: str) -> bool:
    """A short description, 作者 glued to it with no stop, and a person's name (module
    docstring); a byline label ending at 作者 (本文作者, 文章作者) is no description."""
    if len(line) > MAX_DESCRIPTION + 12 or "作者" not in line:
        return False
    match = AUTHOR_GLUED.match(line.strip())
    if match is None or not person_name(match["name"]):
        return False
    text = match["text"]
    if text.startswith(_owner_words()):
        return False  # 本报专栏作者：李四: the publication naming its own writer
    labels = label_table()
    if any(text[-n:] + "作者" in labels for n in range(1, MAX_LABEL_PREFIX + 1)):
        return False
    return len(HAN.findall(text)) >= MIN_DESCRIPTION_HAN


#: The source's name after a picture label: a few words, no sentence or clause mark.
SOURCE_WORD = r"[^\s\u3000。，,！？!?；;：:]{1,30}"
LABEL_REACH = 100
STOPS = ("。", "！", "？", "!", "?")


@cache
def _label_tail() -> re.Pattern[str]:
    cues = caption_cues()
    labels, leads = longest_first(cues["label"]), longest_first(cues["from"])
    return re.compile(
        rf"[。！？!?]\s?(?:{labels})(?:\s?[:：/／]\s?|(?:{leads})\s?)"
        rf"{SOURCE_WORD}(?:\s{SOURCE_WORD}){{0,5}}"
    )


def label_after_stop(line: str) -> bool:
    """One sentence, its stop, then a picture label and its source (module docstring)."""
    # The source holds no stop: the label follows the line's last one, so a line ending
    # with a stop (most paragraphs) has none.
    if not line or line[-1] in STOPS:
        return False
    at = len(line) - LABEL_REACH  # the five finds of STOPS, without a generator's frame
    stop = max(
        line.rfind("。", at),
        line.rfind("！", at),
        line.rfind("？", at),
        line.rfind("!", at),
        line.rfind("?", at),
    )
    if stop <= 0:
        return False  # no stop, or nothing before it
    if _label_tail().fullmatch(line[stop:].lower()) is None:
        return False
    sentence = line[:stop]
    return (
        len(sentence) < MAX_CAPTION_SENTENCE
        and SENTENCE_STOP.search(sentence) is None
        and len(HAN.findall(sentence)) >= MIN_DESCRIPTION_HAN
    )


@cache
def _reporter_label() -> tuple[frozenset[str], regex.Pattern[str]]:
    """The last characters of the Han picture nouns, and the credit tail (module docstring 5)."""
    nouns = [word for word in caption_cues()["label"] if HAN.fullmatch(word[-1])]
    alternatives = longest_first(nouns)
    tail = regex.compile(
        rf"[。！？!?][\s\u3000]?\p{{Han}}{{0,8}}?{ROLE.pattern}[\s\u3000]?"
        rf"(?P<name>\p{{Han}}{{2,4}}?)[\s\u3000]?(?:{alternatives})$"
    )
    return frozenset(word[-1] for word in nouns), tail


def reporter_label_after_stop(line: str) -> bool:
    """One sentence, its stop, then a reporter's credit closed by a picture noun (module
    docstring 5)."""
    lasts, tail = _reporter_label()
    if not line or line[-1] not in lasts:  # cheap: most lines end with no picture noun
        return False
    start = max(0, len(line) - LABEL_REACH)
    match = tail.search(line, start)
    if match is None or not person_name(match["name"]):
        return False
    sentence = line[: match.start()]
    return (
        len(sentence) < MAX_CAPTION_SENTENCE
        and SENTENCE_STOP.search(sentence) is None
        and len(HAN.findall(sentence)) >= MIN_DESCRIPTION_HAN
    )


#: The credit spaced after a caption: the gap, an outlet perhaps, the role, the names.
SPACED_CREDIT = lazy_regex(
    r"[\s\u3000]+(?P<outlet>\p{Han}{0,10}?)"
    + ROLE.pattern
    + r"[\s\u3000]?(?P<names>\p{Han}{2,4}(?:[\s\u3000、]\p{Han}{2,4}){0,2})$"
)
#: The credit sits in the last characters of the line.
SPACED_REACH = 40
#: A picture's name with no stop holds none of these (a byline's date, label, dateline).
NAME_MARKS = lazy_regex(r"[\d:：/／，,；;、。！？!?()（）]")
DATELINE = lazy_regex(r"(?:电|電|讯|訊)[】\]〕)）]?$")


def reporter_spaced(line: str) -> bool:
    """A caption, a gap of spaces and a reporter's credit ending the line (module
    docstring 6)."""
    if not line or not ("\u4e00" <= line[-1] <= "\u9fff"):
        return False  # a name's last character: a Han letter of the basic block
    tail = line[-SPACED_REACH:]
    if not ("记者" in tail or "記者" in tail or "通讯员" in tail or "通訊員" in tail):
        return False  # cheap: most lines end with no reporter's role
    if line.endswith(caption_cues()["credit"]):
        return False  # …。 新华社记者 李然摄: the credit word's cue (``captions``), not a name
    match = SPACED_CREDIT.search(line, max(0, len(line) - SPACED_REACH))
    if match is None:
        return False
    if not any(person_name(name) for name in re.split(r"[\s\u3000、]", match["names"])):
        return False
    text = line[: match.start()].strip()
    if len(HAN.findall(text)) < MIN_DESCRIPTION_HAN or DATELINE.search(text) is not None:
        return False
    if text[-1] in STOPS:  # one sentence closed by its stop, a clause or two
        before = max(text.rfind(stop, 0, len(text) - 1) for stop in STOPS)
        sentence = text[before + 1 :]
        if before >= 0 and not sentence.startswith(caption_cues()["start"]):
            return False  # a paragraph's last sentence, unless it opens as a caption: 图为
        return len(sentence) <= MAX_CAPTION_SENTENCE and len(CLAUSE_MARK.findall(sentence)) <= 1
    return len(text) <= MAX_DESCRIPTION and NAME_MARKS.search(text) is None


#: A credit set off after the caption's sentence by a space: its stop, spaces, the credit;
#: or (round 46) after a picture's name alone, no mark nor digit (``司长张裕 陈纹洁摄/光明图片``).
SPACED_TAIL = lazy_regex(
    r"(?:[。！？!?]|^(?P<name>[^\s\d:：/／，,；;、。！？!?()（）]{4,40}))"
    r"[ \u3000]{1,4}(?P<credit>[^ \u3000。！？!?()（）]{3,24})$"
)
#: How far from a line's end ``SPACED_TAIL``'s space can stand: a credit's 24 characters,
#: the space itself and a final line feed ``$`` matches before (round 47's gate).
SPACED_REACH = 26
#: A picture's name is no byline: a reporter's role or a desk credit before the credit.
BYLINE_ROLE = lazy_regex(r"记者|記者|通讯员|通訊員|摄影|攝影|本报|本報|编辑|編輯")


def spaced_credit(line: str) -> str | None:
    """The credit set off by a space after the caption's sentence, read as the bracketed
    credit whose brackets the page did not print (round 35: ``…酱油间。 陈纹洁摄/光明图片``),
    when it holds a credit word (摄, 供图: not a name or an agency alone), else None.

    >>> spaced_credit("市民冒雨出行。 陈纹洁摄/光明图片")
    '陈纹洁摄/光明图片'
    >>> spaced_credit("市民冒雨出行。 新华社"), spaced_credit("市民冒雨出行。 记者 张三")
    (None, None)
    >>> spaced_credit("纪录片将于明年播出。 央视摄制组历时三年拍摄") is None
    True
    >>> spaced_credit("司长张裕 陈纹洁摄/光明图片"), spaced_credit("本报记者 陈纹洁摄")
    ('陈纹洁摄/光明图片', None)
    """
    # The space before the credit (at most 24 characters, and a line feed, from the end):
    # most lines have none there, and ``in`` answers before the search tries each start.
    tail = line[-SPACED_REACH:]
    if " " not in tail and "\u3000" not in tail:
        return None
    found = SPACED_TAIL.search(line)
    if found is None:
        return None
    name = found["name"]
    if name is not None and (
        len(HAN.findall(name)) < MIN_DESCRIPTION_HAN or BYLINE_ROLE.search(name)
    ):
        return None  # a name too short, or a byline's role: no picture's name
    credit = found["credit"]
    inner = bracket_credit(f"（{credit.lower()}）")
    if inner is None or inner.startswith(WIRE):
        return None
    # The credit word closes the credit's first part (摄, 陈纹洁摄/光明图片), after a person's
    # name, a reporter's or the agency's credit: 摄 inside a clause (摄制组…拍摄) is no credit.
    head = credit.split("/", 1)[0]
    word = next((w for w in caption_cues()["credit"] if head.endswith(w)), None)
    if word is None:
        return None
    name = head[: -len(word)].strip().rsplit("记者", 1)[-1].rsplit("記者", 1)[-1].strip()
    return credit if not name or person_name(name) or bare_credit(head) else None

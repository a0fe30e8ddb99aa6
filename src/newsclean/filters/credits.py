"""Reporter credits at the head of the first paragraph: who wrote the story.

Agencies and papers put the reporters' names inside the article's first paragraph, not
on a byline line: ``新华社北京7月2日电（记者 张三）``, ``（记者 张三 通讯员 李四）``,
``本报记者 张三``, ``本報墨西哥城1月28日电记者张金江报道:``, Hong Kong's
``【大公報訊】記者王小明報道：`` (round 44: after a bracketed dateline), Taiwan
``（中央社記者王小明台北30日電）``, ``〔記者何玉華、陸運鋒/台北報導〕``, and
``【大纪元2025年10月23日讯】（记者李明综合报导）``; round 46: the lead's own dateline
after the names, spaced, the outlet glued to its desk word (``记者 张清 天津北方网讯:``), is
no name, as a place before 报导 is not (``SPACED_LAST``).  The paragraph stays in the body
unchanged; only ``author`` is read from it (when no byline line gave one), and
``--explain`` shows ``structure credit: author …`` on that paragraph.  A bracketed
credit may also close the paragraph (Xinhua short items: ``…正常秩序。(记者胡浩)``); it
is read when the head has none, and when its bracket opens with the role and does not
end in a photo credit (摄, 供图).  Round 41: the last paragraph is the article's last
prose one (short lines the page left under it, no sentence: a pager's ``上5页上一页6``,
are passed, as ``credit_window`` passes them above the story), and a county portal's
text credit whose bracket was never closed, its units and people spaced two by two after
``文:``, credits the first unit's person
(``…介绍给世界。(/文:县新闻中心 唐福升  县外事侨务办  张月亭``).  Round 42: the closing
bracket may name the reporter's outlet before the role, as the head's credit does
(``中央社記者``): a short agency name (``AGENCY``) or a platform's name in quotes
(``CLOSING_OUTLET``), ``…倒地不起。」(“学习强国”记者武廷融综合部分供稿单位、县融号报道)``, the
names ended by the dateline word 综合 as anywhere; a quoted word with no role after it
(``(“学习强国”综合报道)``) names no one.

**Grammar.**  A credit is a *role* followed by *names* and ended by a *terminator*:

- role: an optional qualifier (本报, 特约, 首席, 实习...) + 记者 / 通讯员 / 实习生 /
  特派员, simplified or traditional; round 47, 编辑长 (the Japanese 編集長, a paper's
  editor-in-chief signing the column he wrote: ``【176期/日中商报编辑长弓也直】``, jcbn.jp);
- names: 2-4 Han characters each (``·`` allowed), separated by spaces, ``、``, ``，``,
  和 or 及; at most ``MAX_NAMES`` per role; names the page lists with ``、`` only are
  kept so (``何玉華、陸運鋒``), other separators become one space, and the roles' names
  are joined by a space (``（记者 韩秋 顾潇）`` -> ``韩秋 顾潇``);
- round 30: a slash right after the role parts the fields, names up to the next slash or
  the bracket's end (``(芝加哥時報記者/郭笑榮/採訪報導)``; ``记者/编辑``: no name);
- terminator: the end of a bracket, ``/`` (``／``, and ``∕`` as udn.com prints
  ``記者王超群∕台北報導``), another role, a dateline word (报道, 报导,
  综合, 摄, 电, 讯...), a picture's label after a space (``文/记者 张三 图/李四``: the
  photographer's credit in the same bracket, not a reporter), or a digit; a name glued
  to a place before a day (digits or Han numerals: ``王小明台北30日電``, ``二日電``) or 報導 (
  ``記者楊川欽台中報導``) keeps its first three characters when the place has at
  least two left, otherwise its first two (mainland credits print no place there:
  ``记者欧阳小明报道`` is one name); round 19: so does the last of names listed before
  it (``記者詹奕嘉、孔博北京報導``); round 21, a compound family name (欧阳, 司马) makes
  each count one longer (``記者王小明、欧阳小明報導``: the run is the name, no place).
  Where the names are spaced apart, the last
  word glued to the report word is the place (``【記者 吳汉汝 南投報導】``,
  ``（记者 张三 北京报道）``).

**Who is the author.**  The author is who wrote the story: the reporters (记者, 特派员,
实习生...).  A correspondent (通讯员) supplies material; a credit naming both
(``（全媒体记者李栋 通讯员黄康灵、温志锋）``) gives the reporters only, and the
correspondents' names stay in the paragraph, which stays in the body.  A credit naming
correspondents only (``通讯员 孙兴华 刘晓民``) gives them: then they are the writers.

**Credits with no role word** (names bare in a bracket after a dateline, names before a
slash and a report word, an outlet's Latin name glued to the name, an English credit
label): ``credit_implied`` (round 35, split from this module).  What a name is and how a
credit lists them: ``credit_names``.

A spaced token glued to the report word is that place (``記者 吳汉汝 南投報導``) unless it
is a full name of three characters, a family name and two given ones (``通讯员孙兴华
刘晓民报道:``: the second writer, round 15).

**Where.**  Only in the paragraph's head (the first ``HEAD_LENGTH`` characters): inside
a bracket group that opens before the first sentence mark (，。！？), or in the
unbracketed head before it when the role starts it, follows a dateline (…电, …讯) or a
short agency name (中央社, 新华网: ending in 社 网 报 台 刊), and the names are
followed by a terminator or set off by a space (then only the first spaced group is
names: in ``本报记者 张三 今年以来…`` the sentence starts after 张三; round 44b: all of them
when each is a person's name up to the head's mark, ``记者 梁婉琦 雷翠云 (…``).  So
``记者了解到，…``, ``本报记者近日走访了…`` and ``2019年9月7日，新京报记者走访了…`` give nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.byline_lead import (
    MAX_PASSED_LINE,
    PARTED_NAMES,
    article_lead_name,
    credit_window,
)
from newsclean.filters.credit_glued import glued_credit
from newsclean.filters.credit_head import head_start
from newsclean.filters.credit_implied import english_credit, implied_role_credit
from newsclean.filters.credit_names import (
    BRACKET_GROUP,
    LISTED_NAMES,
    MAX_NAMES,
    NAME,
    NAME_SEPARATORS,
    NOT_IN_NAMES,
    NOT_NAME,
    SENTENCE_MARK,
    dateline_place,
    person_name,
    surnames,
    with_spaced_names_joined,
)
from newsclean.filters.credit_unit import unit_credit
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.picture_story import picture_story_credit

#: Credits sit at the very start of the paragraph.
HEAD_LENGTH = 100
#: An agency name before the role: 中央社, 新华社, 中新社.
MAX_AGENCY_LENGTH = 14
#: A name glued to a place keeps three characters when at least two are left for it.
GLUED_NAME, SHORT_NAME, MIN_PLACE = 3, 2, 2

# Correspondents supply material: authors only when no reporter is credited; round 42, so do
# interns beside a reporter (``(記者 龍天傳 實習生 覃引珍 雷美香)``: the reporter writes).
SECONDARY_ROLE_ENDS = ("通讯员", "通訊員", "实习生", "實習生")
#: The role words; a qualifier may stand before them (本报, 特约, 首席…).
ROLE_WORDS = r"(?:记者|記者|通讯员|通訊員|实习生|實習生|特派员|特派員|编辑长|編輯長)"
ROLE = lazy_regex(
    r"(?:本报|本報|本台|本网|本網|本刊|特约|特約|特派|实习|實習|见习|見習|首席|驻站|駐站|全媒体|全媒體|融媒体|融媒體)?"
    + ROLE_WORDS
)
OPEN_HEAD_END = lazy_regex(r"[，。！？；：:,(（【\[〔]")
# Round 38: a colon right after a role parts it from its names (本报记者：张三 18日…) and
# does not end the unbracketed head.
ROLE_BEFORE_COLON = lazy_regex(ROLE_WORDS + r"[ \t\u3000]{0,2}$")
# A name's credits end at a spaced word of what was made before a slash or colon (图片/,
# round 34: 文/摄, the reporter's text and pictures: (福州日报记者 欧阳进权 文/摄)).
# Round 39: the kind of the report glued before its word (图文报道, 视频报道: text and pictures,
# video; ``【欧洲时报记者张锐图文报道】``) ends the names as the word does.
TERMINATOR = lazy_regex(
    r"[\s\u3000](?:图片|圖片|摄影|攝影|图|圖|文)(?=\s{0,2}[/／:：])"
    r"|(?:图文|圖文|视频|視頻)(?=报道|报导|報導|報道)"
    r"|[/／∕|｜)）】\]〕\d]|报道|报导|報導|報道|综合|綜合|摄|攝|电|電|讯|訊|专电|專電|发自|發自"
)
# The last spaced word before a report word: a place (南投報導) or, round 46, the outlet of
# the lead's own dateline (记者 张清 天津北方网讯:, 2-8 Han), no name of the credit's.
SPACED_LAST = lazy_regex(r"[\s\u3000]\p{Han}{2,8}$")
REPORT_WORD = lazy_regex(r"报道|报导|報導|報道|专电|專電|电|電|讯|訊")
# The day of a dateline: digits or Han numerals (中央社's 二日電, 三十日電, 廿三日電).
GLUED_PLACE = lazy_regex(
    r"^\s*(?P<run>\p{Han}{4,8}?)(?:(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日(?:专电|專電|电|電)|报导|報導)"
)
# Round 18: six or more characters glued before 报道 are more than a name (2-4): a name of
# three (a family name first, no function character in the run) and a place of three or
# more (特约记者武廷融波士顿报道); five stay unread (李强波士顿 or
# 武廷融台北: nothing says where the name ends).  Round 39: the report's kind between them
# (武廷融波士顿图文报道) is no part of the run.
LONG_GLUED_PLACE = lazy_regex(
    r"^\s*(?P<run>\p{Han}{6,8}?)(?<!图文|圖文|视频|視頻)(?:图文|圖文|视频|視頻)?(?:报道|報道)"
)
AGENCY = lazy_regex(r"\p{Han}{1,5}[社网網报報台刊]|《[^《》]{1,12}》")
# A separator between the agency and the role: 聯合報／記者…
AGENCY_SEPARATORS = " \u3000/／∕|｜"
DATELINE_BEFORE = lazy_regex(r"(?:[电電讯訊]|\s)$")


#: Round 38: names listed with 、 before the role, after a dateline (大江网/赣州头条客户端讯
#: 陈玉桃、记者钟冬梅报道:): a contributor named with no role, the role before the reporter.
LISTED_BEFORE = lazy_regex(r"(?:\p{Han}{2,4}、){1,3}$")
#: A credit closing the paragraph: ``…全面恢复了教育教学的正常秩序。(记者胡浩)``.
TAIL_LENGTH = 40
#: How many paragraphs from the end the article's closing credit is looked for in.
CLOSING_REACH = 3
#: How a sentence of the article ends (a page's own short line, a pager, ends otherwise).
SENTENCE_ENDS = ("。", "！", "？", "!", "?", "」", "”", "…")
TRAILING_CREDIT = lazy_regex(r"[(（]\s{0,2}([^()（）]{3,36})[)）][\s。.]{0,3}$")
PHOTO_ENDS = ("摄", "攝", "供图", "供圖")
CLOSING = (")", "）", ")。", "）。")
#: Marks a page sets before its writers' line or credit: a double circle, squares,
#: diamonds, dots (``byline_names``: ◎梁婉琦 雷翠云).
WRITER_MARKS = "◎■□◆◇●○•"
#: What may stand before a credit opening the paragraph (■ 侨报记者 X …): no text.
CREDIT_MARKS = WRITER_MARKS + "▪ \u3000"
#: The last character of every role word: a cheap test before the closing-credit search.
ROLE_LAST_CHARS = frozenset("者员員生长長")
#: Round 42: an outlet before the role in a closing credit: a platform's name in quotes.
CLOSING_OUTLET = lazy_regex(r"[“「『\"][^“”「」『』\"]{2,10}[”」』\"]")


def _opens_credit(before: str) -> bool:
    """What stands before an unbracketed role may open a credit: a dateline
    (…电, …讯), or a short agency or paper name (中央社, 联合报／, 《国际先驱导报》), behind a
    mark the page sets before the credit or not (■ 侨报记者, round 12)."""
    if DATELINE_BEFORE.search(before):
        return True
    if before.endswith("、") and (listed := LISTED_BEFORE.search(before)) is not None:
        names = listed.group().rstrip("、").split("、")  # 陈玉桃、记者X: a contributor first
        if all(person_name(name) for name in names) and before[: listed.start()]:
            return _opens_credit(before[: listed.start()])
    agency = before.rstrip(AGENCY_SEPARATORS).lstrip(CREDIT_MARKS)  # ■ 侨报记者: a mark before it
    return len(agency) <= MAX_AGENCY_LENGTH and AGENCY.fullmatch(agency) is not None


def _segments(head: str) -> list[tuple[str, bool]]:
    """(text, bracketed) of the head's candidate credit segments; round 44: behind a
    paper's bracketed dateline (``【大公報訊】記者…報道：``) the open head starts after it."""
    first_mark = SENTENCE_MARK.search(head)
    limit = first_mark.start() if first_mark else len(head)
    segments = [(m.group(1), True) for m in BRACKET_GROUP.finditer(head) if m.start() < limit]
    start = head_start(head)  # behind a bracketed dateline or a source label (credit_head)
    open_end = OPEN_HEAD_END.search(head, start)
    while open_end is not None and open_end.group() in "：:":
        if ROLE_BEFORE_COLON.search(head, 0, open_end.start()) is None:
            break
        open_end = OPEN_HEAD_END.search(head, open_end.end())  # 记者：张三: the role's colon
    segments.append((head[start : open_end.start()] if open_end else head[start:], False))
    return segments


def _names_after(text: str, bracketed: bool, whole: bool = False) -> list[str]:
    if (parted := PARTED_NAMES.match(text)) is not None:  # 記者/郭笑榮/採訪報導, 记者：张三
        names = _names_after(text[parted.end() :], bracketed, whole)
        # round 38 (mend): unbracketed, a word after the colon may open the sentence
        # (记者：近日 记者走访了…): each name must read as a person's, surname first.
        persons = bracketed or all(map(person_name, "、".join(names).split("、")))
        return names if persons else []
    glued = GLUED_PLACE.match(text)
    if glued is None and (long := LONG_GLUED_PLACE.match(text)) is not None:
        run = long["run"]
        if _full_name(run[:GLUED_NAME]) and not NOT_IN_NAMES.intersection(run):
            return [run[:GLUED_NAME]]  # 武廷融波士顿报道: a full name, then the place
    if glued is not None:
        return [_glued_name(glued["run"])]
    cut = [m.start() for m in (TERMINATOR.search(text), ROLE.search(text)) if m is not None]
    end = min(cut) if cut else len(text)
    chunk = text[:end]
    ended = bool(cut) or bracketed or chunk.startswith((" ", "\u3000"))
    if whole and not ended:  # 新华社记者韩洁、刘羊旸、崔静 alone: persons' names to the end
        ended = all(person_name(t) for t in NAME_SEPARATORS.split(chunk) if t)
    spaced = chunk.split()
    if not cut and not bracketed and not whole and spaced:
        # 本报记者 张三 今年以来: the sentence starts after the name; round 44b: unless every
        # spaced word up to the head's mark is a person's (记者 梁婉琦 雷翠云 (澳门电台消息)…)
        named = len(spaced) <= MAX_NAMES and all(map(person_name, spaced))
        chunk = chunk if named else spaced[0]
    tokens = with_spaced_names_joined([t for t in NAME_SEPARATORS.split(chunk) if t])
    placed = len(tokens) > 1 and SPACED_LAST.search(chunk) and REPORT_WORD.match(text, end)
    if placed and not _full_name(tokens[-1]):
        tokens.pop()  # 記者 吳汉汝 南投報導: the place glued to the report word, spaced off
    if len(tokens) > 1 and (last := GLUED_PLACE.match(tokens[-1] + text[end:])) is not None:
        run = last["run"]  # 詹奕嘉、孔博北京報導: the last name glued to the place, as alone
        tokens[-1] = _glued_name(run)
        chunk = chunk[: chunk.rfind(run)] + tokens[-1]
    if not ended or not tokens or len(tokens) > MAX_NAMES:
        return []
    if len(tokens) == 1 and dateline_place(tokens[0]) and REPORT_WORD.match(text, end):
        return []  # 记者吉隆坡报道: the role, then the place filed from (round 39)
    if not all(NAME.match(token) and NOT_NAME.search(token) is None for token in tokens):
        return []  # round 38: a column's word is no name (（记者手记）)
    if len(tokens) > 1 and LISTED_NAMES.fullmatch(chunk.strip()):
        return ["、".join(tokens)]  # 何玉華、陸運鋒: the names as the page lists them
    return tokens


def _glued_name(run: str) -> str:
    """The name opening a run glued to a place and 報導: three characters when two are left
    for the place, else two; a compound family name (欧阳, 司马) holds two of them, so its
    name is one character longer (欧阳小明報導: the whole run, no place of one character)."""
    extra = 1 if len(run) > 3 and run[:2] in surnames() else 0
    if len(run) - GLUED_NAME - extra >= MIN_PLACE:
        return run[: GLUED_NAME + extra]
    return run if extra and len(run) == GLUED_NAME + extra else run[: SHORT_NAME + extra]


def _full_name(token: str) -> bool:
    """A family name and two given-name characters (刘晓民): a co-author before the report
    word, not the place a Taiwan dateline prints there (南投, 台北: two characters)."""
    return len(token) == 3 and token[0] in surnames() and NOT_NAME.search(token) is None


def reporter_credit(paragraph: str) -> str | None:
    """The reporters credited at the head of ``paragraph`` (see the grammar), or None.

    >>> reporter_credit("新华社北京7月2日电（记者 张三）国务院新闻办公室2日举行发布会。")
    '张三'
    >>> reporter_credit("（中央社記者王小明台北30日電）行政院今天宣布新措施。")
    '王小明'
    >>> reporter_credit("记者了解到，今年以来全市新增就业岗位3万个。") is None
    True
    """
    stripped = paragraph.strip()
    head = stripped[:HEAD_LENGTH]
    if head[:1].isascii() and head[:1].isalpha() and (english := english_credit(head)):
        return english
    names: list[str] = []
    secondary: list[str] = []  # correspondents: the author only when no reporter is named
    # Every role word ends in one of ROLE_LAST_CHARS: most paragraphs are done here.
    segments = [] if ROLE_LAST_CHARS.isdisjoint(head) else _segments(head)
    for segment, bracketed in segments:
        # A line that is only the credit (中新社記者 王辛莉 張蔚然) names everyone on it.
        whole = not bracketed and len(segment) == len(stripped)
        for role in ROLE.finditer(segment):
            if not bracketed and role.start() and not _opens_credit(segment[: role.start()]):
                continue
            found = secondary if role.group().endswith(SECONDARY_ROLE_ENDS) else names
            for name in _names_after(segment[role.end() :], bracketed, whole):
                if name not in found:
                    found.append(name)
        if names or secondary:
            break
    names = names or secondary
    if not names:
        implied = implied_role_credit(head)
        if implied:
            return implied
    if (
        not names
        and stripped.endswith(CLOSING)
        and not ROLE_LAST_CHARS.isdisjoint(stripped[-TAIL_LENGTH:])
    ):
        return _trailing_credit(stripped)
    return " ".join(names) or None


def article_credit(
    paragraphs: Sequence[int], text_of: Callable[[int], str]
) -> tuple[int, str] | None:
    """(paragraph, reporters) of the credit that names the article's reporters: opening
    one of its first paragraphs (``byline_lead.credit_window``), or closing its last one
    (``closing_credit``).  ``paragraphs`` are line numbers, ``text_of`` their text."""
    for at in credit_window(paragraphs, text_of):  # the first two, a dateline's (round 31)
        credit = reporter_credit(text_of(at))
        if credit:
            return at, credit
    for at in reversed(paragraphs[-CLOSING_REACH:]):
        # round 41: the article's last paragraph, under which the page may have left short
        # lines of its own (a pager's 上5页上一页6), passed as credit_window passes them
        if credit := closing_credit(text_of(at)):
            return at, credit
        line = text_of(at).strip()
        if len(line) > MAX_PASSED_LINE or line.endswith(SENTENCE_ENDS):
            break  # the article's prose, long or a sentence: its last paragraph is this one
    return article_lead_name(paragraphs, text_of)  # 陈美斯 一年一度… (byline_lead)


def closing_credit(paragraph: str) -> str | None:
    """The reporters of a bracketed credit that closes an article's last paragraph
    (xinhuanet, hebnews: ``…城市内涝。(记者 崔虹)``).

    >>> closing_credit("提醒政府及相关部门做好防暴雨工作。(记者 崔虹)")
    '崔虹'
    >>> closing_credit("他说，这是记者了解到的情况（记者了解到）") is None
    True
    """
    stripped = paragraph.strip()
    if not stripped.endswith(CLOSING):
        return _unclosed_credit(stripped) or glued_credit(stripped)  # round 43: no bracket
    if ROLE_LAST_CHARS.isdisjoint(stripped[-TAIL_LENGTH:]):
        return unit_credit(stripped)  # round 43: (新闻中心:卢海军), the office and its writer
    return _trailing_credit(stripped) or unit_credit(stripped)


#: Round 41: a credit bracket opened at the paragraph's end and never closed, its text label
#: first (``…介绍给世界。(/文:县新闻中心 武廷融  县外事侨务办  张月亭``): the units and
#: their people, spaced two by two; the name the label credits is the first unit's.
UNCLOSED_CREDIT = lazy_regex(
    r"[。！？!?」”』][(（][/／]?文[:：](?P<unit>\p{Han}{2,10})[ \u3000]{1,2}(?P<who>\p{Han}{2,4})"
    r"(?:[ \u3000]{2,4}\p{Han}{2,10}[ \u3000]{1,2}\p{Han}{2,4}){0,3}$"
)


def _unclosed_credit(paragraph: str) -> str | None:
    """The writer of an unclosed text credit ending ``paragraph`` (``UNCLOSED_CREDIT``).

    >>> _unclosed_credit("将旺苍的发展模式介绍给世界。(/文:县新闻中心 唐福升  县外事侨务办  张月亭")
    '唐福升'
    >>> _unclosed_credit("他说：文:县新闻中心 唐福升") is None
    True
    """
    found = UNCLOSED_CREDIT.search(paragraph, max(0, len(paragraph) - 2 * TAIL_LENGTH))
    if found is None or not _full_name(found["who"]):
        return None
    return found["who"]


def _trailing_credit(paragraph: str) -> str | None:
    """The reporters of a bracketed credit closing ``paragraph``: the role opens it."""
    found = TRAILING_CREDIT.search(paragraph, max(0, len(paragraph) - TAIL_LENGTH))
    if found is None:
        return None
    if found[1].rstrip().endswith(PHOTO_ENDS) and not picture_story_credit(paragraph):
        return None  # a caption's credit; a picture story's signs its text (round 43)
    credit = found[1].strip()
    outlet = CLOSING_OUTLET.match(credit) or AGENCY.match(credit)
    if outlet is not None:
        credit = credit[outlet.end() :].lstrip(AGENCY_SEPARATORS)  # “学习强国”记者…: the outlet
    role = ROLE.match(credit)
    if role is None:
        return None
    names = _names_after(credit[role.end() :], bracketed=True)
    if any(NOT_IN_NAMES.intersection(name) for name in names):
        return None
    return " ".join(names) or None

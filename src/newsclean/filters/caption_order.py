"""A group photo's reading order: the words a caption uses to say who stands where
(round 19).

**Model (a grammar of position words, not a list of captions).**  A picture of several
people is captioned by the order in which to read them, and only a caption speaks so:

- an *order label* opening the line: an optional row (前排, 后排, 中排, 第二排), an
  optional 由/从/自, a side (左 or 右) and a direction (起, 至右, 到左 …), then a colon or a
  space — ``左起:张三、李四``, ``前排右起 王五 赵六``, ``由左至右：…``; round 27, the
  picture named first, ``图右起:…`` — followed by a *list*
  of two items or more (names, each with its post in a bracket if any: ``张肇家(秘书长)``)
  set apart by 、 or spaces (a comma parts clauses), each item short (its posts in brackets
  left out), no sentence mark inside the line but a last stop.  A story's sentence that
  opens with the same words reads on without the label's colon or space
  (``左起第二位就是当年的老校长，…``; ``从左至右，依次是…``: a comma is prose's
  pause, not a label's separator) and stays;
- a *place in the picture* in a bracket after a name, ``(右4)``, ``（左二）``, ``(前排左三)``,
  ``(中)``, on a short line of one clause (at most ``MAX_PLACED_LINE`` characters, no
  comma or stop before its end): ``林春晖主席(右4)与澳洲乡亲合影``.  A paragraph that
  mentions a position (一排、左侧) has no such bracket, or is longer than a caption.
  Round 21: a bare side (``(右)``, ``（图左）``) is a place too: ``王市长(右)与来宾握手``;
  round 34, the middle said in full (``(居中)``, ``(中间)``); round 38, one space may
  stand before the bracket (``阿里 (右)``: a toneless mirror's gloss taken out of it).
- a *photo act* (round 21, ``photo_act_caption``): people joined (与, 和, 同, 跟, 偕, 及)
  and the act of being photographed closing the line (合影, 合照, 留影, 大合照, with
  留念/纪念 or not), one clause with no mark at all (a label drops the sentence's stop;
  a paragraph of one sentence keeps it), at most ``MAX_PLACED_LINE`` characters, in the
  picture's present: no first or second person (the writer's story: 我和他合影) and no
  aspect or intention (了, 过, 曾, 想, 希望…: 他曾与多位明星合影 is narrative).  Both
  sides of the joiner say who (``…主任张正义及理事、顾问群与童惠珍合影``); a list of
  things (``文献与合影``) has nothing between the joiner and the act.  Round 35: the
  joiner may open the line before a whole group (``与全体管理人员合影``, 全体/全部/各位):
  the side left out is the picture's own subject, the article's person.  Round 38: the
  occasion the act follows may stand for the people, a short noun and 后 with no one named
  (``賽后合影。``, ``活动结束后合影留念``: such a label may keep its stop), and a gallery's
  number may be glued after the act (``梁冠军董事长与美东侨团代表合影1``).
- a *sitter's name label* (round 29, ``sitter_caption``): under a portrait, the person's
  name alone on its line in both scripts, two or three capitalised Latin words and a
  short Han name or nickname (two or three characters) in a bracket, or the Han name
  first and the Latin name in the bracket (``Suisai Kinlon(阿朗)``, ``陈慧(Chan Wai)``).
  Nothing else on the line: no verb, no mark, no colon (a speaker's label in a
  transcript, ``Suisai Kinlon(阿朗):``, stays), and a single Latin word with its
  translation (``Apple(苹果)``) or a longer Han name (an organisation,
  ``World Health Organization(世界卫生组织)``) is no person's name.
- a *titled sitter* (round 33, ``titled_sitter``): the person's name and office alone,
  nothing after (``王宗颖总领事``, ``李明副市长``): a family name of ``data/surnames.txt``
  and one or two given-name characters (as ``byline_pieces.is_person_name``), rank words
  perhaps and one office of ``data/sitter_titles.txt`` closing the line, no mark.  A
  sentence goes on past the office (``王宗颖总领事致辞``, ``…说``), a speaker's label takes a
  colon (``王宗颖总领事:``), a byline puts its role before the name (``记者 王宗颖``), and an
  office alone (``新任总领事``) names no one.  On a page with no layout signal this wording
  is the only evidence a one-line label between paragraphs can give.

Each test asks its cheapest question first: the line's first character, or a bracketed
side character, before any pattern runs.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.credit_names import person_name
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.marks import SENTENCE_STOP
from newsclean.filters.word_trie import word_pattern

#: A line whose place bracket makes it a caption is short and of one clause.
MAX_PLACED_LINE = 60
#: An order label's list: items this long at most (a name and its post in a bracket).
MAX_ITEM = 16
MAX_ORDER_LINE = 200
#: The side word of an order label stands within its first characters: (前排由左至右).
LABEL_REACH = 9

ROW = r"(?:[前后後中上下]排|第[一二三四五六1-6]排)"
#: The picture named before its order label (round 27: 图右起:…合照, a Sarawak paper).
PICTURE = r"(?:[图圖]|照片|相片)"
ORDER_LABEL = lazy_regex(
    r"^(?:[(（【\[]\s{0,2})?"
    + PICTURE
    + r"?"
    + ROW
    + r"?\s{0,2}(?:[由从從自]\s{0,2})?[左右]\s{0,2}"
    r"(?:起|[至到]\s{0,2}[左右])"
    r"(?:[)）】\]]\s{0,2}(?:[:：]\s{0,3}|\s{0,3})|\s{0,2}[:：]\s{0,3}|[ \u3000]{1,3})"
)
ORDER_FIRSTS = frozenset("(（【[前后後中上下第由从從自左右图圖照相")
ITEM_SPLIT = lazy_regex(r"[、\s\u3000]+")
BRACKETED = lazy_regex(r"[(（][^()（）]{0,20}[)）]")
PLACE_BRACKET = lazy_regex(
    r"\p{Han} ?[(（]\s{0,2}"
    + ROW
    + r"?(?:[左右]\s{0,2}(?:[一二三四五六七八九十]|[1-9]\d?)|居?中|中[间間])\s{0,2}[)）]"
    r"|\p{Han} ?[(（]\s{0,2}[图圖]?[左右]\s{0,2}[)）]"
)
#: A place of several people's list (round 30): the row by its bare word too (前右四), the
#: bracket after a name or opening a clause and pointing on at the name after it with 为
#: (``(左一为)洪中明副处长``).
LIST_PLACE = lazy_regex(
    r"[(（]\s{0,2}(?:"
    + ROW
    + r"|[前后後中])?[左右]\s{0,2}(?:[一二三四五六七八九十]|[1-9]\d?|起)?"
    + r"\s{0,2}[为為爲是]?\s{0,2}[)）]"
)
#: Quoted speech, or a placed person's words reported (张三(左一)说,…): a story's
#: sentences, not a caption's (round 39, second wave).
SPEECH = lazy_regex(r"[“「『\"]|[)）](?:说|說|表示|指出|称|稱|认为|認為|介绍|介紹|强调|強調)")
#: A line naming where several people stand holds this many place brackets.
MIN_LIST_PLACES = 2
CLAUSE_MARK = lazy_regex(r"[，,；;。！？!?：:]")
# The act of being photographed closing the line, then nothing (round 21).
PHOTO_ACT = lazy_regex(r"(?:大?合[影照]|留影)(?:留念|纪念|紀念)?$")
PHOTO_ACT_LAST = frozenset("影照念")
JOINER = lazy_regex(r"[与和同跟偕及與]")
#: Round 38: the picture's number a gallery glues after its caption (…合影1), and the
#: occasion the act follows, with no one named: a short noun and 后 (赛后, 会后, 活动结束后).
GALLERY_NUMBER = lazy_regex(r"(?<=[影照念])[1-9][0-9]?$")
OCCASION_AFTER = lazy_regex(r"\p{Han}{1,6}[后後]")
#: Such a caption is a few letters long, and may keep its stop (賽后合影。).
MAX_OCCASION_LINE = 14
# The writer's voice, or a told story's aspect and intention: no picture's caption.
NARRATIVE = lazy_regex(r"[我你您咱了过過曾想未没沒拒]|希望|准备|準備|打算")
LATIN_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}"
SITTER_NAME = lazy_regex(
    rf"^(?:{LATIN_NAME} ?[(（]\p{{Han}}{{2,3}}[)）]|\p{{Han}}{{2,3}} ?[(（]{LATIN_NAME}[)）])$"
)
MAX_SITTER_LINE = 40
ANY_MARK = lazy_regex(r"[，,；;。！？!?：:…]")


def _bracket_free(text: str) -> str:
    """``text`` with its bracketed posts taken out (their commas are no list's)."""
    return BRACKETED.sub("", text)


def order_caption(line: str) -> str | None:
    """Why ``line`` is a group photo's caption by its order words, or None.

    >>> order_caption("前排左起：王大同、李小华(社长)、陈明")
    "caption opening: a group photo's reading order"
    >>> order_caption("李主任(左三)向获奖学生颁发证书")
    "a person's place in the picture: (左三)"
    >>> order_caption("左起第二位就是当年的老校长，他在这里工作了三十年。") is None
    True
    """
    if not line:
        return None
    head = line[:LABEL_REACH]
    if line[0] in ORDER_FIRSTS and ("左" in head or "右" in head) and len(line) <= MAX_ORDER_LINE:
        label = ORDER_LABEL.match(line)
        if label is not None:
            rest = _bracket_free(line[label.end() :]).rstrip("。")
            items = [item for item in ITEM_SPLIT.split(rest) if item]
            if (
                len(items) >= 2
                and all(len(item) <= MAX_ITEM for item in items)
                and SENTENCE_STOP.search(rest) is None
            ):
                return "caption opening: a group photo's reading order"
    if len(line) > MAX_ORDER_LINE or ("(" not in line and "（" not in line):
        return None
    if (listed := _place_list(line)) is not None:
        return listed
    if len(line) > MAX_PLACED_LINE:
        return None
    place = PLACE_BRACKET.search(line)
    if place is None or CLAUSE_MARK.search(line[:-1]) is not None:
        return None
    return f"a person's place in the picture: {place.group()[1:]}"


def _place_list(line: str) -> str | None:
    """Why ``line`` names where several people stand in the picture, or None (round 30).

    Two place brackets or more say who stands where, clause by clause; such a line may
    part its clauses with commas, but it holds no sentence: no stop inside it.  Round 39:
    a bare side counts as a place (``歐鄭國慧(左)和鄭古山(右),他們都…``): two sides named
    in brackets point into a picture.  Round 39, second wave: a reading order's start in a
    bracket after a name is a place too (``黄胜全(右起)、纳兹里…``), and a caption of two
    sentences or more may hold its stops when every sentence points into the picture (each
    holds a place bracket: ``…老师(左)向纳兹里展示…什么内容?令黄胜全(右起)、…笑不拢口。``)
    and quotes no one; a paragraph that places people in one sentence and goes on in
    another, or quotes or reports what they said (``陈阿水(左)说:“…。”``,
    ``张三(左一)说,…。李四(右二)也表示…。``), stays.

    >>> _place_list("委员长徐佳青(前右四)与参事合影,(前右三为)类延峰处长, (左一为)洪中明副处长")
    "people's places in the picture: (前右四)"
    """
    if line.count("左") + line.count("右") < MIN_LIST_PLACES:
        return None
    places = LIST_PLACE.findall(line)
    if len(places) < MIN_LIST_PLACES:
        return None
    # Round 39, second wave: a caption of several sentences, each pointing into the picture.
    sentences = [piece for piece in SENTENCE_STOP.split(line[:-1]) if piece]
    if len(sentences) > 1 and (
        SPEECH.search(line) or not all(LIST_PLACE.search(piece) for piece in sentences)
    ):
        return None  # 陈阿水(左)说:“…。”: quoted speech, the story told
    return f"people's places in the picture: {places[0]}"


#: Round 35: the joiner opening the line before a whole group (``与全体管理人员合影``):
#: the picture's own subject is the side left out, as under a portrait of the article's
#: person; 与会代表合影 (与会, attending) and 文献与合影 name no whole group.
WITH_WHOLE_GROUP = lazy_regex(r"[与和同跟偕與](?:全体|全體|全部|各位)\p{Han}{2,10}$")


def photo_act_caption(line: str) -> str | None:
    """Why ``line`` is a picture's caption by its photo act, or None (round 21).

    >>> photo_act_caption("校长陈明与获奖学生合照")
    'a photo act: people joined and 合照 closing the line'
    >>> photo_act_caption("他曾与多位明星合影") is None
    True
    >>> photo_act_caption("賽后合影。"), photo_act_caption("董事长与侨团代表合影1")[:11]
    ('a photo act: after the occasion, 合影 closing the line', 'a photo act')
    """
    if "0" <= line[-1:] <= "9":  # round 38: the gallery's number, …合影1
        line = GALLERY_NUMBER.sub("", line)
    stop = line[-1:] == "。" and len(line) <= MAX_OCCASION_LINE  # 賽后合影。 (round 38)
    line = line[:-1] if stop else line
    if not line or line[-1] not in PHOTO_ACT_LAST or len(line) > MAX_PLACED_LINE:
        return None
    act = PHOTO_ACT.search(line)
    if act is None or ANY_MARK.search(line) is not None:
        return None
    who = line[: act.start()]
    if NARRATIVE.search(who) is not None:
        return None  # the writer's voice, a told story (我们赛后合影, 他曾与…合影)
    if OCCASION_AFTER.fullmatch(who) is not None:  # 赛后合影, 活动结束后合影留念 (round 38)
        return f"a photo act: after the occasion, {act.group()} closing the line"
    if stop:
        return None  # people joined and a stop: a paragraph of one sentence (round 21)
    whole_group = WITH_WHOLE_GROUP.match(who) is not None  # 与全体管理人员合影 (round 35)
    if not whole_group and not any(0 < m.start() < len(who) - 1 for m in JOINER.finditer(who)):
        return None  # a side missing: 与会代表合影, 文献与合影
    return f"a photo act: people joined and {act.group()} closing the line"


def sitter_caption(line: str) -> str | None:
    """Why ``line`` is a portrait's name label, or None (round 29).

    >>> sitter_caption("Suisai Kinlon(阿朗)")
    "a sitter's name in two scripts"
    >>> sitter_caption("Apple(苹果)") is None, sitter_caption("Suisai Kinlon(阿朗):") is None
    (True, True)
    """
    if len(line) > MAX_SITTER_LINE or line[-1:] not in ")）":
        return None
    return "a sitter's name in two scripts" if SITTER_NAME.match(line) else None


#: A titled sitter's label: a name of three or four characters and an office, no more.
MAX_TITLED_SITTER = 12


def _named(name: str) -> bool:
    """A family name and one or two given-name characters, all Han."""
    return all("\u4e00" <= char <= "\u9fff" for char in name) and person_name(name)


@cache
def _office_lasts() -> frozenset[str]:
    """The characters an office closes with (one set lookup before any pattern runs)."""
    return frozenset(word[-1] for word in data_kinds("sitter_titles.txt")["office"])


@cache
def _office() -> regex.Pattern[str]:
    """Rank words perhaps, then one office, the whole rest of the line."""
    words = data_kinds("sitter_titles.txt")
    return regex.compile(f"{word_pattern(words['rank'])}{{0,2}}{word_pattern(words['office'])}")


def titled_sitter(line: str) -> str | None:
    """Why ``line`` is a portrait's label by the sitter's name and office, or None (round 33).

    >>> titled_sitter("王宗颖总领事")
    "a sitter's name and office"
    >>> titled_sitter("王宗颖总领事致辞") is None, titled_sitter("新任总领事") is None
    (True, True)
    """
    if not 3 <= len(line) <= MAX_TITLED_SITTER or line[-1] not in _office_lasts():
        return None  # a mark, a colon, a stop or a word closing no office: no such label
    for given in (3, 2, 4):  # 王宗颖, 李明, 欧阳修文
        if _office().fullmatch(line, given) is not None and _named(line[:given]):
            return "a sitter's name and office"
    return None

"""A *scene caption* names what a picture shows with no credit (``scene_caption``; split
from ``caption_layout`` in round 14, unchanged): a short noun phrase, at most
``MAX_SCENE_CAPTION`` characters and no clause mark, that names an event and ends in a
scene noun and a full stop (``《中国发展报告2023》新书发布会现场。``, ``开幕式现场。``,
``颁奖典礼一角。``; without the stop it may be a heading).  It has no verb taking the
reader there: ``记者赶到发布会现场。`` or ``嘉宾来到论坛现场`` (到 往 达 进 赴 回 在 于 入)
is a one-line paragraph and stays.  Round 46: the event may be named by its act, a
verb-object word that names an occasion (采访, 签约, 颁奖, 揭牌, 剪彩, 奠基), its doer perhaps
before it: ``记者采访现场。`` (a Hong Kong story copied with its picture's label,
fonfmedia.com's e-paper copy); ``记者来到采访现场。`` has its verb of going and stays.

A *site caption* (``site_caption``, round 23) is the same picture named by where it was
taken: the locative phrase alone, the preposition 在/于/於 opening the line and a site noun
closing it (现场, 工地, 车间, 一角, 田间), with no subject, no clause after the place, no
clause mark, the stop optional (``在西山沟小流域治沟造地工程现场``).  A sentence never stops at
its locative adjunct, so the phrase alone is the picture's label.  A one-line paragraph that
names the place has a clause after it (``在工程现场,工人们正加紧施工。``, ``在现场记者看到``)
or a subject before it (``记者在工程现场``) and stays; a column name (``在现场``) has no place
before the site noun and stays.

A *place gathering* (``place_gathering``, round 33) is a gathering's picture labelled by
where it met and what it was, nothing else: a place name closed by a village's or a
community's unit and a gathering noun (``data/caption_cues.txt``, kinds ``unit`` and
``gathering``: ``丁任村群众大会``, ``南街社区院坝会``), no mark, no verb, the stop optional.
A heading of a report about the meeting says what it did or decided (``丁任村群众大会
通过新村规``), a numbered one carries its ordinal (``一、…``), and a gathering of a whole
unit (``全村群众大会``, ``本镇座谈会``) names no place: each goes on as it was.

A *bracketed label* (``bracketed_label``) is one pair of round brackets that is the whole
line, labelling what a picture shows with Han alone inside (no mark, no space), at most
``MAX_BRACKETED_SCENE`` characters, of one of three shapes:

* a *speaker* (round 35): who spoke, two to sixteen Han characters (a title, a name or
  both: ``顾小杰总领事``) and a speech act's noun closing it (``data/caption_cues.txt`` kind
  ``speech``: 致辞, 讲话, 发言): ``(顾小杰总领事致辞)``;
* a *visit* (round 36): a subject of two to twenty Han characters, a visit's act (kind
  ``visit``: 参观, 了解, 视察, 调研, 慰问) and its object: ``(朱泽欣一行参观新安镇善文化广场)``;
* a *scene* (round 36): a name closed by a scene noun: ``(新安镇座谈现场)``.

The bracket says it is set apart from the text.  A sentence's aside has its marks
(``(他随后致辞,……)``), a byline its spaces (``（记者 张三）``), a programme's heading no
brackets (``领导致辞``).  Two gates hold for every shape (round 36 mend): a writer's note
names the writer or the text (``NOTE_WORDS``: ``（本文根据记者现场了解整理）``,
``（作者系某某大学教授）``), and a *told* event is a sentence, not a picture's moment
(``told``: the perfective 了, not 了解's, or a sequence's 随后/然后:
``（市领导随后视察了新区建设情况）``, ``（调研组一行走访了十余家企业）``).

A *ceremony caption* (``ceremony_caption``, round 35) labels the picture of an opening by
what was opened and the act: a name in quotation marks and a ceremony's act closing the
line (``data/caption_cues.txt`` kind ``ceremony``: 揭牌, 剪彩, 奠基), at most a short
place or subject before the name (``我县“三中心”揭牌``), no mark, no clause, the stop
optional.  The quoted name is the plaque's: a heading of a report on the opening says
more (``“三中心”揭牌 服务群众零距离``, with a space and a second phrase) and a sentence
has its verb and its marks (``县长宣布,“三中心”正式揭牌。``); 开幕 and 成立 are a
headline's news as often as a picture's moment and are not acts here.

A *part caption* (``part_caption``, round 36, second wave) labels a picture showing some
of what the article counts: 其中 ("of them") and a count, a numeral and its measure word,
perhaps a short noun, nothing else, the stop optional (``其中四條``, ``其中两位获奖者``).
The phrase points back at what the text or the picture set out, so it stands alone only
under a picture: a heading names its topic and never opens with 其中, and a sentence goes
on with its verb (``其中两人受伤``: 人 is no measure word, ``其中四条已完工。``: too long).
Round 37 mend (``part_in_flow``): a part caption's line laid out as the paragraphs' own
(nothing in the layout sets it apart) with the next line glued under it (no blank line
between) is the paragraph's line broken mid-sentence, its predicate on the next line
(``其中四条`` / ``已于上月底完工通车…``): it stays the article's.  The measure words are kind
``thing`` of ``data/count_units.txt`` (the units a thing is counted by; 人 is not one).

A *view label* (``view_caption``, round 39, second wave) names the picture as a view of a
place: a short noun (the place or the scene, ``现场``, ``会场``, ``校园``) and a view noun
closing the line, 一角 (a corner of it) or 全景 (the whole of it), nothing else: Han
letters alone, no mark, the stop optional (``现场一角``, ``融媒体中心技术用房一角``).  The
phrase says what part of a place the camera took, so it labels a picture in any layout:
a heading names its topic and says more, a sentence has its verb.  冰山一角 is the idiom
(the tip of the iceberg), and a sum of money (一元一角, 五毛一角) has its unit before it:
neither is a view.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_kinds, data_lines
from newsclean.filters.caption_identity import identity_caption
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.word_trie import word_pattern

#: A scene caption: an event's name and a scene noun, nothing else.
MAX_SCENE_CAPTION = 30
SCENE = lazy_regex(
    r"(?:会|賽|赛|式|典|礼|禮|展|节|節|活动|活動|晚会|晚會|论坛|論壇|演出|比赛|比賽"
    r"|采访|採訪|签约|簽約|颁奖|頒獎|揭牌|剪彩|奠基)"
    r"(?:现场|現場|一角|全景|场景|場景|盛况|盛況)[。.]?$"
)
NOT_SCENE = lazy_regex(r"[，,、；;：:！!？?到往达達进進赴回在于於入]")


def scene_caption(line: str) -> bool:
    """A short noun phrase naming an event's scene, as ``MAX_SCENE_CAPTION`` bounds it.

    >>> scene_caption("《中国发展报告2023》新书发布会现场。"), scene_caption("记者赶到发布会现场。")
    (True, False)
    """
    return (
        len(line) <= MAX_SCENE_CAPTION
        and SCENE.search(line) is not None
        and NOT_SCENE.search(line) is None
    )


#: A site caption: 在/于/於, a place of at least two characters, a site noun.
SITE_OPENINGS = frozenset("在于於")
SITE = lazy_regex(
    r"^[在于於]\p{Han}[^\s]*?"
    r"(?:现场|現場|工地|车间|車間|一角|田间|田間)[。.]?$"
)
NOT_SITE = lazy_regex(r"[，,、；;：:！!？?到往达達进進赴回]")
MIN_SITE_CAPTION = 5


def site_caption(line: str) -> bool:
    """The locative phrase alone: 在 or 于, a place and a site noun, as the module says.

    >>> site_caption("在西山沟小流域治沟造地工程现场"), site_caption("在工程现场记者看到")
    (True, False)
    """
    return (
        line[:1] in SITE_OPENINGS
        and MIN_SITE_CAPTION <= len(line) <= MAX_SCENE_CAPTION
        and NOT_SITE.search(line, 1) is None
        and SITE.match(line) is not None
    )


#: A place gathering's label: a place name of one to six characters, its unit, the noun.
MAX_PLACE_GATHERING = 20
#: A unit's whole, not a place: 全村, 本镇, 各社区, 该村.
NOT_A_PLACE = frozenset("全本各该該每此")
#: What a place gathering's label ends with: a gathering noun's last character, a stop.
GATHERING_LAST = frozenset("会會。.")


@cache
def _place_gathering() -> regex.Pattern[str]:
    """A place name, its unit and a gathering noun, the whole line (``data/caption_cues``)."""
    kinds = data_kinds("caption_cues.txt")
    unit, gathering = word_pattern(kinds["unit"]), word_pattern(kinds["gathering"])
    return regex.compile(rf"\p{{Han}}{{1,6}}?{unit}{gathering}[。.]?")


def place_gathering(line: str) -> bool:
    """A gathering's picture labelled by its place and its name (module docstring).

    >>> place_gathering("丁任村群众大会"), place_gathering("全村群众大会")
    (True, False)
    >>> place_gathering("丁任村群众大会通过新村规")
    False
    """
    if not 4 <= len(line) <= MAX_PLACE_GATHERING or line[0] in NOT_A_PLACE:
        return False
    return _place_gathering().fullmatch(line) is not None


#: A ceremony caption: the place or subject before the quoted name, the name, the act.
MAX_CEREMONY_CAPTION = 24
QUOTES = {"“": "”", "「": "」", "『": "』", '"': '"'}


@cache
def _ceremony() -> regex.Pattern[str]:
    """A short Han lead, a quoted name, a ceremony act closing the line (module docstring)."""
    act = word_pattern(data_kinds("caption_cues.txt")["ceremony"])
    name = "|".join(
        regex.escape(o)
        + rf"[^\s{regex.escape(o + c)}，,。、；;：:！!？?]{{1,12}}"
        + regex.escape(c)
        for o, c in QUOTES.items()
    )
    return regex.compile(rf"\p{{Han}}{{0,8}}(?:{name}){act}[。.]?")


def ceremony_caption(line: str) -> bool:
    """An opening's picture labelled by the quoted name of what opened and the act.

    >>> ceremony_caption("我县“三中心”揭牌"), ceremony_caption("「青年创业园」开园。")
    (True, True)
    >>> ceremony_caption("“三中心”揭牌 服务群众零距离"), ceremony_caption("县长宣布,“三中心”揭牌")
    (False, False)
    """
    if not 5 <= len(line) <= MAX_CEREMONY_CAPTION:
        return False
    return _ceremony().fullmatch(line) is not None


#: A bracketed label: the brackets, Han alone inside, at most this long (module docstring).
SPEAKER_OPEN, SPEAKER_CLOSE = "(（", ")）"
MAX_BRACKETED_SCENE = 40
#: A writer's or an editor's note in brackets names the text or its writer.
NOTE_WORDS = lazy_regex(r"本文|以上|以下|本报|本報|记者|記者|作者|编者|編者|整理|来源|來源|据|據")
SCENE_CLOSE = r"(?:现场|現場|一角|全景|场景|場景|盛况|盛況)"
#: A told event, not a picture's moment: the perfective 了 (not 了解), a sequence's 随后.
TOLD = lazy_regex(r"了(?![解然])|随后|隨後|随即|隨即|然后|然後")


def told(text: str) -> bool:
    """``text`` tells what happened, in sequence or done (``TOLD``): a sentence, where a
    picture's label shows one moment (module docstring, round 36 mend).

    >>> told("市领导随后视察了新区建设情况"), told("朱泽欣一行了解企业生产情况")
    (True, False)
    """
    return TOLD.search(text) is not None


@cache
def _bracketed() -> regex.Pattern[str]:
    """The inside of a bracketed label: a speaker and a speech act, a subject, a visit's
    act and its object, or a name closed by a scene noun (``data/caption_cues.txt``)."""
    kinds = data_kinds("caption_cues.txt")
    speech, visit = word_pattern(kinds["speech"]), word_pattern(kinds["visit"])
    return regex.compile(
        rf"(?P<speech>\p{{Han}}{{2,16}}?{speech})"
        rf"|(?P<visit>\p{{Han}}{{2,20}}?{visit}\p{{Han}}{{2,24}})"
        rf"|(?P<scene>\p{{Han}}{{2,}}{SCENE_CLOSE})"
    )


LABEL_KINDS = {
    "speech": "a speaker and the act",
    "visit": "a visit's act, bracketed alone",
    "scene": "the scene, bracketed alone",
}


def bracketed_label(line: str) -> str | None:
    """What a bracket pair alone on its line labels (module docstring), or None: a speaker
    and the act, a visit's act, or the scene.

    >>> bracketed_label("(顾小杰总领事致辞)"), bracketed_label("(朱泽欣一行参观新安镇善文化广场)")
    ('a speaker and the act', "a visit's act, bracketed alone")
    >>> bracketed_label("（新安镇座谈现场）"), bracketed_label("（市领导随后视察了新区建设情况）")
    ('the scene, bracketed alone', None)
    >>> bracketed_label("(作者系某某大学教授)"), bracketed_label("（本文根据记者现场了解整理）")
    (None, None)
    >>> bracketed_label("(他随后参观了展览,全场鼓掌)"), bracketed_label("（记者赶到现场）")
    (None, None)
    """
    if not 5 <= len(line) <= MAX_BRACKETED_SCENE + 2:
        return None
    if line[0] not in SPEAKER_OPEN or line[-1] not in SPEAKER_CLOSE:
        return None
    inner = line[1:-1]
    if NOTE_WORDS.search(inner) or told(inner):
        return None
    found = _bracketed().fullmatch(inner)
    if found is None or (found["scene"] and NOT_SCENE.search(inner)):
        return None
    return LABEL_KINDS[next(kind for kind, text in found.groupdict().items() if text)]


#: A part caption: 其中, a count (a numeral and a measure word), a short noun at most.
PART_NUMERAL = r"(?:[0-9]{1,3}|[一二两兩三四五六七八九十几幾]{1,3})"


@cache
def _part() -> regex.Pattern[str]:
    things = [fields[0] for fields in data_lines("count_units.txt") if fields[1:] == ["thing"]]
    return regex.compile(rf"^其中{PART_NUMERAL}(?:{word_pattern(things)})\p{{Han}}{{0,4}}[。.]?$")


def part_caption(line: str) -> bool:
    """其中 and a count alone: a picture of some of what the article counts (module
    docstring, round 36).

    >>> part_caption("其中四條"), part_caption("其中两位获奖者。"), part_caption("其中两人受伤")
    (True, True, False)
    >>> part_caption("其中四条已经完工通车。"), part_caption("其中")
    (False, False)
    """
    return line.startswith("其中") and _part().match(line) is not None


def part_in_flow(line: str, set_apart: bool, next_glued: bool) -> bool:
    """Whether ``line``, a part caption by its words, is the paragraph's own line broken
    mid-sentence (module docstring, round 37): not ``set_apart`` by the layout and the
    next line glued under it (``next_glued``, no blank line between).

    >>> part_in_flow("其中四条", False, True), part_in_flow("其中四条", True, True)
    (True, False)
    >>> part_in_flow("其中四条", False, False), part_in_flow("四条新线路", False, True)
    (False, False)
    """
    return not set_apart and next_glued and part_caption(line)


#: A view label: a short noun (the place or the scene) and a view noun, nothing else.
VIEW = lazy_regex(r"^\p{Han}{2,12}(?:一角|全景)[。.]?$")
VIEW_LASTS = frozenset("角景。.")
#: Before the view noun: the idiom's iceberg (冰山一角), a sum's unit (一元一角, 五毛一角).
NOT_A_VIEW = lazy_regex(r"(?:冰山|[元块塊毛角分钱錢])(?:一角|全景)")


def view_caption(line: str) -> bool:
    """A place or a scene and a view noun alone: the picture's label (module docstring).

    >>> view_caption("现场一角"), view_caption("融媒体中心技术用房一角"), view_caption("校园全景。")
    (True, True, True)
    >>> view_caption("腐败问题只是冰山一角"), view_caption("一元一角")
    (False, False)
    >>> view_caption("现场一角,人头攒动")
    False
    """
    return (
        line[-1:] in VIEW_LASTS and VIEW.match(line) is not None and NOT_A_VIEW.search(line) is None
    )


def seen_label(line: str) -> str | None:
    """Why ``line`` labels what a picture shows by its words alone, or None: a view
    (``view_caption``) or, round 42, an identifying label (``caption_identity``)."""
    if line[-1:] in VIEW_LASTS and view_caption(line):
        return "a scene: a view of a place"
    if "是" in line and identity_caption(line):
        return "a scene: what the thing shown is"
    return None

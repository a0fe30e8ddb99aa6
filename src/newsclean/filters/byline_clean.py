"""What a labelled byline value keeps (split out of ``byline.py``, round 12; the grammar
is in ``byline.py``'s docstring).

A value ends at the first page tool glued behind it (打印本页, 【字体...), at a label the
grammar does not know (``| 浏览量：123``) or at a label in another language, a capitalised
Latin word and a colon (``總編輯 : 袁勃 Diretor: José Carlos Matias``: a Macau weekly's
bilingual masthead prints the Portuguese title and its holder after the Chinese one; the
value of the Chinese label is the Chinese name, and the Portuguese pair is not the editor).
It loses a staff code (刘洋 (FN006)), a Creative Commons licence set off after it, a role
word (记者 王五), a role glued before a person's name (``本刊特约田兆运``, ``特約撰述王五``:
the publication's own word 本刊/本报, a kind of contributor 特约/特派/首席 and a role noun
记者/撰述/撰稿人/评论员, each optional but one of the last two present, then a family name
and a given name, ``ROLE_PREFIX``; round 21, the role composes with a list of names as
with one, ``本报特约张三、李四``: every item a person's name, the role cut once) and a
trailing dateline word (／台北报导); round 21, a report word glued to the last of listed
names goes when every item is a person's name (``王小明、欧阳小明報導``); a person's
institution after the name (郭沛熙 北京邮电大学) ends it, and so does where the person comes
from (``曹智 来自中国``: 来自 + a place, round 16).  Round 20, *a name's value ends where
a description of the person begins* (``APPOSITIVE``): after a person's name (a family
name first, ``is_person_name``) a spaced piece that names an outlet in title marks
(``日本《南华报》创办人``, ``〈某某週刊〉主筆``) or a site, or a run of five Han characters
or more with no name's middle dot (a post, an institution: ``香港某某协会会长``; a Han
name is two to four characters, a transliterated one holds ·), is an apposition, no part
of the name: the value ends before it.  Names listed with spaces (``张三 李四``) stay.
Round 32: the same description bracketed and glued after the name (``戴小橦(臺大學生報社
前社長)``, ``王明(本报记者)``: five Han characters or more, or a reporter's role) is the
writer's post, no part of the name (``_name_before_post``); a short aside (``張三(實習生)``)
and a provenance bracket stay.  An office's compiled credit
(``駐洛杉磯文化組崔虹綜合摘要``: office, name, compiling word) names its compiler
(``compiler_name``).  Brackets around a value are
kept only as a pair (``trim_value``).  Round 22: a value ends at a reader counter behind
it (``大洋網 本文已影響 雅意學習網手機站``, ``已有1024人阅读``, ``阅读 56 次``:
``reader_counter_start``), and the counting site's link after it goes with the counter.

**An English credit label** (round 16, ``english_field``).  ``By`` credits whoever made
the text, a writer or an outlet: ``By 中新网`` (a portal reposting a wire: the line names
where the text is from) is the source, as a short name piece is in a layout of pieces; a
name that is a media or site name (``title.is_site_name``: never a person's) moves from the
author's field to the source's, and so does a Latin outlet's Chinese service, by its shape
(``By RNZ中文``, BBC中文网: a Latin name and 中文, ``CHINESE_SERVICE``), and, round 34, an
outlet or public body by its ending (``By 警务处``: ``byline_outlet.is_outlet_name``).
An editor's label keeps its value.  Round 19: the name is judged without a date of the row after it
(``by 曹智 | 2017、7、19``, ``By 张三 / 20240305``): the date is the row's next field,
the line's time (``byline_store.store_value`` reads it), no part of the name; what is left must
still be a name (``By 2030, the city will`` stays prose).

Round 43, *the row's field marks*: a row may part its fields by a bullet or a bar glued
before the next field rather than spaced around it (``作者:依岩 •阅读 173``, ``作者:依岩
|阅读 173``; ``• 2016/3/25 14:32:10 • 类型:原创 • 来源:电脑报``).  A field mark (• ‧ ・ and
the bars | ｜ 丨) is never part of a name: a token of the value opening with one glued to a
word starts the next field and ends the value, and one alone closing it (``依岩 •``) is
dropped; a spaced mark before a date (``by 王小明 | 20240305``) leaves the date to the row.
"""

from __future__ import annotations

import regex

from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_english import PERSON_FIELDS, english_value_ok, is_english_label
from newsclean.filters.byline_interface import is_interface_item
from newsclean.filters.byline_outlet import is_outlet_name
from newsclean.filters.byline_pieces import BRACKETS, ROLE_ENDS, ROLE_TOKEN, is_person_name
from newsclean.filters.byline_portal import REPORT, REPORT_WORDS
from newsclean.filters.byline_read_counter import reader_counter_start
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.furniture_mirrors import HOST_NAME
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.navigation import nav_terms
from newsclean.filters.provenance import provenance_bracket_opening, provenance_words
from newsclean.filters.title import is_site_name

#: A Latin outlet's Chinese service (RNZ中文, BBC中文网, VOA 中文, FT中文网): its initials and 中文.
CHINESE_SERVICE = lazy_re(r"^[A-Z]{2}[A-Za-z0-9]{0,10}[ \t]?(?:中文|華語|华语)(?:网|網|台|臺)?$")
#: Fields whose English label (By, Contributed by) may credit an outlet instead of a person.
CREDIT_FIELDS = frozenset(("author", "reporter"))

# A value loses the separators around it and a decoration glued after it (萧律生#).
VALUE_TRIM = BRACKETS + ":：|｜丨/／,，;；#＃*＊"
#: Marks parting a row's fields, glued before the next one (round 43); never in a name.
FIELD_MARKS = frozenset("•‧・|｜丨")
# A label the grammar does not know (浏览量：123, 责任单位：…) after a value ends it, and so
# does a label in another language, a capitalised Latin word and a colon (Diretor:, Editora:):
# a bilingual masthead's second label (總編輯 : 袁勃 Diretor: José Carlos Matias).
UNKNOWN_LABEL = lazy_regex(
    r"(?<=\S)(?:[\s\u3000]+|[\s\u3000]*[|｜丨/／][\s\u3000]*)"
    r"(?:[\p{Han}A-Za-z]{1,6}|[A-Z][a-z]{2,15})[ \t]{0,2}[:：]"
)
# A dateline after a writer's name: a place glued to its word of reporting (／台北报导), or
# after a slash the place and the word spaced apart (round 17: ``/ 台东县 报导``; without
# the slash the place's spaced characters could be the name's own).
TRAILING_DATELINE = lazy_regex(
    r"(?:(?:^|[\s\u3000]*[／/|｜丨][\s\u3000]*|[\s\u3000]+)"
    r"(?:[\p{Han}]{0,4}" + REPORT + r"|即时报导|即時報導"
    r"|(?:发自|發自)\p{Han}{2,6}(?:[、，,]\p{Han}{2,6}){0,4})"
    r"|[\s\u3000]*[／/|｜丨][\s\u3000]*\p{Han}{2,6}[ \u3000]{1,2}" + REPORT + r")"
    r"[\s\u3000)）〕】]*$"
)
# An affiliation printed after a person's name: 郭沛熙 北京邮电大学, 张三 新华社.
AFFILIATION = lazy_regex(
    r"^\p{Han}{2,16}(?:大学|大學|学院|學院|研究院|研究所|研究中心|中心|医院|醫院|公司|集团|集團"
    r"|协会|協會|学会|學會|委员会|委員會|学校|學校|中学|中學|杂志社|雜誌社|报社|報社|出版社"
    r"|事务所|事務所|实验室|實驗室)$"
)
# Where a person comes from, spaced off after the name: 曹智 来自中国 (a portal's honorary
# reporters, each credited with a country; round 16).  来自 + a place is no part of a name.
ORIGIN = lazy_regex(r"^(?:来自|來自)\p{Han}{1,10}$")
# 于 / 於 (at) glued before a date in a value belongs to the date: 河北新闻网 于2016-07-19.
# Spaced off at the end of a value, it is the date's even when no date follows (红网 于).
DATE_PREPOSITION = lazy_regex(r"(?:(?<=\S)[\s\u3000]+|^)[于於][\s\u3000]*$")
# Words naming a role, not a person, inside a byline value.
ROLE_WORDS = frozenset(
    (
        "记者", "記者", "本报记者", "本報記者", "通讯员", "通訊員", "实习生", "實習生",
        "特约记者", "特約記者", "特派记者", "特派記者", "首席记者", "首席記者",
    )
)  # fmt: skip
# A role glued before a name: 本刊特约田兆运, 特約撰述王五, 本报评论员李四 (ROLE_PREFIX's rest
# must be a person's name, a family name first, for the role to be cut).
ROLE_PREFIX = lazy_regex(
    r"^(?:本[刊报報台网網站])?(?:(?:特[约約派]|首席|駐站|驻站)"
    r"(?:记者|記者|撰述|撰稿人?|评论员|評論員|通讯员|通訊員|作者|员|員)?"
    r"|记者|記者|撰述|撰稿人|评论员|評論員|通讯员|通訊員)(?=\p{Han}{2,4}(?:、\p{Han}{2,4}){0,7}$)"
)
# A compiler's credit glued into a value: an office, the compiler's name and a compiling
# word (駐洛杉磯文化組崔虹綜合摘要, 新闻组张三整理): the name is the author (compiler_name).
COMPILING = lazy_regex(
    r"(?:综合摘要|綜合摘要|综合整理|綜合整理|综合报道|綜合報導|摘要|整理|编译|編譯|摘译|摘譯)$"
)
OFFICE_ENDS = "组組处處室科站部局"
# A Creative Commons licence after a value, set off by a comma: ,CC-BY-3.0-TW-or-later。
LICENCE = stdlib(r"[,，;；]?\s{0,3}(?i:CC)[- ]?(?i:BY|0|Zero)[A-Za-z0-9.\- ]{0,40}[。.]?\s{0,3}$")
# A staff code after a name: 刘洋 (FN006).
#: An address set off after a value (``田兆运,(https://xueqiu.com/…)``, round 17): the
#: original's link, never part of a name or a source.
LINK_AFTER = lazy_regex(
    rf"(?i)[,，;；]?[ \t]{{0,3}}[(（]?[ \t]{{0,2}}https?://{HOST_NAME}"
    r"(?:[/?#:][^\s()（）]{0,300})?[ \t]{0,2}[)）]?[,，]?[ \t]{0,3}$"
)
#: A description after a person's name (module docstring): an outlet in title marks, or
#: five Han characters and more, no middle dot, no enumeration comma.
APPOSITIVE = lazy_regex(r"^.{0,12}[《〈].{1,20}[》〉]|^\p{Han}{5,}$")
STAFF_CODE = stdlib(r"\s*[（(][A-Za-z0-9_-]{1,12}[)）]\s*$")


def trim_value(value: str) -> str:
    """``value`` without the marks around it, but a closing bracket that closes one opened
    inside the value is part of it: 新华社（北京）, 新闻局(GCS)."""
    trimmed = value.strip(VALUE_TRIM)
    for opening, closing in (("(", ")"), ("（", "）"), ("【", "】"), ("[", "]"), ("〔", "〕")):
        if trimmed.count(opening) == trimmed.count(closing) + 1 and value.find(
            closing, value.rfind(opening)
        ) > value.rfind(opening):
            trimmed += closing
    return trimmed


def clean_value(value: str, *, person: bool = True) -> str:
    """The value up to the first page tool glued behind it (打印本页, 【字体, 发表评论),
    without a role word before a name (记者 王五) or a dateline word after it
    (王小明／即时报导); a person's value also without an editor's code after the name
    (刘洋 (FN006)), while an organisation keeps its bracket (新闻局(GCS), 新华社（北京）)."""
    kept: list[str] = []
    tools = nav_terms()
    unknown_label = UNKNOWN_LABEL.search(value)
    if unknown_label is not None:
        value = value[: unknown_label.start()]
    if (counter := reader_counter_start(value)) is not None:
        value = value[:counter]  # 大洋網 本文已影響 …: the page's reader count
    if person:
        value = STAFF_CODE.sub("", value)
    if "CC" in value or "cc" in value:
        value = LICENCE.sub("", value)  # 林懿萱,CC-BY-3.0-TW-or-later。: the text's licence
    if "://" in value:
        value = LINK_AFTER.sub("", value) or value  # 田兆运,(https://…): the original's link
    for token in trim_value(value).split():
        if token.startswith(("【", "[")) or token.lower().strip("【】[]") in tools:
            break
        if kept and token[:1] in FIELD_MARKS and not token[1:2].isdigit() and len(token) > 1:
            break  # 依岩 •阅读 173, 依岩 |阅读: the mark opens the row's next field (round 43)
        if is_interface_item(token):
            break  # 有线新闻 参与互动参与互动: the row's comment link, no part of the name
        if token in ROLE_WORDS or (token.endswith(ROLE_ENDS) and ROLE_TOKEN.match(token)):
            continue  # 记者, 香港文匯報記者: the role, not the name
        role = ROLE_PREFIX.match(token) if person else None
        if role is not None and all(map(is_person_name, token[role.end() :].split("、"))):
            token = token[role.end() :]  # 本刊特约田兆运, 特派员张三、李四: the role before names
        if token in label_table():
            break  # 编辑 李四 校对 王五: the next (unseparated) label ends the value
        if person and kept and _translator(token):
            break  # 葉家祺 譯 / 麥莖衡, 张三 翻译：李四: the translator after the writer
        if person and (credited := role_after_name(token) or compiler_name(token)):
            token = credited  # 李晓辉/整理, 张三编译: the role after the name (round 27)
        if person and kept and (AFFILIATION.match(token) or ORIGIN.match(token)):
            break  # 郭沛熙 北京邮电大学, 曹智 来自中国: the person's institution or origin
        if person and kept and token[:1] in "(（" and provenance_bracket_opening().match(token):
            kept[-1] += token  # 黄信怡 (原载于《世界日报》): the provenance bracket, spaced
            continue  # from the name; byline_provenance reads it (round 27)
        if person and kept and is_person_name(kept[-1]) and _appositive(token):
            break  # 曹智 日本《南华报》创办人: the person's post and outlet (round 20)
        if person and (token[-1:] in ")）") and (name := _name_before_post(token)) is not None:
            kept.append(name)  # 戴小橦(臺大學生報社前社長): the writer's post, bracketed
            break
        kept.append(token)
    while kept and kept[-1] in FIELD_MARKS:
        kept.pop()  # 依岩 •: the row's last mark, spaced off (a date after one is its field)
    value = trim_value(DATE_PREPOSITION.sub("", TRAILING_DATELINE.sub("", " ".join(kept))))
    # The report word glued to the last of names listed with 、 (王小明、欧阳小明報導, round
    # 21): no part of the name when every item before it is a person's name.
    if person and value.endswith(REPORT_WORDS) and "、" in value:
        names = value[:-2]  # 王小明、欧阳小明報導: the report word glued to the last name
        return names if all(map(is_person_name, names.split("、"))) else value
    return value


def _translator(token: str) -> bool:
    """Whether ``token`` is a translator's label (``provenance_words`` kind translator),
    alone or with its separator and the translator glued on (翻译：李四)."""
    word = next((w for w in provenance_words()["translator"] if token.startswith(w)), None)
    return word is not None and (len(token) == len(word) or token[len(word)] in ":：/／")


#: A copula opening an aside makes it a clause (系新华社记者), no post's name.
COPULAS = ("系", "係", "为", "為", "是")
#: A person's name and one bracket glued after it, the aside in it (round 32).
NAME_ASIDE = lazy_regex(r"^(?P<name>[\p{Han}·]{2,4})[(（](?P<aside>[^()（）]{2,24})[)）]$")


def _name_before_post(token: str) -> str | None:
    """The name of ``token`` when it is a person's name with the person's post glued after
    it in brackets (round 32: ``戴小橦(台大学生报社前社长)``, ``王明(本报记者)``): an
    apposition as the spaced one (``APPOSITIVE``: five Han characters or more, an outlet in
    title marks) or a reporter's role, no part of the name.  A provenance bracket
    (``(原载于…``, ``byline_provenance``) and a short aside (``(实习生)``, ``(右)``) are
    left as they are.

    >>> _name_before_post("戴小橦(台大学生报社前社长)"), _name_before_post("王明（本报记者）")
    ('戴小橦', '王明')
    >>> _name_before_post("张三(实习生)"), _name_before_post("黄信怡(原载于《世界日报》)")
    (None, None)
    """
    found = NAME_ASIDE.match(token)
    if found is None or not is_person_name(found["name"]):
        return None
    aside = found["aside"]
    if aside[:1] in COPULAS or provenance_bracket_opening().match(token[len(found["name"]) :]):
        return None  # (系新华社记者): a clause of affiliation, byline_provenance leaves it
    if ROLE_TOKEN.match(aside) or (APPOSITIVE.match(aside) and not _reported(aside)):
        return found["name"]
    return None


#: The end of an aside that names its copy's source (besides a report word): 路透社電.
SOURCE_ENDS = ("讯", "訊", "电", "電", "供稿", "消息")


def _reported(aside: str) -> bool:
    """Whether the aside ends in a word of reporting or names a source (路透社報導, 来源:X):
    a provenance bracket's, ``byline_provenance``'s to read."""
    return aside.endswith((*REPORT_WORDS, *SOURCE_ENDS)) or (":" in aside or "：" in aside)


def _appositive(token: str) -> bool:
    """Whether ``token`` after a person's name describes the person (``APPOSITIVE``)."""
    return APPOSITIVE.match(token) is not None or is_site_name(token)


def compiler_name(value: str) -> str | None:
    """The compiler's name in an office's compiled credit (``COMPILING``), else None.

    >>> compiler_name("駐洛杉磯文化組崔虹綜合摘要"), compiler_name("新闻组欧阳修整理")
    ('崔虹', '欧阳修')
    >>> compiler_name("駐洛杉磯文化組"), compiler_name("内容整理"), compiler_name("张三整理")
    (None, None, '张三')
    """
    word = COMPILING.search(value.strip())
    if word is None:
        return None
    rest = value.strip()[: word.start()]
    for size in (2, 3, 4):
        name = rest[-size:]
        glued = len(rest) == size or (len(rest) > size and rest[-size - 1] in OFFICE_ENDS)
        if glued and is_person_name(name):
            return name
    return None


def role_after_name(token: str) -> str | None:
    """The name in a credit whose role follows it after a slash (round 27): ``X/整理``,
    ``X／编译``, ``X/综合报道``: what the person did with the text, no part of the name.

    >>> role_after_name("李晓辉/整理"), role_after_name("张三／编译")
    ('李晓辉', '张三')
    >>> role_after_name("新华社/整理"), role_after_name("张三/李四"), role_after_name("张三")
    (None, None, None)
    """
    if "/" not in token and "／" not in token:
        return None
    name, _, role = token.replace("／", "/").rpartition("/")
    if COMPILING.fullmatch(role) is None:
        return None
    return name if all(map(is_person_name, name.split("、"))) else None


def english_field(label: str, target: str, raw: str, value: str) -> str | None:
    """The field ``value`` fills after ``label`` (``target``, or the source when an English
    credit label names an outlet: ``By 中新网``), or None when the English label opens an
    English sentence (``english_value_ok``).  Labels in Chinese keep their ``target``.

    >>> english_field("By", "author", "中新网", "中新网")
    'source'
    >>> english_field("By", "author", "张三", "张三"), english_field("来源", "source", "网", "网")
    ('author', 'source')
    >>> english_field("By", "author", "2030, the city", "2030, the city") is None
    True
    >>> english_field("By", "author", "RNZ中文", "RNZ中文")
    'source'
    >>> english_field("By", "author", "警务处", "警务处")
    'source'
    >>> english_field("By", "author", "Amy 中文 teacher", "Amy 中文 teacher") is None
    True
    >>> english_field("by", "author", "曹智 | 2017、7、19", "曹智 | 2017、7、19")
    'author'
    """
    if not is_english_label(label):
        return target
    dated = find_byline_date(value) if target in PERSON_FIELDS else None
    if dated is not None:  # By 张三 | 2024-03-05: the name, then the row's time
        value = trim_value(value[: dated.start] + " " + value[dated.end :])
    if target in CREDIT_FIELDS and CHINESE_SERVICE.match(value):
        return "source"  # By RNZ中文: a Latin outlet's Chinese service
    if not english_value_ok(target, raw, value):
        return None
    if target in CREDIT_FIELDS and (is_site_name(value) or is_outlet_name(value)):
        return "source"  # By 中新网, By 警务处: the outlet or body the text is from
    return target


# Round 25: a compound label's first word, glued before a label's stem after a field gap
# (``    论文来源:``); its end is the label's start (``_field_start``).
COMPOUND_PREFIX = lazy_regex(r"(?<=[ \t\u3000]{2}|\t|\u3000)\p{Han}{2,4}$")
COLON_AFTER = lazy_regex(r"[ \t]{0,3}[:：]")


def field_start(line: str, match: regex.Match[str]) -> int:
    """Where the field of ``match`` begins: a compound label the table does not list, a
    word of two to four Han letters glued before a label followed by a colon, after a gap
    of spaces (``作者:詹遥    论文来源:本站原创``: 论文来源 is the next field's label, so the
    author's value ends at the gap, not at 来源), begins at that word."""
    start = match.start()
    if line[match.end() - 1 : match.end()] not in (":", "：") and not COLON_AFTER.match(
        line, match.end()
    ):
        return start
    found = COMPOUND_PREFIX.search(line, max(0, start - 6), start)
    return found.start() if found is not None else start

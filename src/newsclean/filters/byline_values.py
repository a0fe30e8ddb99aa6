"""What a byline value may not be, how a joint label's value splits (the grammar: byline.py).

**No value.**  Words stand in a field's place without filling it: a *section label*
(``is_section_label``: 本地新闻, 要闻) is no source; a *placeholder* (作者:admin, 来源:未知,
``data/placeholder_values.txt``, matched whole, any case) is what a CMS prints in a field
left empty; round 20, a template's variable printed unfilled (``is_placeholder``:
``db:作者``); round 41, the word for an unsigned article (作者:佚名, ``is_unsigned``): "name
unknown" stands where a name would.  All are read and not stored.  Nor is an *interface
verb* a value (round 16, ``is_interface_value``: 上传, 发布网友), nor, round 18, a *role of
the site's users* a source (来源:网友), nor, round 41, a comment count (``评论3条``,
``is_interface_item``), nor, round 33, an outlet an editor, nor a *navigation word*
(``data/nav_terms.txt``: 首页, 返回) a source.

**A source is an organisation's name** (``data/source_values.txt``; round 34, never a spam
brand: ``byline_brand``, asked by ``structure``).  Never a code: a CMS's record code
printed in the field (``来源: sp20241121``: Latin letters and a run of five digits or
more, nothing else) names no one, while a name with a short number stays
(``CCTV-4``, ``香港01``).  Never the site speaking of itself (``来源:本站原创``, 本网: a
self word and how the site made the text, kinds self and copy).  Round 24: never a
*collection's* name, a kind of text and a word of compiling (``故事大全``, ``笑话合集``,
kind collection): it says what the site holds, not who published the text, as a copy
farm prints it beside the date of every text it took (``2016-12-05 10:09:27 /故事大全``);
a media name (``title.is_site_name``) is judged by its ending.  Round 36: never a site named
for the writing it offers to copy (``材料写作网``, ``范文网``, kind writing), nor the writer spaced
off after the outlet or, round 39, any publisher (``供稿: 漢東詩社 劉隨君``), or, round 42, an
institution that posts its own news, by its last word (``来源:大通区幼儿园 胡珊珊``: a
school, a company; ``byline_outlet.is_body_name``): the author.  Round 43, the same pair in
the author's slot (``作者:體壇周報 馬德興``: the template's author field holding the outlet
spaced before its writer, as the source field may): the person is the author, the outlet the
source unless a field named one; a name that is no outlet's before the person stays.  The
kind of copy a desk printed after the outlet's name (``中新网专稿``, ``新华社专电``,
``新华网讯``: kind desk) is no part of the name: cut when what is left is a media
name, so 腾讯 keeps its 讯 (``source_name``); nor, round 20, the title marks wrapping the whole name
(``来源:《人民日报》``: a publication's name printed as a title is that name).  Nor is a
newspaper's edition and page mark after the name, nor what follows it (``文汇网 第四版
华人``: 第N版, A12版, 第3页, 版次 open the page's place in the print edition, and the
section's name comes after), nor a section label spaced off after it (``新华网 国际要闻``),
nor, round 35, a category's path spaced off before it (``按学科分类—政治、法律 中国网``:
a dash between its Han words, ``CATEGORY_PATH``, and an outlet after the space; round 42,
or a public body that publishes, ``按学科分类—政治、法律 新闻局(GCS)``),
nor, round 34, the greeting and section of a site's page title copied whole (``欢迎莅临
人民网 – 新闻焦点``, ``byline_site_title``): the value is the outlet's name and its
qualifiers, not everything the label is followed by.  Nor, round 47, a periodical's issue
after its name (``来源:《支部建设》2025年第10期``, h.460.net.cn; ``《华人世界》
2006年第4期``, 100md.com; ``江西社会科学 2013年6期``, fx361.com): the year and the issue's
number say which number of the periodical ran the copy, as a page mark says where; the name
is the source. Nor, round 36, the page's count glued after the name
(``來源:人民網-人民日報222``: the template's share count printed against the source): digits
glued to a media name's Han ending close no outlet's name (``GLUED_COUNT``), while a name
that is no media name without them stays (``香港01``); nor the kind of channel the outlet
published on, bracketed after it (``新京报传媒研究(公众号)``, ``X(APP)``: kind channel of
``data/provenance_words.txt``, any case). A desk line, the outlet's name (round 39: or its
site's address, ``malaiedu.com供稿``) and its kind of copy alone on a line (``中评社专稿``),
or an outlet's name and its byline's separator alone (``台视新闻/``), is a byline naming the
source (``desk_line``).

**A bar parts the outlet from its writer** (round 45): the pair of round 36 parted by a
row's field mark instead of a space (``來源:人民日報海外版 | 黃敬惟  2025年10月30日``, a
writers' association's template): the mark says a field ends there, so the outlet needs
no media ending; the person's name after it is the author, the source stops at the mark.
The name need not be one of the family-name table's (``來源:中評社 | 海涵``: 海 is left
out of it as a word's opening) when the page names the same person its author elsewhere
(the lead's ``(記者 海涵)``): the page is the evidence that the word is the writer
(``source_without_writer``, asked when the page is assembled).

**The writer by a small grammar** (a poster glued to the date, a forum's quote header, a
marked reporter line) is ``byline_poster``'s (split from this module in round 35).

**A joint label** and **an empty item of a bulleted byline** are ``byline_joint``'s (split
from this module by job in round 42).
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.byline_clean import CHINESE_SERVICE
from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_interface import (
    is_interface_item,
    is_interface_value,
    is_unsigned,
)
from newsclean.filters.byline_outlet import DOMAIN, desk_outlet, is_body_name, is_outlet_name
from newsclean.filters.byline_paper import NUMBERED, PAGE_WORDS
from newsclean.filters.byline_pieces import (
    BRACKETS,
    URL_PIECE,
    Metadata,
    is_person_name,
    is_section_label,
)
from newsclean.filters.byline_placeholder import is_placeholder
from newsclean.filters.byline_portal import SOURCE_PIECE
from newsclean.filters.byline_site_title import site_of_title
from newsclean.filters.dates import with_variants
from newsclean.filters.furniture_grammar import nav_terms
from newsclean.filters.lazy_pattern import HAN_SCRIPT, WHITE_SPACE, lazy_re, lazy_regex
from newsclean.filters.provenance import provenance_words
from newsclean.filters.record_pieces import counter_field
from newsclean.filters.title import is_site_name
from newsclean.filters.word_trie import word_pattern

#: A CMS's feed or desk code alone where a writer goes, none entered (SRC-71, XH_0012).
FEED_CODE = lazy_regex(r"[A-Z]{2,6}[-_][0-9]{1,6}")


@cache
def placeholders() -> frozenset[str]:
    """A CMS's values for an empty field (``data/placeholder_values.txt``), every script."""
    return frozenset(
        form.lower()
        for (word,) in data_lines("placeholder_values.txt")
        for form in with_variants(word)
    )


def is_no_value(target: str, value: str) -> bool:
    """Whether ``value`` leaves field ``target`` empty: a placeholder, or a section label
    in the source.

    >>> is_no_value("author", "admin"), is_no_value("author", "佚名"), is_no_value("author", "佚文")
    (True, True, False)
    >>> [is_no_value("source", value) for value in ("本地新闻", "首页", "台视新闻")]
    [True, True, False]
    >>> is_no_value("source", "故事大全"), is_no_value("source", "青年文摘")
    (True, False)
    """
    if value.lower() in placeholders() or is_interface_value(value, labelled=True):
        return True  # admin, 未知; 上传, 发布网友: the interface's words (round 16)
    if is_placeholder(value) or is_unsigned(value):
        return True  # db:作者, {author}: unfilled (round 20); 作者:佚名: unsigned (round 41)
    if counter_field(value):
        return True  # 作者:人氣:-: a counter's field, no name (round 28, record_pieces)
    if target != "source":
        # 作者: SRC-71: a CMS's feed code where no writer was entered (round 27); a
        # channel's name with its number (来源: CCTV-4) is an organisation's; 编辑:缅华网
        return FEED_CODE.fullmatch(value) is not None or (target == "editor" and outlet(value))
    if value.lower() in nav_terms():
        return True  # 首页: a navigation link, no organisation
    if is_interface_value(value) or is_interface_item(value):
        return True  # 供稿:網友: a role of the site's users (round 18); 评论3条 (round 41)
    return (
        is_section_label(value)
        or _is_code(value)
        or _is_self(value)
        or _is_collection(value)
        or _is_writing_site(value)
    )


# A CMS's record code: Latin letters around a run of five digits or more (sp20241121).
CODE = lazy_regex(r"^[A-Za-z_]{0,12}\d{5,}(?:[A-Za-z_][A-Za-z0-9_]{0,12})?$")
# A print edition's page mark after an outlet's name: 第四版, 第04版, A12版, 第3页, 版次:.
EDITION = lazy_regex(
    rf"(?<=\S)\s*(?:{NUMBERED}[{PAGE_WORDS}]"
    rf"|(?<![A-Za-z])[A-Za-z]{{1,2}}\s?\d{{1,3}}\s?[{PAGE_WORDS}]|版[次面])"
)
#: Round 47: a periodical's issue after its name: the year, then 第N期 or N期, the line's end.
ISSUE_AFTER = lazy_regex(
    r"(?<=\S)[ \t\u3000]{0,3}(?:19|20)\d\d[ \t]?年[ \t]?第?[ \t]?\d{1,3}[ \t]?期$"
)
#: An outlet's name wrapped whole in one pair of title marks (round 20): the marks are
#: how a publication's name is printed, no part of it.
TITLE_MARKED = lazy_regex(r"《[^《》]{1,40}》|〈[^〈〉]{1,40}〉")
#: Round 35: a category's path, a dash between Han words (按学科分类—政治、法律); arrows
#: make a crumb trail, the page's navigation, which no byline reading may take as a value.
CATEGORY_PATH = lazy_re(f"[{HAN_SCRIPT}][{WHITE_SPACE}]?[—－][{WHITE_SPACE}]?[{HAN_SCRIPT}]")
#: Round 36: the page's count glued to the source's Han ending (人民日报222).
GLUED_COUNT = lazy_regex(r"(?<=\p{Han})\d{1,6}$")
TRAILING_SEPARATOR = "/／|｜丨"  # printed after an outlet whose byline was cut off (台视新闻/)


def _is_code(value: str) -> bool:
    return len(value) <= 40 and CODE.match(value) is not None


@cache
def _source_words() -> dict[str, tuple[str, ...]]:
    """The words of ``data/source_values.txt`` by kind, every script, longest first."""
    kinds = ("self", "copy", "desk", "collection", "house", "newsroom", "work", "writing", "unit")
    words: dict[str, set[str]] = {kind: set() for kind in kinds}
    for kind, word in data_lines("source_values.txt"):
        words[kind].update(with_variants(word))
    return {kind: tuple(sorted(forms, key=len, reverse=True)) for kind, forms in words.items()}


def _is_self(value: str) -> bool:
    """本站原创, 本网, 原创: the site itself, no organisation named."""
    words = _source_words()
    for self_word in words["self"]:
        if value.startswith(self_word):
            rest = value[len(self_word) :].strip()
            if not rest or rest in words["copy"]:
                return True
    return False


def _is_collection(value: str) -> bool:
    """故事大全, 笑话合集: a site named for the kind of texts it collects, no organisation
    (module docstring); a media name (某某大全网) is judged by its media ending."""
    name = value.strip()
    words = _source_words()["collection"]
    head = next((name[: -len(word)] for word in words if name.endswith(word)), None)
    return bool(head) and not is_site_name(name)


def _is_writing_site(value: str) -> bool:
    """材料写作网, 范文网: a site named for the writing it offers to copy, no organisation
    (``data/source_values.txt``, kind writing, round 36)."""
    name = value.strip().removesuffix("网").removesuffix("網").removesuffix("站")
    return name.endswith(_source_words()["writing"])


def outlet(name: str) -> bool:
    """A media name (``title.is_site_name``) or a Latin outlet's Chinese service by its
    shape (``BBC中文``, ``RNZ中文``: ``byline_clean.CHINESE_SERVICE``), round 21: the
    desk's kind of copy composes with either (``BBC中文專稿``)."""
    return is_site_name(name) or CHINESE_SERVICE.match(name) is not None


def addressed_outlet(name: str) -> bool:
    """An outlet and its site's address spaced after it (``点新闻 dotdotnews.com``); round
    39, the address alone names the site (``malaiedu.com``供稿: a domain's shape)."""
    head, _, address = name.partition(" ")
    if not address:
        return DOMAIN.match(head) is not None
    named = SOURCE_PIECE.match(head) is not None and outlet(head)
    return named and "." in address and "/" not in address and URL_PIECE.match(address) is not None


def source_name(value: str) -> str:
    """The outlet's name without its edition mark (and what follows it) or the kind of
    copy its desk printed after it.

    >>> source_name("中新网专稿"), source_name("新华社专电"), source_name("腾讯")
    ('中新网', '新华社', '腾讯')
    >>> source_name("文汇网 第四版 华人"), source_name("人民日报A12版"), source_name("第一财经")
    ('文汇网', '人民日报', '第一财经')
    >>> source_name("新华网 国际要闻"), source_name("星岛日报 加拿大")
    ('新华网', '星岛日报 加拿大')
    >>> source_name("按学科分类—政治、法律 华龙网-重庆晨报")
    '华龙网-重庆晨报'
    >>> source_name("按学科分类—政治、法律 新闻局(GCS)")
    '新闻局(GCS)'
    >>> source_name("人民网-人民日报222"), source_name("香港01")
    ('人民网-人民日报', '香港01')
    >>> source_name("新京报传媒研究(公众号)"), source_name("(公众号)")
    ('新京报传媒研究', '(公众号)')
    """
    opens = max(value.rfind("("), value.rfind("（"))  # 新京报传媒研究(公众号): where it ran
    kind = value[opens + 1 : -1].lower() if value[-1:] in ")）" and opens > 0 else ""
    if kind in provenance_words()["channel"] and value[:opens].strip():
        value = value[:opens].rstrip()
    counted = GLUED_COUNT.search(value)
    if counted is not None and outlet(value[: counted.start()]):
        value = value[: counted.start()]  # 人民日报222: the page's count glued (round 36)
    edition = EDITION.search(value)
    if edition is not None and edition.start() > 0:
        value = value[: edition.start()].rstrip(" \t\u3000,，|｜丨/／")
    path, _, named = value.rpartition(" ")
    publisher = outlet(named) or is_outlet_name(named)  # round 42: or a body, 新闻局(GCS)
    if CATEGORY_PATH.search(path) and publisher and not outlet(path.strip()):
        value = named  # 按学科分类—政治、法律 中国网: the category's path before it (round 35)
    name, _, section = value.rpartition(" ")
    if name.strip() and is_section_label(section):
        value = name.rstrip()  # 新华网 国际要闻: the section the story is filed under
    for desk in _source_words()["desk"]:
        if value.endswith(desk) and value[: -len(desk)].strip():
            name = value[: -len(desk)].rstrip()
            if outlet(name) or addressed_outlet(name) or desk_outlet(name):
                return name  # 中新网专稿, 点新闻 dotdotnews.com供稿, 火箭报专稿 (a paper)
    return value


#: An outlet, a row's field mark (a bar) with spaces or none, then one more word.
FIELD_MARKED = lazy_regex(
    r"(?P<outlet>[^\s|｜丨]{2,30})[ \t\u3000]*[|｜丨][ \t\u3000]*(?P<writer>\S{2,8})"
)


def _outlet_then_writer(outlet: str, writer: str) -> bool:
    """A bar between a word that is no person's and a person's name (module docstring)."""
    return is_person_name(writer) and not is_person_name(outlet)


def source_without_writer(source: str | None, author: str | None) -> str | None:
    """``source`` cut at a field mark followed by the page's ``author`` (module docstring).

    >>> source_without_writer("中評社 | 海涵", "海涵"), source_without_writer("中評社 | 海涵", None)
    ('中評社', '中評社 | 海涵')
    """
    if source is None or not author:
        return source
    marked = FIELD_MARKED.fullmatch(source)
    if marked is None or marked["writer"] != author:
        return source
    return marked["outlet"]


def settle_source(parsed: Metadata) -> Metadata:
    """``parsed`` with its source read as an organisation's name (module docstring)."""
    author = parsed.fields.get("author")
    if author is not None and (pair := author.split()) and len(pair) == 2:
        outlet_name, writer = pair  # 作者:體壇周報 馬德興: the outlet, then its writer
        if (is_site_name(outlet_name) or is_body_name(outlet_name)) and is_person_name(writer):
            parsed.fields["author"] = writer
            parsed.fields.setdefault("source", outlet_name)
    source = parsed.fields.get("source")
    marked = FIELD_MARKED.fullmatch(source) if source is not None else None
    if marked is not None and _outlet_then_writer(marked["outlet"], marked["writer"]):
        source = parsed.fields["source"] = marked["outlet"]  # 人民日報海外版 | 黃敬惟
        parsed.fields.setdefault("author", marked["writer"])
    if source is not None and (parts := source.split()) and len(parts) == 2:
        outlet_name, writer = parts
        if (is_site_name(outlet_name) or is_body_name(outlet_name)) and is_person_name(writer):
            source = parsed.fields["source"] = outlet_name  # 来源: 人民网 孙灿芬: the writer
            parsed.fields.setdefault("author", writer)
    if source is not None:
        # 每日新聞早讀·5 May 2023: the middle dot glues a name to the date; no part of it
        source = site_of_title(source.rstrip(" \t·・‧•") or source)  # 欢迎莅临X – 栏目
        if is_no_value("source", source):
            del parsed.fields["source"]
        else:
            source = ISSUE_AFTER.sub("", source) or source  # 《支部建设》2025年第10期
            if TITLE_MARKED.fullmatch(source):
                source = source[1:-1].strip()  # 《人民日报》: the name in its title marks
            parsed.fields["source"] = source_name(source)
    return parsed


def desk_line(line: str) -> Metadata | None:
    """An outlet's desk line (module docstring), else None.

    >>> desk_line("中評社專稿").fields, desk_line("臺視新聞/").fields
    ({'source': '中評社'}, {'source': '臺視新聞'})
    >>> desk_line("腾讯") is None, desk_line("新华社") is None, desk_line("来源:新华网讯") is None
    (True, True, True)
    """
    text = line.strip().strip(BRACKETS)
    bare = text.rstrip(TRAILING_SEPARATOR).rstrip()
    name = source_name(bare)
    if name == bare and bare == text:
        return None  # neither a kind of copy nor a separator: a name alone is the head's
    named = SOURCE_PIECE.match(name) is not None and (outlet(name) or desk_outlet(name))
    if not (named or addressed_outlet(name)) or is_section_label(name):
        return None  # 来源:新华网讯: the labelled grammar's; 重庆晨报 A3版 DATE: the pieces'
    return None if find_byline_date(bare) else Metadata(fields={"source": name})


@cache
def _house_credit() -> regex.Pattern[str]:
    """The outlet speaking of itself, a unit of its newsroom, what it did (whole line)."""
    words = _source_words()
    house = word_pattern([*words["house"], *words["self"]])
    work = word_pattern(words["work"])
    newsroom = word_pattern(words["newsroom"])
    return regex.compile(rf"{house}(?P<newsroom>{newsroom})(?:{work}){{0,3}}")


def house_credit(line: str) -> Metadata | None:
    """A line crediting the outlet's own newsroom and no one in it (``data/source_values``
    kinds house, newsroom and work, round 35): a byline with no field, else None.

    >>> house_credit("本报编辑部策划报导").fields, house_credit("（本刊编辑部）").fields
    ({}, {})
    >>> house_credit("本报编辑部的同事们"), house_credit("编辑部策划")
    (None, None)
    """
    found = _house_credit().fullmatch(line.strip().strip(BRACKETS).strip())
    return None if found is None else Metadata(labels=[found["newsroom"]])

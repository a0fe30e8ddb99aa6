"""The headline's shape, and where a headline ends: what a headline line is.

Which head line is the headline is ``page_head``'s decision; this module says what a
headline looks like.

**Headline shape.**  A line of at most ``MAX_TITLE_LENGTH`` characters with two Han
characters or more, no caption cue, not ending as a clause (，；：) nor holding a 。
outside a quotation, not a dateline lead (参考消息网3月4日报道, 新华社北京3月3日电: the
first words of the article; round 36, with the wire's title label after it, 新华社广州9月4日电
题：…); ！ and ？ may join its parts (假恋爱真诈骗！北市女…,
代理县长不忍了！下令…) and a quoted sentence may open it (「…跟踪。」那些年…).  A list is
no headline: a line of four or more short terms split by commas, bars or spaces
(六合研究院,升达毕业证,…) or of five or more split by dashes (德发娱乐-华斯顿娱乐-…: a
headline's site path has fewer), or (round 31, ``is_bullet_row``) three or more short
items each opened by a bullet after a space (``·中文 ·English ·Партнеры ·``: a language
switch; a joining dot inside words, ``约翰·史密斯``, has no space before it), or a line
inside a run of three or more unspaced short lines on a page that spaces its paragraphs
apart (``list_runs``: link lists and tag clouds stacked above the article); a line
printed twice in a row there is the headline (page ``<title>`` and ``<h1>``), not a list
item.  A headline names an event in words; a line
that prints the page's own numbers is page furniture, not a headline
(``is_page_counter``): two page counters (``已阅读5页,还剩14页未读``), an issue number with
a numeric date (``2023/02/11 第8072期``), or a row of three or more items split by bars
holding either (``2023/02/11 第8072期 | 订阅/退订 | 看历史报份``), or, round 19, an
*issue label*: a column's short name and its issue number closing the line, perhaps
framed by dots or brackets (``· 读懂广州第一六六期 ·``): the column's masthead names no
event (``第十五届运动会开幕``, ``第三期工程竣工`` go on past a number and are headlines);
round 31, the page's *clock*: a day and weekday alone, perhaps after a place's time label
(``纽约时间: 12月17日 星期三``); round 36, a feed item's *age* alone, perhaps after its number
in the list (``1. 6小时前``, ``3分钟前``).  Round 38: a line closed by an excerpt's cut mark
(``…指不符合 […]``, ``EXCERPT_CUT``) is a paragraph's start a post list cut, not a headline.
Nor is a line where the site speaks of itself (``site_speech.speech``: a keyword echo, a
banner, a place of the site, a welcome banner, a row of links or tools, the page naming
itself).

**Where it ends.**  A page title often carries the site after it: ``… - 新华网``,
``…｜大纪元``, ``…_网易新闻``, ``…｜香港01｜社会新闻``, ``… - 国内 - 新华网``.  Such a tail is
cut off (and named as the page's ``site``) only when it is a separator (`` - ``, ``-``,
``－``, ``_``, ``|``, ``｜``) followed by one to three short segments split by the same
separator, and one of them is a site name: a name in ``data/site_names.txt`` or a name
with a media ending (新华网, 联合新闻网, 某某日报, 中央电视台) or an agency's three-character
name ending in 社 (中新社, 路透社).  A headline whose part after
a dash is not a site keeps it whole (中美贸易战 - 第二轮谈判开始), and so does one
followed by a section or column name (… | 海洋经济).  A row of decoration after the
headline (``五字诀******``, seen on xinhua feature mirrors) is cut off too.  A headline
printed twice (the page ``<title>`` and the ``<h1>``, as epochtimes mirrors print it)
is the title once: the repeat under it is furniture.  Round 22: a line that is one short
word, a separator and an outlet (``起源 | 某某网``) is a label and its value, the page's
record, no headline (``byline_spun.spun_source``, asked by ``page_head``).

**It speaks of its article.**  A headline names what the article is about, so it shares a
pair of Han characters with the article's paragraphs (a name, a place, a thing:
``echoes``); a line above the article that shares none is another story's headline (a
related link, a headline a hijacker put over the mirrored article) when a later line does,
and of several later lines the one that shares the most pairs with it (``echoes``) heads:
a keyword line that happens to share a word (每小时) shares few, a byline's name one.
Round 17: a search query around a term foreign to the article (``spam_ask_frame.is_query_spam``:
``求某某的游戏玩法?``) shares none, whatever pairs its frame words share (游戏, 规则).
Round 13: a line holding a byline label with its colon and a date (``發佈人:某某網
發佈日期:2018/06/15 共825人瀏覽``) is a byline, even one the byline grammar cannot read
whole (``is_labelled_byline``), and never the headline; a headline with a colon of its
own (``中评现场:…``) holds no byline label.
Round 16: a *citation of where the text ran* (``is_citation``: a few characters of a
verb, a publication in book-title or corner marks and a date, nothing else:
``原刊于《某某网》,2012年6月15日``) names a publication and a day, no event: the search
for the headline passes over it, as over a notice (``page_head``).  A line that is only
a total of the page's items (``共1个回答``: 共, a number, a measure word, a short noun,
``ITEM_TOTAL``) is a page counter.
Round 17: a *record of fields* (``is_labelled_record``: every Han character outside a
date's units stands in a short key before a colon, and one key is a byline or counter
label, ``labels.label_pattern``: ``释出时间: 29-Dec-2020 14:59:22 (UTC+8)  访问次数: 657``,
whatever the date's form) names no event: its labels are the byline's and the counter's.
Round 24: a line *left open at its end* (``OPEN_END``: a crumb's separator, ``1. 新闻首页 /``,
``首页 >> 宝藏问答 >``, or a table row's cell bar, ``Producer/Author | 武廷融 |``) is no
headline: the trail or the row goes on past it, and the search for the headline passes
over it (``head_search``); a bar or a colon inside a headline is its own.  Round 27: so
does a label its colon leaves open, and a record's field (``head_search``).  A *source label
with its colon and an outlet* after it (``is_site_name``), behind another field
(``郭鑫?来源:新华社 我来说两句``), is a byline row with no date needed (``is_labelled_byline``).
Round 28: a *record row* (``record_line.is_record_row``: a date and nothing but a record's
pieces: a masthead's lunar date, permit number and price, a theme's icon glyphs beside
the poster and the date, a hashtag) records the issue and names no event: never the
headline, whatever its length (``head_search`` asks it of each candidate).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import pairwise

from newsclean.data import data_lines
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.captions import caption_cue
from newsclean.filters.charmodel import HAN, han_pairs
from newsclean.filters.furniture_grammar import nav_terms, stdlib
from newsclean.filters.head_lists import (
    NUMBERED_TERM,
    NUMERIC_DATE,
    is_head_furniture,
    is_page_counter,
    is_term_list,
)
from newsclean.filters.labels import is_label, label_pattern, label_table
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex

# a media name (site_name, a leaf since round 37 mend), re-exported for its many readers
from newsclean.filters.site_name import MEDIA_ENDING as MEDIA_ENDING
from newsclean.filters.site_name import is_site_name as is_site_name
from newsclean.filters.site_name import site_names as site_names
from newsclean.filters.site_speech import speech
from newsclean.filters.spam_ask_frame import is_query_spam

#: A subtitle opens with a dash: ——记湖南援藏干部的三年.
DEK_DASH = ("——", "—", "--", "－－")
#: A title is a line, not a paragraph.
MAX_TITLE_LENGTH = 80
#: A line above a headline with this many Han characters or fewer names a section.
MAX_SECTION_HAN = 6
#: The tail cut off a headline holds at most this many segments of this many characters.
MAX_SUFFIX_SEGMENTS = 3
MAX_SUFFIX_SEGMENT = 14
#: Unspaced short lines stacked this deep, on a page that spaces its paragraphs, are a list.
MIN_LIST_RUN = 3

# A sentence quoted inside a headline: 「戒严时期……跟踪。」那些年…
QUOTED_STOP = lazy_re(r"[。！？!?]+(?=[」』”\"])")  # plain classes: stdlib re
#: The dateline's date and a wire's title label (``…9月4日电 题：``), one fragment for both.
_DATE_END = r"\d{1,4}\s*[日号號]?\s*"
_TITLE_LABEL = r"[电電]\s*[题題]\s*[:：]"
# A dateline lead is the first words of the article, not a headline: 参考消息网3月4日报道,
# 新华社北京3月3日电, 参考消息网2026-03-04号报道; round 36, a wire's dateline with its story's
# title label after it (新华社广州9月4日电 题：…, 中新社北京7月29日電題:…): the wire's first
# line, the headline quoted in it.
DATELINE_LEAD = lazy_regex(rf"{_DATE_END}(?:(?:报道|报导|報導|報道|电|電|讯|訊)$|{_TITLE_LABEL})")
#: Round 36: the title a wire's dateline names after its label (``…电 题：<headline>``).
WIRE_TITLE = lazy_regex(rf"{_DATE_END}{_TITLE_LABEL}\s*(\S[^\n]*)$")


def wire_title(text: str) -> str | None:
    """The headline a wire's dateline names (``新华社广州9月4日电 题：X`` -> ``X``), when
    it is headline-shaped; None for any other line."""
    found = WIRE_TITLE.search(text) if "题" in text or "題" in text else None
    named = found.group(1).strip() if found else ""
    return named if named and is_title_shaped(named) else None


#: A field's key and its colon; the units a date's value may print (2020年12月29日).
RECORD_KEY = stdlib(r"[\u4e00-\u9fff]{1,6}\s?[:：]")
DATE_UNITS = stdlib(r"(?<=[0-9])\s?[年月日时時分秒号號]")
CITATION = stdlib(
    r"[(（]?[^\s《「]{0,6}[《「][^》」]{1,30}[》」][,，、\s]*"
    r"[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}\s*[日号號]?[)）]?"
)
# The separators between a headline and the site after it, widest first.
SUFFIX_SEPARATORS = (" - ", " – ", " | ", " ｜ ", "｜", "|", "_", "－", "-", " — ")
# Decoration printed after a headline: 特稿:中国战“疫”五字诀******
DECORATION = lazy_regex(r"(?<=\S)[*＊#＃=＝~～]+$")
#: Round 39: the brackets of a tool link glued after a thread's title (``…的报纸没 [复制链接]``).
TOOL_BRACKETS = {"]": "[", "】": "【", "］": "［"}
SENTENCE_END = stdlib(r"[。！？!?；;]")
#: A crumb's path or a table row's cells left open at the end: 1. 新闻首页 /, Date | X |.
OPEN_END = ("/", "／", ">", "＞", "»", "›", "|", "｜", "\\")
#: Round 38: an excerpt's cut mark (WordPress's ``[…]``, ``furniture_teasers``): the line is
#: a paragraph's start a post list cut, no headline, which is written whole.
EXCERPT_CUT = ("[…]", "[...]")


def split_site_suffix(text: str) -> tuple[str, str | None]:
    """The headline and the site printed after it, or ``(text, None)`` (module docstring);
    a trailing row of decoration (``五字诀******``) is no part of the headline either.

    >>> split_site_suffix("县政府宣布今日停班停课 - 国内 - 新华网")
    ('县政府宣布今日停班停课', '新华网')
    >>> split_site_suffix("中美贸易战 - 第二轮谈判开始")
    ('中美贸易战 - 第二轮谈判开始', None)
    """
    text = without_tool_links(DECORATION.sub("", text))
    for separator in SUFFIX_SEPARATORS:
        if separator not in text:
            continue
        parts = text.split(separator)
        for cut in range(max(1, len(parts) - MAX_SUFFIX_SEGMENTS), len(parts)):
            head, tail = separator.join(parts[:cut]).strip(), [p.strip() for p in parts[cut:]]
            if len(HAN.findall(head)) < 2 or any(
                not part or len(part) > MAX_SUFFIX_SEGMENT for part in tail
            ):
                continue
            sites = [part for part in tail if is_site_name(part)]
            if sites:
                return head, sites[0]
    return text, None


@cache
def kind_tags() -> frozenset[str]:
    """The column tags a site prints with a headline (``data/column_tags.txt``: 图文, 评论)."""
    return frozenset(fields[0] for fields in data_lines("column_tags.txt"))


def without_tool_links(text: str) -> str:
    """``text`` without the bracketed tool links closing it (round 39: a forum prints
    ``[复制链接]`` after a thread's title, bbs.ribaozhoukan.com): each a share or navigation
    term of ``data/nav_terms.txt`` that is no column tag (``kind_tags``: 【评论】 may be the
    story's column); a bracket holding anything else, and a line of tools alone, are kept.

    >>> without_tool_links("今年七一,你收到有224个版的报纸没 [复制链接]")
    '今年七一,你收到有224个版的报纸没'
    >>> without_tool_links("市场监管总局发布新规【独家】")
    '市场监管总局发布新规【独家】'
    """
    head = text.rstrip()
    while head and (opener := TOOL_BRACKETS.get(head[-1])) is not None:
        start = head.rfind(opener)
        word = head[start + 1 : -1].strip().lower() if start >= 0 else ""
        if word not in nav_terms() or word in kind_tags():
            break  # 【评论】, 【关注】: a column's tag too, the story's own (head_tag)
        if start == 0:
            return text  # 【打印】【关闭】: tools alone, navigation's line
        head = head[:start].rstrip()
    return head if head != text.rstrip() and len(HAN.findall(head)) >= 2 else text


def is_title_shaped(text: str) -> bool:
    """A headline's shape (see the module docstring): 两交通意外两人送院, 假恋爱真诈骗！北市女…,
    「…学会摆脱窃听和跟踪。」那些年，在黑夜中寻找星星的新闻人; not 他说，, not a list.
    The shape alone, no article asked: a list of short words joined by 、 is no headline
    (``head_lists.is_head_furniture`` with no article; ``head_search`` and ``page_head``
    ask it with theirs)."""
    # Pure tests, cheapest first; two Han characters need two searches, not a list of all.
    first_han = HAN.search(text) if len(text) <= MAX_TITLE_LENGTH else None
    return (
        first_han is not None
        and not text.endswith(("。", "，", ",", "；", "：", ":"))
        and not text.rstrip().endswith(OPEN_END)
        and not text.rstrip().endswith(EXCERPT_CUT)  # […]: an excerpt, cut (round 38)
        and HAN.search(text, first_han.end()) is not None
        and ("。" not in text or "。" not in QUOTED_STOP.sub("", text))
        and DATELINE_LEAD.search(text) is None
        and not is_term_list(text)
        and not is_page_counter(text)
        and not is_head_furniture(text)
        and NUMBERED_TERM.fullmatch(text.strip()) is None  # 1. 內掛: a list's item (round 36)
        and not is_labelled_byline(text)
        and not is_labelled_record(text)
        and caption_cue(text) is None
        and speech(text) is None
    )


def is_labelled_byline(text: str) -> bool:
    """A byline the grammar could not read whole (module docstring): a byline label with
    its colon (``labels.label_pattern``) and a date on the line.

    >>> is_labelled_byline("發佈人:聖才學習網  發佈日期:2018/06/15  共825人瀏覽")
    True
    >>> is_labelled_byline("中评现场:外国驻华记者新年招待会在京举行")
    False
    >>> is_labelled_byline("郭鑫?来源:新华社    我来说两句")
    True
    """
    if ":" not in text and "：" not in text:
        return False
    dated = NUMERIC_DATE.search(text) is not None
    for found in label_pattern().finditer(text):
        if not is_label(found) or ":" not in (found.group("punct") or "").replace("：", ":"):
            continue
        value = text[found.end() :].split(maxsplit=1)
        # round 24: a source label and an outlet after its colon, no date needed
        if dated or (
            found.start() > 0
            and label_table().get(found.group("label")) == "source"
            and bool(value)
            and is_site_name(value[0])
        ):
            return True
    return False


def is_labelled_record(text: str) -> bool:
    """A record of fields, no headline (module docstring, round 17): every Han character
    outside a date's units stands in a key before a colon, and one key is a byline or
    counter label.

    >>> is_labelled_record("释出时间: 29-Dec-2020 14:59:22 (UTC+8)  访问次数: 657")
    True
    >>> is_labelled_record("中评现场:外国驻华记者新年招待会在京举行")
    False
    """
    if ":" not in text and "：" not in text:
        return False
    keys = RECORD_KEY.findall(text)
    if not keys or HAN.search(DATE_UNITS.sub("", RECORD_KEY.sub("", text))) is not None:
        return False
    return any(
        is_label(found) and found.group("punct") is not None
        for found in label_pattern().finditer(text)
    )


def is_citation(text: str) -> bool:
    """Where the text ran: a verb, a publication in its marks and a date (module docstring).

    >>> is_citation("原刊於《新華社》,2017年6月15日"), is_citation("载《人民日报》2011-08-22")
    (True, True)
    >>> is_citation("《长津湖》2021年9月30日上映 票房破纪录")
    False
    """
    return len(text) <= MAX_TITLE_LENGTH and CITATION.fullmatch(text.strip()) is not None


@lru_cache(maxsize=1 << 13)
def is_prose(text: str) -> bool:
    """A paragraph by its length or its closed sentence (a headline may end in a quote
    mark, ！ or ？, never in 。): the end of the page head."""
    return len(text) > MAX_TITLE_LENGTH or text.rstrip("”」』\"'").endswith("。")


def first_prose(lines: Sequence[LineLike | None], content: list[int]) -> int:
    """The index of the page's first prose line among ``content`` (``is_prose``): where the
    page head ends; ``len(lines)`` when there is none."""
    return next(
        (i for i in content if (line := lines[i]) is not None and is_prose(line.text)),
        len(lines),
    )


def list_runs(lines: Sequence[LineLike | None], content: list[int]) -> set[int]:
    """Content lines stacked in a run of ``MIN_LIST_RUN`` or more unspaced short lines,
    on a page whose paragraphs are spaced apart (empty on a compact page: there, no run
    says anything).  A ``None`` line is blank or removed; a view's ``blanks_before``
    tells which, so removed spam lines count in the run they were part of.  Round 38: a
    view counts only the blanks under the last removed line, so the line right under a
    line of the page, a None line and a removed one under it, is read as its blank (the
    page spaces its lines): a headline over a removed spam paragraph is no list item."""
    paragraphs = [lines[i] for i in content if is_prose(lines[i].text)]  # type: ignore[union-attr]
    spaced = sum(1 for view in paragraphs if view is not None and view.blanks_before > 0)
    if not paragraphs or spaced * 2 <= len(paragraphs):
        return set()
    blank = [False] * len(lines)
    removed: set[int] = set()  # the line right above a view's blanks is no blank
    for j, view in enumerate(lines):
        if view is not None:
            for k in range(max(0, j - view.blanks_before), j):
                blank[k] = lines[k] is None
            removed.add(j - view.blanks_before - 1)
    # Round 38: a view counts the blanks under the last removed line only; a None line right
    # under a line of the page with another None under it is unknown, and on a page that
    # spaces its lines it is that line's blank, not a stacked removed line.
    for j, view in enumerate(lines[:-2]):
        if view is not None and lines[j + 1] is None is lines[j + 2] and j + 1 not in removed:
            blank[j + 1] = True
    content_set = set(content)
    members: set[int] = set()
    run: list[int] = []
    for j in range(len(lines) + 1):
        view = lines[j] if j < len(lines) else None
        short = (
            j < len(lines)
            and not blank[j]
            and (view is None or (j in content_set and len(view.text) <= MAX_TITLE_LENGTH))
        )
        if short and not (view is not None and is_prose(view.text)):
            run.append(j)
            continue
        if len(run) < MIN_LIST_RUN:
            run = []
            continue
        # A line printed twice in a row is the headline (page <title> and h1), no list item.
        texts = [lines[i].text if i in content_set else None for i in run]  # type: ignore[union-attr]
        doubled = {a for a, b in pairwise(texts) if a is not None and a == b}
        kept = [
            i for i, text in zip(run, texts, strict=True) if text is None or text not in doubled
        ]
        if len(kept) >= MIN_LIST_RUN:
            members.update(i for i in kept if i in content_set)
        run = []
    return members


def echoes(text: str, article: str) -> int:
    """How many distinct pairs of adjacent Han characters of ``text`` ``article`` holds
    (module docstring: a headline speaks of its article).

    >>> echoes("通信卫星发射成功", "我国自行研制的通信卫星发射升空")
    5
    >>> echoes("• 华妇布碌仑地铁站遭恶少攻击(图)", "“中星”20号通信卫星在西昌卫星发射中心")
    0
    >>> echoes("求某某卫星的游戏玩法?", "“中星”20号通信卫星在西昌卫星发射中心")
    0
    """
    # round 17: a search query around a term foreign to the article speaks of no article,
    # whatever pairs its frame shares: it never heads the page
    if is_query_spam(text, (article,)):
        return 0
    return sum(pair in article for pair in han_pairs(text))

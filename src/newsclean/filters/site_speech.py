"""Lines where the site speaks of itself, not of an event: evidence for the page head.

Model (used by ``page_head``, which places the lines; ``title`` asks it of every headline
candidate).  A news line names an event; the site's own lines name the site, the page
or a tool of it.  Two strengths, because the page head model concludes more from some:

* **header speech** (``header_speech``): a line only a site's header prints, so the
  headline stands under it.  A keyword echoed around a separator (``赢彩王-赢彩王``,
  ``X_X``: a hijacked page's header, one segment repeated), a banner between runs of
  decoration (``--- 国家市场监督管理总局主管 ---``, ``===专题===``), a single short term
  framed by pictographs (``🏢某某🏣``: a headline names an event in words and a pictograph
  may open it, ``🔥重磅！某地宣布…``, but does not frame one word), a short line naming a
  place of the site (ending in a ``place`` or a Han ``home`` word of
  ``data/site_speech.txt``: 首页, 登录: ``返回首页``; or in an ``entrance``, 入口, after a
  ``web`` word: ``旧版网站入口``, while ``人民公园入口`` is a place of the world,
  printed over its picture), and a *welcome banner*: a clause opening with a
  ``greeting`` (欢迎), an ``arrival`` verb right after it (来到, 光临, 访问) and a
  ``site`` word later in the same clause (网站, 本站, 官网), in a short line with no
  colon (``欢迎来到某某网站建设!``, ``您好，欢迎光临本站``), or the site's own name
  ending the clause in a web word (``name_end``: ``大家好,欢迎来到某某分享网。``, round
  11).  ``page_head`` takes a welcome banner off the page anywhere: it is the site's
  greeting, wherever a copy site prints it.
  A headline that welcomes someone names who and where
  (``欢迎台湾同胞来大陆投资兴业 国台办：一视同仁``: no arrival verb after 欢迎, no site
  word; ``欢迎来到中国：入境游客大增``: no site word).
* a *keyword counter*: a short term glued to a bare number, nothing else, alone on a
  line (``某某娱乐6663``: a hijack template's keyword and its counter over the copied
  article) is header speech.  A headline names an event in words and a verb; a term
  and a year (``世界杯2026``) is a topic label and is left to the other tests.
* **page speech** (``page_speech``): no headline, but it may stand anywhere in the head,
  under the headline too, so nothing more is concluded from it.  A row of three or more
  bracketed links (``【繁体阅读】 【网友评论:103 条】 【 热评新闻排行 】``: printed under
  the headline) or (round 32) of bulleted link words (``head_lists.is_bullet_row``:
  ``·中文 ·English ·Партнеры ·``), both ``links``; a row of two or more short items (six
  characters at most), one of them wholly a page tool phrase of the furniture grammar
  (``我来说两句 打印文章 发送给好友``, ``关于我们 客户服务``: real lines share the shape,
  ``打开窗口 通风换气``, and ``分享经济 收藏文化`` holds tool verbs but no tool item); and a
  line opening with a ``self`` word, the page naming itself (``本文索引:某网.<变量 2>[J]…``,
  ``本文为《某报》…第39篇论文``: a citation or provenance line; the notice filter says
  whether it is a notice); and a *bulleted label*: a list bullet and a label of at most
  ``MAX_LABEL_HAN`` Han characters, nothing else (``• 文章``, ``• 人已阅读``: a byline
  list whose values were lost, a menu item): a headline names an event in more words, and
  a bullet opens a list, not a head.
* an *edition link* is header speech too: a site's name (ending in a ``web`` word: 网)
  and right after it an edition of the site (移动版, 手机版, 客户端: one of the modes a
  site offers of itself, ``data/site_modes.txt`` read by ``furniture_toolbar.site_mode``,
  the one vocabulary of modes since round 34), alone on a line
  and perhaps bulleted (``• 某某网移动版``): the header's link to the site's other
  edition.  A headline about an edition names who did what (``某某推出手机版``: no web
  word right before the edition) and stays.

A *headline label* (the headline and a site's name after a separator) is
``headline_label``; a masthead's name and slogan and a section's word stacked over the
site named after it are ``site_names`` (both split from this module in round 35).

The vocabulary is ``data/site_speech.txt``; the tool phrases are ``furniture_grammar``'s.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from newsclean.data import data_lines
from newsclean.filters.furniture_grammar import holds_tool, is_tool_phrase, stdlib
from newsclean.filters.furniture_toolbar import BULLET, site_mode
from newsclean.filters.head_lists import is_bullet_row
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.word_trie import word_pattern

# A keyword echoed around a separator: 赢彩王-赢彩王, 何记娱乐_何记娱乐.
ECHO_SEPARATOR = stdlib(r"\s*[-_|｜－—]+\s*")
# A banner between decoration runs: --- 国家市场监督管理总局主管 ---, ===专题===.
BANNER = stdlib(r"^[-—－=＝*＊~～#＃_·•]{2,}.{1,40}?[-—－=＝*＊~～#＃_·•]{2,}$")
MAX_SITE_PLACE = 10
# A row of short tool items: 我来说两句 打印文章 发送给好友, 【字号 】【打印】【关闭.
TOOL_ITEM_SPLIT = stdlib(r"[\s【】\[\]]+")
MAX_TOOL_ITEM = 6
# A row of bracketed links: 【繁体阅读】 【网友评论:103 条】 【 热评新闻排行 】.
BRACKET_ITEM = stdlib(r"【[^【】]{1,12}】")
MIN_BRACKET_ITEMS = 3
# One short term between pictographs: 🏢某某🏣 (module docstring).
FRAMED_TERM = lazy_regex(r"^\p{So}{1,3}[^\s\p{So}]{1,12}\p{So}{1,3}$")
#: A welcome banner is a short line: the greeting and the site's name.
MAX_WELCOME = 30
#: Clauses part at these; a colon rules a welcome banner out (a headline's two parts).
CLAUSE = stdlib(r"[，,、；;。！!？?\s]+")
COLON = stdlib(r"[:：]")
#: A bulleted label: a list bullet and a few Han characters, nothing else (• 文章).
MAX_LABEL_HAN = 6
BULLETED_LABEL = lazy_regex(rf"^[•·●▪■◆◇○◎・‧∙◦]\s?\p{{Han}}{{1,{MAX_LABEL_HAN}}}$")
#: A keyword counter: a short Han term glued to a number of three or more digits.
KEYWORD_COUNTER = lazy_regex(r"^\p{Han}{2,8}\d{3,8}$")
YEAR_END = lazy_regex(r"\D(?:19|20)\d\d$")
#: An edition link: a bullet perhaps, a short name ending in a web word, an edition.
MAX_EDITION_NAME = 8
#: Decoration that may open a line before its words.
LEADING_SYMBOLS = lazy_regex(r"^[\s\p{So}\p{Sm}\p{P}]+")


#: Round 28b: the breadcrumb's "you are here", a reader, a time word perhaps, 在 and a
#: place word of here (``你在这里``, ``您现在在此处``); with a colon it leads the crumb's
#: links when a home place or a crumb's arrow follows (``你在这里：首页 > 新闻``, asked by
#: ``navigation``; a tutorial's ``你在这里：`` over its steps stays); alone it is judged
#: by its place (``site_lines.foreign_lines``: in the head only, printed nowhere else; a
#: poem's line between paragraphs stays).
#: Round 42: or the locative verb itself, 位于 (``您现在位于: 首页 → 新闻中心``): the
#: reader is located at the trail, never a sentence's subject before a colon.
_HERE = (
    r"(?:您|你)(?:现在|現在|目前|当前|當前)?"
    r"(?:正?在(?:这里|這裡|這裏|这儿|這兒|此处|此處)|位于|位於)"
)
YOU_ARE_HERE = lazy_re(_HERE)
CRUMB_HERE = lazy_re(_HERE + r"[ ]?[:：]")
#: Round 30: a trail read from its root may end in the page's headline, this long at most.
MAX_TRAIL_HEADLINE = 60
TRAIL_CLAUSE = lazy_re(r"[。！？；]")
#: A crumb trail's arrows (``navigation.CRUMB_SEPARATOR`` splits a trail at them).
CRUMB_ARROWS = r"(?:>>|->|>|»|＞|›|→)"
CRUMB_ARROW = lazy_re(CRUMB_ARROWS)


def rooted_trail(crumbs: list[str], max_segment: int) -> bool:
    """A crumb trail read from its root to the page's headline (round 30; ``navigation``
    asks it of a trail with a long segment): at least three segments, the first the
    site's root (a place word, 首頁, after a label perhaps: ``導航:首頁``), the sections
    between at most ``max_segment`` long, the last the page's headline, as long as a
    headline is and closing no clause.  A trail prints the headline where it stands in the
    site, and a sentence never opens with the site's front page and an arrow.

    >>> rooted_trail(["導航:首頁", "源碼編譯", "大運中國女足力剋日本隊 18年後再度奪冠"], 16)
    True
    >>> rooted_trail(["首页", "新闻", "这是一个很长的标题，说明了某件事情的来龙去脉。"], 16)
    False
    """
    last = crumbs[-1]
    return (
        len(crumbs) >= 3
        and all(len(c) <= max_segment for c in crumbs[:-1])
        and len(last) <= MAX_TRAIL_HEADLINE
        and TRAIL_CLAUSE.search(last) is None
        and header_speech(crumbs[0]) == "place"
    )


def here_crumb(line: str) -> bool:
    """你在这里：首页 > 新闻: the where-you-are words, a colon and a crumb trail.

    >>> here_crumb("你在这里：首页 > 新闻"), here_crumb("您现在在此处: 新闻 » 社会")
    (True, True)
    >>> here_crumb("你在这里：")
    False
    """
    lead = CRUMB_HERE.match(line)
    if lead is None:
        return False
    rest = line[lead.end() :].lstrip()
    return rest.startswith(_vocabulary()["home"]) or CRUMB_ARROW.search(rest) is not None


@cache
def _vocabulary() -> dict[str, tuple[str, ...]]:
    words: dict[str, tuple[str, ...]] = {}
    for kind, word in data_lines("site_speech.txt"):
        words[kind] = (*words.get(kind, ()), word)
    return words


@cache
def _patterns() -> tuple[
    regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]
]:
    """The site place ending a line, the welcome clause, the self word opening a line,
    an edition link (module docstring)."""
    words = _vocabulary()
    entrance = rf"(?:{word_pattern(words['web'])}).{{0,{MAX_SITE_PLACE}}}?"
    entrance += rf"(?:{word_pattern(words['entrance'])})"
    places = words["place"] + tuple(word for word in words["home"] if not word.isascii())
    place = regex.compile(rf"(?:{word_pattern(places)}|{entrance})$")
    welcome = regex.compile(
        rf"^(?:{word_pattern(words['greeting'])})您?(?:{word_pattern(words['arrival'])})"
        rf".{{0,{MAX_WELCOME}}}?(?:{word_pattern(words['site'])}"
        rf"|(?<=\p{{Han}}|[A-Za-z])(?:{word_pattern(words['name_end'])})$)"
    )
    own = regex.compile(rf"^(?:{word_pattern(words['self'])})")
    edition = regex.compile(
        rf"^{BULLET}\p{{Han}}{{1,{MAX_EDITION_NAME}}}?(?:{word_pattern(words['web'])})"
        rf"(?:{site_mode()})$"
    )
    return place, welcome, own, edition


@cache
def self_name_ends() -> tuple[str, ...]:
    """The words a site's name for itself ends in (kinds ``site`` and ``name_end``: 网站,
    平台, 论坛, 网), for ``head_echo``'s self-description (round 20)."""
    words = _vocabulary()
    return (*words["site"], *words["name_end"])


def is_welcome(text: str) -> bool:
    """A welcome banner (module docstring): 欢迎 + arrival verb + … + a site word.

    >>> is_welcome("欢迎来到某某网站建设!"), is_welcome("您好，欢迎光临本站")
    (True, True)
    >>> is_welcome("大家好,欢迎来到某某知识分享网。"), is_welcome("欢迎来到互联网时代")
    (True, False)
    >>> is_welcome("欢迎台湾同胞来大陆投资兴业 国台办：一视同仁")
    False
    """
    line = text.strip()
    if len(line) > MAX_WELCOME or ("欢" not in line and "歡" not in line) or COLON.search(line):
        return False
    welcome = _patterns()[1]
    return any(welcome.match(clause) for clause in CLAUSE.split(line) if clause)


#: Distinct lines whose kind is remembered: the head walks repeat a page's short lines
#: (a page of one-character lines asked each of 125,000 lines twice).
SPEECH_MEMO = 1 << 12


@lru_cache(maxsize=SPEECH_MEMO)
def header_speech(text: str) -> str | None:
    """What kind of the site's header ``text`` is (module docstring), or None: ``echo``,
    ``banner``, ``place``, ``welcome``, ``edition``, ``counter``.

    >>> header_speech("何记娱乐-何记娱乐"), header_speech("旧版网站入口")
    ('echo', 'place')
    >>> header_speech("🏢某某下载🏣"), header_speech("🔥重磅！某地宣布新政")
    ('banner', None)
    >>> header_speech("中美贸易战 - 第二轮谈判开始"), header_speech("香港收藏家分享藏品")
    (None, None)
    >>> header_speech("新版入口"), header_speech("人民公园入口")
    ('place', None)
    >>> header_speech("• 某某网移动版"), header_speech("某某推出手机版")
    ('edition', None)
    >>> header_speech("某某娱乐6663"), header_speech("世界杯2026")
    ('counter', None)
    """
    stripped = text.strip()
    if echo_keyword(stripped) is not None:
        return "echo"
    if BANNER.match(stripped) is not None or FRAMED_TERM.match(stripped) is not None:
        return "banner"
    if len(stripped) <= MAX_SITE_PLACE and _patterns()[0].search(stripped) is not None:
        return "place"
    if _patterns()[3].match(stripped) is not None:
        return "edition"
    if KEYWORD_COUNTER.match(stripped) is not None and YEAR_END.search(stripped) is None:
        return "counter"
    return "welcome" if is_welcome(stripped) else None


@lru_cache(maxsize=SPEECH_MEMO)
def page_speech(text: str) -> str | None:
    """What kind of the page's own line ``text`` is, when it may stand anywhere in the
    head (module docstring), or None: ``links``, ``tools``, ``self``, ``label``.

    >>> page_speech("我来说两句 打印文章 发送给好友"), page_speech("分享经济 收藏文化")
    ('tools', None)
    >>> page_speech("本文索引:某网.<变量 2>[J].某网,2025(11):-034.")
    'self'
    >>> page_speech("• 文章"), page_speech("• 习近平出席亚太经合组织领导人非正式会议")
    ('label', None)
    """
    stripped = text.strip()
    if BULLETED_LABEL.match(stripped) is not None:
        return "label"
    if len(BRACKET_ITEM.findall(stripped)) >= MIN_BRACKET_ITEMS or is_bullet_row(stripped):
        return "links"
    if is_tool_row(stripped):
        return "tools"
    bare = LEADING_SYMBOLS.sub("", stripped, count=1)
    return "self" if _patterns()[2].match(bare) is not None else None


def speech(text: str) -> str | None:
    """The kind of site speech ``text`` is, header or page (no headline), or None."""
    return header_speech(text) or page_speech(text)


def is_tool_row(text: str) -> bool:
    """Two or more short items, one of them wholly a page tool phrase: ``我来说两句 打印文章
    发送给好友``.  No headline, but no header either: real lines share the shape
    (``打开窗口 通风换气``), so what stands around it is left as it is.

    >>> is_tool_row("我来说两句 打印文章 发送给好友"), is_tool_row("分享经济 收藏文化")
    (True, False)
    """
    items = [item for item in TOOL_ITEM_SPLIT.split(text.strip()) if item]
    return (
        len(items) >= 2
        and all(len(item) <= MAX_TOOL_ITEM for item in items)
        and holds_tool(text.lower())
        and any(is_tool_phrase(item.lower()) for item in items)
    )


def echo_keyword(text: str) -> str | None:
    """The keyword of a line that is one segment repeated around a separator (赢彩王-赢彩王)."""
    parts = [part.strip() for part in ECHO_SEPARATOR.split(text.strip())]
    if len(parts) >= 2 and parts[0] and all(part == parts[0] for part in parts):
        return parts[0]
    return None

"""Tool lines read segment by segment: a link row and a bracketed tool phrase with its label.

Model (split from ``navigation`` in round 19, which asks these as its shapes 5 and 6;
the model is stated there).  A *link row* is three or more short space-separated
segments, at least half of them tool phrases (``furniture_grammar.furniture_coverage``
at ``MIN_COVERAGE``): links among slogans.  A *bracketed tool phrase* opens the line and
the rest is its short label (``[啟動LINE推播] 每日重大新聞通知``); a lone tool word in
brackets is a section tag (``【关注】…``) and stays.  ``Coverage`` measures each piece of
one line once, for these and for ``navigation``'s tool rows.  ``ENGLISH_JOINS`` are the
conjunctions an English share widget joins its buttons with (``Bookmark and Share``,
``Print & Email``): in a tool row of two known words or more they are no token of their
own.

Round 26: an *English menu label* (``menu_label``; kinds ``menu`` and ``menu_word`` of
``data/furniture_phrases.txt``): a theme's name for its navigation block, a menu noun
after at most two words placing or working it (``Main Menu``, ``Toggle navigation``),
nothing else.  It names the page's machinery in a language the article is not written
in; a title that has other words (``The Menu``, ``Menu of the Day``) stays.

Round 28b: a kiosk's *catalogue link* (``catalogue_link``; kinds ``shelf`` and ``facet``):
the shelf a paper stands on, a plural noun of publications, a preposition of its facet
(language or country) and a capitalised name of one to three words, perhaps its variant in
brackets (``Newspapers in Chinese (Simplified)``, ``Newspapers from Malaysia``), nothing
else.  It names the kiosk's catalogue, not the story; a sentence (``Newspapers in China
are controlled by the state.``: more words, a lower-case word, a stop) stays.

Round 29: a *list heading* (``list_heading``; kinds ``listing`` and ``listed``): the label a
theme prints over a block of other posts, a qualifier saying which others (related,
recent, popular, more; 相关, 热门, 最新) and a plural noun of posts (posts, stories; 文章,
帖子), perhaps a colon, nothing else: ``Related Posts``, ``Recent Posts:``, ``熱門文章``.
Round 38, a blog owner's widget heading: the owner first (kind ``owner``: 我, 我的, 博主),
a qualifier perhaps with 的, a genre of the posts (kind ``genre``: 评论, 原创) before the
noun, pictographs after it: ``我最新的評論文章😎😎😎``; ``我最喜欢的文章`` has no qualifier.
Round 33, a curated list's heading: who picked (kind ``curator``: 编辑, 小编) and a
qualifier standing for the picks (``编辑精选``, ``小编推荐``), perhaps after its channel's
name and one space (``社区 编辑精选``): a block of the site, named by its curation.
Round 35, a *directory heading*: a part of the site or a listed noun (kinds ``site_part``,
``listed``: 栏目, 频道, 文章) and a noun of a list or a guide (kind ``directory``: 列表, 导航),
nothing else (``栏目列表``, ``频道导航``); the news nouns joined the listed ones (``最新消息``).
Round 36, a *scoped list heading*: the slice of the site a block is drawn from (kind
``scope``: 本类, 同类, 本站; kind ``period``: 本周, 今日) and a qualifier, a listed noun or a
ranking (kind ``ranking``: 排行), nothing else (``本类推荐``, ``本周排行``, ``同类文章``); a
sponsor curates as an editor does (``赞助推荐``).  A period and a bare qualifier
(``本周推荐``) is a column's heading as often as a list's (round 36 mend): it stays; the
list under it, if any, is ``furniture_listing``'s.
It names a block of the site, not anything the story says, and it stands whether the
block's items were scraped or not (an empty related list leaves its heading alone).  A
heading of the article has words of its own (``Related Posts Show a Pattern``, ``最新进展``,
``相关文章指出``) and stays.

Round 32: a *tool phrase leading a link* (``tool_lead``): a whole verb-led tool phrase
(``furniture_grammar.is_verb_phrase``: a tool verb and the page object it acts on), its
colon, then a link's text, a headline with no sentence mark: Discuz's archiver foot
``查看完整版本: <headline>`` (view the full version), ``阅读原文：<headline>``.  The phrase
tells the reader where the link goes, as a lead word does (``延伸閱讀：``); a sentence, a
byline's label (``记者：``) or a word that is no tool phrase before the colon stays.
Round 36 (second wave): a *reading lead glued to its headline* (``glued_link_lead``:
``继续阅读<title>``, a lead of kind ``lead`` ending with its verb of reading, then a
headline's text with no clause mark, not opened by a particle).  Round 37 mend: the
headline glued on must be in its two-part form, a space between its parts
(``继续阅读大運中國女足力剋日本隊 18年後再度奪冠``); a lead glued to one run of letters is as
often the verb of the article's own heading (``推荐阅读经典名著的几点建议``) and stays.
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.filters.furniture_grammar import (
    MIN_COVERAGE,
    SPACED_LEAD_TEXT,
    furniture_coverage,
    is_verb_phrase,
    nav_terms,
    phrase_grammar,
    stdlib,
)
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.word_trie import word_pattern

# Plain classes and literals in the stdlib re (faster on them; stdlib() spells \s out).
SEGMENT_SPLIT = stdlib(r"[\s\u3000]+")
#: A link row: at least this many segments, each at most MAX_ROW_SEGMENT long.
MIN_ROW_SEGMENTS = 3
MAX_ROW_SEGMENT = 16
#: A bracketed tool phrase may label a link this long: [啟動LINE推播] 每日重大新聞通知.
MAX_BRACKET_LABEL = 16
BRACKET_CLOSE = {"[": "]", "【": "】", "「": "」", "〔": "〕"}
#: English conjunctions joining two tool words of a row (``Bookmark and Share``).
ENGLISH_JOINS = frozenset({"and", "or", "&", "+"})
#: A tool phrase (2 to 12 letters), its colon and a link's text with no sentence mark
#: (``furniture_grammar.SPACED_LEAD_TEXT``, as ``spaced_link_lead`` reads it).
TOOL_LEAD = lazy_regex(rf"([^:：\s]{{2,12}})\s?[:：]\s?({SPACED_LEAD_TEXT})")
MAX_TOOL_LEAD = 14
#: An English menu label: at most this many words, the menu noun last.
MAX_MENU_WORDS = 3
MAX_MENU_LINE = 32


class Coverage(dict[str, tuple[float, str]]):
    """``furniture_coverage`` of each piece of one line, computed once."""

    def __missing__(self, piece: str) -> tuple[float, str]:
        found = self[piece] = furniture_coverage(piece)
        return found


def bracketed_tool(line: str) -> str | None:
    """The reason when ``line`` opens with a bracketed tool phrase and the rest is its
    short label (``[啟動LINE推播] 每日重大新聞通知``), else None.

    >>> bracketed_tool("[啟動LINE推播] 每日重大新聞通知")
    'share'
    >>> bracketed_tool("【关注】城市更新的下一步") is None
    True
    """
    end = line.find(BRACKET_CLOSE[line[0]])
    label = line[end + 1 :].strip()
    if end < 2 or len(label) > MAX_BRACKET_LABEL or line[1:end].lower() in nav_terms():
        return None  # a lone tool word in brackets is a section tag: 【关注】…
    coverage, reason = furniture_coverage(line[1:end])
    return reason if coverage >= MIN_COVERAGE else None


def link_row(line: str, coverage: Coverage | None = None) -> str | None:
    """The reason when ``line`` is a row of short segments, at least half of them tool
    phrases (links among slogans), else None.

    >>> link_row("不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP 按我看活動辦法")
    'share'
    >>> link_row("不忘初心 牢记使命 打开新局") is None
    True
    """
    segments = [s for s in SEGMENT_SPLIT.split(line) if s]
    if len(segments) < MIN_ROW_SEGMENTS or any(len(s) > MAX_ROW_SEGMENT for s in segments):
        return None
    measured = Coverage() if coverage is None else coverage
    # Half the segments must be tool phrases: stop once too many are not.
    allowed = len(segments) // 2
    reasons = set()
    for segment in segments:
        covered, reason = measured[segment]
        if covered >= MIN_COVERAGE:
            reasons.add(reason)
        else:
            allowed -= 1
            if allowed < 0:
                return None
    return "share" if "share" in reasons else "nav"


#: A catalogue link is a few words.
MAX_CATALOGUE_LINE = 60
_NAME = r"[A-Z][A-Za-z.\-]{1,20}(?: [A-Z][A-Za-z.\-]{1,20}){0,2}"
_CATALOGUE_TAIL = lazy_re(rf"{_NAME}(?: \({_NAME}\))?")


def catalogue_link(line: str) -> bool:
    """Whether ``line`` is a kiosk's catalogue link alone (module docstring, round 28b).

    >>> catalogue_link("Newspapers in Chinese (Simplified)")
    True
    >>> catalogue_link("Newspapers from Malaysia"), catalogue_link("Magazines from Hong Kong")
    (True, True)
    >>> catalogue_link("Newspapers in China are controlled by the state.")
    False
    """
    if len(line) > MAX_CATALOGUE_LINE or not line.isascii():
        return False
    parts = line.split(" ", 2)
    if len(parts) < 3:
        return False
    grammar = phrase_grammar()
    if parts[0].lower() not in grammar["shelf"] or parts[1].lower() not in grammar["facet"]:
        return False
    return _CATALOGUE_TAIL.fullmatch(parts[2]) is not None


#: A list heading: at most this many qualifier words before its noun, this long at most.
MAX_HEADING_QUALIFIERS = 2
MAX_HEADING_LINE = 32
HEADING_COLONS = ":："
#: Pictographs closing a heading (a theme's decoration): a few symbols.
TRAILING_PICTOGRAPHS = lazy_regex(r"[\p{So}\p{Sk}\uFE0F\u200D]{1,8}$")


@cache
def _heading_words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    grammar = phrase_grammar()
    han_nouns = tuple(word for word in grammar["listed"] if not word.isascii())
    return frozenset(grammar["listing"]), frozenset(grammar["listed"]), han_nouns


def list_heading(line: str) -> bool:
    """Whether ``line`` is a list heading alone (module docstring, round 29).

    >>> list_heading("Related Posts"), list_heading("Recent Posts:"), list_heading("熱門文章")
    (True, True, True)
    >>> list_heading("Related Posts Show a Pattern"), list_heading("相关文章指出")
    (False, False)
    >>> list_heading("栏目列表"), list_heading("最新消息"), list_heading("栏目列表显示")
    (True, True, False)
    """
    if len(line) > MAX_HEADING_LINE:
        return False
    text = line.rstrip(HEADING_COLONS).strip().lower()
    if text and not text[-1].isalnum():
        text = TRAILING_PICTOGRAPHS.sub("", text)  # 我最新的评论文章😎😎😎 (round 38)
    qualifiers, nouns, han_nouns = _heading_words()
    if text.isascii():
        words = text.split()
        return (
            2 <= len(words) <= MAX_HEADING_QUALIFIERS + 1
            and words[-1] in nouns
            and all(word in qualifiers for word in words[:-1])
        )
    if _scoped(text, qualifiers, han_nouns):
        return True  # 本类推荐, 本周排行, 同类文章 (round 36)
    if not text.endswith(han_nouns):
        return _curated(text, qualifiers) or _directory(text)  # most lines: no noun of posts
    return _qualified_noun(text, qualifiers, han_nouns)


def _qualified_noun(text: str, qualifiers: frozenset[str], nouns: tuple[str, ...]) -> bool:
    """``text`` is a qualifier and a listed noun, nothing else (``最新文章``); round 38, an
    owner before, 的 and a genre between (``我最新的评论文章``).

    >>> _qualified_noun("我最新的评论文章", frozenset({"最新"}), ("文章",))
    True
    >>> _qualified_noun("我最喜欢的文章", frozenset({"最新"}), ("文章",))
    False
    """
    owners, genres = _owner_words()
    for owner in (*owners, ""):
        if not text.startswith(owner):
            continue
        rest = text[len(owner) :]
        for noun in nouns:
            if not rest.endswith(noun):
                continue
            head = rest[: -len(noun)]
            head = next((head[: -len(g)] for g in genres if g and head.endswith(g)), head)
            if head in qualifiers or (head.endswith("的") and head[:-1] in qualifiers):
                return True
    return False


@cache
def _owner_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    grammar = phrase_grammar()
    by_length = sorted(grammar["owner"], key=len, reverse=True)
    return tuple(by_length), tuple(sorted(grammar["genre"], key=len, reverse=True))


@cache
def _scope_words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    grammar = phrase_grammar()
    periods = frozenset(grammar["period"])
    return tuple(grammar["scope"]) + tuple(periods), periods, frozenset(grammar["ranking"])


def _scoped(text: str, qualifiers: frozenset[str], nouns: tuple[str, ...]) -> bool:
    """A scoped list heading (round 36): the slice of the site a block lists, then a
    qualifier, a listed noun, a qualifier and its noun, or a ranking, nothing else; a
    slice of time (本周, 今日) and a bare qualifier is a column's heading (本周推荐).

    >>> _scoped("本类推荐", frozenset({"推荐"}), ("文章",)), _scoped("本周排行", frozenset(), ())
    (True, True)
    >>> _scoped("本周推荐三部新片", frozenset({"推荐"}), ("文章",))
    False
    >>> _scoped("本周推荐", frozenset({"推荐"}), ("文章",))
    False
    """
    scopes, periods, rankings = _scope_words()
    if not text.startswith(scopes):
        return False  # most lines: one prefix test
    for scope in (scope for scope in scopes if text.startswith(scope)):
        rest = text[len(scope) :]
        if rest in rankings or rest in nouns or _qualified_noun(rest, qualifiers, nouns):
            return True
        if rest in qualifiers and scope not in periods:
            return True
    return False


@cache
def _directory_words() -> tuple[tuple[str, ...], frozenset[str], tuple[tuple[str, bool], ...]]:
    """A directory's nouns, its heads, and the words a qualifier may stand beside (a part
    of the site on either side, True; a listed noun only before it, False)."""
    grammar = phrase_grammar()
    parts, listed = frozenset(grammar["site_part"]), frozenset(grammar["listed"])
    nouns = (*grammar["directory"], *grammar["digest"])
    beside = tuple((w, True) for w in sorted(parts)) + tuple((w, False) for w in listed - parts)
    return nouns, parts | listed, beside


def _directory(text: str) -> bool:
    """A directory heading (round 35): a part of the site or a listed noun, and a noun of a
    list, a guide or a digest, nothing else (``栏目列表``, ``频道导航``; round 39
    ``要闻速递``); round 39, a part of the site and a listing qualifier in either order,
    the block listing such parts (``专题推荐``, ``热门专题``); round 41, a listed noun and
    a qualifier after it, the block's title as its predicate (``新闻推荐``, ``文章精选``).

    >>> _directory("专题推荐"), _directory("要闻速递"), _directory("专题推荐会")
    (True, True, False)
    >>> _directory("新闻推荐"), _directory("新闻推荐会"), _directory("推荐新闻")
    (True, False, False)
    """
    nouns, heads, beside = _directory_words()
    if text.endswith(nouns):
        return any(text[: -len(noun)] in heads for noun in nouns if text.endswith(noun))
    qualifiers = _heading_words()[0]
    return any(  # a listed noun only before its qualifier (round 41: 新闻推荐, yybnet.net)
        (text.startswith(word) and text[len(word) :] in qualifiers)
        or (both and text.endswith(word) and text[: -len(word)] in qualifiers)
        for word, both in beside
    )


#: A channel's name before a curated list's heading: a short word of Han letters.
CHANNEL = lazy_regex(r"\p{Han}{1,4}")


def _curated(text: str, qualifiers: frozenset[str]) -> bool:
    """A curated list's heading (round 33): a curator and a listing qualifier standing for
    the picks (``编辑精选``), perhaps after its channel's name and one space (``社区 编辑精选``).

    >>> picks = frozenset({"精选"})
    >>> _curated("社区 编辑精选", picks), _curated("编辑精选了三篇", picks)
    (True, False)
    """
    if text[-2:] not in qualifiers:
        return False  # most lines: one set lookup
    channel, _, heading = text.rpartition(" ")
    if channel and CHANNEL.fullmatch(channel) is None:
        return False
    curators = phrase_grammar()["curator"]
    return any(
        heading.startswith(curator) and heading[len(curator) :] in qualifiers
        for curator in curators
    )


@cache
def _menu_words() -> tuple[frozenset[str], frozenset[str]]:
    grammar = phrase_grammar()
    return frozenset(grammar["menu"]), frozenset(grammar["menu_word"])


def menu_label(line: str) -> bool:
    """Whether ``line`` is an English menu label alone (``Main Menu``, ``Toggle navigation``).

    >>> menu_label("Main Menu"), menu_label("Toggle navigation"), menu_label("The Menu")
    (True, True, False)
    """
    if len(line) > MAX_MENU_LINE or not line.isascii():
        return False
    words = line.lower().split()
    if not 2 <= len(words) <= MAX_MENU_WORDS:
        return False  # a noun alone (Menu) may be a heading's word
    nouns, placing = _menu_words()
    return words[-1] in nouns and all(w in placing for w in words[:-1])


def tool_lead(line: str) -> bool:
    """A whole tool phrase, its colon and a link's text (module docstring, round 32).

    >>> tool_lead("查看完整版本: 海沧市民节:幸福海沧 市民同享"), tool_lead("阅读原文：某某新闻")
    (True, True)
    >>> tool_lead("记者：张三"), tool_lead("阅读全文：他说，这是好事。")
    (False, False)
    """
    head = line[:MAX_TOOL_LEAD]
    if ":" not in head and "：" not in head:
        return False  # most lines: no colon near the start
    lead = TOOL_LEAD.fullmatch(line)
    return lead is not None and is_verb_phrase(lead.group(1).lower())


#: Round 36: a reading lead glued to a link's text (``继续阅读<title>``): a headline, no clause
#: or sentence mark, not opened by a particle that would make the lead a verb of a sentence.
#: Round 37 mend: the headline in its two-part form, a space (or a spaced dash) between its
#: parts; glued to one run of letters the lead is as often the article's own heading's verb
#: (``推荐阅读经典名著的几点建议``, ``继续阅读经典是提升素养的重要途径``).
GLUED_LEAD_TEXT = (
    r"(?![的了着著过過和与與是时時])(?=[^。！？!?；;，,、]{4,60}$)"
    r"[^。！？!?；;，,、\s]+\s[^。！？!?；;，,、]*[^。！？!?；;，,、\s]"
)


@cache
def glued_link_lead() -> re.Pattern[str]:
    """A reading lead (``继续阅读``, ``延伸閱讀``: a lead ending with its verb of reading)
    glued to a link's text filling the line: the template printed the lead and the
    headline with no space (round 36, a blog's tag page)."""
    leads = [lead for lead in phrase_grammar()["lead"] if lead.endswith(("阅读", "閱讀"))]
    return stdlib(rf"(?:{word_pattern(leads)}){GLUED_LEAD_TEXT}")

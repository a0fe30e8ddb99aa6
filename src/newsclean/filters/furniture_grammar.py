"""The grammar of page-furniture phrases and how much of a line it covers.

Model (used by ``navigation``).  A tool line is built around a tool word: a *verb*
acting on a page *object* (``打开|APP|阅读|全文``, ``回到|最上面``), with politeness and
place *modifiers* before or between them (请, 歡迎, 立即, 在手机, 点此); a verb sending the
reader to a *platform* behind a short name (``加入|自由時報|LINE|好友``, ``追蹤|我們的|
Facebook``, ``安装|我们的|客户端``); a platform as the destination of a *final* tool verb
(``請至|Edge官網|下載``) and an object before one (``PDF|下载``, ``全文|阅读``: a file's
format is an object of the download verbs); a deictic *link* and its label
(``點我|看更多``); a share verb's object sent *to a recipient* (``推荐|此文|给朋友``, round
19); or a known term (``data/nav_terms.txt``).  The vocabulary is data
(``data/furniture_phrases.txt``, ``data/nav_terms.txt``), the shapes are here.
``furniture_coverage`` says how much of a line's letters such phrases cover: navigation
decides with it.

Round 25: a paywall's call (``解锁全文``), English back-to-top (``Scroll to Top``), a
text noun (kind ``text``), a part (kind ``part``) and a reading verb (``论文部分内容阅读``);
``label_with_stop``: a slot's label (kind ``slot``) or a verb-led phrase and one stop
(``廣告。``), while a menu's bare noun with its stop (``正文。``) is a paragraph.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.word_trie import word_pattern

COUNTED = lazy_regex(r"[\p{L}\p{N}]")
#: ``regex``'s ``\s`` spelled out for the stdlib ``re``, whose ``\s`` also takes U+001C-U+001F.
WHITESPACE = r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: Share of a line's letters that furniture vocabulary must cover.
MIN_COVERAGE = 0.75
# The separator after a lead word: 相關新聞：<title> / 延伸閱讀》<title> / 【推薦閱讀】<title>.
#: The verb-led shape's place in ``_shapes`` (searched on its own: ``phrase_patterns``).
VERB_SHAPE = 3
#: Word kinds of ``furniture_menu`` and of ``furniture_links``' labels, not of the phrase
#: shapes.
MENU_KINDS = ("section", "meter", "unit", "label", "menu", "menu_word", "listing", "listed")
#: Round 25: a tool label closed by a stop (廣告。): the stops, the longest such line.
LABEL_STOPS = "。.．"
MAX_LABEL_STOP = 24
LEAD_SEPARATOR = r"\s*(?:[:：》>»|｜]|(?<=[】\]])\s*(?=\S))"


@cache
def nav_terms() -> dict[str, str]:
    return {fields[0].lower(): fields[1] for fields in data_lines("nav_terms.txt")}


@cache
def phrase_grammar() -> dict[str, dict[str, str]]:
    """kind (verb, object, modifier, link) -> term -> reason."""
    kinds = "verb object modifier link platform final lead place click counter section"
    kinds += " meter unit label archive zero recipient part text slot menu menu_word"
    kinds += " shelf facet listing listed purpose curator site_part directory scope period ranking"
    kinds += " picture_source owner genre digest site_doc site_about"
    grammar: dict[str, dict[str, str]] = {kind: {} for kind in kinds.split()}
    for fields in data_lines("furniture_phrases.txt"):
        reason = fields[2] if len(fields) > 2 and fields[2] else "nav"
        grammar[fields[0]][fields[1].lower()] = reason
        if fields[0] == "platform":  # a platform is also what a tool verb acts on
            grammar["object"].setdefault(fields[1].lower(), reason)
    return grammar


# What may stand between a tool verb and the platform it sends the reader to: a short
# name (自由時報, 我們的, “粵省事”), never a clause mark, an aspect particle (下載了) or a
# demonstrative or pronoun of prose (這個應用程式, 他).
NAME_GAP = r"[^\s,，。、；;！!？?:：了过過着著這这那個个他她它]{0,10}?"
#: Round 26: a destination's name may be a brand spelled with its own mark after a
#: letter (``Yahoo!奇摩新聞``), one character a step, so the gap stays linear.
BRAND_GAP = r"(?:[^\s,，。、；;！!？?:：了过過着著這这那個个他她它]|(?<=[a-z])!){0,12}?"


@cache
def _words() -> dict[str, str]:
    """Each word kind of the grammar as one trie alternation (``word_pattern``)."""
    grammar = phrase_grammar()
    words = {
        kind: word_pattern(grammar[kind])
        for kind in grammar
        if kind not in ("lead", "counter", "slot", *MENU_KINDS)
    }
    words["long_verb"] = word_pattern(v for v in grammar["verb"] if len(v) >= 2)
    words["terms"] = word_pattern(t for t in nav_terms() if len(t) >= 2)
    return words


def _shapes(mod: str) -> list[str]:
    """The phrase shapes, each opened by ``mod`` (an optional modifier, or nothing)."""
    w = _words()
    verb, obj, platform, final = w["verb"], w["object"], w["platform"], w["final"]
    long_verb = w["long_verb"]
    return [
        # a link that points at itself labels the rest of its segment: 按我看活動辦法
        rf"{mod}(?:{w['link']}|(?:{w['click']})\s?(?:{long_verb}))[^\s,，、;；。！？!?|｜]{{0,10}}",
        # a place and a tool verb: App内打开, 請在手機上閱讀全文
        rf"{mod}(?:{w['place']})\s?(?:{verb})(?:\s?(?:{obj}))?",
        # a platform or a page object and its tool verb: APP下載, PDF下载, 全文阅读 (every
        # platform is an object); round 25, a text and the part of it shown before the
        # verb: 论文部分内容阅读, 文章部分内容预览; "more" and an object: 【更多新聞】
        rf"(?:{obj}|{w['text']})(?:\s?(?:{w['part']}))?\s?(?:{final})|更多\s?(?:{obj})",
        # a platform behind a short name: 加入自由時報LINE好友, 安装我们的客户端 (tried
        # before verb + object, which would stop at 安装我们); a list of up to three
        # objects: 分享至好友和朋友圈
        # ... or a chain of two tool verbs, which needs no object: 点击此处下载, 請按讚追蹤
        rf"{mod}(?:{verb})(?:\s?{NAME_GAP}\s?(?:{platform})(?:\s?(?:{obj}))?"
        rf"|(?:\s?(?:{w['modifier']}|{verb})){{0,3}}\s?(?:{obj})"
        # ... or straight to its readers, and what they gain: 分享让更多人看到 (round 32)
        rf"|\s?[让讓给給]\s?(?:{w['recipient']})\s?(?:{w['purpose']}))"
        rf"(?:\s?(?:和|及|与|與|或|、)\s?(?:{obj})){{0,2}}"
        # ... sent to a recipient: 推荐此文给朋友, 轉寄本文給好友
        rf"(?:\s?[给給]\s?(?:{w['recipient']}))?"
        rf"|{mod}(?:{long_verb})\s?(?:(?:{w['modifier']})\s?)?(?:{long_verb})",
        # a platform as the destination of a tool verb: 請至Edge官網下載, 前往YouTube觀看;
        # round 26, or of the call itself: 歡迎到Yahoo!奇摩新聞粉絲團 (a brand's own "!")
        rf"{mod}(?:至|到|前往)\s?{BRAND_GAP}(?:{platform})(?:\s?(?:{final}))?",
    ]


@cache
def phrase_patterns() -> tuple[regex.Pattern[str], re.Pattern[str]]:
    """A deictic link and its label (点我 + up to ten letters of the same segment); a
    place and a tool verb; a platform and its final verb; a verb, a short name and a
    platform (加入|自由時報|LINE|好友), or verb ([modifier|verb], at most three) object
    (and up to two more, joined by 和/及/或); verb [modifier] verb; a platform as a
    destination (至|Edge官網|下載); plus the multi-character terms.

    In two patterns — the verb-led phrases, and the other shapes with the terms —
    because the engine scans the two separately in about half the time it takes over
    their union (the verb shape's gap defeats its start-of-match pruning).  The second
    runs in the stdlib ``re`` (``stdlib``): the same matches, several times faster on
    Latin text, whose letters open many terms (``regex`` walks the trie's branches there).

    A modifier *before* a phrase (請, 歡迎, 立即) is not in the pattern: an optional
    opening alternation makes every position a start and the search several times
    slower, so ``furniture_coverage`` adds it by looking left of each match.  The
    repetitions are bounded and every alternative opens with a literal, so a match
    costs at most a few dozen steps per starting position.
    """
    shapes = _shapes("")
    verb_led = shapes[VERB_SHAPE]
    others = "|".join(shape for i, shape in enumerate(shapes) if i != VERB_SHAPE)
    return (
        regex.compile(rf"(?P<phrase>{verb_led})"),
        stdlib(rf"(?P<phrase>{others})|(?P<term>{_words()['terms']})"),
    )


def stdlib(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled by the stdlib ``re`` at its first use (``lazy_re``: a
    process compiles only the grammars its pages ask), with ``\\s`` spelled out as ``regex``
    reads it (in a class or alone).  Only for literals, plain classes and groups: a
    pattern with an escape letter other than a code point (``\\t \\n \\r \\x.. \\u....``)
    is refused (``\\p``, ``\\d``, ``\\w``, ``\\b``...): the engines may read those
    differently.

    >>> stdlib(r"[^\\s,]\\s?[:\\s]").pattern == f"[^{WHITESPACE},][{WHITESPACE}]?[:{WHITESPACE}]"
    True
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            escaped = pattern[i + 1 : i + 2]
            if escaped == "s":
                out.append(WHITESPACE if in_class else f"[{WHITESPACE}]")
            elif escaped.isascii() and escaped.isalpha() and escaped not in "tnrux":
                raise ValueError(f"not a pattern for the stdlib engine: {pattern[:40]}")
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
            # a "]" right after the opening (or after ^) is a literal, not the close
            head = 2 if pattern[i + 1 : i + 2] == "^" else 1
            if pattern[i + head : i + head + 1] == "]":
                head += 1
            out.append(pattern[i : i + head])
            i += head
            continue
        if char == "]" and in_class:
            in_class = False
        out.append(char)
        i += 1
    return lazy_re("".join(out))


@cache
def _tool_searches() -> tuple[re.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The terms, the other shapes and the verb-led shape, each in the engine that finds
    it fastest: ``holds_tool`` asks only whether any matches."""
    shapes = _shapes("")
    others = "|".join(shape for i, shape in enumerate(shapes) if i != VERB_SHAPE)
    return stdlib(_words()["terms"]), regex.compile(others), phrase_patterns()[0]


def holds_tool(lowered: str) -> bool:
    """Whether the lower-cased line holds any tool phrase or term."""
    if not may_hold_phrase(lowered):
        return False
    return any(search.search(lowered) is not None for search in _tool_searches())


def is_verb_phrase(lowered: str) -> bool:
    """Whether the lower-cased item is wholly a verb-led tool phrase (返回顶部, 解锁全文)."""
    return phrase_patterns()[0].fullmatch(lowered) is not None


def is_slot_label(lowered: str) -> bool:
    """Whether the lower-cased item is a slot's label alone (广告, advertisement)."""
    return lowered in phrase_grammar()["slot"]


def label_with_stop(line: str) -> bool:
    """A slot's label or a whole verb-led tool phrase alone, closed by one stop (round 25).

    >>> label_with_stop("廣告。"), label_with_stop("Advertisement.")
    (True, True)
    >>> label_with_stop("返回顶部。")
    True
    >>> label_with_stop("广告很多。"), label_with_stop("廣告。。"), label_with_stop("正文。")
    (False, False, False)
    """
    if len(line) > MAX_LABEL_STOP or line[-1] not in LABEL_STOPS:
        return False
    label = line[:-1].strip().lower()
    if not label or label[-1] in LABEL_STOPS or len(COUNTED.findall(label)) < 2:
        return False
    return is_slot_label(label) or is_verb_phrase(label)


def is_tool_phrase(lowered: str) -> bool:
    """Whether the lower-cased item is wholly a tool term or phrase (打印, 打印文章)."""
    return any(search.fullmatch(lowered) is not None for search in _tool_searches())


@cache
def _modifiers() -> tuple[frozenset[str], int, frozenset[str]]:
    """The modifiers, the longest one's length, and the characters modifiers end with."""
    modifiers = frozenset(phrase_grammar()["modifier"])
    return modifiers, max(map(len, modifiers)), frozenset(m[-1] for m in modifiers)


def _modifier_before(lowered: str, start: int) -> int:
    """Where a modifier standing just before ``start`` begins, or
    ``start``: 請|訂閱電子報, 歡迎 |加入.

    >>> _modifier_before("請訂閱電子報", 1), _modifier_before("市民訂閱", 2)
    (0, 2)
    """
    modifiers, longest, last_chars = _modifiers()
    end = start - 1 if start > 0 and lowered[start - 1] == " " else start
    if end == 0 or lowered[end - 1] not in last_chars:
        return start  # no modifier ends there: one set test instead of the slices
    for length in range(min(longest, end), 0, -1):
        if lowered[end - length : end] in modifiers:
            return end - length
    return start


@cache
def counter_line() -> regex.Pattern[str]:
    """A counter standing alone: a counted noun and its number in either order
    (點閱數：1234, 0 則留言, 3条评论, 已有0人参与; a score over its votes, 评分：4.5 / 12),
    or a zero in words before the noun, a colon at most after it (暂无评论: a blog's)."""
    noun = word_pattern(phrase_grammar()["counter"])
    number = r"\d[\d.,]{0,12}[万萬千kKwW]?\+?"
    zero = word_pattern(phrase_grammar()["zero"])
    return regex.compile(
        rf"(?:{noun})(?:[數数量]|次[數数])?\s?[:：(（]?\s?{number}(?:\s?/\s?{number})?\s?(?:次|人次)?[)）]?"
        rf"|(?:已有\s?)?{number}\s?(?:[則则條条个個人次])?\s?(?:{noun})"
        rf"|(?:{zero})\s?(?:{noun})\s?[:：]?"
    )


@cache
def link_lead() -> regex.Pattern[str]:
    """A lead word and its separator (``相關新聞：``, ``【延伸閱讀】``, ``延伸閱讀》``),
    after any decorating symbols, at the start of a line."""
    leads = word_pattern(phrase_grammar()["lead"])
    return regex.compile(rf"[【\[]?(?:{leads})[】\]]?{LEAD_SEPARATOR}")


#: Round 23: a lead word, a space and a link's text (``繼續閱讀 <another headline>``): a
#: headline, no sentence mark (round 25: its commas are its own, 铁路改道、高速取消,为…).
#: Round 42: a headline's exclamation or question mark *inside* it, more of the headline
#: after it (``天兔颱風逼近!高雄桃源3里下午停班課``), is its own too: a sentence ends with its
#: mark, a headline of two parts goes on after it; a full stop or a semicolon, and a mark
#: closing the text, are still a sentence's.
SPACED_LEAD_TEXT = r"(?:[^。！？!?；;]|[！？!?](?=[^。！？!?；;])){2,60}"


@cache
def spaced_link_lead() -> regex.Pattern[str]:
    """A lead word, a space and a link's text filling the line (``繼續閱讀 某標題``)."""
    leads = word_pattern(phrase_grammar()["lead"])
    return regex.compile(rf"(?:{leads})[ \u3000]+{SPACED_LEAD_TEXT}")


@cache
def lead_openers() -> frozenset[str]:
    """The characters a ``link_lead`` match can start with: one set test for most lines."""
    return frozenset("【[").union(lead[0] for lead in phrase_grammar()["lead"])


@cache
def _phrase_openers() -> frozenset[str]:
    """Every character a ``phrase_patterns`` match can start with: each alternative opens
    with a literal (link, modifier, verb or term), so a line holding none of their first
    characters cannot match, and one set test spares most prose the alternation search."""
    grammar = phrase_grammar()
    kinds = ("link", "verb", "place", "click", "platform")
    literals = [t for kind in kinds for t in grammar[kind]]
    literals += ["至", "到", "前往", "更多"]
    literals += [t for t in nav_terms() if len(t) >= 2]
    return frozenset(t[0] for t in literals)


def may_hold_phrase(lowered: str) -> bool:
    return not _phrase_openers().isdisjoint(lowered)


def furniture_coverage(text: str) -> tuple[float, str]:
    """The share of ``text``'s letters and digits covered by furniture phrases and
    terms, and the reason the covering words give (``share`` wins over ``nav``).

    >>> furniture_coverage("扫一扫在手机打开当前页")
    (1.0, 'share')
    >>> furniture_coverage("市民可扫码查询附近的核酸检测点")[0] < 0.5
    True
    """
    lowered = text.lower()
    if not may_hold_phrase(lowered):
        return 0.0, "nav"
    verb_led, others = phrase_patterns()
    matches = [*verb_led.finditer(lowered), *others.finditer(lowered)]
    if not matches:
        return 0.0, "nav"
    total = len(COUNTED.findall(lowered))
    if total == 0:
        return 0.0, "nav"
    # up to two modifiers before a phrase or a term: 現在|用APP|看新聞, 立即|登录
    spans = sorted(
        (_modifier_before(lowered, _modifier_before(lowered, match.start())), match.end())
        for match in matches
    )
    covered = 0  # letters inside the union of the spans, counted a merged span at a time
    merged_start, merged_end = spans[0]
    for start, end in spans[1:]:
        if start >= merged_end:  # a gap: the merged span is complete
            covered += len(COUNTED.findall(lowered, merged_start, merged_end))
            merged_start, merged_end = start, end
        else:
            merged_end = max(merged_end, end)
    covered += len(COUNTED.findall(lowered, merged_start, merged_end))
    terms = nav_terms()
    share_words = _share_words()
    for match in matches:
        if match.lastgroup == "term":
            if terms[match.group()] == "share":
                return covered / total, "share"
        elif share_words.search(match.group()):
            return covered / total, "share"
    return covered / total, "nav"


@cache
def _share_words() -> re.Pattern[str]:
    grammar = phrase_grammar()
    words = [w for kind in ("verb", "object") for w, r in grammar[kind].items() if r == "share"]
    return stdlib(word_pattern(words))  # literals: re finds them 5x faster


@cache
def long_verb_lead() -> re.Pattern[str]:
    return stdlib(word_pattern(v for v in phrase_grammar()["verb"] if len(v) >= 2))

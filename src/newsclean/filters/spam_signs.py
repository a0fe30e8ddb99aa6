"""What the spam filters look for in a line: lexicon terms and the signs of a keyword list.

Shared by the line model (``spam.py``) and the block model (``spam_block.py``); see their
docstrings for how the signs are weighed.  Every pattern here runs in linear time (no
nested quantifiers), and every probe is simplified, lower-cased text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.charmodel import HAN_PAIR, HAN_RUN, NOT_HAN_RUN
from newsclean.filters.furniture_grammar import WHITESPACE
from newsclean.filters.lazy_pattern import DECIMAL_DIGIT, HAN_SCRIPT, lazy_re, lazy_regex
from newsclean.filters.memo import LineCache

# Separators of a keyword list: punctuation lists use, plus the decorative marks of
# hijacked page titles (▋ █ ┄ ━ ◇ ▲ ▼ ◢ ◣ ▷ → ＜ ＞), seen e.g. in search-result titles of
# parasitic SEO pages ("色流快速排名▋谷歌推广认证seo8.vip▋外贸霸屏推广").
# 丨 (U+4E28, a Han-block vertical stroke) is the bar of Chinese titles and link lists.
# Plain character classes run in the stdlib ``re`` (about twice as fast as ``regex`` on
# them); ``regex`` stays where ``\p{Han}`` is needed.  ``WHITESPACE`` is ``regex``'s ``\s``
# spelled out: the stdlib's ``\s`` also takes the separators U+001C-U+001F.
SEPARATORS = lazy_re(rf"[,，|｜丨_、;；/／{WHITESPACE}\u2500-\u25ff→＜＞]+")
# Sentence punctuation inside a line (a final one is tolerated: spam lists sometimes end in 。).
SENTENCE_MARKS = lazy_re(r"[。！？!?；“”「」《》]")
# An ASCII hyphen between Han characters: a joiner of keyword-list items (spam_line).
HAN_HYPHEN = lazy_regex(r"(?<=\p{Han})\s*-+\s*(?=\p{Han})")
DOMAIN = lazy_regex(
    r"(?i)(?:www\.|https?:|\.(?:com|net|org|cn|cc|vip|top|xyz|tv|me|info|club|app)\b)"
)
# A domain wrapped in a bracket pair, as hijacked titles repeat their promoter's address
# (「谷歌推广认证seo8.vip」, ｛…｝, (…)): the brackets separate list items there, they do not
# quote.  Bounded, so linear on any input.
BRACKETED_DOMAIN = lazy_regex(
    r"[「『｛{(（【〔<＜]([\w.-]{1,40}?\.(?:com|net|org|cn|cc|vip|top|xyz|tv|me|info|club|app))"
    r"[」』｝}）)】〕>＞]"
)
# A number, Latin or an address glued to a keyword: 国产2021, 假币出售2024, 卡卡金币808,
# pp电影, 抖阴app, 永利皇宫8888.com, 开云体育kaiyun.com (a news enumeration writes a term
# alone; a generated list glues the promoter's number or address to it).  A number leading
# a date, an ordinal or its unit alone (2024年度报告, 10号线, 15字: round 42) is no glue.
GLUED_NUMBER = lazy_re(
    f"^[{DECIMAL_DIGIT}]{{2,}}(?![年月日号]|[{HAN_SCRIPT}]$)[{HAN_SCRIPT}a-z]"
    f"|[{HAN_SCRIPT}a-z][{DECIMAL_DIGIT}]{{2,}}$|[a-z]{{2,}}[{HAN_SCRIPT}]|[{HAN_SCRIPT}][a-z]{{2,}}$"
)
GLUED_DOMAIN = lazy_regex(  # looked for only in a segment holding a ".": see ``is_glued``
    r"\p{Han}[a-z0-9-]{1,40}\.(?:com|net|org|cn|cc|vip|top|xyz|tv|me|info|club|app)\b"
)


# One or two digits or a letter leading a name of three Han characters or more: the
# shape of generated site names (91制片厂, 68快猫下载, 6合宝典, a级影视; seen as 91精品…,
# 51精品…, 97在线… on hijacked pages).  A year (2024年度报告) or a metro line (1号线) does
# not match.
HEAD_GLUE = lazy_re(f"(?:[{DECIMAL_DIGIT}]{{1,2}}|[a-z])[{HAN_SCRIPT}]{{3}}")


#: A list of phrases (``phrase_list``): items of this many Han characters each, this many
#: Han characters on average.
PHRASE_HAN, PHRASE_MEAN = 3, 5
#: A number glued to a segment's end or head (``glued_column``); a year of this century or
#: the last.
END_NUMBER = lazy_regex(r"^\d+|\d+$")
YEAR = lazy_regex(r"^(?:19|20)\d\d$")


def phrase_list(items: Sequence[str], mean: int = PHRASE_MEAN) -> bool:
    """Whether ``items`` read as a list of phrases, not of words: each of ``PHRASE_HAN`` Han
    characters or more, ``mean`` on average, not all opening alike (one word's forms, a
    share row's ``分享到微信 / 分享到微博``).  A menu's, a channel row's or a tag row's
    entries are words of two to four characters; a hijacker's keywords are phrases
    (``找靓妹出台服务``).  The one home of the shape ``spam_unknown_list``, ``spam_templates``,
    ``spam_foreign_run`` and ``glued_throughout`` ask (round 37 mend, round 38).

    >>> phrase_list(["提供假车牌", "找靓妹出台服务", "qq供应汽车解码器"])
    True
    >>> phrase_list(["首页", "新闻中心", "联系我们"])
    False
    """
    counts = [han_count(item) for item in items]
    return (
        bool(items)
        and min(counts) >= PHRASE_HAN
        and sum(counts) >= mean * len(items)
        and len({item[:2] for item in items}) > 1
    )


def glued_column(segments: Sequence[str]) -> bool:
    """Whether every segment glues a number at the same end and the numbers are values of
    one kind: all years, or all of one to three digits within one digit of each other's
    length (a score table, ``北京首钢108|辽宁本钢102|广东宏远99``; a venue's year,
    ``国家速滑馆2021|首钢滑雪大跳台2019``).  A farm's ids differ in place and length
    (``3356提供线上真人轮盘 / 快递面单数据137``)."""
    ends = [(m.start() == 0, m.group()) for s in segments if (m := END_NUMBER.search(s))]
    if len(ends) < len(segments) or len({head for head, _ in ends}) != 1:
        return False
    numbers = [number for _, number in ends]
    if all(YEAR.match(n) for n in numbers):
        return True
    lengths = [len(n) for n in numbers]
    return max(lengths) <= 3 and max(lengths) - min(lengths) <= 1


def glued_throughout(segments: list[str], glued: int) -> bool:
    """Whether every segment of a list of three or more, ``glued`` of them carrying glue
    (``GLUED_NUMBER``, ``GLUED_DOMAIN``), is glued and the list a ``phrase_list`` (its
    items ``PHRASE_HAN`` Han characters or more, no mean asked:
    ``3356提供线上真人轮盘,137提供快递面单数据``), and the glue is no column of like
    values (``glued_column``): a table of scores or years glues one kind of number to
    every name, whatever the names' length (round 37 mend: ``北京首钢108``).

    >>> glued_throughout(["3356提供线上真人轮盘", "快递面单数据137"], 2)
    False
    >>> glued_throughout(["3356提供线上真人轮盘", "快递面单数据137", "招嫖电话3833"], 3)
    True
    >>> glued_throughout(["湖人108", "勇士102", "快船99"], 3)
    False
    >>> glued_throughout(["北京首钢108", "辽宁本钢102", "广东宏远99"], 3)
    False
    """
    return (
        glued == len(segments) >= 3
        and phrase_list(segments, mean=PHRASE_HAN)
        and not glued_column(segments)
    )


def is_glued(segment: str) -> bool:
    """Whether a number, Latin or an address is glued to a term in ``segment``.

    >>> [is_glued(s) for s in ("永利皇宫8888.com", "银河湾2024", "2024年度报告", "北京")]
    [True, True, False, False]
    """
    return GLUED_NUMBER.search(segment) is not None or (
        "." in segment and GLUED_DOMAIN.search(segment) is not None
    )


# One digit or letter glued to the head of a short link (6合彩, a级电影): weaker than a
# number, so only the block model weighs it, with the rest of its run.
GLUED_CHAR = lazy_regex(r"^[\da-z]\p{Han}")
#: Every GLUED_NUMBER match holds one of these: a line without any has no glued segment.
DIGIT_OR_LATIN = lazy_regex(r"[\da-z]")
# A space between two Latin words (or numbers, or a ©) is a word space inside a phrase
# ("copyright © 1996 - 2022 www.cqcb.com all rights reserved"), not a list separator: a
# keyword list separates Chinese terms.  ``score_probe`` joins such words into one segment.
LATIN_WORD_SPACE = lazy_regex(r"(?<=[a-z0-9.©®&+-])[ \t]+(?=[a-z0-9.©®&+-])")


def han_count(text: str) -> int:
    """Han characters in ``text`` (runs, not characters, are matched: 3x faster),
    remembered: the spam passes count the same probes again (round 37: 13,198 counts of
    2,031 distinct texts on 200 corpus pages), and a ``regex`` call costs more than the
    memo's look-up."""
    return _han_counts(text)


_han_counts = LineCache(lambda text: sum(map(len, HAN_RUN.findall(text))))


def shared_affixes(pieces: list[str]) -> list[bool]:
    """Whether each piece's two-character Han head or tail is shared by at least two other
    pieces (``威尼斯人娱乐`` / ``金沙娱乐`` / ``银河娱乐``; ``开云体育`` / ``乐鱼体育`` /
    ``半岛体育``): a generated list repeats its pattern.  Pieces of fewer than three Han
    characters (names, place names) and pieces with a function character never count.

    >>> shared_affixes(["开云体育", "乐鱼体育", "半岛体育2024", "华体会"])
    [True, True, True, False]
    >>> shared_affixes(["北京", "上海", "广州", "深圳"])
    [False, False, False, False]
    """
    if sum(len(p) >= 3 for p in pieces) < 3:
        return [False] * len(pieces)
    cores = [NOT_HAN_RUN.sub("", p) if NOT_HAN_RUN.search(p) else p for p in pieces]
    long_cores = [c for c in cores if len(c) >= 3]
    # A head or tail three pieces share leaves at most n - 2 distinct ones.
    most = len(long_cores) - 2
    head_list = [c[:2] for c in long_cores]
    tail_list = [c[-2:] for c in long_cores]
    if len(set(head_list)) > most and len(set(tail_list)) > most:
        return [False] * len(cores)
    heads = Counter(head_list)
    tails = Counter(tail_list)
    return [
        len(c) >= 3
        and (heads[c[:2]] >= 3 or tails[c[-2:]] >= 3)
        and FUNCTION_CHARS.search(c) is None
        for c in cores
    ]


# Characters that carry grammar in prose and almost never occur in keyword lists.
FUNCTION_CHARS = lazy_re(r"[的了是将被把从向对于也就都而其这那们着过及并但已等]")
# Separators no prose uses between words.
# (Bars, underscores, 丨 and the block elements ▋ █ of hijacked titles.)
# The separator is matched first and its Han neighbour looked around for: 5x faster on
# prose than matching the Han character first.
LIST_SEPARATORS = lazy_regex(
    r"(?<=\p{Han}\s?)[_|｜丨\u2580-\u259f]|[_|｜丨\u2580-\u259f](?=\s?\p{Han})"
)
# A colon outside a URL: bylines and datelines (题:, 来源：) have them, keyword lists do not.
COLON = lazy_re(r"[:：](?!//)")
#: A strong term of the spam lexicon (``data/spam_terms.txt``): weight 2 and more (网投,
#: 博彩, 蜘蛛池); a weak one (1: 娱乐, 彩票) is a real outlet's or column's word too.
STRONG_TERM = 2.0


@dataclass(frozen=True, slots=True)
class SpamLexicon:
    terms: dict[str, float]
    #: First character of a term -> the lengths of the terms starting with it, longest first.
    starts: dict[str, tuple[int, ...]]
    #: Those first characters as one class: the scan visits only the positions holding one.
    openers: re.Pattern[str]
    #: The first two characters of each term of two or more: a position whose pair is not
    #: one opens no such term (most positions an opener finds), one set look-up.
    pairs: frozenset[str]
    #: ``_scan``'s answers, remembered across pages: the spam passes ask the same probes
    #: again and again (round 37: 15,668 asks of 3,377 distinct texts on 200 corpus pages).
    _found: LineCache[tuple[tuple[int, int, str], ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "_found", LineCache(lambda text: tuple(self._scan(text))))

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """The longest term starting at each position (overlapping), as (start, end, term).

        A dictionary scan (``_scan``), remembered: a pure function of ``text``, so the
        remembered answer is the answer (a new list each time: a caller may change it).
        """
        return list(self._found(text))

    def _scan(self, text: str) -> list[tuple[int, int, str]]:
        """``find``'s scan: at each position only the lengths of the terms that begin with
        that character are tried (15x faster than an overlapped regex over the term set,
        whose matches it reproduces exactly; ``tests/test_spam.py`` checks that).
        """
        terms = self.terms
        starts = self.starts
        found: list[tuple[int, int, str]] = []
        pairs = self.pairs
        for opener in self.openers.finditer(text):
            i = opener.start()
            char = opener.group()
            if text[i : i + 2] not in pairs:
                if char in terms:  # a one-character term, all that can start here
                    found.append((i, i + 1, char))
                continue
            for length in starts[char]:
                piece = text[i : i + length]
                if piece in terms:
                    found.append((i, i + len(piece), piece))
                    break
        return found

    def heaviest(self, text: str) -> float:
        """The weight of the heaviest term ``find`` finds in ``text`` (0: none)."""
        terms = self.terms
        return max((terms[term] for _, _, term in self.find(text)), default=0.0)

    def holds(self, text: str) -> bool:
        """Whether ``find`` finds any term in ``text``: its scan, stopped at the first."""
        terms = self.terms
        starts = self.starts
        pairs = self.pairs
        for opener in self.openers.finditer(text):
            i = opener.start()
            char = opener.group()
            if text[i : i + 2] not in pairs:
                if char in terms:
                    return True
                continue
            if any(text[i : i + length] in terms for length in starts[char]):
                return True
        return False


def _build(weights: dict[str, float]) -> SpamLexicon:
    lengths: dict[str, set[int]] = {}
    for term in weights:
        lengths.setdefault(term[0], set()).add(len(term))
    starts = {char: tuple(sorted(found, reverse=True)) for char, found in lengths.items()}
    openers = "".join(re.escape(char) for char in sorted(starts))
    pairs = frozenset(term[:2] for term in weights if len(term) >= 2)
    pattern = re.compile(f"[{openers}]" if openers else "(?!)")
    return SpamLexicon(weights, starts, pattern, pairs)


@cache
def lexicon() -> SpamLexicon:
    """The shipped spam lexicon (``data/spam_terms.txt``), loaded once per process."""
    terms: dict[str, float] = {}
    for fields in data_lines("spam_terms.txt"):
        term = SEPARATORS.sub("", fields[0].lower())
        weight = float(fields[2]) if len(fields) > 2 else 1.0
        if len(term) >= 2:
            terms[term] = max(weight, terms.get(term, 0.0))
    return _build(terms)


@cache
def counter_lexicon() -> SpamLexicon:
    """Words of the reports *about* spam (``data/spam_counter_terms.txt``): enforcement,
    courts and warnings.  A short line that holds one is news, not an advertisement."""
    return _build({fields[0]: 1.0 for fields in data_lines("spam_counter_terms.txt")})


#: A two-character piece shared by this many lexicon terms is a morpheme of the spam
#: vocabulary (出售, 私服, 彩票, 成人 ...): a term the lexicon lacks is often built from one.
MORPHEME_TERMS = 3


@cache
def spam_morphemes() -> frozenset[str]:
    """The Han bigrams that at least ``MORPHEME_TERMS`` lexicon terms share."""
    counts: dict[str, int] = {}
    for term in lexicon().terms:
        for bigram in {term[i : i + 2] for i in range(len(term) - 1)}:
            if HAN_PAIR.fullmatch(bigram):
                counts[bigram] = counts.get(bigram, 0) + 1
    return frozenset(b for b, n in counts.items() if n >= MORPHEME_TERMS)


@cache
def morpheme_pattern() -> regex.Pattern[str]:
    """``spam_morphemes`` as one pattern (a scan of the line instead of one look-up per
    character)."""
    return regex.compile(r"\L<morphemes>", morphemes=sorted(spam_morphemes()))


@cache
def _any_morpheme() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(spam_morphemes()))) or "(?!)")


def holds_morpheme(probe: str) -> bool:
    """Whether any ``spam_morphemes`` bigram occurs in ``probe`` (one search of a literal
    alternation, in C, instead of a slice and a set look-up at every position).

    >>> holds_morpheme("代开发票"), holds_morpheme("北京天气")
    (True, False)
    """
    return _any_morpheme().search(probe) is not None


#: A date or time written in digits, as a news line writes it (6月起, 5月20日, 3日电); a
#: month alone is a site's name as often (6月丁香), so it needs a day or a word of time.
PROSE_DATE = lazy_regex(
    r"\d{1,2}月\d{1,2}日|\d{1,2}月(?:起|份|初|底|中旬|上旬|下旬)|\d{1,2}日(?:起|电|讯)"
    r"|\d{4}年\d{1,2}月"
)


@cache
def prose_lexicon() -> SpamLexicon:
    """Words of a news line's reporting and time (``data/spam_prose_terms.txt``)."""
    return _build({fields[0]: 1.0 for fields in data_lines("spam_prose_terms.txt")})


def prose_sign(probe: str) -> bool:
    """Whether a short line shows a sign of prose: a date in digits or a word of reporting.

    >>> prose_sign("6月起严打网络赌博"), prose_sign("全省通报赌博案例"), prose_sign("六月丁香")
    (True, True, False)
    """
    return PROSE_DATE.search(probe) is not None or bool(prose_lexicon().find(probe))


#: A coined keyword's shape (round 22): a lower-case letter or two glued before Han.
COINED = lazy_regex(r"[a-z]{1,2}\p{Han}{2,}")


def coined(term: str, text: str, probe: str) -> bool:
    """Whether ``term`` (of ``probe``, the line ``text`` simplified and lower-cased) is
    printed as a coined keyword: a lower-case letter or two glued before Han characters
    (``k他命``, a syllable spelled in Latin to dodge a filter); a name writes its letters
    in capitals (``AI芯片``, ``B站``) or as a word (``iPhone``).

    >>> coined("k他命", "展开 k他命", "展开 k他命"), coined("ai芯片", "展开 AI芯片", "展开 ai芯片")
    (True, False)
    """
    printed = text.strip()
    if len(printed) != len(probe):
        return False
    at = probe.find(term)
    return COINED.fullmatch(printed[at : at + len(term)]) is not None

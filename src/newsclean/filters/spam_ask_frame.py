"""The grammar of a search query around a term, and whether the term is the article's.

Model (round 17; the page's judgement is ``spam_ask``'s, whose docstring states the whole
model).  A keyword farm's query line is read as a *frame* with a *slot*:

* *short and alone*: at most ``MAX_LINE`` characters (read simplified and lower-cased), a
  line of its own, no sentence mark, comma, colon, quote, bracket or space inside it;
  question marks may end it;
* an optional *opener* (``data/spam_ask_frames.txt``, kind ``opener``: 求, 请问, 如何,
  怎么, 哪里 …), then the *slot*: a term of ``MIN_TERM``-``MAX_TERM`` Han characters,
  Latin letters and digits, no function character (的 了 是 …, ``spam_signs``) and no
  personal pronoun (a writer's question has a subject: 你知道怎么下载吗; round 22: after a
  link list's label the slot is a link's name, which may spell a sound with one: 凯他敏), then
* the *tail*: the rest of the line made entirely of frame words (the other kinds of the
  data file: gambling, download, purchase and ask words and joints such as 规则, 日期,
  开始, 的, 是), read by a dynamic programme from the line's end (linear: each position
  tries the few frame words that start there), and more than one word or asked (a term
  and one noun, ``网易彩票``, is a name, not a query).

Every cut of the slot from the tail is a reading.  A reading's frame is *suspect* when its
tail holds a gambling word (开奖, 中奖, 下注, 彩票, 比分, 玩法 …), or a download or purchase
word (网址, 下载, 收益 …) in a line that *asks* (an opener, a question mark, an interrogative
or 吗/呢 in the tail: a site's own ``旧版网站入口`` or ``请下载某某APP`` asks nothing).

Round 18: a *contest* word (比赛, 大赛, 赛事: a betting site's events, ``X比赛分为几种``,
``X游戏大赛规则``) and a *watch* word (免费观看, 在线看: a pirate or adult video site's
query, ``X大全免费观看``) make the frame suspect as a gambling word does; and a link list's
*label* (kind ``label``: 友情链接, 相关搜索 …) may open the line in the opener's place, the
slot then standing alone or with a tail (``友情链接X``: a list of one link).  A label asks
nothing, so only the lexicon or a suspect tail speaks for its term (``spam_ask``).

A term is *foreign to the article* (``foreign``) when fewer than half of its Han pairs, as
printed or simplified, occur in the article (``spam_article.Elsewhere``); a term without
a Han pair, when the article does not hold it whole.  Half, not one: an injected term
shares a pair with a long article by chance (六月, 电影), a term the article names recurs
mostly whole.  A query in a suspect frame around a foreign term never heads the page
(``is_query_spam``, asked by ``title.echoes``): this module reads no spam lexicon, so the
title's module may ask it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.lazy_pattern import WHITE_SPACE, lazy_re, lazy_regex
from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_signs import FUNCTION_CHARS
from newsclean.filters.spam_verdict import NOT_SPAM

MAX_LINE = 32
MIN_TERM, MAX_TERM = 2, 12
TERM = lazy_regex(rf"[\p{{Han}}a-z0-9]{{{MIN_TERM},{MAX_TERM}}}")
#: Question marks ending the line (half- or full-width): stripped before the grammar reads.
MARKS = "?？"
#: What a query line never holds: sentence marks, commas, colons, quotes, brackets, spaces.
NOT_QUERY = lazy_re(rf"[。！!？?，,、；;：:“”\"「」《》()（）\[\]【】|｜/{WHITE_SPACE}]")
#: A writer's question has a subject; a keyword has none.
PRONOUN = lazy_regex(r"[你我他她它您咱]")
#: Word kinds of the tail: a gambling, contest or watch word makes the frame suspect; a
#: download or purchase word only in a line that asks.
GAMBLING, OFFER, ASK = ("gambling", "contest", "watch"), ("download", "purchase"), "ask"
#: The kind of a link list's label, which may open the line in the opener's place.
LABEL = "label"
#: A reading: the term and whether its frame is suspect.
Reading = tuple[str, bool]


@cache
def frame_words() -> tuple[tuple[str, ...], dict[str, str], int]:
    """The openers (longest first), the tail words (word -> kind) and the longest tail
    word's length (``data/spam_ask_frames.txt``)."""
    openers: list[str] = []
    tail: dict[str, str] = {}
    for word, kind in data_lines("spam_ask_frames.txt"):
        if kind in ("opener", LABEL):
            openers.append(word)
        else:
            tail[word] = kind
    openers.sort(key=lambda w: -len(w))
    return tuple(openers), tail, max(map(len, tail))


@cache
def tail_ends() -> frozenset[str]:
    """The last characters of the tail words."""
    return frozenset(word[-1] for word in frame_words()[1])


@cache
def kind_pattern(*kinds: str) -> regex.Pattern[str]:
    """A tail word of one of ``kinds``."""
    words = [w for w, kind in frame_words()[1].items() if kind in kinds]
    return regex.compile(r"\L<words>", words=words)


@cache
def suspect_chars() -> frozenset[str]:
    """The characters of the suspect tail words and of the labels: a line holding none is
    read no further."""
    kinds = (*GAMBLING, *OFFER)
    words = [w for w, kind in frame_words()[1].items() if kind in kinds]
    return frozenset("".join((*words, *labels())))


@cache
def labels() -> frozenset[str]:
    """A link list's labels (kind ``label``), which open a line in the opener's place."""
    return frozenset(word for word, kind in data_lines("spam_ask_frames.txt") if kind == LABEL)


def sales_word_at(probe: str, end: int) -> int:
    """The length of a purchase or download word of the frames at ``end`` of ``probe``, else
    0: a keyword glued before a headline is a sales query, its trade word the keyword's
    (``全新银行卡货源``, ``仿真枪官网``; round 39, ``spam_prefix``).

    >>> sales_word_at("全新银行卡货源六旬男子", 5), sales_word_at("全新银行卡六旬男子", 5)
    (2, 0)
    """
    match = kind_pattern("purchase", "download").match(probe, end)
    return 0 if match is None else match.end() - end


def readings(probe: str) -> list[Reading]:
    """The readings of ``probe`` (simplified, lower-cased, stripped) as a query line:
    ``(term, suspect frame)``, the longest tail first (module docstring).

    >>> readings("求某某丁香的游戏玩法?")[0]
    ('某某丁香', True)
    >>> readings("某某站开奖日期是什么时候开始的")[0]
    ('某某站', True)
    >>> readings("新规是什么"), readings("中国经济下一步的重点是什么"), readings("你知道怎么下载吗")
    ([('新规', False)], [], [])
    >>> [suspect for _, suspect in readings("旧版网站入口")], readings("某某网站入口在哪里")[0]
    ([False], ('某某', True))
    >>> readings("中国体育彩票"), readings("某某彩票?")
    ([], [('某某', True)])
    >>> readings("某某站比赛分为几种")[0], readings("某某影院大全免费观看")[0]
    (('某某站', True), ('某某影院', True))
    >>> readings("友情链接某某影院"), readings("友情链接"), readings("友情链接凯他敏")
    ([('某某影院', False)], [], [('凯他敏', False)])
    """
    body = probe.rstrip(MARKS)
    if len(probe) > MAX_LINE or NOT_QUERY.search(body):
        return []
    openers, tail_words, longest = frame_words()
    opener = next((w for w in openers if body.startswith(w)), "")
    label = opener in labels()
    asked = (opener != "" and not label) or len(body) < len(probe)
    body = body[len(opener) :]
    size = len(body)
    # ends[i]: body[i:] is made of tail words (a dynamic programme from the line's end)
    ends = [False] * (size + 1)
    ends[size] = True
    # Why this skip cannot change the answer: body[i:] made of tail words ends with one, so
    # when no tail word ends with the body's last character no i < size is an end.
    for i in range(size - 1, -1, -1) if size and body[-1] in tail_ends() else ():
        ends[i] = any(
            ends[i + length] and body[i : i + length] in tail_words
            for length in range(1, min(longest, size - i) + 1)
        )
    found: list[Reading] = []
    # after a label the slot may stand alone (a list of one link)
    for cut in range(MIN_TERM, min(MAX_TERM, size - 1 + label) + 1):
        term = body[:cut]
        if not ends[cut] or not TERM.fullmatch(term):
            continue
        if FUNCTION_CHARS.search(term) or (PRONOUN.search(term) and not label):
            break  # a longer term holds it too; a link's name may spell with 他 (凯他敏)
        tail = body[cut:]
        if not asked and not label and tail in tail_words:
            continue  # a term and one noun: a name (网易彩票), not a query
        suspect = kind_pattern(*GAMBLING).search(tail) is not None or (
            kind_pattern(*OFFER).search(tail) is not None
            and (asked or kind_pattern(ASK).search(tail) is not None)
        )
        found.append((term, suspect))
    return found


def foreign(forms: tuple[str, ...], article: Elsewhere) -> bool:
    """Whether the article names fewer than half of the Han pairs of each of ``forms`` (a
    form without one: not as a whole)."""
    for form in forms:
        pairs = han_pairs(form)
        if not pairs:
            if article.names([form]):
                return False
        elif 2 * article.echoes(pairs) >= len(pairs):
            return False
    return True


def is_query_spam(text: str, article: Sequence[str]) -> bool:
    """Whether ``text`` (simplified) is a query in a suspect frame around a term foreign to
    the lines of ``article`` (the title choice: such a line never heads the page).

    >>> is_query_spam("求某某丁香的游戏玩法?", ["丁香花开了。游戏玩法很多。"])
    True
    >>> is_query_spam("双色球开奖时间是什么时候?", ["双色球今晚开奖。"])
    False
    """
    line = text.strip().lower()
    chars = suspect_chars()
    if len(line) > MAX_LINE or not any(map(chars.__contains__, line)):
        return False  # one length and one character test for most lines
    found = readings(line)
    if not found:
        return False
    lines = [text, *article]
    elsewhere = Article(lines, [NOT_SPAM] * len(lines)).without(0)
    return any(suspect and foreign((term,), elsewhere) for term, suspect in found)

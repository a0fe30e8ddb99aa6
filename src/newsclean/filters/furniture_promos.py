"""A broadcaster's promotion line: a channel, a live stream or a chat room promoted.

Model (round 34; ``navigation`` asks ``promotion`` beside its consent notices).  A TV or
radio site prints under every story a line promoting its own broadcast, not the story's:
the channel and its round-the-clock live stream (``東森新聞 51 頻道 24 小時線上直播|Taiwan
EBC 24h live news``), or a chat room for a match with the match's day and time
(``【12強棒球聊天室】11/21(四) 10:45 中華VS委內瑞拉 精彩賽事請看東森新聞``).  The evidence
is the line's vocabulary (``data/promo_words.txt``): a *medium* (频道, 直播, 聊天室, live)
and, besides it, ``MIN_WORDS`` distinct promotion words in all, one of them a *call* to
the reader (请看, 锁定, 敬请收看) or a promotion word in *Latin letters* (the line's
English half: live, 24h).  Spaces inside a word are the layout's (``24 小時``).

A story that reports a broadcast is a sentence (``央视将全程直播比赛。``: a sentence mark
ends it) or a headline with no call to the reader and no English half (``CCTV5频道24小时
直播世界杯`` keeps its words, ``MIN_WORDS`` of them, but neither evidence), and stays.
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.word_trie import word_pattern

#: A promotion is one line of a few phrases.
MAX_PROMOTION = 80
#: Distinct promotion words a line holds at least (a medium among them).
MIN_WORDS = 3
SENTENCE = lazy_re(r"[。！？；!?;]")
#: A layout space inside a word: between a digit or a Han character and a Han character.
LAYOUT_SPACE = lazy_re(r"(?<=[0-9\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


@cache
def _words() -> dict[str, frozenset[str]]:
    kinds = data_kinds("promo_words.txt").items()
    return {kind: frozenset(word.lower() for word in words) for kind, words in kinds}


@cache
def _pattern() -> re.Pattern[str]:
    words = {w for kind in _words().values() for w in kind}
    return re.compile(rf"(?<![a-z])(?:{word_pattern(sorted(words))})(?![a-z])")


def promotion(line: str) -> bool:
    """Whether ``line`` promotes a broadcast (module docstring).

    >>> promotion("東森新聞 51 頻道 24 小時線上直播|Taiwan EBC 24h live news")
    True
    >>> promotion("【12強棒球聊天室】11/21(四) 10:45 中華VS委內瑞拉 精彩賽事請看東森新聞")
    True
    >>> promotion("CCTV5频道24小时直播世界杯"), promotion("央视将全程直播比赛，敬请收看。")
    (False, False)
    """
    text = line.strip()
    if len(text) > MAX_PROMOTION or SENTENCE.search(text) is not None:
        return False
    lowered = LAYOUT_SPACE.sub("", text.lower())
    found = set(_pattern().findall(lowered))
    if len(found) < MIN_WORDS:
        return False
    words = _words()
    if not found & words["medium"]:
        return False
    return bool(found & words["call"]) or bool(found & words["latin"])

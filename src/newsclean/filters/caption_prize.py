"""A prize picture's caption: the contest and prize, the photographer, the picture's title.

Model (round 13, a cell of the credit grammar in ``captions``' docstring: *role × name ×
bracket*).  A photo contest's winners are printed one picture a line, each captioned by
the prize it won standing as the photographer's *role*, a separator, the photographer's
name and, in a closing bracket, the picture's title: ``“2025澳門國際幻彩大巡遊”攝影比賽冠軍-
林國權(高蹺喜洋洋)`` (a Macau weekly's page of a parade's photo contest).  The grammar:

    [contest's name] 摄影|攝影 [words] contest [words] prize  sep  name  [(title)]

where *contest* is a contest noun (比赛, 大赛, 展, 奖…) and *prize* a rank (冠军, 金奖, 一等奖,
优秀奖, 入选…), both kinds ``contest`` and ``prize`` of ``data/caption_cues.txt``; *sep* a
dash, colon or slash; *name* a person's name (a family name of ``data/surnames.txt`` and
one or two characters).  The line is a label, not a sentence: no sentence or
clause mark (。！？，；) outside its quotes and brackets, at most ``MAX_PRIZE_LINE``
characters.  A sentence that names an award (``林国权的作品获“2025澳门国际幻彩大巡游”摄影
比赛冠军。``, ``他曾获摄影大赛金奖-这让他…``) has a verb and a stop, or no name alone after
the separator, and stays prose.

>>> prize_credit("“2025澳門國際幻彩大巡遊”攝影比賽冠軍-林國權(高蹺喜洋洋)")
'photo credit at the end: a prize picture (林國權)'
>>> prize_credit("林国权的作品获“2025澳门国际幻彩大巡游”摄影比赛冠军。") is None
True
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.filters.caption_brackets import caption_cues
from newsclean.filters.credit_names import person_name
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.word_trie import longest_first

#: A prize caption is a label line: the contest, the prize, a name, a title.
MAX_PRIZE_LINE = 60
#: Words of the contest's name between 摄影 and the contest noun, or the noun and the prize.
MAX_BETWEEN = 8
PHOTO_WORDS = ("摄影", "攝影")
# Quotes and brackets are the contest's and the picture's names: their inside may hold
# any mark.  Outside them a prize caption has no sentence or clause mark.
NAMED = lazy_regex(r"“[^“”]*”|「[^「」]*」|《[^《》]*》|[（(][^（()）]*[)）]")
SENTENCE_MARKS = lazy_regex(r"[。！？!?，,；;]")


@cache
def _prize_line() -> regex.Pattern[str]:
    """The grammar of the module's docstring, built from ``data/caption_cues.txt``."""
    cues = caption_cues()  # longest first
    contest, prize = (longest_first(cues[kind]) for kind in ("contest", "prize"))
    return regex.compile(
        rf"(?:摄影|攝影)[^\s。，,；;！？]{{0,{MAX_BETWEEN}}}?(?:{contest})"
        rf"[^\s。，,；;！？]{{0,{MAX_BETWEEN}}}?(?:{prize})"
        r"\s?[-－—–:：/／]{1,2}\s?(\p{Han}{2,4})\s?(?:[（(][^（()）]{1,24}[)）])?$"
    )


def prize_credit(line: str) -> str | None:
    """Why ``line`` is a prize picture's caption (module docstring), or None."""
    if len(line) > MAX_PRIZE_LINE or not any(word in line for word in PHOTO_WORDS):
        return None
    if SENTENCE_MARKS.search(NAMED.sub("", line)) is not None:
        return None  # a sentence naming an award: prose
    match = _prize_line().search(line)
    if match is None or not person_name(match.group(1)):
        return None
    return f"photo credit at the end: a prize picture ({match.group(1)})"

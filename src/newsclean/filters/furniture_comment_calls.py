"""An empty or young comment box's calls to the reader, read by their pieces.

Model (round 38; ``navigation.classify_furniture`` asks ``comment_call`` before its
sentence test, so such a line goes anywhere on the page).  Under a story the comment box
prints its state and calls the reader to it, in the site's words, never the article's.
Such a line is short (``MAX_CALL_LINE``), names a comment (kind ``noun`` of
``data/comment_call_words.txt``), and is made whole of these pieces, parted by spaces,
commas or exclamation marks:

* the box's *emptiness* (kind ``zero``: ``無任何留言``, ``暂无评论``, ``NO MESSAGE``);
* an *urge to be first* (kind ``urge`` perhaps, kind ``first``: ``趕緊搶頭香``, ``快来抢沙发``);
* the *act with its goal* (login perhaps, kind ``act``, kind ``goal``: ``留言衝人氣``);
* the *act with a promised reward* (login perhaps, the act, a chance, one to four letters
  naming it, a reward noun, a particle perhaps: ``登入留言有機會獲得旺幣哦``);
* a *comment counter* (a number, a measure word perhaps and the noun: ``2則留言``);

one piece at least other than a counter (a counter alone is ``furniture_counters``').  A
story's sentence about a temple's first incense (``信眾趕緊搶頭香``) or a reader's comment
has a subject or words of its own that no piece covers, and stays.

>>> comment_call("留言衝人氣 2則留言"), comment_call("登入留言有機會獲得旺幣哦!")
(True, True)
>>> comment_call("NO MESSAGE 無任何留言,趕緊搶頭香!"), comment_call("暂无评论,快来抢沙发")
(True, True)
>>> comment_call("大甲媽祖廟開廟門,信眾趕緊搶頭香"), comment_call("2則留言")
(False, False)
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.word_trie import word_pattern

#: A comment box's call is a line of a few pieces.
MAX_CALL_LINE = 60
#: A reward's own name before its noun (旺 in 旺幣): a few letters.
MAX_REWARD_NAME = 4
#: What parts the pieces: spaces, commas, stops, exclamation marks, a tilde.
SEPARATORS = r"[\s,，!！~～。.、]+"
#: A comment counter's measure words.
MEASURES = "則则条條个個篇"


@cache
def _grammar() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    kinds = data_kinds("comment_call_words.txt")

    def words(kind: str) -> str:
        return word_pattern(kinds[kind])

    login, act, noun = words("login"), words("act"), words("noun")
    calls = (
        f"{words('zero')}",
        f"(?:{words('urge')})?{words('first')}",
        f"(?:{login})?{act}{words('goal')}",
        f"(?:{login})?(?:{act})?{words('chance')}\\p{{Han}}{{0,{MAX_REWARD_NAME}}}?"
        f"{words('reward')}(?:{words('particle')})?",
    )
    call = "|".join(f"(?:{c})" for c in calls)
    piece = rf"(?:{call}|\d{{1,7}}\s?[{MEASURES}]?{noun})"
    line = regex.compile(rf"(?:{SEPARATORS})?{piece}(?:{SEPARATORS}{piece})*(?:{SEPARATORS})?")
    return line, regex.compile(call)


@cache
def _nouns() -> tuple[str, ...]:
    return data_kinds("comment_call_words.txt")["noun"]


def comment_call(text: str) -> bool:
    """Whether ``text`` is a comment box's call made whole of its pieces (module docstring)."""
    line = text.strip().lower()
    if not line or len(line) > MAX_CALL_LINE or not any(n in line for n in _nouns()):
        return False
    whole, call = _grammar()
    return whole.fullmatch(line) is not None and call.search(line) is not None

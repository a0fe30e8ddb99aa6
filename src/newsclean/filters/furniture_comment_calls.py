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
* the box's *rules* (round 39: the act, a few letters, a rule noun, ``發言應遵守發言規則``,
  ``回應文章建議規則:``; the act, a prohibition and what it forbids, ``回應禁止使用HTML語法``);
* a *login call* (round 39: who comments perhaps, the act, "first", login:
  ``公民記者留言請先登入``);

one piece at least other than a counter (a counter alone is ``furniture_counters``').  A
story's sentence about a temple's first incense (``信眾趕緊搶頭香``) or a reader's comment
has a subject or words of its own that no piece covers, and stays.

>>> comment_call("留言衝人氣 2則留言"), comment_call("登入留言有機會獲得旺幣哦!")
(True, True)
>>> comment_call("NO MESSAGE 無任何留言,趕緊搶頭香!"), comment_call("暂无评论,快来抢沙发")
(True, True)
>>> comment_call("發言應遵守發言規則"), comment_call("公民記者留言請先登入")
(True, True)
>>> comment_call("大甲媽祖廟開廟門,信眾趕緊搶頭香"), comment_call("2則留言")
(False, False)
>>> comment_call("議員發言應遵守議事規則"), comment_call("他在會上發言")
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
#: What parts the pieces: spaces, commas, stops, exclamation marks, a tilde, a colon.
SEPARATORS = r"[\s,，!！~～。.、:：]+"
#: The letters between a rule's act and its noun (應遵守發言), and what a prohibition
#: forbids (使用HTML語法): a few letters of one clause.
MAX_RULE_GAP = 6
MAX_FORBIDDEN = 12
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
        f"{act}\\p{{Han}}{{0,{MAX_RULE_GAP}}}?{words('rule')}",
        f"{act}{words('forbid')}[\\p{{Han}}A-Za-z]{{1,{MAX_FORBIDDEN}}}",
        f"\\p{{Han}}{{0,4}}?{act}{words('before')}{login}",
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

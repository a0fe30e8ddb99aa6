"""Whether a head line asks a question (round 35, asked by ``head_echo``'s reading of a
search farm's question put where the headline stands).

Model.  A question is asked with its question mark (``?``, ``？``) anywhere in the line, or,
the mark lost, with an interrogative closing the line: a word of
``data/question_words.txt`` (什么, 多少, 如何, …) or one of the one-letter interrogatives
and the question particle that the data file leaves out as openers of common words
(``CLOSING``: 谁, 几, 吗; ``夜色城的打赏钱归谁``).  At a line's end they open no word: 谁家,
几乎 and 吗啡 need a letter after them; but they close words of statements (``STATEMENTS``:
所剩无几, 这没什么, 舍我其谁), which ask nothing.  The line is read simplified and lower-cased.
"""

from __future__ import annotations

from functools import cache

from newsclean.filters.charmodel import simplified_char
from newsclean.filters.spam_question import question_words

QUESTION_MARKS = ("?", "？")
#: One-letter interrogatives and the yes-no particle, closing the line (module docstring).
CLOSING = ("谁", "几", "吗")
#: Words of statements an interrogative closes (module docstring): no question asked.
STATEMENTS = ("无几", "没什么", "没有什么", "不算什么", "其谁")


@cache
def _interrogatives() -> tuple[str, ...]:
    return (*question_words(), *CLOSING)


def asks_question(line: str) -> bool:
    """Whether ``line`` asks a question (module docstring).

    >>> asks_question("夜色城的打赏钱归谁"), asks_question("为什么夜里会下雨？")
    (True, True)
    >>> asks_question("中国女足力克日本队 18年后再度夺冠"), asks_question("谁家的孩子获奖")
    (False, False)
    >>> asks_question("春耕在即 粮食库存所剩无几"), asks_question("输一场球没什么")
    (False, False)
    """
    text = line.strip().rstrip("”」』\"'")
    if any(mark in text for mark in QUESTION_MARKS):
        return True
    bare = "".join(simplified_char(char) for char in text[-4:]).lower()  # 怎么样: 3 letters
    return bare.endswith(_interrogatives()) and not bare.endswith(STATEMENTS)

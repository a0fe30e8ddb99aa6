"""Whether a "?" is a writer's question (the grammar of a Chinese question: an
interrogative, a question particle, A-not-A, a classical adverb; a headline's or an
ASCII typist's rhetorical question) or a lost character's mark, for the short stretches
of a slip (``mojibake_marks``): ``asks``, ``asked``, ``rhetorical``, and whether the text
before a line-end "?" reads well (``garbled_tail``).

Split from ``mojibake_marks`` by job (round 46); its docstring states the model (round 36,
*a mark glued before a number*; round 38, a half-width "?" closing full-width prose;
round 39, a question ending in an uncommon word).
"""

from __future__ import annotations

from newsclean.filters.charmodel import is_rare, out_of_place
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.marks import CLAUSE_MARKS, COLONS, STOP_MARKS
from newsclean.filters.mojibake_punctuation import ASCII_CLAUSE_MARKS, FULL_WIDTH_MARKS

#: The particles that ask (吗, 呢, 吧, 么, 嘛, 乎), both scripts: ``INTERROGATIVES`` holds them.
ASKING_PARTICLES = frozenset("吗嗎呢嘛吧么麼乎")
#: Sentence-final particles a question mark follows: the asking ones, and the particles of
#: tone a writer closes a question with as well (呀, 啊), which ask nothing by themselves.
QUESTION_PARTICLES = ASKING_PARTICLES | frozenset("呀啊")
#: The characters before a line-end "?" a slip that ran to it read one byte off, at most
#: (a byte lost among the line's last eight: three characters and the closing mark).
TAIL_READ = 3
#: The characters a Chinese question is asked with, both scripts: the interrogative
#: pronouns and adverbs (什么, 怎么, 哪, 谁, 几, 何, 啥, 咋), the question particles (吗, 呢,
#: 吧, 么, 嘛, 乎) and the words that ask for a yes or no (否 of 是否, 难道, 岂).  A closed
#: grammatical class (Li & Thompson, "Mandarin Chinese", ch. 18), not forms seen on pages;
#: 多少 is left out (多 and 少 are everywhere), so a question asked with it alone is read
#: as damage only when a digit is glued after its "?".
INTERROGATIVES = ASKING_PARTICLES | frozenset("什怎哪谁誰几幾何啥咋否难難岂豈")
#: Classical Chinese asks with adverbs the modern language uses otherwise (安 in 安全, 焉
#: a particle): only in these words are they interrogatives (round 39, 安能辨我是雄雌?).
CLASSICAL_ASKING = ("安能", "安得", "安知", "焉能", "焉知", "焉得", "孰")
#: How far back a question's words are looked for (its clause, at most this many characters).
QUESTION_REACH = 24
#: Where a clause starts, for the look-back: the marks that part clauses or close
#: sentences (``marks``), colons, the enumeration comma and a line's end.
CLAUSE_BREAKS = frozenset(CLAUSE_MARKS + STOP_MARKS + COLONS + "、\n")
#: Every mark a line's clauses are parted or closed with, either width: a line holding
#: none but its "?" is one clause, a headline's shape.
LINE_MARKS = frozenset(CLAUSE_MARKS + STOP_MARKS + COLONS + "、")
#: A-not-A, the other way to ask (是不是, 有没有, 好不好).
A_NOT_A = lazy_re(r"(.)[不没沒]\1")


def asks(text: str, at: int) -> bool:
    """Whether the clause before ``at`` (a "?") asks a question: an interrogative
    (``INTERROGATIVES``, ``CLASSICAL_ASKING``) or A-not-A in it, ``QUESTION_REACH`` back.
    A writer's "?" closes a question; a "?" glued to a digit after words that ask nothing
    is a lost character's mark (round 36: ``收假?1天`` for 收假前1天, ``只?1場`` for 只剩1場)."""
    begin = max(0, at - QUESTION_REACH)
    for index in range(at - 1, begin - 1, -1):
        if text[index] in CLAUSE_BREAKS:
            begin = index + 1
            break
    clause = text[begin:at]
    if any(char in INTERROGATIVES for char in clause) or A_NOT_A.search(clause) is not None:
        return True
    return any(word in clause for word in CLASSICAL_ASKING)


def asked(text: str, at: int) -> bool:
    """Whether the "?" at ``at`` closes a question its clause asks (``asks``) after text
    that reads well but for the character before it (round 39): a writer's question
    ending in an uncommon word (问女何所忆?, 安能辨我是雄雌?), in a line that types its other
    marks in ASCII too (``,`` ``;``: a full-width line's ASCII "?" is a lost byte's mark,
    ``生成什茫?`` for 什么？).  A slip before a mark reads several characters one byte off:
    one of the ``TAIL_READ`` before it is uncommon or out of place besides the last."""
    if any(c in FULL_WIDTH_MARKS for c in text) or not any(m in text for m in ASCII_CLAUSE_MARKS):
        return False
    return asks(text, at) and not any(
        is_rare(text[i]) or out_of_place(text, i) for i in range(max(0, at - TAIL_READ), at - 1)
    )


def rhetorical(text: str) -> bool:
    """Whether a "?" of the line, glued before a number after words that ask nothing,
    closes a writer's rhetorical question (round 36 mend): a question asked without a
    question word (``年轻人不爱存钱?8成受访者…``) is a headline's, on a line holding no
    other mark, or a writer's who types every mark in ASCII, on a line writing its other
    marks half-width (``月薪过万?3成, 够花吗``).  A lost character's mark stands in a line of
    full-width prose (``民眾擔心收假?1天上路會塞車，``).  Asked once per line (linear)."""
    if sum(char in LINE_MARKS for char in text) <= 1:
        return True
    return any(mark in text for mark in ASCII_CLAUSE_MARKS) and not any(
        char in FULL_WIDTH_MARKS for char in text
    )


def garbled_tail(text: str, at: int) -> int | None:
    """Where the text read one byte off before a line-end "?" at ``at`` starts: the first
    of its last ``TAIL_READ`` characters that is uncommon (round 38; the one before the
    "?" out of place is damage already); None when they read well (a writer's question
    by intonation, or a closing mark alone lost, which no test tells apart).  Out of
    place further back is no sign: ``也轉趨樂觀`` reads well and 趨 after 轉 is rare."""
    for index in range(max(0, at - TAIL_READ), at):
        if is_rare(text[index]):
            return index
    return None

"""An *identifying label*: a picture's caption saying what the thing shown is (round 42).

**Model (a grammar, not a list of captions).**  A picture of a place or an object is
labelled by describing what is seen and saying what it is: a described thing (an
attribute, 的, a head noun: ``简陋的平房``), the copula 是, and what it is
(``镇领导办公室兼寝室``), one clause with no mark at all, the label dropping the sentence's
stop as a photo act's label does (``caption_order.photo_act_caption``):
``简陋的平房是镇领导办公室兼寝室`` (http://m.melive.cc/gn/2010/07-17/2407894.shtml, the first
of two captions under the byline of 中新网's story from 四川).  It is read in any layout,
since such a label is printed flush or indented like the paragraphs, over the text or
between two paragraphs.

What is no such label:

* a sentence keeps its stop (``简陋的平房是他的办公室。``: the writer's line, a paragraph);
* a person speaking or spoken to (a pronoun or a demonstrative opening the subject or the
  attribute, ``我们的目标是…``, ``这里的房子是…``: the writer's voice, not the picture's);
* an assessment (``…是最美的``: 是…的 closing the line; a negation, aspect or modal in
  it, ``不是``, ``曾是``, ``将是``) or a question (an interrogative of
  ``data/question_words.txt`` or 几: a farm's query ``…中八个号是几等奖`` is spam's);
* a long line (more than ``MAX_IDENTITY`` characters): a heading's or a paragraph's.
"""

from __future__ import annotations

from functools import cache

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import lazy_regex

#: An identifying label is short: a described thing and what it is.
MAX_IDENTITY = 24
#: A described thing (attribute, 的, head noun), the copula, what it is: Han only.
IDENTITY = lazy_regex(r"^(?P<attr>\p{Han}{1,8})的(?P<head>\p{Han}{1,4})是(?P<what>\p{Han}{2,12})$")
#: The writer's voice or a pointing word opening the subject (no picture's label).
VOICE = frozenset("我你您他她它咱这那這此其")
#: A negation, an aspect or a modal before the copula, an assessment's closing 的.
NOT_IDENTIFYING = lazy_regex(r"[不没沒曾将將会會要也都还還就才已]$")


@cache
def _interrogatives() -> tuple[str, ...]:
    """The interrogatives of ``data/question_words.txt`` and the one-letter 几."""
    return (*(fields[0] for fields in data_lines("question_words.txt")), "几", "幾")


def identity_caption(line: str) -> bool:
    """An identifying label (module docstring).

    >>> identity_caption("简陋的平房是镇领导办公室兼寝室")
    True
    >>> identity_caption("简陋的平房是镇领导办公室兼寝室。")
    False
    >>> identity_caption("我们的目标是星辰大海")
    False
    >>> identity_caption("奋斗的青春是最美的"), identity_caption("缅甸皇家国际中八个号是几等奖")
    (False, False)
    """
    if len(line) > MAX_IDENTITY or line.count("是") != 1 or line.endswith("的"):
        return False
    found = IDENTITY.match(line)
    if found is None or line[0] in VOICE or NOT_IDENTIFYING.search(found["head"]):
        return False
    what = found["what"]
    return not any(word in what for word in _interrogatives())

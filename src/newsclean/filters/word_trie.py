"""A regex alternation of many literal words, written as a trie.

Shared by the grammars that match long word lists (date zone and weekday words,
byline labels, navigation tool phrases): ``regex``'s named lists (``\\L<list>``) give
the same longest-word-first match, many times slower on a thousand words.

The pattern is kept short, since compiling it is most of a grammar's start-up cost
(``regex`` parses a pattern in Python, character by character): neighbouring
one-character leaves of a node become one class (``[个個篇]`` for ``个|個|篇``), which
both engines match alike, tried at the same place in the same order.  Not at the root:
there the stdlib ``re`` reads the first characters of an alternation of literals as a set
to skip ahead with, and a class among them would turn that off.

``longest_first`` is the same choice written plainly (``来源于|来源|记者``): the words
that fit at one position are prefixes of each other, so both try them longest first.
It is the one builder of the plain form, for the grammars whose pattern is that form
(short tables, a bare alternation to wrap or to search with alone).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

_Trie = dict[str, "_Trie"]


def word_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as a trie (``来(?:源(?:于)?)?``...): the longest
    word wins, as with ``\\L<list>``, but a thousand labels match many times faster.

    >>> word_pattern(["来源", "来源于", "记者"])
    '(?:来源(?:于)?|记者)'
    >>> word_pattern(["下一个", "下一個", "下一篇", "下一篇文章"])
    '(?:下一(?:[个個]|篇(?:文章)?))'
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    if "" in trie:  # the empty word: the whole alternation is optional
        return "(?:" + _emit(trie) + ")"
    return "(?:" + "|".join(_branches(trie, merge=False)) + ")"


def longest_first(words: Iterable[str]) -> str:
    """``words`` escaped (``regex.escape``, read alike by ``re``) as a bare alternation,
    the longest first; the caller groups it where a quantifier or a neighbour follows.

    >>> longest_first(["来源", "来源于", "记者"])
    '来源于|来源|记者'
    """
    return "|".join(map(regex.escape, sorted(words, key=len, reverse=True)))


def _emit(node: _Trie) -> str:
    branches = _branches(node)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _branches(node: _Trie, merge: bool = True) -> list[str]:
    """The alternatives below ``node``, in character order; with ``merge``, a run of
    neighbouring characters that end a word and continue no other is one class."""
    branches: list[str] = []
    leaves: list[str] = []
    for char, child in sorted(node.items()):
        if not char:
            continue
        if merge and child.keys() == {""}:
            leaves.append(char)
            continue
        if leaves:
            branches.append(_one_of(leaves))
            leaves = []
        branches.append(regex.escape(char) + _emit(child))
    if leaves:
        branches.append(_one_of(leaves))
    return branches


def _one_of(chars: list[str]) -> str:
    """One of ``chars``: the character itself, or a class of them (each escaped as
    ``regex.escape`` does, so ``]``, ``^``, ``-`` and ``\\`` stay literal in it)."""
    escaped = "".join(map(regex.escape, chars))
    return escaped if len(chars) == 1 else f"[{escaped}]"

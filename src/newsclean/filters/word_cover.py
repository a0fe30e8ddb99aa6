"""A short line read as words of one vocabulary, covering it whole.

The site's forms print lines made only of a template's words (a comment form's
instructions, ``furniture_forms``; a sign-in box, ``furniture_account``): the line is read
from the left, the longest word of the vocabulary at each place (a data file of
``kind<TAB>word`` rows, compared in lower case), the given separators passed over; an
English word ends at a non-letter (``login`` is no word of ``logins``).  A stretch no word
covers is the line's own wording: no such line.  An interface's table gives each word one
kind (the sign-in box's, the software's strings, the pointer's and the visit words):
``covering_kind`` reads a line into that kind per word, the one reader the line readers
of ``furniture_leaks`` ask (``furniture_account``, ``furniture_ui``, ``furniture_pointer``,
``furniture_visit``).
"""

from __future__ import annotations

from collections.abc import Container
from functools import cache

from newsclean.data import data_lines


@cache
def word_table(name: str) -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    """The kinds of each word of data file ``name`` (lower case), and the words by their
    first character, the longest first; read once per process."""
    kinds: dict[str, set[str]] = {}
    for kind, word in data_lines(name):
        kinds.setdefault(word.lower(), set()).add(kind)
    by_first: dict[str, list[str]] = {}
    for word in kinds:
        by_first.setdefault(word[0], []).append(word)
    firsts = {c: tuple(sorted(ws, key=len, reverse=True)) for c, ws in by_first.items()}
    return {w: frozenset(k) for w, k in kinds.items()}, firsts


def covering_kinds(text: str, name: str, skipped: Container[str]) -> list[frozenset[str]] | None:
    """The kinds of each word of data file ``name`` covering ``text`` (lower case) whole,
    longest word first, ``skipped`` characters passed over; None when a stretch of it is
    no word of the file.

    >>> covering_kinds("lost password", "account_form_words.txt", " ") is not None
    True
    >>> covering_kinds("用户忘记密码后无法登录", "account_form_words.txt", " ") is None
    True
    """
    kinds, firsts = word_table(name)
    found: list[frozenset[str]] = []
    at, end = 0, len(text)
    while at < end:
        char = text[at]
        if char in skipped:
            at += 1
            continue
        for word in firsts.get(char, ()):
            stop = at + len(word)
            if text.startswith(word, at) and not (
                word[-1].isascii()
                and word[-1].isalpha()
                and stop < end
                and text[stop].isascii()
                and text[stop].isalpha()
            ):
                found.append(kinds[word])
                at = stop
                break
        else:
            return None  # a word of its own: the line's wording, not the template's
    return found


def covering_kind(text: str, name: str, skipped: Container[str]) -> list[str] | None:
    """The one kind of each word of data file ``name`` covering ``text`` whole
    (``covering_kinds``), for an interface's table, which gives each word one kind (the
    sign-in box's, the publishing software's strings, a link's visit words); None when a
    stretch of it is no word of the file.

    >>> covering_kind("lost password", "account_form_words.txt", " ")
    ['state', 'cred']
    """
    found = covering_kinds(text, name, skipped)
    return None if found is None else [min(kinds) for kinds in found]


def short_candidate(
    line: str, name: str, max_length: int, also_opening: Container[str] = ()
) -> str | None:
    """``line`` stripped and in lower case when a vocabulary of data file ``name`` may cover
    it: no longer than ``max_length`` and opening with a word's first character (or one of
    ``also_opening``, marks the covering passes over); None for the rest, most lines.

    >>> short_candidate(" Lost Password ", "account_form_words.txt", 40)
    'lost password'
    >>> short_candidate("专家提醒用户忘记密码后无法登录", "account_form_words.txt", 40) is None
    True
    >>> short_candidate("lost password", "account_form_words.txt", 8) is None
    True
    """
    text = line.strip().lower()
    if not text or len(text) > max_length:
        return None
    first = text[0]
    return text if first in word_table(name)[1] or first in also_opening else None

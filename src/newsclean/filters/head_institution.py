"""An institution's bilingual masthead in the page head: never the headline (round 43).

**Model (the banner's grammar, not the story's words).**  A school's, a college's, a
hospital's or an association's own site sets a banner over every page: the institution's
name in Chinese, the same name in English capitals, and often the year it was founded, in
both scripts (``何東中學 HOTUNG SECONDARY SCHOOL 創立於一九五三年 FOUNDED IN 1953``, the
school news of hotungss.edu.hk).  A copied page keeps that banner as its first lines, and
the headline search reads a name as a title.  The banner names the publisher, not the
story: it is the site's furniture.

Its grammar (``data/institution_mastheads.txt``): the line opens with a Chinese name, one
run of Han letters with no space, mark or verb (``MAX_NAME`` at most), then the English
name, ``MIN_ENGLISH_WORDS`` words of capitals or more, then, each optional, a founding
clause in Chinese (a founding verb, the year in digits or Chinese numerals, 年) and one in
English (FOUNDED IN, ESTABLISHED, EST., SINCE and the year); nothing else.  It is a
masthead when the name ends in an institution's word (中學, 學院, 醫院, 協會 …) or a
founding clause is printed: both name an institution, not an event.  A bilingual headline
names an event: its Chinese is a clause (``中国女排夺冠``, no institution's word, no
founding year) and its English is a sentence, so it stays.  Only the lines above the
first paragraph (the page head) are read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.word_trie import word_pattern

#: The Chinese name is one run of Han letters of this many characters at most.
MAX_NAME = 16
#: The English name has this many words of capitals at least.
MIN_ENGLISH_WORDS = 2
#: A banner is one short line: longer lines are never read.
MAX_LINE = 120
#: Why the banner is furniture.
BANNER = "an institution's masthead: its name in Chinese and English, its founding year"


@cache
def _grammar() -> regex.Pattern[str]:
    words = data_kinds("institution_mastheads.txt")
    year = r"(?:(?:1[5-9]|20)\d\d|[〇零○一二三四五六七八九]{4})"
    return regex.compile(
        rf"(?P<name>\p{{Han}}{{2,{MAX_NAME}}})[ \u3000]+"
        r"(?P<english>[A-Z][A-Z.&'’\-]*(?: [A-Z][A-Z.&'’\-]*)*?)"
        rf"(?:[ \u3000]+(?P<han_year>{word_pattern(words['founded'])}{year}年))?"
        rf"(?:[ \u3000]+(?P<en_year>{word_pattern(words['english'])} ?\d{{4}}))?"
    )


@cache
def _institution_ends() -> tuple[str, ...]:
    return tuple(data_kinds("institution_mastheads.txt")["institution"])


def is_institution_masthead(text: str) -> bool:
    """Whether ``text`` is an institution's bilingual masthead (module docstring).

    >>> is_institution_masthead("何东中学 HOTUNG SECONDARY SCHOOL 创立于一九五三年 FOUNDED IN 1953")
    True
    >>> is_institution_masthead("香港大学 THE UNIVERSITY OF HONG KONG")
    True
    >>> is_institution_masthead("中国女排夺冠 CHINA WINS THE WORLD CUP")
    False
    >>> is_institution_masthead("何东中学举行开放日 OPEN DAY")
    False
    """
    stripped = text.strip()
    if len(stripped) > MAX_LINE:
        return False
    found = _grammar().fullmatch(stripped)
    if found is None or len(found["english"].split()) < MIN_ENGLISH_WORDS:
        return False
    return bool(found["han_year"] or found["en_year"]) or found["name"].endswith(
        _institution_ends()
    )


def institution_mastheads(head: Sequence[int], text_at: Callable[[int], str]) -> list[int]:
    """The head lines that are an institution's bilingual masthead (module docstring)."""
    return [i for i in head if is_institution_masthead(text_at(i))]

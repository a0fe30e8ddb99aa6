"""A line of an anti-copy jammer's noise, judged alone by its composition (``jammer_term``;
split from ``spam_jammer`` in round 35, which judges the page's lines in the noise's
company).

Model.  Some CMSs scatter random ASCII between the paragraphs so that a copied page is
spoiled (``a/NY[}Qf身份证生成_7~keun/B|[J``, ``(b2LD[q&E``), noise around one keyword or
noise alone.  A line is noise when everything outside its Han text is printable ASCII, at
least ``MIN_NOISE`` characters of it; its Han text is one term (at most
``spam_items.TERM_HAN`` characters, possibly repeated) or nothing; the ASCII holds at least
``MIN_RARE`` of the symbols prose and addresses rarely use (brackets, braces, ``^ ~ $ & #
| ; @ * + = ! ? _ \\``) and either swaps letter case at least ``MIN_CASE_SWAPS`` times or
holds ``MANY_RARE`` such symbols; it has a lowercase letter (codes and acronyms are upper
case); and it holds no word (five lowercase letters in a row with two vowels: English, a
code identifier) and no address (``://``, ``www.``).  Real ASCII in a Chinese page is
words, numbers, addresses or codes with a case pattern (``iPhone 15``, ``COVID-19``,
``A/H1N1``): none of them swaps case this often between symbols.

A byline's date and time zone in ASCII (``01-Apr-2012 15:41:00 (UTC+8)``: an English
month, brackets, a zone's capitals) are taken out before the line is judged: a date is no
noise.  A line holding ``MIN_GLOSSES`` pinyin glosses or more (a bracketed run of
lowercase letters, ``(zhng)``, ``(gun )``: a glossed line whose Han text a 7-bit codec
stripped, ``VL(zhng),Vmc(wn)(rng),…``) is text lost to a codec, not noise: a jammer draws
its symbols at random and never brackets letters this regularly.  The ``?`` lines a codec
left (``????,??``) have no letters and are not noise.  Round 29: the jammer's term may be
a coined one, one or two Latin letters or digits between its Han letters
(``gs^b/]2suZS大b私服&l&s``: the term is ``大b私服``, ``TERM``): the noise is what stands
around the term, not what splits it.  Round 31: jammer noise is a line whose characters
form no words, with or without a term; the model reads the composition, not the term.  A
jammer may glue a *Latin* term into its noise as it glues a Han one
(``GH|!%uK3:hotsex4AZR``), or draw a lowercase run that reads as one (``7oKEH R
H:M:色站導航8|/pnoysU =e``): one such word glued on both sides, the rest swapping case with
no three lowercase letters in a row, is the line's term (``_glued_word_out``); two words, a
word a space bounds, or word pieces around it (``getElementById``) are text.  Discuz's own
jammer draws spaced pairs, a digit or mark then a letter or mark (``, M0 J# x0 L/ B- S  n:
O``): a line of such pairs (``_paired``) is noise with whatever marks the draw gave, still
swapping case with a lowercase letter (grid references and codes, ``A1 B2 C3``, are upper
case).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

import regex

from newsclean.filters.lazy_pattern import HAN_SCRIPT, lazy_re, lazy_regex
from newsclean.filters.spam_items import TERM_HAN
from newsclean.filters.spam_signs import han_count

#: Jammer noise: the least ASCII outside the Han text, the rare symbols it needs, case swaps.
MIN_NOISE = 8
MIN_RARE = 2
MANY_RARE = 4
MIN_CASE_SWAPS = 2
#: Discuz's spaced pairs: this many tokens of a letter and a digit or mark at least.
MIN_PAIRS = 5
#: Longer lines are prose or data, not a jammer's scrap.
MAX_JAMMER = 120
RARE = frozenset("[]{}()^~$&#|;@*+=!?_\\<>`%")
#: A word: five lowercase letters in a row with two vowels (``about``, ``element``; noise
#: strings such as ``rjwse`` have one at most).
WORD = lazy_regex(r"[a-z]{5,}")
VOWELS = frozenset("aeiouy")
#: The ASCII of a date, a clock time and a time zone (``01-Apr-2012 15:41:00 (UTC+8)``), a
#: byline's: its brackets and case (an English month, a zone's letters) are no noise.
DATE_TEXT = lazy_regex(
    r"\b\d{1,4}[-/ ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}"
    r"\.?[-/ ]\d{2,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    r"|\(?\b(?:utc|gmt)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?",
    regex.IGNORECASE,
)
#: Three lowercase letters in a row: a piece of a word or a camel-case name, not noise.
LOWER_RUN = lazy_regex(r"[a-z]{3}")
#: The jammer's term: Han runs joined by one or two Latin letters or digits (``大b私服``).
TERM = lazy_re(f"[{HAN_SCRIPT}]+(?:[A-Za-z0-9]{{1,2}}[{HAN_SCRIPT}]+)*")
#: A pinyin gloss left on a stripped line: a bracketed lowercase syllable (tone marks lost).
GLOSS = lazy_re(r"\([a-z]{1,6} ?\)")
#: A line with this many glosses is glossed text, not noise.
MIN_GLOSSES = 3


@lru_cache(maxsize=4096)
def jammer_term(text: str) -> str | None:
    """The term a line of jammer noise carries (``""`` for noise alone), else None.

    >>> jammer_term("a/NY[}Qf身份证生成_7~keun/B|[J"), jammer_term("(b2LD[q&E")
    ('身份证生成', '')
    >>> jammer_term("iPhone 15 Pro (A17) 售价7999元"), jammer_term("COVID-19 [H1N1]")
    (None, None)
    >>> jammer_term("上傳時間 01-Apr-2012 15:41:00 (UTC+8)")
    """
    line = text.strip()
    if not line or len(line) > MAX_JAMMER:
        return None
    line = DATE_TEXT.sub(" ", line)  # a byline's date and zone are no noise
    rare = sum(1 for ch in line if ch in RARE)
    if rare < MIN_RARE and not _paired(line):
        return None
    if len(GLOSS.findall(line)) >= MIN_GLOSSES:
        return None  # a glossed line a codec stripped: text, not noise
    terms = set(TERM.findall(line))
    if len(terms) > 1:
        return None
    term = next(iter(terms), "")
    if han_count(term) > TERM_HAN:
        return None
    noise = ascii_noise(line)
    if noise is None:
        return None
    rest, worded = _glued_word_out(noise)
    if rest is None:
        return None
    letters = [ch for ch in rest if ch.isalpha()]
    if case_swaps(letters) < MIN_CASE_SWAPS and (worded or rare < MANY_RARE):
        return None
    if not any(ch.islower() for ch in letters):
        return None  # codes and acronyms are upper case (A/H1N1(H3N2)[2]); noise mixes
    return term


def _paired(line: str) -> bool:
    """Discuz's jammer noise by its build (round 31): pairs of one character drawn from
    digits and marks and one from letters and marks, spaced (``, M0 J# x0 L/ B- S  n: O``):
    every spaced token one or two characters, ``MIN_PAIRS`` of them a letter with a digit
    or a mark, whatever marks the draw gave.

    >>> _paired(", M0 J# x0 L/ B- S  n: O"), _paired("A1 B2 C3 D4 E5 F6"), _paired("1. e4 e5 Nf3")
    (True, True, False)
    """
    tokens = line.split()
    if len(tokens) < MIN_PAIRS or any(len(token) > 2 for token in tokens):
        return False
    mixed = sum(1 for t in tokens if len(t) == 2 and t[0].isalpha() != t[1].isalpha())
    return mixed >= MIN_PAIRS


def ascii_noise(line: str) -> str | None:
    """``line`` without its Han term when what is left is printable ASCII, ``MIN_NOISE``
    characters at least besides spaces, and no address; else None."""
    noise = TERM.sub("", line)
    ascii_run = noise.isascii() and noise.isprintable()
    long_enough = len(noise.replace(" ", "")) >= MIN_NOISE
    return noise if ascii_run and long_enough and not addressed(noise) else None


def addressed(text: str) -> bool:
    """Whether ``text`` holds a web address (a scheme or a ``www.`` host)."""
    return "://" in text or "www." in text.lower()


def case_swaps(letters: Sequence[str]) -> int:
    """How many times letter case swaps between neighbours in ``letters``."""
    return sum(1 for a, b in pairwise(letters) if a.isupper() != b.isupper())


def latin_words(noise: str) -> list[regex.Match[str]]:
    """The words in ``noise``: runs of lowercase letters holding two vowels or more."""
    return [m for m in WORD.finditer(noise) if sum(ch in VOWELS for ch in m.group()) >= 2]


def _glued_word_out(noise: str) -> tuple[str | None, bool]:
    """``noise`` with its one glued word taken out (round 31), and whether it held one;
    ``(None, False)`` when it holds a word standing as a word or two words.

    A jammer may glue a Latin term into its noise as it glues a Han one
    (``GH|!%uK3:hotsex4AZR``), or draw a run of lowercase letters that reads as one
    (``/pnoysU``): one word with a non-space character on both sides, the rest swapping
    case as noise does, is the line's term, not its prose.  Two words, or a word a space
    or the line's edge bounds, are text (``Email: john.smith@…``, ``{return x;}``), and
    so is a word among pieces of words, three lowercase letters in a row
    (``getElementById("main")``): noise draws no such runs around its term.

    >>> _glued_word_out("GH|!%uK3:hotsex4AZR"), _glued_word_out("(b2LD[q&E")
    (('GH|!%uK3:4AZR', True), ('(b2LD[q&E', False))
    >>> _glued_word_out("x = {return y;}"), _glued_word_out("getElementById('main')")
    ((None, False), (None, False))
    """
    words = latin_words(noise)
    if not words:
        return noise, False
    if len(words) > 1:
        return None, False
    start, end = words[0].span()
    if start == 0 or end == len(noise) or " " in (noise[start - 1], noise[end]):
        return None, False
    rest = noise[:start] + noise[end:]
    if LOWER_RUN.search(rest):
        return None, False  # word pieces around it: a name or code (``getElementById``)
    return rest, True

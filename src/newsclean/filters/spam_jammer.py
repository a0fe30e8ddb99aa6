"""An anti-copy jammer's noise, judged alone beside the list models (split from
``spam_shapes`` in round 31).

Model.

* *Jammer noise*: some CMSs scatter random ASCII between the paragraphs so that a copied
  page is spoiled (``a/NY[}Qf身份证生成_7~keun/B|[J``, ``(b2LD[q&E``), noise around one keyword
  or noise alone.  A line is noise when everything outside its Han text is printable ASCII,
  at least ``MIN_NOISE`` characters of it; its Han text is one term (at most
  ``spam_items.TERM_HAN`` characters, possibly repeated) or nothing; the ASCII holds at
  least ``MIN_RARE`` of the symbols prose and addresses rarely use (brackets, braces,
  ``^ ~ $ & # | ; @ * + = ! ? _ \\``) and either swaps letter case at least ``MIN_CASE_SWAPS``
  times or holds ``MANY_RARE`` such symbols; it has a lowercase letter (codes and acronyms
  are upper case); and it holds no word (five lowercase letters in a row: English, a code
  identifier) and no address (``://``, ``www.``).  A scrap of noise alone with less proof
  (no space, no word, ``MIN_RARE`` rare symbols: ``4$.SLC7@%E``; or one rare symbol,
  ``MIN_CASE_SWAPS`` case swaps and no three lowercase letters in a row: ``qhYlT?``) goes
  when it stands within ``JAM_REACH`` lines of such a line: the jammer's company speaks for
  it; so does a line carrying *the same term* as a jammer line within ``JAM_REACH`` lines,
  with ASCII noise around it that has fewer rare symbols (at least ``MIN_NOISE`` characters
  with no space and a rare symbol, swapping case ``MIN_CASE_SWAPS`` times, no word, no
  address: ``p2BSG衆樂彩票NPo:xMA!bFn`` above ``JD6hlsx$A衆樂彩票b)+(gxpNjZ#8``): the generator
  printed one term several times.  The jammer's last scrap cut short (``,78t5a``,
  ``eps%g5,X`` right under a jammer line, no blank line between) goes on less proof still:
  printable ASCII of 6 to 40 characters, no space, no word, no address, with a lowercase
  letter, a digit and a symbol, its letters in two runs or more (``_tail``): a line glued to
  the noise is the noise's; a version (``v2.0.1``) or a code opens with its one run of
  letters.  Round 22: so does a scrap of letters alone right under a jammer line, 6 to 40 of
  them swapping case ``MIN_CASE_SWAPS`` times or more, with a lowercase letter and no three
  in a row (``sRJKZq``): no word's case pattern (a name's lower-case runs, ``iPhone``,
  ``GeForce``; an acronym's capitals, ``NASDAQ``). Real ASCII in a Chinese page is words,
  numbers, addresses or codes with a case pattern (``iPhone 15``, ``COVID-19``, ``A/H1N1``):
  none of them swaps case this often between symbols.  A byline's date and time zone in
  ASCII (``01-Apr-2012 15:41:00 (UTC+8)``: an English month, brackets, a zone's capitals)
  are taken out before the line is judged: a date is no noise.  A line holding
  ``MIN_GLOSSES`` pinyin glosses or more (a bracketed run of lowercase letters, ``(zhng)``,
  ``(gun )``: a glossed line whose Han text a 7-bit codec stripped,
  ``VL(zhng),Vmc(wn)(rng),…``) is text lost to a codec, not noise: a jammer draws its
  symbols at random and never brackets letters this regularly.  The ``?`` lines a codec left
  (``????,??``) have no letters and are not noise. Round 17: a jammer scatters its noise
  through the page, around a term and alone; *one* line of noise alone with no other noise
  or scrap anywhere on the page (``_Lf,@,KIM``) is as likely a short line a 7-bit codec read
  (a GBK or Big5 line's trail bytes are such symbols and capitals): it stays for the codec
  filters, which judge it with the page's other lines.  Anywhere, not within reach: the
  verdict must not change when the lines between are removed (cleaning is idempotent). Round
  29: the jammer's term may be a coined one, one or two Latin letters or digits between its
  Han letters (``gs^b/]2suZS大b私服&l&s``: the term is ``大b私服``, ``TERM``): the noise is what
  stands around the term, not what splits it.  And a *glued run of noise*: a jammer prints
  its lines one under another with no blank line between, where the page's paragraphs stand
  apart; in such a run holding two jammer lines or more, a scrap of ASCII alone
  (``_run_scrap``: 4 (round 34: ``_T5t?``) to 40 letters and digits or symbols, no space,
  no word, no address, a lowercase letter, and a digit or a symbol; ``gdupCu9``)
  is the run's first or last scrap: a line glued to noise on both sides or at the run's edge
  is the noise's, whatever its case pattern. Round 31: jammer noise is a line whose
  characters form no words, with or without a term; the model reads the composition, not the
  term.  A jammer may glue a *Latin* term into its noise as it glues a Han one
  (``GH|!%uK3:hotsex4AZR``), or draw a lowercase run that reads as one (``7oKEH R
  H:M:色站導航8|/pnoysU =e``): one such word glued on both sides, the rest swapping case with no
  three lowercase letters in a row, is the line's term (``_glued_word_out``); two words, a
  word a space bounds, or word pieces around it (``getElementById``) are text.  And a glued
  run is judged as a block: a line of the run carrying the run's own term with ASCII noise
  around it (a rare symbol, a lowercase letter, no word, no address) goes with the run,
  however few its case swaps (``s|lr:50他人匿名銀行卡~!eUR``, ``_run_member``); so does a short
  scrap (``WplWnP@6``).  Discuz's own jammer draws spaced pairs, a digit or mark then a
  letter or mark (``, M0 J# x0 L/ B- S  n: O``): a line of such pairs (``_paired``) is noise
  with whatever marks the draw gave, still swapping case with a lowercase letter (grid
  references and codes, ``A1 B2 C3``, are upper case).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

import regex

from newsclean.filters.lazy_pattern import lazy_regex
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
#: How far (in lines, blank lines included) a scrap of noise alone may stand from noise
#: around a term and still go with it.
JAM_REACH = 2
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
LETTER_RUN = lazy_regex(r"[A-Za-z]+")
#: The jammer's term: Han runs joined by one or two Latin letters or digits (``大b私服``).
TERM = lazy_regex(r"\p{Han}+(?:[A-Za-z0-9]{1,2}\p{Han}+)*")
#: A decimal point between digits: a number's (``10.1016``, ``v2.0``), not noise's.
DECIMAL = lazy_regex(r"\d\.\d")
#: A glued run of noise holds this many jammer lines at least, and takes a scrap this long.
RUN_JAMMERS, RUN_SCRAP = 2, 4
#: A pinyin gloss left on a stripped line: a bracketed lowercase syllable (tone marks lost).
GLOSS = lazy_regex(r"\([a-z]{1,6} ?\)")
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
    noise = _ascii_noise(line)
    if noise is None:
        return None
    rest, worded = _glued_word_out(noise)
    if rest is None:
        return None
    letters = [ch for ch in rest if ch.isalpha()]
    if _swaps(letters) < MIN_CASE_SWAPS and (worded or rare < MANY_RARE):
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


def _ascii_noise(line: str) -> str | None:
    """``line`` without its Han term when what is left is printable ASCII, ``MIN_NOISE``
    characters at least besides spaces, and no address; else None."""
    noise = TERM.sub("", line)
    ascii_run = noise.isascii() and noise.isprintable()
    long_enough = len(noise.replace(" ", "")) >= MIN_NOISE
    return noise if ascii_run and long_enough and not _addressed(noise) else None


def _addressed(text: str) -> bool:
    """Whether ``text`` holds a web address (a scheme or a ``www.`` host)."""
    return "://" in text or "www." in text.lower()


def _swaps(letters: Sequence[str]) -> int:
    """How many times letter case swaps between neighbours in ``letters``."""
    return sum(1 for a, b in pairwise(letters) if a.isupper() != b.isupper())


def _words(noise: str) -> list[regex.Match[str]]:
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
    words = _words(noise)
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


def _ascii_scrap(text: str, least: int = 6) -> str | None:
    """``text`` stripped when it is a scrap of ASCII, the shape every scrap test opens with
    (``least`` to 40 printable characters, no space, no word, no address, no decimal
    point), else None."""
    line = text.strip()
    if not least <= len(line) <= 40 or not line.isascii() or not line.isprintable() or " " in line:
        return None
    if _addressed(line) or _words(line):
        return None
    if DECIMAL.search(line):
        return None  # a number's decimal point: a DOI, a version, a figure (round 31)
    return line


def _scrap(text: str) -> bool:
    """Noise alone with less proof, beside a jammer line: printable ASCII, no space and no
    word, ``MIN_RARE`` rare symbols, or one that swaps letter case ``MIN_CASE_SWAPS``
    times with a lowercase letter and no three in a row, 6 to 40 characters
    (``4$.SLC7@%E``, ``qhYlT?``)."""
    line = _ascii_scrap(text)
    if line is None:
        return False
    rare = sum(1 for ch in line if ch in RARE)
    if rare >= MIN_RARE:
        return any(ch.isalpha() for ch in line)
    if rare != 1 or LOWER_RUN.search(line):
        return False  # a word piece (Hello_World, iPhone) is a name, not noise
    letters = [ch for ch in line if ch.isalpha()]  # one rare symbol: case swaps as noise
    return _swaps(letters) >= MIN_CASE_SWAPS and any(ch.islower() for ch in letters)


def jammer_lines(texts: Sequence[str]) -> dict[int, str]:
    """The lines of jammer noise of a page (index -> the term they carry, ``""`` for noise
    alone): each judged alone (``jammer_term``), and scraps of noise alone within
    ``JAM_REACH`` lines of one (``_scrap``), which the company of the noise speaks for.

    >>> jammer_lines(["正文。", "1GPm:b-彩猫彩票i_n2x_TM", "4$.SLC7@%E", "", "COVID-19"])
    {1: '彩猫彩票', 2: ''}
    """
    found: dict[int, str] = {}
    for i, text in enumerate(texts):
        if len(text) <= MAX_JAMMER + 8:
            term = jammer_term(text)
            if term is not None:
                found[i] = term
    todo = list(found)
    while todo:
        j = todo.pop()
        for i in range(max(0, j - JAM_REACH), min(len(texts), j + JAM_REACH + 1)):
            if i in found or len(GLOSS.findall(texts[i], endpos=MAX_JAMMER * 4)) >= MIN_GLOSSES:
                continue  # found already, or a glossed line a codec stripped
            if _scrap(texts[i]):
                found[i] = ""
                todo.append(i)
            elif abs(i - j) == 1 and _tail(texts[i]):
                found[i] = ""
            elif found[j] and _noise_around(texts[i], found[j]):
                found[i] = found[j]
                todo.append(i)
    if len(found) == 1 and "" in found.values() and not _other_noise(texts, *found):
        return {}  # one scrap of noise alone: a line a 7-bit codec read (module docstring)
    if len(found) >= RUN_JAMMERS:
        found.update(dict.fromkeys(_run_scraps(texts, found), ""))
    return found


def _run_scraps(texts: Sequence[str], found: dict[int, str]) -> list[int]:
    """The scraps of noise (``_run_scrap``) in the glued runs of lines (no blank line
    between) that hold ``RUN_JAMMERS`` jammer lines or more (module docstring)."""
    scraps: list[int] = []
    start = 0
    for end in range(len(texts) + 1):
        if end < len(texts) and texts[end].strip():
            continue
        run = range(start, end)
        if sum(1 for k in run if k in found) >= RUN_JAMMERS:
            terms = {found[k] for k in run if found.get(k)}
            scraps.extend(
                k
                for k in run
                if k not in found
                and (_run_scrap(texts[k]) or (bool(terms) and _run_member(texts[k], terms)))
            )
        start = end + 1
    return scraps


def _run_scrap(text: str) -> bool:
    """A scrap of ASCII alone that a glued run of noise takes (module docstring).

    >>> _run_scrap("gdupCu9"), _run_scrap("_T5t?"), _run_scrap("Copyright"), _run_scrap("2024")
    (True, True, False, False)
    >>> _run_scrap("doi:10.1016/j.cell.2020.02.052"), _run_scrap("3/4"), _run_scrap("A-1")
    (False, False, False)
    """
    line = _ascii_scrap(text, RUN_SCRAP)
    if line is None:
        return False
    return any(ch.islower() for ch in line) and not line.isalpha()


def _run_member(text: str, terms: set[str]) -> bool:
    """A line of a glued run of noise carrying the run's own term with ASCII around it
    (round 31): printable, ``MIN_NOISE`` characters at least, a rare symbol and a
    lowercase letter, no word and no address (``s|lr:50他人匿名銀行卡~!eUR`` under lines
    carrying ``他人匿名銀行卡``): the block is noise as a whole, its weaker member with it.

    >>> _run_member("s|lr:50他人匿名銀行卡~!eUR", {"他人匿名銀行卡"})
    True
    >>> _run_member("他人匿名銀行卡詐騙案宣判。", {"他人匿名銀行卡"}), _run_member("x", {"y"})
    (False, False)
    """
    line = text.strip()
    found = set(TERM.findall(line))
    if len(line) > MAX_JAMMER or not found or found - terms:
        return False
    noise = _ascii_noise(line)
    if noise is None or _words(noise):
        return False
    return any(ch in RARE for ch in noise) and any(ch.islower() for ch in noise)


def _other_noise(texts: Sequence[str], index: int) -> bool:
    """Whether a line of the page besides ``index``, at any distance, reads as noise or a
    scrap of it (so the verdict does not hang on the lines removed between them)."""
    return any(
        k != index
        and len(text) <= MAX_JAMMER + 8
        and (_scrap(text) or _tail(text) or jammer_term(text) is not None)
        for k, text in enumerate(texts)
    )


def _noise_around(text: str, term: str) -> bool:
    """``term`` alone in ``text`` with ASCII noise around it that swaps letter case (no
    word, no address): a line of the jammer that printed ``term`` nearby."""
    line = text.strip()
    if len(line) > MAX_JAMMER or term not in line or set(TERM.findall(line)) != {term}:
        return False
    noise = line.replace(term, "")
    if not noise.isascii() or not noise.isprintable() or len(noise) < MIN_NOISE or " " in noise:
        return False  # words stand apart (iPhone 15 Pro); noise runs on
    if not any(ch in RARE for ch in noise):
        return False
    if _addressed(noise) or _words(noise):
        return False
    letters = [ch for ch in noise if ch.isalpha()]
    return _swaps(letters) >= MIN_CASE_SWAPS and any(ch.islower() for ch in letters)


def _tail(text: str) -> bool:
    """The jammer's last scrap cut short, glued to a jammer line (module docstring).

    >>> _tail(",78t5a"), _tail("eps%g5,X"), _tail("A/H1N1"), _tail("iPhone15"), _tail("v2.0.1")
    (True, True, False, False, False)
    >>> _tail("sRJKZq"), _tail("iPhone"), _tail("GeForce"), _tail("NASDAQ"), _tail("McGrawHill")
    (True, False, False, False, False)
    """
    line = _ascii_scrap(text)
    if line is None:
        return False
    if line.isalpha():  # round 22: letters with no word's case pattern (``sRJKZq``)
        return _swaps(line) >= MIN_CASE_SWAPS and not line.isupper() and not LOWER_RUN.search(line)
    return (
        any(ch.islower() for ch in line)
        and any(ch.isdigit() for ch in line)
        and not line.isalnum()
        and len(LETTER_RUN.findall(line)) >= 2
    )

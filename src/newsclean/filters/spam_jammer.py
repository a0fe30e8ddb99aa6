"""An anti-copy jammer's noise on a page: the lines judged alone (``spam_noise``) and the
scraps their company speaks for (split from ``spam_shapes`` in round 31; the line alone
went to ``spam_noise`` in round 35).

Model.  A scrap of noise alone with less proof than a jammer line (no space, no word,
``MIN_RARE`` rare symbols: ``4$.SLC7@%E``; or one rare symbol, ``MIN_CASE_SWAPS`` case
swaps and no three lowercase letters in a row: ``qhYlT?``) goes when it stands within
``JAM_REACH`` lines of a jammer line: the jammer's company speaks for it; so does a line
carrying *the same term* as a jammer line within ``JAM_REACH`` lines, with ASCII noise
around it that has fewer rare symbols (at least ``MIN_NOISE`` characters with no space and
a rare symbol, swapping case ``MIN_CASE_SWAPS`` times, no word, no address:
``p2BSG衆樂彩票NPo:xMA!bFn`` above ``JD6hlsx$A衆樂彩票b)+(gxpNjZ#8``): the generator printed
one term several times.  The jammer's last scrap cut short (``,78t5a``, ``eps%g5,X`` right
under a jammer line, no blank line between) goes on less proof still: printable ASCII of 6
to 40 characters, no space, no word, no address, with a lowercase letter, a digit and a
symbol, its letters in two runs or more (``_tail``): a line glued to the noise is the
noise's; a version (``v2.0.1``) or a code opens with its one run of letters.  Round 22: so
does a scrap of letters alone right under a jammer line, 6 to 40 of them swapping case
``MIN_CASE_SWAPS`` times or more, with a lowercase letter and no three in a row
(``sRJKZq``): no word's case pattern (a name's lower-case runs, ``iPhone``, ``GeForce``; an
acronym's capitals, ``NASDAQ``).  A decimal point keeps a number (a DOI, a version) out of
every scrap test (round 31).

Round 17: a jammer scatters its noise through the page, around a term and alone; *one*
line of noise alone with no other noise or scrap anywhere on the page (``_Lf,@,KIM``) is as
likely a short line a 7-bit codec read (a GBK or Big5 line's trail bytes are such symbols
and capitals): it stays for the codec filters, which judge it with the page's other lines.
Anywhere, not within reach: the verdict must not change when the lines between are removed
(cleaning is idempotent).

And a *glued run of noise*: a jammer prints its lines one under another with no blank line
between, where the page's paragraphs stand apart; in such a run holding two jammer lines or
more, a scrap of ASCII alone (``_run_scrap``: 4 (round 34: ``_T5t?``) to 40 letters and
digits or symbols, no space, no word, no address, a lowercase letter, and a digit or a
symbol; ``gdupCu9``; round 39: spaced too, as the jammer's lines are, each piece holding a
symbol, ``[7 ?Da``) is the
run's first or last scrap: a line glued to noise on both sides
or at the run's edge is the noise's, whatever its case pattern.  Round 31: a glued run is
judged as a block: a line of the run carrying the run's own term with ASCII noise around
it (a rare symbol, a lowercase letter, no word, no address) goes with the run, however few
its case swaps (``s|lr:50他人匿名銀行卡~!eUR``, ``spam_jammer_run.run_member``; round 35:
upper-case noise with two rare symbols, ``:;?:C下載淫電影3Y#CQK``); so does a short scrap
(``WplWnP@6``).

Round 44: the generator draws every character of its noise from an alphabet at random.
Its published form is Discuz's ``jammer()`` (Discuz! X,
``upload/source/function/function_discuzcode.php`` in codersclub/DiscuzX at 004f486c:
5 to 15 pairs ``chr(mt_rand(32, 59)).' '.chr(mt_rand(63, 126))``, a digit or mark, a
space, a letter or mark; Discuz! 6 and 7 drew the pairs with no space and glued one of
the board's ``seoarray`` strings before or after them: noise around a term), printed as a
line of its own between the paragraphs; copy farms draw from letters of both cases,
digits and symbols alike.  A run holds what such draws look like, and the rules above read
it by three more facts of the draw.  (1) A line glued to *one*
jammer line carrying that line's own term in ASCII noise (``zS2M5=遠航娛樂&(D X`` over
``fM*[遠航娛樂sF&+x.``) is the same generator printing its term again: a real line does not
repeat a spam term glued into symbols.  (2) The term may be Latin, glued into the noise
(``fR7lLJhotsexl8xV$+F7``): a line of the run carrying the same Latin word, what is left
of it noise (``MIN_RARE`` rare symbols, no other word, no address), goes with the run
however its letters fall (``OeoaxB}UPhotsex?MP${HE%Mu``, ``aOr$WP|hhotsex@j(56vgpa``: a
random draw gives three lowercase letters in a row one time in forty, and the shared term
speaks for the line, not its case pattern).  (3) A draw with a space in it splits into
pieces that are not words: each piece holds a symbol, or a lowercase letter before a
capital with no three lowercase letters in a row (``*/4 irC``, ``++ vyUp``, ``QaY0i Z5hE``,
``_noise_piece``): a word's case pattern puts its capital first (``Tel``, ``No.``) or
keeps its lowercase letters together (``iPhone``, ``see``), and a code or a number has no
lowercase letter (``5G``, ``A1 B2``).  (4) A scrap *between* two lines of noise, glued to
both, need not draw a lowercase letter: letters and digits mixed with a rare symbol that
is no code's bracket (``N8Y5}QF``, ``_sandwiched``).  A real short ASCII line (a code, an
address, a name, a formula) keeps the shapes the tests above read.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.spam_jammer_run import run_member, run_members
from newsclean.filters.spam_noise import (
    GLOSS,
    LOWER_RUN,
    MAX_JAMMER,
    MIN_CASE_SWAPS,
    MIN_GLOSSES,
    MIN_NOISE,
    MIN_RARE,
    RARE,
    TERM,
    addressed,
    case_swaps,
    jammer_term,
    latin_words,
)

#: How far (in lines, blank lines included) a scrap of noise alone may stand from noise
#: around a term and still go with it.
JAM_REACH = 2
LETTER_RUN = lazy_regex(r"[A-Za-z]+")
#: A decimal point between digits: a number's (``10.1016``, ``v2.0``), not noise's.
DECIMAL = lazy_regex(r"\d\.\d")
#: A glued run of noise holds this many jammer lines at least, and takes a scrap this long.
RUN_JAMMERS, RUN_SCRAP = 2, 4
#: A lowercase letter before a capital in one piece: a random draw's case, not a word's.
NOISE_CASE = lazy_regex(r"[a-z][A-Za-z0-9]*[A-Z]")


def _ascii_scrap(text: str, least: int = 6, spaced: bool = False) -> str | None:
    """``text`` stripped when it is a scrap of ASCII, the shape every scrap test opens with
    (``least`` to 40 printable characters, no space unless ``spaced`` and every piece holds a
    symbol, no word, no address, no decimal point), else None."""
    line = text.strip()
    if not least <= len(line) <= 40 or not line.isascii() or not line.isprintable():
        return None
    if " " in line and (not spaced or any(token.isalnum() for token in line.split())):
        return None  # spaced noise: every piece holds a symbol (no word, no number apart)
    if addressed(line) or latin_words(line):
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
    return case_swaps(letters) >= MIN_CASE_SWAPS and any(ch.islower() for ch in letters)


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
    found.update(run_members(texts, found))
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
                and (
                    _run_scrap(texts[k])
                    or (bool(terms) and run_member(texts[k], terms))
                    or (k - 1 in found and k + 1 in found and _sandwiched(texts[k]))
                )
            )
        start = end + 1
    return scraps


def _run_scrap(text: str) -> bool:
    """A scrap of ASCII alone that a glued run of noise takes (module docstring).

    >>> _run_scrap("gdupCu9"), _run_scrap("_T5t?"), _run_scrap("Copyright"), _run_scrap("2024")
    (True, True, False, False)
    >>> _run_scrap("doi:10.1016/j.cell.2020.02.052"), _run_scrap("3/4"), _run_scrap("A-1")
    (False, False, False)
    >>> _run_scrap("[7 ?Da"), _run_scrap("see p 12"), _run_scrap("No. 5")  # round 39: spaced
    (True, False, False)
    """
    line = _ascii_scrap(text, RUN_SCRAP, spaced=True)
    if line is None:
        line = _ascii_scrap(text, RUN_SCRAP)  # round 44: pieces not words (docstring (3))
        spaced = text.strip()
        if line is not None or not (
            RUN_SCRAP <= len(spaced) <= 40
            and spaced.isascii()
            and spaced.isprintable()
            and not addressed(spaced)
            and not latin_words(spaced)
            and not DECIMAL.search(spaced)
            and not LOWER_RUN.search(spaced)
            and all(_noise_piece(piece) for piece in spaced.split())
        ):
            return False
        line = spaced
    return any(ch.islower() for ch in line) and not line.isalpha()


def _sandwiched(text: str) -> bool:
    """A scrap between two lines of noise with no blank line between (round 44, module
    docstring (4)): ASCII, no word, no address, letters and digits mixed, and a rare
    symbol that is no bracket of a code (``N8Y5}QF``).

    >>> _sandwiched("N8Y5}QF"), _sandwiched("(H1N1)"), _sandwiched("COVID-19"), _sandwiched("A&B")
    (True, False, False, False)
    """
    line = _ascii_scrap(text, RUN_SCRAP)
    if line is None or not any(ch.isdigit() for ch in line):
        return False
    if not any(ch.isalpha() for ch in line):
        return False
    return any(ch in RARE and ch not in "()" for ch in line)


def _noise_piece(piece: str) -> bool:
    """A piece of a spaced draw that is no word: it holds a symbol, or a lowercase letter
    before a capital (``irC``, ``vyUp``, ``Z5hE``; round 44).

    >>> [_noise_piece(p) for p in ("*/4", "irC", "QaY0i", "Tel", "5G", "iPhone", "No.")]
    [True, True, True, False, False, True, True]
    """
    if not piece.isalnum():
        return True
    return NOISE_CASE.search(piece) is not None


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
    if addressed(noise) or latin_words(noise):
        return False
    letters = [ch for ch in noise if ch.isalpha()]
    return case_swaps(letters) >= MIN_CASE_SWAPS and any(ch.islower() for ch in letters)


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
        return (
            case_swaps(line) >= MIN_CASE_SWAPS and not line.isupper() and not LOWER_RUN.search(line)
        )
    return (
        any(ch.islower() for ch in line)
        and any(ch.isdigit() for ch in line)
        and not line.isalnum()
        and len(LETTER_RUN.findall(line)) >= 2
    )

"""A glued run of jammer noise judged by what its lines share (split from ``spam_jammer``
in round 44, which calls ``run_members`` and ``run_member``): a line of the run carrying
the run's own term in ASCII noise is the generator printing its term again.

Model (``spam_jammer``'s docstring, round 31 and round 44 (1) and (2)).  The term may be
Han (``s|lr:50他人匿名銀行卡~!eUR`` under lines carrying ``他人匿名銀行卡``: ``run_member``)
or Latin, glued into the noise (``fR7lLJhotsexl8xV$+F7``: ``_latin_member`` takes
``OeoaxB}UPhotsex?MP${HE%Mu`` beside it, whatever its case pattern); one jammer line in
the run is enough company for a line that repeats its term (``zS2M5=遠航娛樂&(D X`` over
``fM*[遠航娛樂sF&+x.``): a real line does not repeat a spam term glued into symbols.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.spam_noise import (
    GLOSS,
    MAX_JAMMER,
    MIN_GLOSSES,
    MIN_NOISE,
    MIN_RARE,
    RARE,
    TERM,
    VOWELS,
    addressed,
    ascii_noise,
    latin_words,
)


def runs(texts: Sequence[str]) -> list[range]:
    """The glued runs of a page: its lines between blank lines."""
    runs: list[range] = []
    start = 0
    for end in range(len(texts) + 1):
        if end < len(texts) and texts[end].strip():
            continue
        if end > start:
            runs.append(range(start, end))
        start = end + 1
    return runs


def run_members(texts: Sequence[str], found: dict[int, str]) -> dict[int, str]:
    """The lines of a glued run holding a jammer line that repeat that line's term, Han
    (``_run_member``) or Latin (``_latin_member``), in ASCII noise (round 44, module
    docstring (1) and (2))."""
    members: dict[int, str] = {}
    for run in runs(texts):
        terms = {found[k] for k in run if found.get(k)}
        words = {w for k in run if k in found and not found[k] for w in _glued_word(texts[k])}
        if not terms and not words:
            continue
        for k in run:
            if k in found or len(GLOSS.findall(texts[k], endpos=MAX_JAMMER * 4)) >= MIN_GLOSSES:
                continue  # found already, or a glossed line a codec stripped (round 12)
            if terms and run_member(texts[k], terms):
                members[k] = next(t for t in terms if t in texts[k])
            elif words and _latin_member(texts[k], words):
                members[k] = ""
    return members


def _glued_word(text: str) -> list[str]:
    """The Latin word a line of noise alone carries glued inside it (``hotsex`` in
    ``fR7lLJhotsexl8xV$+F7``), as a list of none or one."""
    noise = ascii_noise(text.strip())
    if noise is None:
        return []
    words = latin_words(noise)
    return [words[0].group()] if len(words) == 1 else []


def _latin_member(text: str, words: set[str]) -> bool:
    """A line of a glued run carrying a Latin word a jammer line of the run carries, what
    is left of it noise: printable ASCII, ``MIN_NOISE`` characters, ``MIN_RARE`` rare
    symbols, no other word, no address, the word glued on both sides (round 44).

    >>> words = {"hotsex"}
    >>> _latin_member("OeoaxB}UPhotsex?MP${HE%Mu", words)
    True
    >>> _latin_member("aOr$WP|hhotsex@j(56vgpa", words)
    True
    >>> _latin_member("hotsex is spam", words), _latin_member("see www.hotsex.com", words)
    (False, False)
    """
    line = text.strip()
    if len(line) > MAX_JAMMER or not line.isascii() or not line.isprintable():
        return False
    own = latin_words(line)
    if len(own) != 1 or addressed(line):
        return False  # no word, or words: text
    start, end = own[0].span()
    if start == 0 or end == len(line) or " " in (line[start - 1], line[end]):
        return False  # a word a space or the line's edge bounds stands as a word
    if not any(_shared(own[0].group(), word) for word in words):
        return False
    rest = line[:start] + line[end:]
    return len(rest.replace(" ", "")) >= MIN_NOISE and sum(ch in RARE for ch in rest) >= MIN_RARE


def _shared(one: str, other: str) -> bool:
    """Whether two lowercase runs share a word (``WORD`` long, two vowels): the same term
    with the letters the draw glued to it (``hotsexl``, ``hhotsex``)."""
    least = 5
    for i in range(len(one) - least + 1):
        piece = one[i : i + least]
        if piece in other and sum(ch in VOWELS for ch in piece) >= 2:
            return True
    return False


def run_member(text: str, terms: set[str]) -> bool:
    """A line of a glued run of noise carrying the run's own term with ASCII around it
    (round 31): printable, ``MIN_NOISE`` characters at least, a rare symbol and a
    lowercase letter, no word and no address (``s|lr:50他人匿名銀行卡~!eUR`` under lines
    carrying ``他人匿名銀行卡``): the block is noise as a whole, its weaker member with it.
    Round 35: or ``MIN_RARE`` rare symbols in upper-case noise (``:;?:C下載淫電影3Y#CQK``):
    the generator drew no lowercase letter, as ``_scrap`` reads noise alone.

    >>> run_member("s|lr:50他人匿名銀行卡~!eUR", {"他人匿名銀行卡"})
    True
    >>> term = {"下載淫電影"}
    >>> run_member(":;?:C下載淫電影3Y#CQK", term), run_member("ABC-2024下載淫電影", term)
    (True, False)
    >>> run_member("他人匿名銀行卡詐騙案宣判。", {"他人匿名銀行卡"}), run_member("x", {"y"})
    (False, False)
    """
    line = text.strip()
    found = set(TERM.findall(line))
    if len(line) > MAX_JAMMER or not found or found - terms:
        return False
    noise = ascii_noise(line)
    if noise is None or latin_words(noise):
        return False
    rare = sum(1 for ch in noise if ch in RARE)
    return rare >= MIN_RARE or (rare > 0 and any(ch.islower() for ch in noise))

"""Double-byte text read by a 7-bit codec: each character's high bytes gone or cut to 7 bits.

A mirror that reads GBK or Big5 bytes as ASCII either drops every byte above 0x7F
(``errors="ignore"``) or clears its high bit.  Dropped: a character's lead byte (always
0x81 or above) is gone, and its trail byte survives only when it lies in 0x40-0x7E, as
one of ``@ A-Z [ \\ ] ^ _ ` a-z { | } ~``; the text's own ASCII (digits, half-width
commas, brackets) stays where it was.  Cleared: each character becomes two printable
ASCII characters.  Either way a paragraph turns into a line of ASCII letters and symbols
("Sof,Q,|Rc,ru|,c^Q,700flHz^"): no words, few spaces, trail-byte symbols (^ ` { | } ~)
among letters, upper and lower case mixed inside a run of letters.

The model, per line of printable ASCII (indentation aside) with at least MIN_TRAIL
characters of 0x40-0x7E:

* it is no English, URL or code: at most one space in SPACE_SHARE characters (a space
  beside a digit aside: the text's own spacing of a number), no "://"
  or "www.", and its vowels not ENGLISH_LLR nats likelier drawn as English than as trail
  bytes (a run of trail bytes draws a vowel about one letter in five, English about two
  in five: the binomial odds over the line's letters, so that a line whose few letters
  say little, as a glossed mirror line whose Han and tone vowels went and left "(din)
  (r)" and five letters between, is judged on its other signs; on a long line the
  test is what a third of the letters vowels was);
* it shows the shape of stripped bytes: SHAPE points or more, three for each of
  ``^ ` { | } ~ \\``, one for each of ``[ ] @ _``, two for each lower-case letter followed
  by a capital inside a run of letters;
* when its bytes were dropped, its characters are more likely drawn as stripped text
  than as anti-copy noise (random ASCII, a spam filler: letters, digits and every
  keyboard symbol alike).  Stripped text is mostly trail bytes, with the text's own
  digits and commas; a symbol below 0x40 other than , . ( ) is rare in it (``CLASSES``:
  per-class probabilities; noise draws each of its 88 characters alike).  The
  log-likelihood ratio must reach NOISE_LLR; a line that reaches only WEAK_LLR counts
  when it is LONG characters or longer (noise is a short filler, a dozen characters or
  so; a paragraph is longer) or on a page where another line counted (a mirror that
  stripped one paragraph stripped the page).  A gloss of readings left with no host
  ("(gun )") adds GLOSS_LLR: noise does not write pinyin in brackets.

A glossed mirror's line keeps its glosses' ASCII: "(jin gun)" (``BARE_GLOSS``) where the
brackets were half-width, and where they were full-width with spaces inside ("（ xiàn
zhǎng ）") only the syllables between spaces (" xin zhng "), which the space test
would take for English words.  Runs of two or more of those syllables
(``data/pinyin_dropped.txt``: every reading with its non-ASCII letters dropped), at least
SPACED_GLOSSES of them, are taken out first and count as glosses; English keeps its
words (only "a", "to", "you", "do", "so", "no" are such syllables) and fails as before.

Such a line is a paragraph whose text a codec lost: never spam and never page furniture
(the pipeline takes it out of the spam verdicts and hands structure ``LineView.lost``).
When its bytes were cut to 7 bits rather than dropped, setting the high bit on each pair
of printable characters and reading the pairs as GBK gives the text back: that re-read
is accepted only by the likelihood test of ``codec_misread`` (``accepted_llr``: MISREAD_LLR
nats over the line as read, few uncommon characters) and when it stands among words
(``reads_among_words``: a third of its pairs of Han characters seen inside words; any pairing of
random ASCII gives common characters one by one, and ASCII letters cost the character
model much), on lines up to REREAD_LIMIT characters; such a line needs no likelihood
against noise (bits cut keep every symbol below 0x40 a lead or trail byte makes).
Otherwise the line is flagged "text lost to a codec" and kept as it is.

Speed: one pass over the line's characters; lines with a character outside printable
ASCII (any Chinese line) are rejected by one regular-expression scan.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence

from newsclean.data import data_lines
from newsclean.document import Evidence
from newsclean.filters.codec_lost import LOST, LOST_REASON
from newsclean.filters.codec_reread import accepted_llr, reads_among_words
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.mojibake import NAME, MojibakeSpan

#: Characters of 0x40-0x7E (possible trail bytes) a line must hold.
MIN_TRAIL = 5
#: At most one space in this many characters.
SPACE_SHARE = 10
#: Points of shape (trail-byte symbols, case changes) a line must show.
SHAPE = 4
#: Log-likelihood ratio (nats) of stripped text over noise, alone or beside a stronger line.
NOISE_LLR = 3.0
WEAK_LLR = 0.0
#: A line this long reaching WEAK_LLR is no noise.
LONG = 24
#: Share of vowels among the letters of trail bytes and of English.
TRAIL_VOWELS, ENGLISH_VOWELS = 0.2, 0.4
VOWEL_LLR = math.log(ENGLISH_VOWELS / TRAIL_VOWELS)
CONSONANT_LLR = math.log((1 - ENGLISH_VOWELS) / (1 - TRAIL_VOWELS))
#: Odds (nats) for English over trail bytes at which a line's letters are English's.
ENGLISH_LLR = 1.0
#: Glosses written with spaces inside full-width brackets ("（ xiàn zhǎng ）") lose the
#: brackets and tone vowels to dropped bytes and leave syllables between spaces: a line
#: with this many runs of two or more such syllables is judged without them.
SPACED_GLOSSES = 3
DROPPED = "pinyin_dropped.txt"
#: Log-likelihood ratio (nats) a gloss of readings adds for stripped text over noise: a
#: filler draws "(", a reading's letters and ")" in a row about once in 88**3 tries, while
#: a glossed mirror's stripped line holds one every few characters (a statistics line
#: whose own digits and % weigh against it: "42(p )(b )QP(gun )(gu )67%(ling )L").
GLOSS_LLR = 4.0
#: Lines longer than this are flagged, not re-read.
REREAD_LIMIT = 4096
#: The codec named in the warning of a re-read line, and why a spam verdict gave way.
CODEC = "gbk read as 7-bit ascii"

PRINTABLE = lazy_re(r"[\x20-\x7e]+")
#: A mirror's gloss whose host and tone vowels were dropped with the other high bytes
#: ("(jin gun)", "()"): the writer's pinyin, not the stripped text the shape is judged on.
#: A mirror that wrote its tone vowels as "?" before the bytes were dropped ("(t?i)")
#: left them so.
BARE_GLOSS = lazy_re(r"\([a-z ?]{0,30}\)")
#: A bare gloss and the one space a spacing mirror wrote after it; such a line has at
#: least this share of its (at least SPACED_GLOSSES) bare glosses followed by a space.
BARE_GLOSS_SPACE = lazy_re(BARE_GLOSS.pattern + "(?= )")
BARE_GLOSS_AND_SPACE = lazy_re(BARE_GLOSS.pattern + " ?")
SPACED_AFTER = 0.8
#: A space beside a digit: Chinese text spaces a number written in ASCII ("於 1949 年"),
#: and the spaces stay when the Han characters are dropped; no sign of English words.
NUMBER_SPACE = re.compile(rb"(?<=[0-9]) | (?=[0-9])")
CASE_CHANGE = re.compile(rb"[a-z][A-Z]")  # lower case, then a capital: a run's case mixed
TRAIL = bytes(range(0x40, 0x7F))
ODD = b"^`{|}~\\"
WEAK = b"[]@_"
LETTERS = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))
VOWELS = b"aeiouAEIOU"
DIGITS = b"0123456789"
PROSE = b".() "
#: Noise draws each of these alike (letters, digits, the keyboard's symbols, a space).
NOISE_SIZE = 88
#: Stripped text per class: (share of its characters, characters in the class); "other"
#: is every printable character below 0x40 not in another class.
CLASSES = {
    "trail": (0.80, len(TRAIL)),
    "digit": (0.08, len(DIGITS)),
    "comma": (0.08, 1),
    "prose": (0.03, len(PROSE)),
    "other": (0.01, 0x40 - 0x20 - len(DIGITS) - 1 - len(PROSE)),
}
_LLR = {name: math.log(share / size * NOISE_SIZE) for name, (share, size) in CLASSES.items()}


def _count(data: bytes, chars: bytes) -> int:
    return len(data) - len(data.translate(None, chars))


@functools.cache
def _dropped_syllables() -> frozenset[str]:
    """Pinyin readings with their non-ASCII letters dropped (``data/pinyin_dropped.txt``)."""
    return frozenset(word for fields in data_lines(DROPPED) for word in fields[0].split())


def _without_spaced_glosses(line: str) -> tuple[str, int]:
    """``line`` without the syllables of spaced glosses whose brackets and tone vowels
    were dropped (" xin zhng "), and how many glosses (runs of two syllables or more)
    it held; the line as it was when fewer than SPACED_GLOSSES."""
    syllables = _dropped_syllables()
    kept: list[str] = []
    runs = run = 0
    for token in line.split(" "):
        if token in syllables:
            run += 1
            continue
        runs += run >= 2
        run = 0
        if token:
            kept.append(token)
    runs += run >= 2
    return ("".join(kept), runs) if runs >= SPACED_GLOSSES else (line, 0)


def _english_llr(vowels: int, consonants: int) -> float:
    """Log-odds that the letters were drawn as English rather than as trail bytes."""
    return vowels * VOWEL_LLR + consonants * CONSONANT_LLR


def noise_llr(text: str) -> float | None:
    """The log-likelihood ratio of ``text`` as stripped double-byte text over noise, or
    None when it is no candidate (not printable ASCII, English or code-like, no shape).
    Counted by C-level byte deletions: linear on a line of any length.

    >>> noise_llr("Sof,Q,|Rc,ru|,c^Q,700flHz^,aI18_^,36I,Bm15") > NOISE_LLR
    True
    >>> noise_llr("See https://example.com/a_b for the full report.") is None
    True
    >>> noise_llr("S,](jin gun),](jin ji)T(bin mn)@,Q{|Rc^,700f") > NOISE_LLR
    True
    """
    line = text.strip(" \t\u3000")
    if PRINTABLE.fullmatch(line) is None:
        return None
    bare, glosses = _without_bare_glosses(line)
    if SPACE_SHARE * bare.count(" ") > len(bare):
        bare, spaced = _without_spaced_glosses(bare)
        glosses += spaced
    data = bare.encode("ascii")
    trail = _count(data, TRAIL)
    if trail < MIN_TRAIL:
        return None
    spaces = data.count(b" ") - len(NUMBER_SPACE.findall(data))
    if SPACE_SHARE * spaces > len(data) or b"://" in data or b"www." in data.lower():
        return None
    shape = 3 * _count(data, ODD) + _count(data, WEAK) + 2 * CASE_CHANGE.subn(b"", data)[1]
    shape += glosses  # a gloss left with no host: a glossed mirror's line lost its Han
    vowels = _count(data, VOWELS)
    if shape < SHAPE or _english_llr(vowels, _count(data, LETTERS) - vowels) > ENGLISH_LLR:
        return None
    digits, commas, prose = _count(data, DIGITS), data.count(b","), _count(data, PROSE)
    other = len(data) - trail - digits - commas - prose
    counts = {"trail": trail, "digit": digits, "comma": commas, "prose": prose, "other": other}
    llr = sum(_LLR[name] * count for name, count in counts.items())
    return llr + GLOSS_LLR * _readings(line)


def _without_bare_glosses(line: str) -> tuple[str, int]:
    """``line`` without its bare glosses, and how many; with the space after each when
    the line's glosses keep one (``SPACED_AFTER``): a mirror that writes a space after
    every gloss (來(lai) 源) leaves "109(dian) (re) (dai) L(feng) {(shi)" once its Han
    characters are dropped, and those spaces are the gloss's, not words' spacing."""
    found = BARE_GLOSS.findall(line)
    if len(found) < SPACED_GLOSSES:
        return BARE_GLOSS.subn("", line)
    spaced = len(BARE_GLOSS_SPACE.findall(line))
    if spaced < SPACED_AFTER * len(found):
        return BARE_GLOSS.subn("", line)
    return BARE_GLOSS_AND_SPACE.subn("", line)


def _readings(line: str) -> int:
    """How many of the line's bare glosses hold readings (each syllable a reading with its
    non-ASCII letters dropped, ``data/pinyin_dropped.txt``): "(gun )", "(jin gun)"."""
    syllables = _dropped_syllables()
    return sum(
        1
        for gloss in BARE_GLOSS.finditer(line)
        if (words := gloss.group()[1:-1].replace("?", "").split())
        and all(w in syllables for w in words)
    )


def reread(text: str) -> str | None:
    """``text`` with the high bit set on each pair of printable characters and read as
    GBK, when the character model accepts it (``codec_reread.accepted_llr``)."""
    if len(text) > REREAD_LIMIT:
        return None
    out: list[str] = []
    at = 0
    while at < len(text):
        pair = text[at : at + 2]
        if len(pair) == 2 and "!" <= pair[0] <= "~" and "!" <= pair[1] <= "~":
            raw = bytes((ord(pair[0]) | 0x80, ord(pair[1]) | 0x80))
            try:
                out.append(raw.decode("gbk"))
                at += 2
                continue
            except UnicodeDecodeError:
                pass
        out.append(text[at])
        at += 1
    new = "".join(out)
    return new if accepted_llr(text, new) is not None and reads_among_words(new) else None


def stripped_lines(texts: Sequence[str]) -> dict[int, str | None]:
    """The lines of a page that are double-byte text read by a 7-bit codec: index -> its
    re-read (None when the bytes are lost).  A line reaching WEAK_LLR counts beside a
    line reaching NOISE_LLR that stays as read (a re-read line is no longer evidence on
    a second cleaning)."""
    found: dict[int, str | None] = {}
    weak: list[int] = []
    strong_lost = False
    for index, text in enumerate(texts):
        line = text.strip(" \t\u3000")
        if not line or not line.isascii():
            continue
        llr = noise_llr(line)
        if llr is None:
            continue
        again = reread(line)  # bits cut, not bytes dropped: many symbols below 0x40
        if again is not None:
            found[index] = again
        elif llr >= NOISE_LLR or (llr >= WEAK_LLR and len(line) >= LONG):
            found[index] = None
            strong_lost = True
        elif llr >= WEAK_LLR:
            weak.append(index)
    if strong_lost:
        found.update(dict.fromkeys(weak))
    return found


def _without_glosses(text: str) -> tuple[str, int]:
    """``text`` without its bare glosses, and how many, when what is left is still judged
    lost on its own (a second cleaning judges it alike); else ``text`` and 0."""
    bare, glosses = BARE_GLOSS.subn("", text)
    llr = noise_llr(bare) if glosses else None
    if llr is None or llr < WEAK_LLR or (llr < NOISE_LLR and len(bare.strip()) < LONG):
        return text, 0
    return bare, glosses


def settled(
    text: str, again: str | None, repair: bool, strip_glosses: bool = False
) -> tuple[str, tuple[Evidence, ...], tuple[MojibakeSpan, ...], tuple[str, ...], bool]:
    """What the pipeline makes of a line ``stripped_lines`` found (its ``_Repaired``): the
    re-read when there is one and ``repair``; else the line as read, kept as a paragraph
    a codec lost (``lost``: placed in the body whatever structure makes of it), its bare
    glosses gone when the page's go (``strip_glosses``: the same mirror's, their hosts
    dropped with the other high bytes, as ``codec_lost`` does for a line of marks)."""
    if again is None:
        notes = [Evidence(NAME, "lost", LOST_REASON)]
        if strip_glosses and (bare := _without_glosses(text))[1]:
            text = bare[0]
            notes.insert(0, Evidence("pinyin", "stripped", "glosses of lost text", bare[1]))
        span = MojibakeSpan(0, len(text), text, encoding=LOST)
        return text, tuple(notes), (span,), (), True
    note = Evidence(NAME, "misread", f"{CODEC}: {text} -> {again}")
    span = MojibakeSpan(0, len(text), text, again if repair else None, CODEC)
    return (again if repair else text), (note,), (span,), (), not repair

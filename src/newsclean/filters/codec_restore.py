"""UTF-8 bytes a single-byte decoder dropped: put back where the character model is sure.

A UTF-8 page read as cp1252 with errors="ignore" loses only the bytes cp1252 leaves
undefined, 0x81, 0x8D, 0x8F, 0x90 and 0x9D (``CP1252_UNDEFINED``).  Each is a UTF-8
continuation byte, and a lead byte is never lost, so a character that lost one shows
where: a lead byte followed by fewer continuation bytes than it announces (the structure
breaks at the next lead or ASCII byte).  The gap is one or two bytes, each one of five.

The model: each gap's candidates are the valid characters made by putting droppable
bytes into it (at most two, at any place after the lead byte), and "lost" (U+FFFD,
priced as a Han character the model has never seen, ``charmodel.UNSEEN_HAN``); the
stretch is scored by the character model (``charmodel``: a character given the one
before it, pairs seen inside words), and a Viterbi pass with its max-marginals gives,
for each gap, the best whole reading that puts each candidate there.  A candidate is
restored only when that reading beats the reading with any other candidate at the gap,
and the one with it lost, by RESTORE_MARGIN nats (李 in 李家超, not 搎 or 恎); otherwise
the character stays lost: a restoration never makes the text worse than U+FFFD.
A gap in a Latin letter (a two-byte character: ā is C4 81) has candidates the model
prices alike, every letter continuing a word of its alphabet (ā, č, ď, Đ, ĝ): among them
a Chinese page writes pinyin's tone letters (``pinyin_readings.TONE_MARKED``: 交(jiāo)),
and any other accented letter pays FOREIGN_LETTER nats.
A mirror's gloss after a gap names its reading (問(wèn), 東(dōng)): when the
bracketed syllable right after a gap is a reading of some candidates, the others pay
GLOSS_MISMATCH nats (a gloss reads the character before it: the mirror's habit).
A byte that belongs to no character (a stray continuation byte, a byte UTF-8 never uses)
is lost too.  ``restore_utf8`` returns the text and how many of the gaps it filled.

Not restored: UTF-8 read as Latin-1.  Python's Latin-1 (and iconv's ISO-8859-1) keeps
every byte, but 0x80-0x9F become C1 controls, which normalisation deletes: all 32 values,
half of all continuation bytes, so most characters lose one and their neighbours are
gaps too.  Tried with the 32 bytes: 2 to 5 of 27 to 97 gaps a paragraph restored, in 3 to
11 seconds; the re-read keeps such characters lost (``codec_misread``).  (A browser's
"iso-8859-1" is windows-1252, and keeps the five undefined bytes as C1 controls: the
same deletion, of five values.)
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

from newsclean.filters.charmodel import UNSEEN_HAN, model, simplified_char
from newsclean.filters.pinyin_readings import TONE_MARKED, is_reading

#: The bytes cp1252 has no character for: a decoder with errors="ignore" drops them.
CP1252_UNDEFINED = bytes((0x81, 0x8D, 0x8F, 0x90, 0x9D))
#: Nats a restored character's best reading must win by, over every other candidate at
#: its gap and over leaving it lost (e^4: about 55 to 1).  Measured on 120 news
#: paragraphs (simplified and traditional) with cp1252's five bytes dropped: 53 % of the
#: gaps restored, 99 % of them rightly (3 nats: 61 % at 99 %; 5 nats: 45 % at 99.8 %).
RESTORE_MARGIN = 4.0
#: The most bytes one character can have lost and still be restored.
MAX_MISSING = 2
LOST = "\ufffd"
#: log P that a mirror's gloss reads no reading of the character before it.
GLOSS_MISMATCH = -6.0
#: The longest gloss read for evidence: one syllable (zhuang, shuang: six letters).
SYLLABLE_LIMIT = 6
#: log of how much rarer on a Chinese page an accented Latin letter is than a pinyin tone
#: letter (about one in a hundred).
FOREIGN_LETTER = -4.6
#: log P of a lost character: some Han character, which the model cannot name.
LOST_LOGPROB = UNSEEN_HAN


@dataclass(frozen=True, slots=True)
class Restored:
    text: str
    restored: int  # gaps filled
    gaps: int  # characters that lost bytes (filled or not)


def _length(lead: int) -> int:
    """How many bytes a UTF-8 character opening with ``lead`` has (0: no lead byte)."""
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def _candidates(present: bytes, missing: int, droppable: bytes) -> tuple[str, ...]:
    """The characters ``present`` (a lead byte and its continuation bytes) can have been,
    with ``missing`` droppable bytes put back after the lead byte."""
    found: dict[str, None] = {}
    tail = present[1:]
    for places in itertools.combinations(range(len(tail) + missing), missing):
        for fill in itertools.product(droppable, repeat=missing):
            out = bytearray(present[:1])
            rest = iter(tail)
            filled = iter(fill)
            for at in range(len(tail) + missing):
                out.append(next(filled) if at in places else next(rest))
            try:
                char = bytes(out).decode("utf-8")
            except UnicodeDecodeError:
                continue
            if _known(char):
                found[char] = None
    return tuple(found)


def _known(char: str) -> bool:
    """Whether the model prices ``char`` above a lost character: one it does not can
    never win a gap from LOST, and is no candidate."""
    return model().logprob(simplified_char(char)) > LOST_LOGPROB


#: A character of the structure: (its bytes, how many it lacks), or None for a byte that
#: belongs to no character it could still make.
Shape = tuple[bytes, int] | None


def split_utf8(data: bytes) -> list[Shape]:
    """``data`` cut into its characters as UTF-8's structure shows them: a sound one
    (ASCII or a whole sequence: nothing lacking), a gap (a lead byte with fewer
    continuation bytes than it announces, at most MAX_MISSING fewer), or None (lost)."""
    shapes: list[Shape] = []
    at = 0
    while at < len(data):
        byte = data[at]
        if byte < 0x80:
            shapes.append((data[at : at + 1], 0))
            at += 1
            continue
        size = _length(byte)
        end = at + 1
        while end < len(data) and end - at < max(size, 1) and 0x80 <= data[end] <= 0xBF:
            end += 1
        present = data[at:end]
        missing = size - len(present)
        shapes.append((present, missing) if size and missing <= MAX_MISSING else None)
        at = end
    return shapes


def _sound(present: bytes) -> str:
    """A whole sequence's character (LOST when it is no valid UTF-8)."""
    if len(present) == 1:
        return present.decode("ascii")
    try:
        return present.decode("utf-8")
    except UnicodeDecodeError:
        return LOST


def _pieces(shapes: list[Shape], droppable: bytes) -> list[tuple[str, ...]]:
    """The characters ``shapes`` make: a sound one alone, a gap as its candidates and
    LOST last."""
    pieces: list[tuple[str, ...]] = []
    for shape in shapes:
        if shape is None:
            pieces.append((LOST,))
        elif shape[1] == 0:
            pieces.append((_sound(shape[0]),))
        else:
            pieces.append((*_candidates(shape[0], shape[1], droppable), LOST))
    return pieces


def too_lost(shapes: list[Shape], share: int) -> bool:
    """Whether ``restore_utf8`` leaves more than one character in ``share`` lost inside
    the text ``shapes`` split (``split_utf8``; not counting the lost ones at its ends),
    whatever its gaps become: counted are the characters no gap can fill (bytes of no
    character) between the first and the last sound one, which stay, so nothing between
    them is stripped."""
    marks = [shape is None or (shape[1] == 0 and _sound(shape[0]) == LOST) for shape in shapes]
    anchors = [at for at, shape in enumerate(shapes) if shape and not shape[1] and not marks[at]]
    inside = sum(marks[anchors[0] : anchors[-1]]) if anchors else 0
    return share * inside > len(shapes)


@functools.lru_cache(maxsize=65536)
def char_step(previous: str, char: str) -> float:
    """log P of ``char`` after ``previous`` under the character model (LOST priced as an
    unseen Han character, with no pair on either side)."""
    if char == LOST:
        return LOST_LOGPROB
    before = "" if previous in ("", LOST) else simplified_char(previous)
    price = model().step(simplified_char(char), before)
    return price + FOREIGN_LETTER if _foreign(char) else price


def _foreign(char: str) -> bool:
    return "\u00c0" <= char <= "\u024f" and not _pinyin_letter(char)


def _glossed(pieces: list[tuple[str, ...]], index: int) -> str | None:
    """The one syllable bracketed right after the gap at ``index``, read whole (no gap
    in it), or None."""
    if index + 2 >= len(pieces) or pieces[index + 1] not in (("(",), ("（",)):
        return None
    letters: list[str] = []
    for options in pieces[index + 2 : index + 3 + SYLLABLE_LIMIT]:
        if options in ((")",), ("）",)):
            return "".join(letters).lower() if letters else None
        if len(options) > 1 or not _pinyin_letter(options[0]):
            return None
        letters.append(options[0])
    return None


def _pinyin_letter(char: str) -> bool:
    return (char.isascii() and char.isalpha()) or char in TONE_MARKED or char == "ü"


def _emissions(pieces: list[tuple[str, ...]]) -> list[dict[str, float]]:
    """What each option of each piece pays beside the character model: a candidate
    the gloss after its gap does not read pays GLOSS_MISMATCH (when it reads some)."""
    out: list[dict[str, float]] = []
    for index, options in enumerate(pieces):
        syllable = _glossed(pieces, index) if len(options) > 1 else None
        read = {c for c in options if syllable and is_reading(c, syllable, simplified_char)}
        out.append({c: GLOSS_MISMATCH for c in options if read and c not in read and c != LOST})
    return out


def _best(pieces: list[tuple[str, ...]]) -> list[str]:
    """The likeliest reading of ``pieces``, each gap's pick kept only when it wins by
    RESTORE_MARGIN (max-marginals of a Viterbi pass over the character bigrams)."""
    paid = _emissions(pieces)
    forward: list[dict[str, float]] = []
    for index, options in enumerate(pieces):
        cost = paid[index]
        if index == 0:
            forward.append({char: char_step("", char) + cost.get(char, 0.0) for char in options})
            continue
        last = forward[-1]
        forward.append(
            {
                char: max(s + char_step(p, char) for p, s in last.items()) + cost.get(char, 0.0)
                for char in options
            }
        )
    backward: list[dict[str, float]] = [{char: 0.0 for char in pieces[-1]}]
    for index in range(len(pieces) - 2, -1, -1):  # built from the end, reversed after
        after, nxt, cost = backward[-1], pieces[index + 1], paid[index + 1]
        backward.append(
            {
                char: max(char_step(char, n) + cost.get(n, 0.0) + after[n] for n in nxt)
                for char in pieces[index]
            }
        )
    backward.reverse()
    out: list[str] = []
    for options, ahead, behind in zip(pieces, forward, backward, strict=True):
        if len(options) == 1:
            out.append(options[0])
            continue
        marginal = sorted(((ahead[c] + behind[c], c) for c in options), reverse=True)
        (top, char), (second, _) = marginal[0], marginal[1]
        out.append(char if char != LOST and top - second >= RESTORE_MARGIN else LOST)
    return out


def restore_utf8(
    data: bytes, droppable: bytes = CP1252_UNDEFINED, split: list[Shape] | None = None
) -> Restored:
    """``data`` read as UTF-8, each character that lost bytes of ``droppable`` restored
    where the character model is sure, else U+FFFD (``split``: ``split_utf8(data)``, when
    the caller has it).

    >>> text = "行政長官李家超今日下午在南區舉行諮詢會"
    >>> data = bytes(b for b in text.encode() if b not in CP1252_UNDEFINED)
    >>> data.decode("utf-8", "replace")
    '行政長官�家超今日下�在��舉行諮詢會'
    >>> found = restore_utf8(data)  # 午 and 南 (下受, 在吗區) stay lost
    >>> found.text, found.restored, found.gaps
    ('行政長官李家超今日下�在�區舉行諮詢會', 2, 4)
    """
    pieces = _pieces(split_utf8(data) if split is None else split, droppable)
    if not pieces:
        return Restored("", 0, 0)
    gaps = sum(len(options) > 1 for options in pieces)
    if not gaps:
        return Restored("".join(options[0] for options in pieces), 0, 0)
    chars = _best(pieces)
    # A gloss whose tone letter was restored now reads whole: its host is judged again.
    letters = [
        (c,) if len(o) > 1 and c.isalpha() and c < "\u0250" else o
        for o, c in zip(pieces, chars, strict=True)
    ]
    if letters != pieces:
        chars = _best(letters)
    restored = sum(len(o) > 1 and c != LOST for o, c in zip(pieces, chars, strict=True))
    return Restored("".join(chars), restored, gaps)

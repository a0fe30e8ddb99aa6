"""The pair a slip splits at its right edge: one byte known, the other lost (round 35).

A one-byte misalignment ends where the decoder finds its way back, and the character
whose two bytes straddle that place is split: one of its bytes is read with a neighbour
and the other is read alone.  Which one survives depends only on the byte values:

* *its trail byte is ASCII* (0x40-0x7E: 這 is DF 40 in GBK, 縣 BF 68, 繼 C0 5E): the lead
  byte goes with the byte before it into a pair that does not decode, printed as a mark
  ("?" or U+FFFD), and the trail byte is read alone as its ASCII character, after which
  the text is aligned.  A character lost whole before it (a full stop, whose bytes are
  the ones the slip started in) prints as a mark too: ``報告??^上週六`` for
  ``報告。繼上週六``, ``軌道??@是`` for ``軌道。這是``.  Wherever it falls, the sign is
  the same: a mark, then one ASCII character alone, then two-byte text (``lone_trails``).
  A writer puts no lone letter or ASCII symbol between a "?" and Han text; a capital
  letter there may be a word's (``為什麼?A股``), and so may any letter after a "?" that
  closes a question its clause asks (round 37: ``神奇吗?a片``, ``mojibake_question.asks``), so
  these are taken only when the character model names the split character surely; the
  separators ``_`` and ``|`` are a menu's.
* *its trail byte is not ASCII*: the lead byte ends the realigned reading of the stretch
  and the trail byte, unreadable with the next lead byte, prints as the mark that ends
  the stretch (``8掌鹕?效`` for ``8日起生效``: 生 is C9 FA, C9 read in 鹕, FA the "?").
  ``realign`` asks ``split_character`` for it with the lead byte known.

* *the line was cut at a byte offset* (round 36): the first byte lost is a lead byte
  whose trail byte, when ASCII, opens the line alone before two-byte text (``j陸首善`` for
  ``大陸首善``, Big5 A4 6A): the line's start is the mark.  A writer opens a line with one
  capital before Han text (``A股``, ``X光``) and with ``@`` (a handle), rarely with one
  lower-case letter (``a股``, ``e时代``); so a lower-case letter there is taken only when
  the character model names the split character from the one after it (``cut_trail``).

Either way the bytes determine one byte, and the other is one of about 190 values.  The
character model (``charmodel``) prices each candidate between its neighbours,
P(c | before) P(after | c), and the split character is named only when the best beats
every other candidate by SURE_MARGIN nats; otherwise the mark stays (a flag without a
repair is better than a wrong one).
"""

from __future__ import annotations

import functools
import math

from newsclean.filters.charmodel import MARKS, is_han, model, simplified, simplified_char
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.mojibake_question import asks

#: Nats the named character must beat every other candidate by (e^4: 55 to 1), the
#: margin of the restorer of dropped UTF-8 bytes (``codec_restore``).  Measured on the
#: sentences of ``tests/data/mojibake_sentences.txt``, every Han character split with
#: its neighbours known: a known lead byte named 114 of 290 GBK characters, 97 % rightly,
#: 47 of 165 Big5 ones, all rightly.
SURE_MARGIN = 4.0
#: With the character before the split one lost too (a lone trail byte after its marks)
#: only the character after speaks: 4 nats named 25 of 217 GBK characters, 92 % rightly;
#: 5 nats named 16 GBK and 69 Big5, all rightly.
LONE_MARGIN = 5.0
#: The encodings a split pair is read in (``realign.ENCODINGS``).
ENCODINGS = ("gbk", "big5")
#: One ASCII character 0x40-0x7E alone after a mark and before a two-byte character;
#: the marks before it are counted back from it (no pattern that starts at each mark of
#: a long run and reads it to its end).
LONE_TRAIL = lazy_re(r"(?<=[?\ufffd])[@-~](?=[^\x00-\x7f\ufffd])")
#: One lower-case letter opening the line (after its indentation) before a Han character.
CUT_TRAIL = lazy_re(r"[ \u3000]*([a-z])(?=[\u3400-\u9fff\uf900-\ufaff])")
#: Separators a menu writes between words: no trail byte read alone.
SEPARATORS = "_|"


@functools.cache
def candidates(known: int, lead: bool, encoding: str) -> tuple[str, ...]:
    """The characters of ``encoding`` whose lead (``lead``) or trail byte is ``known``."""
    found: list[str] = []
    for other in range(0x40, 0xFF):
        if other == 0x7F:
            continue
        data = bytes((known, other)) if lead else bytes((other, known))
        if data[0] < 0x81:
            continue
        try:
            char = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if len(char) == 1 and is_han(char):
            found.append(char)
    return tuple(found)


@functools.lru_cache(maxsize=4096)  # a pure function of few values: a page repeats them
def split_character(
    known: int,
    *,
    lead: bool,
    before: str,
    after: str,
    encodings: tuple[str, ...] = ENCODINGS,
    margin: float = SURE_MARGIN,
) -> tuple[str, float] | None:
    """The character whose lead (``lead``) or trail byte is ``known``, between ``before``
    and ``after`` (a Han character each, or "": no evidence that side), with the nats it
    wins by over the next candidate; None when no candidate wins by ``margin`` nats.

    A known lead byte's lost trail byte was printed as a mark: it is no ASCII byte (the
    decoder would have printed that), and it does not decode with the lead byte of
    ``after`` either (a stream decoder would have read that pair, and ``after`` would
    not be there): ``起?效`` with 生's lead C9 known is 生 (trail FA: FA D0 is no GBK
    pair), not 身 (ED: ED D0 is).

    >>> split_character(0xC9, lead=True, before="起", after="效", encodings=("gbk",))[0]
    '生'
    >>> split_character(0x68, lead=False, before="", after="委") is None  # 縣委 or 黨委
    True
    """
    m = model()
    after_s = simplified_char(after) if after else ""
    before_s = simplified_char(before) if before else ""
    scores: dict[str, float] = {}
    for encoding in encodings:
        for char in candidates(known, lead, encoding):
            if lead and not _lost_trail(char.encode(encoding)[1], after, encoding):
                continue
            plain = simplified(char)
            if len(plain) != 1:
                continue
            context = m.score(plain + after_s, before_s)
            score = sum(context)
            scores[char] = max(scores.get(char, -math.inf), score)
    if len(scores) < 2:
        return None
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    # Two forms of one character (a traditional one in GBK and in Big5) are one reading.
    for char, score in ranked[1:]:
        if simplified(char) != simplified(best):
            second = score
            break
    else:
        return best, math.inf
    return (best, top - second) if top - second >= margin else None


def _lost_trail(trail: int, after: str, encoding: str) -> bool:
    """Whether a decoder reading ``trail`` and then ``after`` prints a mark for ``trail``
    alone and ``after`` as it is (``split_character``)."""
    if trail < 0x80:
        return False
    try:
        following = after.encode(encoding)[:1] if after else b""
    except UnicodeEncodeError:
        return True
    if not following or following[0] < 0x81:
        return True
    try:
        return len(bytes((trail, following[0])).decode(encoding)) != 1
    except UnicodeDecodeError:
        return True


def lone_trails(text: str) -> list[tuple[int, int, str | None]]:
    """The stretches of ``text`` a slip ended with a lone trail byte (module docstring):
    (start, end, repair), the repair the marks with the last one and the ASCII character
    read as the split character, or None when the model is not sure of it."""
    found: list[tuple[int, int, str | None]] = []
    for match in LONE_TRAIL.finditer(text):
        trail = match.group()
        if trail in SEPARATORS:
            continue
        end = match.end()
        start = end - 1
        while start > 0 and text[start - 1] in MARKS:
            start -= 1
        marks = end - 1 - start
        after = text[end]
        named = split_character(ord(trail), lead=False, before="", after=after, margin=LONE_MARGIN)
        question = marks == 1 and text[start] == "?" and named is None
        if question and (trail.isupper() or asks(text, start)):
            continue  # 為什麼?A股, 神奇吗?a片: a writer's question before a word
        repair = None if named is None else text[start : end - 2] + named[0]
        found.append((start, end, repair))
    return found


def cut_trail(text: str) -> tuple[int, int, str] | None:
    """A lower-case letter opening ``text`` that is the trail byte of the line's first
    character, its lead byte lost with the cut: (start, end, the character named), or
    None unless the model names it from the character after by LONE_MARGIN nats.

    >>> cut_trail("j陸首善陳光標在台灣高調發紅包")
    (0, 1, '大')
    >>> cut_trail("e时代的新闻") is None
    True
    """
    match = CUT_TRAIL.match(text)
    if match is None:
        return None
    letter = match.group(1)
    after = text[match.end()]
    named = split_character(ord(letter), lead=False, before="", after=after, margin=LONE_MARGIN)
    if named is None:
        return None
    return match.start(1), match.end(1), named[0]


def lost_trail(lead: int, before: str, after: str, encoding: str) -> tuple[str, float] | None:
    """The character a realigned stretch's last byte ``lead`` began, whose trail byte the
    mark after the stretch stands for, and the nats it adds to the realigned reading;
    None unless both neighbours speak (the last realigned character ``before`` and a Han
    character ``after``: 狗仔?(jí)團 is 集, which 仔 alone would name 細) and the model is
    sure.  The character stands where the mark stood, which the reading as written does
    not price either: what it adds is the word it makes with ``after`` (生效), never less
    than nothing."""
    if not (is_han(before) and is_han(after)):
        return None
    named = split_character(lead, lead=True, before=before, after=after, encodings=(encoding,))
    if named is None:
        return None
    m = model()
    following = simplified_char(after)
    gain = m.step(following, simplified_char(named[0])) - m.logprob(following)
    return named[0], max(0.0, gain)

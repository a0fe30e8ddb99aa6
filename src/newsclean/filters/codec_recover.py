"""What survives of a two-byte line read as UTF-8 with replacement: the codec's byte grammar.

Model (round 45, issue 10).  A page written in GBK (or Big5) and read by a UTF-8 decoder
with errors="replace" keeps every byte that happens to form UTF-8 and writes U+FFFD for
each byte (or maximal broken sequence) that does not: ``责任编辑:`` (D4 F0 C8 CE B1 E0 BC AD
3A) comes out ``���α༭:``.  Nothing is guessed from the text; the bytes are read back:

* each surviving character gives back its exact bytes (``α`` -> CE B1, ``༭`` -> E0 BC AD,
  an ASCII character its one byte); each U+FFFD stands for one lost byte, or for two or
  three when it was a UTF-8 lead with its continuation bytes cut short (E0-F4 then
  80-BF): never an ASCII byte, which UTF-8 always decodes;
* the line is laid on the original codec's byte grammar from its start: a byte below 0x80
  is a character alone, a byte 0x81-0xFE leads a pair whose trail is 0x40-0xFE (GBK) or
  0x40-0x7E / 0xA1-0xFE (Big5); every pair's trail must be a trail, a pair of two known
  bytes a character of the codec, and the line must end on a character's end; the count
  of each U+FFFD is chosen by a Viterbi pass scoring each laying by its recovered
  characters under the character model (a laying one byte off reads rare characters),
  LOST_WORTH for a lost one and EXTRA_BYTE per byte beyond one;
* a character both of whose bytes survived is recovered at its place (``编辑``, the
  digits, the colon, the ASCII), a character with a lost byte stays unknown (U+FFFD, one
  per character: ``��编辑:``).

GBK and Big5 are both laid; the reading kept is the one whose recovered pairs all decode
and whose Han characters the character model likes better.  The recovery is evidence for
the line readers only (``codec_lost_lines``); the line's text stays as read.

Measured on the clean sentences of ``tests/data/mojibake_sentences*.txt`` encoded in GBK
(and Big5) and read as UTF-8 with replacement: of the lines laid at their true length, 1,796
characters recovered right, 309 wrong, the rest lost (fewest extra bytes instead of the
model: 1,355 right, 323 wrong, 30 more lines laid at a wrong length).  A long line drifts
where two U+FFFD of two bytes fall close; the readers ask short lines.

Speed: asked only of a line holding U+FFFD and no two Han in a row; one pass over its
bytes with two states.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.filters.charmodel import is_han, model, simplified_char

LOST = "\ufffd"
#: Each codec's trail byte ranges (its lead bytes are 0x81-0xFE).
TRAILS = {
    "gbk": ((0x40, 0x7E), (0x80, 0xFE)),
    "big5": ((0x40, 0x7E), (0xA1, 0xFE)),
}
#: How many bytes one U+FFFD may stand for (a broken UTF-8 sequence: a lead E0-F4 and one
#: or two continuation bytes), and what each byte beyond one costs a laying (nats).
COUNTS = (1, 2, 3)
EXTRA_BYTE = -3.0
#: What a character with a lost byte is worth to a laying: about a common character's
#: log-probability, so a laying neither seeks nor shuns lost characters.
LOST_WORTH = -8.0
#: A reading that recovers no Han character says nothing of the line.
MIN_HAN = 1


@dataclass(frozen=True)
class Recovery:
    """A line's characters as recovered (``text``, lost ones as U+FFFD), the codec, and how
    many characters were recovered outside ASCII."""

    text: str
    codec: str
    han: int

    def known(self) -> str:
        """The recovered characters outside ASCII, in order (what ``--explain`` names)."""
        return "".join(char for char in self.text if ord(char) > 0x7F and char != LOST)


# A token of the byte stream: a known byte (int) or a lost run (None, its count chosen).
_Token = int | None


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    for char in text:
        if char == LOST:
            tokens.append(None)
        else:
            tokens.extend(char.encode("utf-8"))
    return tokens


def _is_trail(byte: int, codec: str) -> bool:
    return any(low <= byte <= high for low, high in TRAILS[codec])


#: A laying's state: its score, the characters so far, and the pending lead byte (-1: lost).
_State = tuple[float, list[str], int]


def _worth(char: str) -> float:
    """What a recovered character adds to a laying's score: its log-probability under the
    character model (a shifted laying reads rare characters), a lost one LOST_WORTH, ASCII 0."""
    if char == LOST:
        return LOST_WORTH
    return 0.0 if char.isascii() else model().logprob(simplified_char(char))


def _offer(states: list[_State | None], at: int, state: _State) -> None:
    """Keep ``state`` at ``at`` when it scores better than the one held there."""
    held = states[at]
    if held is None or state[0] > held[0]:
        states[at] = state


def _step(token: _Token, at: int, state: _State, codec: str, nxt: list[_State | None]) -> None:
    """The states after ``token`` from ``state`` (at a character's start if ``at`` is 0,
    after a lead byte if 1), offered into ``nxt``."""
    score, chars, lead = state
    if token is None:  # a U+FFFD: one, two or three lost bytes, each closing or opening
        for extra, count in enumerate(COUNTS):
            where, out, pending, worth = at, list(chars), lead, score + EXTRA_BYTE * extra
            for _ in range(count):
                if where == 0:
                    where, pending = 1, -1
                else:
                    out.append(LOST)
                    where, pending, worth = 0, 0, worth + LOST_WORTH
            _offer(nxt, where, (worth, out, pending))
    elif at == 0:
        if token < 0x80:
            _offer(nxt, 0, (score, [*chars, chr(token)], 0))
        elif 0x81 <= token <= 0xFE:
            _offer(nxt, 1, (score, chars, token))
    elif _is_trail(token, codec):
        if lead < 0:
            _offer(nxt, 0, (score + LOST_WORTH, [*chars, LOST], 0))
            return
        try:
            char = bytes((lead, token)).decode(codec)
        except UnicodeDecodeError:
            return  # a known pair the codec has no character for: no laying here
        _offer(nxt, 0, (score + _worth(char), [*chars, char], 0))


def _lay(tokens: list[_Token], codec: str) -> list[str] | None:
    """The likeliest laying of ``tokens`` on ``codec``'s grammar as characters (U+FFFD for
    one with a lost byte), or None when no laying fits: a Viterbi pass over the tokens with
    two states (at a character's start, or after a lead byte)."""
    states: list[_State | None] = [(0.0, [], 0), None]
    for token in tokens:
        nxt: list[_State | None] = [None, None]
        for at, state in enumerate(states):
            if state is not None:
                _step(token, at, state, codec, nxt)
        states = nxt
        if states[0] is None and states[1] is None:
            return None
    return None if states[0] is None else states[0][1]


def recover(text: str) -> Recovery | None:
    """The characters of ``text`` (a line holding U+FFFD) recovered on the likelier of GBK
    and Big5, or None when neither grammar fits or no Han character is recovered.

    >>> recover("���α༭:").text
    '��编辑:'
    >>> recover("他在会上说：“好。”") is None
    True
    """
    if LOST not in text:
        return None
    tokens = _tokens(text)
    chosen: tuple[float, Recovery] | None = None
    for codec in TRAILS:
        chars = _lay(tokens, codec)
        if chars is None:
            continue
        han = [char for char in chars if is_han(char)]
        if not han:
            continue
        score = sum(model().logprob(char) for char in han) / len(han)
        recovery = Recovery("".join(chars), codec, len(han))
        if chosen is None or (recovery.han, score) > (chosen[1].han, chosen[0]):
            chosen = (score, recovery)
    if chosen is None or chosen[1].han < MIN_HAN:
        return None
    return chosen[1]

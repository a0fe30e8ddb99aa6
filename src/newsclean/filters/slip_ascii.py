"""A slip that ends at an ASCII character and left no mark (round 38).

The model.  A lead byte lost one to three characters before an ASCII character shifts
the pairs after it by one byte: each character there is read from the trail byte of one
character and the lead byte of the next, and the last trail byte, before the ASCII byte,
pairs with nothing.  A decoder that drops an unreadable byte (``iconv -c``) or the pair
it opens leaves no mark: ``民調有5成`` reads ``民捰5成`` (Big5: 調's lead lost, its trail
and 有's lead read as 捰, 有's trail dropped).  The realignment test (``realign``) cannot
read such a stretch again: one byte is missing at each end of it, so the one before and
the one after are unknown.

What the bytes still say: the stretch's first byte is the trail of the first character
of the text, its last byte the lead of the last, and the bytes between are the text's
characters read aligned.  The character model (``charmodel``) prices the best reading
of those bytes, each unknown byte any value its encoding allows, against the stretch as
written, between the Han character before it (read aligned) and the ASCII character
after it.  Only a stretch holding an uncommon character is asked (a slip's shifted
pairs land on one far more often than text does, and the gate is one C-level scan), and
it is reported, never repaired: two bytes are a guess.

The best of some 20,000 readings beats the written one by a few nats on any text (the
maximum is taken over many), so the margin is set on real lines: ``SURE_GAIN``.
"""

from __future__ import annotations

import functools

from newsclean.filters.charmodel import MARKS, is_han, model, simplified, simplified_char, uncommon
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.mojibake_split import candidates

#: The encodings a stretch is read again in (``realign.ENCODINGS``).
ENCODINGS = ("gbk", "big5")
#: The longest stretch between the lost lead byte and the ASCII character: the shape of
#: the stress benchmark (one to four characters before it; the last one is the lost
#: trail's, dropped).
MOST = 3
#: Nats the best reading of the stretch's bytes must beat the written stretch by.
#: Measured on real text (tests/data clean lines, the 3,000 corpus pages and the
#: evaluation's pages, 33 MB): the clean stretches that reach the test score 2.0 at most
#: (王曼昱7日), and every one at 6 or more is a slip; the benchmark's slips score 1.5-23
#: (民捰5成 8.5, 並自駠11 7.9, 由去甑8场 6.3).  6 keeps 4 nats over the real lines.
SURE_GAIN = 6.0
#: An ASCII letter or digit right after a two-byte character: where such a slip ends.
AFTER = lazy_re(r"[0-9A-Za-z]")


def stretches(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` (start, end) a slip left before an ASCII character with
    no mark (module docstring), reported only."""
    found: list[tuple[int, int]] = []
    reach = 0
    for match in uncommon().finditer(text):
        at = match.start()
        if at < reach:
            continue
        end = at + 1
        while end < len(text) and end - at < MOST and _two_byte(text[end]):
            end += 1
        if end >= len(text) or AFTER.match(text, end) is None:
            continue
        for start in range(max(1, end - MOST), at + 1):
            if not is_han(text[start - 1]) or not all(map(_two_byte, text[start:end])):
                continue
            if _gain(text[start - 1], text[start:end]) >= SURE_GAIN:
                found.append((start, end))
                reach = end
                break
    return found


def _two_byte(char: str) -> bool:
    return not char.isascii() and char not in MARKS


@functools.lru_cache(maxsize=4096)  # a pure function of few values: a page repeats them
def _gain(before: str, stretch: str) -> float:
    """Nats the best reading of ``stretch``'s bytes one byte on (a byte unknown at each
    end) beats ``stretch`` as written by, after ``before``, in the likelier encoding."""
    m = model()
    previous = simplified_char(before)
    written = sum(m.score(simplified(stretch), previous))
    best = -float("inf")
    for encoding in ENCODINGS:
        try:
            data = stretch.encode(encoding)
        except UnicodeEncodeError:
            continue
        if len(data) != 2 * len(stretch):
            continue
        middle = _aligned(data[1:-1], encoding)
        if middle is None:
            continue
        firsts = candidates(data[0], False, encoding)
        lasts = candidates(data[-1], True, encoding)
        if not firsts or not lasts:
            continue
        if middle:
            # The unknown ends are apart: each is chosen alone.
            head = max(sum(m.score(simplified(c) + middle, previous)) for c in firsts)
            tail = max(m.step(simplified(c), middle[-1]) for c in lasts)
            best = max(best, head + tail)
        else:
            ends = frozenset(simplified(c) for c in lasts)
            floor = max(m.logprob(c) for c in ends) + _LOG_HALF
            for c in firsts:
                first = simplified(c)
                follow = max([m.step(e, first) for e in _followers(first) & ends] or [floor])
                best = max(best, m.step(first, previous) + max(follow, floor))
    return best - written


_LOG_HALF = -0.6931471805599453


def _aligned(data: bytes, encoding: str) -> str | None:
    """The characters of the stretch's inner bytes read aligned (simplified), or None."""
    out = []
    for index in range(0, len(data), 2):
        pair = data[index : index + 2]
        if pair[0] < 0x81:
            return None
        try:
            char = pair.decode(encoding)
        except UnicodeDecodeError:
            return None
        out.append(simplified(char))
    return "".join(out)


@functools.cache
def _followers(char: str) -> frozenset[str]:
    entry = model().followers.get(char)
    return frozenset(entry[0]) if entry is not None else frozenset()

"""GBK bytes a cp1252 decoder dropped: realigned, and put back where the model is sure.

GBK text read as cp1252 with errors="ignore" loses the bytes cp1252 leaves undefined
(``codec_restore.CP1252_UNDEFINED``).  In GB2312's rows (leads and trails A1-FE) there
are none; GBK's extension rows, where most traditional characters sit (們 82 C7, 漁 9D 4F),
have them as lead or trail bytes.  Unlike UTF-8, a two-byte code shows no gap: a lost
lead leaves its trail to be read as the next pair's lead (or as ASCII: 漁 -> "O"), a lost
trail pairs its lead with the next character's lead, and the rest of the stretch reads
one byte off ("希望大家能兛旎滞" for 能儘快恢復).

The model: the stretch is read by a Viterbi pass over byte positions, each step a pair,
an ASCII byte, or a pair whose lead or trail is one of the five dropped bytes put back
(paying INSERT_LOGPROB, a drop's prior), scored by the character model (``charmodel``,
a character given the one before it); a byte that starts no character is lost.  A put
back character is kept only when the best reading beats the best one without a byte put
back at that place by ``codec_restore.RESTORE_MARGIN`` nats; otherwise it is lost
(U+FFFD) and the alignment the best reading found after it is kept.

The best reading without a byte put back at position p is read off the lattice, not
searched for again: every reading either stands at p (and leaves it by a step that puts
no byte back) or steps over it (a pair read from p - 1), so it is the best of those
steps, each scored by the best reading up to it (the Viterbi pass) and the best from
where it ends (a backward pass).  One forward and one backward pass serve every gap.
"""

from __future__ import annotations

import contextlib

from newsclean.filters.codec_restore import (
    CP1252_UNDEFINED,
    LOST,
    RESTORE_MARGIN,
    Restored,
    char_step,
)

#: log P that a character lost a byte to the decoder: one in about fifteen in a
#: traditional paragraph (5 of 76 characters in tests/test_codec_restore.py's).
INSERT_LOGPROB = -2.7
#: A step: (next position, the character read, whether a byte was put back at ``at``).
_Step = tuple[int, str, bool]


def _steps(data: bytes, at: int, codec: str) -> list[_Step]:
    byte = data[at]
    if byte < 0x80:
        out: list[_Step] = [(at + 1, chr(byte), False)]
    else:
        out = []
        if at + 1 < len(data):
            with contextlib.suppress(UnicodeDecodeError):
                out.append((at + 2, data[at : at + 2].decode(codec), False))
    for dropped in CP1252_UNDEFINED:
        for pair in (bytes((dropped, byte)), bytes((byte, dropped))):
            try:
                char = pair.decode(codec)
            except UnicodeDecodeError:
                continue
            if len(char) == 1 and ord(char) >= 0x80:
                out.append((at + 1, char, True))
    if not out or all(put for _, _, put in out):
        out.append((at + 1, LOST, False))
    return out


#: What each position of a stretch can be read as: its steps (``_steps``).
_Lattice = list[list[_Step]]
#: The best reading reaching each position, by its last character: (score, the step that
#: led there, the previous position and character).
_Forward = list[dict[str, tuple[float, _Step | None, tuple[int, str] | None]]]
#: How far apart two sums of the same steps in another order can be (a stretch's score
#: is a sum of at most 2 * WINDOW terms under 30 nats: its rounding is below 1e-9).
_ROUNDING = 1e-6


def _forward(lattice: _Lattice, banned: frozenset[int]) -> _Forward:
    """The Viterbi pass over ``lattice``, putting no byte back at a position in
    ``banned``."""
    best: _Forward = [{} for _ in range(len(lattice) + 1)]
    best[0][""] = (0.0, None, None)
    for at, all_steps in enumerate(lattice):
        if not best[at]:
            continue
        steps = [s for s in all_steps if not (s[2] and at in banned)]
        for previous, (score, _, _) in best[at].items():
            for step in steps:
                end, char, put = step
                new = score + char_step(previous, char) + (INSERT_LOGPROB if put else 0.0)
                if char not in best[end] or new > best[end][char][0]:
                    best[end][char] = (new, (at, char, put), (at, previous))
    return best


def _best_path(best: _Forward) -> tuple[float, list[_Step]]:
    """The best reading the pass found, as (score, steps)."""
    last = best[-1]
    if not last:
        return float("-inf"), []
    char = max(last, key=lambda c: last[c][0])
    total = last[char][0]
    path: list[_Step] = []
    key: tuple[int, str] | None = (len(best) - 1, char)
    while key is not None:
        _, came, key = best[key[0]][key[1]]
        if came is not None:
            path.append(came)
    path.reverse()
    return total, path


def _backward(lattice: _Lattice, best: _Forward) -> list[dict[str, float]]:
    """For each state the Viterbi pass reached, the score of the best reading from it to
    the stretch's end."""
    behind: list[dict[str, float]] = [{} for _ in best]
    behind[-1] = dict.fromkeys(best[-1], 0.0)
    for at in range(len(lattice) - 1, -1, -1):
        steps = lattice[at]
        behind[at] = {
            previous: max(
                char_step(previous, char) + (INSERT_LOGPROB if put else 0.0) + behind[end][char]
                for end, char, put in steps
            )
            for previous in best[at]
        }
    return behind


def _best_without(
    lattice: _Lattice, best: _Forward, behind: list[dict[str, float]], at: int
) -> float:
    """The score of the best reading that puts no byte back at ``at``: it stands at ``at``
    and leaves by a step that puts none back, or steps over ``at`` with a pair from
    ``at - 1`` (steps advance one or two bytes)."""
    found = float("-inf")
    crossing = [(at, step) for step in lattice[at] if not step[2]]
    if at > 0:
        crossing += [(at - 1, step) for step in lattice[at - 1] if step[0] == at + 1]
    for start, (end, char, put) in crossing:
        for previous, (score, _, _) in best[start].items():
            paid = char_step(previous, char) + (INSERT_LOGPROB if put else 0.0)
            found = max(found, score + paid + behind[end][char])
    return found


#: The longest stretch read as one lattice, in bytes: longer stretches are read in
#: windows cut after a byte below 0x40 (never a GBK trail byte, so both sides keep their
#: alignment), or, in a run with no such byte, at the window's length (a character split
#: there is lost).  (Set when each put-back byte ran the pass again, and kept so the
#: readings stay as they were: a stretch now costs time in proportion to its length.)
WINDOW = 480
#: The longest stretch searched at all: a longer one is read as it is, its lost
#: characters lost.
LIMIT = 2048
#: A byte that is a character of its own in GBK: below every trail byte (0x40-0xFE).
_SAFE_CUT = 0x40


def _windows(data: bytes) -> list[bytes]:
    out: list[bytes] = []
    start = 0
    while len(data) - start > WINDOW:
        end = start + WINDOW
        cut = next((at + 1 for at in range(end - 1, start, -1) if data[at] < _SAFE_CUT), end)
        out.append(data[start:cut])
        start = cut
    out.append(data[start:])
    return out


def restore_pairs(data: bytes, codec: str = "gbk") -> Restored:
    """``data`` read as ``codec`` with the bytes a cp1252 decoder dropped put back where
    the character model is sure, else U+FFFD.

    >>> text = "漁民們說，希望大家能儘快恢復出海作業。"
    >>> data = text.encode("gbk").decode("cp1252", "ignore").encode("cp1252")
    >>> data.decode("gbk", "replace")
    'O民們說，希望大家能兛旎滞出海作業。'
    >>> restore_pairs(data).text  # O民: a Latin letter the model finds as likely
    '\ufffd民們說，希望大家能儘快恢復出海作業。'
    """
    if len(data) > LIMIT:
        return Restored(data.decode(codec, errors="replace"), 0, 0)
    if len(data) > WINDOW:
        parts = [restore_pairs(window, codec) for window in _windows(data)]
        return Restored(
            "".join(p.text for p in parts),
            sum(p.restored for p in parts),
            sum(p.gaps for p in parts),
        )
    lattice = [_steps(data, at, codec) for at in range(len(data))]
    best = _forward(lattice, frozenset())
    score, steps = _best_path(best)
    chars = [char for _, char, _ in steps]
    put = [index for index, (_, _, p) in enumerate(steps) if p]
    behind = _backward(lattice, best) if put else []
    restored = 0
    for index in put:
        at = steps[index][0]
        without = _best_without(lattice, best, behind, at)
        if abs(score - without - RESTORE_MARGIN) < _ROUNDING:
            # summed in another order than the pass sums: on the margin itself, ask the
            # pass without the byte (its own sum) so the decision is the pass's
            without, _ = _best_path(_forward(lattice, frozenset({at})))
        if score - without >= RESTORE_MARGIN:
            restored += 1
        else:
            chars[index] = LOST
    return Restored("".join(chars), restored, len(put))

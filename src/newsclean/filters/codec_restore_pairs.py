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


def _viterbi(data: bytes, codec: str, banned: frozenset[int]) -> tuple[float, list[_Step]]:
    """The best reading of ``data`` as (score, steps), putting no byte back at a
    position in ``banned``."""
    # best[at]: last character -> (score, the step that led here, the previous key)
    best: list[dict[str, tuple[float, _Step | None, tuple[int, str] | None]]] = [
        {} for _ in range(len(data) + 1)
    ]
    best[0][""] = (0.0, None, None)
    for at in range(len(data)):
        if not best[at]:
            continue
        steps = [s for s in _steps(data, at, codec) if not (s[2] and at in banned)]
        for previous, (score, _, _) in best[at].items():
            for step in steps:
                end, char, put = step
                new = score + char_step(previous, char) + (INSERT_LOGPROB if put else 0.0)
                if char not in best[end] or new > best[end][char][0]:
                    best[end][char] = (new, (at, char, put), (at, previous))
    last = best[len(data)]
    if not last:
        return float("-inf"), []
    char = max(last, key=lambda c: last[c][0])
    total = last[char][0]
    path: list[_Step] = []
    key: tuple[int, str] | None = (len(data), char)
    while key is not None:
        _, came, key = best[key[0]][key[1]]
        if came is not None:
            path.append(came)
    path.reverse()
    return total, path


#: The longest stretch read as one lattice, in bytes.  Testing each put-back byte runs the
#: pass again, so a stretch costs its length times its gaps: longer stretches are read in
#: windows cut after a byte below 0x40 (never a GBK trail byte, so both sides keep their
#: alignment), or, in a run with no such byte, at the window's length (a character split
#: there is lost).  A 10 MB line then costs time in proportion to its length.
WINDOW = 480
#: The longest stretch searched at all (about a second a kilobyte): a longer one is read
#: as it is, its lost characters lost.
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
    score, steps = _viterbi(data, codec, frozenset())
    chars = [char for _, char, _ in steps]
    put = [index for index, (_, _, p) in enumerate(steps) if p]
    restored = 0
    for index in put:
        without, _ = _viterbi(data, codec, frozenset({steps[index][0]}))
        if score - without >= RESTORE_MARGIN:
            restored += 1
        else:
            chars[index] = LOST
    return Restored("".join(chars), restored, len(put))

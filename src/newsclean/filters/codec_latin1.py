"""Text read as Latin-1 or cp1252: re-encoded with the single-byte table, read again.

GBK, Big5 or UTF-8 bytes read by a single-byte decoder become letters of U+0080-U+00FF
(and cp1252's letters for 0x80-0x9F); ASCII survives.  A stretch of such letters and the
ASCII between them (``LATIN1_STRETCH``, gated by two such letters side by side) is
re-encoded and read with UTF-8, GBK and Big5; the likeliest reading the character model
accepts (``codec_reread.accepted_llr``) is the stretch's (``codec_misread`` states the
test).  UTF-8 or GBK read as cp1252 lost only cp1252's five undefined bytes: a decoder
with errors="ignore" dropped them, and they are put back where the model is sure
(``codec_restore``, ``codec_restore_pairs``).  Round 37: a decoder with errors="replace"
wrote U+FFFD for each of them instead (联合国 read as è, U+FFFD, ”, å, U+FFFD, ˆ, å›½); a
U+FFFD inside a stretch is such a byte, read as dropped, and the same restoration
applies.  One at a stretch's end stands for nothing the stretch holds and is left out.
"""

from __future__ import annotations

import re

from newsclean.filters.codec_reread import LOST_INSIDE, Misread, accepted_llr
from newsclean.filters.codec_restore import restore_utf8, split_utf8, too_lost
from newsclean.filters.codec_restore_pairs import restore_pairs
from newsclean.filters.lazy_pattern import lazy_re

#: What a replacing cp1252 decoder wrote for an undefined byte: read as that byte dropped.
LOST_BYTE = "\ufffd"
#: cp1252's letters in 0x80-0x9F (Latin-1 has C1 controls there).
CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
#: What a UTF-8 reading adds to its codecs when the decoder had dropped bytes.
DROPPED = ", bytes dropped"
#: A byte cp1252 writes a letter for and Latin-1 a C1 control (which normalisation
#: deletes): a stretch holding one was read as cp1252.
CP1252_CONTINUATION = re.compile(b"[\x80-\x9f]")
#: The gate: two letters of U+0080-U+00FF side by side (a lead and a trail byte).
LATIN1_PAIR = lazy_re("[\x80-\xff]{2}")
#: A stretch a single-byte decoder wrote: its characters and ASCII between them, and the
#: U+FFFD a replacing cp1252 decoder writes for its five undefined bytes (trimmed off the
#: stretch's ends: only one inside stands for a byte).
LATIN1_STRETCH = lazy_re(f"[\x00-\xff{CP1252_EXTRA}\ufffd]+")


def _single_byte(stretch: str) -> bytes | None:
    for codec in ("cp1252", "latin-1"):
        try:
            return stretch.encode(codec)
        except UnicodeEncodeError:
            continue
    return None


def _decoded(data: bytes, codec: str) -> tuple[str, str] | None:
    """``data`` read with ``codec`` and what was done beyond reading, or None when it is
    not text in it (U+FFFD nearly everywhere).  Bytes a cp1252 decoder dropped (0x80-0x9F
    shows its table) are put back where the model is sure (``codec_restore*``)."""
    note = ""
    cp1252 = CP1252_CONTINUATION.search(data) is not None
    split = split_utf8(data) if cp1252 and codec == "utf-8" else None  # split once
    if split is not None and too_lost(split, LOST_INSIDE):
        return None  # the test below fails, whatever the gaps become: no search
    if cp1252 and codec in ("utf-8", "gbk"):
        found = restore_pairs(data) if split is None else restore_utf8(data, split=split)
        new = found.text
        if found.gaps:
            note = f"{DROPPED}: restored {found.restored} of {found.gaps}"
    else:
        new = data.decode(codec, errors="replace")
    return (new, note) if LOST_INSIDE * new.strip("\ufffd").count("\ufffd") <= len(new) else None


def _trimmed(match: re.Match[str]) -> tuple[str, int, int]:
    """A single-byte stretch and its span, without the U+FFFD at its ends."""
    stretch = match.group()
    core = stretch.strip(LOST_BYTE)
    start = match.start() + len(stretch) - len(stretch.lstrip(LOST_BYTE))
    return core, start, start + len(core)


def latin1_misreads(text: str) -> list[Misread]:
    """The stretches of ``text`` a single-byte decoder wrote that another codec reads."""
    found: list[Misread] = []
    for match in LATIN1_STRETCH.finditer(text):
        stretch, start, end = _trimmed(match)
        if LATIN1_PAIR.search(stretch) is None:
            continue
        data = _single_byte(stretch.replace(LOST_BYTE, ""))
        if data is None:
            continue
        best: Misread | None = None
        for codec in ("utf-8", "gbk", "big5"):
            decoded = _decoded(data, codec)
            if decoded is None:
                continue
            new, note = decoded
            llr = accepted_llr(stretch, new)
            if llr is not None and (best is None or llr > best.llr):
                best = Misread(start, end, new, f"{codec} read as Latin-1{note}", llr)
            if best is not None and codec == "utf-8":
                break  # UTF-8's multi-byte sequences do not occur by chance in GBK or Big5
        if best is not None:
            found.append(best)
    return found

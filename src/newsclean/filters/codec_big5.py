"""Big5 bytes read as GBK, read again as Big5 (a reading ``codec_misread`` judges).

Both codecs write a Han character with a lead byte of 0x81-0xFE, and GBK takes trail
bytes 0x40-0xFE, so most Big5 pairs are GBK characters, the wrong ones: kana, Greek,
symbols and rare Han ("セ厨" for 本報).  A pair GBK has no character for (its user-defined
areas: a lead byte of A1-A7 before a trail byte below 0xA1, where Big5's commonest
characters are, A440-A4FE, 一 上 中; a lead of AA-AF or F8-FE before one of A1-FE, 的 is
AABA) costs the decoder one byte: the lead becomes U+FFFD and the decoder goes on from
the trail byte, which it reads as an ASCII character ("�i") or as the lead of the next
GBK pair, so the pairs after it are read across the Big5 characters until an ASCII byte
or another lost byte.

The model: every U+FFFD is one byte, every other character its GBK bytes, so the line's
bytes are known but for the lost ones.  They are read again as Big5 from the line's
first two-byte character (after its indentation, which is the page's; an ASCII byte
before it keeps the pairs aligned): a character with a lost byte stays lost (U+FFFD), one
character for the pair, and nothing is guessed.  The re-read is refused when more than
one character in ``lost_inside`` is lost, and ``codec_misread`` accepts it only on the
character model's odds (``accepted_llr``) and when it beats a UTF-8 re-read of the line.

Speed: a line is looked at only when it holds MIN_LOST_PAIRS lost pairs ("�" and an
ASCII character) within its first MAX_GATE characters: one C-level scan.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsclean.filters.charmodel import uncommon
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.mojibake import MojibakeSpan

#: What ``codec_misread`` calls such a stretch.
BIG5_AS_GBK = "big5 read as GBK"
#: Big5 bytes read as GBK: two-byte characters, and a lost pair's trail byte after its
#: U+FFFD; ``BIG5_LOST`` is the lost pair.
BIG5_STRETCH = lazy_re("(?:[^\x00-\x7f]|(?<=\ufffd)[@-~])+")
BIG5_LOST = lazy_re("\ufffd[@-~]?")
#: The gate: a line read so holds a lost pair with its trail byte after it ("�i") at
#: least this often (within its first MAX_GATE characters).
BIG5_LOST_PAIR = lazy_re("\ufffd[@-~]")
MIN_LOST_PAIRS = 2
MAX_GATE = 4096
#: A re-read may keep one character in LOST_INSIDE lost: Big5's commonest lead bytes
#: (A4-AF) are GBK's user-defined area, so a third of a Big5 text read as GBK is lost.
LOST_INSIDE = 2
#: Big5 read as GB18030: at least one character in this many is uncommon, and at least
#: MIN_CHARS characters outside ASCII (the odds alone are the evidence, no lost pair: a
#: name between two dots, "˙崔虹˙", is four characters a Big5 reading turns into others).
UNCOMMON_SHARE = 4
MIN_CHARS = 8
ASCII = "".join(map(chr, range(128)))


def big5_reading(text: str, lost_inside: int = LOST_INSIDE) -> tuple[int, int, str] | None:
    """Where the line's two-byte stretches start and end, and their Big5 re-read.

    >>> big5 = "【本報消息】內港比釐喇馬忌士街昨日上午發生私家車".encode("big5")
    >>> line = big5.decode("gbk", "replace")
    >>> big5_reading(line, 3)[2]
    '\ufffd本報\ufffd\ufffd】內港比釐喇馬忌\ufffd街昨日\ufffd午發生私家車'
    """
    if len(BIG5_LOST_PAIR.findall(text, 0, MAX_GATE)) < MIN_LOST_PAIRS:
        return None  # Big5's commonest characters (A440-A4FE: 一, 上, 中) leave these
    indent = len(text) - len(text.lstrip(" \u3000"))  # the page's, not the misread's
    units: list[tuple[int, int | None]] = []  # per byte: its character's index, the byte
    for index in range(indent, len(text)):
        char = text[index]
        if char == "\ufffd":
            units.append((index, None))  # one byte the GBK decoder could not place
            continue
        try:
            units.extend((index, byte) for byte in char.encode("gbk"))
        except UnicodeEncodeError:
            return None  # a character GBK has no bytes for: not read by GBK
    read = list(_big5_units(units))
    two_byte = [i for i, (_, _, char) in enumerate(read) if not char.isascii()]
    if not two_byte:
        return None
    first, last = two_byte[0], two_byte[-1]
    new = "".join(char for _, _, char in read[first : last + 1])
    if lost_inside * new.count("\ufffd") > len(new) - sum(map(str.isascii, new)):
        return None
    return read[first][0], read[last][1], new


def _big5_units(units: list[tuple[int, int | None]]) -> Iterator[tuple[int, int, str]]:
    """The bytes read as Big5 from the line's first, aligned, byte: each character with
    the span of the line it came from; a pair with a byte lost is one lost character."""
    at = 0
    while at < len(units):
        index, byte = units[at]
        if byte is not None and byte < 0x80:
            yield index, index + 1, chr(byte)
            at += 1
            continue
        pair = units[at : at + 2]
        trail = pair[1][1] if len(pair) == 2 else None
        if len(pair) < 2 or (trail is not None and trail < 0x40):
            yield index, index + 1, "\ufffd"  # an orphan lead byte: ASCII follows it
            at += 1
            continue
        at += 2
        end = pair[1][0] + 1
        if byte is None or trail is None:
            yield index, end, "\ufffd"
            continue
        try:
            yield index, end, bytes((byte, trail)).decode("big5")
        except UnicodeDecodeError:
            yield index, end, "\ufffd"


def gb18030_reading(text: str, lost_inside: int = LOST_INSIDE) -> tuple[int, int, str] | None:
    """Big5 bytes read as GB18030, which has a character for every pair (GBK's
    user-defined areas, where Big5's commonest pairs are, as private-use characters) and
    so lost none of them: the line's two-byte stretch (from its first character outside
    ASCII to its last) re-encoded as GB18030 and decoded as Big5, when at least one of its
    characters in UNCOMMON_SHARE is uncommon (the gate, on its first MAX_GATE characters:
    a Big5 pair read by GBK is a rare character, kana or a symbol more often than not).

    >>> line = "漁會理事長說，今年的補助申請將比往年提早一個月開放".encode("big5").decode("gb18030")
    >>> gb18030_reading(line)[2]
    '漁會理事長說，今年的補助申請將比往年提早一個月開放'
    """
    head = text[:MAX_GATE]  # the gate, as big5_reading's, looks at the line's head
    foreign = len(head) - len(head.encode("ascii", errors="ignore"))
    if foreign < MIN_CHARS or UNCOMMON_SHARE * len(uncommon().findall(head)) < foreign:
        return None
    start, end = len(text) - len(text.lstrip(ASCII)), len(text.rstrip(ASCII))
    try:
        new = text[start:end].encode("gb18030").decode("big5", errors="replace")
    except UnicodeEncodeError:
        return None
    if lost_inside * new.count("\ufffd") > len(new) - len(new.encode("ascii", "ignore")):
        return None
    return start, end, new


def read_whole(spans: tuple[MojibakeSpan, ...]) -> bool:
    """Whether a line's misread spans hold its Big5 re-read: the line was read whole by
    GBK, its lost characters (U+FFFD) are the misread's, not a slip's, and the slip test
    has nothing to find in it (its reports would keep the re-read from conversion)."""
    return any(span.encoding == BIG5_AS_GBK and span.repaired is not None for span in spans)

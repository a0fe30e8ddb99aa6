"""Big5 bytes read as GBK, read again as Big5 (a reading ``codec_misread`` judges).

Both codecs write a Han character with a lead byte of 0x81-0xFE, and GBK takes trail
bytes 0x40-0xFE, so most Big5 pairs are GBK characters, the wrong ones: kana, Greek,
symbols and rare Han ("セ厨" for 本報).  A pair GBK has no character for (a lead byte of
A1-A7 before a trail byte below 0xA1: Big5's commonest characters, A440-A4FE, 一 上 中,
are such pairs) becomes U+FFFD, and its trail byte is read as an ASCII character ("�i"):
that character is lost, and the bytes after it stay aligned.

The line's two-byte stretches (after its indentation, which is the page's) are re-read
together: the whole line was read with the one codec, and a stretch between two
half-width commas is too short to judge alone.  Each stretch is re-encoded as GBK and
decoded as Big5, a lost pair kept lost (U+FFFD); the re-read is refused when more than
one character in ``lost_inside`` is lost, and ``codec_misread`` accepts it only on the
character model's odds (``accepted_llr``) and when it beats a UTF-8 re-read of the line.

Speed: a line is looked at only when it holds MIN_LOST_PAIRS lost pairs ("�" and an
ASCII character) within its first MAX_GATE characters: one C-level scan.
"""

from __future__ import annotations

import re

#: What ``codec_misread`` calls such a stretch.
BIG5_AS_GBK = "big5 read as GBK"
#: Big5 bytes read as GBK: two-byte characters, and a lost pair's trail byte after its
#: U+FFFD; ``BIG5_LOST`` is the lost pair.
BIG5_STRETCH = re.compile("(?:[^\x00-\x7f]|(?<=\ufffd)[@-~])+")
BIG5_LOST = re.compile("\ufffd[@-~]?")
#: The gate: a line read so holds a lost pair with its trail byte after it ("�i") at
#: least this often (within its first MAX_GATE characters).
BIG5_LOST_PAIR = re.compile("\ufffd[@-~]")
MIN_LOST_PAIRS = 2
MAX_GATE = 4096


def big5_reading(text: str, lost_inside: int) -> tuple[int, int, str] | None:
    """Where the line's two-byte stretches start and end, and their Big5 re-read.

    >>> big5 = "【本報消息】內港比釐喇馬忌士街昨日上午發生私家車".encode("big5")
    >>> line = big5.decode("gbk", "replace")
    >>> big5_reading(line, 3)[2]
    '\ufffd本報\ufffd\ufffd\ufffd均j內港比釐喇馬忌\ufffd街昨日\ufffd午發生私家車'
    """
    if len(BIG5_LOST_PAIR.findall(text, 0, MAX_GATE)) < MIN_LOST_PAIRS:
        return None  # Big5's commonest characters (A440-A4FE: 一, 上, 中) leave these
    indent = len(text) - len(text.lstrip(" \u3000"))  # the page's, not the misread's
    stretches = list(BIG5_STRETCH.finditer(text, indent))
    if not stretches:
        return None
    start, end = stretches[0].start(), stretches[-1].end()
    out: list[str] = []
    at = start
    for match in stretches:
        out.append(text[at : match.start()])
        pieces = BIG5_LOST.split(match.group())
        try:
            read = [piece.encode("gbk").decode("big5", errors="replace") for piece in pieces]
        except UnicodeEncodeError:
            return None  # a character GBK has no bytes for: not read by GBK
        out.append("\ufffd".join(read))
        at = match.end()
    new = "".join(out)
    if lost_inside * new.count("\ufffd") > len(new) - sum(map(str.isascii, new)):
        return None
    return start, end, new

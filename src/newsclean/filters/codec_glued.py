"""A stretch of UTF-8 read as GBK glued to sound text in one run of two-byte characters.

``codec_misread`` re-reads each run of non-ASCII characters whole.  A copier that misread
only a stretch of a paragraph (from a quotation mark or a full stop on, the rest sound)
leaves the garble glued to the writer's characters (``大盤商幾乎無貨可賣銆傚钩鏅傛湪…``),
and a mirror's glosses, once stripped, glue it to the gloss's host (``人力資婧愬強…``):
the run as a whole is no UTF-8, and nothing was re-read.

The model.  The stretch's GBK bytes are UTF-8: a CJK character or a full-width mark is
three bytes, a lead byte E1-EF and two continuation bytes 80-BF, read as one and a half
GBK pairs.  So the misread stretch begins at a character whose GBK lead byte is a UTF-8
lead byte, and from there its bytes decode as UTF-8 up to where the stretch ends (its
last character cut: U+FFFD).  The writer's GBK text around it does not: its common
characters open with bytes B0-D7, which UTF-8 reads as continuation bytes, never first.
The longest such stretch of ``MIN_RUN`` characters or more is re-read and accepted by the
same test as a whole run (``codec_reread.accepted_llr``, ``MISREAD_LLR``).

Round 47: *where the stretch ends*.  A writer's GBK character whose lead byte is C2-DF
and trail 80-BF is a whole two-byte UTF-8 character, so decoding runs on past the
misread bytes into the writer's text (十 is CA AE, read as UTF-8 ʮ: ``鐗╃殑十`` re-read
``物的ʮ`` for 物的十).  A misread Chinese stretch is three-byte characters; a letter of
another alphabet read whole at a character's boundary (U+0080-U+07FF) is no part of it
at the stretch's end, and the stretch stops before such letters (a symbol, · × °, which
Chinese text writes, stays in it).

Speed: asked only of a run ``codec_misread`` could not re-read whole and that holds an
uncommon character; each start decodes forward until the bytes stop being UTF-8, and a
stretch found is skipped past, so a run is read in linear time.
"""

from __future__ import annotations

import codecs

from newsclean.filters.codec_reread import MISREAD_LLR, Misread, accepted_llr, utf8_from_gbk

#: Characters (as read) a glued stretch must span: two UTF-8 characters at least (此時
#: is 姝ゆ檪, six bytes), the Han `accepted_llr` asks for.
MIN_RUN = 3
#: The GBK lead bytes that are also UTF-8 lead bytes of a three-byte character (CJK,
#: kana, full-width and CJK marks).
UTF8_LEADS = range(0xE1, 0xF0)
CODECS = "utf-8 read as GBK"
#: The end of UTF-8's two-byte characters (U+0080-U+07FF: Latin, IPA, Greek, Cyrillic,
#: Hebrew, Arabic letters).
TWO_BYTE_END = 0x800


def _bytes(char: str) -> bytes:
    try:
        return char.encode("cp936")
    except UnicodeEncodeError:
        return b""


def _reach(piece: str, at: int) -> int:
    """Where the stretch of ``piece`` from ``at`` stops decoding as UTF-8 (its bytes read
    as GBK): the index of the first character holding a byte UTF-8 cannot take there."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    end = kept = at
    while end < len(piece):
        data = _bytes(piece[end])
        if len(data) != 2:
            break
        whole = not decoder.getstate()[0]  # at a character's boundary in the UTF-8
        try:
            read = decoder.decode(data)
        except UnicodeDecodeError:
            break
        end += 1
        if not (whole and len(read) == 1 and read.isalpha() and ord(read) < TWO_BYTE_END):
            kept = end
    return kept


def glued_misreads(text: str, start: int, end: int) -> list[Misread]:
    """The stretches of UTF-8 read as GBK inside the run ``text[start:end]``, re-read.

    >>> misread = "。平時木瓜每個重約".encode().decode("gbk", errors="replace")[:-1]
    >>> line = "大盤商幾乎無貨可賣" + misread
    >>> [(m.start, m.end, m.repaired) for m in glued_misreads(line, 0, len(line))]
    [(9, 22, '。平時木瓜每個重�')]
    >>> glued_misreads("大盤商幾乎無貨可賣", 0, 9)
    []
    """
    found: list[Misread] = []
    at = start
    while at < end:
        data = _bytes(text[at])
        if len(data) != 2 or data[0] not in UTF8_LEADS:
            at += 1
            continue
        stop = _reach(text[:end], at)
        if stop - at < MIN_RUN:
            at += 1
            continue
        stretch = text[at:stop]
        new = utf8_from_gbk(stretch)
        llr = None if new is None else accepted_llr(stretch, new, MISREAD_LLR)
        if new is not None and llr is not None:
            found.append(Misread(at, stop, new, CODECS, llr))
        at = stop
    return found

"""The codec pairs a misread can come from: written in one codec, read in another.

A page written in codec W (GBK, Big5, UTF-8) and read back in codec R (UTF-8, GBK, Big5,
Latin-1, cp1252) with the decoder's errors strict, replaced or ignored is one row of
``PAIRS`` (two rows of one pair that do the same thing share it: Latin-1 and cp1252 read
every byte, so their errors setting does not matter).  Each row says what newsclean
does with such a line, and which module does it:

* ``repaired``: the bytes are all still there (a single-byte reader keeps every byte; a
  strict two-byte reader too, and GB18030, which ``decode`` uses for a page it judges
  GBK: ``codec_choice`` reads such a page in Big5 again whole, ``codec_big5`` a line),
  so re-encoding with R and decoding with W gives the text back (``codec_misread``,
  ``codec_big5``);
* ``flagged``: bytes were lost (errors replaced or ignored), so the re-read can only be
  partial: the line is reported as misread, and kept in the body as read, never
  "repaired" into other garbage (``codec_lost`` for the lines most of whose characters
  became marks, ``codec_dropped`` for two-byte text read as UTF-8 with what did not
  decode dropped, the slip test for GBK and Big5 read as each other).

A pair of identical codecs, and UTF-8 read strictly as GBK or Big5 (it fails: a reader
that cannot read the bytes raises), are no rows.  The test module
(``tests/test_codec_pairs.py``) makes every row's misread itself, from a simplified and a
traditional paragraph, and checks the verdict; a row added here is tested there.
"""

from __future__ import annotations

from dataclasses import dataclass

#: What newsclean does with a line read in a row's pair.
REPAIRED = "repaired"
FLAGGED = "flagged"


@dataclass(frozen=True, slots=True)
class Pair:
    written: str  # the codec the text was written in
    read: str  # the codec it was read back in
    errors: str  # the reader's errors setting: strict, replace, ignore
    verdict: str  # REPAIRED or FLAGGED
    by: str  # the module that reaches the verdict
    gap: str = ""  # why newsclean does not reach the verdict yet (a known failure)


#: Known gaps (rows a test expects to fail, with the reason).
BIG5_DROPPED = (
    "Big5's common pairs (lead A4-C6) are UTF-8 continuation bytes, all dropped: what is "
    "left (rare characters, ASCII trail bytes) re-reads to no likelier text"
)

#: Every pair a Chinese page is misread in (see the module doc).
PAIRS: tuple[Pair, ...] = (
    # A single-byte reader keeps every byte: re-encoded, the bytes read right.
    *(
        Pair(written, read, errors, REPAIRED, "codec_misread")
        for written in ("gbk", "big5")
        for read in ("latin-1", "cp1252")
        for errors in ("strict", "replace", "ignore")
    ),
    # UTF-8 read as Latin-1: its continuation bytes 80-9F are C1 controls, which
    # normalisation deletes before any filter sees the line; cp1252 has no letter for
    # 0x81, 0x8D, 0x8F, 0x90, 0x9D (strict fails): either way bytes are lost, and the
    # stretches that survive whole are repaired, the line flagged.
    *(
        Pair("utf-8", read, errors, FLAGGED, "codec_misread")
        for read in ("latin-1", "cp1252")
        for errors in ("strict", "replace", "ignore")
        if (read, errors) != ("cp1252", "strict")
    ),
    # UTF-8 read as GBK: mostly rare GBK characters; an odd byte lost at a line's end.
    Pair("utf-8", "gbk", "replace", REPAIRED, "codec_misread"),
    Pair("utf-8", "gbk", "ignore", REPAIRED, "codec_misread"),
    # Big5 read as GBK: the wrong characters, Big5's commonest pairs lost (U+FFFD).
    Pair("big5", "gbk", "replace", REPAIRED, "codec_big5"),
    # ... or read strictly (no pair of GBK's user-defined areas in it), or by GB18030,
    # which reads those pairs as private-use characters: every byte kept.
    Pair("big5", "gbk", "strict", REPAIRED, "codec_big5"),
    *(Pair("big5", "gb18030", errors, REPAIRED, "codec_big5") for errors in ("strict", "replace")),
    # Two-byte text read as UTF-8: most pairs are no UTF-8; replaced, the line is marks.
    Pair("gbk", "utf-8", "replace", FLAGGED, "codec_lost"),
    Pair("big5", "utf-8", "replace", FLAGGED, "codec_lost"),
    # ... dropped, what is left is letters of U+0080-U+07FF and stray ASCII trail bytes.
    Pair("gbk", "utf-8", "ignore", FLAGGED, "codec_dropped"),
    Pair("big5", "utf-8", "ignore", FLAGGED, "codec_dropped", BIG5_DROPPED),
    # UTF-8 read as Big5 with marks: its characters lost.
    Pair("utf-8", "big5", "replace", FLAGGED, "codec_lost"),
    # Two-byte codecs read as each other, or UTF-8 as Big5, pairs dropped: the slip test
    # finds the stretches whose realignment reads (reported, seldom repaired).
    Pair("utf-8", "big5", "ignore", FLAGGED, "mojibake"),
    Pair("gbk", "big5", "replace", FLAGGED, "mojibake"),
    Pair("gbk", "big5", "ignore", FLAGGED, "mojibake"),
    Pair("big5", "gbk", "ignore", FLAGGED, "mojibake"),
)


def written_for(read: str, errors: str, by: str) -> tuple[str, ...]:
    """The codecs text read in ``read`` (with ``errors``) can have been written in, for
    the module ``by``: the table's rows, in order."""
    rows = (p for p in PAIRS if (p.read, p.errors, p.by) == (read, errors, by))
    return tuple(dict.fromkeys(pair.written for pair in rows))

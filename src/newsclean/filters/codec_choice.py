"""GB18030 or Big5: the two-byte codec whose reading of a page the character model prefers.

A page that is not UTF-8 is read with the codec the detector names (``decode``).  GBK
(GB18030) and Big5 share their byte ranges: most Big5 pairs are GBK characters, the
wrong ones (本報 -> セ厨, 衛生局 -> 矫ネЫ), and Big5's commonest pairs (A440-A4FE: 一,
上, 中) are GBK's user-defined area, which a GB18030 decoder reads as private-use
characters without an error.  So a Big5 page can decode strictly as GB18030 and come out
garbled from its first line to its last, and the detector, which judges byte statistics,
can prefer it.

The model: the right codec's reading is text, far more likely under the character model
(``charmodel``) than the other's.  The page's first SAMPLE bytes are read with both
codecs; the detector's choice stands unless the other reading is at least MARGIN nats
per non-ASCII character likelier and decodes the whole page strictly (a page that is
GBK read as Big5 loses pairs: U+FFFD, and the other way round rare characters and
private-use ones).  On real pages the right reading averages about -10 nats a character
and the wrong one -19 or less; a page of names and rare characters read right stays
well within MARGIN of its misreading's odds only if the misreading is text too, which
the two codecs' tables do not allow.

Speed: only pages the detector read as a two-byte codec (UTF-8 pages never get here),
and of those only the ones whose reading shows what a misreading leaves (MISREAD_SIGN): a
Big5 page read by GB18030 has private-use characters (Big5's commonest pairs), a GBK page
read as Big5 has pairs the reader could not place (U+FFFD, GBK's trail bytes 80-A0).  A
reading without either is the page's own and is not scored (the model scores cost about
14 ms a page, most of the time of cleaning it).  Then two decodes and two model scores
of at most SAMPLE bytes.
"""

from __future__ import annotations

from newsclean.filters.charmodel import model, simplified
from newsclean.filters.lazy_pattern import lazy_re

#: The two-byte codecs compared (the detector's name for each family).
TWO_BYTE = {"gb18030": "big5hkscs", "gbk": "big5hkscs", "big5": "gb18030", "big5hkscs": "gb18030"}
SAMPLE = 16384
#: Nats per non-ASCII character the other reading must win by.
MARGIN = 3.0
#: What a misreading between the two families leaves in a page's reading.
MISREAD_SIGN = lazy_re("[\ue000-\uf8ff\ufffd]")


def _per_character(text: str) -> float | None:
    # Each ASCII character encodes to one byte and the others are dropped: the count of
    # non-ASCII characters in one C pass.
    foreign = len(text) - len(text.encode("ascii", "ignore"))
    if not foreign:
        return None
    return sum(model().score(simplified(text))) / foreign


def likelier_codec(data: bytes, detected: str) -> str:
    """``detected``, or the other two-byte codec when its reading of ``data`` is far more
    likely under the character model and decodes it whole.

    >>> page = "衛生局表示，一旦本澳出現確診個案，可能會參考內地實施封閉管理。".encode("big5")
    >>> likelier_codec(page, "gb18030")
    'big5hkscs'
    >>> likelier_codec("卫生局表示一旦出现确诊个案".encode("gbk"), "gb18030")
    'gb18030'
    """
    other = TWO_BYTE.get(detected.lower().replace("-", "").replace("_", ""))
    if other is None:
        return detected
    sample = data[:SAMPLE]
    read = sample.decode(detected, errors="replace")
    if MISREAD_SIGN.search(read, 0, len(read) - 1) is None:  # the last: a pair cut by SAMPLE
        return detected
    as_detected = _per_character(read)
    as_other = _per_character(sample.decode(other, errors="replace"))
    if as_detected is None or as_other is None or as_other < as_detected + MARGIN:
        return detected
    try:
        data.decode(other)
    except UnicodeDecodeError:
        return detected
    return other

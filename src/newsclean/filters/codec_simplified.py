"""A misread that a converter then simplified: UTF-8 read as GBK, then run through t2s.

Model.  UTF-8 bytes read as GBK give pairs of GBK's rare characters ("鍗氶硨" for 博鳌,
``codec_misread``); many of them are traditional forms.  A copier that converts its
pages to simplified Chinese afterwards (a t2s pass over the garble) replaces those by
their simplified forms (硨 -> 砗, 鏃 -> 镞, 嶈 -> 𡺃), whose GBK bytes are other bytes or
none: the plain re-read (encode as GBK, read as UTF-8) then fails, and the stretch stays
garbled although its bytes are nearly all still there.

Each character of such a stretch stands for itself or for one of the characters that
OpenCC's t2s table maps to it (``traditional_forms``: the inverse of the table over the
characters GBK can write, built from the installed OpenCC at first use, one conversion
call of GBK's 21,791 characters).  The re-read is the choice of forms whose GBK bytes,
read as UTF-8, are likeliest under the character model (``charmodel``): a search over the
choices left to right (Viterbi), whose state is the bytes of a UTF-8 character not yet
finished and the last character read, so a stretch of n characters with k forms each
costs n x k steps, not k to the n.  Bytes that read as no character (a decoder that
dropped the ones it could not read, errors="ignore", cut some characters short) are
read as lost (U+FFFD), as the plain re-read reads them.

The caller (``codec_misread``) accepts the result only on the tests a plain re-read must
pass: far likelier than the stretch as read (``accepted_llr``), at most a third of its
Han characters uncommon, at most one character in three lost.  It asks only when the
plain re-read failed and the stretch holds a character with traditional forms, so a
page that was never converted after its misreading is read exactly as before.
"""

from __future__ import annotations

import codecs
import functools

from newsclean.filters.charmodel import is_han, model, simplified_char
from newsclean.filters.convert import converter

#: OpenCC's configuration a copier converts with (the common one; its character table
#: holds the others' characters too).
CONFIG = "t2s"
#: Score (nats) of a character lost to the decoder: below any character the model knows,
#: so a reading keeps its bytes whole when some choice of forms does.
LOST_SCORE = -12.0
LOST = "\ufffd"
#: The share of Han in a first reading for the search to be worth its cost.
MIN_HAN_SHARE = 1 / 3


@functools.cache
def traditional_forms() -> dict[str, tuple[str, ...]]:
    """simplified character -> the GBK characters OpenCC's t2s turns into it (one-to-one
    mappings only: a character that converts to two is no form of one)."""
    chars = []
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            if trail == 0x7F:
                continue
            try:
                chars.append(bytes((lead, trail)).decode("cp936"))
            except UnicodeDecodeError:
                continue
    # One character a line: t2s converts each alone, with no phrase around it.
    converted = converter(CONFIG).convert("\n".join(chars)).split("\n")
    forms: dict[str, list[str]] = {}
    for char, simple in zip(chars, converted, strict=True):
        if simple != char and len(simple) == 1:
            forms.setdefault(simple, []).append(char)
    return {simple: tuple(found) for simple, found in forms.items()}


def worth_asking(stretch: str, plain: str | None) -> bool:
    """Whether ``stretch`` may be such a misread: read as UTF-8 with each character's
    first GBK form, at least ``MIN_HAN_SHARE`` of the reading is Han.  UTF-8 writes a Han
    character in three bytes, and a simplified garble's bytes are mostly still those (8
    of 17 characters read as Han in "镞ュ湪娴峰崡鍗氶砗涓捐屻备腑鏂扮ぞ绾"); real text's GBK
    pairs read as UTF-8 give lost bytes and two-byte letters (Cyrillic, Hebrew), no Han,
    so an ordinary paragraph with a rare character costs one decoding, not a search.

    ``plain`` is the plain re-read (``codec_reread.utf8_from_gbk``), None when a character
    has no GBK bytes: every other character's first form is itself, so that reading is the
    one to judge, and the table of forms is built only for a stretch that passes."""
    if plain is not None:
        return _han_share(plain) and any(char in traditional_forms() for char in stretch)
    forms = traditional_forms()
    if not any(char in forms for char in stretch):
        return False
    data = bytearray()
    for char in stretch:
        for form in (char, *forms.get(char, ())):
            try:
                data += form.encode("cp936")
                break
            except UnicodeEncodeError:
                continue
        else:
            return False
    return _han_share(data.decode("utf-8", errors="replace"))


def _han_share(reading: str) -> bool:
    return sum(map(is_han, reading)) >= MIN_HAN_SHARE * len(reading)


def unsimplified_utf8(stretch: str) -> str | None:
    """The likeliest UTF-8 reading of ``stretch``'s GBK bytes over its characters'
    traditional forms; None when some character has no form GBK can write.

    >>> unsimplified_utf8("鍗氶砗浜𣱝床璁哄潧")  # 硨 -> 砗 and a GBK pair -> 𣱝 by t2s
    '博鳌亚洲论坛'
    """
    forms = traditional_forms()
    score = model().score
    # (unfinished bytes, last character) -> (log-likelihood, reading so far)
    states: dict[tuple[bytes, str], tuple[float, str]] = {(b"", ""): (0.0, "")}
    for char in stretch:
        encoded = []
        for form in (char, *forms.get(char, ())):
            try:
                encoded.append(form.encode("cp936"))
            except UnicodeEncodeError:
                continue
        following: dict[tuple[bytes, str], tuple[float, str]] = {}
        for (pending, last), (total, reading) in states.items():
            for data in encoded:
                decoder = codecs.getincrementaldecoder("utf-8")("replace")
                out = decoder.decode(pending + data)
                rest = decoder.getstate()[0]
                gained, previous = total, last
                for read in out:
                    if read == LOST:
                        gained += LOST_SCORE
                    else:
                        gained += score(simplified_char(read), before=previous)[0]
                    previous = read
                key = (rest, previous)
                if key not in following or following[key][0] < gained:
                    following[key] = (gained, reading + out)
        if not following:
            return None
        states = following
    best: tuple[float, str] | None = None
    for (pending, _last), (total, reading) in states.items():
        if pending:  # bytes cut short at the stretch's end: a character lost
            total, reading = total + LOST_SCORE, reading + LOST
        if best is None or total > best[0]:
            best = (total, reading)
    return None if best is None else best[1]

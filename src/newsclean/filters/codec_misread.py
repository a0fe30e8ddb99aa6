"""Text read back with the wrong codec: re-read it with the right one, or say it is lost.

A mirror that stores or serves a page with one codec and reads it back with another
does not slip a byte (``mojibake.py``): it reads every byte, with the wrong table.

* GBK, Big5 (or UTF-8) bytes read as Latin-1 or cp1252: every Han character becomes two
  (or three) letters of U+0080-U+00FF ("°¢ÀïÈë¾Ö" for 阿里入局); ASCII survives (and so
  does a Big5 trail byte in 0x40-0x7E: "¤@" for 一).
* UTF-8 bytes read as GBK: three bytes make one and a half GBK pairs, mostly rare
  characters of GBK's level-2 and extension areas ("杩涘叆" for 进入, "鈥" for the bytes of
  a curly quote); the odd last byte of a line is dropped or marked.
* UTF-8 read as GBK twice: a first re-read is itself UTF-8 read as GBK ("锟" is a U+FFFD
  the first reading left).  A stretch is re-read twice when that passes the tests; the
  line's other stretches too, or, when neither reading explains one, it is reported as
  read: not re-read once into other garbage, not searched for slips, not converted.
* UTF-8 read as GBK, then converted to simplified by a copier (硨 -> 砗): the plain re-read
  fails on the changed characters; ``codec_simplified`` re-reads over their traditional
  forms, and the likelier reading of the two is taken.
* Big5 bytes read as GBK: most Big5 pairs are GBK characters, the wrong ones ("セ厨" for
  本報); the line is re-read as Big5 (``codec_big5``) where that beats a UTF-8 re-read.
* A codec without Chinese (``encode(errors="replace")``): every Han character and
  full-width mark became "?", digits and half-width punctuation kept.  Nothing can be
  recovered.
* GBK read as UTF-8: most pairs are invalid UTF-8, become U+FFFD, and are lost too.

The model: the bytes are still there when the wrong table was one-to-one on them, so a
stretch read with codec W is re-encoded with W and decoded with the right codec R
(cp1252 / Latin-1 -> GBK, Big5 or UTF-8, the likeliest; GBK -> UTF-8 or Big5). The re-read is
accepted only when it is valid in R, holds at least MIN_HAN Han characters, and is far
more likely under the character model (``charmodel``) than the text as read: the
log-likelihood ratio must reach MISREAD_LLR (10 nats, the realignment's REPAIR_LLR), and
at most a third of its Han characters may be uncommon (a shifted reading of real Latin
text gives rare ones).
Then the stretch is repaired.  A decoder that dropped what it could not read
(errors="ignore") cut bytes off some characters: the re-read keeps them lost (U+FFFD),
one character in LOST_INSIDE at most.  UTF-8 or GBK read as cp1252 so lost only its
five undefined bytes (round 34): they are put back where the character model is sure
(``codec_restore``, ``codec_restore_pairs``), the warning says "bytes dropped: restored
N of M", and no slip test follows (its U+FFFD are lost bytes, not slips); a replacing
cp1252 decoder's U+FFFD for them is read as dropped (round 37, ``codec_latin1``).  In a
line a UTF-8 re-read explains, its other stretches between ASCII characters are re-read on
half the evidence, and a short one whose bytes hold no whole character is shown lost
(U+FFFD: 鏈 and 鏃 in "8鏈11鏃," for "8月11日,") when its bytes open with a UTF-8 lead
byte (round 39: 公斤 in "3266公斤," opens with a continuation byte, and is the writer's).

Where the characters are lost ("?" or U+FFFD: most of the line), the line is flagged
"text lost to a codec" and kept in the body where it stands (``codec_lost``, run before
this module by ``line_repair``).

What stays: a name with é ("José Mourinho"), a French or Portuguese word ("ação": one
pair, too few Han characters and rare ones), a writer's "???" in a chat quote (too few
marks, or too small a share of the line).

Where: a line filter, run before the slip test (``line_repair._repair_line``), not the
decode stage: the pages misread this way are valid UTF-8 files (the misreading happened
upstream, and the text was saved again), they mix sound lines (a headline, a byline) with
misread ones, and a whole file misread is every one of its lines misread.

Speed: each test starts with one C-level scan: two adjacent characters of U+0080-U+00FF
for the Latin-1 reading, an uncommon character (``charmodel.uncommon``, the gate the
slip test already uses) for the GBK reading, "?" or U+FFFD for lost text.
"""

from __future__ import annotations

import codecs
import re

from newsclean.document import Evidence
from newsclean.filters.charmodel import is_han, uncommon
from newsclean.filters.codec_big5 import BIG5_AS_GBK, big5_reading, gb18030_reading
from newsclean.filters.codec_glued import glued_misreads
from newsclean.filters.codec_latin1 import DROPPED, LATIN1_PAIR, latin1_misreads
from newsclean.filters.codec_lost import LOST, LOST_REASON
from newsclean.filters.codec_reread import (
    LOST_INSIDE,
    MIN_HAN,
    MISREAD_LLR,
    Misread,
    accepted_llr,
    loglik,
    reads_among_words,
    utf8_from_gbk,
)
from newsclean.filters.codec_simplified import unsimplified_utf8, worth_asking
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.memo import per_switch
from newsclean.filters.mojibake import INDENT, NAME, MojibakeSpan

#: What a decoder writes for bytes it cannot read (a stretch beside one lost some).
LOST_MARKS = ("?", "\ufffd")
#: The first two bytes of U+FFFD in UTF-8 read as GBK: "锟".
LOST_AS_GBK = "\ufffd".encode()[:2].decode("gbk")
#: The codecs of a stretch read wrongly twice over.
TWICE = "utf-8 read as GBK twice"
#: The codecs of a stretch read wrongly, then converted to simplified characters.
THEN_SIMPLIFIED = "utf-8 read as GBK, then simplified"

#: A line at least half misread has one character outside the common set in this many.
MISREAD_SHARE = 8
#: A stretch a GBK decoder wrote from UTF-8 bytes: two-byte characters, no ASCII.
NON_ASCII = lazy_re("[^\x00-\x7f\ufffd?]+")


def _gbk_misreads(text: str) -> list[Misread]:
    found: list[Misread] = []
    for match in NON_ASCII.finditer(text):
        if uncommon().search(match.group()) is not None:
            misread = _gbk_reread(match, MISREAD_LLR)
            if misread is not None:
                found.append(misread)
            else:  # a misread stretch glued to sound text (round 39)
                found.extend(glued_misreads(text, *match.span()))
    if not found:
        return found
    # In a line the re-read explains, the other stretches between ASCII characters
    # ("8鏈11鏃," for "8月11日,": the decoder dropped each character's last byte) are
    # part of the same misreading: re-read on half the evidence, or, when no whole
    # character is left in their bytes, shown lost (U+FFFD) like the others.
    taken = {misread.start for misread in found}
    inside = [(misread.start, misread.end) for misread in found]
    for match in NON_ASCII.finditer(text):
        if match.start() not in taken and not _holds_one(match.span(), inside):
            misread = _gbk_reread(match, MISREAD_LLR / 2)
            if misread is not None:
                found.append(misread)
    if any(_read_before(text, misread) for misread in found):
        found = _all_twice(text, found)
    return sorted(found, key=lambda m: m.start)


def _holds_one(span: tuple[int, int], found: list[tuple[int, int]]) -> bool:
    """Whether the run ``span`` holds a stretch already re-read (``codec_glued``)."""
    return any(span[0] <= start and end <= span[1] for start, end in found)


def _read_before(text: str, misread: Misread) -> bool:
    """Whether ``misread`` shows its line was read wrongly before: it read twice, or its
    bytes held a U+FFFD (EF BF BD: "锟" and a byte) and its reading stands among no words
    (a line that lost a character, then was read wrongly once, reads as text).  The second
    sign survives a cleaning that re-read the rest: a second cleaning judges alike."""
    if misread.codecs == TWICE:
        return True
    lost = LOST_AS_GBK in text[misread.start : misread.end]
    return lost and misread.repaired is not None and not reads_among_words(misread.repaired)


def _all_twice(text: str, found: list[Misread]) -> list[Misread]:
    """In a line read wrongly twice over, every stretch was: one a single re-read seemed
    to explain is read twice too (on half the evidence), and one neither reading
    explains, or the second loses too much of, is reported as read, not repaired (a
    first re-read is no text, and converting it would make other garbage: 閻滃 -> 阎滃)."""
    by_start = {misread.start: misread for misread in found}
    out: list[Misread] = []
    for match in NON_ASCII.finditer(text):
        misread = by_start.get(match.start())
        if misread is not None and misread.codecs == TWICE:
            out.append(misread)
            continue
        start, end = match.span()
        marked = text[start - 1 : start] in LOST_MARKS or text[end : end + 1] in LOST_MARKS
        if misread is None and not marked and uncommon().search(match.group()) is None:
            continue  # a sound stretch (a word between quotes) that touches no lost byte
        once = misread.repaired if misread is not None else utf8_from_gbk(match.group())
        twice = utf8_from_gbk(once) if once else None
        again = None if twice is None else _twice(match, twice, MISREAD_LLR / 2)
        if again is not None and again.repaired is not None:
            out.append(again)
        elif misread is not None and once and reads_among_words(once):
            out.append(misread)  # read wrongly once, with a character lost before (锟)
        else:
            out.append(Misread(*match.span(), None, TWICE, 0.0))
    return out


def _gbk_reread(match: re.Match[str], needed: float) -> Misread | None:
    """The stretch re-read as UTF-8 from its GBK bytes; where a copier may have simplified
    the garble afterwards (``codec_simplified``), the likelier of that reading and the
    plain one."""
    stretch = match.group()
    plain = utf8_from_gbk(stretch)
    found = _reread_as(match, plain, needed, "utf-8 read as GBK")
    if worth_asking(stretch, plain):
        simple = _reread_as(match, unsimplified_utf8(stretch), needed, THEN_SIMPLIFIED)
        if simple is not None and (found is None or simple.llr > found.llr):
            found = simple
    return found


def _reread_as(match: re.Match[str], new: str | None, needed: float, codecs: str) -> Misread | None:
    stretch = match.group()
    if new is None:
        return None
    kept = new.strip("\ufffd")
    if not kept:  # a scrap: lost, if only some of a line's misread stretches
        scrap = needed < MISREAD_LLR and len(stretch) <= MIN_HAN and _utf8_head(stretch)
        return Misread(*match.span(), new, codecs, 0.0) if scrap else None
    if LOST_INSIDE * kept.count("\ufffd") > len(new):
        return None
    llr = accepted_llr(stretch, new, needed)
    if llr is None:
        return None
    twice = _read_twice(new)
    if twice is not None:
        return _twice(match, twice, needed)
    return Misread(*match.span(), new, codecs, llr)


def _utf8_head(stretch: str) -> bool:
    """Whether ``stretch``'s GBK bytes are UTF-8 cut short, a lead byte first and then
    continuation bytes: a scrap of characters whose last bytes a decoder dropped (鏈 E6 9C
    of 月 E6 9C 88).  A sound word between ASCII characters in a line a re-read explains
    (``3266公斤,``: B9 AB BD EF; ``點晴,``: C7 E7) is no UTF-8 at all, and is the writer's
    text, not a scrap (round 39)."""
    if not is_han(stretch[0]):
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(stretch.encode("cp936"))
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return True


def _read_twice(once: str) -> str | None:
    """The second re-read of ``once`` when ``once`` is itself UTF-8 read as GBK (the page
    was read back wrongly, saved, and read back wrongly again): far more likely read
    again (MISREAD_LLR) than as it is."""
    if uncommon().search(once) is None:
        return None
    twice = utf8_from_gbk(once)
    if twice is None or sum(is_han(char) for char in twice) < MIN_HAN:
        return None
    return twice if loglik(twice) - loglik(once) >= MISREAD_LLR else None


def _twice(match: re.Match[str], twice: str, needed: float) -> Misread:
    """A stretch read wrongly twice: re-read twice when the result passes the tests a
    re-read must (``accepted_llr``, at most one character in LOST_INSIDE lost); otherwise the
    first re-read is no text either, and the stretch is reported as read, not repaired."""
    stretch = match.group()
    kept = twice.strip("\ufffd")
    llr = accepted_llr(stretch, twice, needed) if kept else None
    if llr is not None and LOST_INSIDE * kept.count("\ufffd") <= len(twice):
        return Misread(*match.span(), twice, TWICE, llr)
    return Misread(*match.span(), None, TWICE, 0.0)


def _big5_misread(text: str) -> Misread | None:
    """The line's two-byte stretches re-read as Big5 (``codec_big5``), when accepted."""
    found = big5_reading(text) or gb18030_reading(text)
    if found is None:
        return None
    start, end, new = found
    llr = accepted_llr(text[start:end], new)
    return None if llr is None else Misread(start, end, new, BIG5_AS_GBK, llr)


def find_misreads(text: str) -> list[Misread]:
    """Stretches of ``text`` read with the wrong codec whose bytes the right one reads.

    >>> [m.repaired for m in find_misreads("°¢ÀïÈë¾Ö AI+AR ÑÛ¾µ")]
    ['阿里入局 AI+AR 眼镜']
    >>> [m.repaired for m in find_misreads("TDSQL杩涘叆绗鍥涢樁娈点傝吘璁浜戞暟鎹搴撶殑鏂伴椈")]
    ['进入\ufffd四阶段\ufffd腾\ufffd云数\ufffd库的新闻']
    >>> find_misreads("José Mourinho 说：“ação”很重要。")
    []
    """
    found: list[Misread] = []
    if LATIN1_PAIR.search(text) is not None:
        found = latin1_misreads(text)
    if uncommon().search(text) is not None:
        taken = found
        gbk = _gbk_misreads(text)
        big5 = _big5_misread(text) if not taken else None
        if big5 is not None and big5.llr > sum(m.llr for m in gbk):
            gbk = [big5]  # Big5 read as GBK explains the line better than UTF-8 does
        found = found + [
            m for m in gbk if not any(t.start < m.end and m.start < t.end for t in taken)
        ]
    found.sort(key=lambda m: m.start)
    return found


def repair_misreads(text: str, found: list[Misread]) -> str:
    out: list[str] = []
    at = 0
    for misread in found:
        repaired = misread.repaired
        out += [
            text[at : misread.start],
            text[misread.start : misread.end] if repaired is None else repaired,
        ]
        at = misread.end
    out.append(text[at:])
    return "".join(out)


@per_switch  # a pure function of the line: a site's pages repeat their lines
def read_again(text: str, *, repair: bool) -> tuple[str, tuple[MojibakeSpan, ...]]:
    """``text`` with its misread stretches re-read (when ``repair``), and their spans
    (indices in ``text`` as given)."""
    found = find_misreads(text)
    if not found:
        return text, ()
    spans = tuple(
        MojibakeSpan(
            m.start,
            m.end,
            text[m.start : m.end],
            m.repaired if repair else None,
            m.codecs,
            round(m.llr, 1),
        )
        for m in found
    )
    return (repair_misreads(text, found) if repair else text), spans


def read_for_judging(text: str) -> str | None:
    """``text`` re-read, when its misread stretches cover at least half of it: what a
    line-level judgement (spam) should read.  A paragraph read with the wrong codec is
    letters of U+0080-U+00FF with no word or sentence mark among them, which a keyword
    list's tests take for a list around whatever sound text was glued into it."""
    line = text.strip()
    # Half of it misread holds a character outside the common set in every MISREAD_SHARE
    # (two Latin-1 letters a Han character, mostly rare ones from UTF-8 read as GBK): one
    # C-level count turns away the ordinary line (and the blank one, which reads as printed).
    if not line or MISREAD_SHARE * len(uncommon().findall(line)) < len(line):
        return None
    again, spans = read_again(text, repair=True)
    covered = sum(span.end - span.start for span in spans if span.repaired is not None)
    return again if 2 * covered >= len(line) else None


def evidence(spans: tuple[MojibakeSpan, ...]) -> list[Evidence]:
    return [
        Evidence(NAME, "misread", f"{span.encoding}: {span.text} -> {span.repaired}")
        if span.repaired is not None
        else Evidence(NAME, "misread", f"{span.encoding}: {span.text}")
        for span in spans
    ]


def read_dropped(spans: tuple[MojibakeSpan, ...]) -> bool:
    """Whether a line's misread spans hold a UTF-8 re-read whose decoder had dropped
    bytes: its lost characters (U+FFFD) are the dropped bytes', not a slip's, and the
    slip test has nothing to find in it (its reports would keep the re-read from
    conversion)."""
    return any(
        span.encoding is not None and DROPPED in span.encoding and span.repaired is not None
        for span in spans
    )


def describe(span: MojibakeSpan) -> str:
    """What a mojibake warning says of ``span``."""
    if span.encoding == LOST:
        return LOST_REASON
    if span.encoding == INDENT:
        return INDENT
    if span.encoding is not None and " read as " in span.encoding:
        return f"read with the wrong codec ({span.encoding})"
    return "byte-misaligned text"

"""Detect, and where the bytes allow repair, GBK/Big5 byte-misalignment mojibake.

When a mirror's transcoder slips by one byte, every two-byte character after
the slip is read from the second byte of one character and the first byte of
the next: "。總投入1.2" (A1A3 BF82 CDB6 C8EB 31) came out as "??偼度?.2" —
undecodable pairs became "?", and the pairs that happened to be valid became
rare characters (偼 = 82CD) or wrong common ones (度 = B6C8).

Detection: a run of "?" or U+FFFD touching a Han character, with a rare
character (outside both GB2312 and Big5) or a U+FFFD in the stretch around it.
Repair: a stretch of two or more characters between the "?" runs is shifted by
one byte and decoded again; it is applied only when every recovered character
is a common one.  The half-characters at the stretch's edges lost their other
byte, so they stay "?" (merged into the neighbouring "?" run): nothing is
invented.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsclean.document import Evidence
from newsclean.filters.convert import converter

NAME = "mojibake"

QUESTION_RUN = regex.compile(r"[?\ufffd]+")
# GBK's row A3 holds full-width letters: a slip into it reads as Ｒ, Ｊ, ｑ.
FULL_WIDTH_LETTER = regex.compile(r"[\uff21-\uff3a\uff41-\uff5a]")
#: How many Han characters on each side of a "?" run belong to the suspect stretch.
CONTEXT = 4
#: Byte encodings a slipped stretch is re-read in, most common first.
REALIGN_ENCODINGS = ("gbk", "big5")


def _encodes(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _in_context(char: str) -> bool:
    return is_han(char) or FULL_WIDTH_LETTER.match(char) is not None


def is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or char >= "\U00020000"


def is_rare(char: str) -> bool:
    """What slipped bytes decode to: a Han character outside GB2312 that is not the
    traditional form of a common one (偼, 撠), or a full-width Latin letter (Ｒ)."""
    if FULL_WIDTH_LETTER.match(char):
        return True
    return is_han(char) and not _encodes(char, "gb2312") and converter("t2s").convert(char) == char


def is_common(char: str) -> bool:
    return is_han(char) and (_encodes(char, "gb2312") or _encodes(char, "big5"))


@dataclass(frozen=True, slots=True)
class MojibakeSpan:
    start: int
    end: int
    text: str
    repaired: str | None = None  # the realigned text, when the bytes determine it


@dataclass(frozen=True, slots=True)
class MojibakeResult:
    text: str
    spans: tuple[MojibakeSpan, ...]


def _han_extent(text: str, start: int, end: int) -> tuple[int, int]:
    left = start
    while left > 0 and start - left < CONTEXT and _in_context(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and right - end < CONTEXT and _in_context(text[right]):
        right += 1
    return left, right


def _realign(island: str) -> str | None:
    """The characters a one-byte slip hid in ``island``, or None if not determined."""
    if len(island) < 2:
        return None
    for encoding in REALIGN_ENCODINGS:
        try:
            data = island.encode(encoding)
        except UnicodeEncodeError:
            continue
        if len(data) != 2 * len(island):
            continue
        try:
            recovered = data[1:-1].decode(encoding)
        except UnicodeDecodeError:
            continue
        # Common and not rare: a repair that yields a "rare" character (Big5-only, such
        # as 嵷) would be repaired again on the next pass, so cleaning would not be idempotent.
        if recovered and all(is_common(ch) and not is_rare(ch) for ch in recovered):
            return recovered
    return None


def _repair(stretch: str) -> str | None:
    pieces = regex.split(r"([?\ufffd]+)", stretch)
    out: list[str] = []
    changed = False
    for i, piece in enumerate(pieces):
        if not piece or piece[0] in "?\ufffd":
            out.append(piece)
            continue
        if not any(is_rare(ch) for ch in piece):
            out.append(piece)
            continue
        recovered = _realign(piece)
        if recovered is None:
            out.append(piece)
            continue
        changed = True
        # The edge half-characters belong to the neighbouring "?" runs; only
        # where there is none does a lost character need its own "?".
        before = "" if i > 0 and pieces[i - 1] else "?"
        after = "" if i + 1 < len(pieces) and pieces[i + 1] else "?"
        out.append(before + recovered + after)
    return "".join(out) if changed else None


def find_mojibake(text: str, *, repair: bool = True) -> MojibakeResult:
    """Find slipped-byte stretches in one line, and repair those the bytes determine.

    >>> find_mojibake("援助山南??偼度?.2億元").text
    '援助山南??投?.2億元'
    """
    if "?" not in text and "\ufffd" not in text:
        return MojibakeResult(text, ())
    stretches: list[tuple[int, int, bool]] = []  # (left, right, suspicious)
    for match in QUESTION_RUN.finditer(text):
        start, end = match.span()
        left, right = _han_extent(text, start, end)
        if left == start and right == end:
            continue  # a "?" with no Han neighbour: ordinary punctuation
        # Only a rare character touching the run (or a U+FFFD in it) makes it
        # suspicious: "妳好嗎?" is a question, "??偼度?" is not.
        suspicious = "\ufffd" in match.group() or any(
            is_rare(text[i]) for i in (start - 1, end) if 0 <= i < len(text)
        )
        if stretches and left <= stretches[-1][1]:
            previous = stretches[-1]
            stretches[-1] = (previous[0], max(right, previous[1]), previous[2] or suspicious)
        else:
            stretches.append((left, right, suspicious))
    spans: list[MojibakeSpan] = []
    for left, right, suspicious in stretches:
        if not suspicious:
            continue
        stretch = text[left:right]
        # Trim the Han context to the suspect part: from the first "?" or rare
        # character to the last.
        suspect = [i for i, ch in enumerate(stretch) if ch in "?\ufffd" or is_rare(ch)]
        start, end = left + suspect[0], left + suspect[-1] + 1
        core = text[start:end]
        spans.append(MojibakeSpan(start, end, core, _repair(core) if repair else None))
    if not spans:
        return MojibakeResult(text, ())
    out: list[str] = []
    position = 0
    for span in spans:
        out.append(text[position : span.start])
        out.append(span.repaired if span.repaired is not None else span.text)
        position = span.end
    out.append(text[position:])
    return MojibakeResult("".join(out), tuple(spans))


def evidence(result: MojibakeResult) -> list[Evidence]:
    found: list[Evidence] = []
    for span in result.spans:
        if span.repaired is not None:
            found.append(Evidence(NAME, "repaired", f"{span.text} -> {span.repaired}"))
        else:
            found.append(Evidence(NAME, "detected", span.text))
    return found

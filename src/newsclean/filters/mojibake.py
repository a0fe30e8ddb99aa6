"""Detect, and where the bytes allow repair, GBK/Big5 byte-slip mojibake.

DOCSTRING PLACEHOLDER
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from newsclean.document import Evidence
from newsclean.filters.charmodel import (
    COMMON_LOGPROB,
    common_characters,
    is_han,
    model,
    simplified,
)

NAME = "mojibake"

#: What a decoder leaves for bytes it could not read: "?" (a legacy transcoder) or U+FFFD.
MARKS = "?\ufffd"
#: Byte encodings a slipped stretch is re-read in: GBK (mainland pages, simplified or
#: traditional) and Big5 (Taiwan and Hong Kong pages).
ENCODINGS = ("gbk", "big5")

#: A slip is a rare event: the prior odds against one starting at a given character.
SLIP_COST = 9.0
#: Log-likelihood ratio (nats) over which a realigned stretch is reported as a slip.
DETECT_LLR = 4.0
#: ... and over which the realigned text replaces what was there.
REPAIR_LLR = 8.0

#: Non-ASCII characters of ordinary Chinese text that are not Han characters.
ORDINARY = (
    "，。、；：？！“”‘’（）《》〈〉「」『』【】〔〕—…·～　．％＋－／＝＜＞０-９×÷±°℃•–‧・®©™€£¥"
)
#: Runs of characters a two-byte encoding writes with two bytes each.
PIECE = regex.compile(r"[^\x00-\x7f\ufffd]+")
QUESTION_RUN = regex.compile(r"[?\ufffd]+")


@functools.cache
def _suspect() -> regex.Pattern[str]:
    """One C-level scan per line: a mark, or a character that is not ordinary text."""
    common = "".join(sorted(common_characters()))
    return regex.compile(
        rf"[?\ufffd]|[^\x00-\x7f{common}{ORDINARY}]|{STRAY_ASCII.pattern}|{GLUED_ASCII.pattern}"
    )


def is_rare(char: str) -> bool:
    """A character seldom seen in Chinese text, judged on its simplified form (偼, 撠, 矲,
    kana, full-width letters), not a common character in traditional form (發)."""
    if char.isascii() or char in MARKS:
        return False
    return model().logprob(simplified(char)) < COMMON_LOGPROB


def is_common(char: str) -> bool:
    return is_han(char) and not is_rare(char)


@dataclass(frozen=True, slots=True)
class MojibakeSpan:
    start: int
    end: int
    text: str
    repaired: str | None = None  # the realigned text, when the model supports it
    encoding: str | None = None  # the encoding whose realignment explains the span
    llr: float | None = None  # log-likelihood ratio, realigned against as written (nats)


@dataclass(frozen=True, slots=True)
class MojibakeResult:
    text: str
    spans: tuple[MojibakeSpan, ...]


@functools.lru_cache(maxsize=65536)
def _pair(encoding: str, data: bytes) -> str | None:
    """The character two bytes decode to, or None."""
    if data[0] < 0x81:
        return None  # a lead byte is never ASCII: this alignment is not the text's
    try:
        decoded = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return decoded if len(decoded) == 1 else None


@dataclass(frozen=True, slots=True)
class _Realignment:
    start: int  # index in the line of the first character replaced
    end: int  # index after the last character replaced
    repaired: str
    llr: float
    encoding: str


def _realign(text: str, start: int, end: int, encoding: str) -> _Realignment | None:
    """The most likely slipped suffix of ``text[start:end]`` in ``encoding``, if any.

    A slip shifts every later character by one byte until the decoder finds its way back
    (an ASCII byte, or a pair it cannot read): so a slipped stretch is a suffix of a run of
    two-byte characters, and its right edge is explained by what follows it.
    """
    piece = text[start:end]
    try:
        data = piece.encode(encoding)
    except UnicodeEncodeError:
        return None
    n = len(piece)
    if len(data) != 2 * n or n < 1:
        return None
    # The right edge: the shifted view leaves the piece's last byte over.  A slip explains
    # it only if the decoder lost the byte after it (a mark follows), or the byte is itself
    # ASCII, or the ASCII character that follows is its partner (a trail byte 0x40-0x7E
    # read as ASCII, as Big5 and GBK's extension rows do).
    last = data[-1]
    following = text[end] if end < len(text) else ""
    tail, consumed, tail_score = "", 0, 0.0
    if last < 0x80:
        tail = chr(last)
        tail_score = model().logprob(tail)
    elif following and following in MARKS:
        pass
    elif following and "\x40" <= following <= "\x7e":
        recovered = _pair(encoding, bytes((last, ord(following))))
        if recovered is None:
            return None
        tail, consumed = recovered, 1
        # As written, the ASCII character glued between CJK characters must be explained
        # too; realigned, it is the trail byte of the recovered character.
        tail_score = model().logprob(simplified(recovered)) - model().logprob(following)
    else:
        return None
    shifted = [_pair(encoding, data[2 * m + 1 : 2 * m + 3]) for m in range(n - 1)]
    m = model()
    as_written = m.score(simplified(piece))
    # The shifted view is scored as one run; an unreadable pair ends the stretch's reach.
    first_valid = 0
    for index, char in enumerate(shifted):
        if char is None:
            first_valid = index + 1
    realigned_chars = [c or "?" for c in shifted[first_valid:]]
    realigned_scores = m.score(simplified("".join(realigned_chars)))
    # LLR of slip start s (first_valid <= s <= n - 1): suffix sums, right to left.
    best: tuple[float, int] | None = None
    gain = tail_score
    for s in range(n - 1, first_valid - 1, -1):
        if s < n - 1:
            gain += realigned_scores[s - first_valid]
        gain -= as_written[s]
        if s == n - 1 and not tail:
            continue  # nothing recovered: the bytes determine no character
        absorbed = s == 0 and start > 0 and text[start - 1] in MARKS
        llr = gain - (0.0 if absorbed else SLIP_COST)
        if best is None or llr >= best[0]:
            best = (llr, s)
    if best is None:
        return None
    llr, s = best
    absorbed = s == 0 and start > 0 and text[start - 1] in MARKS
    repaired = ("" if absorbed else "?") + "".join(realigned_chars[s - first_valid :]) + tail
    return _Realignment(start + s, end + consumed, repaired, llr, encoding)


def _realignments(text: str) -> list[_Realignment]:
    found: list[_Realignment] = []
    for match in PIECE.finditer(text):
        start, end = match.span()
        candidates = [_realign(text, start, end, encoding) for encoding in ENCODINGS]
        best = max((c for c in candidates if c is not None), key=lambda c: c.llr, default=None)
        if best is not None and best.llr >= DETECT_LLR:
            found.append(best)
    return found


#: A trail byte 0x40-0x7E read as ASCII when a Big5 or GBK slip realigns: a single
#: lower-case letter or ASCII symbol glued between CJK characters (upper-case letters
#: are left out: "A股", "B超", "维生素C" are ordinary).
STRAY_ASCII = regex.compile(
    r"(?:(?<=[\p{Han}\u3000-\u303f\uff01-\uff0f])|^)[\[\\\]^`{}~a-z](?=\p{Han})"
)

#: An upper-case letter or "@" glued between CJK characters: ordinary ("A股", "@人民日报")
#: or a trail byte read as ASCII ("想膝L吃" for "想請他吃"); the realignment test decides.
GLUED_ASCII = regex.compile(r"(?<=[\p{Han}\u3000-\u303f\uff01-\uff0f])[@-Z](?=\p{Han})")
#: log P(c | previous) below which a character beside a "?" is out of place (about one
#: character in 36,000 of running text: rarer than the rarest tenth of GB2312).
IMPROBABLE = -10.5


def _is_cjk(char: str) -> bool:
    return is_han(char) or ("\u3000" <= char <= "\u303f") or ("\uff01" <= char <= "\uff0f")


def _out_of_place(text: str, index: int) -> bool:
    """Whether ``text[index]`` is improbable after the character before it."""
    if index < 0 or not is_han(text[index]):
        return False
    context = simplified(text[max(0, index - 1) : index + 1])
    before = context[0] if len(context) == 2 and is_han(context[0]) else ""
    return model().score(context[-1], before)[0] < IMPROBABLE


def _marked_stretches(text: str) -> list[tuple[int, int]]:
    """Lost bytes the realignment test cannot judge (a stretch too short to realign):
    a U+FFFD beside Han text; an ASCII "?" beside a rare character, inside a run of Han
    text, or opening a line before Han text, unless it ends a question; a stray ASCII
    character glued between Han characters."""
    spans: list[tuple[int, int]] = []
    for match in QUESTION_RUN.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        if not (is_han(before) or is_han(after) or is_rare(before) or is_rare(after)):
            continue
        lost = (
            "\ufffd" in match.group()
            or is_rare(before)
            or is_rare(after)
            or (not before and is_han(after))
            or _out_of_place(text, start - 1)
        )
        if lost:
            # The damaged characters beside the marks: the rare or out-of-place ones.
            left = start - 1 if is_rare(before) or _out_of_place(text, start - 1) else start
            right = end + 1 if is_rare(after) else end
            spans.append((left, right))
    for match in STRAY_ASCII.finditer(text):
        start, end = match.span()
        # At the start of a line, or after a character that is out of place: the stray
        # byte ends a slipped stretch ("吃塚熔嶀@聊"), or replaced a character ("j陸首善").
        if start and not (is_rare(text[start - 1]) or _out_of_place(text, start - 1)):
            continue
        spans.append((start - 1 if start else start, end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for left, right in spans:
        if merged and left <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(right, merged[-1][1]))
        else:
            merged.append((left, right))
    return merged


def find_mojibake(text: str, *, repair: bool = True) -> MojibakeResult:
    """Find slipped-byte stretches in one line, and repair those the model supports.

    >>> find_mojibake("援助山南??偼度?.2億元").text
    '援助山南??投?.2億元'
    >>> find_mojibake("總投資4500萬元的項目建設完成。").spans
    ()
    """
    found = _find(text, repair=repair)
    if repair and any(span.repaired is not None for span in found.spans):
        # A repair must be stable: if the repaired line would be repaired again, the model
        # does not settle on one reading, and the line is only reported.
        again = _find(found.text, repair=True)
        if any(span.repaired is not None for span in again.spans):
            return _find(text, repair=False)
    return found


def _find(text: str, *, repair: bool) -> MojibakeResult:
    if _suspect().search(text) is None:
        return MojibakeResult(text, ())
    spans: list[MojibakeSpan] = []
    for found in _realignments(text):
        # The span takes in the marks around it: they are part of the same damage.
        start, end = found.start, found.end
        while start > 0 and text[start - 1] in MARKS:
            start -= 1
        while end < len(text) and text[end] in MARKS:
            end += 1
        repaired = None
        if repair and found.llr >= REPAIR_LLR:
            repaired = text[start : found.start] + found.repaired + text[found.end : end]
        spans.append(
            MojibakeSpan(start, end, text[start:end], repaired, found.encoding, round(found.llr, 1))
        )
    for left, right in _marked_stretches(text):
        if any(span.start < right and left < span.end for span in spans):
            continue
        spans.append(MojibakeSpan(left, right, text[left:right]))
    if not spans:
        return MojibakeResult(text, ())
    spans.sort(key=lambda span: span.start)
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

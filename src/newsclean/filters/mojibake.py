"""Detect GBK/Big5 byte-slip mojibake, and repair it where the character model says so.

What a slip does to the bytes.  GBK and Big5 write a Han character as two bytes, a lead
byte (0x81-0xFE) and a trail byte (GBK 0x40-0xFE, Big5 0x40-0x7E and 0xA1-0xFE), and
ASCII as one.  When a mirror's transcoder loses or gains one byte, every later pair is
read from the trail byte of one character and the lead byte of the next: "。總投入1.2"
(A1A3 BF82 CDB6 C8EB 31) came out as "??偼度?.2".  The stretch runs until the decoder
finds its way back, which happens only where the bytes force it:

* a pair it cannot read: the transcoder writes "?" or U+FFFD (a *mark*) for it, or
  drops the byte without a trace (``iconv -c``), and the text after it is aligned;
* an ASCII byte: a trail byte 0x40-0x7E is read as a stray ASCII character ("想膝L吃"
  for "想請他吃"), or the last slipped pair swallows the first letter of a Latin word.

So a slipped stretch ends where a run of two-byte characters ends before a mark or an
ASCII character 0x40-0x7E, which explains its right edge, or anywhere inside a run when
a byte was dropped silently.  The characters in it are whatever the shifted pairs happen
to encode: rare characters, kana and symbols of GBK rows A1-A9, and common characters
that do not belong together.  None of this depends on a "?" being there: Big5 slips
mostly end in a stray ASCII character.

The character model (``charmodel.py``, learned from jieba's dictionary) gives the
log-probability of a character after the one before it, judged on the simplified form.

Detection and repair: the realignment test.  For each run of two-byte characters
followed by a possible right edge, the run is re-encoded in GBK and in Big5 and read one
byte later.  For each possible slip start s, the log-likelihood ratio

    LLR(s) = log P(realigned suffix) - log P(suffix as written) - SLIP_COST

compares the two readings of the same bytes: the realigned reading loses the orphan byte
at s (shown as "?": its partner is gone) and, when a stray ASCII character follows,
takes it back as the trail byte of the last character (the as-written reading must pay
for that ASCII character too).  SLIP_COST (9 nats, odds of about 1 in 8,000) is the
prior against a slip starting at a given character; it is waived when the run starts
right after a mark, where bytes were lost anyway.  A stretch that ends inside a run
(a byte dropped silently) is scored the same way over [s, e), with a second SLIP_COST
for the silent loss and at least two characters realigned; it is looked for within
WINDOW characters of each uncommon character of the line (a probe of PROBE characters
either side first), since a slipped stretch is about half uncommon characters.  The
best stretch is kept:

* LLR >= DETECT_LLR (4 nats, 55:1 after the prior) reports the stretch;
* LLR >= REPAIR_LLR (10 nats, 22,000:1) also replaces it with the realigned reading, and
  only if the repaired line would not be repaired again (so cleaning is idempotent).
  On the generated slips of the tests, repairs at 8-9 nats recover one character and
  sometimes turn a sound neighbour into "?"; none at 10 or more does.

On the clean text the tests use (real sentences, the fixtures, the evaluation pages
without their injected lines) no run scores above 2 nats; slips of three characters or
more score 10 to 100.  The half-characters at a stretch's edges lost their other byte:
they stay "?", and nothing is invented.

Stretches too short to realign (one character, or none: a whole character lost to a
mark) are reported, never repaired, when the evidence is local: a U+FFFD beside Han
text; a "?" beside a rare character, after a character that is out of place (log
P(c | previous) < IMPROBABLE), or opening a line before Han text; a stray lower-case
letter or ASCII symbol glued to Han text after an out-of-place character or at the start
of a line.  A writer's "?" after ordinary words ("有关系吗?", "水價?我") is left alone.

Speed: a line is looked at only when C-level scans find a mark, an ASCII character
0x40-0x7E glued to a two-byte character, a stray character opening the line, or an
uncommon character (outside the 4,650 most frequent simplified characters, their
traditional forms and ordinary punctuation); before a Latin word ("的GDP"), a run is
realigned only if one of its last two characters is rare or the last is out of place.
A silent slip made only of common characters ("乱悦篮玫男" for "致以美好的") is missed.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newsclean.document import Evidence
from newsclean.filters.charmodel import (
    COMMON_LOGPROB,
    common_characters,
    is_han,
    model,
    simplified,
    simplified_char,
)

NAME = "mojibake"

#: What a decoder leaves for bytes it could not read: "?" (a legacy transcoder) or U+FFFD.
MARKS = "?\ufffd"
#: Byte encodings a slipped stretch is re-read in: GBK (mainland pages, simplified or
#: traditional) and Big5 (Taiwan and Hong Kong pages).
ENCODINGS = ("gbk", "big5")

#: Prior odds against a slip starting at a given character, in nats.
SLIP_COST = 9.0
#: Log-likelihood ratio (nats) over which a realigned stretch is reported as a slip.
DETECT_LLR = 4.0
#: ... and over which the realigned text replaces what was there.
REPAIR_LLR = 10.0
#: log P(c | previous) below which a character beside a mark is out of place (about one
#: character in 22,000 of running text).  At -9 a writer's "?" after ordinary words in
#: real Taiwan pages starts to be flagged; -10 keeps a nat of margin.
IMPROBABLE = -10.0
#: How many characters at the end of a run are judged before the whole run is.
WINDOW = 24
#: How far below DETECT_LLR the window may fall and the whole run still be judged.
WINDOW_MARGIN = 6.0

HAN = "\u3400-\u9fff\uf900-\ufaff"
CJK_PUNCTUATION = "\u3000-\u303f\uff01-\uff0f"
#: Non-ASCII characters of ordinary Chinese text that are not Han characters.
ORDINARY = (
    "，。、；：？！“”‘’（）《》〈〉「」『』【】〔〕—…·～　．％＋－／＝＜＞０-９×÷±°℃•–‧・®©™€£¥"
)
#: A run of characters a two-byte encoding writes with two bytes each.
RUN_HEAD = re.compile(r"[^\x00-\x7f\ufffd]*")
#: Where a slip can end: a mark or an ASCII character 0x40-0x7E right after a run.
EDGE = re.compile(r"[?\ufffd@-~](?<=[^\x00-\x7f\ufffd][?\ufffd@-~])")
#: The longest run realigned in one piece (a longer slip is realigned in its last part).
MAX_RUN = 200
MARK_RUN = re.compile(r"[?\ufffd]+")
#: An ASCII character 0x40-0x7E right after a two-byte character: a Latin word ("的GDP"),
#: or a trail byte read as ASCII.  Searched from the ASCII character, the rarer of the two.
GLUED_ASCII = re.compile(r"[@-~](?<=[^\x00-\x7f\ufffd][@-~])")
#: A trail byte read as ASCII where no Latin text would stand: a single lower-case letter
#: or ASCII symbol glued to Han text ("A股", "B超", "@人民日报", "新闻|体育" are ordinary).
STRAY = r"[\[\\\]^`{}~a-z]"
STRAY_ASCII = re.compile(rf"{STRAY}(?=[{HAN}])(?<=[{HAN}{CJK_PUNCTUATION}]{STRAY})")
STRAY_AT_START = re.compile(rf"{STRAY}(?=[{HAN}])")


def is_rare(char: str) -> bool:
    """A character seldom seen in Chinese text, judged on its simplified form (偼, 撠, 矲,
    kana, full-width letters), not a common character in traditional form (發)."""
    if char.isascii() or char in MARKS:
        return False
    if "\u4e00" <= char <= "\u9fff":
        return char not in common_characters()
    return model().logprob(simplified_char(char)) < COMMON_LOGPROB


def is_common(char: str) -> bool:
    return is_han(char) and not is_rare(char)


def _out_of_place(text: str, index: int) -> bool:
    """Whether the Han character ``text[index]`` is improbable after the one before it."""
    if index < 0 or not is_han(text[index]):
        return False
    before = simplified_char(text[index - 1]) if index > 0 and is_han(text[index - 1]) else ""
    return model().score(simplified_char(text[index]), before)[0] < IMPROBABLE


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


@functools.lru_cache(maxsize=1024)
def _scores(run: str) -> tuple[float, ...]:
    """The model's score of each character of ``run``, in simplified form (cached: both
    encodings, and the window and the whole run, judge the same text)."""
    return tuple(model().score("".join(map(simplified_char, run))))


@dataclass(frozen=True, slots=True)
class _Realignment:
    start: int  # index in the line of the first character replaced
    end: int  # index after the last character replaced
    repaired: str
    llr: float
    encoding: str


def _realign(text: str, start: int, end: int, encoding: str) -> _Realignment | None:
    """The most likely slipped suffix of the run ``text[start:end]`` in ``encoding``."""
    following = text[end] if end < len(text) else ""
    if not following or not (following in MARKS or "\x40" <= following <= "\x7e"):
        return None  # a digit, a space, punctuation or the end of the line ends no slip
    if end - start > WINDOW:
        # A slip's evidence grows with its length: judge the last WINDOW characters
        # first, and the whole run only when they come near the threshold.
        near = _realign(text, end - WINDOW, end, encoding)
        if near is None or near.llr < DETECT_LLR - WINDOW_MARGIN:
            return near
    piece = text[start:end]
    try:
        data = piece.encode(encoding)
    except UnicodeEncodeError:
        return None
    n = len(piece)
    if len(data) != 2 * n:
        return None
    # The right edge: the realigned reading leaves the run's last byte over.
    last = data[-1]
    tail, consumed, tail_score = "", 0, 0.0
    m = model()
    if last < 0x80:
        # The last slipped pair swallowed the first letter of a Latin word.
        if not following.isalpha():
            return None
        tail = chr(last)
        tail_score = m.logprob(tail)
    elif following not in MARKS:
        # The ASCII character after the run is the last byte's partner.
        recovered = _pair(encoding, bytes((last, ord(following))))
        if recovered is None:
            return None
        tail, consumed = recovered, 1
        tail_score = m.logprob(simplified(recovered)) - m.logprob(following)
    shifted = [_pair(encoding, data[2 * i + 1 : 2 * i + 3]) for i in range(n - 1)]
    # An unreadable pair in the realigned reading bounds how far back the slip can start.
    first = 0
    for index, char in enumerate(shifted):
        if char is None:
            first = index + 1
    realigned = "".join(c or "?" for c in shifted[first:])
    realigned_scores = _scores(realigned)
    as_written = _scores(piece)
    absorbed = start > 0 and text[start - 1] in MARKS
    best: tuple[float, int] | None = None
    gain = tail_score
    for s in range(n - 1, first - 1, -1):  # suffix sums, right to left
        if s < n - 1:
            gain += realigned_scores[s - first]
        gain -= as_written[s]
        if s == n - 1 and not tail:
            continue  # nothing recovered: the bytes determine no character
        llr = gain - (0.0 if s == 0 and absorbed else SLIP_COST)
        if best is None or llr >= best[0]:  # on a tie, the longer stretch
            best = (llr, s)
    if best is None:
        return None
    llr, s = best
    orphan = "" if s == 0 and absorbed else "?"
    return _Realignment(
        start + s, end + consumed, orphan + realigned[s - first :] + tail, llr, encoding
    )


def _realign_silent(text: str, start: int, end: int, encoding: str) -> _Realignment | None:
    """The most likely slipped stretch inside ``text[start:end]`` whose last byte the
    transcoder dropped without a mark (as ``iconv -c`` does), so that the text after it
    is aligned again: both edges are free, and each costs SLIP_COST."""
    piece = text[start:end]
    try:
        data = piece.encode(encoding)
    except UnicodeEncodeError:
        return None
    n = len(piece)
    if len(data) != 2 * n or n < 2:
        return None
    shifted = [_pair(encoding, data[2 * i + 1 : 2 * i + 3]) for i in range(n - 1)]
    realigned = "".join(c or "?" for c in shifted)
    realigned_scores = _scores(realigned)
    as_written = _scores(piece)
    absorbed = start > 0 and text[start - 1] in MARKS
    # Stretch [s, e): realigned pairs s .. e-2, and the last character's second byte lost.
    # LLR(s, e) = sum(D[s:e-1]) - as_written[e-1] - left(s) - SLIP_COST, D = realigned -
    # as written; the best s for each e is carried along (a maximum-subarray scan).
    best: tuple[float, int, int] | None = None
    running = 0.0  # sum of D[best_s : k]
    best_s = -1
    for k in range(n - 1):
        left = 0.0 if k == 0 and absorbed else SLIP_COST
        if shifted[k] is None:
            best_s = -1  # an unreadable pair: no stretch spans it
            continue
        if best_s < 0 or -left > running - (0.0 if best_s == 0 and absorbed else SLIP_COST):
            best_s, running = k, 0.0
        running += realigned_scores[k] - as_written[k]
        left_cost = 0.0 if best_s == 0 and absorbed else SLIP_COST
        llr = running - as_written[k + 1] - left_cost - SLIP_COST
        # At least two characters realigned: one alone is no evidence of a run that slipped.
        if k > best_s and (best is None or llr >= best[0]):
            best = (llr, best_s, k + 2)
    if best is None:
        return None
    llr, first, last = best
    orphan = "" if first == 0 and absorbed else "?"
    repaired = orphan + realigned[first : last - 1] + "?"
    return _Realignment(start + first, start + last, repaired, llr, encoding)


#: A character outside the common set (and not ordinary punctuation).
def _uncommon() -> re.Pattern[str]:
    return _uncommon_pattern(common_characters())


@functools.lru_cache(maxsize=1)
def _uncommon_pattern(common: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"[^\x00-\x7f{''.join(sorted(common))}{ORDINARY}]")


#: Characters either side of an uncommon character in the first, cheap look for a slip
#: that left no mark; the stretch is judged on WINDOW characters either side only when
#: the probe comes within WINDOW_MARGIN of DETECT_LLR.
PROBE = 4


def _silent_candidates(text: str, start: int, end: int, at: int) -> list[_Realignment]:
    """Slips without a mark around the uncommon character ``text[at]`` of the run
    ``text[start:end]``: a cheap probe first, the wide window only when it comes near."""
    found: list[_Realignment] = []
    for encoding in ENCODINGS:
        probe = _realign_silent(text, max(start, at - PROBE), min(end, at + PROBE + 1), encoding)
        if probe is None or probe.llr < DETECT_LLR - WINDOW_MARGIN:
            continue
        left, right = max(start, at - WINDOW), min(end, at + WINDOW + 1)
        wide = _realign_silent(text, left, right, encoding)
        if wide is not None:
            found.append(wide)
    return found


def _run_start(text: str, end: int, limit: int) -> int:
    """Where the run of two-byte characters ending at ``end`` starts (at most ``limit``
    characters back)."""
    back = text[max(0, end - limit) : end][::-1]
    return end - RUN_HEAD.match(back).end()  # type: ignore[union-attr]


def _realignments(text: str) -> list[_Realignment]:
    candidates: list[_Realignment] = []

    def keep(found: _Realignment | None) -> None:
        if found is not None and found.llr >= DETECT_LLR:
            candidates.append(found)

    # Runs before a mark or an ASCII character 0x40-0x7E: a slip can end there.
    for edge in EDGE.finditer(text):
        end = edge.start()
        following = edge.group()
        start = _run_start(text, end, MAX_RUN)
        if following not in MARKS:
            # Before a Latin word one of the run's last two characters must be rare, or the
            # last out of place: a slip leaves one there, and "的GDP" is ordinary.
            tail = range(max(start, end - 2), end)
            if not any(is_rare(text[i]) for i in tail) and not _out_of_place(text, end - 1):
                continue
        for encoding in ENCODINGS:
            keep(_realign(text, start, end, encoding))
    # A slip that left no mark: looked for around each uncommon character, within its run.
    reach = 0
    for match in _uncommon().finditer(text):
        at = match.start()
        if at < reach or text[at] in MARKS:
            continue
        start = _run_start(text, at, WINDOW)
        end = RUN_HEAD.match(text, at, at + WINDOW + 1).end()  # type: ignore[union-attr]
        for found in _silent_candidates(text, start, end, at):
            keep(found)
            reach = max(reach, found.end)
    # The most likely first; another that overlaps it explains the same bytes worse.
    chosen: list[_Realignment] = []
    for found in sorted(candidates, key=lambda c: -c.llr):
        if all(found.end <= c.start or c.end <= found.start for c in chosen):
            chosen.append(found)
    return sorted(chosen, key=lambda c: c.start)


def _marked_stretches(text: str) -> list[tuple[int, int]]:
    """Lost bytes in stretches too short for the realignment test (see the module doc)."""
    spans: list[tuple[int, int]] = []
    marks = MARK_RUN.finditer(text) if "?" in text or "\ufffd" in text else ()
    for match in marks:
        start, end = match.span()
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        if not (is_han(before) or is_han(after) or is_rare(before) or is_rare(after)):
            continue
        damaged_before = is_rare(before) or _out_of_place(text, start - 1)
        if "\ufffd" in match.group() or damaged_before or is_rare(after):
            spans.append((start - 1 if damaged_before else start, end + is_rare(after)))
        elif not before and is_han(after):
            spans.append((start, end))
    if STRAY_AT_START.match(text):
        spans.append((0, 1))
    for match in STRAY_ASCII.finditer(text):
        start = match.start()
        if is_rare(text[start - 1]) or _out_of_place(text, start - 1):
            spans.append((start - 1, start + 1))
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
    >>> find_mojibake("陳揮文在報紙諿挭@意自我反省道歉").text  # Big5, no "?": the @ is a trail byte
    '陳揮文在報紙?書願意自我反省道歉'
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
    # Every slip this module can see ends at a mark or at an ASCII character glued to a
    # two-byte character (or replaced the first character of the line): one C-level scan
    # each, and most lines need no more.
    if (
        "?" not in text
        and "\ufffd" not in text
        and GLUED_ASCII.search(text) is None
        and STRAY_AT_START.match(text) is None
        and _uncommon().search(text) is None
    ):
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
        llr = round(found.llr, 1)
        spans.append(MojibakeSpan(start, end, text[start:end], repaired, found.encoding, llr))
    for left, right in _marked_stretches(text):
        if not any(span.start < right and left < span.end for span in spans):
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

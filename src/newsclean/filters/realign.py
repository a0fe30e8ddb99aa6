"""The realignment test: a run of two-byte characters read again one byte later.

A one-byte slip pairs the trail byte of each character with the lead byte of the next.
Re-encoding the run (GBK or Big5) and decoding it from its second byte undoes that, and
the character model (``charmodel``) says which reading of the same bytes is the more
likely: the log-likelihood ratio of the realigned reading against the one as written,
less SLIP_COST for each byte lost without a mark.  See ``mojibake`` for the model of the
phenomenon, the thresholds and why.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from dataclasses import dataclass

from newsclean.filters.charmodel import (
    MARKS,
    is_han,
    is_rare,
    model,
    out_of_place,
    simplified,
    simplified_char,
    uncommon,
)
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.mojibake_punctuation import closing_lost, punctuation_half
from newsclean.filters.mojibake_split import lost_trail
from newsclean.filters.slip_start import LINE_MARKS as LINE_MARKS  # re-exported: layout marks
from newsclean.filters.slip_start import LINE_START_RUN, cut_edge
from newsclean.filters.slip_writing import in_words, latin_word, paired_bracket

#: Byte encodings a slipped stretch is re-read in: GBK (mainland pages, simplified or
#: traditional) and Big5 (Taiwan and Hong Kong pages).
ENCODINGS = ("gbk", "big5")
#: Prior odds against a slip starting at a given character (or a byte lost silently), nats.
SLIP_COST = 9.0
#: Log-likelihood ratio (nats) over which a realigned stretch is reported as a slip.
DETECT_LLR = 4.0
#: How many characters at the end of a run are judged before the whole run is, and
#: either side of an uncommon character when looking for a slip that left no mark.
WINDOW = 24
#: How far below DETECT_LLR a window or probe may fall and the whole still be judged.
WINDOW_MARGIN = 6.0
#: How much rarer (nats) a Latin letter is alone between two Han characters (A股, B超,
#: X光: a handful of words) than the model's letter in general, which mostly stands in
#: Latin words (GDP, APP).  A Big5 slip ends with one there far more often than a GBK one
#: (the trail bytes 0x40-0x7E are 40 % of Big5's and 33 % of GBK's).
LONE_LETTER = 2.0
#: The end of a line is a weaker right edge than a mark (nothing shows a byte was lost
#: there): a stretch that ends there needs this much more (nats).  A name ending a byline
#: ("記者楊堯茹", 4.2 nats in Big5) stays under it; a real slip ("放嫘摹" 10.2) does not.
LINE_END_MARGIN = 4.0
#: A stretch shorter than LINE_START_RUN at a line's free start pays this (round 38: 5, was
#: LINE_END_MARGIN; 蒹葭苍苍 read one byte on for three characters is 4.2 nats likelier).
SHORT_CUT = 5.0
#: Characters either side of an uncommon character in the first, cheap look.
PROBE = 4
#: The longest run realigned in one piece (a longer slip is realigned in its last part).
MAX_RUN = 200
#: A run of characters a two-byte encoding writes with two bytes each.
RUN_HEAD = lazy_re(r"[^\x00-\x7f\ufffd]*")
#: Where a slip can end: a mark or an ASCII character 0x40-0x7E right after a run.
EDGE = lazy_re(r"[?\ufffd@-~](?<=[^\x00-\x7f\ufffd][?\ufffd@-~])")


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


def _double_bytes(piece: str, encoding: str) -> bytes | None:
    """``piece`` in ``encoding`` when every character takes two bytes (a run a one-byte
    slip can have misread), else None."""
    try:
        data = piece.encode(encoding)
    except UnicodeEncodeError:
        return None
    return data if len(data) == 2 * len(piece) else None


def _two_byte_start(text: str, start: int, end: int, encoding: str) -> int:
    """Where the longest stretch of ``text[start:end]`` ending at ``end`` whose characters
    each take two bytes in ``encoding`` begins."""
    at = end
    while at > start and _double_bytes(text[at - 1], encoding) is not None:
        at -= 1
    return at


def _read_shifted(data: bytes, encoding: str) -> list[str | None]:
    """The characters ``data`` reads as one byte later (None where a pair reads as none)."""
    return [_pair(encoding, data[2 * i + 1 : 2 * i + 3]) for i in range(len(data) // 2 - 1)]


@functools.lru_cache(maxsize=1024)
def _scores(run: str, before: str = "") -> tuple[float, ...]:
    """The model's score of each character of ``run``, in simplified form (cached: both
    encodings, and the window and the whole run, judge the same text); ``before``, a
    letter before the run, for a run that continues its word ("sòa")."""
    return tuple(model().score("".join(map(simplified_char, run)), before))


def _letter_before(text: str, start: int) -> str:
    """The ASCII letter right before ``text[start]``, if there is one: a run of two-byte
    characters after it may be a letter continuing a Latin word (charmodel.ALPHABETS)."""
    before = text[start - 1] if start > 0 else ""
    return before if before.isascii() and before.isalpha() else ""


@dataclass(frozen=True, slots=True)
class Realignment:
    """A slipped stretch and its realigned reading."""

    start: int  # index in the line of the first character replaced
    end: int  # index after the last character replaced
    repaired: str
    llr: float
    encoding: str
    silent: bool = False  # ends where a byte was dropped without a mark


def start_cost(free: bool, s: int, e: int) -> float:
    """The prior against a slipped stretch ``[s, e)`` of a run starting where it does (nats):
    ``SLIP_COST`` inside text; nothing at the run's free edge (``free``: ``cut_edge``) for a
    stretch of ``LINE_START_RUN`` characters or more, ``SHORT_CUT`` for a shorter one
    there (a weaker sign: 絺兮 of a verse's 絺兮綌兮 is no slip).

    >>> [start_cost(free, s, e) for free, s, e in ((False, 0, 9), (True, 0, 9), (True, 0, 2))]
    [9.0, 0.0, 5.0]
    """
    if s != 0 or not free:
        return SLIP_COST
    return 0.0 if e - s >= LINE_START_RUN else SHORT_CUT


def _realign(text: str, start: int, end: int, encoding: str) -> Realignment | None:
    """The most likely slipped suffix of the run ``text[start:end]`` in ``encoding``."""
    following = text[end] if end < len(text) else ""
    if following and not (following in MARKS or "\x40" <= following <= "\x7e"):
        return None  # a digit, a space or punctuation ends no slip; the end of a line does
    if end - start > WINDOW:
        # A slip's evidence grows with its length: judge the last WINDOW characters
        # first, and the whole run only when they come near the threshold.
        near = _realign(text, end - WINDOW, end, encoding)
        if near is None or near.llr < DETECT_LLR - WINDOW_MARGIN:
            return near
    piece = text[start:end]
    data = _double_bytes(piece, encoding)
    if data is None:
        # A character the encoding has no two bytes for was never in a slipped stretch of
        # it (a page converted after the slip holds such forms: 煇 -> 𪸩): the run starts
        # after the last one, as it would on the text the slip left.
        start = _two_byte_start(text, start, end, encoding)
        piece = text[start:end]
        data = _double_bytes(piece, encoding) if end - start >= 2 else None
        if data is None:
            return None
    n = len(piece)
    # The right edge: the realigned reading leaves the run's last byte over.
    last = data[-1]
    tail, consumed, tail_score, split = "", 0, 0.0, False
    m = model()
    if last < 0x80:
        # The last slipped pair swallowed the first letter of a Latin word.
        if not following.isalpha():
            return None
        tail = chr(last)
        tail_score = m.logprob(tail)
    elif following in MARKS and last >= 0x81:
        # The mark is the trail byte of the character the slip split (mojibake_split).
        before = (_pair(encoding, data[-3:-1]) or "") if n >= 2 else ""
        named = lost_trail(last, before, text[end + 1 : end + 2], encoding)
        if named is not None:
            tail, tail_score = named
            consumed, split = 1, True
    elif following and following not in MARKS:
        # The ASCII character after the run is the last byte's partner: a lone one, for
        # after a trail byte read as ASCII the text is aligned again ("※fonfmedia.com"
        # begins a Latin word).
        after = text[end + 1] if end + 1 < len(text) else ""
        if after.isascii() and after.isalnum():
            return None
        recovered = _pair(encoding, bytes((last, ord(following))))
        if recovered is None:
            return None
        tail, consumed = recovered, 1
        tail_score = m.logprob(simplified(recovered)) - m.logprob(following)
        if after and is_han(after):
            tail_score += LONE_LETTER  # as written, a letter alone between Han characters
    shifted = _read_shifted(data, encoding)
    # An unreadable pair in the realigned reading bounds how far back the slip can start.
    first = 0
    for index, char in enumerate(shifted):
        if char is None:
            first = index + 1
    realigned = "".join(c or "?" for c in shifted[first:])
    realigned_scores = _scores(realigned)
    as_written = _scores(piece, _letter_before(text, start))
    absorbed = cut_edge(text, start, n)
    best: tuple[float, int] | None = None
    gain = tail_score
    for s in range(n - 1, first - 1, -1):  # suffix sums, right to left
        if s < n - 1:
            gain += realigned_scores[s - first]
        gain -= as_written[s]
        if s == n - 1 and (split or not tail):
            continue  # nothing recovered: the bytes determine no character
        llr = gain - start_cost(absorbed, s, n)
        if best is None or llr >= best[0]:  # on a tie, the longer stretch
            best = (llr, s)
    if best is None:
        return None
    llr, s = best

    orphan = "" if s == 0 and absorbed else "?"
    repaired = orphan + realigned[s - first :] + tail
    return Realignment(start + s, end + consumed, repaired, llr, encoding)


def _realign_silent(text: str, start: int, end: int, encoding: str) -> Realignment | None:
    """The most likely slipped stretch inside ``text[start:end]`` whose last byte the
    transcoder dropped without a mark (as ``iconv -c`` does), so that the text after it
    is aligned again: both edges are free, and each costs SLIP_COST."""
    piece = text[start:end]
    data = _double_bytes(piece, encoding)
    n = len(piece)
    if data is None or n < 2:
        return None
    shifted = _read_shifted(data, encoding)
    realigned = "".join(c or "?" for c in shifted)
    realigned_scores = _scores(realigned)
    as_written = _scores(piece, _letter_before(text, start))
    absorbed = cut_edge(text, start, n)
    # Stretch [s, e): realigned pairs s .. e-2, and the last character's second byte lost.
    # LLR(s, e) = sum(D[s:e-1]) - as_written[e-1] - left(s) - SLIP_COST, D = realigned -
    # as written; the best s for each e is carried along (a maximum-subarray scan).
    best: tuple[float, int, int] | None = None
    running = 0.0  # sum of D[best_s : k]
    best_s = -1
    for k in range(n - 1):
        if shifted[k] is None:
            best_s = -1  # an unreadable pair: no stretch spans it
            continue
        # Start anew at k when that start, at its longest reach (the window's end), costs
        # less than the stretch so far from best_s.
        if best_s < 0 or -start_cost(absorbed, k, n) > running - start_cost(absorbed, best_s, n):
            best_s, running = k, 0.0
        running += realigned_scores[k] - as_written[k]
        # A short stretch at the free edge pays SHORT_CUT (as one ending at the line's
        # end does): 絺兮綌兮 (a verse's rare words) read one byte on for two characters and
        # a byte lost after them is 6.7 nats likelier, no slip.
        llr = running - as_written[k + 1] - start_cost(absorbed, best_s, k + 2) - SLIP_COST
        # At least two characters realigned: one alone is no evidence of a run that slipped.
        if k > best_s and (best is None or llr >= best[0]):
            best = (llr, best_s, k + 2)
    if best is None:
        return None
    llr, first, last = best
    orphan = "" if first == 0 and absorbed else "?"
    repaired = orphan + realigned[first : last - 1] + "?"
    return Realignment(start + first, start + last, repaired, llr, encoding, silent=True)


def _silent_candidates(text: str, start: int, end: int, at: int) -> list[Realignment]:
    """Slips without a mark around the uncommon character ``text[at]`` of the run
    ``text[start:end]``: a cheap probe first, the wide window only when it comes near."""
    found: list[Realignment] = []
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


def realignments(text: str, *, edges: bool = True) -> list[Realignment]:
    """The slipped stretches of a line, most likely first where they overlap (``edges``
    False: the caller knows the line has no mark and no ASCII glued to a run)."""
    candidates: list[Realignment] = []

    def keep(found: Realignment | None, margin: float = 0.0) -> None:
        if found is not None and found.llr >= DETECT_LLR + margin:
            candidates.append(found)

    # Runs before a mark or an ASCII character 0x40-0x7E: a slip can end there.
    for edge in EDGE.finditer(text) if edges else ():
        end = edge.start()
        following = edge.group()
        start = _run_start(text, end, MAX_RUN)
        if following not in MARKS and latin_word(text, start, end):
            continue  # jíxiánɡwù: pinyin letters inside a Latin word, not shifted pairs
        if paired_bracket(text, end):
            continue  # [责任编辑:徐虹]: a writer's bracket, its partner in the line
        if following not in MARKS:
            # Before a Latin word one of the run's last two characters must be rare, or the
            # last out of place: a slip leaves one there, and "的GDP" is ordinary.
            # A lone ASCII character between Han characters ("能先丹b加油站") is always
            # judged: it is a trail byte, or a one-letter word the model must explain ("_"
            # and "|" separate words; a pinyin gloss "（sūn" has a letter after it).
            lone = following not in "_|" and end + 1 < len(text) and is_han(text[end + 1])
            if not lone:
                tail = range(max(start, end - 2), end)
                if not any(is_rare(text[i]) for i in tail) and not out_of_place(text, end - 1):
                    continue
        for encoding in ENCODINGS:
            keep(_realign(text, start, end, encoding))
    # The end of the line: a slip that runs to it leaves its last byte alone there, and the
    # decoder drops it (or writes a mark, found above).  Looked at when one of the last two
    # characters is rare, as before a Latin word, or when a line of full-width prose ends
    # in the lead byte of a punctuation row (round 37, ``closing_lost``): its closing mark
    # read one byte off, which shows where the byte went (no LINE_END_MARGIN then).
    end = len(text)
    last_uncommon = end >= 2 and uncommon().search(text, end - 2) is not None
    closing = end >= 2 and closing_lost(text)
    if (last_uncommon or closing) and text[-1] not in MARKS and not text[-1].isascii():
        start = _run_start(text, end, MAX_RUN)
        for encoding in ENCODINGS:
            found = _realign(text, start, end, encoding)
            # Reported, never repaired: the edge is a guess (as for a silent loss).
            margin = 0.0 if closing and punctuation_half(text[-1], encoding) else LINE_END_MARGIN
            keep(found and dataclasses.replace(found, silent=True), margin)
    # A slip that left no mark: looked for around each uncommon character, within its run.
    reach = 0
    for match in uncommon().finditer(text):
        at = match.start()
        if at < reach or text[at] in MARKS or in_words(text, at):
            continue
        start = _run_start(text, at, WINDOW)
        end = RUN_HEAD.match(text, at, at + WINDOW + 1).end()  # type: ignore[union-attr]
        for found in _silent_candidates(text, start, end, at):
            keep(found)
            reach = max(reach, found.end)
    # The most likely first; another that overlaps it explains the same bytes worse.  The
    # chosen stretches never overlap, so kept in order their ends are in order too, and
    # one bisection finds the only one that could overlap a candidate (linear on a long line).
    chosen: list[Realignment] = []
    starts: list[int] = []
    for found in sorted(candidates, key=lambda c: -c.llr):
        at = bisect.bisect_left(starts, found.end)
        if at and chosen[at - 1].end > found.start:
            continue
        at = bisect.bisect_left(starts, found.start)
        starts.insert(at, found.start)
        chosen.insert(at, found)
    return chosen

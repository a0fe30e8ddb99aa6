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
right after a mark, where bytes were lost anyway, and reads unlike text there (an
uncommon character in it: round 28; ordinary words after a mark, 左方���仍被堵, read one
byte on are one character shorter, and that alone wins them ~6 nats).  A stretch that
ends inside a run (a byte dropped silently) is scored the same way over [s, e), with a
second SLIP_COST for the silent loss and at least two characters realigned; it is looked
for within WINDOW characters of each uncommon character of the line (a probe of PROBE characters
either side first), since a slipped stretch is about half uncommon characters.  Such a
stretch is reported, never repaired: both its edges are guesses, and a page converted to
simplified between two cleanings could read differently the second time.  The best
stretch is kept:

* LLR >= DETECT_LLR (4 nats, 55:1 after the prior) reports the stretch;
* LLR >= REPAIR_LLR (10 nats, 22,000:1) also replaces it with the realigned reading, and
  only if the repaired line would not be repaired again (so cleaning is idempotent).
  On the generated slips of the tests, repairs at 8-9 nats recover one character and
  sometimes turn a sound neighbour into "?"; none at 10 or more does.

On the clean text the tests use (real sentences, the fixtures, the evaluation pages
without their injected lines) no run scores above 2 nats; slips of three characters or
more score 10 to 100.  The half-characters at a stretch's edges lost their other byte:
they stay "?", and nothing is invented.

Further right edges, each weaker or stronger than a mark:

* a GB18030 decoder writes a pair of GBK's user-defined areas as a private-use character
  (U+E000-U+E765): a mark, put in place of U+FFFD one for one;
* the end of a line: a slip that runs to it leaves its orphan byte there, which the
  decoder drops; nothing shows it, so such a stretch needs LINE_END_MARGIN (4 nats) more,
  is looked for only when one of the last two characters is uncommon, and is reported,
  never repaired.  Round 37: a line of full-width prose that ends in a character whose
  second byte leads a punctuation row (``mojibake_punctuation.closing_lost``: 碧空缦础, 础 B4 A1)
  ends in its closing mark read one byte off; that shows where the byte went, the run is
  judged without the margin, and so is a line where no character of the run is uncommon;
* a lone ASCII character between Han characters (a Big5 trail byte: "能先丹b加油站") is
  always realigned, and as written it pays LONE_LETTER (2 nats): a letter alone between
  Han characters is rarer than one in a Latin word (A股, B超, X光 are a handful of words);
* the first byte of a line lost (a cut at a byte offset) needs no prior on runs of four
  characters or more.

Stretches too short to realign (one character, or none: a whole character lost to a mark)
are reported, never repaired, when the evidence is local: a U+FFFD beside Han text; a "?"
beside a rare character, after a character that is out of place (log P(c | previous) <
IMPROBABLE) or in the other script than its line (``slip_script``: "嚴正创?這次"), opening a line
or a clause before Han text ("、?家主席"), or after a clause of one character ("，夜?首条"),
glued before a number after words that ask nothing ("收假?1天"), or closing a line of
full-width prose after words that ask nothing and read one byte off ("美食髟住?", round 38:
after words that read well it is a writer's question by intonation); a stray lower-case
letter or ASCII symbol glued to Han text after an out-of-place character or at the start
of a line, an unpaired bracket or symbol there anywhere ("億元{升為", round 38); an
uncommon stretch before an ASCII letter or digit whose bytes read one byte on, an unknown
byte at each end, are far likelier (``slip_ascii``: "民捰5成", round 38); a symbol-row
character (charmodel.SYMBOL_ROW: circled numbers, kana, Cyrillic, pinyin and bopomofo
letters, box drawing, math operators, vertical forms) alone between Han characters or
opening a clause ("常委⒐务院").  A writer's "?" after ordinary words
("有关系吗?", "水價?我") is left alone, and so are the symbols real pages put between Han
characters (○ in 王○明, ∕ in bylines, 明報's ﹕, ① after a colon, 和β射线, kana or zhuyin quoted,
「ㄒ一ㄝˋ」: a slip leaves one letter alone, a line writing the alphabet has several).

What stays unflagged: a character replaced by one common character (two bytes lost, or a
Big5 pair whose lead byte was lost and whose trail byte reads as a letter: "暴W的" for
"暴增的") carries about 5 nats against the 9-nat prior; a "?" where a punctuation mark
stood ("支持?3成", "?來源:"); a lower-case letter opening a line ("o翻激烈" for "這翻激烈":
"a股" is ordinary) unless the model names the character whose trail byte it is
(``mojibake_split.cut_trail``: "j陸首善" is "大陸首善"); a silent slip made only of common
characters ("乱悦篮玫男" for "致以美好的").  Measured per shape on real lines by
``benchmarks/slip_stress.py`` (figures in docs/filters.md, round 36).

Speed: a line is looked at only when C-level scans find a mark, an ASCII character
0x40-0x7E glued to a two-byte character, a stray character opening the line, or an
uncommon character (outside the 4,650 most frequent simplified characters, their
traditional forms and ordinary punctuation); before a Latin word ("的GDP"), a run is
realigned only if one of its last two characters is rare or the last is out of place.
Round 41: a reported (unrepaired) stretch leaves out a writer's word opening it, a pair the
conversion knows as a phrase (``彷彿糁?`` for 彷彿隔著: the slip is ``糁?``).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from dataclasses import dataclass

from newsclean.document import Evidence
from newsclean.filters.charmodel import (
    MARKS,
    ORDINARY,
    SYMBOL_ROW,
    alphabet,
    common_characters,
    is_common,
    is_rare,
    uncommon,
)
from newsclean.filters.convert import convert_text
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.memo import per_switch
from newsclean.filters.mojibake_marks import (
    lost_indent,
    marked_stretches,
    merge,
    stray_symbols,
)
from newsclean.filters.mojibake_punctuation import closing_lost
from newsclean.filters.mojibake_split import CUT_TRAIL, cut_trail, lone_trails
from newsclean.filters.mojibake_stray import STRAY_AT_START, wave_dash
from newsclean.filters.realign import DETECT_LLR, SLIP_COST, realignments
from newsclean.filters.slip_ascii import stretches as before_ascii

__all__ = [
    "DETECT_LLR",
    "REPAIR_LLR",
    "SLIP_COST",
    "MojibakeResult",
    "MojibakeSpan",
    "evidence",
    "find_mojibake",
    "is_common",
    "is_rare",
    "no_slip_sign",
]

NAME = "mojibake"
#: The encoding of a span that is a paragraph's indentation lost to marks (round 37).
INDENT = "indentation lost to marks"

#: Log-likelihood ratio (nats) over which the realigned text replaces what was there.
REPAIR_LLR = 10.0

HAN = "\u3400-\u9fff\uf900-\ufaff"
#: An ASCII character 0x40-0x7E right after a two-byte character: a Latin word ("的GDP"),
#: or a trail byte read as ASCII.  Searched from the ASCII character, the rarer of the two.
GLUED_ASCII = lazy_re(r"[@-~](?<=[^\x00-\x7f\ufffd][@-~])")
#: A repaired reading holding a symbol-row character is itself a sign of a slip: never
#: written in (仸赇? would become ?﹃?), the stretch is only reported.
REPAIR_SYMBOL = lazy_re(f"[{SYMBOL_ROW}]")
#: A symbol printed twice in a row (──, ……, ★★): a writer's dash, ellipsis or rule.  A
#: slip's shifted pairs repeat only where the text's own bytes repeat, and a symbol of
#: rows A1-A9 needs the pair after it to lead with a kana or symbol row's byte (─ is A9 A4
#: in GBK: ── shifted from text would need a hiragana between two A9 trails): no Chinese
#: text slipped prints one twice (round 39).  Marks are the decoder's, not the writer's.
DOUBLED_SYMBOL = lazy_re(r"([^\w\s?\ufffd])\1")
#: Where GB18030 decoders put the pairs of GBK's user-defined areas (AAA1-AFFE, F8A1-FEFE,
#: A140-A7A0): a pair a shifted reading lands on there is a mark.  Icon fonts use the
#: private-use area too, mostly from U+E800 and U+F000 on.
PRIVATE_USE = lazy_re("[\ue000-\ue765]")


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


@functools.cache
def _signs() -> re.Pattern[str]:
    """Every character a sign of a slip starts with: a mark ("?", U+FFFD), an ASCII
    character 0x40-0x7E (a glued trail byte or a stray symbol is one) or an uncommon
    character (``charmodel.uncommon``)."""
    common = "".join(sorted(common_characters()))
    return re.compile(rf"[^\x00-\x3e\x7f{common}{ORDINARY}]")


def no_slip_sign(text: str) -> bool:
    """Whether the line shows none of the signs a slip leaves (a mark, an ASCII character
    0x40-0x7E glued to a two-byte character, a stray symbol opening the line, an uncommon
    character), so that ``find_mojibake`` finds nothing in it.  Exact, and one C-level
    scan for most lines: a second one only for a line with Latin letters or a mark.

    >>> no_slip_sign("總投資4500萬元的項目建設完成。"), no_slip_sign("來源: fonfmedia.com")
    (True, True)
    >>> no_slip_sign("援助山南??偼度?.2億元"), no_slip_sign("報紙諿挭@意")
    (False, False)
    """
    if _signs().search(text) is not None and (_has_edge(text) or uncommon().search(text)):
        return False
    return not closing_lost(text)  # asked once per line (review 37a)


def _has_edge(text: str) -> bool:
    """A place a slip can end (a mark, an ASCII character glued to a two-byte character)
    or start (a stray symbol opening the line)."""
    return (
        "?" in text
        or "\ufffd" in text
        or GLUED_ASCII.search(text) is not None
        or STRAY_AT_START.match(text) is not None
        or CUT_TRAIL.match(text) is not None
    )


def find_mojibake(text: str, *, repair: bool = True) -> MojibakeResult:
    """Find slipped-byte stretches in one line, and repair those the model supports.

    >>> find_mojibake("援助山南??偼度?.2億元").text
    '援助山南??投?.2億元'
    >>> find_mojibake("陳揮文在報紙諿挭@意自我反省道歉").text  # Big5, no "?": the @ is a trail byte
    '陳揮文在報紙?書願意自我反省道歉'
    >>> find_mojibake("總投資4500萬元的項目建設完成。").spans
    ()
    """
    if no_slip_sign(text):
        return MojibakeResult(text, ())  # the gate, asked once: _find trusts it
    found = _find(text, repair=repair)
    if repair and found.spans and any(span.repaired is not None for span in found.spans):
        # A repair must be stable: if the repaired line would be repaired again, the model
        # does not settle on one reading, and the line is only reported.
        again = () if no_slip_sign(found.text) else _find(found.text, repair=True).spans
        if any(span.repaired is not None for span in again):
            # What _find(text, repair=False) gives: the same spans, none repaired.
            reported = [dataclasses.replace(span, repaired=None) for span in found.spans]
            return _result(text, reported)
    return found


@per_switch  # a pure function of the line: a site's pages repeat their lines
def _find(original: str, *, repair: bool) -> MojibakeResult:
    text = original
    # A slip ends at a mark, at an ASCII character glued to a two-byte character, at the
    # start of a line, or (silently) among uncommon characters; the caller has asked
    # ``no_slip_sign`` (the line shows one of them, or ends in a closing mark read off).
    edges = _has_edge(text)
    # A GB18030 decoder reads a pair it has no character for as a private-use character
    # (uncommon, so only lines past the gate have one): a mark like U+FFFD, put in its
    # place one for one so that every index stays the same.
    if PRIVATE_USE.search(original) is not None:
        text = PRIVATE_USE.sub("\ufffd", original)
        edges = True
    spans: list[MojibakeSpan] = []
    claimed = 0  # the end of the span before: marks between two stretches go to the first
    letters: Counter[str] | None = None  # the line's letters per alphabet, counted once
    for found in realignments(text, edges=edges):
        if DOUBLED_SYMBOL.search(text, found.start, found.end) is not None:
            continue  # 憨古──荒誕: a writer's dash or rule, no shifted pairs (round 39)
        if wave_dash(text, found.end - 1):
            continue  # 理由咩~): a wave dash drawing a particle out, no trail byte
        if found.silent:
            letters = letters if letters is not None else Counter(map(alphabet, text))
            if _writes_its_letters(text[found.start : found.end], letters):
                continue  # 著作権は原作者: kana the line writes elsewhere too, not a slip's
        # The span takes in the marks around it: they are part of the same damage.
        start, end = found.start, found.end
        while start > claimed and text[start - 1] in MARKS:
            start -= 1
        while end < len(text) and text[end] in MARKS:
            end += 1
        claimed = end
        repaired = None
        if (
            repair
            and found.llr >= REPAIR_LLR
            and not found.silent
            and REPAIR_SYMBOL.search(found.repaired) is None
        ):
            repaired = text[start : found.start] + found.repaired + text[found.end : end]
        if repaired is None:
            start = _past_word(text, start, end)  # 彷彿糁?: the writer's word stays outside
        llr = round(found.llr, 1)
        spans.append(MojibakeSpan(start, end, original[start:end], repaired, found.encoding, llr))
    # A lone trail byte after the marks of its lost lead (mojibake_split, round 35).
    trails = lone_trails(text) if edges and ("?" in text or "\ufffd" in text) else []
    for left, right, mended in trails:
        _add_free(
            spans, MojibakeSpan(left, right, original[left:right], mended if repair else None)
        )
    # A trail byte opening a line cut at a byte offset (mojibake_split, round 36).
    if edges and (cut := cut_trail(text)) is not None:
        left, right, named = cut
        _add_free(spans, MojibakeSpan(left, right, original[left:right], named if repair else None))
    local = marked_stretches(text) if edges else []
    symbols = stray_symbols(text)
    for left, right in merge(sorted(local + symbols)) if symbols else local:
        if repair and not spans and lost_indent(text, left, right):
            _add_free(spans, MojibakeSpan(left, right, original[left:right], "", INDENT))
            continue  # the indentation's marks (round 37): taken out like the indentation
        _add_free(spans, MojibakeSpan(left, right, original[left:right]))
    # A slip before an ASCII character that left no mark (slip_ascii, round 38): reported.
    for left, right in before_ascii(text):
        _add_free(spans, MojibakeSpan(left, right, original[left:right]))
    return _result(original, spans)


def _is_word(word: str) -> bool:
    """A writer's word (round 41): two Han letters the conversion knows as a phrase,
    converted whole otherwise than letter by letter (彷彿 -> 仿佛, not 彷佛)."""
    if len(word) != 2 or not all("\u4e00" <= c <= "\u9fff" for c in word):
        return False
    return convert_text(word, "t2s") != "".join(convert_text(c, "t2s") for c in word)


def _past_word(text: str, start: int, end: int) -> int:
    """Where a reported stretch starts, a writer's word opening it left out (``彷彿糁?``)."""
    return start + 2 if end - start > 2 and _is_word(text[start : start + 2]) else start


def ends_word(text: str, index: int) -> bool:
    """Whether a writer's word ends at ``index`` (``convert_damaged`` widens no further)."""
    return index >= 2 and _is_word(text[index - 2 : index])


def _add_free(spans: list[MojibakeSpan], span: MojibakeSpan) -> None:
    """Insert ``span`` into ``spans`` (in order, none overlapping) unless it overlaps one:
    the stretch found first explains those characters.  One bisection (linear on a line
    of many stretches)."""
    at = bisect.bisect_left(spans, span.start, key=lambda found: found.start)
    if at and spans[at - 1].end > span.start:
        return
    if at < len(spans) and spans[at].start < span.end:
        return
    spans.insert(at, span)


def _writes_its_letters(stretch: str, letters: Counter[str]) -> bool:
    """Whether a letter of an alphabet in ``stretch`` has two more of its alphabet
    elsewhere in the line (``letters``: the line's count per alphabet): the line writes
    that alphabet (Japanese between kanji), and a silent stretch, reported on the model's
    odds alone, is no evidence against it."""
    inside = Counter(map(alphabet, stretch))
    return any(letters[kind] - count >= 2 for kind, count in inside.items() if kind)


def _result(original: str, spans: list[MojibakeSpan]) -> MojibakeResult:
    """The line with each span (in order) replaced by its repair, where it has one."""
    if not spans:
        return MojibakeResult(original, ())
    out: list[str] = []
    position = 0
    for span in spans:
        out.append(original[position : span.start])
        out.append(span.repaired if span.repaired is not None else span.text)
        position = span.end
    out.append(original[position:])
    return MojibakeResult("".join(out), tuple(spans))


def evidence(result: MojibakeResult) -> list[Evidence]:
    found: list[Evidence] = []
    for span in result.spans:
        if span.repaired is not None:
            found.append(Evidence(NAME, "repaired", f"{span.text} -> {span.repaired}"))
        else:
            found.append(Evidence(NAME, "detected", span.text))
    return found

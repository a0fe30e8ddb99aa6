"""Strip the pinyin glosses a mirror glued after Han characters: 發(fā)展 -> 發展.

Grammar of a mirror gloss
-------------------------
::

    gloss     := host pad? open pad? syllables pad? close
    open      := "(" | "（"         close := ")" | "）"     (any mix: 發(fā）)
    pad       := 1-2 of: space, tab, U+3000, U+00A0       (發 (fā), 發( fā ))
    syllables := syllable (sep syllable)*                (發展(fā zhǎn), 發展(fā'zhǎn))
               | 2-4 syllables glued, split by the readings of the host (發展(fāzhǎn))
    sep       := a run of: space, U+3000, U+00A0, ' ’ - ·
    syllable  := 1-7 of: a-z, ü, tone-marked vowels, combining tone marks (any case), where
                 one "?" may stand for a tone-marked vowel a legacy encoding lost (產(ch?n))
    host      := the n Han characters just before the gloss, n = number of syllables, n <= 4
    run       := a gloss followed by more glosses of the same host (a mirror that ran
                 twice: 發(fā)(fā)); the whole run comes off in one pass, so cleaning is
                 idempotent.

The bracket holds at most 40 characters, and no bracket or line break.

**Reading check.**  Syllable *i* must be a reading of host character *i*, or of its
simplified form (``simplify``, for mirrors that glossed before or after converting), in
newsclean's table generated from pypinyin (``pinyin_readings``).  So real parentheses
survive: 村(社區), (北京), (GDP), 今(13)日, 人工智慧(AI), 行(bā).  A gloss is *toned* when
one syllable has a tone mark or a ``?``; a toneless one (的(de)) is removed only on a
page judged a mirror, and never counts as evidence for it.

**White space.**  The pad before the bracket belongs to the gloss.  The pad after the
closing bracket goes too when there was pad before it and a Han character follows (a
gloss padded on both sides: 發 (fā) 展 -> 發展); otherwise it is the text's own
(樂(lè) 毅, a name spaced by its page).

Page-level decision
-------------------
A gloss that passes the grammar and the reading check may still be real: an article
about the language (the readings of 发), or a note on a place name's special reading
(六(lù)安, 蚌(bèng)埠).  Such a text glosses a character once where it is discussed; a
mirror glosses a fixed set of characters wherever they occur, in running text, title
and byline alike.  ``scan_page`` measures, over the page's non-spam lines:

* *positions*: the glossed character positions (a doubled gloss counts once);
* *coverage*: positions / every occurrence of the glossed characters (or their
  simplified forms) on the page;
* *talk*: share of glosses on a line that talks about reading (``data/pinyin_talk_cues.txt``:
  读音, 拼音, 读作, ...);
* *inline*: share of glosses whose host sits in running text (a Han character before the
  host or after the gloss), against a textbook-like list of isolated characters;
* *common*: share of positions on an everyday character (in at least
  ``COMMON_PHRASES`` of pypinyin's phrases: 發 588, 業 119, 六 124; 盱 1, 亳 0);
* *special*: share of positions whose reading is not the character's first one in
  pypinyin's order (六 liù,**lù**; 蚌 bàng,**bèng**).

* *density*: positions per 1000 Han characters of the page.

The page is a mirror, and every gloss on it comes off, when it has a doubled gloss
(nobody writes 發(fā)(fā) on purpose), or a gloss inside a byline label followed by a
colon (責(zé)任編輯:, 發(fā)布時間: — ``data/pinyin_byline_labels.txt``; a note on a reading
never sits in a field label), or when it has at least ``MIN_POSITIONS`` (2)
positions that follow the mirror's habit — they cover at least ``MIN_COVERAGE`` (half)
of the occurrences of their characters; or the page is dense (at least
``MANY_POSITIONS`` (10) positions and ``DENSE_PER_MILLE`` (100) per 1000 characters: a
mirror that glosses every second or third character covers only a third to a half of
each character's occurrences); or the glosses are a habit (at least ``MANY_POSITIONS``
positions on at least ``MANY_CHARACTERS`` (4) different characters: a mirror that
glossed only the article and not the related-links block or the other articles of the
page covers less than half, but still glosses a dozen characters, where a note on a
reading glosses one or two) — and show no sign of a note: talk < 1/2, inline >= 1/2,
common >= 1/2, and (with fewer than ``MANY_POSITIONS`` positions) special <= 1/2.

Why these lines: half is the line between "the page's habit" and "an exception"; a
mirror that glosses a set of characters glosses nearly every occurrence (the reference
page: 153 of 153; real mirror pages in ``tests/data/pinyin_pages.txt``: 16 of 19 and
more, the misses in headers the mirror skipped), while a page about 六安 names 六 a
dozen times and glosses it once or twice.  One gloss alone is never enough: it is what
a note looks like, and leaving one gloss costs less than deleting a note.  A language
note glosses a handful of characters, so the "less usual reading" sign is only trusted
below ten positions, where a mirror's context readings (長 cháng) cannot outweigh it.
Otherwise every gloss stays, and ``--explain`` says why on each line that has one
(``kept: page has 1 gloss, no mirror pattern``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from newsclean.data import data_lines
from newsclean.document import Evidence
from newsclean.filters.pinyin_readings import (
    COMBINING_TONES,
    LOST_VOWEL,
    TONE_MARKED,
    has_tone,
    is_reading,
    mask,
    normalize_syllable,
    phrases,
    reading_forms,
    readings,
    simplified,
)

NAME = "pinyin"

__all__ = [
    "ANNOTATION",
    "NAME",
    "TONE_MARKED",
    "Gloss",
    "PageGlosses",
    "PageVerdict",
    "PinyinResult",
    "evidence",
    "find_glosses",
    "scan_page",
    "strip_annotations",
]

_PINYIN_LETTERS = "a-zA-Zü" + TONE_MARKED + TONE_MARKED.upper()
#: The plainest gloss, one Han character and one glued syllable (kept for the tests'
#: residue checks; the filter itself reads the full grammar below).
ANNOTATION = regex.compile(r"(\p{Han})[(（]([" + _PINYIN_LETTERS + r"]{1,7})[)）]")

PAD = " \t\u3000\u00a0"
PAD_LIMIT = 2
MAX_HOST = 4
SYLLABLE_LIMIT = 7
#: A bracket and up to 40 characters without a bracket or line break: each opening bracket
#: is tried once and scans at most 40 characters, so the search is linear on any input.
BRACKET = regex.compile(r"[(（]([^()（）\n\r]{1,40})[)）]")
SEPARATOR = regex.compile(r"[\s'’\-·]+")
SYLLABLE_SHAPE = regex.compile(
    r"[a-zü" + TONE_MARKED + COMBINING_TONES + r"\u0308" + regex.escape(LOST_VOWEL) + r"]+"
)
HAN = regex.compile(r"\p{Han}")
HAN_RUN = regex.compile(r"\p{Han}+")
#: The Han characters (at most four) that end where a bracket's pad begins.
HOST_TAIL = regex.compile(r"\p{Han}{1,4}\Z")

MIN_POSITIONS = 2
MIN_COVERAGE = 0.5
MANY_POSITIONS = 10
DENSE_PER_MILLE = 100
MANY_CHARACTERS = 4
COMMON_PHRASES = 5


class Gloss(NamedTuple):
    """One gloss found in a line: the span that comes off, and what it glossed."""

    start: int  # of the span removed (pad before the bracket included)
    end: int
    host_start: int
    host: str
    syllables: tuple[str, ...]
    shown: str  # host and bracket as written: 發展(fā zhǎn)
    toned: bool
    doubled: bool  # a further gloss of a host already glossed: 發(fā)(fā)


@dataclass(frozen=True, slots=True)
class PinyinResult:
    text: str
    stripped: tuple[str, ...]  # the glosses removed, e.g. ("發(fā)",)
    kept: tuple[str, ...] = ()  # glosses left because the page is not a mirror
    reason: str = ""


def _tokens(content: str) -> list[str] | None:
    """The syllables written in a bracket, or None when it cannot be pinyin."""
    tokens = [t for t in SEPARATOR.split(normalize_syllable(content.strip(PAD))) if t]
    if not tokens or len(tokens) > MAX_HOST:
        return None
    for token in tokens:
        if not SYLLABLE_SHAPE.fullmatch(token) or token.strip(LOST_VOWEL) == "":
            return None
        if len(tokens) > 1 and (len(token) > SYLLABLE_LIMIT or token.count(LOST_VOWEL) > 1):
            return None
    return tokens


def _segment(
    token: str, chars: str, simplify: Callable[[str], str] | None
) -> tuple[str, ...] | None:
    """``token`` split into one reading of each of ``chars`` in turn (fāzhǎn -> fā, zhǎn)."""
    if not chars:
        return () if not token else None
    for form in sorted(reading_forms(chars[0], simplify), key=len, reverse=True):
        if token.startswith(form):
            rest = _segment(token[len(form) :], chars[1:], simplify)
            if rest is not None:
                return (form, *rest)
    return None


@lru_cache(maxsize=1 << 16)
def _match_host(
    before: str, content: str, simplify: Callable[[str], str] | None
) -> tuple[int, tuple[str, ...], bool] | None:
    """(host length, syllables, toned) when ``content`` glosses the end of ``before``.

    ``before`` is the (up to four) Han characters before the bracket.  Pure, so cached:
    a mirror page repeats the same few glosses.
    """
    tokens = _tokens(content)
    if tokens is None:
        return None
    if len(tokens) > 1:
        host = before[-len(tokens) :]
        # A word's neutral-tone syllable is written without a tone (媽媽(mā ma)), but the
        # word must carry one tone-marked syllable that is an exact reading.
        if (
            len(host) == len(tokens)
            and _is_toned(tuple(tokens))
            and all(
                is_reading(char, token, simplify, neutral=not (has_tone(token) or "?" in token))
                for char, token in zip(host, tokens, strict=True)
            )
        ):
            return len(tokens), tuple(tokens), True
        return None
    token = tokens[0]
    single = len(token) <= SYLLABLE_LIMIT and token.count(LOST_VOWEL) <= 1
    if single and before and is_reading(before[-1], token, simplify):
        return 1, (token,), _is_toned((token,))
    for size in range(2, min(len(before), MAX_HOST) + 1):
        split = _segment(token, before[-size:], simplify)
        if split is not None:
            return size, split, _is_toned(split)
    return None


def _is_toned(syllables: tuple[str, ...]) -> bool:
    return any(has_tone(s) or LOST_VOWEL in s for s in syllables)


def find_glosses(text: str, simplify: Callable[[str], str] | None = None) -> list[Gloss]:
    """Every gloss in ``text`` (toned or not), left to right, by the grammar above.

    >>> [g.shown for g in find_glosses("發展(fā zhǎn)，產 （ch?n）業，村(社區)")]
    ['發展(fā zhǎn)', '產（ch?n）']
    """
    if "(" not in text and "（" not in text:
        return []
    found: list[Gloss] = []
    previous: Gloss | None = None
    previous_close = -1
    previous_before = ""
    for bracket in BRACKET.finditer(text):
        open_at = start = bracket.start()
        while start > 0 and open_at - start < PAD_LIMIT and text[start - 1] in PAD:
            start -= 1
        doubled = previous is not None and previous_close == start
        if previous is not None and doubled:
            # A further gloss of the same host (發(fā)(fā)) glosses the previous one's host.
            host_end = previous.host_start + len(previous.host)
            before = previous_before
        else:
            host_end = start
            tail = HOST_TAIL.search(text, max(0, host_end - MAX_HOST), host_end)
            if tail is None:
                continue
            before = tail.group()
        matched = _match_host(before, bracket.group(1), simplify)
        if matched is None:
            continue
        size, syllables, toned = matched
        end = close = bracket.end()
        if start < open_at and not doubled:
            while end < len(text) and end - close < PAD_LIMIT and text[end] in PAD:
                end += 1
            if end == len(text) or not HAN.match(text, end):
                end = close
        host = before[-size:]
        gloss = Gloss(
            start, end, host_end - size, host, syllables, host + bracket.group(), toned, doubled
        )
        found.append(gloss)
        previous, previous_close, previous_before = gloss, close, before
    return found


def _remove(text: str, glosses: Sequence[Gloss]) -> str:
    pieces: list[str] = []
    at = 0
    for gloss in glosses:
        pieces.append(text[at : gloss.start])
        at = gloss.end
    pieces.append(text[at:])
    return "".join(pieces)


def strip_annotations(text: str, *, simplify: Callable[[str], str] | None = None) -> PinyinResult:
    """Remove every toned gloss of ``text`` (one line, no page-level decision).

    The pipeline decides per page with ``scan_page``; this is the line-level mechanism,
    for a text already known to come from a mirror.

    >>> strip_annotations("發(fā)展 村(社區(qū)) 產業（chǎn yè）").text
    '發展 村(社區) 產業'
    """
    glosses = [g for g in find_glosses(text, simplify) if g.toned]
    if not glosses:
        return PinyinResult(text, ())
    return PinyinResult(_remove(text, glosses), tuple(g.shown for g in glosses))


@cache
def _talk_cues() -> regex.Pattern[str]:
    cues = sorted((f[0] for f in data_lines("pinyin_talk_cues.txt")), key=len, reverse=True)
    return regex.compile("|".join(map(regex.escape, cues)))


@cache
def _byline_label() -> regex.Pattern[str]:
    labels = sorted((f[0] for f in data_lines("pinyin_byline_labels.txt")), key=len, reverse=True)
    return regex.compile("(?:" + "|".join(map(regex.escape, labels)) + r")(?=[ \u3000]{0,2}[:：])")


def _in_byline_labels(
    text: str, glosses: Sequence[Gloss], simplify: Callable[[str], str] | None
) -> int:
    """How many of the line's glosses sit inside a byline label: 責(zé)任編輯:李迪."""
    cleaned = _remove(text, glosses)
    if simplify is not None:
        converted = "".join(simplified(char, simplify) for char in cleaned)
        cleaned = converted if len(converted) == len(cleaned) else cleaned
    spans = [match.span() for match in _byline_label().finditer(cleaned)]
    if not spans:
        return 0
    inside = removed = 0
    for gloss in glosses:
        at = gloss.host_start - removed
        inside += gloss.toned and any(start <= at < end for start, end in spans)
        removed += gloss.end - gloss.start
    return inside


@dataclass(frozen=True, slots=True)
class PageVerdict:
    """The page-level decision, with the figures it was made from."""

    strip: bool
    reason: str
    glosses: int = 0
    positions: int = 0
    characters: int = 0
    coverage: float = 0.0


def _first_reading(char: str, syllable: str, simplify: Callable[[str], str] | None) -> bool:
    table = readings()
    for one in {char, simplified(char, simplify) if simplify else char}:
        found = table.of(one)
        if found.readings and (
            syllable == found.readings[0]
            or (LOST_VOWEL in syllable and syllable == mask(found.readings[0]))
        ):
            return True
    return False


def _judge(
    texts: Sequence[str],
    found: Sequence[Sequence[Gloss]],
    simplify: Callable[[str], str] | None,
) -> PageVerdict:
    toned = [(index, g) for index, glosses in enumerate(found) for g in glosses if g.toned]
    if not toned:
        return PageVerdict(False, "no gloss")
    positions: dict[tuple[int, int], tuple[str, str]] = {}
    for index, gloss in toned:
        for offset, (char, syllable) in enumerate(zip(gloss.host, gloss.syllables, strict=True)):
            positions.setdefault((index, gloss.host_start + offset), (char, syllable))
    count = len(positions)
    chars = {char for char, _ in positions.values()}
    variants = chars | ({simplified(c, simplify) for c in chars} if simplify else set())
    page = "\n".join(texts)
    occurrences = max(count, sum(page.count(c) for c in variants if len(c) == 1))
    coverage = count / occurrences
    figures = (len(toned), count, len(chars), coverage)
    summary = (
        f"{len(toned)} gloss{'es' if len(toned) != 1 else ''} on {len(chars)} "
        f"character{'s' if len(chars) != 1 else ''}, {count} of {occurrences} occurrences glossed"
    )
    if any(g.doubled for _, g in toned):
        return PageVerdict(True, f"mirror page: doubled glosses; {summary}", *figures)
    glossed_lines = sorted({index for index, _ in toned})
    if count < MIN_POSITIONS:
        notes = ["no mirror pattern"]
    else:
        notes, per_mille = _note_signs(texts, toned, positions, glossed_lines, coverage, simplify)
        if per_mille is not None:
            summary += f", {per_mille} per 1000 characters"
        if not notes:
            return PageVerdict(True, f"mirror page: {summary}", *figures)
    # Checked last, on the few pages otherwise kept: it converts each glossed line.
    if any(_in_byline_labels(texts[i], found[i], simplify) for i in glossed_lines):
        return PageVerdict(True, f"mirror page: a gloss in a byline label; {summary}", *figures)
    if count < MIN_POSITIONS:
        return PageVerdict(False, f"kept: page has {len(toned)} gloss, no mirror pattern", *figures)
    return PageVerdict(False, f"kept: {summary}; {'; '.join(notes)}", *figures)


def _note_signs(
    texts: Sequence[str],
    toned: Sequence[tuple[int, Gloss]],
    positions: dict[tuple[int, int], tuple[str, str]],
    glossed_lines: Sequence[int],
    coverage: float,
    simplify: Callable[[str], str] | None,
) -> tuple[list[str], int | None]:
    """The signs that the glosses are a note, not a mirror's, and the density (glossed
    positions per 1000 Han characters) when the page is dense."""
    count = len(positions)
    dense, per_mille = False, 0
    if count >= MANY_POSITIONS:
        han = sum(len(run) for run in HAN_RUN.findall("\n".join(texts))) or 1
        per_mille = count * 1000 // han
        dense = per_mille >= DENSE_PER_MILLE
    # A habit: many glosses over several characters, wherever else they occur unglossed.
    habit = count >= MANY_POSITIONS and len({c for c, _ in positions.values()}) >= MANY_CHARACTERS
    cues = _talk_cues()
    talking = {i for i in glossed_lines if cues.search(texts[i])}
    talk = sum(1 for index, _ in toned if index in talking)
    inline = sum(
        1
        for index, g in toned
        if (g.host_start > 0 and HAN.match(texts[index], g.host_start - 1))
        or (g.end < len(texts[index]) and HAN.match(texts[index], g.end))
    )
    everyday = {
        c: phrases(c, simplify) >= COMMON_PHRASES for c in {c for c, _ in positions.values()}
    }
    usual = {p: _first_reading(*p, simplify) for p in set(positions.values())}
    common = sum(1 for char, _ in positions.values() if everyday[char])
    special = sum(1 for pair in positions.values() if not usual[pair])
    notes: list[str] = []
    if coverage < MIN_COVERAGE and not dense and not habit:
        notes.append("glossed where discussed, not wherever they occur")
    if talk * 2 >= len(toned):
        notes.append(f"{talk} on lines about reading")
    if inline * 2 < len(toned):
        notes.append(f"{len(toned) - inline} on isolated characters (a list)")
    if common * 2 < count:
        notes.append(f"{count - common} on rare characters")
    if count < MANY_POSITIONS and special * 2 > count:
        notes.append(f"{special} giving a character's less usual reading")
    return notes, per_mille if dense else None


@dataclass(frozen=True, slots=True)
class PageGlosses:
    """The glosses of each line of a page, and the page-level verdict on them."""

    texts: tuple[str, ...]
    found: tuple[tuple[Gloss, ...], ...]
    verdict: PageVerdict

    def clean_line(self, index: int) -> PinyinResult:
        text, glosses = self.texts[index], self.found[index]
        if not glosses:
            return PinyinResult(text, ())
        if self.verdict.strip:
            shown = tuple(g.shown for g in glosses)
            return PinyinResult(_remove(text, glosses), shown, (), self.verdict.reason)
        kept = tuple(g.shown for g in glosses if g.toned)
        return PinyinResult(text, (), kept, self.verdict.reason)


#: (line, simplify) -> its glosses.  Mirror pages of one site repeat their furniture and
#: boilerplate lines, and a batch sees them again and again; ``find_glosses`` is pure.
_LINE_CACHE: dict[tuple[str, Callable[[str], str] | None], tuple[Gloss, ...]] = {}
#: Emptied when it holds this many lines; longer lines are not kept.
LINE_CACHE_LIMIT = 1 << 14
LINE_CACHE_LENGTH = 2000


def _line_glosses(text: str, simplify: Callable[[str], str] | None) -> tuple[Gloss, ...]:
    if "(" not in text and "（" not in text:
        return ()
    if len(text) > LINE_CACHE_LENGTH:
        return tuple(find_glosses(text, simplify))
    key = (text, simplify)
    found = _LINE_CACHE.get(key)
    if found is None:
        if len(_LINE_CACHE) >= LINE_CACHE_LIMIT:
            _LINE_CACHE.clear()
        found = _LINE_CACHE[key] = tuple(find_glosses(text, simplify))
    return found


def scan_page(texts: Sequence[str], *, simplify: Callable[[str], str] | None = None) -> PageGlosses:
    """Find the glosses of every line of a page and decide, for the page, whether they go.

    ``texts`` are the page's lines (pass ``""`` for a line the filter must not see, such
    as spam); ``clean_line(i)`` gives line ``i``'s result.

    >>> mirror = scan_page(["發(fā)布時間: 2025-07-02", "產業(yè)發(fā)展很快。"]).clean_line(1)
    >>> mirror.text, mirror.reason
    ('產業發展很快。', 'mirror page: 3 glosses on 2 characters, 3 of 3 occurrences glossed')
    >>> note = scan_page(["六安的六讀作六(lù)，不讀六。"]).clean_line(0)
    >>> note.text, note.reason
    ('六安的六讀作六(lù)，不讀六。', 'kept: page has 1 gloss, no mirror pattern')
    """
    found = tuple(_line_glosses(text, simplify) for text in texts)
    verdict = _judge(texts, found, simplify) if any(found) else PageVerdict(False, "no gloss")
    return PageGlosses(tuple(texts), found, verdict)


def evidence(result: PinyinResult) -> Evidence | None:
    """What the filter did to a line, or why it left the line's glosses."""
    if result.stripped:
        shown = " ".join(result.stripped[:5]) + (" …" if len(result.stripped) > 5 else "")
        detail = f"{shown} ({result.reason})" if result.reason else shown
        return Evidence(NAME, "stripped", detail, count=len(result.stripped))
    if result.kept:
        shown = " ".join(result.kept[:5]) + (" …" if len(result.kept) > 5 else "")
        return Evidence(NAME, "kept", f"{shown} ({result.reason})", count=len(result.kept))
    return None

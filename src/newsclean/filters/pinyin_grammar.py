"""The grammar of a mirror's pinyin gloss, and finding glosses in a line: 發(fā)展 -> 發展.

Whether a page's glosses come off is decided for the whole page in ``pinyin``.

Grammar of a mirror gloss
-------------------------
::

    gloss     := host pad? open pad? syllables pad? close
    open      := "(" | "（"         close := ")" | "）"     (any mix: 發(fā）)
    pad       := 1-2 of: space, tab, U+3000, U+00A0       (發 (fā), 發( fā ))
    syllables := syllable (sep syllable)*                (發展(fā zhǎn), 發展(fā'zhǎn))
               | 2-4 syllables glued, split by the readings of the host (發展(fāzhǎn))
    sep       := a run of: space, U+3000, U+00A0, ' ’ - ·
    syllable  := 1-7 of: a-z, ü, tone-marked vowels, combining tone marks (any case; GB
                 2312's ɑ and ɡ read as a and g), where one "?" may stand for a
                 tone-marked vowel a legacy encoding lost (產(ch?n));
               | a bare "?" (惡(? )): a one-vowel syllable (è, ā, ó) lost whole
                 to a legacy encoding; see "Lost syllable" below
               | letters and a tone digit 0-5 (pypinyin's TONE3: fa1, lv4, de5), read as
                 the tone-marked syllable (fā, lǜ, de)
    host      := the n Han characters just before the gloss, n = number of syllables, n <= 4
               | lost, cut, rewritten or half-width (a byte slip left one byte of it:
                 \ufffdL(zhǎng)): on a mirror's page only, ``pinyin_orphans``
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

**Lost syllable.**  When the syllable is one tone-marked vowel and nothing else (惡 è,
阿 ā, 哦 ó), a legacy encoding that cannot write the vowel leaves a bracket holding only
``?`` (and the mirror's pads): 在惡(? )劣天氣下 on a page whose other glosses read
強(qi?ng) 調(di?o).  Such a bracket is a gloss when ``?`` is a reading of the character
before it with its vowel masked (so its readings include a one-vowel syllable: 惡, not
說 or 嗎); it counts as toneless (``toned`` is False), so it is no evidence for a mirror
and goes only on a page judged one by its other glosses.  A question mark in brackets
after any other character (真的嗎(?)) is never a gloss.

**White space.**  The pad before the bracket belongs to the gloss.  The pad after the
closing bracket goes too when there was pad before it and a Han character follows (a
gloss padded on both sides: 發 (fā) 展 -> 發展); otherwise it is the text's own
(樂(lè) 毅, a name spaced by its page).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex

from newsclean.filters.charmodel import HAN
from newsclean.filters.lazy_pattern import WHITE_SPACE, lazy_re, lazy_regex
from newsclean.filters.memo import LineCache
from newsclean.filters.pinyin_readings import (
    COMBINING_TONES,
    LOST_VOWEL,
    TONE_MARKED,
    has_tone,
    is_reading,
    mark_tone,
    normalize_syllable,
    reading_forms,
)

_PINYIN_LETTERS = "a-zA-Zü" + TONE_MARKED + TONE_MARKED.upper()
#: The plainest gloss, one Han character and one glued syllable (kept for the tests'
#: residue checks; the filter itself reads the full grammar below).
ANNOTATION = lazy_regex(r"(\p{Han})[(（]([" + _PINYIN_LETTERS + r"]{1,7})[)）]")

PAD = " \t\u3000\u00a0"
PAD_LIMIT = 2
MAX_HOST = 4
SYLLABLE_LIMIT = 7
SEPARATOR = lazy_re(rf"[{WHITE_SPACE}'’\-·]+")
SYLLABLE_SHAPE = lazy_re(
    r"[a-zü" + TONE_MARKED + COMBINING_TONES + r"\u0308" + regex.escape(LOST_VOWEL) + r"]+"
)
#: A syllable with its tone as a digit (pypinyin's TONE3 style: zhan3, lv4, de5).
NUMBERED = lazy_regex(r"([a-zü]{1,6})([0-5])")
NUMBERED_SPLIT = lazy_regex(r"(?<=[0-5])(?=[a-z])")
#: Where a gloss may stand, found in one search: the host (group 1: the Han characters
#: just before the pad, the longest run of at most ``MAX_HOST``, as the look-behind's
#: greedy run reads leftwards; absent when none stands there), the pad (at most
#: ``PAD_LIMIT`` characters: the nearest ones before the bracket) and a bracket holding
#: up to 40 characters without a bracket or line break (group 2).  Each opening bracket
#: is tried once and scans at most 40 characters, so the search is linear on any input.
SITE = lazy_regex(r"(?:(?<=(\p{Han}{1,4}))|)[ \t\u3000\u00a0]{0,2}[(（]([^()（）\n\r]{1,40})[)）]")


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
    if any(ch.isdigit() for ch in content):
        tokens = _numbered(tokens)
    if not tokens or len(tokens) > MAX_HOST:
        return None
    for token in tokens:
        if not SYLLABLE_SHAPE.fullmatch(token):
            return None
        if token.strip(LOST_VOWEL) == "" and (token != LOST_VOWEL or len(tokens) > 1):
            return None
        if len(tokens) > 1 and (len(token) > SYLLABLE_LIMIT or token.count(LOST_VOWEL) > 1):
            return None
    return tokens


def _numbered(tokens: list[str]) -> list[str]:
    """Syllables with tone digits (fa1 zhan3, fa1zhan3) written with tone marks; ``[]`` when
    the bracket is not wholly such syllables (今(13)日, (A4), (G20) are not)."""
    syllables = [s for token in tokens for s in NUMBERED_SPLIT.split(token) if s]
    marked: list[str] = []
    for syllable in syllables:
        found = NUMBERED.fullmatch(syllable)
        if found is None:
            return []
        marked.append(mark_tone(found.group(1), found.group(2)))
    return marked


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
    # a toneless syllable is accepted as a reading too (来(lai)): it is no evidence for a
    # mirror by itself (toned is False), and only a mirror page loses it
    if single and before and is_reading(before[-1], token, simplify, neutral=True):
        return 1, (token,), _is_toned((token,))
    for size in range(2, min(len(before), MAX_HOST) + 1):
        split = _segment(token, before[-size:], simplify)
        if split is not None:
            return size, split, _is_toned(split)
    return None


def _is_toned(syllables: tuple[str, ...]) -> bool:
    """Whether a syllable shows a tone: a tone mark, or a ``?`` standing for the
    tone-marked vowel beside letters that survived (a bare ``?``, 惡(?), shows none)."""
    return any(has_tone(s) or (LOST_VOWEL in s and s != LOST_VOWEL) for s in syllables)


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
    for site in SITE.finditer(text):
        start, close = site.span()
        if previous is not None and previous_close == start:
            # A further gloss of the same host (發(fā)(fā)) glosses the previous one's host.
            doubled = True
            host_end = previous.host_start + len(previous.host)
            before = previous_before
        else:
            doubled = False
            before = site.group(1)
            if before is None:
                continue
            host_end = start
        content = site.group(2)
        matched = _match_host(before, content, simplify)
        if matched is None:
            continue
        size, syllables, toned = matched
        open_at = site.start(2) - 1
        end = close
        if start < open_at and not doubled:
            while end < len(text) and end - close < PAD_LIMIT and text[end] in PAD:
                end += 1
            if end == len(text) or not HAN.match(text, end):
                end = close
        host = before[-size:]
        gloss = Gloss(
            start, end, host_end - size, host, syllables, host + text[open_at:close], toned, doubled
        )
        found.append(gloss)
        previous, previous_close, previous_before = gloss, close, before
    return found


#: ``find_glosses`` without a simplifier, across pages (``LineCache``): the spam step asks
#: it of every bracketed line it keeps, and a site's pages repeat theirs (2,219 asks of
#: 388 lines on 200 corpus pages).
_REMEMBERED: LineCache[tuple[Gloss, ...]] = LineCache(lambda text: tuple(find_glosses(text)))


def remembered_glosses(text: str) -> tuple[Gloss, ...]:
    """``find_glosses(text)``, found once a distinct line (it is pure)."""
    return _REMEMBERED(text)


def remove_glosses(text: str, glosses: Sequence[Gloss]) -> str:
    return remove_spans(text, [(gloss.start, gloss.end) for gloss in glosses])


def remove_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` without the (start, end) ``spans`` (a span overlapping one before it is
    skipped): glosses, and the partial spam cuts' stretches (watermarks, inlays, refrains,
    pictographs, tag words).

    >>> remove_spans("名声👋,无人不知🍻,", [(8, 9), (2, 3)])
    '名声,无人不知,'
    """
    pieces: list[str] = []
    at = 0
    for start, end in sorted(spans):
        if start >= at:
            pieces.append(text[at:start])
            at = end
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
    return PinyinResult(remove_glosses(text, glosses), tuple(g.shown for g in glosses))

"""Conversion of a line that holds reported mojibake stretches.

A reported (unrepaired) stretch came from misread bytes, not from a writer: converting it
is no correction, and what a later repair needs is the text as read, so conversion
leaves it as it is (``left_as_read``).  That is only sound if a second cleaning
of the output reports the same stretch again: converting its neighbours can change what
the realignment test sees (丁丛煇一軉: with 軉 converted to 𨉗, which has no GBK form, the
run it judged is gone).  So the line is converted around its stretches only when the
result still reports each of them; otherwise the whole line is converted, which a
second cleaning then leaves as it is.  Stretches a codec misread (text read as GBK twice
over, ``codec_misread``) are left as read whatever the result: converting garbage makes
other garbage (閻滃 -> 阎滃) and gives a second cleaning no more to go on.
Round 41: the widening stops at a *writer's word* before the stretch (``mojibake.ends_word``).
Round 44: a stretch reported *after* a re-reading (``codec_misread``) may begin or end with
characters that re-reading wrote (``長鄭�`` repaired, then ``鄭�😃`` reported: the lost byte
after the repaired 鄭): those characters are the writer's text, decoded, not bytes as read,
and are converted like the rest of the line (``off_repairs``); only the characters the
repair did not write stay as read.
"""

from __future__ import annotations

from newsclean.filters.charmodel import is_rare
from newsclean.filters.codec_misread import TWICE, read_again
from newsclean.filters.convert import convert_text
from newsclean.filters.mojibake import MojibakeResult, MojibakeSpan, ends_word, find_mojibake


def left_as_read(result: MojibakeResult) -> tuple[str, ...]:
    """The stretches of ``result.text`` that conversion must leave as written: each
    reported, unrepaired span, widened over the uncommon characters touching it (the
    slip's damage often reaches past the span found, and a converted neighbour would
    hand a second cleaning different bytes to judge: 賕仸? -> 赇仸?, which realigns)."""
    if any(span.repaired is not None for span in result.spans):
        return tuple(span.text for span in result.spans if span.repaired is None)
    text, stretches = result.text, []
    run = (0, 0)  # the last maximal run of uncommon characters walked: spans share runs

    def run_around(index: int) -> tuple[int, int]:
        nonlocal run
        if not run[0] <= index < run[1]:
            low, high = index, index + 1
            while low > 0 and is_rare(text[low - 1]):
                low -= 1
            while high < len(text) and is_rare(text[high]):
                high += 1
            run = (low, high)
        return run

    for span in result.spans:
        start, end = span.start, span.end
        if start > 0 and is_rare(text[start - 1]) and not ends_word(text, start):
            start = run_around(start - 1)[0]
        if end < len(text) and is_rare(text[end]):
            end = run_around(end)[1]
        stretches.append(text[start:end])
    return tuple(stretches)


def off_repairs(stretches: tuple[str, ...], spans: tuple[MojibakeSpan, ...]) -> tuple[str, ...]:
    """``stretches`` without the edge a re-reading's repair wrote (round 44, module
    docstring): the longest start of a stretch that ends a repair's text, and the longest
    end that begins one, are cut off; a stretch cut to nothing is dropped.

    >>> span = MojibakeSpan(0, 5, "闀烽劖鍜", repaired="長鄭\ufffd")
    >>> off_repairs(("鄭\ufffd😃",), (span,))
    ('😃',)
    >>> off_repairs(("\ufffd\ufffd樿\ufffd",), (span,))
    ('\ufffd樿\ufffd',)
    """
    repairs = [span.repaired for span in spans if span.repaired]
    if not repairs:
        return stretches
    kept: list[str] = []
    for stretch in stretches:
        for done in repairs:
            head = max(
                (k for k in range(1, len(stretch) + 1) if done.endswith(stretch[:k])), default=0
            )
            stretch = stretch[head:]
            tail = max(
                (k for k in range(1, len(stretch) + 1) if done.startswith(stretch[-k:])), default=0
            )
            stretch = stretch[: len(stretch) - tail]
        if stretch:
            kept.append(stretch)
    return tuple(kept)


def misread_left_as_read(spans: tuple[MojibakeSpan, ...]) -> tuple[str, ...]:
    """The stretches of a line read wrongly twice that stay as read (not repaired): the
    slip test has nothing to find in them, and conversion leaves them as they are."""
    return tuple(span.text for span in spans if span.encoding == TWICE and span.repaired is None)


def convert_around(
    text: str, damaged: tuple[str, ...], conversion: str, misread: bool = False
) -> str:
    """``text`` converted, its reported stretches ``damaged`` left as read when a second
    cleaning would report them again, or always when they are stretches a codec misread
    (``misread``; see the module docstring)."""
    pieces: list[str] = []
    at = 0
    for stretch in damaged:
        found = text.find(stretch, at)
        if found < 0:
            continue
        pieces += [convert_text(text[at:found], conversion), stretch]
        at = found + len(stretch)
    pieces.append(convert_text(text[at:], conversion))
    around = "".join(pieces)
    if around == text or misread or _reported(around, damaged):
        return around
    return convert_text(text, conversion)


def _reported(text: str, damaged: tuple[str, ...]) -> bool:
    spans = find_mojibake(text, repair=False).spans + read_again(text, repair=False)[1]
    return all(
        any(stretch in span.text or span.text in stretch for span in spans) for stretch in damaged
    )

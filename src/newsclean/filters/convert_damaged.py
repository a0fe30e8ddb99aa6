"""Conversion of a line that holds reported mojibake stretches.

A reported (unrepaired) stretch came from misread bytes, not from a writer: converting it
is no correction, and what a later repair needs is the text as read, so conversion
leaves it as it is (``mojibake.left_as_read``).  That is only sound if a second cleaning
of the output reports the same stretch again: converting its neighbours can change what
the realignment test sees (丁丛煇一軉: with 軉 converted to 𨉗, which has no GBK form, the
run it judged is gone).  So the line is converted around its stretches only when the
result still reports each of them; otherwise the whole line is converted, which a
second cleaning then leaves as it is.  Stretches a codec misread (text read as GBK twice
over, ``codec_misread``) are left as read whatever the result: converting garbage makes
other garbage (閻滃 -> 阎滃) and gives a second cleaning no more to go on.
"""

from __future__ import annotations

from newsclean.filters.codec_misread import read_again
from newsclean.filters.convert import convert_text
from newsclean.filters.mojibake import find_mojibake


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

"""Pinyin glosses and mojibake, line by line: the repair step of the pipeline.

Glosses are judged on the whole page first (``pinyin.scan_page``: a mirror's habit, or a
note on one reading); given that verdict a line's repair is a pure function of its text,
so equal short lines share one result.  A line lost to a codec is settled first, a line
read with the wrong codec is read again, and only then is it tested for a byte slip.
"""

from __future__ import annotations

import functools

from newsclean import page as columns
from newsclean.config import CleanConfig
from newsclean.document import Evidence, Warning
from newsclean.filters import (
    codec_big5,
    codec_dropped,
    codec_lost,
    codec_misread,
    mojibake,
    pinyin,
    pinyin_commas,
)
from newsclean.filters.charmodel import simplified_char
from newsclean.filters.codec_stripped import settled
from newsclean.filters.convert_damaged import left_as_read, misread_left_as_read, off_repairs
from newsclean.filters.memo import LineCache
from newsclean.filters.mojibake import MojibakeSpan
from newsclean.filters.read_back import read_back
from newsclean.page import Page


def repair(page: Page, config: CleanConfig) -> list[Warning]:
    """Repair ``page``'s lines in place (the spam lines are not seen, not even by the page's
    gloss verdict) and return the mojibake warnings, one per stretch."""
    warnings: list[Warning] = []
    texts, removed = page.texts, page.removed
    glosses, commas = None, False
    if config.strip_pinyin:
        seen = list(texts)  # the spam lines blanked: the few removed, not every line tested
        for index in removed:
            seen[index] = ""
        readable = {i: again for i, again in read_back(seen).items() if seen[i]}
        judged_on = [readable.get(i, t) for i, t in enumerate(seen)] if readable else None
        glosses = pinyin.scan_page(
            seen, simplify=simplified_char, judged_on=judged_on, originals=page.originals
        )
        # the mirror's comma before each mark goes with its glosses (``pinyin_commas``)
        commas = glosses.verdict.strip and pinyin_commas.mirror_commas(judged_on or seen)
    done_for: dict[str, _Repaired] = {}
    strip = bool(glosses and glosses.verdict.strip)
    ready = {
        i: settled(texts[i], again, config.repair_mojibake, strip)
        for i, again in page.stripped.items()
    }
    for index, line_text in enumerate(texts):
        if not line_text or index in removed:
            continue
        done = ready.get(index) or done_for.get(line_text)
        if done is None:
            done = _repair_line(line_text, index, glosses, config, commas)
            if len(line_text) <= columns.MEMO_LENGTH and len(done_for) < columns.MEMO_LIMIT:
                done_for[line_text] = done
        new_text, found, spans, damaged, lost = done
        if found:
            texts[index] = page.share(new_text, new_text)
            page.evidence.add(index, *found)
        if damaged:
            page.damaged[index] = damaged
            if any(span.encoding == codec_misread.TWICE for span in spans):
                page.misread.add(index)  # stretches read wrongly: never converted
                page.lost.add(index)  # nor judged as furniture: a paragraph
        if lost:
            page.lost.add(index)
        for span in spans:
            fixed = f"; repaired to {span.repaired!r}" if span.repaired is not None else ""
            what = codec_misread.describe(span)
            warnings.append(Warning(index + 1, "mojibake", span.text, f"{what}{fixed}"))
    if page.warnings:  # the references that lost their '&', found as the page was read
        warnings = sorted(page.warnings + warnings, key=lambda warning: warning.line)
    return warnings


#: A line after glosses and mojibake: its text, evidence, mojibake spans, the stretches
#: conversion leaves as read (``convert_damaged.left_as_read``), and whether a codec lost it.
_Repaired = tuple[str, tuple[Evidence, ...], tuple[MojibakeSpan, ...], tuple[str, ...], bool]


def _noted(result: pinyin.PinyinResult, found: list[Evidence]) -> str:
    if (noted := pinyin.evidence(result)) is not None:
        found.append(noted)
    return result.text


def _repair_line(
    text: str,
    index: int,
    glosses: pinyin.PageGlosses | None,
    config: CleanConfig,
    commas: bool = False,
) -> _Repaired:
    """Pinyin glosses stripped (as the page's verdict says) and mojibake found (and
    repaired): the new text, the evidence, the spans; for a given page verdict, a pure
    function of ``text`` and the switches."""
    found: list[Evidence] = []
    if glosses is not None:
        text = _noted(glosses.clean_line(index), found)
        if commas:  # the mirror's comma before each mark goes with its glosses
            text = pinyin_commas.cut(text, found)
    if _READS_RIGHT[config.repair_mojibake](text):  # ``_reads_right``
        return text, tuple(found), (), (), False  # most lines: each test below says no
    if codec_lost.lost_text(text):  # its glosses go as the page's do
        text = codec_lost.settle_lost(text, bool(glosses and glosses.verdict.strip), found)
        return text, tuple(found), (codec_lost.lost_span(text),), (), True
    if (dropped := codec_dropped.dropped_span(text)) is not None:  # flagged, kept as read
        as_read = codec_dropped.left_as_read(dropped)
        return text, (*found, codec_dropped.evidence(dropped)), (dropped,), as_read, True
    # Read with the wrong codec: re-read first (codec_misread), then look for slips.
    before = text  # as first read: the bytes of a host the re-reading lost show there
    text, misread = codec_misread.read_again(text, repair=config.repair_mojibake)
    if misread and glosses is not None:  # the glosses the misread bytes hid
        text = _noted(glosses.clean_revealed(text, before), found)
        if commas:
            text = pinyin_commas.cut(text, found)
    if misread:  # (each test below answers no for a line read right: most lines)
        found.extend(codec_misread.evidence(misread))
        if as_read := misread_left_as_read(misread):
            return text, tuple(found), misread, as_read, False  # misread, not slipped
        if codec_big5.read_whole(misread) or codec_misread.read_dropped(misread):
            return text, tuple(found), misread, (), False  # its lost characters: no slip
    result = mojibake.find_mojibake(text, repair=config.repair_mojibake)
    if not result.spans:
        return text, tuple(found), misread, (), False
    found.extend(mojibake.evidence(result))
    spans = misread + result.spans
    repaired = result.text
    if glosses is not None and repaired != text and "(" in repaired:
        # a slip hid a gloss's host (團結一碌匕…掳l(fā)展): the repair shows it again
        repaired = _noted(glosses.clean_revealed(repaired, text), found)
    return repaired, tuple(found), spans, off_repairs(left_as_read(result), misread), False


def _reads_right(text: str, *, repair: bool) -> bool:
    """Whether no codec test of ``_repair_line`` finds anything in ``text``: no codec lost
    it, none dropped or misread its bytes, no byte slipped.  Each test is a pure function
    of the line (and the switch), so the answer is remembered across pages (``_READS_RIGHT``;
    round 38, speed: a site's pages repeat their lines, and four tests become one look-up
    in C); for such a line ``_repair_line`` returns the text as it came, with no span."""
    return (
        not codec_lost.lost_text(text)
        and codec_dropped.dropped_span(text) is None
        and not codec_misread.read_again(text, repair=repair)[1]
        and not mojibake.find_mojibake(text, repair=repair).spans
    )


#: ``_reads_right``'s answers, one memo per value of the repair switch, across pages.
_READS_RIGHT = {
    flag: LineCache(functools.partial(_reads_right, repair=flag)) for flag in (False, True)
}

"""The page while the filters run: columns with one entry per line, not an object per line.

``Page`` holds what came in, the text now, indentation, blankness as it came, the lines
removed and the evidence; the steps that work on the whole page at once (spam, the OpenCC
call) are its methods, and the per-line repair loop is ``line_repair``.  Equal lines share
one string, and short lines are judged once per page (the memo sizes below).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator

from newsclean.document import NO_EVIDENCE, Evidence, Warning
from newsclean.filters import (
    char_refs,
    codec_misread,
    dropped_month,
    spam,
    spam_address_head,
    spam_byline,
    spam_field,
    spam_framed,
    spam_frames,
    spam_glued,
    spam_glued_inside,
    spam_glued_stack,
    spam_inlaid,
    spam_list_head,
    spam_multiplied,
    spam_pictographs,
    spam_query,
    spam_query_grammar,
    spam_refrain,
    spam_scattered,
    spam_symbols,
    spam_tag_words,
    spam_tail,
    spam_template_head,
    spam_watermark,
)
from newsclean.filters.codec_stripped import stripped_lines
from newsclean.filters.convert import convert_lines, keep_own_output
from newsclean.filters.convert_damaged import convert_around
from newsclean.filters.convert_yao import YAO, yao_repaired
from newsclean.filters.normalize import normalize_columns, split_lines
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_glossed import glossed_lines
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict
from newsclean.filters.structure import LineView


def _queries_after_cuts(
    texts: list[str], verdicts: list[SpamVerdict], probes: dict[int, str], cut: set[int]
) -> dict[int, SpamVerdict]:
    """The query lines judged again once spam is cut off the page's own lines (round 31):
    a query's term that only a headline's glued spam named (恒星娱乐 after the headline, for
    ``1980娛樂什么意思``) is foreign to the article the clean text prints, and cleaning that
    text again found it so.  The candidates are the spam filter's (short, ``is_candidate``):
    its ``probes`` of the lines as they were (simplified once), made again for the ``cut``
    lines alone."""

    def asked(i: int) -> bool:
        """A line the query reader asks: not spam, short, a spam candidate (a farm header's
        or a framed keyword's probe is none)."""
        line = texts[i].strip()
        return (
            not verdicts[i].is_spam
            and len(line) <= spam_query_grammar.MAX_QUERY
            and spam.is_candidate(line)
        )

    kept = {i: probe for i, probe in probes.items() if i not in cut and asked(i)}
    short = [i for i in cut if texts[i].strip() and asked(i)]
    if short:
        simplified = simplify_lines([texts[i].strip() for i in short])
        kept.update((i, probe.lower()) for i, probe in zip(short, simplified, strict=True))
    return spam_query.query_lines(texts, dict(sorted(kept.items())), verdicts)


def _query_sized(probes: dict[int, str]) -> dict[int, str]:
    """The probes as long as a query line may be (``spam_query.query_lines`` reads no
    other), kept for ``_queries_after_cuts``."""
    least = spam_query_grammar.MIN_TERM + spam_query_grammar.MIN_TAIL
    return {
        i: probe
        for i, probe in probes.items()
        if least <= len(probe) <= spam_query_grammar.MAX_QUERY
    }


def simplify_lines(texts: list[str]) -> list[str]:
    """One plain t2s pass over many lines in one call: what ``score_line``'s ``simplify``
    does to each line (spam is judged before the page's own conversion is chosen); each
    line once, remembered across pages."""
    return convert_lines(texts, "t2s", plain=True)


#: Lines up to this long are looked up in a page's memo before the per-line filters run:
#: short lines repeat (a page of one-character lines holds a few thousand distinct ones).
MEMO_LENGTH = 16
#: A page's memo stops growing at this many entries (distinct short lines need not repeat).
MEMO_LIMIT = 1 << 14
#: Lines normalised or converted per call: a page's lines, unless it has very many (then
#: the per-line results of one chunk are all that is held at once).
CHUNK = 1 << 13
#: Characters of the page split into lines at a time, for the same reason.
SPLIT_CHUNK = 1 << 14


def _split(text: str, share: Callable[[str, str], str]) -> list[str]:
    """``split_lines(text)``, equal lines sharing one string.  The page is split a chunk at
    a time, each chunk ending at a line feed (LF, CRLF and CR end a line alike, and a chunk
    cut after an LF splits as the whole page would)."""
    lines: list[str] = []
    start = 0
    while start < len(text):
        cut = text.find("\n", start + SPLIT_CHUNK)
        end = len(text) if cut < 0 else cut + 1
        pieces = split_lines(text[start:end])
        lines.extend(map(share, pieces, pieces))
        start = end
    return lines


class EvidenceColumn:
    """Per line, the evidence the filters recorded: one tuple per distinct combination, and
    the column itself only once something is recorded (most pages' lines have none)."""

    __slots__ = ("column", "interned", "size")

    def __init__(self, size: int) -> None:
        self.size = size
        self.column: list[tuple[Evidence, ...]] | None = None
        self.interned: dict[tuple[Evidence, ...], tuple[Evidence, ...]] = {}

    def add(self, index: int, *found: Evidence) -> None:
        if self.column is None:
            self.column = [NO_EVIDENCE] * self.size
        combined = self.column[index] + found
        self.column[index] = self.interned.setdefault(combined, combined)

    def finish(self) -> list[tuple[Evidence, ...]]:
        return self.column if self.column is not None else [NO_EVIDENCE] * self.size


class Page:
    """The page while the filters run, as columns with one entry per line (not an object
    per line): what came in, the text now, indentation, blankness as it came, the lines
    removed here and the evidence.  Equal lines share one string."""

    def __init__(self, text: str, *, repair: bool = True) -> None:
        self.shared: dict[str, str] = {}
        self.share = self.shared.setdefault
        self.originals = _split(text, self.share)
        self.evidence = EvidenceColumn(len(self.originals))
        # References that lost their '&' are damage: reported with the mojibake warnings.
        self.warnings: list[Warning] = []
        read = self._decode_references(repair) if char_refs.page_has_references(text) else None
        self.texts: list[str] = []
        self.indented = bytearray()
        lines = self._restore_months(read or self.originals, repair)
        for start in range(0, len(lines), CHUNK):
            self._normalize(start, lines[start : start + CHUNK])
        self.blank = bytearray(map(operator.not_, self.texts))  # for blanks_before
        self.removed: dict[int, str] = {}  # index -> reason, for the lines removed here
        # Reported, unrepaired mojibake stretches, per line: conversion leaves them as
        # written (see ``convert``).
        self.damaged: dict[int, tuple[str, ...]] = {}
        # Lines whose text a codec lost ("???,???"): paragraphs, placed in the body
        # without structure's verdict (see ``views`` and ``clean``).
        self.lost: set[int] = set()
        self.misread: set[int] = set()  # lines whose stretches a codec misread stay as read
        self.stripped = stripped_lines(self.texts)  # read by a 7-bit codec: paragraphs

    def _decode_references(self, repair: bool) -> list[str]:
        """The lines with their character references decoded (``char_refs``), before
        normalisation: an ``&nbsp;`` of indentation is indentation."""
        lines = list(self.originals)
        for index, line in enumerate(lines):
            if (found := char_refs.decode_line(line, repair=repair)) is None:
                continue
            lines[index] = found.text
            self.evidence.add(index, *found.evidence)
            if found.lost or found.escaped or found.markup:
                damage = []
                if found.markup:
                    damage.append("a paragraph printed as its HTML source")
                if found.lost:
                    damage.append(f"{found.lost} character reference(s) had lost their '&'")
                if found.escaped:
                    damage.append(f"{found.escaped} character(s) written as program escapes")
                fixed = "; decoded" if repair else ""
                message = "; ".join(damage) + fixed
                self.warnings.append(Warning(index + 1, "mojibake", found.stretch, message))
        return lines

    def _restore_months(self, lines: list[str], repair: bool) -> list[str]:
        """The lines with the months a copier dropped between a date's digits put back
        where one reading fits (``dropped_month``), each number flagged as text lost."""
        found = dropped_month.dropped_months(lines)
        if not found:
            return lines
        lines = list(lines)
        for index, dropped in sorted(found.items()):
            if repair:
                lines[index] = dropped.text
            for stretch, reading in zip(dropped.stretches, dropped.repaired, strict=True):
                fixed = f"; repaired to {reading!r}" if repair and reading else ""
                message = f"a date's month character dropped between its digits{fixed}"
                self.warnings.append(Warning(index + 1, "mojibake", stretch, message))
                self.evidence.add(index, Evidence("mojibake", "lost month", stretch + fixed))
        return lines

    def _normalize(self, start: int, chunk: list[str]) -> None:
        """``normalize_columns`` on a chunk: one chunk's results are all that is held at once."""
        texts, indented, noted = normalize_columns(chunk)
        self.texts.extend(map(self.share, texts, texts))
        self.indented.extend(indented)
        for index, found in noted.items():
            self.evidence.add(start + index, found)

    def remove_spam(self) -> None:
        """Spam is judged on the page as it came: the whole page at once, one OpenCC call.
        A line's spam verdict meets its byline reading in one place (``spam_byline``), and
        spam glued to the page's own lines (terms on either side of a headline, a framed
        term before it, a keyword before the first paragraph, a term and an address
        before a paragraph, a term inserted inside a headline) is cut off them
        (``spam_field``, ``spam_address_head``, ``spam_glued_inside``, ``spam_glued``,
        ``spam_tail``, ``spam_frames``), and a copier's address stamped after a
        paragraph's stop is cut out of it (``spam_watermark``), as is a keyword inlaid
        after its commas (``spam_inlaid``), pictographs scattered before its
        clause marks (``spam_pictographs``), symbols scattered into its words
        (``spam_symbols``) and a farm's tag words glued after its stops
        (``spam_tag_words``); a farm's refrain glued at the article's
        clause ends (``spam_refrain``) and its multiplied clause marks
        (``spam_multiplied``) are cut before the lines are judged."""
        texts = self.texts
        # A farm's refrain is cut before the lines are judged: the words it pastes are no
        # part of the article the judgements ask about (a second cleaning reads without them).
        # Its lines are not asked again after the verdicts (``cut``): the probes and the
        # verdicts are made from the cut text already.
        self._apply_cuts(spam_multiplied.multiplied_cuts(texts))  # a farm's marks, k times
        self._apply_cuts(spam_refrain.refrain_cuts(texts))
        self._apply_cuts(spam_scattered.scattered_cuts(texts))  # a keyword pasted anywhere
        probes: dict[int, str] = {}
        verdicts = spam.spam_verdicts(texts, simplify_lines=simplify_lines, probes_out=probes)
        probes = _query_sized(probes)  # the others let go: a page may hold 50,000 short lines
        for index in self.stripped:  # a paragraph a 7-bit codec read is no spam
            verdicts[index] = NOT_SPAM
        _judge_misread_as_read_again(texts, verdicts)
        settled = spam_byline.settle(texts, verdicts, simplify_lines)
        for index, kept in settled.items():
            self.evidence.add(index, kept)
        glued = (
            spam_field.field_cuts,
            spam_address_head.address_head_cuts,
            spam_list_head.list_head_cuts,
            spam_template_head.template_cuts,
            spam_glued.glued_cuts,
            spam_tail.tail_cuts,
            spam_frames.head_cuts,
            spam_glued_inside.inside_cuts,
            spam_watermark.watermark_cuts,
            spam_inlaid.inlaid_cuts,
            spam_pictographs.pictograph_cuts,
            spam_symbols.symbol_cuts,
            spam_tag_words.tag_word_cuts,
        )
        cut: set[int] = set()
        for index in self._apply_cuts(spam_framed.framed_cuts(texts, verdicts, simplify_lines)):
            verdicts[index] = NOT_SPAM  # a headline in the spammer's frame: cut, not removed
            cut.add(index)
        for cuts in glued:  # a record's value, both sides of a headline, a tail, a head, a stamp
            cut.update(self._apply_cuts(cuts(texts, verdicts, simplify_lines)))
        # a stack's next glued term, once its first is cut (round 47)
        self._apply_cuts(spam_glued_stack.stack_cuts(texts, verdicts, cut, simplify_lines))
        passed = cut | settled.keys() | self.stripped.keys()  # the rest a mirror glossed: bare
        for index, verdict in glossed_lines(texts, verdicts, passed, simplify_lines).items():
            verdicts[index] = verdict
        if cut:
            for index, verdict in _queries_after_cuts(texts, verdicts, probes, cut).items():
                verdicts[index] = verdict
        for index, verdict in enumerate(verdicts):
            if verdict.is_spam and texts[index]:
                self.removed[index] = "spam"
                self.evidence.add(index, verdict.evidence())

    def _apply_cuts(self, cuts: dict[int, HeadCut]) -> Iterable[int]:
        """Each cut line becomes its rest, the cut noted as its evidence; the lines cut."""
        for index, frame in cuts.items():
            self.texts[index] = self.share(frame.rest, frame.rest)
            self.evidence.add(index, Evidence("spam", "cut", f"{frame.cut}: {frame.why}"))
        return cuts.keys()

    def kept_text(self) -> Iterator[str]:
        """The lines still in the page, without the mojibake stretches left as read:
        misread bytes say nothing of the script the page was written in."""
        removed, damaged = self.removed, self.damaged
        return (
            _without(t, damaged[i]) if i in damaged else t
            for i, t in enumerate(self.texts)
            if t and i not in removed
        )

    def convert(self, conversion: str, *, simplified: bool = False) -> None:
        """One OpenCC call per chunk of lines (per page, unless it has very many); on a
        page ``--convert auto`` found ``simplified``, the characters OpenCC keeps in its own
        phrases stay as they are (``convert.keep_own_output``), so cleaning is idempotent."""
        texts, removed = self.texts, self.removed
        note = Evidence("convert", conversion, "converted")
        for start in range(0, len(texts), CHUNK):
            stop = min(start + CHUNK, len(texts))
            kept = [i for i in range(start, stop) if texts[i] and i not in removed]
            before = [texts[i] for i in kept]
            after = convert_lines(before, conversion)
            for position, index in enumerate(kept):
                if index in self.damaged:
                    after[position] = convert_around(
                        before[position], self.damaged[index], conversion, index in self.misread
                    )
            for index, old, new in zip(kept, before, after, strict=True):
                new = keep_own_output(old, new, conversion) if simplified else new
                if new != old:
                    self.evidence.add(index, note)
                    texts[index] = self.share(new, new)
        if conversion != "none":
            self._repair_yao()

    def _repair_yao(self) -> None:
        """A converter's 幺 for 麼 (什幺, 这幺) made 么 on a page that proves it
        (``convert_yao``)."""
        texts, removed = self.texts, self.removed
        held = [i for i, t in enumerate(texts) if t and YAO in t and i not in removed]
        if not held:
            return
        before = [texts[i] for i in held]
        note = Evidence("convert", "yao", "幺 printed for 麼 by a converter")
        for index, old, new in zip(held, before, yao_repaired(before), strict=True):
            if new != old:
                self.evidence.add(index, note)
                texts[index] = self.share(new, new)

    def views(self) -> list[LineView | None]:
        """What structure sees of each line: ``None`` for a removed or blank line.  Equal
        views are one object (a ``LineView`` is frozen): a repeated line costs a pointer."""
        texts, indented, blank, removed = self.texts, self.indented, self.blank, self.removed
        lost = self.lost
        views: list[LineView | None] = [None] * len(texts)
        made: dict[tuple[str, bool, int, bool], LineView] = {}
        blanks = 0
        for index, line_text in enumerate(texts):
            if line_text and index not in removed:
                key = (line_text, indented[index] == 1, blanks, index in lost)
                view = made.get(key)
                if view is None:
                    view = LineView(*key)
                    if len(line_text) <= MEMO_LENGTH and len(made) < MEMO_LIMIT:
                        made[key] = view
                views[index] = view
            blanks = blanks + 1 if blank[index] else 0
        return views


def _judge_misread_as_read_again(texts: list[str], verdicts: list[SpamVerdict]) -> None:
    """A line judged spam that is mostly text read with the wrong codec (a Big5 paragraph
    read as Latin-1) is judged again as re-read, in its page: its letters of U+0080-U+00FF
    say nothing of a keyword list, and a spam term glued into it is no list either."""
    again = {
        index: reread
        for index, verdict in enumerate(verdicts)
        if verdict.is_spam and (reread := codec_misread.read_for_judging(texts[index]))
    }
    if again:
        judged = spam.spam_verdicts(
            [again.get(i, t) for i, t in enumerate(texts)], simplify_lines=simplify_lines
        )
        for index in again:
            verdicts[index] = judged[index]


def _without(text: str, stretches: tuple[str, ...]) -> str:
    # Each stretch once: one replace takes every copy (a line of many like stretches
    # would otherwise be read once per stretch).
    for stretch in dict.fromkeys(stretches):
        text = text.replace(stretch, " ")
    return text

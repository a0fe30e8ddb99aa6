"""The pipeline: text -> lines -> filters -> Document, in one direction.

Order matters and each step says why it stands where it does:

1. normalize: NFC, invisible characters, indentation (every later step sees clean lines);
2. spam: on the page as it came, before anything rewrites it;
3. pinyin: before conversion, since the annotation follows the mirror's traditional character;
4. mojibake: before conversion, since realigning needs the bytes the mirror actually wrote;
5. convert: one OpenCC call for the whole page, with the configuration ``auto`` reads off
   the page once spam, glosses and mojibake are gone (they would skew the evidence);
6. structure: last, on simplified text, where the label vocabularies match.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from newsclean.decode import decode_bytes
from newsclean.document import (
    NO_EVIDENCE,
    Document,
    Evidence,
    LineTable,
    Removal,
    Warning,
    removal_reason,
)
from newsclean.filters import codec_misread, mojibake, pinyin, spam, spam_byline, spam_frames
from newsclean.filters.charmodel import simplified_char
from newsclean.filters.codec_stripped import settled, stripped_lines
from newsclean.filters.convert import CONFIGS, convert_lines, keep_own_output
from newsclean.filters.convert_damaged import convert_around, left_as_read, misread_left_as_read
from newsclean.filters.mojibake import MojibakeSpan
from newsclean.filters.normalize import SURROGATE, normalize_columns, split_lines
from newsclean.filters.script import guess_lines
from newsclean.filters.spam_line import NOT_SPAM
from newsclean.filters.structure import Layout, LineView, classify


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """One switch per filter, and the conversion to apply."""

    convert: str = "auto"
    remove_spam: bool = True
    strip_pinyin: bool = True
    repair_mojibake: bool = True

    def __post_init__(self) -> None:
        if self.convert not in CONFIGS:
            raise ValueError(
                f"unknown conversion {self.convert!r}; choose from {', '.join(CONFIGS)}"
            )


def _simplify_lines(texts: list[str]) -> list[str]:
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


class _EvidenceColumn:
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


class _Page:
    """The page while the filters run, as columns with one entry per line (not an object
    per line): what came in, the text now, indentation, blankness as it came, the lines
    removed here and the evidence.  Equal lines share one string."""

    def __init__(self, text: str) -> None:
        self.shared: dict[str, str] = {}
        self.share = self.shared.setdefault
        self.originals = _split(text, self.share)
        self.evidence = _EvidenceColumn(len(self.originals))
        self.texts: list[str] = []
        self.indented = bytearray()
        for start in range(0, len(self.originals), CHUNK):
            self._normalize(start, self.originals[start : start + CHUNK])
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
        spam glued to the page's own lines (a framed term before the headline, a keyword
        before the first paragraph) is cut off them (``spam_frames``)."""
        texts = self.texts
        verdicts = spam.spam_verdicts(texts, simplify_lines=_simplify_lines)
        for index in self.stripped:  # a paragraph a 7-bit codec read is no spam
            verdicts[index] = NOT_SPAM
        for index, kept in spam_byline.settle(texts, verdicts, _simplify_lines).items():
            self.evidence.add(index, kept)
        for index, frame in spam_frames.head_cuts(texts, verdicts, _simplify_lines).items():
            texts[index] = self.share(frame.rest, frame.rest)
            self.evidence.add(index, Evidence("spam", "cut", f"{frame.cut}: {frame.why}"))
        for index, verdict in enumerate(verdicts):
            if verdict.is_spam and texts[index]:
                self.removed[index] = "spam"
                self.evidence.add(index, verdict.evidence())

    def repair(self, config: CleanConfig) -> list[Warning]:
        """Pinyin glosses and mojibake, line by line; each distinct short line once.

        Glosses are judged on the whole page first (a mirror's habit, or a note on one
        reading), without the spam lines; given that verdict, a line's result depends on
        its text alone, so equal lines share it."""
        warnings: list[Warning] = []
        texts, removed = self.texts, self.removed
        glosses = None
        if config.strip_pinyin:
            seen = list(texts)  # the spam lines blanked: the few removed, not every line tested
            for index in removed:
                seen[index] = ""
            glosses = pinyin.scan_page(seen, simplify=simplified_char)
        done_for: dict[str, _Repaired] = {}
        ready = {
            i: settled(texts[i], again, config.repair_mojibake)
            for i, again in self.stripped.items()
        }
        for index, line_text in enumerate(texts):
            if not line_text or index in removed:
                continue
            done = ready.get(index) or done_for.get(line_text)
            if done is None:
                done = _repair_line(line_text, index, glosses, config)
                if len(line_text) <= MEMO_LENGTH and len(done_for) < MEMO_LIMIT:
                    done_for[line_text] = done
            new_text, found, spans, damaged, lost = done
            if found:
                texts[index] = self.share(new_text, new_text)
                self.evidence.add(index, *found)
            if damaged:
                self.damaged[index] = damaged
                if any(span.encoding == codec_misread.TWICE for span in spans):
                    self.misread.add(index)  # stretches read wrongly: never converted
                    self.lost.add(index)  # nor judged as furniture: a paragraph
            if lost:
                self.lost.add(index)
            for span in spans:
                fixed = f"; repaired to {span.repaired!r}" if span.repaired is not None else ""
                what = codec_misread.describe(span)
                warnings.append(Warning(index + 1, "mojibake", span.text, f"{what}{fixed}"))
        return warnings

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


def clean(
    text: str, *, convert: str = "auto", path: str = "-", config: CleanConfig | None = None
) -> Document:
    """Clean one page of text into a ``Document``.

    >>> doc = clean("標題\\n\\n發(fā)布時間: 2025-07-02\\n\\n  第一段正文，發(fā)展很快。\\n")
    >>> doc.title, doc.published_at, doc.body
    ('标题', '2025-07-02', ['第一段正文，发展很快。'])

    The page is kept as columns, one entry per line, and equal lines share one string:
    a line costs a few pointers whatever the filters do (``tests/test_memory.py``).
    """
    config = config or CleanConfig(convert=convert)
    page = _Page(text)
    if config.remove_spam:
        page.remove_spam()
    warnings = page.repair(config)
    conversion = config.convert
    notes: list[Evidence] = []
    simplified = False
    if conversion == "auto":
        guess = guess_lines(page.kept_text())
        conversion, simplified = guess.config, guess.traditional == 0
        notes.append(Evidence("convert", "auto", guess.detail()))
    page.convert(conversion, simplified=simplified)
    page.shared.clear()
    layout = classify(page.views())
    for index in page.lost:  # a paragraph a codec lost is no furniture: it stays in place
        layout.placements[index], layout.reasons[index] = "body", None
    doc = _assemble(page, layout, warnings, path)
    doc.conversion = conversion
    doc.notes = notes
    return doc


def _without(text: str, stretches: tuple[str, ...]) -> str:
    for stretch in stretches:
        text = text.replace(stretch, " ")
    return text


#: A line after glosses and mojibake: its text, evidence, mojibake spans, the stretches
#: conversion leaves as read (``convert_damaged.left_as_read``), and whether a codec lost it.
_Repaired = tuple[str, tuple[Evidence, ...], tuple[MojibakeSpan, ...], tuple[str, ...], bool]


def _noted(result: pinyin.PinyinResult, found: list[Evidence]) -> str:
    if (noted := pinyin.evidence(result)) is not None:
        found.append(noted)
    return result.text


def _repair_line(
    text: str, index: int, glosses: pinyin.PageGlosses | None, config: CleanConfig
) -> _Repaired:
    """Pinyin glosses stripped (as the page's verdict says) and mojibake found (and
    repaired): the new text, the evidence, the spans; for a given page verdict, a pure
    function of ``text`` and the switches."""
    found: list[Evidence] = []
    if glosses is not None:
        text = _noted(glosses.clean_line(index), found)
    if codec_misread.lost_text(text):  # its glosses go as the page's do (codec_lost)
        text = codec_misread.settle_lost(text, bool(glosses and glosses.verdict.strip), found)
        return text, tuple(found), (codec_misread.lost_span(text),), (), True
    # Read with the wrong codec: re-read first (codec_misread), then look for slips.
    text, misread = codec_misread.read_again(text, repair=config.repair_mojibake)
    if misread and glosses is not None:  # the glosses the misread bytes hid
        text = _noted(glosses.clean_revealed(text), found)
    found.extend(codec_misread.evidence(misread))
    if as_read := misread_left_as_read(misread):
        return text, tuple(found), misread, as_read, False  # misread, not slipped
    result = mojibake.find_mojibake(text, repair=config.repair_mojibake)
    if not result.spans:
        return text, tuple(found), misread, (), False
    found.extend(mojibake.evidence(result))
    spans = misread + result.spans
    return result.text, tuple(found), spans, left_as_read(result), False


def _assemble(page: _Page, layout: Layout, warnings: list[Warning], path: str) -> Document:
    originals, texts, removed, evidence = page.originals, page.texts, page.removed, page.evidence
    fields = layout.fields
    doc = Document(path=path, warnings=warnings)
    doc.published_at = fields.get("published_at")
    doc.source = fields.get("source") or fields.get("outlet")  # outlet: byline.py
    doc.author = fields.get("author")
    doc.editor = fields.get("editor")
    doc.site = fields.get("site")
    placements = layout.placements
    reasons = layout.reasons
    for index, reason in removed.items():
        placements[index], reasons[index] = "removed", reason
    for index, found in enumerate(layout.evidence):
        if found is not None:
            evidence.add(index, found)
    notices: list[str] = []
    for index, placement in enumerate(placements):
        if placement == "blank":
            continue
        if not texts[index] and index not in removed:
            placements[index] = "blank"
        elif placement == "body":
            doc.body.append(texts[index])
        elif placement == "removed":
            # As it came, but writable: a lone surrogate would make every rendering fail.
            shown = SURROGATE.sub("\ufffd", originals[index]).strip()
            doc.removed.append(Removal(index + 1, shown, removal_reason(reasons[index] or "")))
        elif placement == "title":
            # structure gives the headline without a site suffix (… - 新华网) when it cut
            # one; the line's text is the headline too (the cut is in its evidence)
            texts[index] = doc.title = fields.get("title", texts[index])
        elif placement == "caption":
            doc.captions.append(texts[index])
        elif placement == "heading":
            doc.body.append(texts[index])
            doc.headings.append(texts[index])
        elif placement == "copyright":
            notices.append(texts[index])
    doc.copyright = "\n".join(notices) or None
    doc.lines = LineTable(originals, texts, placements, reasons, evidence.finish())
    return doc


def clean_bytes(
    data: bytes,
    *,
    encoding: str = "auto",
    convert: str = "auto",
    path: str = "-",
    config: CleanConfig | None = None,
) -> Document:
    """Decode ``data`` (``encoding="auto"`` detects it) and clean it.

    Raises ``newsclean.errors.InputError`` for empty, binary or undecodable input.
    """
    decoded = decode_bytes(data, encoding)
    doc = clean(decoded.text, convert=convert, path=path, config=config)
    doc.encoding = decoded.encoding
    return doc

"""The pipeline: text -> lines -> filters -> Document, in one direction.

Order matters and each step says why it stands where it does:

1. normalize: NFC, invisible characters, indentation (every later step sees clean lines);
2. spam: on the page as it came, before anything rewrites it;
3. pinyin: before conversion, since the annotation follows the mirror's traditional character;
4. mojibake: before conversion, since realigning needs the bytes the mirror actually wrote;
5. convert: one OpenCC call for the whole page, with the configuration ``auto`` reads off
   the page once spam, glosses and mojibake are gone (they would skew the evidence);
6. structure: last, on simplified text, where the label vocabularies match.

Where: steps 1, 2 and 5 work on the whole page (``page.Page``), 3 and 4 line by line
(``line_repair``), 6 in ``filters.structure``; this module runs them and assembles the
``Document``.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean import line_repair
from newsclean.config import CleanConfig
from newsclean.decode import decode_bytes
from newsclean.document import Document, Evidence, LineTable, Removal, Warning, removal_reason
from newsclean.filters import codec_partial
from newsclean.filters.byline_values import source_without_writer
from newsclean.filters.lazy_pattern import page_begun
from newsclean.filters.normalize import SURROGATE
from newsclean.filters.notice import notice_text
from newsclean.filters.script import guess_lines
from newsclean.filters.structure import Layout, classify
from newsclean.page import EvidenceColumn, Page

__all__ = ["CleanConfig", "clean", "clean_bytes"]

#: Traditional-only characters that make a page traditional for its date order's region
#: (``record_dates.page_order``); a stray one in a name or a quote does not.
MIN_TRADITIONAL = 10


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
    page_begun()  # from the second page, the Han grammars move to the standard engine
    page = Page(text, repair=config.repair_mojibake)
    if config.remove_spam:
        page.remove_spam()
    warnings = line_repair.repair(page, config)
    conversion = config.convert
    notes: list[Evidence] = []
    simplified = traditional = False
    if conversion == "auto":
        guess = guess_lines(page.kept_text())
        conversion, simplified = guess.config, guess.traditional == 0
        traditional = guess.traditional >= MIN_TRADITIONAL  # the region: record_dates
        notes.append(Evidence("convert", "auto", guess.detail()))
    page.convert(conversion, simplified=simplified)
    page.shared.clear()
    layout = classify(page.views(), traditional)
    for index in page.lost:  # a paragraph a codec lost is no furniture: it stays in place
        layout.placements[index], layout.reasons[index] = "body", None
    if "\ufffd" in text:  # a line a codec lost holds its mark (round 46: one test a page)
        _place_partial(page, layout)
    doc = _assemble(page, layout, warnings, path)
    doc.conversion = conversion
    doc.notes = notes
    return doc


def _place_partial(page: Page, layout: Layout) -> None:
    """Lines a codec lost that their surviving characters read (``codec_partial``) go where
    their clean copy would: an empty field label is metadata with no field, an interface
    template is removed as "nav"; every other lost line stays where it was placed."""
    for index, placement in enumerate(layout.placements):
        original = page.originals[index]
        if placement != "body" or "\ufffd" not in original:
            continue
        if (found := codec_partial.furniture(original)) is not None:
            label = found[0].startswith("empty label")
            place = "metadata" if label else "nav"
            layout.placements[index] = "metadata" if label else "removed"
            layout.reasons[index] = None if label else "nav"
            page.lost.discard(index)
            page.evidence.add(index, Evidence("structure", place, codec_partial.describe(*found)))


def _assemble(page: Page, layout: Layout, warnings: list[Warning], path: str) -> Document:
    originals, texts, removed, evidence = page.originals, page.texts, page.removed, page.evidence
    fields = layout.fields
    doc = Document(path=path, warnings=warnings)
    doc.published_at = fields.get("published_at")
    doc.source = fields.get("source") or fields.get("outlet")  # outlet: byline.py
    doc.author = fields.get("author")
    doc.source = source_without_writer(doc.source, doc.author)  # 中評社 | 海涵: byline_values
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
            texts[index] = notice_text(texts[index])  # a mirror's gloss is no part of it
            notices.append(texts[index])
    doc.copyright = "\n".join(notices) or None
    doc.warnings = _warnings_kept(doc.warnings, placements, evidence)
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


def _warnings_kept(
    warnings: list[Warning], placements: Sequence[str], evidence: EvidenceColumn
) -> list[Warning]:
    """The warnings about text the document keeps.  A garbled line the page removed (a
    server's error box read in the wrong codec, a spam line) puts nothing garbled into
    the document: its warning becomes that line's evidence, shown by ``--explain`` beside
    the removal, and leaves the document's warnings (round 47)."""
    kept: list[Warning] = []
    for warning in warnings:
        index = warning.line - 1
        if 0 <= index < len(placements) and placements[index] == "removed":
            detail = f"{warning.text!r}: {warning.message}"
            evidence.add(index, Evidence(warning.kind, "flagged in a removed line", detail))
        else:
            kept.append(warning)
    return kept

"""The pipeline: text -> lines -> filters -> Document, in one direction.

Order matters and each step says why it stands where it does:

1. normalize: NFC, invisible characters, indentation (every later step sees clean lines);
2. spam: on the page as it came, before anything rewrites it;
3. pinyin: before conversion, since the annotation follows the mirror's traditional character;
4. mojibake: before conversion, since realigning needs the bytes the mirror actually wrote;
5. convert: one OpenCC call for the whole page;
6. structure: last, on simplified text, where the label vocabularies match.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsclean.decode import decode_bytes
from newsclean.document import Document, Evidence, LineRecord, Placement, Removal, Warning
from newsclean.filters import mojibake, pinyin, spam
from newsclean.filters.convert import CONFIGS, convert_lines, converter
from newsclean.filters.normalize import SURROGATE, normalize_lines, split_lines
from newsclean.filters.structure import LineView, classify


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """One switch per filter, and the conversion to apply."""

    convert: str = "t2s"
    remove_spam: bool = True
    strip_pinyin: bool = True
    repair_mojibake: bool = True

    def __post_init__(self) -> None:
        if self.convert not in CONFIGS:
            raise ValueError(
                f"unknown conversion {self.convert!r}; choose from {', '.join(CONFIGS)}"
            )


@dataclass(slots=True)
class _Line:
    number: int
    original: str
    text: str
    indented: bool
    blanks_before: int
    removed: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


def _simplify_char(char: str) -> str:
    return converter("t2s").convert(char)


def _simplify_lines(texts: list[str]) -> list[str]:
    """One t2s pass over many lines in one call: what ``score_line``'s ``simplify`` does to
    each line (a single pass, not ``convert_lines``' fixed point, which would convert the
    candidate lines of every traditional page twice)."""
    simplify = converter("t2s").convert
    converted = simplify("\n".join(texts)).split("\n")
    if len(converted) != len(texts):  # pragma: no cover - OpenCC never maps across newlines
        return [simplify(text) for text in texts]
    return converted


def clean(
    text: str, *, convert: str = "t2s", path: str = "-", config: CleanConfig | None = None
) -> Document:
    """Clean one page of text into a ``Document``.

    >>> doc = clean("標題\\n\\n發(fā)布時間: 2025-07-02\\n\\n  第一段正文，發(fā)展很快。\\n")
    >>> doc.title, doc.published_at, doc.body
    ('标题', '2025-07-02', ['第一段正文，发展很快。'])
    """
    config = config or CleanConfig(convert=convert)
    lines: list[_Line] = []
    blanks = 0
    raws = split_lines(text)
    for number, (raw, normalized) in enumerate(
        zip(raws, normalize_lines(raws), strict=True), start=1
    ):
        line = _Line(number, raw, normalized.text, normalized.indented, blanks)
        if normalized.evidence is not None:
            line.evidence.append(normalized.evidence)
        blanks = blanks + 1 if not normalized.text else 0
        lines.append(line)

    warnings: list[Warning] = []
    # Spam is judged on the page as it came: the whole page at once, one OpenCC call.
    verdicts = (
        spam.spam_verdicts([ln.text for ln in lines], simplify_lines=_simplify_lines)
        if config.remove_spam
        else None
    )
    for index, line in enumerate(lines):
        if not line.text:
            continue
        if verdicts is not None:
            verdict = verdicts[index]
            if verdict.is_spam:
                line.removed = "spam"
                line.evidence.append(verdict.evidence())
                continue
        if config.strip_pinyin:
            stripped = pinyin.strip_annotations(line.text, simplify=_simplify_char)
            if stripped.stripped:
                line.text = stripped.text
                line.evidence.append(pinyin.evidence(stripped))  # type: ignore[arg-type]
        found = mojibake.find_mojibake(line.text, repair=config.repair_mojibake)
        if found.spans:
            line.text = found.text
            line.evidence.extend(mojibake.evidence(found))
            for span in found.spans:
                repaired = f"; repaired to {span.repaired!r}" if span.repaired is not None else ""
                warnings.append(
                    Warning(line.number, "mojibake", span.text, f"byte-misaligned text{repaired}")
                )

    kept = [line for line in lines if line.text and line.removed is None]
    for line, converted in zip(
        kept, convert_lines([ln.text for ln in kept], config.convert), strict=True
    ):
        if converted != line.text:
            line.evidence.append(Evidence("convert", config.convert, "converted"))
        line.text = converted

    views = [
        LineView(ln.text, ln.indented, ln.blanks_before) if ln.text and ln.removed is None else None
        for ln in lines
    ]
    layout = classify(views)
    return _assemble(
        lines, layout.placements, layout.reasons, layout.evidence, layout.fields, warnings, path
    )


def _assemble(
    lines: list[_Line],
    placements: list[Placement],
    reasons: list[str | None],
    evidence: list[Evidence | None],
    fields: dict[str, str],
    warnings: list[Warning],
    path: str,
) -> Document:
    doc = Document(path=path, warnings=warnings)
    doc.published_at = fields.get("published_at")
    doc.source = fields.get("source")
    doc.author = fields.get("author")
    doc.editor = fields.get("editor")
    doc.site = fields.get("site")
    notices: list[str] = []
    for line, placement, reason, found in zip(lines, placements, reasons, evidence, strict=True):
        if line.removed is not None:
            placement, reason = "removed", line.removed
        elif not line.text:
            placement = "blank"
        if found is not None:
            line.evidence.append(found)
        if placement == "removed":
            # As it came, but writable: a lone surrogate would make every rendering fail.
            shown = SURROGATE.sub("\ufffd", line.original).strip()
            doc.removed.append(Removal(line.number, shown, reason or "removed"))
        elif placement == "title":
            doc.title = line.text
        elif placement == "caption":
            doc.captions.append(line.text)
        elif placement == "heading":
            doc.body.append(line.text)
            doc.headings.append(line.text)
        elif placement == "body":
            doc.body.append(line.text)
        elif placement == "copyright":
            notices.append(line.text)
        doc.lines.append(
            LineRecord(
                line.number, line.original, line.text, placement, reason, tuple(line.evidence)
            )
        )
    doc.copyright = "\n".join(notices) or None
    return doc


def clean_bytes(
    data: bytes,
    *,
    encoding: str = "auto",
    convert: str = "t2s",
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

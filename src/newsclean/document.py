"""The cleaned article and the records that explain how it was made.

Every non-blank input line ends up in exactly one place: a field of the
``Document`` or ``Document.removed``.  ``Document.lines`` keeps, for each input
line, where it went and the evidence the filters recorded; ``--explain``, the
JSON ``removed`` list and the batch report are all read from it.

The records are kept as columns (``LineTable``): a page of a million one-character
lines would need a gigabyte as a million record objects, and the records are read only
when asked for (``--explain``, a report's counts).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, get_args, overload

Placement = Literal[
    "title", "metadata", "caption", "heading", "body", "copyright", "removed", "blank"
]
#: Why a line was removed (``Removal.reason``): ``--explain`` shows ``removed:REASON``,
#: the stats and the batch report count ``removed_REASON``, the summary labels each.
RemovalReason = Literal["spam", "nav", "share"]
REMOVAL_REASONS: tuple[RemovalReason, ...] = get_args(RemovalReason)


def removal_reason(value: str) -> RemovalReason:
    """``value`` as a removal reason; a filter that records any other is a bug.

    >>> removal_reason("spam")
    'spam'
    """
    for reason in REMOVAL_REASONS:
        if value == reason:
            return reason
    raise ValueError(f"unknown removal reason {value!r}; expected one of {REMOVAL_REASONS}")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One thing a filter did to (or found in) a line, as data."""

    filter: str
    action: str
    detail: str
    count: int = 1


@dataclass(frozen=True, slots=True)
class Removal:
    line: int
    text: str
    reason: RemovalReason

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "text": self.text, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Warning:
    line: int
    kind: str
    text: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "kind": self.kind, "text": self.text, "message": self.message}


@dataclass(slots=True)
class LineRecord:
    """Where one input line went, and why."""

    number: int
    original: str
    text: str
    placement: Placement
    reason: str | None = None
    evidence: tuple[Evidence, ...] = ()


#: The evidence of a line nothing was recorded about: one tuple shared by all of them.
NO_EVIDENCE: tuple[Evidence, ...] = ()


@dataclass(slots=True, eq=False, repr=False)
class LineTable(Sequence[LineRecord]):
    """``Document.lines`` as parallel columns, one entry per input line; a ``LineRecord``
    is built each time one is read (so changing a record read from it changes nothing).

    The columns hold shared objects (equal lines share one string, lines without evidence
    the one ``NO_EVIDENCE``), so a line costs a few pointers, not an object of its own.

    >>> table = LineTable(["標題", ""], ["标题", ""], ["title", "blank"], [None, None],
    ...                   [NO_EVIDENCE, NO_EVIDENCE])
    >>> len(table), table[0].number, table[0].text, table[-1].placement
    (2, 1, '标题', 'blank')
    >>> [record.original for record in table]
    ['標題', '']
    """

    originals: list[str]
    texts: list[str]
    placements: list[Placement]
    reasons: list[str | None]
    evidence: list[tuple[Evidence, ...]]

    def __len__(self) -> int:
        return len(self.originals)

    def _record(self, index: int) -> LineRecord:
        return LineRecord(
            index + 1,
            self.originals[index],
            self.texts[index],
            self.placements[index],
            self.reasons[index],
            self.evidence[index],
        )

    @overload
    def __getitem__(self, index: int) -> LineRecord: ...

    @overload
    def __getitem__(self, index: slice) -> list[LineRecord]: ...

    def __getitem__(self, index: int | slice) -> LineRecord | list[LineRecord]:
        if isinstance(index, slice):
            return [self._record(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("line index out of range")
        return self._record(index)

    def __iter__(self) -> Iterator[LineRecord]:
        columns = zip(
            self.originals, self.texts, self.placements, self.reasons, self.evidence, strict=True
        )
        for number, (original, text, placement, reason, evidence) in enumerate(columns, 1):
            yield LineRecord(number, original, text, placement, reason, evidence)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LineTable):
            return (
                self.originals == other.originals
                and self.texts == other.texts
                and self.placements == other.placements
                and self.reasons == other.reasons
                and self.evidence == other.evidence
            )
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<LineTable of {len(self)} lines>"


@dataclass(slots=True)
class Document:
    path: str = "-"
    title: str | None = None
    published_at: str | None = None
    source: str | None = None
    author: str | None = None
    editor: str | None = None
    site: str | None = None
    captions: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    copyright: str | None = None
    #: The OpenCC configuration applied (what ``--convert auto`` chose), or "none".
    conversion: str | None = None
    removed: list[Removal] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    #: One record per input line (a ``LineTable`` from ``clean``).
    lines: Sequence[LineRecord] = field(default_factory=list, repr=False)
    #: Evidence about the page as a whole (the conversion ``auto`` chose, and why).
    notes: list[Evidence] = field(default_factory=list, repr=False)
    encoding: str | None = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON schema of ``--format json``; the key names are a public contract."""
        return {
            "path": self.path,
            "title": self.title,
            "published_at": self.published_at,
            "source": self.source,
            "author": self.author,
            "editor": self.editor,
            "site": self.site,
            "captions": list(self.captions),
            "body": list(self.body),
            "headings": list(self.headings),
            "copyright": self.copyright,
            "conversion": self.conversion,
            "removed": [r.to_dict() for r in self.removed],
            "warnings": [w.to_dict() for w in self.warnings],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a document from ``to_dict()`` output (the per-line records are not kept)."""
        return cls(
            path=data["path"],
            title=data["title"],
            published_at=data["published_at"],
            source=data["source"],
            author=data["author"],
            editor=data["editor"],
            site=data["site"],
            captions=list(data["captions"]),
            body=list(data["body"]),
            headings=list(data["headings"]),
            copyright=data["copyright"],
            conversion=data.get("conversion"),
            removed=[Removal(**r) for r in data["removed"]],
            warnings=[Warning(**w) for w in data["warnings"]],
        )

    def stats(self) -> Counter[str]:
        """Counts for summaries and reports: lines removed per reason, and filter actions."""
        counts: Counter[str] = Counter()
        for removal in self.removed:
            counts[f"removed_{removal.reason}"] += 1
        found = (
            self.lines.evidence
            if isinstance(self.lines, LineTable)
            else [record.evidence for record in self.lines]
        )
        for evidence in found:
            for ev in evidence:
                counts[f"{ev.filter}_{ev.action}"] += ev.count
        counts["mojibake_warnings"] = sum(1 for w in self.warnings if w.kind == "mojibake")
        return counts

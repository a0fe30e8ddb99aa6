"""The cleaned article and the records that explain how it was made.

Every non-blank input line ends up in exactly one place: a field of the
``Document`` or ``Document.removed``.  ``Document.lines`` keeps, for each input
line, where it went and the evidence the filters recorded; ``--explain``, the
JSON ``removed`` list and the batch report are all read from it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

Placement = Literal[
    "title", "metadata", "caption", "heading", "body", "copyright", "removed", "blank"
]
#: Why a line was removed (``Removal.reason``): ``--explain`` shows ``removed:REASON``,
#: the stats and the batch report count ``removed_REASON``, the summary labels each.
RemovalReason = Literal["spam", "nav", "share"]
REMOVAL_REASONS: tuple[RemovalReason, ...] = get_args(RemovalReason)


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
    reason: str

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
    removed: list[Removal] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    lines: list[LineRecord] = field(default_factory=list, repr=False)
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
            removed=[Removal(**r) for r in data["removed"]],
            warnings=[Warning(**w) for w in data["warnings"]],
        )

    def stats(self) -> Counter[str]:
        """Counts for summaries and reports: lines removed per reason, and filter actions."""
        counts: Counter[str] = Counter()
        for removal in self.removed:
            counts[f"removed_{removal.reason}"] += 1
        for record in self.lines:
            for ev in record.evidence:
                counts[f"{ev.filter}_{ev.action}"] += ev.count
        counts["mojibake_warnings"] = sum(1 for w in self.warnings if w.kind == "mojibake")
        return counts

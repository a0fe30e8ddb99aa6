"""What happened to one input (``FileResult``), and its ``--report`` record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["cleaned", "skipped", "failed"]


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one input.

    ``path`` is the input's path as a ``str`` (undecodable bytes of a name as
    surrogate escapes: ``newsclean.names``); show it with ``names.shown``.
    """

    path: str
    status: Status
    reason: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    bytes_in: int = 0
    bytes_out: int = 0
    #: The file written (per-file formats).
    output: str | None = None
    #: The rendered JSON line (jsonl format), written by the sink in order.
    line: str | None = None
    #: (size, mtime_ns) of the input when it was read, for the manifest.
    source: tuple[int, int] | None = None


def record(result: FileResult) -> dict[str, Any]:
    """The ``--report`` record of one input; the key names are a public contract."""
    return {
        "path": result.path,
        "status": result.status,
        "reason": result.reason,
        "output": result.output,
        "counts": dict(sorted(result.counts.items())),
        "bytes_in": result.bytes_in,
        "bytes_out": result.bytes_out,
    }


def from_record(entry: dict[str, Any], line: str | None = None) -> FileResult:
    """The ``FileResult`` a ``record`` came from (the jsonl ``line`` kept apart)."""
    return FileResult(
        entry["path"],
        entry["status"],
        entry["reason"],
        dict(entry["counts"]),
        entry["bytes_in"],
        entry["bytes_out"],
        entry["output"],
        line,
    )

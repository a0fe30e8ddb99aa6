"""The figures of a run (``BatchSummary``) and the lines printed at its end."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsclean.batch.result import FileResult
from newsclean.document import REMOVAL_REASONS, RemovalReason
from newsclean.names import shown

#: Failures listed by name in the summary; the report has them all.
SHOWN_FAILURES = 10

#: What the summary calls the lines removed for each reason.
REMOVAL_LABELS: dict[RemovalReason, str] = {
    "spam": "spam lines removed",
    "nav": "navigation lines removed",
    "share": "share lines removed",
}
#: Summary lines: (count key, what it counts).
FIGURES = (
    *((f"removed_{reason}", REMOVAL_LABELS[reason]) for reason in REMOVAL_REASONS),
    ("pinyin_stripped", "pinyin annotations stripped"),
    ("mojibake_warnings", "mojibake warnings"),
)


@dataclass(slots=True)
class BatchSummary:
    """Totals over a run; ``exit_code`` is what the command line exits with."""

    total: int = 0
    cleaned: int = 0
    skipped: int = 0
    failed: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    skip_reasons: Counter[str] = field(default_factory=Counter)
    #: The first ``SHOWN_FAILURES`` failures (path, reason); ``failed`` counts them all.
    failures: list[tuple[str, str]] = field(default_factory=list)
    bytes_in: int = 0
    bytes_out: int = 0
    elapsed: float = 0.0
    interrupted: bool = False
    stdout_closed: bool = False
    #: Whether a ``--report`` lists every file (the summary then points to it).
    has_report: bool = False
    #: A jsonl output that could not be written ("PATH: reason"): the run failed.
    write_error: str | None = None

    def add(self, result: FileResult) -> None:
        if result.status == "cleaned":
            self.cleaned += 1
        elif result.status == "skipped":
            self.skipped += 1
            self.skip_reasons[result.reason or "skipped"] += 1
        else:
            self.failed += 1
            if len(self.failures) < SHOWN_FAILURES:  # the report has them all
                self.failures.append((result.path, result.reason or "failed"))
        self.counts.update(result.counts)
        self.bytes_in += result.bytes_in
        self.bytes_out += result.bytes_out

    @property
    def finished(self) -> int:
        return self.cleaned + self.skipped + self.failed

    @property
    def exit_code(self) -> int:
        """130 when stopped by a signal, 1 when a file failed (or stdout closed early), else 0."""
        if self.interrupted and not self.stdout_closed:
            return 130
        return 1 if self.failed or self.stdout_closed or self.write_error else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "cleaned": self.cleaned,
            "skipped": self.skipped,
            "failed": self.failed,
            "interrupted": self.interrupted,
            "counts": dict(sorted(self.counts.items())),
            "bytes_in": self.bytes_in,
            "bytes_out": self.bytes_out,
            "seconds": round(self.elapsed, 3),
        }


def _size(count: int) -> str:
    value = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


def format_summary(summary: BatchSummary) -> str:
    # Every file name is escaped (``names.shown``): a name must not drive the terminal.
    """The lines printed on stderr at the end of a run."""
    seconds = max(summary.elapsed, 1e-9)
    skipped = f"{summary.skipped} skipped"
    if summary.skip_reasons:
        skipped += (
            " (" + ", ".join(f"{n} {why}" for why, n in sorted(summary.skip_reasons.items())) + ")"
        )
    lines = []
    if summary.write_error is not None:
        lines.append(f"newsclean: error: cannot write {shown(summary.write_error)}")
    if summary.stdout_closed:
        lines.append(
            f"newsclean: standard output closed: stopped after {summary.finished}"
            f" of {summary.total} files"
        )
    elif summary.interrupted:
        lines.append(
            f"newsclean: interrupted: {summary.finished} of {summary.total} files finished;"
            " run the same command again to do the rest"
        )
    lines.append(
        f"newsclean: {summary.total} files: {summary.cleaned} cleaned, {skipped},"
        f" {summary.failed} failed in {summary.elapsed:.1f} s"
        f" ({summary.finished / seconds:.0f} files/s, {summary.bytes_in / seconds / 1e6:.1f} MB/s)"
    )
    lines.append(
        "  " + "; ".join(f"{summary.counts.get(key, 0)} {label}" for key, label in FIGURES)
    )
    lines.append(f"  {_size(summary.bytes_in)} in, {_size(summary.bytes_out)} out")
    for path, reason in summary.failures[:SHOWN_FAILURES]:
        lines.append(f"  failed: {shown(path)}: {shown(reason)}")
    if summary.failed > SHOWN_FAILURES:
        more = f"  … and {summary.failed - SHOWN_FAILURES} more failures"
        lines.append(more + (" (--report lists all)" if summary.has_report else ""))
    return "\n".join(lines) + "\n"

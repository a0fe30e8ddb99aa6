"""Every setting of a batch run as plain values, and the checks made before it starts."""

from __future__ import annotations

import os
from dataclasses import dataclass

from newsclean.batch.walk import DEFAULT_INCLUDE
from newsclean.errors import InputError, UsageError
from newsclean.names import shown
from newsclean.render import format_of_output

__all__ = [
    "DEFAULT_INCLUDE",
    "DEFAULT_MAX_BYTES",
    "BatchOptions",
    "available_cpus",
    "check_options",
    "format_of_output",
]

#: ``--max-bytes`` default: larger files are recorded as failed, not read.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, as ``taskset`` or a cgroup set it)."""
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        try:
            return max(1, len(affinity(0)))
        except OSError:  # pragma: no cover - not on this platform after all
            pass
    return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """Every setting of a batch run, as plain values (no CLI types)."""

    inputs: tuple[str, ...]
    #: OUTDIR for per-file formats; for jsonl a file (``.gz`` compresses), None for stdout.
    output: str | None = None
    fmt: str = "text"
    encoding: str = "auto"
    convert: str = "auto"
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    #: Worker processes; 0 means one per available CPU.  1 runs in this process.
    jobs: int = 0
    unordered: bool = False
    report: str | None = None
    force: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    allow_nested: bool = False
    #: Files per unit of work sent to a worker; 0 chooses from the file count.
    chunk_size: int = 0

    @property
    def per_file(self) -> bool:
        return self.fmt != "jsonl"

    @property
    def to_stdout(self) -> bool:
        """jsonl on standard output (no ``-o``, or ``-o -``)."""
        return not self.per_file and self.output in (None, "-")

    def worker_count(self) -> int:
        return self.jobs if self.jobs > 0 else available_cpus()


def _inside(path: str, root: str) -> bool:
    return os.path.commonpath([path, root]) == root


def check_options(options: BatchOptions) -> None:
    """Raise ``UsageError`` (one line) when the run cannot start as asked.

    The checks that need the walk (an output that is an input) are ``plan``'s.
    """
    from newsclean.decode import check_encoding
    from newsclean.render import FORMATS

    if options.fmt not in FORMATS:
        raise UsageError(f"unknown format {options.fmt!r}")
    if not options.inputs:
        raise UsageError("no input paths")
    if options.jobs < 0:
        raise UsageError("--jobs must be at least 1")
    if options.max_bytes < 1:
        raise UsageError("--max-bytes must be positive")
    try:
        check_encoding(options.encoding)
    except InputError as exc:
        raise UsageError(f"--encoding: {exc}") from None
    for path in options.inputs:
        if path == "-":
            raise UsageError("standard input (-) cannot be part of a batch")
        # A bad input, as for one file (exit 1), not a command that cannot run.
        if not os.path.lexists(path):
            raise InputError(f"{shown(path)}: no such file or directory")
        if not os.path.exists(path):
            raise InputError(f"{shown(path)}: broken symlink")
    real_inputs = [os.path.realpath(p) for p in options.inputs]
    real_dirs = [r for p, r in zip(options.inputs, real_inputs, strict=True) if os.path.isdir(p)]
    out = options.output
    if options.per_file:
        if out is None or out == "-":
            raise UsageError(
                f"-o OUTDIR is needed to write one {options.fmt} file per input"
                " (or use --format jsonl for one stream)"
            )
        implied = format_of_output(out)
        if os.path.exists(out) and not os.path.isdir(out):
            raise UsageError(f"{shown(out)}: OUTDIR exists and is not a directory")
        if implied == "jsonl":
            raise UsageError(f"{shown(out)}: names a jsonl file, but --format is {options.fmt}")
        if implied is not None and not os.path.isdir(out):
            raise UsageError(
                f"{shown(out)}: names one {implied} file, but a batch writes one per input"
                f" (give -o DIR/, or a .jsonl[.gz] name for one stream)"
            )
        real_out = os.path.realpath(out)
        for path, real in zip(options.inputs, real_inputs, strict=True):
            # Equal counts as inside: with --allow-nested outputs then sit next to their
            # inputs, and the plan still refuses to overwrite any input.
            if real in real_dirs and _inside(real_out, real) and not options.allow_nested:
                raise UsageError(
                    f"{shown(out)}: OUTDIR is inside the input directory {shown(path)}"
                    " (choose another, or pass --allow-nested)"
                )
    elif out is not None and out != "-":
        if out.endswith(("/", os.sep)) or os.path.isdir(out):
            raise UsageError(f"{shown(out)}: is a directory (jsonl writes one file)")
        if os.path.realpath(out) in real_inputs:
            raise UsageError(f"{shown(out)}: refusing to overwrite an input")
    if options.report is not None:
        if options.report.endswith(("/", os.sep)) or os.path.isdir(options.report):
            raise UsageError(f"{shown(options.report)}: --report names a directory")
        if os.path.realpath(options.report) in real_inputs:
            raise UsageError(f"{shown(options.report)}: refusing to overwrite an input")
        if (
            out is not None
            and not options.per_file
            and os.path.realpath(options.report) == os.path.realpath(out)
        ):
            raise UsageError("--report and -o name the same file")

"""Clean many files: one function per file, and a runner that fans it out over processes.

``clean_file`` does everything for one input and never raises for a bad file: it
returns a ``FileResult`` saying cleaned, skipped or failed, and why.  It takes only
picklable values, so any executor (this module's process pool, or another backend)
can run it.  ``run_batch`` walks the inputs into a spool (memory does not grow with
the number of files), runs ``clean_file`` in chunks on a process pool whose workers
load the converter and lexicons once, collects every result (a crashed worker
becomes *failed* records, never silence), writes JSON Lines and the report in a
deterministic order, and stops cleanly on SIGINT/SIGTERM: files in progress finish,
nothing is left half-written, and the summary says what was done.
"""

from __future__ import annotations

import contextlib
import errno
import gzip
import multiprocessing
import os
import pickle
import signal
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import IO, Any, Generic, Literal, Protocol, TypeVar

from newsclean.errors import NewscleanError, UsageError
from newsclean.io.report import BatchSummary, ReportWriter
from newsclean.io.walk import DEFAULT_INCLUDE, InputFile, Rejected, Root, Walker

__all__ = [
    "DEFAULT_INCLUDE",
    "DEFAULT_MAX_BYTES",
    "BatchOptions",
    "BatchSummary",
    "FileResult",
    "InputFile",
    "Progress",
    "check_options",
    "clean_file",
    "output_path",
    "run_batch",
]

#: ``--max-bytes`` default: larger files are recorded as failed, not read.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
#: The formats written one file per input (jsonl is one stream).
PER_FILE_FORMATS = ("text", "json", "markdown")

Status = Literal["cleaned", "skipped", "failed"]
T = TypeVar("T")


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
    #: Worker processes; 0 means one per CPU.  1 runs in this process.
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

    def worker_count(self) -> int:
        return self.jobs if self.jobs > 0 else (os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one input."""

    path: str
    status: Status
    reason: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    bytes_in: int = 0
    bytes_out: int = 0
    #: The file written (per-file formats).
    output: str | None = None
    #: The rendered JSON line (jsonl format), written by the runner in order.
    line: str | None = None


class Progress(Protocol):
    """What ``run_batch`` tells a progress display; every call comes from the calling thread."""

    def start(self, total: int) -> None: ...
    def advance(self, result: FileResult) -> None: ...
    def stopping(self) -> None: ...
    def stop(self) -> None: ...


# --------------------------------------------------------------------------- one file


def output_path(item: InputFile, options: BatchOptions) -> str | None:
    """Where ``item``'s output goes: OUTDIR / relpath with the format's extension.

    The last suffix is replaced (``a/b.htm.txt`` -> ``a/b.htm.json``).  Raises
    ``ValueError`` if the result would leave OUTDIR (it cannot, for names a walk
    produces; the check guards other callers).
    """
    if not options.per_file or options.output is None:
        return None
    from newsclean.render import EXTENSIONS

    parts = [p for p in item.relpath.split("/") if p not in ("", ".")]
    if not parts or ".." in parts:
        raise ValueError(f"{item.relpath!r}: not a relative path inside OUTDIR")
    stem, _ = os.path.splitext(parts[-1])
    parts[-1] = (stem or parts[-1]) + EXTENSIONS[options.fmt]
    outdir = os.path.abspath(options.output)
    target = os.path.join(outdir, *parts)
    if os.path.commonpath([outdir, target]) != outdir:
        raise ValueError(f"{item.relpath!r}: output would leave OUTDIR")
    return target


def _display(path: str) -> str:
    """``path`` as valid Unicode (undecodable bytes in a file name become U+FFFD)."""
    return os.fsencode(path).decode("utf-8", "replace")


def _reason(exc: OSError) -> str:
    return str(exc.strerror or exc).lower()


def _read_regular_file(path: str, limit: int) -> bytes:
    """Read at most ``limit`` bytes of ``path``, which must still be a regular file.

    The walk saw a regular file, but it may since have been replaced: opening
    without blocking and checking the open descriptor means a FIFO or a device
    put in its place is refused instead of hanging the batch.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise OSError(errno.EISDIR, "is a directory")
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, "not a regular file")
        chunks: list[bytes] = []
        remaining = limit
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def clean_file(item: InputFile, options: BatchOptions) -> FileResult:
    """Read, clean, render and (for per-file formats) atomically write one input.

    Never raises for a bad file: every problem becomes a *failed* (or *skipped*)
    result with a short reason.
    """
    path = _display(item.path)
    try:
        target = output_path(item, options)
    except ValueError as exc:
        return FileResult(path, "failed", str(exc))
    try:
        info = os.stat(item.path)
    except FileNotFoundError:
        return FileResult(path, "failed", "vanished before it was read")
    except OSError as exc:
        return FileResult(path, "failed", f"cannot read ({_reason(exc)})")
    if target is not None:
        try:
            out_info = os.stat(target)
        except OSError:
            out_info = None
        if out_info is not None:
            if (out_info.st_dev, out_info.st_ino) == (info.st_dev, info.st_ino):
                return FileResult(path, "failed", "output would overwrite the input", output=target)
            if not options.force and out_info.st_mtime_ns >= info.st_mtime_ns:
                return FileResult(path, "skipped", "up to date", output=target)
    if info.st_size > options.max_bytes:
        return FileResult(path, "failed", f"larger than --max-bytes ({info.st_size} bytes)")
    try:
        data = _read_regular_file(item.path, options.max_bytes + 1)
    except FileNotFoundError:
        return FileResult(path, "failed", "vanished before it was read")
    except OSError as exc:
        return FileResult(path, "failed", f"cannot read ({_reason(exc)})")
    if len(data) > options.max_bytes:
        return FileResult(path, "failed", "larger than --max-bytes (grew while read)")
    try:
        from newsclean.pipeline import clean_bytes
        from newsclean.render import render

        doc = clean_bytes(data, encoding=options.encoding, convert=options.convert, path=path)
        rendered = render(doc, options.fmt)
    except NewscleanError as exc:
        return FileResult(path, "failed", str(exc), bytes_in=len(data))
    except Exception as exc:  # a bug must not sink the batch: record it and go on
        return FileResult(
            path, "failed", f"internal error ({type(exc).__name__}: {exc})", bytes_in=len(data)
        )
    encoded = rendered.encode("utf-8")
    counts = dict(doc.stats())
    if target is None:
        return FileResult(path, "cleaned", None, counts, len(data), len(encoded), line=rendered)
    try:
        _write_output(target, encoded, options.output or "")
    except (OSError, ValueError) as exc:
        reason = _reason(exc) if isinstance(exc, OSError) else str(exc)
        return FileResult(path, "failed", f"cannot write output ({reason})", counts, len(data))
    return FileResult(path, "cleaned", None, counts, len(data), len(encoded), output=target)


def _write_output(target: str, data: bytes, outdir: str) -> None:
    """Create the parent, check it really lies in OUTDIR (not via a symlink), write atomically.

    SIGTERM/SIGINT are held back for the write and the rename, so a killed worker
    leaves either the old output or the new one, and no temporary file.
    """
    from newsclean.io.atomic import write_atomic

    parent = os.path.dirname(target)
    os.makedirs(parent, exist_ok=True)
    real_out = os.path.realpath(outdir)
    if os.path.commonpath([real_out, os.path.realpath(parent)]) != real_out:
        raise ValueError("its directory leads outside OUTDIR through a symlink")
    held = {signal.SIGTERM, signal.SIGINT}
    blocked = _in_worker and hasattr(signal, "pthread_sigmask")
    if blocked:
        signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        write_atomic(target, data)
    finally:
        if blocked:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, held)


# --------------------------------------------------------------------------- workers

_in_worker = False
_stop_event: Any = None  # a multiprocessing Event in workers, a threading.Event in-process


def warm_up(convert: str) -> None:
    """Load the converter, lexicons and detector now, once per process."""
    from newsclean.io.decode import decode_bytes
    from newsclean.pipeline import clean

    clean(
        "標題\n\n發(fā)布時間: 2025-07-02 來源: 新華社\n\n  第一段正文，發展很快。\n",
        convert=convert,
    )
    with contextlib.suppress(NewscleanError):
        decode_bytes("新聞標題，發展很快。".encode("big5"))


def _init_worker(convert: str, stop_event: Any) -> None:
    global _in_worker, _stop_event
    _in_worker = True
    _stop_event = stop_event
    # Ctrl-C reaches the whole process group: the parent decides when to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up(convert)


def clean_chunk(items: Sequence[InputFile], options: BatchOptions) -> list[FileResult]:
    """Clean ``items`` in order; stop early (shorter list) once a stop was requested."""
    results: list[FileResult] = []
    for item in items:
        if _stop_event is not None and _stop_event.is_set():
            break
        results.append(clean_file(item, options))
    return results


# --------------------------------------------------------------------------- checks


def _inside(path: str, root: str) -> bool:
    return os.path.commonpath([path, root]) == root


def check_options(options: BatchOptions) -> None:
    """Raise ``UsageError`` (one line) when the run cannot start as asked."""
    from newsclean.render import FORMATS

    if options.fmt not in FORMATS:
        raise UsageError(f"unknown format {options.fmt!r}")
    if not options.inputs:
        raise UsageError("no input paths")
    if options.jobs < 0:
        raise UsageError("--jobs must be at least 1")
    if options.max_bytes < 1:
        raise UsageError("--max-bytes must be positive")
    for path in options.inputs:
        if path == "-":
            raise UsageError("standard input (-) cannot be part of a batch")
        if not os.path.lexists(path):
            raise UsageError(f"{path}: no such file or directory")
        if not os.path.exists(path):
            raise UsageError(f"{path}: broken symlink")
    real_inputs = [os.path.realpath(p) for p in options.inputs]
    real_dirs = [r for p, r in zip(options.inputs, real_inputs, strict=True) if os.path.isdir(p)]
    out = options.output
    if options.per_file:
        if out is None:
            raise UsageError(
                f"-o OUTDIR is needed to write one {options.fmt} file per input"
                " (or use --format jsonl for one stream)"
            )
        if os.path.exists(out) and not os.path.isdir(out):
            raise UsageError(f"{out}: OUTDIR exists and is not a directory")
        real_out = os.path.realpath(out)
        for path, real in zip(options.inputs, real_inputs, strict=True):
            # Equal counts as inside: with --allow-nested outputs then sit next to their
            # inputs, and clean_file still refuses to overwrite any input.
            if real in real_dirs and _inside(real_out, real) and not options.allow_nested:
                raise UsageError(
                    f"{out}: OUTDIR is inside the input directory {path}"
                    " (choose another, or pass --allow-nested)"
                )
    elif out is not None:
        if os.path.isdir(out):
            raise UsageError(f"{out}: is a directory (jsonl writes one file)")
        if os.path.realpath(out) in real_inputs:
            raise UsageError(f"{out}: refusing to overwrite an input")
    if options.report is not None:
        real_report = os.path.realpath(options.report)
        if os.path.isdir(options.report):
            raise UsageError(f"{options.report}: --report names a directory")
        if real_report in real_inputs:
            raise UsageError(f"{options.report}: refusing to overwrite an input with the report")
        if out is not None and not options.per_file and real_report == os.path.realpath(out):
            raise UsageError("--report and -o name the same file")


# --------------------------------------------------------------------------- planning


class Spool(Generic[T]):
    """Values kept in order, read back once they are all in.

    The first ``IN_MEMORY`` stay in memory; the rest go to an unnamed temporary file
    (pickled one by one), so a listing of any length costs a bounded amount of memory.
    """

    IN_MEMORY = 1024

    def __init__(self) -> None:
        self._head: list[T] = []
        self._file: IO[bytes] | None = None
        self.count = 0

    def __len__(self) -> int:
        return self.count

    def append(self, value: T) -> None:
        if len(self._head) < self.IN_MEMORY:
            self._head.append(value)
        else:
            if self._file is None:
                # Closed by close(); an unnamed file vanishes with the process anyway.
                self._file = tempfile.TemporaryFile(prefix="newsclean-", suffix=".spool")  # noqa: SIM115
            pickle.dump(value, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __iter__(self) -> Iterator[T]:
        """Every value in order (one reader at a time: the file has one position)."""
        yield from self._head
        if self._file is None:
            return
        self._file.flush()
        self._file.seek(0)
        for _ in range(self.count - len(self._head)):
            yield pickle.load(self._file)  # our own unnamed file, written just above

    def close(self) -> None:
        self._head = []
        if self._file is not None:
            self._file.close()
            self._file = None


@dataclass(slots=True)
class Plan:
    """The files to clean, and the results decided before any cleaning, in input order.

    Spooled, not held: close it (or use it as a context manager) when done.
    """

    items: Spool[InputFile] = field(default_factory=Spool)
    #: Paths the walk rejected (skipped or failed), then inputs refused by ``plan``.
    rejected: Spool[FileResult] = field(default_factory=Spool)
    refused: Spool[FileResult] = field(default_factory=Spool)

    @property
    def decided(self) -> Iterator[FileResult]:
        yield from self.rejected
        yield from self.refused

    @property
    def total(self) -> int:
        return len(self.items) + len(self.rejected) + len(self.refused)

    def close(self) -> None:
        for spool in (self.items, self.rejected, self.refused):
            spool.close()

    def __enter__(self) -> Plan:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def plan(options: BatchOptions) -> Plan:
    """Walk the inputs; set aside rejected paths, duplicate outputs and outputs onto inputs.

    The walk runs to its end before any file is cleaned, so the run works on the tree as
    it was when it started and knows its total.  Nothing grows with the number of files:
    two inputs can share an output only when they sit in the same directory (or in
    directories given with the same name) and differ in the suffix the format replaces,
    so outputs are compared within one directory at a time; whether an output would
    land on an input is asked of the walk's rules for that one path.
    """
    skip = [p for p in (options.output, options.report) if p is not None]
    walker = Walker(options.inputs, include=options.include, exclude=options.exclude, skip=skip)
    work = Plan()
    try:
        if not options.per_file or options.output is None:
            for event in walker:
                if isinstance(event, InputFile):
                    work.items.append(event)
                else:
                    work.rejected.append(_rejected_result(event))
            return work
        _plan_outputs(walker, options, work)
    except BaseException:
        work.close()
        raise
    return work


def _plan_outputs(walker: Walker, options: BatchOptions, work: Plan) -> None:
    """``plan`` for per-file formats: one output per input, never shared, never an input."""
    outdir = os.path.abspath(options.output or "")
    # Only a path given in OUTDIR, or a directory given around or in it, can list an
    # output path as an input: otherwise no output needs looking up.
    near = any(
        _inside_dir(r.abspath, outdir) or (r.is_dir and _overlaps(r.abspath, outdir))
        for r in walker.roots
    )
    # Files given by name all share the top level: {output: input}.
    named: dict[str, str] = {}
    for root in walker.roots:
        # Each directory on the current path: (its relpath, {output: input}).
        stack: list[tuple[str, dict[str, str]]] = []
        for event in walker.walk(root):
            if not isinstance(event, InputFile):
                work.rejected.append(_rejected_result(event))
                continue
            item = event
            try:
                target = output_path(item, options)
            except ValueError as exc:
                work.refused.append(FileResult(_display(item.path), "failed", str(exc)))
                continue
            assert target is not None
            if root.is_dir:
                parent = item.relpath.rpartition("/")[0]
                while stack and not _within(parent, stack[-1][0]):
                    stack.pop()
                if not stack or stack[-1][0] != parent:
                    stack.append((parent, _taken_before(walker, root, parent, options, near)))
                taken = stack[-1][1]
            else:
                taken = named
            if target in taken:
                reason = f"same output as {_display(taken[target])} (rename one)"
                work.refused.append(
                    FileResult(_display(item.path), "failed", reason, output=target)
                )
            elif near and walker.is_input(target):
                work.refused.append(
                    FileResult(
                        _display(item.path),
                        "failed",
                        "output would overwrite an input",
                        output=target,
                    )
                )
            else:
                taken[target] = item.path
                work.items.append(item)


def _within(relpath: str, directory: str) -> bool:
    return directory == "" or relpath == directory or relpath.startswith(directory + "/")


def _inside_dir(path: str, directory: str) -> bool:
    return path.startswith(directory.rstrip(os.sep) + os.sep)


def _overlaps(a: str, b: str) -> bool:
    return a == b or _inside_dir(a, b) or _inside_dir(b, a)


def _taken_before(
    walker: Walker, root: Root, parent: str, options: BatchOptions, near: bool
) -> dict[str, str]:
    """The outputs in ``parent`` already claimed by directories given earlier under the
    same name (their files share that output directory): {output: input}."""
    taken: dict[str, str] = {}
    if not root.base:
        return taken
    below = parent[len(root.base) + 1 :] if parent != root.base else ""
    for other in walker.roots[: root.index]:
        if not other.is_dir or other.base != root.base:
            continue
        directory = os.path.join(other.arg, *below.split("/")) if below else other.arg
        try:
            names = sorted(os.listdir(directory))
        except OSError:
            continue
        for name in names:
            path = os.path.join(directory, name)
            key = os.path.abspath(path)
            if not walker.lists(other, key) or walker.listed_before(key, other.index):
                continue
            relpath = f"{parent}/{name}"
            target = output_path(InputFile(path, relpath, other.arg), options)
            if target is None or target in taken or (near and walker.is_input(target)):
                continue
            taken[target] = path
    return taken


def _rejected_result(rejected: Rejected) -> FileResult:
    status: Status = "failed" if rejected.status == "failed" else "skipped"
    return FileResult(_display(rejected.path), status, rejected.reason)


def _chunks(items: Iterable[InputFile], size: int) -> Iterator[list[InputFile]]:
    chunk: list[InputFile] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def chunk_size(options: BatchOptions, count: int) -> int:
    """Big enough to amortise the trip to a worker, small enough to spread the load."""
    if options.chunk_size > 0:
        return options.chunk_size
    return max(1, min(32, count // (options.worker_count() * 8)))


# --------------------------------------------------------------------------- running


class _Stop:
    """SIGINT/SIGTERM: the first asks to stop after the files in progress; the second forces
    (``on_force``, or ``KeyboardInterrupt`` while ``interruptible``)."""

    def __init__(
        self, event: Any, on_stop: Callable[[], None], on_force: Callable[[], None]
    ) -> None:
        self.event = event
        self.on_stop = on_stop
        self.on_force = on_force
        self.signal: int | None = None
        self.forced = False
        self.interruptible = False
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> _Stop:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)

    def _handle(self, signum: int, frame: object) -> None:
        if self.signal is None:
            self.signal = signum
            self.event.set()
            self.on_stop()
            return
        self.forced = True
        self.on_force()
        if self.interruptible:
            raise KeyboardInterrupt

    @property
    def requested(self) -> bool:
        return bool(self.event.is_set())


class _Sink:
    """Where results go, in emission order: JSON Lines output, the report, the summary."""

    def __init__(self, options: BatchOptions, stdout: IO[bytes] | None) -> None:
        self.options = options
        self.summary = BatchSummary()
        self.report = ReportWriter(options.report) if options.report else None
        self._stream: IO[bytes] | None = None
        self._tmp: str | None = None
        self._raw: IO[bytes] | None = None
        self.broken_pipe = False
        if not options.per_file:
            if options.output is None:
                self._stream = stdout if stdout is not None else sys.stdout.buffer
            else:
                self._open_output(options.output)

    def _open_output(self, output: str) -> None:
        directory = os.path.dirname(os.path.abspath(output))
        os.makedirs(directory, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(
            prefix=f".{os.path.basename(output)}.", suffix=".tmp", dir=directory
        )
        self._raw = os.fdopen(fd, "wb")
        if output.endswith(".gz"):
            # No name and no time in the header: identical input, identical bytes.
            self._stream = gzip.GzipFile(  # type: ignore[assignment]
                filename="", mode="wb", fileobj=self._raw, mtime=0
            )
        else:
            self._stream = self._raw

    def emit(self, result: FileResult) -> None:
        if result.line is not None and self._stream is not None and not self.broken_pipe:
            try:
                self._stream.write(result.line.encode("utf-8"))
            except BrokenPipeError:
                self.broken_pipe = True
        self.summary.add(result)
        if self.report is not None:
            self.report.write(result)

    def close(self, *, keep_output: bool) -> None:
        """Finish the report; publish the JSON Lines file only if the run completed."""
        if self.report is not None:
            self.report.close()
        if self._stream is not None and self._tmp is None and not self.broken_pipe:
            with contextlib.suppress(BrokenPipeError):
                self._stream.flush()
        if self._tmp is None or self.options.output is None:
            return
        assert self._stream is not None and self._raw is not None
        try:
            self._stream.close()
            self._raw.close()
            if keep_output:
                os.replace(self._tmp, self.options.output)
                self._tmp = None
        finally:
            if self._tmp is not None:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self._tmp)


def report_decided(work: Plan, sink: _Sink, progress: Progress | None) -> None:
    """Start the count, and record the inputs decided without cleaning (skipped, refused)."""
    sink.summary.total = work.total
    if progress is not None:
        progress.start(sink.summary.total)
    for result in work.decided:
        sink.emit(result)
        if progress is not None:
            progress.advance(result)


def run_batch(
    options: BatchOptions,
    progress: Progress | None = None,
    *,
    stdout: IO[bytes] | None = None,
) -> BatchSummary:
    """Clean every input of ``options``; return the summary (``summary.exit_code`` for a CLI).

    Raises ``UsageError`` before doing anything when the options cannot work.
    """
    check_options(options)
    started = time.perf_counter()
    with plan(options) as work:
        sink = _Sink(options, stdout)
        completed = False
        try:
            report_decided(work, sink, progress)
            if options.worker_count() == 1 or len(work.items) <= 1:
                completed = _run_here(work.items, options, sink, progress)
            else:
                completed = _run_pool(work.items, options, sink, progress)
        finally:
            finish(sink, progress, started, completed=completed)
    return sink.summary


def finish(sink: _Sink, progress: Progress | None, started: float, *, completed: bool) -> None:
    """Stop the bar, close the outputs (keeping a stream only when the run completed),
    and fill in the summary's time and interruption."""
    if progress is not None:
        progress.stop()
    sink.summary.elapsed = time.perf_counter() - started
    sink.summary.interrupted = not completed
    sink.summary.stdout_closed = sink.broken_pipe
    sink.close(keep_output=completed)


def _run_here(
    items: Spool[InputFile], options: BatchOptions, sink: _Sink, progress: Progress | None
) -> bool:
    """``-j 1``: clean in this process, checking for a stop request between files."""
    done = 0
    with _Stop(threading.Event(), _stopping(progress), _nothing) as stop:
        for item in items:
            if stop.requested or sink.broken_pipe:
                break
            try:
                stop.interruptible = True
                result = clean_file(item, options)
            except KeyboardInterrupt:  # a second signal abandons the file in progress
                break
            finally:
                stop.interruptible = False
            sink.emit(result)
            done += 1
            if progress is not None:
                progress.advance(result)
    return done == len(items) and not sink.broken_pipe


def _nothing() -> None:
    return None


def _stopping(progress: Progress | None) -> Callable[[], None]:
    return progress.stopping if progress is not None else _nothing


def _pool_context() -> Any:
    # forkserver: workers start from a clean, single-threaded server, not from a copy
    # of this process with its progress-bar thread.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _run_pool(
    items: Spool[InputFile], options: BatchOptions, sink: _Sink, progress: Progress | None
) -> bool:
    """Send chunks to a process pool, at most a few per worker in flight; emit in order.

    Chunks are cut from ``items`` as they are sent: only those in flight or waiting
    for an earlier one (to keep the order) are held.
    """
    ctx = _pool_context()
    event = ctx.Event()
    workers = min(options.worker_count(), len(items))
    chunks = _chunks(items, chunk_size(options, len(items)))
    window = workers * 3
    pools = [_new_pool(ctx, workers, options, event)]
    pending: dict[Future[list[FileResult]], tuple[int, list[InputFile]]] = {}
    waiting: list[InputFile] | None = next(chunks, None)  # the next chunk to send
    ready: dict[int, list[FileResult]] = {}
    next_submit = next_emit = done = 0

    def emit(results: list[FileResult]) -> None:
        nonlocal done
        for result in results:
            sink.emit(result)
        done += len(results)

    with _Stop(event, _stopping(progress), lambda: _kill(pools[-1])) as stop:
        try:
            while True:
                stopping = stop.requested or sink.broken_pipe
                while not stopping and waiting is not None and len(pending) < window:
                    try:
                        future = pools[-1].submit(clean_chunk, waiting, options)
                    except BrokenProcessPool:  # a worker died since the last look
                        if pending:
                            break  # the futures in flight will report it
                        pools.append(_new_pool(ctx, workers, options, event))
                        continue
                    pending[future] = (next_submit, waiting)
                    next_submit += 1
                    waiting = next(chunks, None)
                if not pending:
                    break
                finished, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                broken = False
                for future in finished:
                    index, chunk = pending.pop(future)
                    results, crashed = _collect(future, chunk, stop.requested)
                    broken = broken or crashed
                    if progress is not None:
                        for result in results:
                            progress.advance(result)
                    if options.unordered:
                        emit(results)
                    else:
                        ready[index] = results
                while next_emit in ready:
                    emit(ready.pop(next_emit))
                    next_emit += 1
                if broken:  # every chunk in flight went down with the pool: record, go on
                    for future, (index, chunk) in pending.items():
                        results, _ = _collect(future, chunk, stop.requested)
                        if progress is not None:
                            for result in results:
                                progress.advance(result)
                        ready[index] = results
                    pending.clear()
                    if options.unordered:
                        for index in sorted(ready):
                            emit(ready.pop(index))
                    while next_emit in ready:
                        emit(ready.pop(next_emit))
                        next_emit += 1
                    pools[-1].shutdown(wait=False, cancel_futures=True)
                    pools.append(_new_pool(ctx, workers, options, event))
        finally:
            for pool in pools:
                pool.shutdown(wait=True, cancel_futures=True)
    return done == len(items) and not sink.broken_pipe


def _new_pool(ctx: Any, workers: int, options: BatchOptions, event: Any) -> ProcessPoolExecutor:
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(["newsclean.pipeline", "newsclean.io.batch"])
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=ctx,
        initializer=_init_worker,
        initargs=(options.convert, event),
    )


def _collect(
    future: Future[list[FileResult]], chunk: list[InputFile], stopping: bool
) -> tuple[list[FileResult], bool]:
    """The chunk's results; a dead worker turns the chunk into failed records (or, when
    stopping, into nothing: the files were not finished and a rerun will do them)."""
    try:
        return future.result(timeout=None if future.done() else 60), False
    except BrokenProcessPool:
        if stopping:
            return [], False
        return [
            FileResult(_display(item.path), "failed", "worker process died (rerun to retry)")
            for item in chunk
        ], True
    except Exception as exc:  # pickling trouble and the like: still one record per file
        reason = f"internal error ({type(exc).__name__}: {exc})"
        return [FileResult(_display(item.path), "failed", reason) for item in chunk], False


def _kill(pool: ProcessPoolExecutor) -> None:
    processes: dict[int, Any] = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(Exception):
            process.kill()


def iter_results(options: BatchOptions) -> Iterator[FileResult]:  # pragma: no cover - helper
    """Clean serially and yield each result: the simplest consumer of ``clean_file``."""
    with plan(options) as work:
        yield from work.decided
        for item in work.items:
            yield clean_file(item, options)

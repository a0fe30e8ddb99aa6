"""Run a batch on a Ray cluster: the same files, report and summary as the local batch.

The driver (the machine running ``newsclean``) lists the inputs once with the same
walk and plan as ``run_batch``, splits the sorted list into shards of N files, and
sends each shard to the cluster as one Ray task.  A task calls
``newsclean.io.batch.clean_file`` on each of its files, so every rule of the local
batch (skipping up-to-date outputs, atomic writes, failures as records) holds
unchanged.  Each worker process builds its own OpenCC converter and lexicons through
the library's per-process caches; nothing but paths and plain options is pickled.

Assumptions and layout (see "Running newsclean on a Ray cluster" in README.md):

* Shared filesystem: a task receives paths, not bytes, and writes per-file outputs
  into OUTDIR itself, so every node must see the inputs and OUTDIR at the same paths.
* Shard markers: when a shard finishes with no failed file, the driver writes
  ``.newsclean-shards/<key>.done`` (JSON Lines, one report record per file, with the
  rendered line for jsonl) in OUTDIR, or next to the ``-o`` file for jsonl.  The key
  hashes the newsclean version, the options that shape an output, and each input's
  path, size and mtime, so a changed input or option makes a new shard.  A rerun
  skips shards with a marker (``--force`` ignores them): their files count as
  *skipped, up to date* for per-file formats, exactly as a local rerun reports them,
  and for jsonl their lines are replayed from the marker.
* jsonl: the driver merges the shards' lines into the requested file (or stdout) in
  input order, as the local batch does; after a run with no failure the jsonl
  markers are removed (they hold a copy of the corpus).
* Faults: a task whose worker dies or that raises is retried by Ray
  (``max_retries``); a shard that still fails becomes one *failed* record per file
  and gets no marker, so a rerun does it again.  Never fatal.

Ray is imported only when this engine runs; the default install never needs it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import IO, Any

from newsclean import __version__
from newsclean.errors import UsageError
from newsclean.io import batch
from newsclean.io.batch import BatchOptions, FileResult, InputFile, Progress
from newsclean.io.progress import BarProgress
from newsclean.io.report import BatchSummary, record

__all__ = [
    "INSTALL_HINT",
    "SHARD_DIR",
    "RayBarProgress",
    "RayOptions",
    "Shard",
    "import_ray",
    "make_shards",
    "run_ray",
]

#: The one line printed when ``--engine ray`` is asked for without the extra.
INSTALL_HINT = '--engine ray needs the ray extra: pip install "newsclean[ray]"'
#: Where shard markers live, in OUTDIR (or next to the jsonl file).
SHARD_DIR = ".newsclean-shards"
#: Ray's retries of a shard whose worker died or whose task raised.
DEFAULT_MAX_RETRIES = 3


@dataclass(frozen=True, slots=True)
class RayOptions:
    """How to reach the cluster and how to cut the work (plain values, no CLI types)."""

    #: None starts a private local Ray instance; "auto" joins the cluster running on
    #: this machine (``ray start --head``); "ray://host:10001" goes through Ray Client;
    #: "host:6379" joins as a driver on a cluster node.
    address: str | None = None
    #: Files per Ray task; 0 chooses from the file count and the cluster's CPUs.
    shard_size: int = 0
    max_retries: int = DEFAULT_MAX_RETRIES


@dataclass(frozen=True, slots=True)
class Shard:
    """Consecutive inputs (in the local batch's order) cleaned by one Ray task."""

    index: int
    key: str
    items: tuple[InputFile, ...]


def import_ray() -> Any:
    """The ``ray`` module, or ``UsageError`` saying how to install the extra."""
    try:
        import ray
    except ImportError:
        raise UsageError(INSTALL_HINT) from None
    return ray


# --------------------------------------------------------------------------- shards


def shard_size(ray_options: RayOptions, count: int, cpus: int) -> int:
    """Big enough that a task's overhead (a few ms) is small against its files, small
    enough to give every CPU several shards and to lose little when one is redone."""
    if ray_options.shard_size > 0:
        return ray_options.shard_size
    return max(16, min(1000, count // (max(cpus, 1) * 4)))


def _identity(item: InputFile) -> list[Any]:
    try:
        info = os.stat(item.path)
    except OSError:
        return [item.path, item.relpath, None, None]
    return [item.path, item.relpath, info.st_size, info.st_mtime_ns]


def make_shards(items: Iterable[InputFile], options: BatchOptions, size: int) -> list[Shard]:
    """Cut ``items`` into shards of ``size`` and give each a key for its marker.

    The shards hold every path of the run: the driver keeps them until the run ends.
    """
    settings = {
        "version": __version__,
        "fmt": options.fmt,
        "encoding": options.encoding,
        "convert": options.convert,
        "max_bytes": options.max_bytes,
        "output": os.path.abspath(options.output) if options.output else None,
    }
    head = json.dumps(settings, sort_keys=True)
    shards = []
    for index, batch_items in enumerate(batch._chunks(items, size)):
        chunk = tuple(batch_items)
        digest = hashlib.sha256(head.encode())
        for item in chunk:
            line = json.dumps(_identity(item), ensure_ascii=False)
            digest.update(line.encode("utf-8", "surrogateescape") + b"\n")
        shards.append(Shard(index, digest.hexdigest()[:32], chunk))
    return shards


def marker_dir(options: BatchOptions) -> str | None:
    """Where markers go; None when there is nowhere to resume into (jsonl on stdout)."""
    if options.output is None:
        return None
    if options.per_file:
        return os.path.join(options.output, SHARD_DIR)
    return os.path.join(os.path.dirname(os.path.abspath(options.output)), SHARD_DIR)


def _marker_path(directory: str, shard: Shard) -> str:
    return os.path.join(directory, f"{shard.key}.done")


def _write_marker(directory: str, shard: Shard, results: list[FileResult]) -> None:
    from newsclean.io.atomic import write_atomic

    lines = []
    for result in results:
        entry = record(result)
        entry["line"] = result.line
        lines.append(json.dumps(entry, ensure_ascii=False) + "\n")
    write_atomic(_marker_path(directory, shard), "".join(lines).encode("utf-8"))


def _read_marker(directory: str, shard: Shard, per_file: bool) -> list[FileResult] | None:
    """The shard's results from its marker (as a rerun reports them), or None to run it."""
    try:
        with open(_marker_path(directory, shard), encoding="utf-8") as handle:
            entries = [json.loads(line) for line in handle if line.strip()]
    except (OSError, ValueError):
        return None
    if len(entries) != len(shard.items):
        return None
    if per_file:  # the outputs exist: report them as a local rerun does
        return [FileResult(e["path"], "skipped", "up to date", output=e["output"]) for e in entries]
    return [
        FileResult(
            e["path"],
            e["status"],
            e["reason"],
            e["counts"],
            e["bytes_in"],
            e["bytes_out"],
            e["output"],
            e["line"],
        )
        for e in entries
    ]


# --------------------------------------------------------------------------- the task


def clean_shard(items: Iterable[InputFile], options: BatchOptions) -> list[FileResult]:
    """The body of a Ray task: ``clean_file`` on each file, in order, in this worker.

    ``batch.clean_file`` is looked up at call time (not imported by name) so that the
    worker runs exactly the library's function.
    """
    return [batch.clean_file(item, options) for item in items]


# --------------------------------------------------------------------------- progress


class RayBarProgress(BarProgress):
    """The local batch's bar, plus a second bar for shards (done / total, resumed)."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        super().__init__(stream)
        self._shard_task: Any = None

    def start_shards(self, total: int, resumed: int) -> None:
        if self._bar is None:
            return
        self._shard_task = self._bar.add_task(
            "shards", total=total, completed=resumed, rate="", failed=""
        )

    def shard_done(self, failed: bool) -> None:
        if self._bar is not None and self._shard_task is not None:
            self._bar.update(self._shard_task, advance=1)


# --------------------------------------------------------------------------- running


def run_ray(
    options: BatchOptions,
    ray_options: RayOptions,
    progress: Progress | None = None,
    *,
    stdout: IO[bytes] | None = None,
) -> BatchSummary:
    """Clean every input of ``options`` on a Ray cluster; the summary as ``run_batch`` gives.

    Raises ``UsageError`` (exit 2) when the options cannot work, ray is not
    installed, or the cluster cannot be reached.
    """
    batch.check_options(options)
    if ray_options.shard_size < 0:
        raise UsageError("--shard-size must be at least 1")
    ray = import_ray()
    started = time.perf_counter()
    # The markers' directory is never an input, whatever --include says.
    work = batch.plan(replace(options, exclude=(*options.exclude, SHARD_DIR)))
    try:
        started_here = _connect(ray, ray_options.address, options.jobs)
        sink = batch._Sink(options, stdout)
    except BaseException:
        work.close()
        raise
    completed = False
    clean_run = False
    markers = marker_dir(options)
    # Ray prints cluster events (a worker died, a task is retried) on sys.stdout, which
    # may carry the jsonl stream: send them to stderr, beside the progress and summary.
    redirect = contextlib.redirect_stdout(sys.stderr)
    redirect.__enter__()
    try:
        cpus = int(ray.cluster_resources().get("CPU", 1))
        shards = make_shards(work.items, options, shard_size(ray_options, len(work.items), cpus))
        batch.report_decided(work, sink, progress)
        work.close()
        runner = _Runner(ray, options, ray_options, sink, progress, markers, cpus)
        completed, clean_run = runner.run(shards)
    finally:
        work.close()
        batch.finish(sink, progress, started, completed=completed)
        if started_here:
            ray.shutdown()
        redirect.__exit__(None, None, None)
    if completed and clean_run and not options.per_file and markers is not None:
        _remove_markers(markers, shards)
    return sink.summary


def _connect(ray: Any, address: str | None, jobs: int) -> bool:
    """Join (or start) a cluster unless this process already is a driver.

    True when this call connected, so the run disconnects (and stops a private instance).
    """
    if ray.is_initialized():
        return False
    kwargs: dict[str, Any] = {
        "address": address,
        "logging_level": logging.ERROR,
        "log_to_driver": False,
    }
    if address is None:  # a private local instance, sized by -j
        kwargs["include_dashboard"] = False
        if jobs > 0:
            kwargs["num_cpus"] = jobs
    try:
        ray.init(**kwargs)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        hint = ""
        if address not in (None, "auto"):
            hint = (
                "; is it running, and if it uses token authentication, is RAY_AUTH_MODE=token set?"
            )
        raise UsageError(
            f"cannot reach a Ray cluster at {address or 'a new local instance'} ({first}){hint}"
        ) from None
    return True


def _remove_markers(directory: str, shards: list[Shard]) -> None:
    for shard in shards:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(_marker_path(directory, shard))
    with contextlib.suppress(OSError):
        os.rmdir(directory)


class _Runner:
    """Submits shards (a bounded number in flight), collects them, emits results in order."""

    def __init__(
        self,
        ray: Any,
        options: BatchOptions,
        ray_options: RayOptions,
        sink: batch._Sink,
        progress: Progress | None,
        markers: str | None,
        cpus: int,
    ) -> None:
        self.ray = ray
        self.options = options
        self.sink = sink
        self.progress = progress
        self.markers = markers
        self.window = max(2, cpus * 2)
        self.task = ray.remote(clean_shard).options(
            max_retries=ray_options.max_retries, retry_exceptions=True, num_cpus=1
        )
        self.max_retries = ray_options.max_retries
        self.ready: dict[int, list[FileResult]] = {}
        self.next_emit = 0
        self.failed_shards = 0

    # -- results

    def _advance(self, results: list[FileResult]) -> None:
        if self.progress is not None:
            for result in results:
                self.progress.advance(result)

    def _shard_done(self, failed: bool) -> None:
        hook: Callable[[bool], None] | None = getattr(self.progress, "shard_done", None)
        if hook is not None:
            hook(failed)

    def _finish(self, shard: Shard, results: list[FileResult]) -> None:
        """A shard came back: mark it (if every file went well), show it, emit it."""
        failed = any(r.status == "failed" for r in results)
        if failed:
            self.failed_shards += 1
        elif self.markers is not None:
            # Without a marker a rerun does the shard again: nothing is lost.
            with contextlib.suppress(OSError):
                _write_marker(self.markers, shard, results)
        self._advance(results)
        self._shard_done(failed)
        self._deliver(shard, results)

    def _deliver(self, shard: Shard, results: list[FileResult]) -> None:
        """Emit in input order (or at once with --unordered), as the local batch does."""
        if self.options.unordered:
            self._emit(results)
            return
        self.ready[shard.index] = results
        while self.next_emit in self.ready:
            self._emit(self.ready.pop(self.next_emit))
            self.next_emit += 1

    def _emit(self, results: list[FileResult]) -> None:
        for result in results:
            self.sink.emit(result)

    def _lost(self, shard: Shard, exc: BaseException) -> list[FileResult]:
        """A shard that still failed after Ray's retries: one failed record per file."""
        cause = getattr(exc, "cause", None) or exc
        kind = type(cause).__name__
        reason = f"ray task failed after {self.max_retries} retries ({kind}); rerun to retry"
        return [FileResult(batch._display(item.path), "failed", reason) for item in shard.items]

    # -- the loop

    def run(self, shards: list[Shard]) -> tuple[bool, bool]:
        """Replay the shards that have a marker, run the others: (completed, none failed)."""
        todo: list[Shard] = []
        resumed: list[tuple[Shard, list[FileResult]]] = []
        for shard in shards:
            done = None
            if self.markers is not None and not self.options.force:
                done = _read_marker(self.markers, shard, self.options.per_file)
            if done is None:
                todo.append(shard)
            else:
                resumed.append((shard, done))
        start_shards: Callable[[int, int], None] | None = getattr(
            self.progress, "start_shards", None
        )
        if start_shards is not None:
            start_shards(len(shards), len(resumed))
        for shard, results in resumed:
            self._advance(results)
            self._deliver(shard, results)
        if self.markers is not None and todo:
            os.makedirs(self.markers, exist_ok=True)
        finished = self._submit_all(todo)
        return finished and not self.sink.broken_pipe, self.failed_shards == 0

    def _submit_all(self, todo: list[Shard]) -> bool:
        """Keep ``window`` shards in flight; collect each as it comes back.

        On SIGINT/SIGTERM no more shards are sent and those in flight are cancelled
        (their finished files have their outputs; a rerun skips them); a second signal
        kills them."""
        ray = self.ray
        options_ref = ray.put(self.options)
        pending: dict[Any, Shard] = {}
        position = 0
        cancelled = False
        dropped = 0
        with batch._Stop(
            threading.Event(), self._stopping, lambda: self._cancel(pending, force=True)
        ) as stop:
            try:
                while True:
                    stopping = stop.requested or self.sink.broken_pipe
                    if stopping and not cancelled:
                        self._cancel(pending, force=False)
                        cancelled = True
                    while not stopping and position < len(todo) and len(pending) < self.window:
                        shard = todo[position]
                        pending[self.task.remote(list(shard.items), options_ref)] = shard
                        position += 1
                    if not pending:
                        break
                    ready, _ = ray.wait(list(pending), num_returns=1, timeout=0.5)
                    for ref in ready:
                        shard = pending.pop(ref)
                        try:
                            results = ray.get(ref)
                        except Exception as exc:
                            if cancelled:  # not finished: nothing to report, a rerun does it
                                self._deliver(shard, [])
                                dropped += 1
                                continue
                            results = self._lost(shard, exc)
                        self._finish(shard, results)
            finally:
                if pending:
                    self._cancel(pending, force=True)
        return position == len(todo) and dropped == 0

    def _stopping(self) -> None:
        hook: Callable[[], None] | None = getattr(self.progress, "stopping", None)
        if hook is not None:
            hook()

    def _cancel(self, pending: dict[Any, Shard], *, force: bool) -> None:
        for ref in list(pending):
            with contextlib.suppress(Exception):
                self.ray.cancel(ref, force=force)

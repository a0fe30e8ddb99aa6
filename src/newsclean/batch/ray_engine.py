"""Run a batch on a Ray cluster: the same files, report and summary as the local batch.

It runs in the same frame as the local engine (``batch.run.run_batch``: the same walk,
plan, sink and signal handling); the driver splits the sorted list into shards of N files, and
sends each shard to the cluster as one Ray task.  A task calls
``newsclean.batch.job.clean_file`` on each of its files, so every rule of the local
batch (skipping up-to-date outputs, atomic writes, failures as records) holds
unchanged.  Each worker process builds its own OpenCC converter and lexicons through
the library's per-process caches; nothing but paths and plain options is pickled.

Assumptions and layout (see docs/ray.md):

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
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from newsclean.batch import job
from newsclean.batch.engine import Frame
from newsclean.batch.options import BatchOptions
from newsclean.batch.result import FileResult
from newsclean.batch.shards import (
    SHARD_DIR,
    Shard,
    make_shards,
    marker_dir,
    read_marker,
    remove_markers,
    shard_size,
    write_marker,
)
from newsclean.batch.walk import InputFile
from newsclean.errors import UsageError

__all__ = [
    "INSTALL_HINT",
    "SHARD_DIR",
    "RayEngine",
    "RayOptions",
    "Shard",
    "import_ray",
    "make_shards",
]

#: The one line printed when ``--engine ray`` is asked for without the extra.
INSTALL_HINT = '--engine ray needs the ray extra: pip install "newsclean[ray]"'
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


def import_ray() -> Any:
    """The ``ray`` module, or ``UsageError`` saying how to install the extra."""
    try:
        import ray
    except ImportError:
        raise UsageError(INSTALL_HINT) from None
    return ray


# --------------------------------------------------------------------------- the task


def clean_shard(items: Iterable[InputFile], options: BatchOptions) -> list[FileResult]:
    """The body of a Ray task: ``clean_file`` on each file, in order, in this worker.

    ``job.clean_file`` is looked up at call time (not imported by name) so that the
    worker runs exactly the library's function.  A cancel (``ray.cancel``, which
    interrupts the task as Ctrl-C would) takes effect between files, never inside
    one's atomic write: the file in progress finishes whole, then the task stops.
    """
    requested: list[int] = []
    previous: Any = None
    deferring = threading.current_thread() is threading.main_thread()
    if deferring:
        previous = signal.signal(signal.SIGINT, lambda signum, frame: requested.append(signum))
    try:
        results = []
        for item in items:
            if requested:
                raise KeyboardInterrupt
            results.append(job.clean_file(item, options))
        if requested:
            raise KeyboardInterrupt
        return results
    finally:
        if deferring:
            signal.signal(signal.SIGINT, previous)


class RayEngine:
    """Implements ``engine.Engine`` on a Ray cluster."""

    def __init__(self, ray_options: RayOptions | None = None) -> None:
        self.ray_options = ray_options or RayOptions()
        self._ray: Any = None
        self._started_here = False
        self._redirect: contextlib.AbstractContextManager[Any] | None = None

    def reserved(self, options: BatchOptions) -> tuple[str, ...]:
        markers = marker_dir(options)
        return (markers,) if markers is not None else ()

    def start(self, options: BatchOptions) -> None:
        if self.ray_options.shard_size < 0:
            raise UsageError("--shard-size must be at least 1")
        self._ray = import_ray()
        self._started_here = _connect(self._ray, self.ray_options.address, options.jobs)
        # Ray prints cluster events (a worker died, a task is retried) on sys.stdout, which
        # may carry the jsonl stream: send them to stderr, beside the progress and summary.
        self._redirect = contextlib.redirect_stdout(sys.stderr)
        self._redirect.__enter__()

    def run(self, frame: Frame) -> bool:
        ray, options = self._ray, frame.options
        cpus = int(ray.cluster_resources().get("CPU", 1))
        size = shard_size(self.ray_options, len(frame.items), cpus)
        shards = make_shards(frame.items, options, size)
        frame.items.close()  # the shards hold the paths now
        markers = marker_dir(options)
        runner = _Runner(ray, frame, self.ray_options, markers, cpus)
        completed, clean_run = runner.run(shards)
        if completed and clean_run and not options.per_file and markers is not None:
            remove_markers(markers, shards)
        return completed

    def close(self) -> None:
        if self._redirect is not None:
            self._redirect.__exit__(None, None, None)
            self._redirect = None
        if self._started_here and self._ray is not None:
            self._ray.shutdown()
            self._started_here = False


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


class _Runner:
    """Submits shards (a bounded number in flight), collects them, emits results in order."""

    def __init__(
        self,
        ray: Any,
        frame: Frame,
        ray_options: RayOptions,
        markers: str | None,
        cpus: int,
    ) -> None:
        self.ray = ray
        self.frame = frame
        self.options = frame.options
        self.progress = frame.progress
        self.markers = markers
        self.window = max(2, cpus * 2)
        self.task = ray.remote(clean_shard).options(
            max_retries=ray_options.max_retries, retry_exceptions=True, num_cpus=1
        )
        self.max_retries = ray_options.max_retries
        self.failed_shards = 0

    # -- results

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
                write_marker(self.markers, shard, results)
        self._shard_done(failed)
        self._deliver(shard, results)

    def _deliver(self, shard: Shard, results: list[FileResult], *, advance: bool = True) -> None:
        self.frame.delivery.done(shard.index, results, advance=advance)

    def _lost(self, shard: Shard, exc: BaseException) -> list[FileResult]:
        """A shard that still failed after Ray's retries: one failed record per file."""
        cause = getattr(exc, "cause", None) or exc
        kind = type(cause).__name__
        reason = f"ray task failed after {self.max_retries} retries ({kind}); rerun to retry"
        return [FileResult(item.path, "failed", reason) for item in shard.items]

    # -- the loop

    def run(self, shards: list[Shard]) -> tuple[bool, bool]:
        """Replay the shards that have a marker, run the others: (completed, none failed)."""
        todo: list[Shard] = []
        resumed: list[tuple[Shard, list[FileResult]]] = []
        for shard in shards:
            done = None
            if self.markers is not None and not self.options.force:
                done = read_marker(self.markers, shard, self.options.per_file)
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
            self._deliver(shard, results)
        if self.markers is not None and todo:
            os.makedirs(self.markers, exist_ok=True)
        finished = self._submit_all(todo)
        return finished and not self.frame.sink.broken_pipe, self.failed_shards == 0

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
        stop = self.frame.stop
        stop.on_force = lambda: self._cancel(pending, force=True)
        try:
            while True:
                stopping = self.frame.halted
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
                            self._deliver(shard, [], advance=False)
                            dropped += 1
                            continue
                        results = self._lost(shard, exc)
                    self._finish(shard, results)
        finally:
            if pending:
                self._cancel(pending, force=True)
        return position == len(todo) and dropped == 0

    def _cancel(self, pending: dict[Any, Shard], *, force: bool) -> None:
        for ref in list(pending):
            with contextlib.suppress(Exception):
                self.ray.cancel(ref, force=force)

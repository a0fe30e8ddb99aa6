"""The local engine: this machine's processes.

``-j 1`` (or one file) cleans in this process, checking for a stop between files.
Otherwise a pool of ``worker`` processes: each gets at most two chunks at a time, sends
a message per finished file, and dies with this process.  The pool owns its pipes, so
it always knows what each worker finished:

* a worker that dies (a crash, the OOM killer) fails only the file it was on, with
  the cause; the rest of its chunk, and the chunks it had not started, go to a new
  worker;
* shutting down never waits on a worker that cannot answer: a worker that has not
  exited shortly after its pipe closed is killed;
* the first Ctrl-C/SIGTERM tells workers to stop after the file in progress; the
  second kills them.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

import newsclean
from newsclean.batch import job
from newsclean.batch.engine import Frame
from newsclean.batch.options import BatchOptions
from newsclean.batch.result import FileResult
from newsclean.batch.spool import chunks
from newsclean.batch.walk import InputFile

__all__ = ["LocalEngine", "chunk_size"]

#: Chunks sent to a worker ahead of the one it is on.
WINDOW = 2
#: Seconds a worker may take to exit after its pipe closed before it is killed.
EXIT_GRACE = 2.0


def chunk_size(options: BatchOptions, count: int) -> int:
    """Big enough to amortise the trip to a worker, small enough to spread the load."""
    if options.chunk_size > 0:
        return options.chunk_size
    return max(1, min(32, count // (options.worker_count() * 8)))


class LocalEngine:
    """Implements ``engine.Engine`` on this machine."""

    def __init__(self) -> None:
        self._workers: list[_Worker] = []

    def reserved(self, options: BatchOptions) -> tuple[str, ...]:
        return ()

    def start(self, options: BatchOptions) -> None:
        return None

    def run(self, frame: Frame) -> bool:
        count = len(frame.items)
        workers = min(frame.options.worker_count(), count)
        if workers <= 1:
            return _run_here(frame)
        return _Pool(frame, workers, self._workers).run()

    def close(self) -> None:
        _shut_down(self._workers)
        self._workers.clear()


def _run_here(frame: Frame) -> bool:
    """Clean in this process; a second signal abandons the file in progress."""
    done = 0
    for index, item in enumerate(frame.items):
        if frame.halted:
            break
        try:
            frame.stop.interruptible = True
            result = job.clean_file(item, frame.options)
        except KeyboardInterrupt:
            break
        finally:
            frame.stop.interruptible = False
        frame.delivery.done(index, [result])
        done += 1
    return done == len(frame.items)


@dataclass(slots=True)
class _Unit:
    index: int
    items: list[InputFile]
    results: list[FileResult] = field(default_factory=list)


class _Worker:
    """One worker process and its three pipes (tasks, results, alive)."""

    def __init__(self, options: BatchOptions) -> None:
        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        alive_r, alive_w = os.pipe()
        package_root = os.path.dirname(os.path.dirname(os.path.abspath(newsclean.__file__)))
        path = os.environ.get("PYTHONPATH")
        env = {**os.environ, "PYTHONPATH": package_root + (os.pathsep + path if path else "")}
        fds = (task_r, result_w, alive_r)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "newsclean.batch.worker", *map(str, fds), str(os.getpid())],
                pass_fds=fds,
                # Its own session: a terminal's Ctrl-C reaches only the main process,
                # which decides; the worker dies with it all the same.
                start_new_session=True,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                env=env,
            )
        finally:
            for fd in fds:
                os.close(fd)
        self.tasks = Connection(task_w, readable=False)
        self.results = Connection(result_r, writable=False)
        self.alive = alive_w
        self.units: deque[_Unit] = deque()
        self.open = True
        with contextlib.suppress(OSError):  # died at once: its results pipe says so
            self.tasks.send(options)

    def send(self, unit: _Unit) -> None:
        # A unit taken over from a dead worker resumes after the files it finished.
        self.tasks.send(("chunk", unit.index, unit.items[len(unit.results) :]))
        self.units.append(unit)

    def tell_stop(self) -> None:
        with contextlib.suppress(OSError):
            self.tasks.send(("stop",))

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.process.kill()

    def cause(self) -> str:
        """Why the process ended, once it has."""
        try:
            code = self.process.wait(timeout=EXIT_GRACE)
        except subprocess.TimeoutExpired:
            self.kill()
            return "stopped answering"
        if code < 0:
            with contextlib.suppress(ValueError):
                return f"killed by {signal.Signals(-code).name}"
        return f"exit status {code}"

    def close(self) -> None:
        if not self.open:
            return
        self.open = False
        for closer in (self.tasks.close, self.results.close, lambda: os.close(self.alive)):
            with contextlib.suppress(OSError):
                closer()


def _shut_down(workers: list[_Worker]) -> None:
    """Close every pipe (a worker then exits); kill what is still there after the grace."""
    for worker in workers:
        with contextlib.suppress(OSError):
            worker.tasks.close()
    for worker in workers:
        try:
            worker.process.wait(timeout=EXIT_GRACE)
        except subprocess.TimeoutExpired:
            worker.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                worker.process.wait(timeout=EXIT_GRACE)
        worker.close()


class _Pool:
    def __init__(self, frame: Frame, size: int, workers: list[_Worker]) -> None:
        self.frame = frame
        self.size = size
        self.workers = workers
        self.todo = chunks(frame.items, chunk_size(frame.options, len(frame.items)))
        self.retry: deque[_Unit] = deque()
        self.next_index = 0
        self.exhausted = False
        self.complete = True
        self.deaths = 0

    def _next_unit(self) -> _Unit | None:
        if self.retry:
            return self.retry.popleft()
        if self.exhausted:
            return None
        items = next(self.todo, None)
        if items is None:
            self.exhausted = True
            return None
        unit = _Unit(self.next_index, items)
        self.next_index += 1
        return unit

    def _kill_all(self) -> None:
        for worker in list(self.workers):
            worker.kill()

    def run(self) -> bool:
        frame = self.frame
        frame.stop.on_force = self._kill_all
        for _ in range(self.size):
            self.workers.append(_Worker(frame.options))
        told_stop = False
        while True:
            if frame.halted and not told_stop:
                told_stop = True
                self.complete = False
                for worker in self.workers:
                    worker.tell_stop()
            if not frame.halted:
                self._feed()
            busy = [w for w in self.workers if w.open and (w.units or told_stop)]
            if not busy:
                break
            for conn in wait([w.results for w in busy], timeout=0.5):
                worker = next(w for w in busy if w.results is conn)
                self._read(worker)
        return self.complete and self.exhausted and not self.retry

    def _feed(self) -> None:
        for worker in list(self.workers):
            while worker.open and len(worker.units) < WINDOW:
                unit = self._next_unit()
                if unit is None:
                    return
                try:
                    worker.send(unit)
                except OSError:  # it died since the last look
                    self.retry.appendleft(unit)
                    self._lost(worker)
                    break

    def _read(self, worker: _Worker) -> None:
        try:
            while True:
                message: Any = worker.results.recv()
                if message[0] == "file":  # shown now, emitted in order with its chunk
                    worker.units[0].results.append(message[2])
                    self.frame.delivery.advance([message[2]])
                else:
                    unit = worker.units.popleft()
                    self.frame.delivery.done(unit.index, unit.results, advance=False)
                if not worker.results.poll():
                    return
        except (EOFError, OSError):
            self._lost(worker)

    def _lost(self, worker: _Worker) -> None:
        """A worker's pipe closed: it stopped as told, or it died."""
        cause = worker.cause()
        worker.close()
        self.workers.remove(worker)
        units = list(worker.units)
        if self.frame.halted:  # stopping: what it finished is delivered, the rest is not done
            for unit in units:
                self.frame.delivery.done(unit.index, unit.results, advance=False)
            return
        self.deaths += 1
        current, queued = units[:1], units[1:]
        for unit in current:  # the file it was on fails; the rest of its chunk goes on
            if len(unit.results) < len(unit.items):  # else it died after its last file
                item = unit.items[len(unit.results)]
                reason = f"worker process died on it ({cause}); rerun to retry"
                unit.results.append(FileResult(item.path, "failed", reason))
                self.frame.delivery.advance(unit.results[-1:])
            if len(unit.results) < len(unit.items):
                self.retry.append(unit)
            else:
                self.frame.delivery.done(unit.index, unit.results, advance=False)
        self.retry.extend(queued)  # not started: a new worker does them
        if self.deaths > 4 * self.size + 8:  # workers die as they start: give up on the rest
            self._give_up(cause)
            return
        if self.retry or not self.exhausted:
            self.workers.append(_Worker(self.frame.options))

    def _give_up(self, cause: str) -> None:
        reason = f"worker processes keep dying ({cause})"
        while (unit := self._next_unit()) is not None:
            failed = [FileResult(i.path, "failed", reason) for i in unit.items[len(unit.results) :]]
            self.frame.delivery.advance(failed)
            self.frame.delivery.done(unit.index, unit.results + failed, advance=False)

"""A rich progress bar on stderr: files done/total, files/s, MB/s, elapsed, ETA, failures."""

from __future__ import annotations

import sys
import time
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress
    from rich.progress import TaskID

    from newsclean.batch.result import FileResult


class BarProgress:
    """``newsclean.batch.sink.Progress`` with rich; use only when stderr is a terminal."""

    def __init__(self, stream: IO[str] | None = None, *, console: Any = None) -> None:
        self.stream = stream or sys.stderr
        #: A rich Console to draw on (tests); by default one on ``stream``.
        self.console = console
        self._bar: RichProgress | None = None
        self._task: TaskID | None = None
        self._started = 0.0
        self._bytes = 0
        self._done = 0
        self._failed = 0

    def start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self._started = time.perf_counter()
        # Fits 80 columns with a 7-digit total and failures (the summary gives the time).
        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(bar_width=12),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[failed]}"),
            console=self.console or Console(file=self.stream),
            transient=True,
            # Not sys.stdout: it may carry the jsonl stream.
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._task = self._bar.add_task("cleaning", total=total, rate="", failed="")
        self._bar.start()

    def advance(self, result: FileResult) -> None:
        if self._bar is None or self._task is None:
            return
        self._done += 1
        self._bytes += result.bytes_in
        if result.status == "failed":
            self._failed += 1
        seconds = max(time.perf_counter() - self._started, 1e-9)
        self._bar.update(
            self._task,
            advance=1,
            rate=f"{self._done / seconds:.0f}/s {self._bytes / seconds / 1e6:.1f}MB/s",
            failed=f"[red]{self._failed} failed" if self._failed else "",
        )

    def stopping(self) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, description="stopping")

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


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

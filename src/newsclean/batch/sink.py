"""Where results go: the jsonl stream, the ``--report``, the summary, in input order.

``Delivery`` puts units of results (a chunk, a shard) back into input order, whatever
order an engine finishes them in (or at once with ``--unordered``), and advances the
progress display as each unit comes back.  ``Sink`` writes each result once, in that
order: its jsonl line, its report record, its figures in the summary.

Both files are written through ``files.AtomicOutput``: the report is renamed into place
when the run ends (also after an interruption: it then lists what finished), the jsonl
file only when the run completed.  A write that fails (a full disk) fails that file and
every later one with the path and the reason, and the jsonl file is not published.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import sys
from collections.abc import Callable
from typing import IO, Protocol

from newsclean.batch.files import AtomicOutput
from newsclean.batch.manifest import ManifestWriter, manifest_path
from newsclean.batch.options import BatchOptions
from newsclean.batch.result import FileResult, record
from newsclean.batch.summary import BatchSummary
from newsclean.names import json_text

__all__ = ["Delivery", "Progress", "Sink"]


class Progress(Protocol):
    """What a run tells a progress display; every call comes from the calling thread."""

    def start(self, total: int) -> None: ...
    def advance(self, result: FileResult) -> None: ...
    def stopping(self) -> None: ...
    def stop(self) -> None: ...


class Sink:
    """JSON Lines output, the report and the summary, fed one result at a time."""

    def __init__(self, options: BatchOptions, stdout: IO[bytes] | None = None) -> None:
        self.options = options
        self.summary = BatchSummary(has_report=options.report is not None)
        self.broken_pipe = False
        #: The first write that failed: "PATH: reason".
        self.write_error: str | None = None
        self._report: AtomicOutput | None = None
        self._output: AtomicOutput | None = None
        self._stream: IO[bytes] | None = None
        self._manifest: ManifestWriter | None = None
        try:
            if manifest_path(options) is not None:
                self._manifest = ManifestWriter(options)
            if options.report is not None:
                self._report = AtomicOutput(options.report)
            if options.to_stdout:
                self._stream = stdout if stdout is not None else sys.stdout.buffer
            elif not options.per_file and options.output is not None:
                self._output = AtomicOutput(options.output)
                self._stream = self._output.stream
                if options.output.endswith(".gz"):
                    # No name and no time in the header: identical input, identical bytes.
                    self._stream = gzip.GzipFile(  # type: ignore[assignment]
                        filename="", mode="wb", fileobj=self._output.stream, mtime=0
                    )
        except BaseException:
            self._discard()
            raise

    def emit(self, result: FileResult) -> None:
        if result.line is not None and self._stream is not None:
            result = self._write_line(result)
        self.summary.add(result)
        if self._manifest is not None and result.status == "cleaned" and result.output:
            assert result.source is not None
            self._manifest.add(result.output, *result.source)
        if self._report is not None:
            entry = record(result)
            if entry["output"] is not None:  # spelled as the input is: relative or absolute
                absolute = os.path.isabs(result.path)
                entry["output"] = (
                    os.path.abspath(entry["output"])
                    if absolute
                    else os.path.relpath(entry["output"])
                )
            self._report.stream.write((json_text(entry) + "\n").encode("utf-8"))

    def _write_line(self, result: FileResult) -> FileResult:
        assert self._stream is not None and result.line is not None
        if self.broken_pipe:
            return result
        if self.write_error is None:
            try:
                self._stream.write(result.line.encode("utf-8"))
                return result
            except BrokenPipeError:
                self.broken_pipe = True
                return result
            except OSError as exc:
                where = self.options.output or "standard output"
                self.write_error = f"{where}: {str(exc.strerror or exc).lower()}"
        return FileResult(
            result.path,
            "failed",
            f"cannot write {self.write_error}",
            result.counts,
            result.bytes_in,
        )

    def close(self, *, keep_output: bool) -> None:
        """Publish the report; publish the jsonl file only if the run completed whole."""
        if self._stream is not None and self._output is None and not self.broken_pipe:
            with contextlib.suppress(BrokenPipeError):
                self._stream.flush()
        if self._output is not None:
            if keep_output and self.write_error is None:
                assert self._stream is not None
                try:
                    if self._stream is not self._output.stream:
                        self._stream.close()  # the gzip trailer
                    self._output.commit()
                except OSError as exc:
                    self.write_error = f"{exc.filename}: {str(exc.strerror or exc).lower()}"
            else:
                self._output.discard()
            self._output = None
        self.summary.write_error = self.write_error
        if self._manifest is not None:
            self._manifest.close()
            self._manifest = None
        if self._report is not None:
            report, self._report = self._report, None
            report.commit()

    def _discard(self) -> None:
        if self._manifest is not None:
            self._manifest.close()
            self._manifest = None
        for output in (self._output, self._report):
            if output is not None:
                output.discard()
        self._output = self._report = None


class Delivery:
    """Units of results back in input order: ``done(index, results)`` for unit ``index``."""

    def __init__(
        self, emit: Callable[[FileResult], None], progress: Progress | None, unordered: bool
    ) -> None:
        self.emit = emit
        self.progress = progress
        self.unordered = unordered
        self.delivered = 0  # files emitted through done()
        self._ready: dict[int, list[FileResult]] = {}
        self._next = 0

    def advance(self, results: list[FileResult]) -> None:
        if self.progress is not None:
            for result in results:
                self.progress.advance(result)

    def done(self, index: int, results: list[FileResult], *, advance: bool = True) -> None:
        """Unit ``index`` is finished (``results`` may be short when the run stops)."""
        if advance:
            self.advance(results)
        if self.unordered:
            self._emit(results)
            return
        self._ready[index] = results
        while self._next in self._ready:
            self._emit(self._ready.pop(self._next))
            self._next += 1

    def _emit(self, results: list[FileResult]) -> None:
        for result in results:
            self.emit(result)
        self.delivered += len(results)

"""The one run frame every engine runs in.

``run_batch`` checks the options, removes what killed runs left behind, plans (the walk
runs to its end before any file is cleaned, so the run works on the tree as it was and
knows its total), opens the sink, records the results decided without cleaning, hands
the rest to the engine under the signal handling of ``Stop``, and closes everything in
one place: the progress bar, the report, the jsonl file (published only when the run
completed) and the engine (which never waits on a worker that cannot answer).
"""

from __future__ import annotations

import os
import time
from typing import IO

from newsclean.batch.engine import Engine, Frame
from newsclean.batch.files import remove_leftovers
from newsclean.batch.options import BatchOptions, check_options
from newsclean.batch.plan import plan
from newsclean.batch.sink import Delivery, Progress, Sink
from newsclean.batch.stop import Stop
from newsclean.batch.summary import BatchSummary

__all__ = ["run_batch"]


def _nothing() -> None:
    return None


def remove_old_leftovers(options: BatchOptions) -> None:
    """Temporary files of killed runs: in OUTDIR, and beside the report and the jsonl file."""
    if options.per_file and options.output is not None:
        remove_leftovers(options.output, recursive=True)
    for path in (options.report, None if options.per_file else options.output):
        if path not in (None, "-"):
            remove_leftovers(os.path.dirname(os.path.abspath(str(path))))


def run_batch(
    options: BatchOptions,
    progress: Progress | None = None,
    *,
    stdout: IO[bytes] | None = None,
    engine: Engine | None = None,
) -> BatchSummary:
    """Clean every input of ``options``; return the summary (``summary.exit_code`` for a CLI).

    Raises ``UsageError`` (or ``InputError`` for a missing input) before doing anything
    when the run cannot work, and ``OSError`` when the report cannot be written.
    """
    check_options(options)
    if engine is None:
        from newsclean.batch.local import LocalEngine

        engine = LocalEngine()
    started = time.perf_counter()
    remove_old_leftovers(options)
    with plan(options, engine.reserved(options)) as work:
        engine.start(options)
        try:
            sink = Sink(options, stdout)
            completed = False
            try:
                sink.summary.total = work.total
                if progress is not None:
                    progress.start(work.total)
                for result in work.decided:
                    sink.emit(result)
                    if progress is not None:
                        progress.advance(result)
                delivery = Delivery(sink.emit, progress, options.unordered)
                with Stop(progress.stopping if progress is not None else _nothing) as stop:
                    frame = Frame(options, work.items, delivery, stop, sink, progress)
                    completed = engine.run(frame) and not sink.broken_pipe
            finally:
                if progress is not None:
                    progress.stop()
                sink.summary.elapsed = time.perf_counter() - started
                sink.summary.interrupted = not completed
                sink.summary.stdout_closed = sink.broken_pipe
                sink.close(keep_output=completed)
        finally:
            engine.close()
    return sink.summary

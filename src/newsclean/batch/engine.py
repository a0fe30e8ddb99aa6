"""The ``Engine`` protocol: what the run frame asks of the local pool and of Ray.

The frame (``run.run_batch``) checks the options, plans, opens the sink, installs the
signal handling and closes everything; an engine only cleans ``Frame.items`` and hands
each unit of results to ``Frame.delivery.done(index, results)``, stopping early when
``Frame.halted``.  Engines use the public names of this package and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from newsclean.batch.options import BatchOptions
from newsclean.batch.sink import Delivery, Progress, Sink
from newsclean.batch.spool import Spool
from newsclean.batch.stop import Stop
from newsclean.batch.walk import InputFile

__all__ = ["Engine", "Frame"]


@dataclass(slots=True)
class Frame:
    """One run as an engine sees it."""

    options: BatchOptions
    items: Spool[InputFile]
    delivery: Delivery
    stop: Stop
    sink: Sink
    progress: Progress | None

    @property
    def halted(self) -> bool:
        """Stop sending work: a signal asked for it, or standard output closed."""
        return self.stop.requested or self.sink.broken_pipe


class Engine(Protocol):
    """Cleans the files of a planned run."""

    def reserved(self, options: BatchOptions) -> tuple[str, ...]:
        """Paths the engine keeps for itself (never walked as inputs)."""
        ...

    def start(self, options: BatchOptions) -> None:
        """Get ready (connect to a cluster); ``UsageError`` when it cannot."""
        ...

    def run(self, frame: Frame) -> bool:
        """Clean ``frame.items``; True when every file was delivered."""
        ...

    def close(self) -> None:
        """Release what ``start`` took; never waits on a process that cannot answer."""
        ...

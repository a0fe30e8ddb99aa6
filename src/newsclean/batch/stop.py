"""SIGINT and SIGTERM during a run: the first asks to stop after the files in progress,
the second forces (the engine's ``on_force``, or ``KeyboardInterrupt`` while the frame
runs a file in this process)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from typing import Any


def _nothing() -> None:
    return None


class Stop:
    """Installed (as a context manager) by the run frame around the engine."""

    def __init__(self, on_stop: Callable[[], None] = _nothing) -> None:
        self.event = threading.Event()
        self.on_stop = on_stop
        #: What a second signal does; an engine sets it (kill its workers, cancel its tasks).
        self.on_force: Callable[[], None] = _nothing
        self.signal: int | None = None
        self.forced = False
        #: While True a second signal raises ``KeyboardInterrupt`` (a file cleaned here).
        self.interruptible = False
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> Stop:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)

    def _handle(self, signum: int, frame: object) -> None:
        if self.signal is None:
            self.request(signum)
            return
        self.forced = True
        self.on_force()
        if self.interruptible:
            raise KeyboardInterrupt

    def request(self, signum: int = signal.SIGINT) -> None:
        """Ask to stop after the files in progress (what the first signal does)."""
        self.signal = signum
        self.event.set()
        self.on_stop()

    @property
    def requested(self) -> bool:
        return self.event.is_set()

"""A local worker process: ``python -m newsclean.batch.worker TASKS RESULTS ALIVE PARENT``.

It reads the options, then chunks of inputs, from the TASKS pipe, and sends one message
per file to RESULTS as soon as the file is done, so that when it dies (the OOM killer)
its parent knows exactly which files it finished.  It dies with its parent: on Linux
the kernel kills it when the parent dies (``PR_SET_PDEATHSIG``), and everywhere a thread
waits on the ALIVE pipe, whose only write end the parent holds, and exits when it
closes.  Ctrl-C and SIGTERM are ignored: the parent decides when to stop (``stop``
message: after the file in progress) and kills workers when forced.

Its standard output is not the parent's (which may carry jsonl).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
from collections import deque
from multiprocessing.connection import Connection
from typing import Any

#: ``prctl`` option: the signal this process gets when its parent dies (Linux).
PR_SET_PDEATHSIG = 1


def die_with_parent(alive_fd: int, parent: int) -> None:
    """Exit when ``parent`` does, however it ends (SIGKILL included)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)

    def watch() -> None:
        while True:
            try:
                if not os.read(alive_fd, 1):
                    break
            except InterruptedError:  # pragma: no cover - retried by Python already
                continue
            except OSError:
                break
        os._exit(1)

    threading.Thread(target=watch, name="newsclean-parent-watch", daemon=True).start()


def serve(tasks: Connection, results: Connection) -> None:
    """Clean chunks until the pipe closes or a ``stop`` comes (checked between files)."""
    from newsclean.batch.job import clean_file, warm_up

    options = tasks.recv()
    warm_up(options.convert)
    queue: deque[tuple[Any, ...]] = deque()

    def drain(block: bool) -> bool:
        """Read waiting messages; False when told to stop (or the parent hung up)."""
        while block or tasks.poll():
            block = False
            try:
                message = tasks.recv()
            except EOFError:
                return False
            if message[0] == "stop":
                return False
            queue.append(message)
        return True

    while True:
        if not drain(block=not queue):
            return
        _, index, items = queue.popleft()
        for item in items:
            if tasks.poll() and not drain(block=False):
                return
            results.send(("file", index, clean_file(item, options)))
        results.send(("done", index))


def main(argv: list[str]) -> int:
    task_fd, result_fd, alive_fd, parent = (int(arg) for arg in argv[:4])
    die_with_parent(alive_fd, parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    tasks = Connection(task_fd, writable=False)
    results = Connection(result_fd, readable=False)
    with contextlib.suppress(EOFError, BrokenPipeError):
        serve(tasks, results)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

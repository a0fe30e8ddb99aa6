"""Ctrl-C before the command takes over its own interrupt handling.

``newsclean.entry`` installs this handler before it imports the pipeline, OpenCC and
click; ``cli.main`` replaces it with Python's own once it can report an interruption
itself.  Until then nothing has been written, so the process ends at once: one line on
stderr and exit status 130, never a traceback.
"""

from __future__ import annotations

import os
from types import FrameType

INTERRUPTED = 130


def interrupted_while_loading(signum: int, frame: FrameType | None) -> None:
    os.write(2, b"newsclean: interrupted\n")
    os._exit(INTERRUPTED)

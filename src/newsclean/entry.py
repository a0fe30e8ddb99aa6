"""The ``newsclean`` command's entry point.

Ctrl-C while the program is still loading (the pipeline, OpenCC, click) ends it as Ctrl-C
does later: one line on stderr and exit status 130, never a traceback.  Until the command
takes over its own interrupt handling (``cli.main``), SIGINT ends the process at once:
nothing has been written yet.
"""

from __future__ import annotations

import os
import signal
from types import FrameType

INTERRUPTED = 130


def interrupted_while_loading(signum: int, frame: FrameType | None) -> None:
    os.write(2, b"newsclean: interrupted\n")
    os._exit(INTERRUPTED)


def main() -> None:
    """Run the command line (``newsclean.cli.main``)."""
    signal.signal(signal.SIGINT, interrupted_while_loading)
    from newsclean.cli import main as command

    command(prog_name="newsclean")

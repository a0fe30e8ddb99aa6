"""The ``newsclean`` command's entry point.

Ctrl-C while the program is still loading (the pipeline, OpenCC, click) ends it as Ctrl-C
does later: one line on stderr and exit status 130, never a traceback (``interrupt.py``).
"""

from __future__ import annotations

import signal

from newsclean.interrupt import interrupted_while_loading


def main() -> None:
    """Run the command line (``newsclean.cli.main``)."""
    signal.signal(signal.SIGINT, interrupted_while_loading)
    from newsclean.cli import main as command

    command(prog_name="newsclean")

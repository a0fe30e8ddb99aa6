"""The command line's one way out: an error is one line on stderr, ``newsclean: error: ...``,
with the exit status the help states; a closed standard output (``| head``) is silenced, no
error."""

from __future__ import annotations

import os
import sys
from typing import NoReturn

import click


def quiet_stdout() -> None:
    """The reader went away (``| head``): not an error; silence the flush at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def error(message: str, status: int) -> NoReturn:
    from newsclean.names import one_line

    click.echo(f"newsclean: error: {one_line(message)}", err=True)
    sys.exit(status)

"""The command line for pages given one by one: each to stdout in order (as ``cat`` does),
or one page to ``-o FILE``.  Reads through ``batch.files.read_input`` and writes through
``batch.files.write_atomic``, the same read path and writer as a batch."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from newsclean.errors import InputError, NewscleanError, UsageError
from newsclean.names import one_line


def _read(path: str, limit: int) -> bytes:
    from newsclean.batch.files import read_input

    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise InputError("-: larger than --max-bytes")
        return data
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory (give a file, or - for standard input)")
    try:
        return read_input(path, limit, regular_only=False)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None


def _render(path: str, data: bytes, fmt: str, kw: dict[str, Any]) -> str:
    from newsclean.pipeline import clean_bytes
    from newsclean.render import render

    try:
        doc = clean_bytes(data, encoding=kw["encoding"], convert=kw["convert"], path=path)
    except NewscleanError as exc:
        raise InputError(f"{path}: {exc}") from None
    except Exception as exc:  # never a traceback: say what broke, in one line
        raise InputError(
            f"{path}: internal error ({type(exc).__name__}: {exc}); please report it"
        ) from None
    if kw["explain"] and fmt in ("json", "jsonl"):
        from newsclean.explain import render_explained

        return render_explained(doc, fmt)
    if kw["explain"]:
        from newsclean.explain import print_explanation

        print_explanation(doc, sys.stderr)
    return render(doc, fmt)


def clean_pages(paths: Sequence[str], output: str | None, fmt: str, kw: dict[str, Any]) -> int:
    """Clean each page; the exit status (1 when a page failed, the others still printed)."""
    if not paths:
        if sys.stdin.isatty():
            raise UsageError("no input: give a file, or pipe a page into standard input")
        paths = ("-",)
    if paths.count("-") > 1:
        raise UsageError("standard input (-) can be read once")
    to_file = output is not None and output != "-"
    if to_file:
        assert output is not None
        for path in paths:
            if path != "-" and _same_file(path, output):
                raise InputError(f"{output}: refusing to overwrite the input")
    status = 0
    for path in paths:
        try:
            rendered = _render(path, _read(path, kw["max_bytes"]), fmt, kw)
        except InputError as exc:
            if len(paths) == 1:
                raise
            click.echo(f"newsclean: error: {one_line(str(exc))}", err=True)
            status = 1
            continue
        if to_file:
            assert output is not None
            _write_file(output, rendered)
        else:
            sys.stdout.buffer.write(rendered.encode("utf-8"))
    if not to_file:
        sys.stdout.flush()
    return status


def _write_file(output: str, rendered: str) -> None:
    from newsclean.batch.files import write_atomic

    try:
        write_atomic(output, rendered.encode("utf-8"))
    except OSError as exc:
        raise InputError(f"{output}: cannot write ({str(exc.strerror or exc).lower()})") from None


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False

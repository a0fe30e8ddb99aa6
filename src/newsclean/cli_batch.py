"""The command line for a batch: whether the paths given make one (a directory, several
paths into a directory, ``--files-from``), the batch's options from the command's, and the
run with its progress and summary on stderr (``batch.run``)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import click

from newsclean.cli_exit import error, quiet_stdout
from newsclean.errors import UsageError

if TYPE_CHECKING:
    from newsclean.batch.options import BatchOptions
    from newsclean.batch.ray_engine import RayOptions

#: The options that apply to a batch only.
BATCH_ONLY = ("include", "exclude", "report", "force", "allow_nested", "address", "shard_size")


def batch_options_given(ctx: click.Context) -> list[str]:
    """The batch-only options the command line set (not left at their default)."""
    default = click.core.ParameterSource.DEFAULT
    return [n for n in BATCH_ONLY if ctx.get_parameter_source(n) is not default]


def read_names(handle: Any, null: bool) -> list[str]:
    """The paths ``--files-from`` lists: one a line, or parted by NUL (``--null``)."""
    data: bytes = handle.read()
    names = data.split(b"\0" if null else b"\n")
    return [os.fsdecode(name.rstrip(b"\r") if not null else name) for name in names if name]


def is_batch(ctx: click.Context, paths: Sequence[str], output: str | None, listed: bool) -> bool:
    """A directory; several paths or one with ``-o DIR`` (an existing directory, or ``DIR/``);
    ``--files-from``; or a missing path meant as one (``DIR/``, batch options)."""
    to_dir = output is not None and (output.endswith(("/", os.sep)) or os.path.isdir(output))
    if listed or to_dir:
        return True
    real = [p for p in paths if p != "-"]
    if any(os.path.isdir(p) or (not os.path.lexists(p) and p.endswith(os.sep)) for p in real):
        return True
    if len(paths) > 1 and output is not None and output != "-":
        return True  # several pages into one file: only jsonl can hold them
    missing = [p for p in real if not os.path.lexists(p)]
    return bool(missing) and bool(batch_options_given(ctx))


def clean_batch(paths: tuple[str, ...], fmt: str, kw: dict[str, Any]) -> int:
    """Run the batch the command line names (``kw``: its options); the exit status."""
    from newsclean.batch.options import DEFAULT_INCLUDE, BatchOptions

    if kw["explain"]:
        raise UsageError("--explain works on one file, not a batch")
    if kw["engine"] != "ray" and (kw["address"] is not None or kw["shard_size"] is not None):
        raise UsageError("--address and --shard-size apply to --engine ray")
    options = BatchOptions(
        inputs=paths,
        output=kw["output"],
        fmt=fmt,
        encoding=kw["encoding"],
        convert=kw["convert"],
        include=kw["include"] or DEFAULT_INCLUDE,
        exclude=kw["exclude"],
        jobs=kw["jobs"] or 0,
        unordered=kw["unordered"],
        report=kw["report"],
        force=kw["force"],
        max_bytes=kw["max_bytes"],
        allow_nested=kw["allow_nested"],
    )
    ray_options = None
    if kw["engine"] == "ray":
        from newsclean.batch.ray_engine import RayOptions

        ray_options = RayOptions(address=kw["address"], shard_size=kw["shard_size"] or 0)
    return run_batch_command(options, quiet=kw["quiet"], ray_options=ray_options)


def run_batch_command(
    options: BatchOptions, *, quiet: bool, ray_options: RayOptions | None = None
) -> int:
    """Run a batch (here, or on Ray); print the summary on stderr; return the exit status."""
    from newsclean.batch.run import run_batch
    from newsclean.batch.summary import format_summary

    progress = None
    if not quiet and sys.stderr.isatty():
        from newsclean.batch.progress import BarProgress, RayBarProgress

        progress = BarProgress() if ray_options is None else RayBarProgress()
    engine = None
    if ray_options is not None:
        from newsclean.batch.ray_engine import RayEngine

        engine = RayEngine(ray_options)
    try:
        summary = run_batch(options, progress, stdout=sys.stdout.buffer, engine=engine)
    except OSError as exc:  # the report or the jsonl output cannot be written
        name = f"{exc.filename}: " if exc.filename else ""
        error(f"cannot write {name}{str(exc.strerror or exc).lower()}", 1)
    if summary.stdout_closed:
        quiet_stdout()
        return 0
    if not quiet or summary.exit_code != 0:
        sys.stderr.write(format_summary(summary))
    return summary.exit_code

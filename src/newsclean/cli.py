"""The command line: options -> library -> renderer.  No cleaning logic lives here."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import click

from newsclean import __version__
from newsclean.errors import NewscleanError
from newsclean.filters.convert import CONFIGS
from newsclean.render import FORMATS

if TYPE_CHECKING:
    from newsclean.io.batch import BatchOptions
    from newsclean.io.ray_engine import RayOptions

EPILOG = """\b
Examples:
  newsclean page.txt                       clean one page, print the article
  cat page.txt | newsclean | wc -c         stdin to stdout
  newsclean page.txt --format json -o page.json
  newsclean page.txt --explain > /dev/null where every line went, and why
  newsclean page.txt --encoding gb18030 --convert tw2sp

\b
Batch (a directory, or several paths):
  newsclean pages/ -o clean/ -j 4 --report report.jsonl
                                           mirror pages/ into clean/, *.txt only
  newsclean pages/ --format jsonl -o corpus.jsonl.gz
  newsclean pages/ -o clean/ --engine ray --address auto --shard-size 500
                                           the same, on a running Ray cluster
  Rerun after Ctrl-C to finish: outputs newer than their input are skipped.
  Exit status: 0 all done, 1 some files failed, 2 usage error, 130 interrupted.
"""

#: Options that only mean something for a batch run.
BATCH_OPTIONS = (
    "include",
    "exclude",
    "jobs",
    "unordered",
    "report",
    "force",
    "quiet",
    "max_bytes",
    "allow_nested",
    "engine",
    "address",
    "shard_size",
)


_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def _parse_size(ctx: click.Context, param: click.Parameter, value: str) -> int:
    """A byte count: 1000, 512K, 64M, 1G (binary multiples)."""
    text = str(value).strip().upper().removesuffix("B").removesuffix("I")
    unit = text[-1:] if text[-1:] in ("K", "M", "G") else ""
    try:
        number = int(text[: len(text) - len(unit)])
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a size (try 64M)") from None
    if number < 1:
        raise click.BadParameter("must be positive")
    return number * _UNITS[unit]


def _usage(message: str) -> None:
    """One line on stderr, exit status 2: the command cannot run as given."""
    click.echo(f"newsclean: error: {message}", err=True)
    sys.exit(2)


def _fail(message: str) -> None:
    """One line on stderr, exit status 1: the input was bad, not the command."""
    click.echo(f"newsclean: error: {message}", err=True)
    sys.exit(1)


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    if os.path.isdir(path):
        _fail(f"{path}: is a directory (give a file, or - for standard input)")
    try:
        with open(path, "rb") as handle:  # not pathlib: its import is start-up time
            return handle.read()
    except FileNotFoundError:
        _fail(f"{path}: no such file")
    except PermissionError:
        _fail(f"{path}: permission denied")
    except OSError as exc:
        _fail(f"{path}: cannot read ({exc.strerror or exc})")
    raise AssertionError("unreachable")


def _write_stdout(text: str) -> None:
    try:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`| head`): not an error; silence the flush at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


@click.command(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=str),
    help="Write to FILE (atomically) instead of stdout; for a batch, OUTDIR (or the .jsonl[.gz]).",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--convert",
    type=click.Choice(CONFIGS),
    default="auto",
    show_default=True,
    help="OpenCC conversion to simplified Chinese "
    "(auto: t2s, tw2s or hk2s from the page; none: keep the script).",
)
@click.option(
    "--encoding",
    default="auto",
    show_default=True,
    help="Input encoding: auto (detect), utf-8, gb18030, big5, …",
)
@click.option(
    "--explain", is_flag=True, help="Print, on stderr, where every input line went and why."
)
@click.option(
    "--include",
    multiple=True,
    metavar="GLOB",
    help="Batch: clean files matching GLOB (repeatable; default *.txt).",
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="GLOB",
    help="Batch: leave out files and dirs matching GLOB.",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Batch: worker processes [default: CPUs]."
)
@click.option("--unordered", is_flag=True, help="Batch jsonl: write in completion order.")
@click.option(
    "--report",
    type=click.Path(path_type=str),
    metavar="FILE.jsonl",
    help="Batch: write one record per input (status, reason, counts).",
)
@click.option("--force", is_flag=True, help="Batch: clean even when the output is up to date.")
@click.option("-q", "--quiet", is_flag=True, help="Batch: no progress bar; summary only on errors.")
@click.option(
    "--max-bytes",
    default="64M",
    callback=_parse_size,
    metavar="SIZE",
    show_default=True,
    help="Batch: fail files larger than this.",
)
@click.option("--allow-nested", is_flag=True, help="Batch: allow OUTDIR inside an input directory.")
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help='Batch: run on this machine\'s processes, or on Ray (pip install "newsclean[ray]").',
)
@click.option(
    "--address",
    metavar="ADDR",
    help="Ray: the cluster (auto, host:6379, ray://host:10001) [default: start one here].",
)
@click.option(
    "--shard-size",
    type=click.IntRange(min=1),
    metavar="N",
    help="Ray: files per task [default: from the file count and the CPUs].",
)
@click.version_option(__version__, prog_name="newsclean")
@click.pass_context
def main(
    ctx: click.Context,
    paths: tuple[str, ...],
    output: str | None,
    fmt: str,
    convert: str,
    encoding: str,
    explain: bool,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    jobs: int | None,
    unordered: bool,
    report: str | None,
    force: bool,
    quiet: bool,
    max_bytes: int,
    allow_nested: bool,
    engine: str,
    address: str | None,
    shard_size: int | None,
) -> None:
    """Clean scraped Chinese news pages: strip spam lines, pinyin annotations and
    navigation, flag (and repair) mojibake, convert to simplified Chinese, and
    split the title and metadata from the body.

    PATHS: a file, or - (or nothing, with piped input) for standard input;
    a directory or several paths clean a batch (see below).
    """
    if _is_batch(ctx, paths, output):
        from newsclean.io.batch import DEFAULT_INCLUDE, BatchOptions

        if explain:
            _usage("--explain works on one file, not a batch")
        options = BatchOptions(
            inputs=paths,
            output=output,
            fmt=fmt,
            encoding=encoding,
            convert=convert,
            include=include or DEFAULT_INCLUDE,
            exclude=exclude,
            jobs=jobs or 0,
            unordered=unordered,
            report=report,
            force=force,
            max_bytes=max_bytes,
            allow_nested=allow_nested,
        )
        ray_options = None
        if engine == "ray":
            from newsclean.io.ray_engine import RayOptions

            ray_options = RayOptions(address=address, shard_size=shard_size or 0)
        elif address is not None or shard_size is not None:
            _usage("--address and --shard-size apply to --engine ray")
        sys.exit(_run_batch(options, quiet=quiet, ray_options=ray_options))
    given = _batch_options_given(ctx)
    if given:
        flag = "--" + given[0].replace("_", "-")
        _usage(f"{flag} applies to a batch (a directory or several paths), not one file")
    if output is not None and os.path.isdir(output):
        raise click.BadParameter(f"File {output!r} is a directory.", param_hint="'-o' / '--output'")
    if not paths:
        if sys.stdin.isatty():
            raise click.UsageError("no input: give a file, or pipe a page into standard input")
        paths = ("-",)
    path = paths[0]
    if output is not None and path != "-" and _same_file(path, output):
        _fail(f"{output}: refusing to overwrite the input")
    data = _read_input(path)
    try:
        from newsclean.pipeline import clean_bytes

        doc = clean_bytes(data, encoding=encoding, convert=convert, path=path)
    except NewscleanError as exc:
        _fail(f"{path}: {exc}")
    except Exception as exc:  # never a traceback: say what broke, in one line
        _fail(f"{path}: internal error ({type(exc).__name__}: {exc}); please report it")
    from newsclean.render import render

    rendered = render(doc, fmt)
    if explain:
        from newsclean.explain import print_explanation

        print_explanation(doc, sys.stderr)
    if output is None:
        _write_stdout(rendered)
    else:
        from newsclean.io.atomic import write_atomic

        try:
            write_atomic(output, rendered.encode("utf-8"))
        except OSError as exc:
            _fail(f"{output}: cannot write ({exc.strerror or exc})")


def _batch_options_given(ctx: click.Context) -> list[str]:
    return [
        name
        for name in BATCH_OPTIONS
        if ctx.get_parameter_source(name) is not click.core.ParameterSource.DEFAULT
    ]


def _is_batch(ctx: click.Context, paths: tuple[str, ...], output: str | None) -> bool:
    """Several paths or a directory; or a missing path meant as one (``DIR/``, batch options,
    or ``-o`` an existing directory), which the batch then reports as a usage error."""
    if len(paths) > 1:
        return True
    if len(paths) == 0 or paths[0] == "-":
        return False
    path = paths[0]
    if os.path.isdir(path):
        return True
    if os.path.lexists(path):
        return False
    return (
        path.endswith(os.sep)
        or bool(_batch_options_given(ctx))
        or (output is not None and os.path.isdir(output))
    )


def _run_batch(options: BatchOptions, *, quiet: bool, ray_options: RayOptions | None = None) -> int:
    """Run a batch (here, or on Ray); print the summary on stderr; return the exit status."""
    from newsclean.errors import UsageError
    from newsclean.io.batch import run_batch
    from newsclean.io.report import format_summary

    progress = None
    if not quiet and sys.stderr.isatty():
        from newsclean.io.progress import BarProgress

        progress = BarProgress()
    try:
        if ray_options is None:
            summary = run_batch(options, progress, stdout=sys.stdout.buffer)
        else:
            from newsclean.io.ray_engine import RayBarProgress, run_ray

            bar = RayBarProgress() if progress is not None else None
            summary = run_ray(options, ray_options, bar, stdout=sys.stdout.buffer)
    except UsageError as exc:
        _usage(str(exc))
        raise AssertionError("unreachable") from exc
    except OSError as exc:  # the report or the jsonl output cannot be written
        _fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        raise AssertionError("unreachable") from exc
    if summary.stdout_closed:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    if not quiet or summary.exit_code != 0:
        sys.stderr.write(format_summary(summary))
    return summary.exit_code


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False

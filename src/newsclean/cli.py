"""The command line: options -> library -> renderer.  No cleaning logic lives here."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from newsclean import __version__
from newsclean.errors import NewscleanError
from newsclean.filters.convert import CONFIGS
from newsclean.render import FORMATS

EPILOG = """\b
Examples:
  newsclean page.txt                       clean one page, print the article
  cat page.txt | newsclean | wc -c         stdin to stdout
  newsclean page.txt --format json -o page.json
  newsclean page.txt --explain > /dev/null where every line went, and why
  newsclean page.txt --encoding gb18030 --convert tw2sp
"""


def _fail(message: str) -> None:
    """One line on stderr, exit status 1: the input was bad, not the command."""
    click.echo(f"newsclean: error: {message}", err=True)
    sys.exit(1)


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    target = Path(path)
    if target.is_dir():
        _fail(f"{path}: is a directory (give a file, or - for standard input)")
    try:
        return target.read_bytes()
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
    type=click.Path(dir_okay=False, path_type=str),
    help="Write to FILE (atomically) instead of stdout.",
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
    default="t2s",
    show_default=True,
    help="OpenCC conversion to simplified Chinese (none: keep the script).",
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
@click.version_option(__version__, prog_name="newsclean")
def main(
    paths: tuple[str, ...],
    output: str | None,
    fmt: str,
    convert: str,
    encoding: str,
    explain: bool,
) -> None:
    """Clean scraped Chinese news pages: strip spam lines, pinyin annotations and
    navigation, flag (and repair) mojibake, convert to simplified Chinese, and
    split the title and metadata from the body.

    PATHS: a file, or - (or nothing, with piped input) for standard input.
    """
    if not paths:
        if sys.stdin.isatty():
            raise click.UsageError("no input: give a file, or pipe a page into standard input")
        paths = ("-",)
    if len(paths) > 1:
        raise click.UsageError(
            "give one file (batch mode over several inputs is not available yet)"
        )
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


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False

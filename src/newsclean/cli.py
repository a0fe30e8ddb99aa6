"""The command line: options -> library -> renderer.  No cleaning logic lives here: pages
given one by one are ``cli_page``'s, a batch is ``cli_batch``'s, the way out ``cli_exit``'s.

One error path: every error is one line on stderr, ``newsclean: error: ...``, with the
exit status the help states (1 a bad input, 2 a command that cannot run, 130
interrupted); a closed standard output (``| head``) ends the command quietly.
"""

from __future__ import annotations

import signal
import sys
from typing import Any

import click

from newsclean import __version__
from newsclean.cli_exit import error, quiet_stdout
from newsclean.errors import InputError, NewscleanError, UsageError
from newsclean.filters.convert import CONFIGS
from newsclean.interrupt import interrupted_while_loading
from newsclean.render import FORMATS

EPILOG = """\b
Examples:
  newsclean page.txt                       clean one page, print the article
  cat page.txt | newsclean | wc -c         stdin to stdout
  newsclean a.txt b.txt > both.txt         several pages, one after another
  newsclean page.txt -o page.json          the format follows the name (.json, .md, .jsonl)
  newsclean page.txt --explain > /dev/null where every line went, and why
  newsclean page.txt --encoding gb18030 --convert tw2sp

\b
Batch (a directory, several paths with -o DIR, or --files-from):
  newsclean pages/ -o clean/ -j 4 --report report.jsonl
                                           mirror pages/ into clean/, *.txt only
  newsclean pages/ -o corpus.jsonl.gz      one jsonl stream, compressed
  find . -name '*.txt' -print0 | newsclean --files-from - -0 -o clean/
  newsclean pages/ -o clean/ --engine ray --address auto --shard-size 500
                                           the same, on a running Ray cluster
  Rerun after Ctrl-C to finish: outputs up to date are skipped.
  Exit status: 0 all done, 1 some files failed, 2 usage error, 130 interrupted.
  Options can also come from the environment: NEWSCLEAN_FORMAT=json, NEWSCLEAN_JOBS=4.
"""

#: --help sections: option name -> section (the others are "Options").
SECTIONS = {
    **dict.fromkeys(
        (
            "files_from",
            "null",
            "include",
            "exclude",
            "jobs",
            "unordered",
            "report",
            "force",
            "quiet",
            "max_bytes",
            "allow_nested",
        ),
        "Batch options",
    ),
    **dict.fromkeys(("engine", "address", "shard_size"), "Ray options"),
}
#: Batch options that mean nothing for one page: refused there, as they would do nothing.
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


def versions() -> str:
    """The versions that change the output: newsclean, OpenCC, pypinyin, Python."""
    from importlib.metadata import PackageNotFoundError, version

    parts = [f"newsclean {__version__}"]
    for name, dist in (("OpenCC", "opencc"), ("pypinyin", "pypinyin")):
        try:
            parts.append(f"{name} {version(dist)}")
        except PackageNotFoundError:
            parts.append(f"{name} (not installed)")
    parts.append(f"Python {sys.version.split()[0]}")
    return ", ".join(parts)


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(versions())
        ctx.exit(0)


class Command(click.Command):
    """``click.Command`` with grouped help and one error path."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        groups: dict[str, list[tuple[str, str]]] = {}
        for param in self.get_params(ctx):
            if not isinstance(param, click.Option):
                continue
            record = param.get_help_record(ctx)
            if record is not None:
                groups.setdefault(SECTIONS.get(param.name or "", "Options"), []).append(record)
        for title in ("Options", "Batch options", "Ray options"):
            if title in groups:
                with formatter.section(title):
                    formatter.write_dl(groups[title])

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            status = super().main(*args, **kwargs)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            error(exc.format_message().replace("\n", " "), exc.exit_code)
        except (KeyboardInterrupt, click.Abort):
            click.echo("newsclean: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            quiet_stdout()
            sys.exit(0)
        sys.exit(status if isinstance(status, int) else 0)


@click.command(
    cls=Command,
    epilog=EPILOG,
    context_settings={"help_option_names": ["-h", "--help"], "auto_envvar_prefix": "NEWSCLEAN"},
)
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=str),
    help="Write to FILE (atomically; - is stdout); for a batch OUTDIR (DIR/) or a .jsonl[.gz].",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    envvar="NEWSCLEAN_FORMAT",
    help="Output format [default: from the -o name, else text].",
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
    "--explain",
    is_flag=True,
    help="Where every input line went and why: a table on stderr; with json/jsonl,"
    ' an "explain" list in the document.',
)
@click.option(
    "--files-from",
    type=click.File("rb"),
    metavar="FILE",
    help="Batch: read input paths from FILE (- for stdin), one per line.",
)
@click.option("-0", "--null", is_flag=True, help="Batch: --files-from names end with NUL.")
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
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Batch: worker processes [default: the CPUs this process may use].",
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
    help="Fail inputs larger than this.",
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
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_show_version,
    help="Show the versions of newsclean, OpenCC, pypinyin and Python, and exit.",
)
@click.pass_context
def main(ctx: click.Context, /, paths: tuple[str, ...], **kw: Any) -> None:
    """Clean scraped Chinese news pages: strip spam lines, pinyin annotations and
    navigation, flag (and repair) mojibake, convert to simplified Chinese, and
    split the title and metadata from the body.

    PATHS: files (printed one after another), or - (or nothing, with piped input)
    for standard input; a directory, or paths with -o DIR, clean a batch (see below).
    """
    if signal.getsignal(signal.SIGINT) is interrupted_while_loading:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # from here on, ours below
    try:
        _main(ctx, paths, kw)
    except KeyboardInterrupt:  # here, not in click: it would print an empty line first
        click.echo("newsclean: interrupted", err=True)
        sys.exit(130)


def _main(ctx: click.Context, paths: tuple[str, ...], kw: dict[str, Any]) -> None:
    from newsclean.cli_batch import batch_options_given, clean_batch, is_batch, read_names
    from newsclean.render import format_of_output

    output: str | None = kw["output"]
    try:
        if kw["files_from"] is not None:
            paths = (*paths, *read_names(kw["files_from"], kw["null"]))
            if not paths:
                raise UsageError("--files-from names no path")
        implied = format_of_output(output) if output not in (None, "-") else None
        fmt = kw["fmt"] or implied or "text"
        if kw["fmt"] and implied and implied != kw["fmt"]:
            raise UsageError(f"-o {output} is a {implied} name, but --format is {kw['fmt']}")
        if is_batch(ctx, paths, output, kw["files_from"] is not None):
            sys.exit(clean_batch(paths, fmt, kw))
        given = batch_options_given(ctx)
        if kw["engine"] == "ray":
            given.insert(0, "engine")
        if given:
            flag = "--" + given[0].replace("_", "-")
            raise UsageError(
                f"{flag} applies to a batch (a directory or several paths), not one file"
            )
        from newsclean.cli_page import clean_pages

        sys.exit(clean_pages(paths, output, fmt, kw))
    except UsageError as exc:
        error(str(exc), 2)
    except InputError as exc:
        error(str(exc), 1)


__all__ = ["NewscleanError", "main", "versions"]

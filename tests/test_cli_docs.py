"""docs/cli.md describes every option ``--help`` shows."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from newsclean.cli import main

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def help_options() -> set[str]:
    text = CliRunner().invoke(main, ["--help"], terminal_width=200).output
    return set(re.findall(r"(?<![\w-])(--?[a-z0-9][a-z0-9-]*)", text.split("Examples:")[0]))


def undocumented(options: set[str], doc: str) -> list[str]:
    """The options no line of ``doc`` describes (as `` `-o, --output` `` or `` `--force` ``)."""
    documented = set(re.findall(r"`(--?[a-z0-9][a-z0-9-]*)", doc))
    documented |= set(re.findall(r"(?<=, )(--?[a-z0-9][a-z0-9-]*)", doc))
    return sorted(o for o in options if o not in documented)


def test_every_option_of_help_is_in_docs_cli_md() -> None:
    options = help_options()
    assert {"--output", "-o", "--files-from", "-0", "--shard-size"} <= options  # parsed
    missing = undocumented(options, DOC.read_text(encoding="utf-8"))
    assert missing == [], f"options of --help not described in docs/cli.md: {missing}"


def test_an_option_left_out_of_the_doc_is_found() -> None:
    doc = DOC.read_text(encoding="utf-8")
    without = "\n".join(line for line in doc.splitlines() if "--unordered" not in line)
    assert undocumented(help_options(), without) == ["--unordered"]

"""Package data: lexicons and label vocabularies, plain text with a header naming their source."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

DATA_DIR = Path(__file__).parent


def data_lines(name: str) -> Iterator[list[str]]:
    """The tab-separated fields of each entry of data file ``name`` (``#`` comments skipped)."""
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield [field.strip() for field in line.split("\t")]

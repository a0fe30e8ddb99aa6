"""Package data: lexicons and label vocabularies, plain text with a header naming their source."""

from __future__ import annotations

import os
from collections.abc import Iterator

#: A plain path, not pathlib: pathlib (and the urllib it imports) is start-up time a
#: one-file run does not otherwise pay.
DATA_DIR = os.path.dirname(__file__)


def data_lines(name: str) -> Iterator[list[str]]:
    """The tab-separated fields of each entry of data file ``name`` (``#`` comments skipped)."""
    with open(os.path.join(DATA_DIR, name), encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield [field.strip() for field in line.split("\t")]

"""Package data: lexicons and label vocabularies, plain text with a header naming their source."""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache

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


@cache
def data_kinds(name: str) -> dict[str, tuple[str, ...]]:
    """kind -> the words of a two-field data file ``name`` (``kind<TAB>word``), in file
    order; the file is read once per process."""
    found: dict[str, list[str]] = {}
    for kind, word in data_lines(name):
        found.setdefault(kind, []).append(word)
    return {kind: tuple(words) for kind, words in found.items()}

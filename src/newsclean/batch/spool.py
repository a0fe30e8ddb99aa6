"""``Spool``: values kept in order at a bounded memory cost, read back once they are all in."""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Generic, TypeVar

T = TypeVar("T")


class Spool(Generic[T]):
    """Values kept in order, read back once they are all in.

    The first ``IN_MEMORY`` stay in memory; the rest go to an unnamed temporary file
    (pickled one by one), so a listing of any length costs a bounded amount of memory.
    """

    IN_MEMORY = 1024

    def __init__(self) -> None:
        self._head: list[T] = []
        self._file: IO[bytes] | None = None
        self.count = 0

    def __len__(self) -> int:
        return self.count

    def append(self, value: T) -> None:
        if len(self._head) < self.IN_MEMORY:
            self._head.append(value)
        else:
            if self._file is None:
                # Closed by close(); an unnamed file vanishes with the process anyway.
                self._file = tempfile.TemporaryFile(prefix="newsclean-", suffix=".spool")  # noqa: SIM115
            pickle.dump(value, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __iter__(self) -> Iterator[T]:
        """Every value in order (one reader at a time: the file has one position)."""
        yield from self._head
        if self._file is None:
            return
        self._file.flush()
        self._file.seek(0)
        for _ in range(self.count - len(self._head)):
            yield pickle.load(self._file)  # our own unnamed file, written just above

    def close(self) -> None:
        self._head = []
        if self._file is not None:
            self._file.close()
            self._file = None


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` cut into lists of ``size`` (the last may be shorter)."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

"""Ray shards and their markers: consecutive inputs cleaned by one task, and the file
that says a shard finished (see ``ray_engine``'s docstring for the layout)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from newsclean import __version__
from newsclean.batch.files import write_atomic
from newsclean.batch.options import BatchOptions
from newsclean.batch.result import FileResult, from_record, record
from newsclean.batch.spool import chunks
from newsclean.batch.walk import InputFile
from newsclean.names import json_text

#: Where shard markers live, in OUTDIR (or next to the jsonl file).
SHARD_DIR = ".newsclean-shards"


class SizedOptions(Protocol):
    @property
    def shard_size(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Shard:
    """Consecutive inputs (in the local batch's order) cleaned by one Ray task."""

    index: int
    key: str
    items: tuple[InputFile, ...]


def shard_size(ray_options: SizedOptions, count: int, cpus: int) -> int:
    """Big enough that a task's overhead (a few ms) is small against its files, small
    enough to give every CPU several shards and to lose little when one is redone."""
    if ray_options.shard_size > 0:
        return ray_options.shard_size
    return max(16, min(1000, count // (max(cpus, 1) * 4)))


def _identity(item: InputFile) -> list[Any]:
    try:
        info = os.stat(item.path)
    except OSError:
        return [item.path, item.relpath, None, None]
    return [item.path, item.relpath, info.st_size, info.st_mtime_ns]


def make_shards(items: Iterable[InputFile], options: BatchOptions, size: int) -> list[Shard]:
    """Cut ``items`` into shards of ``size`` and give each a key for its marker.

    The shards hold every path of the run: the driver keeps them until the run ends.
    """
    settings = {
        "version": __version__,
        "fmt": options.fmt,
        "encoding": options.encoding,
        "convert": options.convert,
        "max_bytes": options.max_bytes,
        "output": os.path.abspath(options.output) if options.output else None,
    }
    head = json.dumps(settings, sort_keys=True)
    shards = []
    for index, batch_items in enumerate(chunks(items, size)):
        chunk = tuple(batch_items)
        digest = hashlib.sha256(head.encode())
        for item in chunk:
            line = json_text(_identity(item))
            digest.update(line.encode("utf-8") + b"\n")
        shards.append(Shard(index, digest.hexdigest()[:32], chunk))
    return shards


def marker_dir(options: BatchOptions) -> str | None:
    """Where markers go; None when there is nowhere to resume into (jsonl on stdout)."""
    if options.output is None:
        return None
    if options.per_file:
        return os.path.join(options.output, SHARD_DIR)
    return os.path.join(os.path.dirname(os.path.abspath(options.output)), SHARD_DIR)


def marker_path(directory: str, shard: Shard) -> str:
    return os.path.join(directory, f"{shard.key}.done")


def write_marker(directory: str, shard: Shard, results: list[FileResult]) -> None:
    lines = []
    for result in results:
        entry = record(result)
        entry["line"] = result.line
        lines.append(json_text(entry) + "\n")
    write_atomic(marker_path(directory, shard), "".join(lines).encode("utf-8"))


def read_marker(directory: str, shard: Shard, per_file: bool) -> list[FileResult] | None:
    """The shard's results from its marker (as a rerun reports them), or None to run it."""
    try:
        with open(marker_path(directory, shard), encoding="utf-8") as handle:
            entries = [json.loads(line) for line in handle if line.strip()]
    except (OSError, ValueError):
        return None
    if len(entries) != len(shard.items):
        return None
    if per_file:  # the outputs exist: report them as a local rerun does
        return [FileResult(e["path"], "skipped", "up to date", output=e["output"]) for e in entries]
    return [from_record(e, e["line"]) for e in entries]


def remove_markers(directory: str, shards: list[Shard]) -> None:
    for shard in shards:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(marker_path(directory, shard))
    with contextlib.suppress(OSError):
        os.rmdir(directory)

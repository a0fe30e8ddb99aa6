"""What OUTDIR holds and what it was made from, so that "up to date" means it.

``OUTDIR/.newsclean-manifest.sqlite`` has one row per output written: the output's
path under OUTDIR, the input's size and modification time in nanoseconds when it was
read, and a key of everything else the output depends on (the newsclean and OpenCC
versions, the format, the encoding, the conversion).  An output is up to date only
when its row matches all of them; otherwise the file is cleaned again and the report
says why (``reason`` of the *cleaned* record): no record (first run, or an output made
before the manifest), input changed (``cp -p`` or ``rsync -t`` of another file keeps
an old time but not the size, and an edit changes the time), options or versions changed.

The run's main process writes the rows (as results arrive, committed every few hundred
and at the end, also after an interruption); workers only read.  SQLite (standard
library) keeps the lookups on disk, so memory does not grow with the number of files,
and lets two runs on one OUTDIR share it.  A row lost to a killed run only costs a
re-clean.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sqlite3
from typing import Any

from newsclean import __version__
from newsclean.batch.options import BatchOptions

#: The manifest's name in OUTDIR (a walk of OUTDIR never lists it: OUTDIR is skipped).
MANIFEST = ".newsclean-manifest.sqlite"
#: Rows written between commits (a commit is cheap: WAL, no fsync).
COMMIT_EVERY = 64
_TIMEOUT = 30.0
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS outputs ("
    "path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, settings TEXT)"
)


@functools.cache
def _opencc_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("opencc")
    except PackageNotFoundError:  # pragma: no cover - a dependency
        return "unknown"


def settings_key(options: BatchOptions) -> str:
    """Everything besides the input that shapes an output, as a short key."""
    settings = {
        "newsclean": __version__,
        "opencc": _opencc_version(),
        "format": options.fmt,
        "encoding": options.encoding,
        "convert": options.convert,
    }
    return hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()[:16]


def manifest_path(options: BatchOptions) -> str | None:
    if not options.per_file or options.output is None:
        return None
    return os.path.join(options.output, MANIFEST)


def _key(options: BatchOptions, output: str) -> str:
    return os.path.relpath(output, os.path.abspath(options.output or "")).replace(os.sep, "/")


_readers: dict[str, sqlite3.Connection] = {}


def _reader(path: str) -> sqlite3.Connection | None:
    """A read-only connection, one per process and manifest (None: no manifest yet)."""
    reader = _readers.get(path)
    if reader is not None or not os.path.exists(path):
        return reader
    try:
        uri = "file:" + path.replace("?", "%3f").replace("#", "%23") + "?mode=ro"
        reader = sqlite3.connect(uri, uri=True, timeout=_TIMEOUT, check_same_thread=False)
    except sqlite3.Error:
        return None
    _readers[path] = reader
    return reader


def staleness(options: BatchOptions, output: str, size: int, mtime_ns: int) -> str | None:
    """None when ``output`` is up to date for an input of ``size`` and ``mtime_ns``,
    else why it is not."""
    path = manifest_path(options)
    if path is None:
        return "no manifest"
    reader = _reader(os.path.abspath(path))
    row: Any = None
    if reader is not None:
        with contextlib.suppress(sqlite3.Error):
            row = reader.execute(
                "SELECT size, mtime_ns, settings FROM outputs WHERE path = ?",
                (_key(options, output),),
            ).fetchone()
    if row is None:
        return "no record of its output"
    if (row[0], row[1]) != (size, mtime_ns):
        return "input changed (size or modification time)"
    if row[2] != settings_key(options):
        return "options or versions changed"
    return None


class ManifestWriter:
    """Rows for the outputs a run wrote; opened by the run's main process."""

    def __init__(self, options: BatchOptions) -> None:
        path = manifest_path(options)
        assert path is not None
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        self.options = options
        self.settings = settings_key(options)
        self._db = sqlite3.connect(path, timeout=_TIMEOUT)
        # A lost row only costs a re-clean: no fsync; WAL lets workers read while this
        # process writes (a filesystem without WAL support keeps the default journal).
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute(_SCHEMA)
        self._db.commit()
        self._pending = 0
        #: Set when a write failed (a locked or full disk): the run goes on without rows.
        self.broken = False

    def add(self, output: str, size: int, mtime_ns: int) -> None:
        if self.broken:
            return
        try:
            self._db.execute(
                "INSERT OR REPLACE INTO outputs VALUES (?, ?, ?, ?)",
                (_key(self.options, output), size, mtime_ns, self.settings),
            )
        except sqlite3.Error:
            self.broken = True
            return
        self._pending += 1
        if self._pending >= COMMIT_EVERY:
            self.commit()

    def commit(self) -> None:
        try:
            self._db.commit()
        except sqlite3.Error:
            self.broken = True
        self._pending = 0

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.commit()
        self._db.close()

"""The one read path and the one writer: every input newsclean reads and every file it
writes (one-file ``-o``, batch outputs, jsonl, report, manifest, Ray markers) go here.

Reading (``read_input``) opens without following a final symlink unless told to, never
blocks on a FIFO in a batch (``O_NONBLOCK``), reads at most ``limit`` bytes and, when
the walk saw the file, refuses one whose (device, inode) is not the one it saw: a file
or directory swapped for a symlink while a batch runs is not read.  Every problem is an
``InputError`` with a short lower-case reason.

Writing (``AtomicOutput``, ``write_atomic``):

* a regular file, or a new name, is written to a temporary file beside it and renamed
  over it, so a reader sees the old content or the new, never half.  A new file gets
  ``0666 & ~umask`` (as ``>`` in a shell), an existing file keeps its mode.
* a device or a FIFO (``/dev/null``, ``/dev/stdout``, a named pipe) is written
  through: there is nothing to rename over, and replacing ``/dev/null`` is wrong.
* a symlink is followed when ``follow_symlinks`` (the one-file ``-o``: the file it
  points to is replaced, the link stays) and refused otherwise (batch outputs,
  which must be regular files inside OUTDIR: a symlink, device or FIFO there is
  refused).
* the temporary name is ``.NAME.nc<pid>-<random>.tmp``: a batch walk never lists it,
  and ``remove_leftovers`` deletes those whose process is gone (a killed run's).
* a failed write (a full disk) removes the temporary file and raises ``OSError``
  whose ``filename`` is the target.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from types import TracebackType
from typing import IO

from newsclean.errors import InputError
from newsclean.filters.lazy_pattern import lazy_re

__all__ = ["AtomicOutput", "read_input", "remove_leftovers", "write_atomic"]

_LEFTOVER = lazy_re(r"\A\..+\.nc(\d+)-[^.]+\.tmp\Z", re.DOTALL)


def _reason(exc: OSError) -> str:
    return str(exc.strerror or exc).lower()


def read_input(
    path: str,
    limit: int,
    *,
    identity: tuple[int, int] | None = None,
    follow_symlinks: bool = True,
    regular_only: bool = True,
) -> bytes:
    """Read at most ``limit`` bytes of ``path``; ``InputError`` (one short reason) if not.

    ``regular_only`` (a batch) refuses FIFOs and devices without blocking on them; the
    one-file command line reads them (``newsclean <(curl …)``).
    """
    flags = os.O_RDONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    if regular_only:
        flags |= getattr(os, "O_NONBLOCK", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError("is a symlink now (replaced since it was listed)") from None
        if exc.errno == errno.EISDIR:
            raise InputError("is a directory") from None
        raise InputError(f"cannot read ({_reason(exc)})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a directory")
        if regular_only and not stat.S_ISREG(info.st_mode):
            raise InputError("not a regular file")
        if identity is not None and (info.st_dev, info.st_ino) != identity:
            raise InputError("replaced since it was listed (rerun to clean it)")
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise InputError(f"larger than --max-bytes ({info.st_size} bytes)")
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            try:
                chunk = os.read(fd, min(remaining, 1 << 20))
            except OSError as exc:
                raise InputError(f"cannot read ({_reason(exc)})") from None
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:
            raise InputError("larger than --max-bytes (grew while read)")
        return data
    finally:
        os.close(fd)


def _read_umask() -> int:
    """The process umask, read without setting it where the system allows."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_umask: list[int] = []


def _mode_for_new_files() -> int:
    if not _umask:
        _umask.append(_read_umask())
    return 0o666 & ~_umask[0]


class AtomicOutput:
    """A binary stream to ``path``, published on ``commit`` (or a clean ``with`` exit)."""

    def __init__(self, path: str, *, follow_symlinks: bool = True, makedirs: bool = True) -> None:
        self.path = path
        self._tmp: str | None = None
        target = path
        info = _lstat(path)
        if info is not None and stat.S_ISLNK(info.st_mode):
            if not follow_symlinks:
                raise OSError(errno.ELOOP, "is a symlink (not followed)", path)
            target = os.path.realpath(path)
            info = _lstat(target)
        self.target = target
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory", path)
        if info is not None and not stat.S_ISREG(info.st_mode):
            if not follow_symlinks:  # a batch output: a FIFO planted in OUTDIR would block
                raise OSError(errno.EINVAL, "not a regular file", path)
            fd = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | os.O_CLOEXEC)
        else:
            directory = os.path.dirname(target) or "."
            if makedirs:
                os.makedirs(directory, exist_ok=True)
            mode = stat.S_IMODE(info.st_mode) if info is not None else _mode_for_new_files()
            import tempfile  # deferred: reading needs none of it

            name = os.path.basename(target)
            fd, self._tmp = tempfile.mkstemp(
                prefix=f".{name}.nc{os.getpid()}-", suffix=".tmp", dir=directory
            )
        try:
            if self._tmp is not None:
                os.fchmod(fd, mode)
            self.stream: IO[bytes] = os.fdopen(fd, "wb")
        except BaseException:  # an interrupt too: no temporary file is left behind
            os.close(fd)
            self._unlink()
            raise

    def __enter__(self) -> IO[bytes]:
        return self.stream

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()

    def commit(self, *, fsync: bool = False) -> None:
        """Flush, close and rename into place; on failure nothing is left and OSError rises."""
        try:
            self.stream.flush()
            # Off by default: the rename is already atomic against a killed process;
            # fsync adds power-loss safety at a cost of milliseconds per file.
            if fsync and self._tmp is not None:
                os.fsync(self.stream.fileno())
            self.stream.close()
            if self._tmp is not None:
                os.replace(self._tmp, self.target)
                self._tmp = None
        except OSError as exc:
            self.discard()
            if exc.filename is None or exc.filename == self._tmp:
                exc.filename = self.path
            raise
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        """Close and remove the temporary file; the target keeps its old content."""
        with contextlib.suppress(OSError):
            self.stream.close()
        self._unlink()

    def _unlink(self) -> None:
        if self._tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._tmp)
            self._tmp = None


def _lstat(path: str) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None


def write_atomic(
    path: str, data: bytes, *, follow_symlinks: bool = True, fsync: bool = False
) -> None:
    """Write ``data`` to ``path`` as ``AtomicOutput`` does; OSError names ``path``."""
    output = AtomicOutput(path, follow_symlinks=follow_symlinks)
    try:
        output.stream.write(data)
    except BaseException as exc:
        output.discard()
        if isinstance(exc, OSError) and exc.filename is None:
            exc.filename = path
        raise
    output.commit(fsync=fsync)


def _process_gone(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, another user's
        return False
    return False


def remove_leftovers(directory: str, *, recursive: bool = False) -> int:
    """Delete the temporary files of killed writers in ``directory``; how many went."""
    removed = 0
    for dirpath, dirnames, names in os.walk(directory):
        for name in names:
            match = _LEFTOVER.match(name)
            if match is not None and _process_gone(int(match.group(1))):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(dirpath, name))
                    removed += 1
        if not recursive:
            break
        dirnames[:] = [d for d in dirnames if not os.path.islink(os.path.join(dirpath, d))]
    return removed

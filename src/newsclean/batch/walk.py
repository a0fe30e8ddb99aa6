"""List the inputs of a batch run: recursive, sorted, filtered, and safe.

``Walker`` yields them one at a time, without holding a list of them: the order is
the command-line order of the paths, and under a directory depth first with each
directory's entries sorted by name (``a/x.txt`` before ``a.txt``).

Rules, each for a reason:

* Files given by name are always taken; files found by walking a directory must
  match an ``--include`` glob and no ``--exclude`` glob.  A glob containing ``/``
  is matched against the path relative to the input directory, any other glob
  against the file name alone.  ``--exclude`` also prunes whole directories.
* Symlinks to directories are never descended into, so a symlink loop cannot
  hang the walk and nothing is listed twice; a directory reached twice through a
  bind mount is recognised by its (device, inode) and walked once.
* A symlink to a file is taken only when its target is a regular file inside the
  same input tree; a dangling link, a loop or a link leading out of the tree is
  listed as *skipped* with its reason, so nothing vanishes silently.
* FIFOs, sockets and devices are skipped (reading a FIFO would block forever).
* The output directory (and what an engine keeps for itself) is never listed, nor
  are ``.*.tmp`` files of an atomic write.  A report or jsonl file is listed like
  any file, so that the plan refuses one that is an input instead of skipping it.
* Each file taken carries the (device, inode) the walk saw, and the reader refuses
  a file that is not that one any more (swapped, or reached through a symlink
  swapped in for a directory of the tree).
* Unreadable directories are listed as *failed* with their reason.
* A file is listed once, under the first path that lists it (a directory given
  inside another, a file given by name inside a directory also given).
"""

from __future__ import annotations

import bisect
import errno
import fnmatch
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

#: ``--include`` when none is given: ``*.txt`` also matches ``page.htm.txt``.
DEFAULT_INCLUDE: tuple[str, ...] = ("*.txt",)


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file to clean.

    ``path`` is the path to read, spelled from the argument it came from (it also
    becomes the document's ``path``); ``relpath`` is the POSIX path its output
    takes under OUTDIR; ``root`` is the command-line argument it was found under.
    """

    path: str
    relpath: str
    root: str
    #: (device, inode) of the file the walk saw (the link's target for a symlink taken);
    #: the reader refuses a file that is not this one any more.  None: not checked.
    identity: tuple[int, int] | None = None
    #: Whether ``path`` itself is a symlink the walk followed (inside the tree).
    link: bool = False


@dataclass(frozen=True, slots=True)
class Rejected:
    """A path the walk met but will not clean, and why (``skipped`` or ``failed``)."""

    path: str
    relpath: str
    status: str
    reason: str


def is_temporary(name: str) -> bool:
    """A leftover of ``write_atomic``: ``.NAME.RANDOM.tmp``."""
    return name.startswith(".") and name.endswith(".tmp")


def _matches(patterns: Iterable[str], name: str, relpath: str) -> bool:
    return any(
        fnmatch.fnmatchcase(relpath if "/" in pattern else name, pattern.strip("/"))
        for pattern in patterns
    )


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _real(path: str) -> str:
    return os.path.realpath(path)


def _identities(paths: Iterable[str]) -> set[tuple[int, int]]:
    """(device, inode) of each existing path, following symlinks."""
    ids: set[tuple[int, int]] = set()
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue
        ids.add((info.st_dev, info.st_ino))
    return ids


@dataclass(frozen=True, slots=True)
class Root:
    """One command-line path: ``base`` prefixes its files' ``relpath`` (with several paths)."""

    index: int
    arg: str
    abspath: str
    base: str
    is_dir: bool


class Walker:
    """The inputs under ``paths``, yielded one at a time in a deterministic order.

    The order: the paths in command-line order; under a directory, depth first, each
    directory's entries sorted by name (a subdirectory's files come where its name
    sorts among its siblings).  Only the directories on the current path are held, so
    memory grows with the depth of the tree and the size of its largest directory,
    not with the number of files.  A file listed under an earlier path (one directory
    given inside another, or a file given by name inside a directory also given) is
    listed only the first time; that check looks at the earlier path's rules for that
    one file, never at a list of what was listed.
    """

    def __init__(
        self,
        paths: Sequence[str],
        *,
        include: Sequence[str] = DEFAULT_INCLUDE,
        exclude: Sequence[str] = (),
        skip: Sequence[str] = (),
    ) -> None:
        self.include = tuple(include)
        self.exclude = tuple(exclude)
        self.skip_ids = _identities(skip)
        prefix_with_name = len(paths) > 1
        self.roots: list[Root] = []
        for index, arg in enumerate(paths):
            name = os.path.basename(os.path.normpath(arg))
            self.roots.append(
                Root(
                    index,
                    arg,
                    os.path.abspath(arg),
                    name if prefix_with_name else "",
                    os.path.isdir(arg),
                )
            )
        #: abspath of each file given by name -> its first position.
        self._file_roots: dict[str, int] = {}
        #: abspath of each directory given -> its first position.
        self._dir_roots: dict[str, int] = {}
        for root in self.roots:
            table = self._dir_roots if root.is_dir else self._file_roots
            table.setdefault(root.abspath, root.index)
        self._dir_paths = sorted(self._dir_roots)

    # -- walking

    def __iter__(self) -> Iterator[InputFile | Rejected]:
        for root in self.roots:
            yield from self.walk(root)

    def walk(self, root: Root) -> Iterator[InputFile | Rejected]:
        """What ``root`` contributes: its files not listed under an earlier path, and
        the paths it will not clean."""
        if not root.is_dir:
            name = os.path.basename(os.path.normpath(root.arg))
            if not self.listed_before(root.abspath, root.index):
                yield InputFile(root.arg, name, root.arg, _identity(root.arg))
            return
        check = bool(self._file_roots) or bool(self._overlapping(root))
        for event in self._walk_tree(root):
            if (
                check
                and isinstance(event, InputFile)
                and self.listed_before(os.path.abspath(event.path), root.index)
            ):
                continue
            yield event

    def _walk_tree(self, root: Root) -> Iterator[InputFile | Rejected]:
        root_real = _real(root.arg)
        visited: set[tuple[int, int]] = set()

        def rel(*parts: str) -> str:
            return "/".join(p for p in (root.base, *parts) if p)

        def visit(directory: str, parts: tuple[str, ...]) -> Iterator[InputFile | Rejected]:
            try:
                info = os.stat(directory)
                if (info.st_dev, info.st_ino) in visited:
                    return
                visited.add((info.st_dev, info.st_ino))
                with os.scandir(directory) as entries:
                    ordered = sorted(entries, key=lambda e: e.name)
            except OSError as exc:
                reason = f"cannot list ({exc.strerror or exc})"
                yield Rejected(directory, rel(*parts), "failed", reason)
                return
            for entry in ordered:
                name = entry.name
                relpath = "/".join((*parts, name))
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:  # vanished while listing
                    continue
                verdict = self._verdict(entry.path, name, relpath, info, root_real)
                if verdict is _DESCEND:
                    yield from visit(entry.path, (*parts, name))
                elif verdict is _TAKE:
                    is_link = stat.S_ISLNK(info.st_mode)
                    seen = _identity(entry.path) if is_link else (info.st_dev, info.st_ino)
                    yield InputFile(entry.path, rel(relpath), root.arg, seen, is_link)
                elif verdict is not None:
                    yield Rejected(entry.path, rel(relpath), "skipped", verdict)

        yield from visit(root.arg, ())

    def _verdict(
        self, path: str, name: str, relpath: str, info: os.stat_result, root_real: str
    ) -> str | None:
        """What the walk does with one entry: ``_DESCEND``, ``_TAKE``, None (pass it by
        in silence) or the reason it is skipped.  ``info`` is its ``lstat``."""
        if is_temporary(name):
            return None
        if (info.st_dev, info.st_ino) in self.skip_ids:
            return None
        if _matches(self.exclude, name, relpath):
            return None
        is_link = stat.S_ISLNK(info.st_mode)
        if stat.S_ISDIR(info.st_mode):
            return _DESCEND
        if not _matches(self.include, name, relpath):
            return None
        reason = _link_problem(path, root_real) if is_link else None
        if reason is None and not is_link and not stat.S_ISREG(info.st_mode):
            reason = "not a regular file"
        return _TAKE if reason is None else reason

    # -- would a path be listed?

    def lists(self, root: Root, key: str) -> bool:
        """Whether walking ``root`` takes the file at ``key`` (an absolute, normalised
        path), by the same rules as the walk, checked along that one path."""
        if not root.is_dir:
            return key == root.abspath
        prefix = root.abspath.rstrip(os.sep) + os.sep
        if not key.startswith(prefix):
            return False
        parts = key[len(prefix) :].split(os.sep)
        try:
            info = os.stat(root.arg)
        except OSError:
            return False
        ancestors = {(info.st_dev, info.st_ino)}
        root_real = _real(root.arg)
        path = root.arg
        for depth, name in enumerate(parts):
            path = os.path.join(path, name)
            try:
                info = os.lstat(path)
            except OSError:
                return False
            verdict = self._verdict(path, name, "/".join(parts[: depth + 1]), info, root_real)
            if depth == len(parts) - 1:
                return verdict is _TAKE
            if verdict is not _DESCEND or (info.st_dev, info.st_ino) in ancestors:
                return False
            ancestors.add((info.st_dev, info.st_ino))
        return False

    def listed_before(self, key: str, index: int) -> bool:
        """Whether a path before position ``index`` lists the file at ``key`` (absolute)."""
        if self._file_roots.get(key, index) < index:
            return True
        return any(self.lists(root, key) for root in self._containing(key) if root.index < index)

    def is_input(self, key: str) -> bool:
        """Whether any path lists the file at ``key`` (absolute, normalised)."""
        return key in self._file_roots or any(self.lists(r, key) for r in self._containing(key))

    def _containing(self, key: str) -> list[Root]:
        """The directories given whose tree holds ``key``."""
        found: list[Root] = []
        head = os.path.dirname(key)
        while True:
            index = self._dir_roots.get(head)
            if index is not None:
                found.append(self.roots[index])
            parent = os.path.dirname(head)
            if parent == head:
                return found
            head = parent

    def _overlapping(self, root: Root) -> list[Root]:
        """The directories given before ``root`` that hold it or lie inside it."""
        found = [r for r in self._containing(os.path.join(root.abspath, "x")) if r is not root]
        prefix = root.abspath.rstrip(os.sep) + os.sep
        start = bisect.bisect_left(self._dir_paths, prefix)
        for path in self._dir_paths[start:]:
            if not path.startswith(prefix):
                break
            found.append(self.roots[self._dir_roots[path]])
        return [r for r in found if r.index < root.index]


#: ``Walker._verdict``: descend into this directory, or take this file.
_DESCEND = "descend"
_TAKE = "take"


def _identity(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _link_problem(path: str, root_real: str) -> str | None:
    """Why the symlink at ``path`` is not followed, or None when it is fine to read."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return "broken symlink"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop"
        return f"symlink cannot be followed ({exc.strerror or exc})"
    if stat.S_ISDIR(info.st_mode):
        return "symlink to a directory (not followed)"
    if not _inside(_real(path), root_real):
        return "symlink leads outside the input tree"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file"
    return None

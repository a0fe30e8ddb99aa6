"""List the inputs of a batch run: recursive, sorted, filtered, and safe.

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
* The output directory, the output file and the report file are never listed,
  and neither are ``.*.tmp`` leftovers of an interrupted atomic write.
* Unreadable directories are listed as *failed* with their reason.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

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


@dataclass(frozen=True, slots=True)
class Rejected:
    """A path the walk met but will not clean, and why (``skipped`` or ``failed``)."""

    path: str
    relpath: str
    status: str
    reason: str


@dataclass(slots=True)
class Listing:
    files: list[InputFile] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


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


def walk_inputs(
    paths: Sequence[str],
    *,
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = (),
    skip: Sequence[str] = (),
) -> Listing:
    """List the files under ``paths`` (files and directories), in a deterministic order.

    With one directory its files mirror it directly (``relpath`` relative to it);
    with several paths each contributes its own name first (``site1/a.txt``).
    ``skip`` names paths (the output directory, output and report files) never to list.
    """
    listing = Listing()
    skip_ids = _identities(skip)
    prefix_with_name = len(paths) > 1
    seen: set[str] = set()
    for arg in paths:
        base = os.path.basename(os.path.normpath(arg)) if prefix_with_name else ""
        if os.path.isdir(arg):
            found = _walk_tree(arg, base, include, exclude, skip_ids)
        else:
            name = os.path.basename(os.path.normpath(arg))
            found = Listing(files=[InputFile(arg, name, arg)])
        for item in found.files:
            key = os.path.abspath(item.path)
            if key not in seen:
                seen.add(key)
                listing.files.append(item)
        listing.rejected.extend(found.rejected)
    return listing


def _walk_tree(
    root: str,
    base: str,
    include: Sequence[str],
    exclude: Sequence[str],
    skip_ids: set[tuple[int, int]],
) -> Listing:
    listing = Listing()
    root_real = _real(root)
    visited: set[tuple[int, int]] = set()

    def rel(*parts: str) -> str:
        return "/".join(p for p in (base, *parts) if p)

    def visit(directory: str, parts: tuple[str, ...]) -> None:
        try:
            info = os.stat(directory)
            if (info.st_dev, info.st_ino) in visited:
                return
            visited.add((info.st_dev, info.st_ino))
            with os.scandir(directory) as entries:
                ordered = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            listing.rejected.append(
                Rejected(directory, rel(*parts), "failed", f"cannot list ({exc.strerror or exc})")
            )
            return
        for entry in ordered:
            name = entry.name
            relpath = "/".join((*parts, name))
            if is_temporary(name):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:  # vanished while listing
                continue
            if (info.st_dev, info.st_ino) in skip_ids:
                continue
            if _matches(exclude, name, relpath):
                continue
            is_link = stat.S_ISLNK(info.st_mode)
            is_dir = stat.S_ISDIR(info.st_mode)
            if is_dir:
                visit(entry.path, (*parts, name))
                continue
            if not _matches(include, name, relpath):
                continue
            reason = _link_problem(entry.path, root_real) if is_link else None
            if reason is None and not is_link and not stat.S_ISREG(info.st_mode):
                reason = "not a regular file"
            if reason is not None:
                listing.rejected.append(Rejected(entry.path, rel(relpath), "skipped", reason))
            else:
                listing.files.append(InputFile(entry.path, rel(relpath), root))

    visit(root, ())
    return listing


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

"""What a run will do, decided before any file is cleaned: the files to clean (``Plan.items``)
and the results known without cleaning (paths the walk rejected, inputs refused).

No output of a run may be an input or another output of the same run: the plan refuses
two inputs with one output, an output that is an input (found by the walk's own rules),
and a ``--report`` or jsonl ``-o`` that is an input or a per-file output.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from newsclean.batch.job import output_path
from newsclean.batch.options import BatchOptions
from newsclean.batch.result import FileResult, Status
from newsclean.batch.spool import Spool
from newsclean.batch.walk import InputFile, Rejected, Root, Walker
from newsclean.errors import UsageError
from newsclean.names import shown


@dataclass(slots=True)
class Plan:
    """The files to clean, and the results decided before any cleaning, in input order.

    Spooled, not held: close it (or use it as a context manager) when done.
    """

    items: Spool[InputFile] = field(default_factory=Spool)
    #: Paths the walk rejected (skipped or failed), then inputs refused by ``plan``.
    rejected: Spool[FileResult] = field(default_factory=Spool)
    refused: Spool[FileResult] = field(default_factory=Spool)

    @property
    def decided(self) -> Iterator[FileResult]:
        yield from self.rejected
        yield from self.refused

    @property
    def total(self) -> int:
        return len(self.items) + len(self.rejected) + len(self.refused)

    def close(self) -> None:
        for spool in (self.items, self.rejected, self.refused):
            spool.close()

    def __enter__(self) -> Plan:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def plan(options: BatchOptions, reserved: Sequence[str] = ()) -> Plan:
    """Walk the inputs; set aside rejected paths, duplicate outputs and outputs onto inputs.

    The walk runs to its end before any file is cleaned, so the run works on the tree as
    it was when it started and knows its total.  Nothing grows with the number of files:
    two inputs can share an output only when they sit in the same directory (or in
    directories given with the same name) and differ in the suffix the format replaces,
    so outputs are compared within one directory at a time; whether an output would
    land on an input is asked of the walk's rules for that one path.
    """
    # OUTDIR (and what an engine keeps in it) is never walked; a report or a jsonl file
    # is walked like any file, so that one that is an input is refused, not skipped.
    skip = [*reserved, *([options.output] if options.per_file and options.output else [])]
    walker = Walker(options.inputs, include=options.include, exclude=options.exclude, skip=skip)
    _check_single_outputs(walker, options)
    work = Plan()
    try:
        if not options.per_file or options.output is None:
            for event in walker:
                if isinstance(event, InputFile):
                    work.items.append(event)
                else:
                    work.rejected.append(_rejected_result(event))
            return work
        _plan_outputs(walker, options, work)
    except BaseException:
        work.close()
        raise
    return work


def _single_outputs(options: BatchOptions) -> dict[str, str]:
    """{absolute path: option} of the run's one-file outputs: the report, the jsonl file."""
    found = {}
    if options.report is not None:
        found[os.path.abspath(options.report)] = "--report"
    if not options.per_file and options.output not in (None, "-"):
        found[os.path.abspath(str(options.output))] = "-o"
    return found


def _check_single_outputs(walker: Walker, options: BatchOptions) -> None:
    for path, option in _single_outputs(options).items():
        if walker.is_input(path):
            raise UsageError(f"{option} {shown(path)}: refusing to overwrite an input")


def _plan_outputs(walker: Walker, options: BatchOptions, work: Plan) -> None:
    """``plan`` for per-file formats: one output per input, never shared, never an input."""
    outdir = os.path.abspath(options.output or "")
    singles = _single_outputs(options)
    # Only a path given in OUTDIR, or a directory given around or in it, can list an
    # output path as an input: otherwise no output needs looking up.
    near = any(
        _inside_dir(r.abspath, outdir) or (r.is_dir and _overlaps(r.abspath, outdir))
        for r in walker.roots
    )
    # Files given by name all share the top level: {output: input}.
    named: dict[str, str] = {}
    for root in walker.roots:
        # Each directory on the current path: (its relpath, {output: input}).
        stack: list[tuple[str, dict[str, str]]] = []
        for event in walker.walk(root):
            if not isinstance(event, InputFile):
                work.rejected.append(_rejected_result(event))
                continue
            item = event
            try:
                target = output_path(item, options)
            except ValueError as exc:
                work.refused.append(FileResult(item.path, "failed", str(exc)))
                continue
            assert target is not None
            if target in singles:
                raise UsageError(
                    f"{singles[target]} {shown(target)}: it is also the output of"
                    f" {shown(item.path)} (choose another name)"
                )
            if root.is_dir:
                parent = item.relpath.rpartition("/")[0]
                while stack and not _within(parent, stack[-1][0]):
                    stack.pop()
                if not stack or stack[-1][0] != parent:
                    stack.append((parent, _taken_before(walker, root, parent, options, near)))
                taken = stack[-1][1]
            else:
                taken = named
            if target in taken:
                reason = f"same output as {taken[target]} (rename one)"
                work.refused.append(FileResult(item.path, "failed", reason, output=target))
            elif near and walker.is_input(target):
                work.refused.append(
                    FileResult(
                        item.path,
                        "failed",
                        "output would overwrite an input",
                        output=target,
                    )
                )
            else:
                taken[target] = item.path
                work.items.append(item)


def _within(relpath: str, directory: str) -> bool:
    return directory == "" or relpath == directory or relpath.startswith(directory + "/")


def _inside_dir(path: str, directory: str) -> bool:
    return path.startswith(directory.rstrip(os.sep) + os.sep)


def _overlaps(a: str, b: str) -> bool:
    return a == b or _inside_dir(a, b) or _inside_dir(b, a)


def _taken_before(
    walker: Walker, root: Root, parent: str, options: BatchOptions, near: bool
) -> dict[str, str]:
    """The outputs in ``parent`` already claimed by directories given earlier under the
    same name (their files share that output directory): {output: input}."""
    taken: dict[str, str] = {}
    if not root.base:
        return taken
    below = parent[len(root.base) + 1 :] if parent != root.base else ""
    for other in walker.roots[: root.index]:
        if not other.is_dir or other.base != root.base:
            continue
        directory = os.path.join(other.arg, *below.split("/")) if below else other.arg
        try:
            names = sorted(os.listdir(directory))
        except OSError:
            continue
        for name in names:
            path = os.path.join(directory, name)
            key = os.path.abspath(path)
            if not walker.lists(other, key) or walker.listed_before(key, other.index):
                continue
            relpath = f"{parent}/{name}"
            target = output_path(InputFile(path, relpath, other.arg), options)
            if target is None or target in taken or (near and walker.is_input(target)):
                continue
            taken[target] = path
    return taken


def _rejected_result(rejected: Rejected) -> FileResult:
    status: Status = "failed" if rejected.status == "failed" else "skipped"
    return FileResult(rejected.path, status, rejected.reason)

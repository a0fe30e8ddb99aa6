"""One input -> one ``FileResult``: read, clean, render and (per-file formats) write.

``clean_file`` never raises for a bad file: every problem becomes a *failed* (or
*skipped*) result with a short reason.  It takes only picklable values, so any engine
(this process, a local worker, a Ray task) runs exactly this function.
"""

from __future__ import annotations

import contextlib
import os

from newsclean.batch import files
from newsclean.batch.manifest import staleness
from newsclean.batch.options import BatchOptions
from newsclean.batch.result import FileResult
from newsclean.batch.walk import InputFile
from newsclean.errors import InputError, NewscleanError

__all__ = ["clean_file", "output_path", "warm_up"]


def output_path(item: InputFile, options: BatchOptions) -> str | None:
    """Where ``item``'s output goes: OUTDIR / relpath with the format's extension.

    The last suffix is replaced (``a/b.htm.txt`` -> ``a/b.htm.json``).  Raises
    ``ValueError`` if the result would leave OUTDIR (it cannot, for names a walk
    produces; the check guards other callers).
    """
    if not options.per_file or options.output is None:
        return None
    from newsclean.render import EXTENSIONS

    parts = [p for p in item.relpath.split("/") if p not in ("", ".")]
    if not parts or ".." in parts:
        raise ValueError(f"{item.relpath!r}: not a relative path inside OUTDIR")
    stem, _ = os.path.splitext(parts[-1])
    parts[-1] = (stem or parts[-1]) + EXTENSIONS[options.fmt]
    outdir = os.path.abspath(options.output)
    target = os.path.join(outdir, *parts)
    if os.path.commonpath([outdir, target]) != outdir:
        raise ValueError(f"{item.relpath!r}: output would leave OUTDIR")
    return target


def _reason(exc: OSError) -> str:
    return str(exc.strerror or exc).lower()


def clean_file(item: InputFile, options: BatchOptions) -> FileResult:
    """Read, clean, render and (for per-file formats) atomically write one input."""
    path = item.path
    try:
        target = output_path(item, options)
    except ValueError as exc:
        return FileResult(path, "failed", str(exc))
    try:
        info = os.stat(item.path)
    except FileNotFoundError:
        return FileResult(path, "failed", "vanished before it was read")
    except OSError as exc:
        return FileResult(path, "failed", f"cannot read ({_reason(exc)})")
    why: str | None = None  # why an existing output is cleaned again
    if target is not None:
        try:
            out_info = os.stat(target)
        except OSError:
            out_info = None
        if out_info is not None:
            if (out_info.st_dev, out_info.st_ino) == (info.st_dev, info.st_ino):
                return FileResult(path, "failed", "output would overwrite the input", output=target)
            why = (
                "--force"
                if options.force
                else staleness(options, target, info.st_size, info.st_mtime_ns)
            )
            if why is None:
                return FileResult(path, "skipped", "up to date", output=target)
    try:
        data = files.read_input(
            item.path, options.max_bytes, identity=item.identity, follow_symlinks=item.link
        )
    except InputError as exc:
        return FileResult(path, "failed", str(exc))
    try:
        from newsclean.pipeline import clean_bytes
        from newsclean.render import render

        doc = clean_bytes(data, encoding=options.encoding, convert=options.convert, path=path)
        rendered = render(doc, options.fmt)
    except NewscleanError as exc:
        return FileResult(path, "failed", str(exc), bytes_in=len(data))
    except Exception as exc:  # a bug must not sink the batch: record it and go on
        return FileResult(
            path, "failed", f"internal error ({type(exc).__name__}: {exc})", bytes_in=len(data)
        )
    encoded = rendered.encode("utf-8")
    counts = dict(doc.stats())
    if target is None:
        return FileResult(path, "cleaned", None, counts, len(data), len(encoded), line=rendered)
    try:
        _write_output(target, encoded, options.output or "")
    except (OSError, ValueError) as exc:
        reason = _reason(exc) if isinstance(exc, OSError) else str(exc)
        return FileResult(path, "failed", f"cannot write output ({reason})", counts, len(data))
    source = (info.st_size, info.st_mtime_ns)
    return FileResult(
        path, "cleaned", why, counts, len(data), len(encoded), output=target, source=source
    )


def _write_output(target: str, data: bytes, outdir: str) -> None:
    """Create the parent, check it really lies in OUTDIR (not via a symlink), write atomically."""
    parent = os.path.dirname(target)
    os.makedirs(parent, exist_ok=True)
    real_out = os.path.realpath(outdir)
    if os.path.commonpath([real_out, os.path.realpath(parent)]) != real_out:
        raise ValueError("its directory leads outside OUTDIR through a symlink")
    files.write_atomic(target, data, follow_symlinks=False)


def warm_up(convert: str) -> None:
    """Load the converter, lexicons and detector now, once per process."""
    from newsclean.decode import decode_bytes
    from newsclean.pipeline import clean

    clean(
        "標題\n\n發(fā)布時間: 2025-07-02 來源: 新華社\n\n  第一段正文，發展很快。\n",
        convert=convert,
    )
    with contextlib.suppress(NewscleanError):
        decode_bytes("新聞標題，發展很快。".encode("big5"))

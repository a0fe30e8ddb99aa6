"""Faults injected into batch runs (issue 5): inputs deleted or replaced while the batch
runs, an output directory that stops accepting writes, SIGINT and SIGTERM part way, a
resumed run, and two runs on one OUTDIR at once.

After each: every input is in the report exactly once as cleaned, skipped or failed;
every output file is whole (it equals the one-file result of the input it came from);
no temporary file is left behind.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsclean.batch.files
from newsclean.batch.options import BatchOptions
from newsclean.batch.result import FileResult
from newsclean.batch.run import run_batch
from newsclean.pipeline import clean_bytes
from newsclean.render import render

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}
REFERENCE = Path(__file__).resolve().parent.parent / "fixtures" / "000_da2a06443414a7f3.txt"


def page(i: int, variant: str = "") -> bytes:
    """A distinct page per number (and per variant, for a replaced file)."""
    text = REFERENCE.read_text(encoding="utf-8")
    return (text + f"\n  第{i}篇补充段落{variant}，编号{i * 7919 % 100003}。\n").encode("utf-8")


def build(root: Path, count: int) -> dict[str, bytes]:
    """``count`` pages under ``root`` in a few folders; returns {path: bytes}."""
    written = {}
    for i in range(count):
        target = root / f"d{i % 5}" / f"p{i:04d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page(i))
        written[str(target)] = page(i)
    return written


def expected_output(data: bytes) -> bytes:
    return render(clean_bytes(data), "text").encode("utf-8")


def output_of(root: Path, out: Path, path: str) -> Path:
    return out / Path(path).relative_to(root).with_suffix(".txt")


def read_report(report: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]


def leftovers(out: Path) -> list[str]:
    return [str(p) for p in out.rglob("*") if p.name.endswith(".tmp")] if out.exists() else []


def check_accounted(records: list[dict[str, Any]], inputs: list[str]) -> dict[str, str]:
    """Every input exactly once, with a status; returns {path: status}."""
    paths = [r["path"] for r in records]
    assert sorted(paths) == sorted(set(paths)), "an input reported twice"
    assert sorted(paths) == sorted(inputs), "an input missing from the report"
    assert all(r["status"] in ("cleaned", "skipped", "failed") for r in records)
    assert all(r["reason"] for r in records if r["status"] != "cleaned")
    return {r["path"]: r["status"] for r in records}


def check_outputs_whole(root: Path, out: Path, versions: dict[str, list[bytes]]) -> None:
    """Each output equals the one-file result of some version its input had; no .tmp left."""
    assert leftovers(out) == []
    made = {str(p) for p in out.rglob("*.txt")}
    for path, datas in versions.items():
        target = output_of(root, out, path)
        if str(target) in made:
            assert target.read_bytes() in [expected_output(d) for d in datas], path
            made.discard(str(target))
    assert made == set(), f"outputs with no input: {sorted(made)}"


class Hook:
    """A progress display that runs ``action(n)`` after the n-th finished file (jobs=1:
    the run calls it between files, so the fault lands at an exact point)."""

    def __init__(self, action: Any) -> None:
        self.action = action
        self.seen = 0

    def start(self, total: int) -> None:
        return None

    def advance(self, result: FileResult) -> None:
        self.seen += 1
        self.action(self.seen)

    def stopping(self) -> None:
        return None

    def stop(self) -> None:
        return None


# --------------------------------------------------------------------------- inputs change


def test_inputs_deleted_truncated_or_replaced_part_way(tmp_path: Path) -> None:
    root, out, report = tmp_path / "in", tmp_path / "out", tmp_path / "report.jsonl"
    files = build(root, 12)
    paths = sorted(files)
    versions = {p: [d] for p, d in files.items()}
    deleted, replaced, by_dir, emptied = paths[6], paths[7], paths[8], paths[9]

    def fault(n: int) -> None:
        if n != 2:
            return
        os.unlink(deleted)
        newsclean.batch.files.write_atomic(str(replaced), page(7, "（新版）"))
        versions[replaced] = [page(7, "（新版）")]
        os.unlink(by_dir)
        os.mkdir(by_dir)
        Path(emptied).write_bytes(b"")

    summary = run_batch(
        BatchOptions(inputs=(str(root),), output=str(out), jobs=1, report=str(report)),
        Hook(fault),
    )
    records = read_report(report)
    status = check_accounted(records, paths)
    reasons = {r["path"]: r["reason"] for r in records}
    assert status[deleted] == "failed" and "vanished" in reasons[deleted]
    assert status[by_dir] == "failed" and "directory" in reasons[by_dir]
    assert status[emptied] == "failed" and "empty" in reasons[emptied]
    # A file swapped for another (a new inode) is not the file the walk listed: it is
    # refused, as a symlink swapped in would be, and a rerun cleans the new one.
    assert status[replaced] == "failed" and "replaced since it was listed" in reasons[replaced]
    assert not output_of(root, out, replaced).exists()
    assert (summary.cleaned, summary.failed, summary.exit_code) == (8, 4, 1)
    check_outputs_whole(root, out, versions)


def test_inputs_churn_under_a_process_pool(tmp_path: Path) -> None:
    """Workers race a thread that deletes and rewrites inputs: nothing is lost or torn."""
    root, out, report = tmp_path / "in", tmp_path / "out", tmp_path / "report.jsonl"
    files = build(root, 60)
    paths = sorted(files)
    versions = {p: [d, page(i, "（改）")] for i, (p, d) in enumerate(sorted(files.items()))}
    stop = threading.Event()

    def churn() -> None:
        for i, path in enumerate(paths[::-1]):
            if stop.is_set():
                return
            if i % 3 == 0:
                with _suppress_missing():
                    os.unlink(path)
            else:  # rewritten in place, not atomically: a reader may see it part written
                Path(path).write_bytes(versions[path][1])
            time.sleep(0.005)

    worker = threading.Thread(target=churn)

    class StartChurn(Hook):  # the inputs are listed by then: every one must be reported
        def start(self, total: int) -> None:
            worker.start()

    try:
        run_batch(
            BatchOptions(inputs=(str(root),), output=str(out), jobs=2, report=str(report)),
            StartChurn(lambda n: None),
        )
    finally:
        stop.set()
        if worker.is_alive():
            worker.join()
    status = check_accounted(read_report(report), paths)
    assert "cleaned" in status.values()
    # A file rewritten in place may be read half-written: its output is then the result
    # of that half, which is whole as an output (renamed into place) but not checkable
    # here; the outputs of files read before or after the rewrite must match exactly.
    assert leftovers(out) == []
    for path, state in status.items():
        target = output_of(root, out, path)
        assert target.exists() == (state == "cleaned"), path


class _suppress_missing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, *rest: object) -> bool:
        return kind is FileNotFoundError


def test_input_replaced_by_a_fifo_does_not_hang(tmp_path: Path) -> None:
    root, out = tmp_path / "in", tmp_path / "out"
    paths = sorted(build(root, 4))
    child = f"""
import os, sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from test_batch_faults import Hook
from newsclean.batch.options import BatchOptions
from newsclean.batch.run import run_batch
def fault(n):
    if n == 1:
        os.unlink({paths[2]!r}); os.mkfifo({paths[2]!r})
summary = run_batch(BatchOptions(inputs=({str(root)!r},), output={str(out)!r}, jobs=1), Hook(fault))
print(summary.cleaned, summary.failed)
"""
    try:  # a hang never ends; 60 s only bounds a child slowed by a loaded machine
        done = subprocess.run(
            [sys.executable, "-c", child], capture_output=True, text=True, timeout=60, env=ENV
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the batch hung on a FIFO")
    assert done.stdout.split() == ["3", "1"], done.stderr


# --------------------------------------------------------------------------- outputs fail


@pytest.fixture
def failing_writes(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """``write_atomic`` that fails with ENOSPC from the ``after``-th call on, once half the
    bytes are in the temporary file (the disk filled up mid-write)."""
    state = {"calls": 0, "after": 10**9}
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> HalfWriter:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])
            self.handle.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __getattr__(self, name: str) -> Any:
            return getattr(self.handle, name)

    real_write_atomic = newsclean.batch.files.write_atomic

    def write_atomic(path: Any, data: bytes, **options: Any) -> None:
        state["calls"] += 1
        if state["calls"] < state["after"]:
            return real_write_atomic(path, data, **options)
        monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: HalfWriter(real_fdopen(fd, *a, **k)))
        try:
            return real_write_atomic(path, data, **options)
        finally:
            monkeypatch.setattr(os, "fdopen", real_fdopen)

    monkeypatch.setattr(newsclean.batch.files, "write_atomic", write_atomic)
    yield state


def test_output_directory_fills_up_part_way(tmp_path: Path, failing_writes: dict[str, int]) -> None:
    root, out, report = tmp_path / "in", tmp_path / "out", tmp_path / "report.jsonl"
    files = build(root, 10)
    paths = sorted(files)
    # A first run writes everything; then the inputs change and the disk fills at the 4th.
    run_batch(BatchOptions(inputs=(str(root),), output=str(out), jobs=1))
    before = {p: output_of(root, out, p).read_bytes() for p in paths}
    later = max(output_of(root, out, p).stat().st_mtime_ns for p in paths) + 1000
    for i, path in enumerate(paths):
        Path(path).write_bytes(page(i, "（更新）"))
        os.utime(path, ns=(later, later))  # newer than its output, whatever the clock's grain
    failing_writes["calls"], failing_writes["after"] = 0, 4
    summary = run_batch(
        BatchOptions(inputs=(str(root),), output=str(out), jobs=1, report=str(report))
    )
    status = check_accounted(read_report(report), paths)
    assert [status[p] for p in paths] == ["cleaned"] * 3 + ["failed"] * 7
    reasons = {r["path"]: r["reason"] for r in read_report(report)}
    assert "no space left" in reasons[paths[5]].lower()
    assert summary.exit_code == 1
    assert leftovers(out) == []
    for i, path in enumerate(paths):  # new output where the write worked, the old one intact
        new = expected_output(page(i, "（更新）"))
        assert output_of(root, out, path).read_bytes() == (new if i < 3 else before[path])

    failing_writes["after"] = 10**9  # space freed: a rerun finishes the job
    rerun = run_batch(BatchOptions(inputs=(str(root),), output=str(out), jobs=1))
    assert (rerun.cleaned, rerun.skipped, rerun.failed) == (7, 3, 0)
    for i, path in enumerate(paths):
        assert output_of(root, out, path).read_bytes() == expected_output(page(i, "（更新）"))


# --------------------------------------------------------------------------- signals


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], Path]:
    """Inputs for the process tests, and the outputs of an uninterrupted run."""
    base = tmp_path_factory.mktemp("faults")
    root, reference = base / "in", base / "reference"
    files = build(root, 300)
    summary = run_batch(BatchOptions(inputs=(str(root),), output=str(reference), jobs=2))
    assert summary.cleaned == len(files)
    return root, files, reference


def outputs(out: Path) -> dict[str, bytes]:
    if not out.exists():
        return {}
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in out.rglob("*.txt")
        if not p.name.endswith(".tmp")
    }


def start(root: Path, out: Path, report: Path, jobs: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "newsclean", str(root), "-o", str(out), "-j", str(jobs)]
    return subprocess.Popen(
        [*command, "-q", "--report", str(report)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
        start_new_session=True,
    )


@pytest.mark.slow  # a few seconds each: real processes over 300 pages
@pytest.mark.parametrize(
    ("sig", "jobs", "group"),
    [
        (signal.SIGTERM, 2, False),  # a service manager stops the main process
        (signal.SIGINT, 1, True),  # Ctrl-C in a terminal reaches the whole group
        (signal.SIGTERM, 1, False),
    ],
    ids=["sigterm-pool", "sigint-serial", "sigterm-serial"],
)
def test_signal_part_way_then_resume(
    corpus: tuple[Path, dict[str, bytes], Path], tmp_path: Path, sig: int, jobs: int, group: bool
) -> None:
    root, files, reference = corpus
    expected = outputs(reference)
    out, report = tmp_path / "out", tmp_path / "report.jsonl"
    process = start(root, out, report, jobs)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(outputs(out)) < 20:
        time.sleep(0.01)
    (os.killpg if group else os.kill)(process.pid, sig)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    done = outputs(out)
    assert 20 <= len(done) < len(files), "the run should have stopped part way"
    assert leftovers(out) == []
    assert all(data == expected[rel] for rel, data in done.items())  # every output whole
    records = read_report(report)  # the report is whole JSON Lines and lists what finished
    assert len({r["path"] for r in records}) == len(records)
    cleaned = {r["path"] for r in records if r["status"] == "cleaned"}
    assert {str(output_of(root, out, p)) for p in cleaned} == {str(out / rel) for rel in done}

    resumed = start(root, out, report, jobs)
    _, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    status = check_accounted(read_report(report), list(files))
    assert sum(1 for s in status.values() if s == "skipped") == len(done)
    assert outputs(out) == expected
    assert leftovers(out) == []


@pytest.mark.slow
def test_two_runs_on_one_outdir_at_once(
    corpus: tuple[Path, dict[str, bytes], Path], tmp_path: Path
) -> None:
    root, files, reference = corpus
    out = tmp_path / "out"
    reports = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
    runs = [start(root, out, reports[0], 2), start(root, out, reports[1], 1)]
    for run in runs:
        _, stderr = run.communicate(timeout=180)
        assert run.returncode == 0, stderr
    for report in reports:
        status = check_accounted(read_report(report), list(files))
        assert set(status.values()) <= {"cleaned", "skipped"}
    assert outputs(out) == outputs(reference)
    assert leftovers(out) == []


# --------------------------------------------------------------------------- swapped paths


def test_a_directory_swapped_for_a_symlink_is_not_followed(tmp_path: Path) -> None:
    """Issue 11 item 2: after the walk, a directory of the tree is replaced by a symlink
    to a directory outside it holding a file of the same name: that file is not read, and
    nothing of it reaches OUTDIR."""
    root, out, report = tmp_path / "in", tmp_path / "out", tmp_path / "report.jsonl"
    build(root, 10)  # d0 .. d4, two pages each
    secret = tmp_path / "secret"
    secret.mkdir()
    for name in os.listdir(root / "d3"):
        (secret / name).write_bytes("机密标题\n\n  不该公开的正文。\n".encode())

    def fault(n: int) -> None:
        if n == 1:
            os.rename(root / "d3", tmp_path / "d3-moved")
            os.symlink(secret, root / "d3")

    run_batch(
        BatchOptions(inputs=(str(root),), output=str(out), jobs=1, report=str(report)),
        Hook(fault),
    )
    records = {Path(r["path"]).relative_to(root).as_posix(): r for r in read_report(report)}
    swapped = [rel for rel in records if rel.startswith("d3/")]
    assert len(swapped) == 2
    for rel in swapped:
        assert records[rel]["status"] == "failed"
        assert "replaced since it was listed" in records[rel]["reason"]
    published = b"".join(p.read_bytes() for p in out.rglob("*.txt"))
    assert "机密".encode() not in published

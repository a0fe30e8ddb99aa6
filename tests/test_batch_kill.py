"""Issue 11 item 3: a worker killed by SIGKILL (as the OOM killer does) fails only the file
it was on, the run ends; a main process killed by SIGKILL takes its workers with it, so a
reader of its standard output sees the end of the stream."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batchtree import build_many

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def children(pid: int) -> list[int]:
    """The child processes of ``pid`` (Linux /proc)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(x) for x in text]
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_for(condition, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


pytestmark = pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")


@pytest.mark.slow
def test_killed_worker_fails_only_the_file_it_was_on(tmp_path: Path) -> None:
    root, out, report = tmp_path / "in", tmp_path / "out", tmp_path / "report.jsonl"
    build_many(root, 400)
    command = [sys.executable, "-m", "newsclean", str(root), "-o", str(out), "-j", "2"]
    process = subprocess.Popen(
        [*command, "-q", "--report", str(report)], stderr=subprocess.PIPE, env=ENV
    )
    assert wait_for(lambda: len(list(out.rglob("*.txt"))) >= 20, 60)
    workers = children(process.pid)
    assert len(workers) == 2
    os.kill(workers[0], signal.SIGKILL)
    try:
        _, stderr = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("the run hung after a worker died")
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 400 == len({r["path"] for r in records})
    failed = [r for r in records if r["status"] == "failed"]
    assert len(failed) <= 1, failed  # at most the file it was on (none if it was idle)
    for record in failed:
        assert "worker process died on it (killed by SIGKILL)" in record["reason"]
    assert process.returncode == (1 if failed else 0), stderr
    cleaned = [r for r in records if r["status"] == "cleaned"]
    assert len(cleaned) == 400 - len(failed)
    assert all(Path(r["output"]).exists() for r in cleaned)
    assert not any(alive(pid) for pid in workers)


@pytest.mark.slow
def test_workers_die_with_a_killed_main_process(tmp_path: Path) -> None:
    root = tmp_path / "in"
    build_many(root, 400)
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", str(root), "-f", "jsonl", "-j", "2", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=ENV,
    )
    assert process.stdout is not None
    assert wait_for(lambda: len(children(process.pid)) == 2, 60)
    workers = children(process.pid)
    process.stdout.read(1)  # the run has started writing
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    # Nobody else holds the pipe: the reader sees its end (a `| wc -l` finishes).
    started = time.monotonic()
    process.stdout.read()
    assert time.monotonic() - started < 10
    assert wait_for(lambda: not any(alive(pid) for pid in workers), 10), "orphaned workers"

"""Issue 11 item 7: Ctrl-C early in a run (during the walk, while workers start) exits 130
with no traceback and no "Aborted!"."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batchtree import build_many
from click.testing import CliRunner

import newsclean.batch.plan
from newsclean.cli import main

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def test_ctrl_c_during_the_walk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_many(tmp_path / "in", 3)

    class Interrupted(newsclean.batch.plan.Walker):
        def walk(self, root):  # type: ignore[no-untyped-def]
            raise KeyboardInterrupt

    monkeypatch.setattr(newsclean.batch.plan, "Walker", Interrupted)
    result = CliRunner().invoke(main, [str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 130
    assert result.stderr == "newsclean: interrupted\n"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_ctrl_c_while_workers_start(tmp_path: Path) -> None:
    build_many(tmp_path / "in", 300)
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", str(tmp_path / "in"), "-o", str(tmp_path / "out")],
        stderr=subprocess.PIPE,
        env=ENV,
        start_new_session=True,
    )

    def children() -> list[str]:
        tasks = Path(f"/proc/{process.pid}/task")
        return [c for t in tasks.iterdir() for c in (t / "children").read_text().split()]

    deadline = time.monotonic() + 60
    while not children() and time.monotonic() < deadline:
        time.sleep(0.005)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole group
    _, stderr = process.communicate(timeout=60)
    text = stderr.decode("utf-8")
    assert process.returncode == 130, text
    assert "Traceback" not in text and "Aborted" not in text
    assert text.startswith("newsclean: interrupted")

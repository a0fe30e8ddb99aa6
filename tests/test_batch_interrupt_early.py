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


# A real SIGINT, delivered by the process to itself at the moment newsclean.cli starts
# loading (the pipeline, OpenCC and click are imported then): the program must end as a
# Ctrl-C later does.
_SIGINT_WHILE_LOADING = """
import builtins, os, signal, sys
real_import = builtins.__import__
def importing(name, *args, **kwargs):
    if name == "newsclean.cli":
        builtins.__import__ = real_import
        os.kill(os.getpid(), signal.SIGINT)
    return real_import(name, *args, **kwargs)
builtins.__import__ = importing
sys.argv = ["newsclean", sys.argv[1]]
from newsclean.entry import main
main()
"""


def test_ctrl_c_while_the_program_loads(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("標題\n\n  正文。\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _SIGINT_WHILE_LOADING, str(page)],
        capture_output=True,
        env=ENV,
        timeout=60,
    )
    assert done.returncode == 130, done.stderr
    assert done.stderr.decode("utf-8") == "newsclean: interrupted\n"
    assert done.stdout == b""


def test_the_package_loads_nothing_heavy_until_asked() -> None:
    code = "import sys, newsclean; print('newsclean.pipeline' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=ENV, timeout=60)
    assert done.stdout.strip() == b"False"
    code = "import newsclean; print(newsclean.clean('標題\\n\\n  正文。').title)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=ENV, timeout=60)
    assert done.stdout.decode("utf-8").strip() == "标题"

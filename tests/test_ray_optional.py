"""The Ray backend stays optional: nothing imports ray unless --engine ray runs.

These tests run in the main suite, with or without the extra installed; the import check
runs again in the Ray group (``pytest -m ray``), where ray is installed, so that it can fail.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsclean.batch.ray_engine import INSTALL_HINT
from newsclean.cli import main

CHECK = """
import sys
import newsclean.cli, newsclean.batch.run, newsclean.batch.local, newsclean.batch.ray_engine
from click.testing import CliRunner
CliRunner().invoke(newsclean.cli.main, ["--help"])
loaded = sorted(m for m in sys.modules if m == "ray" or m.startswith("ray."))
print(" ".join(loaded))
"""


def test_default_import_never_loads_ray() -> None:
    run = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == ""


@pytest.mark.ray  # the Ray group runs after the extra is installed: ray is importable there
def test_default_import_never_loads_ray_when_it_is_installed() -> None:
    """Without ray installed the test above passes whatever the code imports."""
    found = subprocess.run(
        [sys.executable, "-c", "import ray"], capture_output=True, text=True, timeout=120
    )
    assert found.returncode == 0, "the Ray group needs the ray extra installed"
    test_default_import_never_loads_ray()


def test_engine_ray_without_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    result = CliRunner().invoke(
        main, [str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--engine", "ray"]
    )
    assert result.exit_code == 2
    assert result.output == f"newsclean: error: {INSTALL_HINT}\n"
    assert 'pip install "newsclean[ray]"' in result.output
    assert not (tmp_path / "out").exists()


def test_ray_options_need_engine_ray(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    result = CliRunner().invoke(
        main, [str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--shard-size", "10"]
    )
    assert result.exit_code == 2
    assert "--engine ray" in result.output

"""Batch runs through the real command line: outputs, summary, report, exit codes, interrupts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batchtree import build_many, build_tree, tree_bytes
from click.testing import CliRunner

from newsclean.batch.manifest import MANIFEST
from newsclean.batch.options import BatchOptions
from newsclean.batch.run import run_batch
from newsclean.cli import main

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def newsclean(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "newsclean", *map(str, args)],
        capture_output=True,
        env=ENV,
        timeout=120,
        **kwargs,
    )


@pytest.fixture
def tree(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    root = tmp_path / "in"
    root.mkdir()
    return root, build_tree(root)


def test_directory_to_outdir(tree: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, expected = tree
    out, report = tmp_path / "out", tmp_path / "report.jsonl"
    before = tree_bytes(root)
    run = newsclean(root, "-o", out, "--format", "json", "-j", "2", "--report", report)
    assert run.returncode == 1  # binary.txt and empty.txt failed; the rest were done
    assert run.stdout == b""
    cleaned = sorted(rel for rel, status in expected.items() if status == "cleaned")
    written = tree_bytes(out)
    assert sorted(written) == sorted(os.path.splitext(rel)[0] + ".json" for rel in cleaned)
    # Every output is what the one-file command prints for that input.
    for rel in cleaned:
        single = newsclean(root / rel, "--format", "json")
        assert single.returncode == 0
        assert written[os.path.splitext(rel)[0] + ".json"] == single.stdout, rel
    assert tree_bytes(root) == before  # the input tree is untouched
    stderr = run.stderr.decode("utf-8")
    assert (
        f"{len(expected)} files: 8 cleaned, 2 skipped (1 broken symlink, 1 symlink loop)" in stderr
    )
    assert "2 failed" in stderr
    assert f"failed: {root / 'empty.txt'}: empty input" in stderr
    summary = run_batch(
        BatchOptions(inputs=(str(root),), output=str(tmp_path / "again"), jobs=1, fmt="json")
    )
    figures = "; ".join(
        f"{summary.counts[key]} {label}"
        for key, label in (
            ("removed_spam", "spam lines removed"),
            ("removed_nav", "navigation lines removed"),
            ("removed_share", "share lines removed"),
            ("pinyin_stripped", "pinyin annotations stripped"),
            ("mojibake_warnings", "mojibake warnings"),
        )
    )
    assert figures in stderr
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert {Path(r["path"]).relative_to(root).as_posix(): r["status"] for r in records} == expected
    rerun = newsclean(root, "-o", out, "--format", "json", "-q")
    assert rerun.returncode == 1
    assert "0 cleaned" in rerun.stderr.decode("utf-8")
    assert "8 up to date" in rerun.stderr.decode("utf-8")


def test_clean_tree_exits_zero_and_jobs_agree(tmp_path: Path) -> None:
    root = tmp_path / "in"
    build_many(root, 60)
    trees = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        run = newsclean(root, "-o", out, "-j", jobs, "--format", "markdown")
        assert run.returncode == 0, run.stderr
        trees.append(tree_bytes(out))
    assert len(trees[0]) == 60 and trees[0] == trees[1]


def test_jsonl_to_stdout_and_gzip(tree: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, expected = tree
    run = newsclean(root, "--format", "jsonl", "-j", "2")
    assert run.returncode == 1
    lines = run.stdout.decode("utf-8").splitlines()
    cleaned = sorted(rel for rel, status in expected.items() if status == "cleaned")
    assert [json.loads(line)["path"] for line in lines] == [str(root / rel) for rel in cleaned]
    gz = tmp_path / "corpus.jsonl.gz"
    assert newsclean(root, "--format", "jsonl", "-o", gz, "-q").returncode == 1
    import gzip

    assert gzip.decompress(gz.read_bytes()) == run.stdout


def test_several_paths(tree: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, _ = tree
    out = tmp_path / "out"
    run = newsclean(root / "news", root / "utf8.txt", "-o", out, "-q")
    assert run.returncode == 0, run.stderr
    assert sorted(tree_bytes(out)) == [
        "news/2025/07/big5.htm.txt",
        "news/2025/bom.txt",
        "news/2025/gb18030.txt",
        "news/snippet-big5.txt",
        "news/snippet-gbk.txt",
        "utf8.txt",
    ]


def test_usage_errors_exit_2_with_one_line(
    tree: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    root, _ = tree
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    runner = CliRunner()
    cases = [
        ([str(root)], "-o OUTDIR is needed"),
        ([str(root), "-o", str(tmp_path / "afile")], "not a directory"),
        ([str(root), "-o", str(root / "out")], "--allow-nested"),
        ([str(root), "--format", "jsonl", "-o", str(tmp_path)], "is a directory"),
        ([str(root / "utf8.txt"), "--report", "r.jsonl"], "--report applies to a batch"),
        ([str(root), "-o", str(tmp_path / "o"), "--explain"], "--explain works on one file"),
    ]
    for args, message in cases:
        result = runner.invoke(main, args, catch_exceptions=False)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
        assert result.stderr.startswith("newsclean: error: ")
    assert not (tmp_path / "o").exists() and not (root / "out").exists()


def test_single_file_behaviour_unchanged(tree: tuple[Path, dict[str, str]]) -> None:
    root, _ = tree
    runner = CliRunner()
    page = root / "utf8.txt"
    result = runner.invoke(main, [str(page)], catch_exceptions=False)
    assert result.exit_code == 0 and result.stderr == ""
    from newsclean.pipeline import clean_bytes
    from newsclean.render import render

    assert result.stdout == render(clean_bytes(page.read_bytes(), path=str(page)))
    empty = runner.invoke(main, [str(root / "empty.txt")])
    assert empty.exit_code == 1 and empty.stderr.startswith("newsclean: error: ")


def test_help_shows_batch_example() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert "newsclean pages/ -o clean/" in result.output
    for option in ("--include", "--exclude", "--jobs", "--unordered", "--report", "--force"):
        assert option in result.output
    for option in ("--quiet", "--max-bytes", "--allow-nested"):
        assert option in result.output


@pytest.mark.slow  # 8-15 s: three runs over 800 pages
def test_interrupt_then_resume(tmp_path: Path) -> None:
    """SIGINT to the whole process group part way: exit 130, no partial output; a rerun
    completes the rest, identical to an uninterrupted run."""
    root = tmp_path / "in"
    count = 800
    build_many(root, count)
    reference = tmp_path / "reference"
    assert (
        run_batch(BatchOptions(inputs=(str(root),), output=str(reference), jobs=2)).cleaned == count
    )
    expected = tree_bytes(reference)

    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", str(root), "-o", str(out), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
        start_new_session=True,  # its own process group, as a terminal's Ctrl-C would hit
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and len(_outputs(out)) < 50:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert b"interrupted" in stderr
    done = tree_bytes(out)
    assert 50 <= len(done) < count, "the run should have been stopped part way"
    assert not [name for name in _outputs(out, every=True) if name.endswith(".tmp")]
    for rel, data in done.items():
        assert data == expected[rel], rel  # every file there is whole

    rerun = newsclean(root, "-o", out, "-j", "2")
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(done)} up to date" in rerun.stderr.decode("utf-8")
    assert tree_bytes(out) == expected


def _outputs(out: Path, *, every: bool = False) -> list[str]:
    names = []
    for _dirpath, _dirs, files in os.walk(out):
        names.extend(
            name
            for name in files
            if not name.startswith(MANIFEST) and (every or not name.endswith(".tmp"))
        )
    return names

"""Issue 11, "what users expect of the command line"."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from batchtree import reference_text
from click.testing import CliRunner

from newsclean.batch.options import available_cpus
from newsclean.batch.result import FileResult
from newsclean.batch.summary import SHOWN_FAILURES, BatchSummary, format_summary
from newsclean.cli import main
from newsclean.pipeline import clean_bytes
from newsclean.render import render

PAGE = reference_text().encode("utf-8")
OTHER = "網路時代的報紙\n\n  記者在網路上發佈新聞，讀者留言討論。\n".encode()


def invoke(*args: str | Path, input: bytes | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, [str(a) for a in args], input=input, env=env)


@pytest.fixture
def pages(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(PAGE)
    b.write_bytes(OTHER)
    return a, b


def test_several_files_go_to_stdout_in_order(pages: tuple[Path, Path]) -> None:
    a, b = pages
    text = invoke(a, b)
    assert text.exit_code == 0
    assert text.stdout == render(clean_bytes(PAGE)) + render(clean_bytes(OTHER))
    lines = invoke(b, a, "-f", "jsonl").stdout.splitlines()
    assert [json.loads(line)["path"] for line in lines] == [str(b), str(a)]


def test_several_files_with_outdir_keep_their_paths(
    tmp_path: Path, pages: tuple[Path, Path]
) -> None:
    a, _ = pages
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_bytes(OTHER)  # the same name elsewhere
    out = tmp_path / "out"
    result = invoke(a, tmp_path / "sub", "-o", f"{out}/", "-q")
    assert result.exit_code == 0, result.output
    assert (out / "a.txt").read_text(encoding="utf-8") == render(clean_bytes(PAGE))
    assert (out / "sub" / "a.txt").read_text(encoding="utf-8") == render(clean_bytes(OTHER))


def test_files_from_and_null(tmp_path: Path, pages: tuple[Path, Path]) -> None:
    a, b = pages
    odd = tmp_path / "with\nnewline.txt"
    odd.write_bytes(OTHER)
    listing = b"\0".join(os.fsencode(p) for p in (a, odd)) + b"\0"
    result = invoke("--files-from", "-", "-0", "-o", tmp_path / "out", "-q", input=listing)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")) == [
        "a.txt",
        "with\nnewline.txt",
    ]
    by_line = invoke("--files-from", "-", "-f", "jsonl", input=f"{a}\n{b}\n".encode())
    assert [json.loads(x)["path"] for x in by_line.stdout.splitlines()] == [str(a), str(b)]


def test_defaults_from_the_environment(pages: tuple[Path, Path]) -> None:
    a, _ = pages
    result = invoke(a, env={"NEWSCLEAN_FORMAT": "json", "NEWSCLEAN_CONVERT": "none"})
    assert json.loads(result.stdout) == clean_bytes(PAGE, convert="none", path=str(a)).to_dict()


def test_default_jobs_follow_the_affinity_mask() -> None:
    if not hasattr(os, "sched_getaffinity"):
        pytest.skip("no affinity on this platform")
    assert available_cpus() == len(os.sched_getaffinity(0))


def test_explain_in_json_is_data(pages: tuple[Path, Path]) -> None:
    a, _ = pages
    result = invoke(a, "-f", "json", "--explain")
    data = json.loads(result.stdout)
    assert result.stderr == ""
    spam = [r for r in data["explain"] if r["kind"] == "removed:spam"]
    assert spam and spam[0]["line"] == 1 and spam[0]["filter"] == "spam"
    assert set(data["explain"][0]) == {"line", "kind", "filter", "action", "detail"}
    assert {k: v for k, v in data.items() if k != "explain"} == clean_bytes(
        PAGE, path=str(a)
    ).to_dict()


def test_summary_points_to_the_report_only_when_there_is_one() -> None:
    for has_report in (True, False):
        summary = BatchSummary(total=SHOWN_FAILURES + 2, has_report=has_report)
        for i in range(SHOWN_FAILURES + 2):
            summary.add(FileResult(f"in/{i}.txt", "failed", "empty input"))
        assert ("(--report lists all)" in format_summary(summary)) == has_report


def test_report_paths_are_both_relative_or_both_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(PAGE)
    monkeypatch.chdir(tmp_path)
    for source, outdir in (("in", str(tmp_path / "o1")), (str(tmp_path / "in"), "o2")):
        report = tmp_path / "r.jsonl"
        assert invoke(source, "-o", outdir, "--report", report, "-q").exit_code == 0
        (record,) = map(json.loads, report.read_text(encoding="utf-8").splitlines())
        assert os.path.isabs(record["path"]) == os.path.isabs(record["output"])
        assert Path(record["output"]).resolve().read_bytes() == render(clean_bytes(PAGE)).encode()


def test_the_progress_bar_fits_80_columns() -> None:
    import io
    import re

    from rich.console import Console

    from newsclean.batch.progress import BarProgress

    stream = io.StringIO()
    console = Console(file=stream, width=80, force_terminal=True, color_system=None)
    bar = BarProgress(stream, console=console)
    bar.start(1_234_567)
    bar._started -= 1.0  # a second ago: a rate as a real run shows it
    for i in range(300):
        bar.advance(FileResult("x", "failed" if i % 7 == 0 else "cleaned", bytes_in=10**5))
    assert bar._bar is not None
    bar._bar.refresh()
    bar.stopping()
    bar._bar.refresh()
    bar.stop()
    text = re.sub(r"\x1b\[\?25[lh]", "", stream.getvalue())
    lines = [p for p in re.split(r"\r|\n|\x1b\[2K|\x1b\[1A", text) if "300/1234567" in p]
    assert {line.split()[0] for line in lines} == {"cleaning", "stopping"}
    for line in lines:
        assert len(line) <= 80 and "43 failed" in line and "ETA" in line, line


def test_every_removal_reason_has_a_summary_label() -> None:
    from conftest import FIXTURES

    from newsclean.batch.summary import REMOVAL_LABELS
    from newsclean.document import REMOVAL_REASONS

    assert set(REMOVAL_LABELS) == set(REMOVAL_REASONS)
    seen = {
        removal.reason
        for page in FIXTURES.glob("*.txt")
        for removal in clean_bytes(page.read_bytes()).removed
    }
    assert seen and seen <= set(REMOVAL_REASONS)


@pytest.mark.parametrize("width", [80, 120])
def test_the_text_explanation_fits_the_width(width: int) -> None:
    import subprocess
    import sys

    from conftest import REFERENCE
    from rich.cells import cell_len

    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": str(width)}
    done = subprocess.run(
        [sys.executable, "-m", "newsclean", str(REFERENCE), "--explain"],
        capture_output=True,
        env=env,
        timeout=60,
        check=True,
    )
    lines = done.stderr.decode("utf-8").splitlines()
    assert "removed:spam" in "\n".join(lines)
    assert max(cell_len(line) for line in lines) <= width


def test_help_is_grouped_with_examples() -> None:
    text = invoke("--help").output
    sections = [line for line in text.splitlines() if line.endswith(("Options:", "options:"))]
    assert sections == ["Options:", "Batch options:", "Ray options:"]
    assert text.index("--jobs") > text.index("Batch options:") > text.index("--convert")
    assert text.index("--shard-size") > text.index("Ray options:")
    assert "Examples:" in text and "--files-from - -0" in text

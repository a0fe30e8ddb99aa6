"""The single-page command line, through click's CliRunner and through a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import REFERENCE, ROOT

from newsclean import __version__
from newsclean.cli import main


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def process(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )


def test_file_to_stdout_as_text():
    result = run(str(REFERENCE))
    assert result.exit_code == 0
    assert result.stdout.startswith(
        "湖北、湖南、安徽三省援藏干部人才:同心凝聚合力 共谱雅砻新曲\n\n"
    )
    assert result.stderr == ""


def test_stdin_dash_and_piped_stdin_are_the_same():
    data = REFERENCE.read_bytes()
    assert run("-", input=data).stdout == run(input=data).stdout == run(str(REFERENCE)).stdout


def test_pipe_through_a_real_process():
    result = process(stdin=REFERENCE.read_bytes())
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == run(str(REFERENCE)).stdout
    assert result.stderr == b""


def test_output_file_is_written_whole(tmp_path):
    target = tmp_path / "out" / "ref.json"
    result = run(str(REFERENCE), "-f", "json", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(target.read_text("utf-8"))["site"] == "tibet.cn"
    assert [p.name for p in target.parent.iterdir()] == ["ref.json"]  # no temporary left


def test_output_never_overwrites_the_input(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(REFERENCE.read_bytes())
    result = run(str(page), "-o", str(page))
    assert result.exit_code == 1
    assert "refusing to overwrite the input" in result.stderr
    assert page.read_bytes() == REFERENCE.read_bytes()


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "markdown"])
def test_every_format(fmt):
    result = run(str(REFERENCE), "--format", fmt)
    assert result.exit_code == 0 and result.stdout.endswith("\n")
    if fmt in ("json", "jsonl"):
        assert json.loads(result.stdout)["title"].startswith("湖北")


def test_convert_and_encoding_options(tmp_path):
    page = tmp_path / "big5.txt"
    page.write_bytes("網路發展\n\n  網路發展很快，這是第一段。\n".encode("big5"))
    assert "网络发展很快" in run(str(page), "--convert", "tw2sp").stdout
    assert "網路發展很快" in run(str(page), "--convert", "none", "--encoding", "big5").stdout


def test_explain_goes_to_stderr_plain_when_not_a_terminal():
    result = process("fixtures/000_da2a06443414a7f3.txt", "--explain")
    err = result.stderr.decode("utf-8")
    assert result.returncode == 0
    assert "\x1b[" not in err  # no colour codes in a pipe
    assert "removed:spam" in err and "乱伦" in err
    assert "removed:share" in err
    assert "??偼度? -> ??投?" in err
    assert "83 lines:" in err
    assert "removed:spam" not in result.stdout.decode("utf-8")


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["no/such/file.txt"], None, "no such file"),
        (["-"], b"", "empty input"),
        (["-"], bytes(range(256)) * 20, "binary"),
        (["-", "--encoding", "klingon"], b"abc", "unknown encoding"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(args, stdin, message):
    result = process(*args, stdin=stdin)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 1, err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [
        [str(REFERENCE), "--format", "html"],
        ["fixtures"],  # a directory is a batch, and a text batch needs -o OUTDIR
    ],
)
def test_usage_errors_exit_2(args):
    result = process(*args)
    err = result.stderr.decode()
    assert result.returncode == 2
    assert "Traceback" not in err and err.strip()


def test_version_and_help():
    import platform
    from importlib.metadata import version

    line = run("--version").stdout.strip()
    assert line == (
        f"newsclean {__version__}, OpenCC {version('opencc')},"
        f" pypinyin {version('pypinyin')}, Python {platform.python_version()}"
    )
    helptext = run("--help").stdout
    for option in ("--format", "--convert", "--encoding", "--explain", "--output"):
        assert option in helptext
    assert "Examples:" in helptext


def test_closed_stdout_pipe_is_not_an_error():
    script = f"{sys.executable} -m newsclean fixtures/000_da2a06443414a7f3.txt -f json | head -c 10"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", script], cwd=ROOT, capture_output=True, timeout=60
    )
    assert result.stdout.startswith(b"{")
    assert b"Traceback" not in result.stderr

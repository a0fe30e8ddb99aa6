"""Issue 11 items 1, 4-6, 8-10, 12, 14, 15: what newsclean writes, where, with which mode,
and how it reports names and errors.  Each test reproduces the reported failure."""

from __future__ import annotations

import gzip
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from batchtree import reference_text
from click.testing import CliRunner

from newsclean import clean_bytes
from newsclean.cli import main
from newsclean.errors import InputError

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}
PAGE = reference_text().encode("utf-8")


def run(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *map(str, args)],
        capture_output=True,
        env=ENV,
        timeout=120,
        check=False,
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for name in ("a.txt", "b.txt", "sub/c.txt"):
        (root / name).write_bytes(PAGE)
    return root


# --------------------------------------------------------------------------- 1


def test_report_or_jsonl_onto_an_input_is_refused(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (tree / "d.jsonl").write_bytes(b"{}\n")
    for args in (
        [tree, "-o", out, "--report", tree / "a.txt"],
        [tree, "-f", "jsonl", "-o", tree / "d.jsonl", "--include", "*.jsonl"],
        [tree, "-f", "jsonl", "--report", tree / "sub" / "c.txt"],
    ):
        done = run(*args)
        assert done.returncode == 2, done.stderr
        assert b"refusing to overwrite an input" in done.stderr
    # The issue's own example: a text name for a jsonl stream is refused before that.
    assert run(tree, "-f", "jsonl", "-o", tree / "b.txt").returncode == 2
    assert (tree / "a.txt").read_bytes() == PAGE == (tree / "b.txt").read_bytes()
    assert (tree / "d.jsonl").read_bytes() == b"{}\n" and not out.exists()


def test_report_onto_an_output_is_refused(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = run(tree, "-o", out, "--report", out / "a.txt")
    assert done.returncode == 2 and b"also the output of" in done.stderr
    assert not out.exists()


# --------------------------------------------------------------------------- 4


def test_a_rerun_removes_what_a_killed_run_left(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = int(gone.stdout)
    (out / "sub").mkdir(parents=True)
    leftovers = [out / f".a.txt.nc{dead}-x1y2.tmp", out / "sub" / f".c.txt.nc{dead}-zz.tmp"]
    for path in leftovers:
        path.write_bytes(b"half")
    mine = out / f".b.txt.nc{os.getpid()}-live.tmp"  # a live writer's: kept
    mine.write_bytes(b"busy")
    done = run(tree, "-o", out, "-q")
    assert done.returncode == 0, done.stderr
    assert not any(p.exists() for p in leftovers) and mine.exists()


def test_a_jsonl_write_that_fails_is_a_failure(tree: Path, tmp_path: Path) -> None:
    full = tmp_path / "full"  # a /dev/full of its own: a regression cannot replace the real one
    try:
        os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except (PermissionError, AttributeError):
        pytest.skip("cannot make a device node here")
    report = tmp_path / "report.jsonl"
    done = run(tree, "-f", "jsonl", "-o", full, "--report", report, "-q")
    assert done.returncode == 1
    assert f"cannot write {full}: no space left on device".encode() in done.stderr
    records = [json.loads(x) for x in report.read_text(encoding="utf-8").splitlines()]
    assert {r["status"] for r in records} == {"failed"}


# --------------------------------------------------------------------------- 5, 10


def test_names_are_escaped_on_the_terminal_and_whole_in_json(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    evil = os.fsencode(root) + b"/x\x1b[2J\nfailed: y.txt"
    latin = [os.fsencode(root) + b"/caf\xe9.txt", os.fsencode(root) + b"/caf\xe8.txt"]
    Path(os.fsdecode(evil)).write_bytes(b"")  # empty: fails, so the summary names it
    for name in latin:
        Path(os.fsdecode(name)).write_bytes(b"")
    report = tmp_path / "report.jsonl"
    done = run(root, "-o", tmp_path / "out", "--report", report, "--include", "*")
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1 and "Traceback" not in err
    assert "\x1b" not in err and "x\\x1b[2J\\nfailed: y.txt" in err
    assert "caf\\xe9.txt" in err and "caf\\xe8.txt" in err
    records = [json.loads(x) for x in report.read_text(encoding="utf-8").splitlines()]
    assert sorted(os.fsencode(r["path"]) for r in records) == sorted([evil, *latin])


def test_non_utf8_name_in_json_and_jsonl_output(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    name = os.fsencode(root) + b"/\xb0\xa1.txt"
    Path(os.fsdecode(name)).write_bytes(PAGE)
    single = run(os.fsdecode(name), "-f", "json")
    assert single.returncode == 0, single.stderr
    assert os.fsencode(json.loads(single.stdout)["path"]) == name
    stream = run(root, "-f", "jsonl")
    assert stream.returncode == 0, stream.stderr
    assert os.fsencode(json.loads(stream.stdout)["path"]) == name


# --------------------------------------------------------------------------- 6, 14


@pytest.mark.parametrize("codec", ["hex", "base64", "zlib", "rot13", "idna", "undefined"])
def test_only_text_encodings_are_accepted(codec: str) -> None:
    with pytest.raises(InputError, match="not a text encoding"):
        clean_bytes(PAGE, encoding=codec)
    done = run("-", "--encoding", codec) if False else None
    assert done is None


def test_bad_encoding_is_one_line(tree: Path, tmp_path: Path) -> None:
    single = run(tree / "a.txt", "--encoding", "hex")
    assert single.returncode == 1 and single.stderr.count(b"\n") == 1
    batch = run(tree, "-o", tmp_path / "out", "--encoding", "klingon")
    assert batch.returncode == 2 and batch.stderr.count(b"\n") == 1
    assert b"unknown encoding" in batch.stderr and not (tmp_path / "out").exists()


def test_missing_file_and_missing_directory_exit_alike(tmp_path: Path) -> None:
    for path in (tmp_path / "missing.txt", str(tmp_path / "missing") + "/"):
        done = run(path, "-o", tmp_path / "o/")
        assert done.returncode == 1, (path, done.stderr)
        assert done.stderr.count(b"\n") == 1 and b"no such file" in done.stderr


# --------------------------------------------------------------------------- 8


def test_new_files_follow_the_umask_and_old_ones_keep_their_mode(
    tree: Path, tmp_path: Path
) -> None:
    out, report, single = tmp_path / "out", tmp_path / "r.jsonl", tmp_path / "one.txt"
    old = os.umask(0o022)
    try:
        assert run(tree, "-o", out, "--report", report, "-q").returncode == 0
        assert run(tree / "a.txt", "-o", single).returncode == 0
        corpus = tmp_path / "c.jsonl.gz"
        assert run(tree, "-o", corpus, "-q").returncode == 0
    finally:
        os.umask(old)
    for path in (out / "a.txt", out / "sub" / "c.txt", report, single, corpus):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
    single.chmod(0o640)
    assert run(tree / "b.txt", "-o", single).returncode == 0
    assert stat.S_IMODE(single.stat().st_mode) == 0o640


# --------------------------------------------------------------------------- 9


def test_output_to_a_fifo_is_written_through(tree: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    done = run(tree / "a.txt", "-o", fifo)
    reader.join(30)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert got and got[0] == run(tree / "a.txt").stdout


def test_output_to_a_device_stays_a_device(tree: Path, tmp_path: Path) -> None:
    """``-o /dev/null`` as root replaced /dev/null with a regular file.  The test writes to
    a null device of its own, so that a regression cannot break the machine's."""
    null = tmp_path / "null"
    try:
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # Linux's /dev/null
    except (PermissionError, AttributeError):
        pytest.skip("cannot make a device node here")
    done = run(tree / "a.txt", "-o", null)
    assert done.returncode == 0 and stat.S_ISCHR(os.lstat(null).st_mode)


def test_output_symlink_is_followed_and_dash_is_stdout(tree: Path, tmp_path: Path) -> None:
    target, link = tmp_path / "real.txt", tmp_path / "link.txt"
    target.write_text("old", encoding="utf-8")
    link.symlink_to(target)
    assert run(tree / "a.txt", "-o", link).returncode == 0
    assert link.is_symlink() and target.read_bytes() == run(tree / "a.txt").stdout
    dash = run(tree / "a.txt", "-o", "-")
    assert dash.stdout == target.read_bytes() and not Path("-").exists()


# --------------------------------------------------------------------------- 12


def test_format_follows_the_output_name(tree: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl.gz"
    assert run(tree, "-o", corpus, "-q").returncode == 0
    lines = gzip.decompress(corpus.read_bytes()).decode("utf-8").splitlines()
    assert len(lines) == 3 and json.loads(lines[0])["title"]
    page = tmp_path / "page.json"
    assert run(tree / "a.txt", "-o", page).returncode == 0
    assert json.loads(page.read_text(encoding="utf-8"))["title"]
    assert run(tree / "a.txt", "-o", f"{tmp_path}/newout/").returncode == 0
    assert (tmp_path / "newout" / "a.txt").is_file()
    clash = run(tree / "a.txt", "-o", tmp_path / "x.json", "-f", "text")
    assert clash.returncode == 2 and clash.stderr.count(b"\n") == 1


# --------------------------------------------------------------------------- 15


def test_a_batch_into_a_closed_pipe_is_quiet(tree: Path) -> None:
    for i in range(40):  # more than a pipe's buffer holds
        (tree / f"more{i:02d}.txt").write_bytes(PAGE)
    script = f"'{sys.executable}' -m newsclean '{tree}' -f jsonl | head -c 1"
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", script], capture_output=True, env=ENV, timeout=120
    )
    assert done.returncode == 0 and done.stderr == b"" and done.stdout == b"{"


def test_batch_options_are_accepted_for_one_file(tree: Path) -> None:
    result = CliRunner().invoke(main, [str(tree / "a.txt"), "-q", "-j", "2"])
    assert result.exit_code == 0 and result.stdout.startswith("湖北")


# --------------------------------------------------------------------------- 11


def test_up_to_date_means_same_input_same_options(tree: Path, tmp_path: Path) -> None:
    from newsclean.batch.options import BatchOptions
    from newsclean.batch.run import run_batch

    out, report = tmp_path / "out", tmp_path / "report.jsonl"

    def reasons(**changes: object) -> dict[str, tuple[str, str | None]]:
        options = BatchOptions(inputs=(str(tree),), output=str(out), report=str(report), jobs=1)
        run_batch(BatchOptions(**{**_fields(options), **changes}))
        lines = report.read_text(encoding="utf-8").splitlines()
        return {Path(r["path"]).name: (r["status"], r["reason"]) for r in map(json.loads, lines)}

    first = reasons()
    assert set(first.values()) == {("cleaned", None)}
    assert set(reasons().values()) == {("skipped", "up to date")}
    other = reasons(convert="none")
    assert set(other.values()) == {("cleaned", "options or versions changed")}
    # Another page copied over a.txt with an older time (cp -p, rsync -t).
    old = (tree / "a.txt").stat().st_mtime_ns - 10**9
    (tree / "a.txt").write_bytes(PAGE + "  补充一段。\n".encode())
    os.utime(tree / "a.txt", ns=(old, old))
    again = reasons(convert="none")
    assert again["a.txt"] == ("cleaned", "input changed (size or modification time)")
    assert again["b.txt"] == ("skipped", "up to date")
    from newsclean.render import render

    new = clean_bytes((tree / "a.txt").read_bytes(), convert="none")
    assert (out / "a.txt").read_text(encoding="utf-8") == render(new)


def _fields(options: object) -> dict[str, object]:
    from dataclasses import fields

    return {f.name: getattr(options, f.name) for f in fields(options)}  # type: ignore[arg-type]


def test_ray_markers_keep_non_utf8_names(tmp_path: Path) -> None:
    """Item 10: the Ray engine's shard markers crashed on such a name, on every rerun."""
    from newsclean.batch.options import BatchOptions
    from newsclean.batch.result import FileResult
    from newsclean.batch.shards import make_shards, read_marker, write_marker
    from newsclean.batch.walk import InputFile

    name = os.fsdecode(os.fsencode(tmp_path) + b"/\xb0\xa1.txt")
    Path(name).write_bytes(PAGE)
    options = BatchOptions(inputs=(str(tmp_path),), fmt="jsonl")
    (shard,) = make_shards([InputFile(name, "x.txt", str(tmp_path))], options, 10)
    result = FileResult(name, "cleaned", None, {"removed_spam": 1}, 10, 20, None, '{"a":1}\n')
    write_marker(str(tmp_path / "m"), shard, [result])
    assert read_marker(str(tmp_path / "m"), shard, per_file=False) == [result]


def test_several_pages_into_one_text_file_is_refused(tree: Path, tmp_path: Path) -> None:
    done = run(tree / "a.txt", tree / "b.txt", "-o", tmp_path / "both.txt")
    assert done.returncode == 2 and b"one per input" in done.stderr
    assert not (tmp_path / "both.txt").exists()


def test_a_batch_never_writes_through_a_link_or_fifo_in_outdir(tree: Path, tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere.txt"
    out.mkdir()
    elsewhere.write_text("keep", encoding="utf-8")
    (out / "a.txt").symlink_to(elsewhere)
    os.mkfifo(out / "b.txt")
    report = tmp_path / "r.jsonl"
    done = run(tree, "-o", out, "--report", report, "-q")
    assert done.returncode == 1
    status = {Path(r["path"]).name: r for r in map(json.loads, report.read_text().splitlines())}
    assert status["a.txt"]["status"] == status["b.txt"]["status"] == "failed"
    assert status["c.txt"]["status"] == "cleaned"
    assert elsewhere.read_text(encoding="utf-8") == "keep"


def test_a_full_disk_under_the_jsonl_file_leaves_nothing(
    tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 4: the temporary jsonl file went, and files after the failed write are failed."""
    import errno

    import newsclean.batch.sink
    from newsclean.batch.files import AtomicOutput
    from newsclean.batch.options import BatchOptions
    from newsclean.batch.run import run_batch

    corpus, report = tmp_path / "c.jsonl", tmp_path / "r.jsonl"

    class FillsUp(AtomicOutput):
        def __init__(self, path: str, **kw: object) -> None:
            super().__init__(path, **kw)  # type: ignore[arg-type]
            if path != str(corpus):
                return
            real, written = self.stream.write, [0]

            def write(data: bytes) -> int:
                written[0] += 1
                if written[0] > 1:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                return real(data)

            self.stream.write = write  # type: ignore[method-assign]

    monkeypatch.setattr(newsclean.batch.sink, "AtomicOutput", FillsUp)
    options = BatchOptions(
        inputs=(str(tree),), output=str(corpus), fmt="jsonl", report=str(report), jobs=1
    )
    summary = run_batch(options)
    assert summary.exit_code == 1 and summary.write_error is not None
    assert "no space left on device" in summary.write_error
    assert not corpus.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    statuses = [json.loads(x)["status"] for x in report.read_text().splitlines()]
    assert statuses == ["cleaned", "failed", "failed"]

"""The batch library: clean_file never raises, run_batch loses nothing, outputs match one file."""

from __future__ import annotations

import gzip
import io
import json
import os
import pickle
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from batchtree import build_tree, tree_bytes

from newsclean.batch.job import clean_file, output_path
from newsclean.batch.options import BatchOptions, check_options
from newsclean.batch.result import FileResult
from newsclean.batch.run import run_batch
from newsclean.batch.walk import InputFile
from newsclean.errors import InputError, UsageError
from newsclean.pipeline import clean_bytes
from newsclean.render import EXTENSIONS, render


@pytest.fixture
def tree(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    root = tmp_path / "in"
    root.mkdir()
    return root, build_tree(root)


def _single(path: Path, fmt: str = "text") -> str:
    """What the one-file cleaner gives for ``path``."""
    return render(clean_bytes(path.read_bytes(), path=str(path)), fmt)


def _out_rel(rel: str, fmt: str) -> str:
    stem, _ = os.path.splitext(rel)
    return stem + EXTENSIONS[fmt]


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_every_output_matches_the_single_file_result(
    tree: tuple[Path, dict[str, str]], tmp_path: Path, fmt: str
) -> None:
    root, expected = tree
    out = tmp_path / "out"
    summary = run_batch(BatchOptions(inputs=(str(root),), output=str(out), fmt=fmt, jobs=1))
    cleaned = sorted(rel for rel, status in expected.items() if status == "cleaned")
    written = tree_bytes(out)
    assert sorted(written) == sorted(_out_rel(rel, fmt) for rel in cleaned)
    for rel in cleaned:
        assert written[_out_rel(rel, fmt)].decode("utf-8") == _single(root / rel, fmt), rel
    statuses = Counter(expected.values())
    assert (summary.cleaned, summary.skipped, summary.failed) == (
        statuses["cleaned"],
        statuses["skipped"],
        statuses["failed"],
    )
    assert summary.total == len(expected)
    assert summary.exit_code == 1
    stats: Counter[str] = Counter()
    for rel in cleaned:
        stats.update(clean_bytes((root / rel).read_bytes()).stats())
    assert summary.counts == stats
    assert summary.counts["removed_spam"] > 0 and summary.counts["pinyin_stripped"] > 0
    assert summary.bytes_in == sum(
        (root / rel).stat().st_size for rel in [*cleaned, "binary.txt", "empty.txt"]
    )
    assert summary.bytes_out == sum(len(data) for data in written.values())


def test_rerun_skips_up_to_date_then_force(
    tree: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    root, _ = tree
    out = tmp_path / "out"
    options = BatchOptions(inputs=(str(root),), output=str(out), jobs=1)
    first = run_batch(options)
    before = tree_bytes(out)
    second = run_batch(options)
    assert second.cleaned == 0
    assert second.skip_reasons["up to date"] == first.cleaned
    # A changed input is cleaned again (and alias.txt, a symlink to it); the rest stay skipped.
    page = root / "utf8.txt"
    os.utime(page, ns=(page.stat().st_atime_ns, (out / "utf8.txt").stat().st_mtime_ns + 10**9))
    third = run_batch(options)
    assert third.cleaned == 2
    forced = run_batch(BatchOptions(inputs=(str(root),), output=str(out), jobs=1, force=True))
    assert forced.cleaned == first.cleaned
    assert tree_bytes(out) == before


def test_clean_file_never_raises(tmp_path: Path) -> None:
    out = tmp_path / "out"
    options = BatchOptions(inputs=(str(tmp_path),), output=str(out), max_bytes=100)

    def result(name: str, data: bytes | None) -> FileResult:
        path = tmp_path / name
        if data is not None:
            path.write_bytes(data)
        return clean_file(InputFile(str(path), name, str(tmp_path)), options)

    assert result("gone.txt", None).reason == "vanished before it was read"
    assert result("big.txt", "字".encode() * 50).reason == "larger than --max-bytes (150 bytes)"
    assert result("empty.txt", b"").reason == "empty input"
    assert result("binary.txt", bytes(range(40))).status == "failed"
    (tmp_path / "adir.txt").mkdir()
    assert result("adir.txt", None).status == "failed"
    ok = result("ok.txt", "标题\n\n  正文。\n".encode())
    assert (ok.status, ok.output) == ("cleaned", str(out / "ok.txt"))
    assert (out / "ok.txt").read_text(encoding="utf-8") == "标题\n\n正文。\n"


def test_never_overwrites_an_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("标题\n\n  正文。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("标题\n\n  正文。\n", encoding="utf-8")
    before = tree_bytes(tmp_path)
    options = BatchOptions(inputs=(str(tmp_path),), output=str(tmp_path), allow_nested=True)
    summary = run_batch(options)
    assert (summary.failed, summary.cleaned) == (2, 0)
    assert {reason for _, reason in summary.failures} == {"output would overwrite an input"}
    assert tree_bytes(tmp_path) == before
    # With another format the outputs sit next to the inputs, as asked.
    summary = run_batch(BatchOptions(**{**_fields(options), "fmt": "json", "jobs": 1}))
    assert summary.cleaned == 2 and (tmp_path / "a.json").exists()


def _fields(options: BatchOptions) -> dict[str, object]:
    return {name: getattr(options, name) for name in BatchOptions.__dataclass_fields__}


def test_outputs_that_collide_are_failed_not_overwritten(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("标题甲\n\n  正文甲。\n", encoding="utf-8")
    (root / "a.htm").write_text("标题乙\n\n  正文乙。\n", encoding="utf-8")
    out = tmp_path / "out"
    options = BatchOptions(inputs=(str(root),), output=str(out), include=("*",), fmt="json")
    summary = run_batch(options)
    assert (summary.cleaned, summary.failed) == (1, 1)
    assert "same output as" in summary.failures[0][1]


def test_output_path_stays_in_outdir(tmp_path: Path) -> None:
    options = BatchOptions(inputs=("in",), output=str(tmp_path / "out"), fmt="json")
    item = InputFile("in/a/b.htm.txt", "a/b.htm.txt", "in")
    assert output_path(item, options) == str(tmp_path / "out" / "a" / "b.htm.json")
    assert output_path(InputFile("in/README", "README", "in"), options) == str(
        tmp_path / "out" / "README.json"
    )
    with pytest.raises(ValueError):
        output_path(InputFile("x", "../escape.txt", "in"), options)
    bad = clean_file(InputFile("x", "a/../../escape.txt", "in"), options)
    assert bad.status == "failed"


def test_no_write_through_a_symlink_out_of_outdir(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "a.txt").write_text("标题\n\n  正文。\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "elsewhere").mkdir()
    os.symlink(tmp_path / "elsewhere", tmp_path / "out" / "sub")
    summary = run_batch(BatchOptions(inputs=(str(tmp_path / "in"),), output=str(tmp_path / "out")))
    assert summary.failed == 1 and "outside OUTDIR" in summary.failures[0][1]
    assert list((tmp_path / "elsewhere").iterdir()) == []


def test_jsonl_ordered_and_identical_across_jobs(
    tree: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    root, expected = tree
    runs = {}
    for jobs in (1, 2):
        target = tmp_path / f"corpus-{jobs}.jsonl.gz"
        report = tmp_path / f"report-{jobs}.jsonl"
        options = BatchOptions(
            inputs=(str(root),), output=str(target), fmt="jsonl", jobs=jobs, report=str(report)
        )
        run_batch(options)
        runs[jobs] = (target.read_bytes(), report.read_text(encoding="utf-8"))
    assert runs[1] == runs[2]
    lines = gzip.decompress(runs[1][0]).decode("utf-8").splitlines()
    paths = [json.loads(line)["path"] for line in lines]
    cleaned = sorted(rel for rel, status in expected.items() if status == "cleaned")
    assert paths == [str(root / rel) for rel in cleaned]
    assert lines == [_single(Path(p), "jsonl").rstrip("\n") for p in paths]
    records = [json.loads(line) for line in runs[1][1].splitlines()]
    assert {Path(r["path"]).relative_to(root).as_posix(): r["status"] for r in records} == expected


def test_jsonl_unordered_has_the_same_lines(tree: tuple[Path, dict[str, str]]) -> None:
    root, _ = tree
    streams = []
    for unordered in (False, True):
        buffer = io.BytesIO()
        options = BatchOptions(
            inputs=(str(root),), fmt="jsonl", jobs=2, unordered=unordered, chunk_size=1
        )
        run_batch(options, stdout=buffer)
        streams.append(buffer.getvalue().decode("utf-8").splitlines())
    assert sorted(streams[0]) == sorted(streams[1])


def test_report_records(tree: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, expected = tree
    report = tmp_path / "report.jsonl"
    out = tmp_path / "out"
    run_batch(BatchOptions(inputs=(str(root),), output=str(out), report=str(report), jobs=2))
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(expected)
    by_rel = {Path(r["path"]).relative_to(root).as_posix(): r for r in records}
    assert {rel: r["status"] for rel, r in by_rel.items()} == expected
    assert set(records[0]) == {
        "path", "status", "reason", "output", "counts", "bytes_in", "bytes_out"
    }  # fmt: skip
    assert by_rel["empty.txt"]["reason"] == "empty input"
    assert by_rel["dangling.txt"]["reason"] == "broken symlink"
    page = by_rel["utf8.txt"]
    assert page["output"] == str(out / "utf8.txt")
    assert page["counts"] == dict(
        sorted(clean_bytes((root / "utf8.txt").read_bytes()).stats().items())
    )
    assert page["reason"] is None and page["bytes_out"] == (out / "utf8.txt").stat().st_size


def test_usage_errors(tree: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, _ = tree
    (tmp_path / "file").write_text("x", encoding="utf-8")
    cases = {
        "-o OUTDIR is needed": BatchOptions(inputs=(str(root),)),
        "not a directory": BatchOptions(inputs=(str(root),), output=str(tmp_path / "file")),
        "--allow-nested": BatchOptions(inputs=(str(root),), output=str(root / "out")),
        "is a directory": BatchOptions(inputs=(str(root),), fmt="jsonl", output=str(tmp_path)),
        "overwrite an input": BatchOptions(
            inputs=(str(root), str(root / "utf8.txt")), fmt="jsonl", output=str(root / "utf8.txt")
        ),
    }
    for message, options in cases.items():
        with pytest.raises(UsageError, match=message):
            check_options(options)
    check_options(BatchOptions(inputs=(str(root),), output=str(root / "out"), allow_nested=True))
    with pytest.raises(InputError, match="no such file"):  # a bad input: exit 1, as for one file
        check_options(BatchOptions(inputs=(str(tmp_path / "nope"),), output="o"))


def test_nested_outdir_is_not_walked(tree: tuple[Path, dict[str, str]]) -> None:
    root, _ = tree
    options = BatchOptions(inputs=(str(root),), output=str(root / "out"), allow_nested=True)
    first = run_batch(options)
    second = run_batch(options)
    assert second.total == first.total and second.cleaned == 0


def test_public_names_pickle() -> None:
    options = BatchOptions(inputs=("a",), output="o")
    item = InputFile("a/b.txt", "b.txt", "a")
    result = FileResult("a/b.txt", "cleaned", None, {"removed_spam": 1}, 10, 5)
    for value in (options, item, result, clean_file):
        assert pickle.loads(pickle.dumps(value)) == value


def test_collisions_between_directories_given_with_one_name(tmp_path: Path) -> None:
    """``one/a`` and ``two/a`` both write under ``OUTDIR/a``: a file of the second whose
    output the first already claims is failed, at any depth; the others are cleaned."""
    page = "标题\n\n  正文。\n"
    for rel in ("one/a/x.txt", "one/a/sub/y.txt", "two/a/x.htm", "two/a/sub/y.txt", "two/a/z.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(page, encoding="utf-8")
    out, report = tmp_path / "out", tmp_path / "report.jsonl"
    options = BatchOptions(
        inputs=(str(tmp_path / "one" / "a"), str(tmp_path / "two" / "a")),
        output=str(out),
        include=("*.txt", "*.htm"),
        fmt="json",
        report=str(report),
    )
    summary = run_batch(options)
    assert (summary.cleaned, summary.failed) == (3, 2)
    records = {
        Path(r["path"]).relative_to(tmp_path).as_posix(): r
        for r in map(json.loads, report.read_text(encoding="utf-8").splitlines())
    }
    assert records["two/a/x.htm"]["reason"] == (
        f"same output as {tmp_path / 'one' / 'a' / 'x.txt'} (rename one)"
    )
    assert records["two/a/sub/y.txt"]["reason"].startswith("same output as ")
    assert records["two/a/z.txt"]["status"] == "cleaned"
    assert sorted(tree_bytes(out)) == ["a/sub/y.json", "a/x.json", "a/z.json"]


def test_long_listings_are_spooled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past Spool.IN_MEMORY inputs the listing goes to a temporary file: same outputs,
    same jsonl order, same report."""
    from batchtree import build_many

    from newsclean.batch import spool as batch

    root = tmp_path / "in"
    build_many(root, 40)
    (root / "d00" / "p00000.htm").write_text("标题\n\n  正文。\n", encoding="utf-8")
    runs = []
    for limit in (10_000, 3):
        monkeypatch.setattr(batch.Spool, "IN_MEMORY", limit)
        out, report = tmp_path / f"out{limit}", tmp_path / f"report{limit}.jsonl"
        options = BatchOptions(
            inputs=(str(root),), output=str(out), include=("*.txt", "*.htm"), report=str(report)
        )
        summary = run_batch(replace(options, jobs=2, chunk_size=4))
        assert (summary.total, summary.cleaned, summary.failed) == (41, 40, 1)
        stream = io.BytesIO()
        run_batch(replace(options, output=None, fmt="jsonl", report=None, jobs=1), stdout=stream)
        records = report.read_text(encoding="utf-8").replace(str(out), "OUTDIR")
        runs.append((tree_bytes(out), records, stream.getvalue()))
    assert runs[0] == runs[1]


def test_spool_keeps_order_past_memory() -> None:
    from newsclean.batch.spool import Spool

    spool: Spool[InputFile] = Spool()
    spool.IN_MEMORY = 5
    items = [InputFile(f"in/{i}\udcff.txt", f"{i}.txt", "in") for i in range(12)]
    for item in items:
        spool.append(item)
    assert len(spool) == 12 and list(spool) == items and list(spool) == items
    spool.close()


def test_summary_keeps_only_the_failures_it_shows() -> None:
    from newsclean.batch.summary import SHOWN_FAILURES, BatchSummary, format_summary

    summary = BatchSummary(total=SHOWN_FAILURES + 5, has_report=True)
    for i in range(SHOWN_FAILURES + 5):
        summary.add(FileResult(f"in/{i}.txt", "failed", "empty input"))
    assert summary.failed == SHOWN_FAILURES + 5 and len(summary.failures) == SHOWN_FAILURES
    text = format_summary(summary)
    assert text.count("  failed: in/") == SHOWN_FAILURES
    assert "… and 5 more failures (--report lists all)" in text

"""The Ray engine on a real local Ray cluster: the same outputs, report and summary as the
local batch; retries of a killed worker; a shard that still fails is reported, and a
rerun does only that shard.

Run with ``pytest -m ray`` (the main suite deselects them); needs the ray extra.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

import rayfaults  # noqa: E402
from batchtree import build_many, build_tree, tree_bytes  # noqa: E402

from newsclean.batch.options import BatchOptions  # noqa: E402
from newsclean.batch.ray_engine import SHARD_DIR, RayEngine, RayOptions  # noqa: E402
from newsclean.batch.run import run_batch  # noqa: E402


def run_ray(options: BatchOptions, ray_options: RayOptions, **kwargs: object) -> object:
    return run_batch(options, engine=RayEngine(ray_options), **kwargs)  # type: ignore[arg-type]


pytestmark = pytest.mark.ray

TESTS = Path(__file__).resolve().parent
PAGES = 300
SHARD = 25


@dataclass
class Cluster:
    address: str
    faults: Path
    corpus: Path  # pages/ (PAGES clean pages) and mixed/ (every kind of fault)
    reference: Path  # the local batch's per-file json outputs of corpus
    report: Path  # ... and its report

    def attempts(self) -> Counter[str]:
        log = self.faults / "attempts.log"
        if not log.exists():
            return Counter()
        return Counter(line.split()[0] for line in log.read_text().splitlines())

    def pids(self, name: str) -> set[str]:
        lines = (self.faults / "attempts.log").read_text().splitlines()
        return {line.split()[1] for line in lines if line.split()[0] == name}

    def reset(self) -> None:
        for path in self.faults.rglob("*"):
            if path.is_file():
                path.unlink()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    base = tmp_path_factory.mktemp("ray")
    corpus = base / "corpus"
    build_many(corpus / "pages", PAGES)
    (corpus / "mixed").mkdir()
    build_tree(corpus / "mixed")
    reference, report = base / "reference", base / "reference.jsonl"
    options = BatchOptions((str(corpus),), str(reference), fmt="json", jobs=2, report=str(report))
    run_batch(options)
    faults = base / "faults"
    for kind in ("crash-once", "crash-always"):
        (faults / kind).mkdir(parents=True)
    with pytest.MonkeyPatch.context() as env:
        # Loopback only (Ray read this variable when imported, hence the constant too);
        # workers inherit the environment and import rayfaults from here.
        env.setenv("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
        env.setattr(ray._private.ray_constants, "ENABLE_RAY_CLUSTER", False)
        env.setenv(rayfaults.ENV, str(faults))
        env.setenv("PYTHONPATH", os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]))
        ray.init(
            num_cpus=2,
            include_dashboard=False,
            log_to_driver=False,
            logging_level=logging.ERROR,
            runtime_env={"worker_process_setup_hook": rayfaults.install},
        )
        try:
            address = ray.get_runtime_context().gcs_address
            yield Cluster(address, faults, corpus, reference, report)
        finally:
            ray.shutdown()


def outputs(root: Path) -> dict[str, bytes]:
    """Every output under ``root``, the shard markers left out."""
    return {k: v for k, v in tree_bytes(root).items() if not k.startswith(SHARD_DIR + "/")}


def report_of(path: Path, outdir: Path) -> list[str]:
    return path.read_text(encoding="utf-8").replace(str(outdir), "OUTDIR").splitlines()


def summary_lines(stderr: str) -> list[str]:
    """The summary without its timings."""
    return [re.sub(r" in [0-9.]+ s \(.*\)$", "", line) for line in stderr.splitlines()]


# The cluster's settings reach the real command through the environment: loopback only,
# and RAY_AUTH_MODE=token, which ray.init sets when it starts a cluster with token
# authentication (a driver joining by explicit address needs it).


def newsclean(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}  # read now: the cluster's settings
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_cli_ray_matches_local(cluster: Cluster, tmp_path: Path) -> None:
    """The real command joins the running cluster; outputs, report, summary and exit code
    are those of the local batch, and every shard without a failure left a marker."""
    common = ("--format", "json", "-q")
    local = newsclean(
        cluster.corpus, "-o", tmp_path / "local", "--report", tmp_path / "l.jsonl", *common
    )
    out, report = tmp_path / "ray", tmp_path / "r.jsonl"
    remote = newsclean(
        cluster.corpus, "-o", out, "--report", report, *common,
        "--engine", "ray", "--address", cluster.address, "--shard-size", str(SHARD),
    )  # fmt: skip
    assert (remote.returncode, local.returncode) == (1, 1)  # binary.txt and empty.txt failed
    assert summary_lines(remote.stderr) == summary_lines(local.stderr)
    assert f"{PAGES + 12} files: {PAGES + 8} cleaned, 2 skipped" in remote.stderr
    assert outputs(out) == outputs(tmp_path / "local") == outputs(cluster.reference)
    assert report_of(report, out) == report_of(tmp_path / "l.jsonl", tmp_path / "local")
    shards = -(-(PAGES + 10) // SHARD)  # 310 files reach the shards (2 skipped by the walk)
    assert len(list((out / SHARD_DIR).glob("*.done"))) == shards - 1  # mixed/ has failures


def test_jsonl_matches_local(cluster: Cluster, tmp_path: Path) -> None:
    """One jsonl stream (gzip, and stdout), merged from the shards in input order."""
    pages = str(cluster.corpus / "pages")
    local = run_batch(BatchOptions((pages,), str(tmp_path / "l.jsonl.gz"), fmt="jsonl", jobs=2))
    options = BatchOptions((pages,), str(tmp_path / "r.jsonl.gz"), fmt="jsonl")
    remote = run_ray(options, RayOptions(shard_size=SHARD))
    assert (tmp_path / "r.jsonl.gz").read_bytes() == (tmp_path / "l.jsonl.gz").read_bytes()
    assert remote.to_dict() | {"seconds": 0} == local.to_dict() | {"seconds": 0}
    assert not (tmp_path / SHARD_DIR).exists()  # a run with no failure removes its parts
    stream, reference = io.BytesIO(), io.BytesIO()
    run_ray(BatchOptions((pages,), None, fmt="jsonl"), RayOptions(shard_size=40), stdout=stream)
    run_batch(BatchOptions((pages,), None, fmt="jsonl", jobs=2), stdout=reference)
    assert stream.getvalue() == reference.getvalue()


def test_killed_worker_is_retried(cluster: Cluster, tmp_path: Path) -> None:
    """A worker dies part way through a shard; Ray reruns the shard on a new worker and
    the run ends as if nothing happened."""
    cluster.reset()
    (cluster.faults / "crash-once" / "p00042.txt").touch()
    out = tmp_path / "out"
    summary = run_ray(
        BatchOptions((str(cluster.corpus),), str(out), fmt="json"), RayOptions(shard_size=SHARD)
    )
    assert not (cluster.faults / "crash-once" / "p00042.txt").exists()  # the fault fired
    assert cluster.attempts()["p00042.txt"] == 2
    assert len(cluster.pids("p00042.txt")) == 2  # the second try ran in a new worker
    # The files the dead worker had finished have their outputs but no manifest row
    # (the driver never saw their results): the retry cleans them again, whole.
    assert (summary.failed, summary.exit_code) == (2, 1)
    assert summary.cleaned + summary.skipped == PAGES + 10
    assert outputs(out) == outputs(cluster.reference)


def test_shard_that_keeps_failing_then_resume(cluster: Cluster, tmp_path: Path) -> None:
    """A shard whose worker dies on every try is reported file by file, not fatal; the
    rerun skips every completed shard and does only that one."""
    cluster.reset()
    (cluster.faults / "crash-always" / "p00100.txt").touch()
    out, report = tmp_path / "out", tmp_path / "report.jsonl"
    options = BatchOptions(
        (str(cluster.corpus / "pages"),), str(out), fmt="json", report=str(report)
    )
    first = run_ray(options, RayOptions(shard_size=SHARD, max_retries=1))
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    failed = [r for r in records if r["status"] == "failed"]
    assert len(failed) == SHARD and first.failed == SHARD and first.exit_code == 1
    assert first.cleaned == PAGES - SHARD
    assert all(r["reason"].startswith("ray task failed after 1 retries") for r in failed)
    assert cluster.attempts()["p00100.txt"] == 2  # the first try and Ray's one retry
    assert len(list((out / SHARD_DIR).glob("*.done"))) == PAGES // SHARD - 1
    lost = {Path(r["path"]).name for r in failed}

    cluster.reset()
    second = run_ray(options, RayOptions(shard_size=SHARD, max_retries=1))
    assert set(cluster.attempts()) == lost  # completed shards were not sent again
    assert second.exit_code == 0 and second.failed == 0
    assert second.cleaned + second.skipped == PAGES and second.cleaned <= SHARD
    assert outputs(out) == {
        k.removeprefix("pages/"): v
        for k, v in outputs(cluster.reference).items()
        if k.startswith("pages/")
    }


def test_interrupt_then_resume(cluster: Cluster, tmp_path: Path) -> None:
    """SIGINT part way: exit 130, the finished shards are marked and reported, nothing is
    half-written; the rerun sends only the rest and the result is the full local run's."""
    pages, count = tmp_path / "in", 1500
    build_many(pages, count)
    out, report = tmp_path / "out", tmp_path / "report.jsonl"
    args = [sys.executable, "-m", "newsclean", str(pages), "-o", str(out), "--report", str(report)]
    args += ["--engine", "ray", "--address", cluster.address, "--shard-size", "20"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob(f"{SHARD_DIR}/*.done"))) < 5:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert b"interrupted" in stderr
    marked = len(list(out.glob(f"{SHARD_DIR}/*.done")))
    finished = len(report.read_text(encoding="utf-8").splitlines())
    assert 5 * 20 <= marked * 20 <= finished < count
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]

    rerun = run_ray(BatchOptions((str(pages),), str(out)), RayOptions(shard_size=20))
    assert rerun.exit_code == 0
    assert rerun.skipped >= marked * 20 and rerun.cleaned + rerun.skipped == count
    reference = tmp_path / "reference"
    run_batch(BatchOptions((str(pages),), str(reference), jobs=2))
    assert outputs(out) == outputs(reference)

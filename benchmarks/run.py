"""Throughput, start-up and memory of newsclean, side by side with the OpenCC conversion it wraps.

    python benchmarks/run.py                   # 10,000 pages (~100 MB), about 10 minutes on 2 cores
    python benchmarks/run.py --quick           # 300 pages, under a minute (a smoke run for CI)
    python benchmarks/run.py --pages 20000 --out results.json

Run it from the repository root with the environment newsclean is installed in.  It

1. builds a corpus deterministically (seeded) from ``fixtures/`` and ``eval/pages/`` in a
   temporary directory: pages of about 10 KB, each a title, a byline and paragraphs
   drawn from the real pages, with spam lines between paragraphs on 40 % of the pages,
   pinyin-annotated paragraphs on 20 %, mojibake on 10 %, nothing to remove on 20 % and
   GB18030 bytes on 10 %;
2. decodes every page once, then times on exactly those texts (1) ``OpenCC("t2s").convert``
   alone and (2) ``clean()`` + ``render(doc, "json")`` in this process (median of
   ``--repeat`` passes);
3. times the CLI ``newsclean DIR --format jsonl -j 1`` and ``-j 2`` as whole processes;
4. times start-up, ``newsclean fixtures/000_da2a06443414a7f3.txt`` as a whole process,
   against ``python -c "import click, regex, opencc"`` (median of ``--startup-runs``);
5. breaks the library's time down per filter (timers around each pipeline step) and
   prints the top of a cProfile run;
6. reads the peak RSS of the CLI batch (``-j 2``, workers included: the maximum over
   the process tree, from ``wait4``) on the corpus and on a corpus twice as large;
7. the short-lines case: one file of ``--short-mb`` MB of one-character lines (a random
   common Han character each, seeded), cleaned by ``newsclean FILE -o OUT`` as a whole
   process, in seconds per MB (wall and CPU) and peak RSS per MB of input (also above the
   RSS of the same command on one ordinary page), next to the seconds per MB of ordinary
   pages (the CLI, ``--format jsonl -j 1``, on a corpus as large as the file, 1,000 pages
   at least).  ``--short-lines`` runs this case alone::

    python benchmarks/run.py --short-lines                 # 5 MB each, about a minute
    python benchmarks/run.py --short-lines --short-mb 10

Every figure is wall-clock time (the short-lines case adds CPU time, which other work on
the machine disturbs less); the machine's load average is printed before and after,
since other work on the machine slows every figure.  ``--out`` writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "fixtures" / "000_da2a06443414a7f3.txt"
SEED = 20250702
PAGE_BYTES = 10_000

# --------------------------------------------------------------------------- corpus


def _source_pools() -> dict[str, list[str]]:
    """Lines of the real pages, sorted by what newsclean does to them."""
    from newsclean import clean_bytes

    pools: dict[str, list[str]] = {
        k: [] for k in ("title", "metadata", "body", "spam", "pinyin", "mojibake", "nav")
    }
    sources = sorted((ROOT / "fixtures").glob("*.txt")) + sorted(
        (ROOT / "eval/pages").glob("*.txt")
    )
    for path in sources:
        doc = clean_bytes(path.read_bytes(), path=str(path))
        for record in doc.lines:
            filters = {ev.filter for ev in record.evidence}
            original = record.original.strip().replace("\r", "")
            if not original:
                continue
            if record.placement == "removed":
                key = "spam" if record.reason == "spam" else "nav"
            elif "mojibake" in filters:
                key = "mojibake"
            elif "pinyin" in filters:
                key = "pinyin"
            elif record.placement in ("title", "metadata"):
                key = record.placement
            elif record.placement in ("body", "caption", "heading"):
                key = "body"
            else:
                continue
            pools[key].append(original)
    return {k: sorted(set(v)) for k, v in pools.items()}


def _page(rng: random.Random, pools: dict[str, list[str]], kind: str) -> str:
    out = [rng.choice(pools["title"]), ""]
    if rng.random() < 0.5 and pools["nav"]:
        out = [rng.choice(pools["nav"]), "", *out]
    out += [rng.choice(pools["metadata"]), ""]
    size = sum(len(line.encode()) for line in out)
    while size < PAGE_BYTES:
        if kind == "pinyin" and rng.random() < 0.5:
            paragraph = rng.choice(pools["pinyin"])
        elif kind == "mojibake" and rng.random() < 0.15:
            paragraph = rng.choice(pools["mojibake"])
        else:
            paragraph = rng.choice(pools["body"])
        out += ["\u3000\u3000" + paragraph, ""]
        if kind == "spam" and rng.random() < 0.3:
            out += [rng.choice(pools["spam"]), ""]
        size += len(paragraph.encode()) + 8
    return "\n".join(out)


KINDS = (
    "spam",
    "spam",
    "spam",
    "spam",
    "pinyin",
    "pinyin",
    "mojibake",
    "clean",
    "clean",
    "gb18030",
)


def build_corpus(directory: Path, pages: int) -> int:
    """Write ``pages`` pages into ``directory``; return the bytes written.  Page ``i`` is the
    same whatever ``pages`` is, so a corpus twice as large holds the first one."""
    pools = _source_pools()
    directory.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(pages):
        rng = random.Random(SEED * 1_000_003 + i)
        kind = KINDS[i % len(KINDS)]
        text = _page(rng, pools, "clean" if kind == "gb18030" else kind)
        data = text.encode("gb18030" if kind == "gb18030" else "utf-8")
        sub = directory / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:06d}_{kind}.txt").write_bytes(data)
        total += len(data)
    return total


def read_corpus(directory: Path) -> list[str]:
    from newsclean.decode import decode_bytes

    return [decode_bytes(p.read_bytes()).text for p in sorted(directory.rglob("*.txt"))]


#: Common Han characters the short-lines case draws from, one per line.
SHORT_LINE_CHARACTERS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能"
    "下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量"
    "都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各"
)


#: Ordinary pages the short-lines case is compared with, at least: on fewer, the batch's
#: start (the pool, its workers' imports) weighs on the seconds per MB.
MIN_ORDINARY_PAGES = 1000


def build_short_lines(path: Path, megabytes: float) -> int:
    """Write ``megabytes`` MB of one-character lines (4 bytes each in UTF-8) to ``path``."""
    rng = random.Random(SEED)
    count = int(megabytes * 1e6) // 4
    data = "".join(rng.choice(SHORT_LINE_CHARACTERS) + "\n" for _ in range(count)).encode()
    path.write_bytes(data)
    return len(data)


# --------------------------------------------------------------------------- measures


def _timed(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _rate(seconds: float, megabytes: float, pages: int) -> dict[str, float]:
    return {
        "seconds": round(seconds, 3),
        "mb_per_s": round(megabytes / seconds, 2),
        "pages_per_s": round(pages / seconds, 1),
    }


def measure_library(texts: list[str], repeat: int) -> tuple[float, float]:
    import opencc

    from newsclean import clean
    from newsclean.render import render

    converter = opencc.OpenCC("t2s")
    clean(texts[0])  # load the converter, lexicons and readings before timing

    def convert_all() -> None:
        for text in texts:
            converter.convert(text)

    def clean_all() -> None:
        for text in texts:
            render(clean(text), "json")

    return _timed(convert_all, repeat), _timed(clean_all, repeat)


def _run(command: list[str], stdout: Any = subprocess.DEVNULL) -> float:
    """Wall seconds of one process."""
    start = time.perf_counter()
    result = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, env=_ENV, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {result.stderr.decode()[-2000:]}")
    return elapsed


# Runs the command and reports (seconds, peak RSS in KB of it and every process it waited
# for).  A small process of its own starts the command: Linux carries the peak RSS across
# fork and exec, so a command forked straight from this process (which holds the whole
# corpus in memory) would report this process's peak, not its own.
_MEASURE = """
import os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
code = os.waitstatus_to_exitcode(status)
with open(sys.argv[1], "w") as out:
    cpu = usage.ru_utime + usage.ru_stime
    out.write(f"{time.perf_counter() - start} {usage.ru_maxrss} {code} {cpu}")
"""


def _run_measured(command: list[str], stdout: Any, workdir: Path) -> tuple[float, int]:
    """(wall seconds, peak RSS in KB over the process tree) of one process."""
    seconds, rss, _ = _run_measured_cpu(command, stdout, workdir)
    return seconds, rss


def _run_measured_cpu(command: list[str], stdout: Any, workdir: Path) -> tuple[float, int, float]:
    """(wall seconds, peak RSS in KB, CPU seconds) over the process tree of one process.

    CPU seconds (user + system, the process and every child it waited for) move less than
    wall time when other work loads the machine."""
    report = workdir / "measure.txt"
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(report), *command],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=_ENV,
        check=False,
    )
    seconds, rss, status, cpu = report.read_text().split()
    if result.returncode != 0 or int(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed: {result.stderr.decode()[-2000:]}")
    return float(seconds), int(rss), float(cpu)


#: Child processes may write byte-code caches, as an installed package has them: with
#: PYTHONDONTWRITEBYTECODE set, every start would compile newsclean's sources again.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _newsclean() -> list[str]:
    script = shutil.which("newsclean", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "newsclean"]


def measure_cli(corpus: Path, jobs: int, workdir: Path) -> tuple[float, int]:
    out = workdir / f"out-j{jobs}.jsonl"
    with out.open("wb") as handle:
        seconds, rss = _run_measured(
            [*_newsclean(), str(corpus), "--format", "jsonl", "-j", str(jobs)], handle, workdir
        )
    return seconds, rss


def short_lines_case(megabytes: float, workdir: Path, ordinary_pages: int) -> dict[str, Any]:
    """The short-lines figures next to those of ``ordinary_pages`` ordinary pages (the CLI,
    ``--format jsonl -j 1``), both in wall and CPU seconds per MB of input."""
    path = workdir / "short-lines.txt"
    size = build_short_lines(path, megabytes) / 1e6
    corpus = workdir / "ordinary"
    corpus_mb = build_corpus(corpus, ordinary_pages) / 1e6
    with (workdir / "ordinary.jsonl").open("wb") as handle:
        ordinary_wall, _, ordinary_cpu = _run_measured_cpu(
            [*_newsclean(), str(corpus), "--format", "jsonl", "-j", "1"], handle, workdir
        )
    shutil.rmtree(corpus)
    out = workdir / "short-lines.out.txt"
    wall, rss, cpu = _run_measured_cpu(
        [*_newsclean(), str(path), "-o", str(out)], subprocess.DEVNULL, workdir
    )
    # What the process holds before any page: the same command on the reference page.
    _, start_rss, _ = _run_measured_cpu(
        [*_newsclean(), str(REFERENCE), "-o", str(out)], subprocess.DEVNULL, workdir
    )
    path.unlink()
    return {
        "megabytes": round(size, 2),
        "lines": int(size * 1e6) // 4,
        "seconds": round(wall, 2),
        "s_per_mb": round(wall / size, 3),
        "cpu_s_per_mb": round(cpu / size, 3),
        "peak_rss_mb": round(rss / 1024, 1),
        "peak_rss_mb_per_mb": round(rss / 1024 / size, 1),
        "start_rss_mb": round(start_rss / 1024, 1),
        "peak_rss_above_start_mb_per_mb": round((rss - start_rss) / 1024 / size, 1),
        "ordinary_megabytes": round(corpus_mb, 2),
        "ordinary_s_per_mb": round(ordinary_wall / corpus_mb, 3),
        "ordinary_cpu_s_per_mb": round(ordinary_cpu / corpus_mb, 3),
        "s_per_mb_over_ordinary": round(wall / size / (ordinary_wall / corpus_mb), 2),
        "cpu_s_per_mb_over_ordinary": round(cpu / size / (ordinary_cpu / corpus_mb), 2),
    }


def _print_short_lines(short: dict[str, Any]) -> None:
    print(
        f"short lines: {short['megabytes']} MB, {short['lines']} one-character lines, "
        f"newsclean FILE -o OUT: {short['seconds']} s"
    )
    print(
        f"  wall {short['s_per_mb']:.3f} s/MB, ordinary pages (-j 1, {short['ordinary_megabytes']}"
        f" MB) {short['ordinary_s_per_mb']:.3f} s/MB: ratio {short['s_per_mb_over_ordinary']:.2f}"
        " (target <= 3)"
    )
    print(
        f"  CPU  {short['cpu_s_per_mb']:.3f} s/MB, ordinary pages"
        f" {short['ordinary_cpu_s_per_mb']:.3f} s/MB:"
        f" ratio {short['cpu_s_per_mb_over_ordinary']:.2f}"
    )
    print(
        f"  peak RSS {short['peak_rss_mb']} MB = {short['peak_rss_mb_per_mb']} MB per MB of input"
        f" (target <= 40); {short['peak_rss_above_start_mb_per_mb']} MB per MB above the"
        f" {short['start_rss_mb']} MB of a process cleaning one ordinary page"
    )


def measure_startup(runs: int) -> tuple[float, float]:
    cli = [*_newsclean(), str(REFERENCE)]
    bare = [sys.executable, "-c", "import click, regex, opencc"]
    _run(cli), _run(bare)  # warm-up: byte-code caches written, files in the page cache
    cli_times, bare_times = [], []
    for _ in range(runs):  # interleaved, so drifting load hits both alike
        cli_times.append(_run(cli))
        bare_times.append(_run(bare))
    return statistics.median(cli_times), statistics.median(bare_times)


STEPS = (
    ("newsclean.pipeline", "split_lines", "normalize"),
    ("newsclean.pipeline", "normalize_lines", "normalize"),
    ("newsclean.filters.spam", "spam_verdicts", "spam"),
    ("newsclean.filters.pinyin", "strip_annotations", "pinyin"),
    ("newsclean.filters.mojibake", "find_mojibake", "mojibake"),
    ("newsclean.pipeline", "convert_lines", "convert (OpenCC)"),
    ("newsclean.pipeline", "_simplify_lines", "convert (OpenCC)"),
    ("newsclean.pipeline", "classify", "structure"),
    ("newsclean.pipeline", "_assemble", "document assembly"),
)


def per_filter(texts: list[str]) -> tuple[dict[str, float], str]:
    """Seconds per pipeline step over ``texts`` (timers around each step), and a cProfile top."""
    import importlib

    from newsclean import clean
    from newsclean.render import render

    totals: dict[str, float] = {}
    saved = []
    inner: list[float] = []  # time spent in timed steps nested in the running one

    for module_name, attribute, label in STEPS:
        module = importlib.import_module(module_name)
        original = getattr(module, attribute, None)
        if original is None:
            continue
        saved.append((module, attribute, original))

        def timed(*args: Any, __f: Any = original, __label: str = label, **kwargs: Any) -> Any:
            inner.append(0.0)
            start = time.perf_counter()
            try:
                return __f(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - start
                nested = inner.pop()
                totals[__label] = totals.get(__label, 0.0) + elapsed - nested  # own time only
                if inner:
                    inner[-1] += elapsed

        setattr(module, attribute, timed)
    try:
        rendering = 0.0
        start = time.perf_counter()
        for text in texts:
            doc = clean(text)
            started = time.perf_counter()
            render(doc, "json")
            rendering += time.perf_counter() - started
        totals["total (clean + json)"] = time.perf_counter() - start
        totals["JSON rendering"] = rendering
    finally:
        for module, attribute, original in saved:
            setattr(module, attribute, original)
    totals["other pipeline code"] = totals["total (clean + json)"] - sum(
        v for k, v in totals.items() if not k.startswith("total")
    )
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        render(clean(text), "json")
    profiler.disable()
    stream = io.StringIO()
    pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(15)
    return totals, stream.getvalue()


# --------------------------------------------------------------------------- report


def machine() -> dict[str, Any]:
    import opencc

    version = getattr(opencc, "__version__", None)
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version("opencc")
    return {
        "cores": os.cpu_count(),
        "cpu": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "opencc": version,
        "platform": platform.platform(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=10_000, help="corpus size (default 10000)")
    parser.add_argument("--quick", action="store_true", help="300 pages, fewer repeats (< 60 s)")
    parser.add_argument("--repeat", type=int, default=3, help="passes of the in-process measures")
    parser.add_argument("--startup-runs", type=int, default=20)
    parser.add_argument("--profile-pages", type=int, default=500)
    parser.add_argument("--no-double", action="store_true", help="skip the 2x corpus RSS run")
    parser.add_argument("--out", type=Path, help="write the figures as JSON")
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    parser.add_argument(
        "--short-lines", action="store_true", help="only the short-lines case (time and peak RSS)"
    )
    parser.add_argument(
        "--short-mb", type=float, default=5.0, help="size of the short-lines file (default 5)"
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.pages, args.repeat, args.startup_runs, args.profile_pages = 300, 1, 5, 100
        args.short_mb = min(args.short_mb, 1.0)
    if args.short_lines:
        return _short_lines_only(args)

    results: dict[str, Any] = {"machine": machine(), "load_before": os.getloadavg()}
    workdir = Path(tempfile.mkdtemp(prefix="newsclean-bench-"))
    try:
        corpus = args.keep or workdir / "corpus"
        print(f"building {args.pages} pages in {corpus} …", file=sys.stderr)
        corpus_bytes = build_corpus(corpus, args.pages)
        texts = read_corpus(corpus)
        megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        results["corpus"] = {
            "pages": len(texts),
            "bytes_on_disk": corpus_bytes,
            "utf8_megabytes": round(megabytes, 1),
        }

        print("in-process: conversion alone, clean + json …", file=sys.stderr)
        convert_s, clean_s = measure_library(texts, args.repeat)
        results["conversion"] = _rate(convert_s, megabytes, len(texts))
        results["library"] = _rate(clean_s, megabytes, len(texts))

        disk_mb = corpus_bytes / 1e6
        for jobs in (1, 2):
            print(f"CLI -j {jobs} …", file=sys.stderr)
            seconds, rss = measure_cli(corpus, jobs, workdir)
            results[f"cli_j{jobs}"] = {
                **_rate(seconds, disk_mb, len(texts)),
                "peak_rss_mb": round(rss / 1024, 1),
            }

        print("start-up …", file=sys.stderr)
        startup, bare = measure_startup(args.startup_runs)
        results["startup"] = {
            "newsclean_file_s": round(startup, 4),
            "bare_imports_s": round(bare, 4),
        }

        print("per-filter breakdown …", file=sys.stderr)
        totals, profile = per_filter(texts[: args.profile_pages])
        results["per_filter_ms_per_page"] = {
            k: round(1000 * v / min(len(texts), args.profile_pages), 3)
            for k, v in sorted(totals.items(), key=lambda kv: -kv[1])
        }

        if not args.no_double:
            print(f"CLI -j 2 on {2 * args.pages} pages (peak RSS) …", file=sys.stderr)
            double = workdir / "double"
            double_bytes = build_corpus(double, 2 * args.pages)
            seconds, rss = measure_cli(double, 2, workdir)
            results["cli_j2_double"] = {
                **_rate(seconds, double_bytes / 1e6, 2 * args.pages),
                "peak_rss_mb": round(rss / 1024, 1),
            }
            shutil.rmtree(double)

        print(f"short lines: {args.short_mb} MB of one-character lines …", file=sys.stderr)
        pages = _ordinary_pages(args)
        results["short_lines"] = short_lines_case(args.short_mb, workdir, pages)
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    results["load_after"] = os.getloadavg()

    ratios = {
        "library_over_conversion": results["library"]["mb_per_s"]
        / results["conversion"]["mb_per_s"],
        "j2_over_j1": results["cli_j2"]["mb_per_s"] / results["cli_j1"]["mb_per_s"],
        "startup_over_bare_imports": results["startup"]["newsclean_file_s"]
        / results["startup"]["bare_imports_s"],
    }
    if "cli_j2_double" in results:
        ratios["rss_double_over_corpus"] = (
            results["cli_j2_double"]["peak_rss_mb"] / results["cli_j2"]["peak_rss_mb"]
        )
    results["ratios"] = {k: round(v, 3) for k, v in ratios.items()}
    _print(results, profile)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def _ordinary_pages(args: argparse.Namespace) -> int:
    """Ordinary pages to compare the short lines with: as many MB, 1,000 pages at least
    (``--quick``: the corpus size, a smoke run)."""
    if args.quick:
        return int(args.pages)
    return max(MIN_ORDINARY_PAGES, round(args.short_mb * 1e6 / PAGE_BYTES))


def _short_lines_only(args: argparse.Namespace) -> int:
    results: dict[str, Any] = {"machine": machine(), "load_before": os.getloadavg()}
    workdir = Path(tempfile.mkdtemp(prefix="newsclean-bench-"))
    try:
        pages = _ordinary_pages(args)
        print(f"short lines: {args.short_mb} MB, against {pages} ordinary pages …", file=sys.stderr)
        results["short_lines"] = short_lines_case(args.short_mb, workdir, pages)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    results["load_after"] = os.getloadavg()
    print(f"load average before/after: {results['load_before']} / {results['load_after']}")
    _print_short_lines(results["short_lines"])
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def _print(results: dict[str, Any], profile: str) -> None:
    m = results["machine"]
    c = results["corpus"]
    print(
        f"machine: {m['cores']} cores, Python {m['python']}, OpenCC {m['opencc']}, {m['platform']}"
    )
    print(f"load average before/after: {results['load_before']} / {results['load_after']}")
    print(
        f"corpus: {c['pages']} pages, {c['utf8_megabytes']} MB as UTF-8, "
        f"{c['bytes_on_disk']} bytes on disk"
    )
    print()
    print(f"{'measure':<34}{'seconds':>9}{'MB/s':>9}{'pages/s':>10}{'peak RSS MB':>13}")
    rows = [
        ("conversion alone (OpenCC t2s)", "conversion"),
        ("library: clean() + JSON", "library"),
        ("CLI --format jsonl -j 1", "cli_j1"),
        ("CLI --format jsonl -j 2", "cli_j2"),
        ("CLI -j 2, corpus x2", "cli_j2_double"),
    ]
    for label, key in rows:
        if key in results:
            r = results[key]
            rss = f"{r['peak_rss_mb']:.1f}" if "peak_rss_mb" in r else ""
            print(
                f"{label:<34}{r['seconds']:>9.2f}{r['mb_per_s']:>9.2f}{r['pages_per_s']:>10.1f}{rss:>13}"
            )
    s = results["startup"]
    print(
        f"start-up: newsclean FILE {1000 * s['newsclean_file_s']:.0f} ms, "
        f"bare imports {1000 * s['bare_imports_s']:.0f} ms"
    )
    if "short_lines" in results:
        _print_short_lines(results["short_lines"])
    print()
    for key, value in results["ratios"].items():
        print(f"{key:<28}{value:.3f}")
    print()
    print("per-filter breakdown (ms per page):")
    for key, value in results["per_filter_ms_per_page"].items():
        print(f"  {key:<26}{value:8.3f}")
    print()
    print(profile)


if __name__ == "__main__":
    sys.exit(main())

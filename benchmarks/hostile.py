"""Hostile inputs for ``clean_bytes``: time and peak memory at size N and 2N.

Each case builds one page of bytes from a size.  Each (case, size) runs in a fresh
Python process, so that peak memory is that case's alone; the process cleans a small
page first (the converter, the readings and the lexicons load once per process), then
times ``clean_bytes`` on the hostile page in CPU seconds of this process (the
fastest of a few runs within ``REPEAT_BUDGET`` seconds: other processes on a busy
machine then disturb the figure little) and reads its peak resident memory
(``resource.getrusage``).  The growth ratio is time(2N) / time(N): linear work gives
about 2; above ~2.2 means something grows faster than the input.

    python benchmarks/hostile.py                  # every case at full size (a few minutes)
    python benchmarks/hostile.py --scale 0.1      # a tenth of every size
    python benchmarks/hostile.py --case parens    # one case
    python benchmarks/hostile.py --markdown       # the table for the README

Exit status 1 when a case raises anything but ``InputError``, or grows faster than
``--max-ratio`` (default 2.2) in time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

GB_PAGE = (
    "湖北、湖南、安徽三省援藏干部人才：同心凝聚合力 共谱雅砻新曲\n"
    "发布时间: 2025-07-02 16:05:00 来源: 西藏日报\n"
    "　　自2022年夏天，湖北、湖南第十批、安徽第八批援藏干部人才进藏以来，"
    "坚持以铸牢中华民族共同体意识为主线。\n"
)
SPAM_LINE = "澳门百家乐,六合彩开奖结果,代开发票,www.example.com,2024最新,私服传奇,"
SENTENCE = "自2022年夏天，湖北援藏干部人才进藏以来，發(fā)展产业、村(社區(qū))建设稳步推进。"


def _repeat(unit: str, length: int) -> str:
    """``unit`` repeated to ``length`` characters."""
    return (unit * (length // len(unit) + 1))[:length]


def one_long_line(n: int) -> bytes:
    return _repeat(SENTENCE, n // 3).encode("utf-8")  # ~n bytes: 3 bytes per Han character


def one_char_lines(n: int) -> bytes:
    return "字\n".encode() * n


def open_parens(n: int) -> bytes:
    return ("標題\n\n　　發" + "發(" * n + "\n").encode("utf-8")


def question_marks(n: int) -> bytes:
    return ("標題\n\n　　中" + "?" * n + "文。\n").encode("utf-8")


def question_marks_among_han(n: int) -> bytes:
    return ("標題\n\n　　" + "偼?" * (n // 2) + "\n").encode("utf-8")


def commas(n: int) -> bytes:
    return ("標題\n\n" + "," * n + "\n" + "词," * (n // 2) + "\n").encode("utf-8")


def spam_line(n: int) -> bytes:
    return ("標題\n\n" + _repeat(SPAM_LINE, n // 2) + "\n　　正文。\n").encode("utf-8")


def repeated_annotations(n: int) -> bytes:
    half = n // 2
    return ("標題\n\n發" + "(a)" * half + "\n發" + "(fā)" * half + "\n").encode("utf-8")


def rare_pairs(n: int) -> bytes:
    """Uncommon characters only: every one starts a silent-slip search."""
    return ("標題\n\n" + _repeat("龘齉", n // 3) + "\n").encode("utf-8")


def symbol_row_among_han(n: int) -> bytes:
    """A symbol-row letter after each Han character: a stray-symbol sign at every step."""
    return ("標題\n\n" + _repeat("中ㄒ", n // 3) + "\n").encode("utf-8")


def letters_among_han(n: int) -> bytes:
    """A lone ASCII letter between Han characters: a Big5 trail byte to realign at every step."""
    return ("標題\n\n" + _repeat("a中", n // 2) + "\n").encode("utf-8")


def stripped_bits(n: int) -> bytes:
    """One line of GBK text read as 7-bit ASCII: bytes above 0x7F dropped, then the same
    text with its high bits cleared (trail-byte symbols among letters, no spaces)."""
    gbk = GB_PAGE.replace("\n", "").encode("gbk")
    unit = gbk.decode("ascii", errors="ignore") + "," + bytes(b & 0x7F for b in gbk).decode()
    return ("标题\n\n" + _repeat(unit, n) + "\n").encode("utf-8")


def nul_bytes(n: int) -> bytes:
    unit = GB_PAGE.encode("utf-8")
    page = _repeat_bytes(unit, n)
    step = 400  # one NUL per 400 bytes: under the binary threshold, so it is cleaned
    return b"".join(page[i : i + step] + b"\0" for i in range(0, len(page), step))


def invalid_utf8_in_gb18030(n: int) -> bytes:
    page = _repeat_bytes(GB_PAGE.encode("gb18030"), n)
    middle = len(page) // 2
    return page[:middle] + b"\xe6\x96\xb0\xff\xfe\xc3\x28" * 8 + page[middle:]


def wrong_encoding(n: int) -> bytes:
    """Windows-1252 prose: no Chinese encoding fits, so the detector's guess is wrong."""
    unit = "Café résumé: naïve façade, déjà vu — “quoted” ½ £5 §3 ±1 ÷ ×\n"
    return _repeat(unit, n).encode("cp1252")


def _repeat_bytes(unit: bytes, length: int) -> bytes:
    return (unit * (length // len(unit) + 1))[:length]


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[int], bytes]
    size: int  # N at full scale
    what: str


CASES = (
    Case("long_line", one_long_line, 10_000_000, "one 10 MB line"),
    Case("char_lines", one_char_lines, 1_000_000, "1,000,000 one-character lines"),
    Case("parens", open_parens, 100_000, "100,000 `(` without `)`, each after a Han character"),
    Case("questions", question_marks, 100_000, "100,000 `?` between two Han characters"),
    Case("questions_han", question_marks_among_han, 100_000, "`偼?` alternating, 100,000 chars"),
    Case("commas", commas, 50_000, "a line of 50,000 commas, and 25,000 `词,`"),
    Case("spam_line", spam_line, 1_000_000, "one spam line of 1 MB"),
    Case("annotations", repeated_annotations, 100_000, "`發(a)(a)…` and `發(fā)(fā)…`"),
    Case("rare_pairs", rare_pairs, 3_000_000, "one 3 MB line of uncommon characters (龘齉)"),
    Case("symbol_row", symbol_row_among_han, 3_000_000, "one 3 MB line of `中ㄒ`"),
    Case("letters_han", letters_among_han, 2_000_000, "one 2 MB line of `a中`"),
    Case("stripped_bits", stripped_bits, 10_000_000, "one 10 MB line of GBK read as 7-bit"),
    Case("nul_bytes", nul_bytes, 2_000_000, "2 MB of text with a NUL byte every 400 bytes"),
    Case("gb18030_bad", invalid_utf8_in_gb18030, 2_000_000, "2 MB GB18030, bad bytes mid-file"),
    Case("wrong_encoding", wrong_encoding, 2_000_000, "2 MB Windows-1252: detector must guess"),
)


#: Seconds a case may spend on repeated runs; the fastest run is reported (less noise).
REPEAT_BUDGET = 3.0


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_one(name: str, size: int) -> dict[str, object]:
    """In this process: warm up, then clean one hostile page and measure it."""
    from newsclean import InputError, clean_bytes

    case = next(c for c in CASES if c.name == name)
    clean_bytes(GB_PAGE.encode("utf-8") + "發(fā)展\n".encode())  # load everything lazy
    data = case.make(size)
    baseline = _peak_rss_mb()
    outcome = "ok"
    best = float("inf")
    spent = 0.0
    for _ in range(5):  # the best of a few runs, within a budget
        start, wall = time.process_time(), time.perf_counter()
        try:
            doc = clean_bytes(data)
            lines = len(doc.lines)
            del doc
        except InputError as exc:
            outcome, lines = f"InputError: {exc}", 0
        took = time.process_time() - start
        best, spent = min(best, took), spent + time.perf_counter() - wall
        if spent + took > REPEAT_BUDGET:  # the next run would overrun the budget
            break
    seconds = best
    return {
        "case": name,
        "size": size,
        "bytes": len(data),
        "seconds": round(seconds, 3),
        "peak_mb": round(_peak_rss_mb(), 1),
        "growth_mb": round(_peak_rss_mb() - baseline, 1),
        "outcome": outcome,
        "lines": lines,
    }


def measure(name: str, size: int, timeout: float) -> dict[str, object]:
    """Run one (case, size) in a fresh process; a crash or timeout is a result too."""
    command = [sys.executable, os.path.abspath(__file__), "--run", name, str(size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"case": name, "size": size, "outcome": f"timeout after {timeout:.0f} s"}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"case": name, "size": size, "outcome": f"crashed: {last}"}
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every N by this")
    parser.add_argument("--case", action="append", help="run only this case (repeatable)")
    parser.add_argument("--max-ratio", type=float, default=2.2)
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per run")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--run", nargs=2, metavar=("CASE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        print(json.dumps(run_one(args.run[0], int(args.run[1]))))
        return 0

    failed = False
    rows = []
    for case in CASES:
        if args.case and case.name not in args.case:
            continue
        n = max(int(case.size * args.scale), 1)
        small = measure(case.name, n, args.timeout)
        large = measure(case.name, 2 * n, args.timeout)
        ratio = None
        if "seconds" in small and "seconds" in large:
            ratio = float(large["seconds"]) / max(float(small["seconds"]), 1e-3)  # type: ignore[arg-type]
        bad = [r for r in (small, large) if not str(r["outcome"]).startswith(("ok", "InputError"))]
        slow = ratio is not None and ratio > args.max_ratio and float(large["seconds"]) > 0.05  # type: ignore[arg-type]
        failed = failed or bool(bad) or slow
        rows.append((case, small, large, ratio, "FAIL" if bad or slow else "ok"))
        if not args.markdown:
            print(
                f"{case.name:15} N={n:>10,}  "
                f"{small.get('seconds', '-')!s:>7} s {small.get('peak_mb', '-')!s:>7} MB  |  "
                f"2N: {large.get('seconds', '-')!s:>7} s {large.get('peak_mb', '-')!s:>7} MB  "
                f"ratio {ratio if ratio is None else round(ratio, 2)}  "
                f"{large['outcome']}",
                flush=True,
            )
    if args.markdown:
        print("| case | N | time N | peak RSS N | time 2N | peak RSS 2N | ratio | verdict |")
        print("|---|---:|---:|---:|---:|---:|---:|---|")
        for case, small, large, ratio, verdict in rows:
            print(
                f"| {case.what} | {small['size']:,} | {small.get('seconds', '-')} s "
                f"| {small.get('peak_mb', '-')} MB | {large.get('seconds', '-')} s "
                f"| {large.get('peak_mb', '-')} MB | "
                f"{'-' if ratio is None else f'{ratio:.2f}'} | {verdict}: {large['outcome']} |"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Measure the page's foot, head and tool lines on harvested real pages (``foot_r42.tsv``).

    python eval/harvest_foot.py            # hits by half and label, then every miss
    python eval/harvest_foot.py --check    # exit 1 when a half's hits fall below its floor

Each url's rows (``tests/data/harvest/foot_r42.tsv``, round 42) are the printed lines of one
stored page in their order; the page is cleaned whole and each row's ``Document.lines``
record says where it went.  A ``tool`` or ``notice`` row is right when removed (or the
copyright field), an ``aside`` when anything but body or heading, a ``keep`` (the article's
text, the negatives) when neither removed nor a notice; ``ctx`` rows are not scored.  Half A
rows may be studied, half B rows only scored (``sha256(host) % 2``).  ``--also`` adds round
41's file, ``foot_r41.tsv``, in the same format; ``--r43`` measures round 43's file,
``foot_r43.tsv`` (the UI strings of publishing software), alone; ``--r44`` round 44's,
``foot_r44.tsv`` (the Chinese content systems' article templates), alone; ``--r47`` round
47's, ``foot_r47.tsv`` (lists of other stories and the foot beyond the article's end), alone.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from harvest_report import floor_exit

from newsclean import clean

HARVEST = Path(__file__).resolve().parent.parent / "tests" / "data" / "harvest"
TSV = HARVEST / "foot_r42.tsv"
ROUND_41 = HARVEST / "foot_r41.tsv"
ROUND_43 = HARVEST / "foot_r43.tsv"
ROUND_44 = HARVEST / "foot_r44.tsv"
ROUND_47 = HARVEST / "foot_r47.tsv"
#: Rows right per half (tool, notice and aside rows, then keep rows), measured on round 42's
#: branch: the check fails when either count falls.
FLOOR = {"A": (35, 30), "B": (50, 22)}
#: The same for round 43's file (``--r43``: UI strings of publishing software, h43-ui).
FLOOR_R43 = {"A": (27, 34), "B": (48, 34)}  # 44b: + 52pojie.cn edit stamp
#: The same for round 44's file (``--r44``: the content systems' article templates, h44-foot).
FLOOR_R44 = {"A": (9, 19), "B": (12, 24)}  # round 44b: + a Discuz! edit stamp row (B)
#: The same for round 47's file (``--r47``: where the article's run ends, h47-span).
FLOOR_R47 = {"A": (10, 6), "B": (6, 7)}


def pages(path: Path) -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list[tuple[str, str, str]]] = {}
    rows = [r for r in path.read_text(encoding="utf-8").splitlines() if r and r[0] != "#"]
    for row in rows[1:]:
        half, label, line, url = row.split("\t")
        out.setdefault(url, []).append((half, label, line))
    return out


def right(label: str, placement: str) -> bool:
    if label in ("tool", "notice"):
        return placement in ("removed", "copyright")
    if label == "aside":
        return placement not in ("body", "heading")
    return placement not in ("removed", "copyright")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 below the floors")
    parser.add_argument("--also", action="store_true", help="add round 41's foot_r41.tsv")
    parser.add_argument("--r43", action="store_true", help="round 43's foot_r43.tsv alone")
    parser.add_argument("--r44", action="store_true", help="round 44's foot_r44.tsv alone")
    parser.add_argument("--r47", action="store_true", help="round 47's foot_r47.tsv alone")
    args = parser.parse_args()
    paths = [TSV, ROUND_41] if args.also else [TSV]
    if args.r43:
        paths = [ROUND_43]
    if args.r44:
        paths = [ROUND_44]
    if args.r47:
        paths = [ROUND_47]
    floors = FLOOR_R44 if args.r44 else FLOOR_R43 if args.r43 else FLOOR
    floors = FLOOR_R47 if args.r47 else floors
    return report(paths, None if args.also else floors, args.check)


def report(paths: list[Path], floors: dict[str, tuple[int, int]] | None, check: bool) -> int:
    """Clean each url's rows of ``paths`` as one page, print the hits by half and every
    miss, and return the floor check's status (none without ``floors``); asked by
    ``harvest_voice.py`` for its own file as well."""
    hits: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    misses: list[str] = []
    for path in paths:
        for url, rows in pages(path).items():
            doc = clean("\n".join(line for _, _, line in rows) + "\n")
            for (half, label, line), record in zip(rows, doc.lines, strict=False):
                if label == "ctx":
                    continue
                kind = "keep" if label == "keep" else "site"
                total[half, kind] += 1
                if right(label, record.placement):
                    hits[half, kind] += 1
                else:
                    got = record.placement + (f":{record.reason}" if record.reason else "")
                    misses.append(f"  {half} {label:<6} got {got:<14} {line.strip()!r}  ({url})")
    for half in ("A", "B"):
        site, keep = (half, "site"), (half, "keep")
        print(
            f"{half}: site lines {hits[site]}/{total[site]}, "
            f"article lines kept {hits[keep]}/{total[keep]}"
        )
    if misses:
        print("misses:")
        print("\n".join(misses))
    status = 0
    for half, (site_floor, keep_floor) in (floors or {}).items():
        status |= floor_exit(hits[half, "site"], site_floor, check)
        status |= floor_exit(hits[half, "keep"], keep_floor, check)
    return status


def run(paths: list[Path], floors: dict[str, tuple[int, int]]) -> int:
    """The command line of a script measuring its own files in this format
    (``harvest_voice.py``, ``harvest_sequence.py``): ``--check`` exits 1 below ``floors``."""
    parser = argparse.ArgumentParser(description="Measure harvested page sequences.")
    parser.add_argument("--check", action="store_true", help="exit 1 below the floors")
    return report(paths, floors, parser.parse_args().check)


if __name__ == "__main__":
    sys.exit(main())

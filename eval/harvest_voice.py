#!/usr/bin/env python3
"""Measure the site's voice on harvested real pages (``voice_r45.tsv``).

    python eval/harvest_voice.py            # hits by half and label, then every miss
    python eval/harvest_voice.py --check    # exit 1 when a half's hits fall below its floor

Each url's rows (``tests/data/harvest/voice_r45.tsv``, round 45) are the printed lines of one
stored page in their order; the page is cleaned whole and each row's ``Document.lines``
record says where it went.  A ``tool`` row (the site speaking to its reader) is right when
removed, a ``keep`` row (the article's text: a government appeal quoted, a story about a
launch, an author's aside, a review recommending a product) when neither removed nor a
notice; ``ctx`` rows are not scored.  Half A rows may be studied, half B rows only scored
(``sha256(host) % 2``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from harvest_report import floor_exit

from newsclean import clean

TSV = Path(__file__).resolve().parent.parent / "tests" / "data" / "harvest" / "voice_r45.tsv"
#: Rows right per half (tool rows, then keep rows), measured on round 45's branch (h45-voice):
#: the check fails when either count falls.
FLOOR = {"A": (0, 7), "B": (2, 11)}


def pages(path: Path) -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list[tuple[str, str, str]]] = {}
    rows = [r for r in path.read_text(encoding="utf-8").splitlines() if r and r[0] != "#"]
    for row in rows[1:]:
        half, label, line, url = row.split("\t")
        out.setdefault(url, []).append((half, label, line))
    return out


def right(label: str, placement: str) -> bool:
    if label == "tool":
        return placement in ("removed", "copyright")
    return placement not in ("removed", "copyright")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 below the floors")
    args = parser.parse_args()
    hits: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    misses: list[str] = []
    for url, rows in pages(TSV).items():
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
    for half, (site, keep) in FLOOR.items():
        status |= floor_exit(hits[half, "site"], site, args.check)
        status |= floor_exit(hits[half, "keep"], keep, args.check)
    return status


if __name__ == "__main__":
    sys.exit(main())

"""Measure where lines a codec lost are placed (round 45, codec family).

Reads ``tests/data/harvest/codec_r45.tsv`` (place, line, was, url; lines verbatim from the
search tool's stored public pages, GBK or Big5 read as UTF-8 with U+FFFD left) and builds
for each row a minimal page: a headline, a date line, a paragraph, the harvested line and a
paragraph.  ``newsclean.clean()`` then says where the line went: a row of place ``body``
(a paragraph the codec lost: the article's) is right when it stays in the body, a row of
place ``nav`` (the site's furniture, read from what survives: ``codec_partial``) when it is
removed.  Hosts are split A/B by ``int(sha256(host).hexdigest(), 16) % 2``: A (0) may be
read and tuned on, B (1) only scored.

    python eval/harvest_codec.py            # hits by half, every miss printed
    python eval/harvest_codec.py --check    # exit 1 below the floors set at the end
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlsplit

from harvest_clean import DATELINE, HEADLINE, PARA_1, PARA_2
from harvest_report import host_half

from newsclean import clean

TSV = Path(__file__).resolve().parent.parent / "tests" / "data" / "harvest" / "codec_r45.tsv"

#: Floors for --check (fractions of rows placed right), per half.  Start build 978aeb58 and
#: round 45's branch both place every row right (no furniture row from a new host was found).
FLOORS = {"A": 1.0, "B": 1.0}


def half(url: str) -> str:
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return host_half(host)


def rows() -> list[tuple[str, str, str, str]]:
    """(place, line, was, url) of every harvested row."""
    found = []
    for raw in TSV.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#") and not raw.startswith("place\t"):
            place, line, was, url = raw.split("\t")
            found.append((place, line, was, url))
    return found


def placed(line: str) -> str:
    """Where ``clean`` puts ``line`` on the minimal page: "body" or "removed" (or else)."""
    page = "\n\n".join([HEADLINE, DATELINE, PARA_1, line, PARA_2]) + "\n"
    table = clean(page).lines
    return table.placements[6]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    hits = {"A": 0, "B": 0}
    totals = {"A": 0, "B": 0}
    for place, line, _was, url in rows():
        side = half(url)
        totals[side] += 1
        where = placed(line)
        right = where == "body" if place == "body" else where == "removed"
        hits[side] += right
        if not right:
            print(f"miss {side} {place} -> {where}: {line[:60]}  {url}")
    failed = False
    for side in "AB":
        share = hits[side] / totals[side] if totals[side] else 1.0
        print(f"{side}: {hits[side]}/{totals[side]} placed right ({share:.3f})")
        failed |= share < FLOORS[side]
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())

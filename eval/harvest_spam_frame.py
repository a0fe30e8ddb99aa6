"""Measure spam glued onto the desk's lines on harvested real pages (round 45, frame helper).

Reads ``tests/data/harvest/spam_frame_r45.tsv`` (kind, url, line, desk, above, context; lines
verbatim from the search tool's stored public pages of hosts cited nowhere else) and builds
for each row its page's top: the lines printed above the row's line, the line, and the
article's first paragraphs.  ``newsclean.clean()`` then says whether the desk's part is what
a reader keeps: a headline row's title is the desk's headline (the spam or the farm's mark
cut, a negative's headline whole), a byline row's date is read and the brand glued to it
names no field (source, author, site).

    python eval/harvest_spam_frame.py            # hits by kind and half, every miss printed
    python eval/harvest_spam_frame.py --check    # exit 1 below the floors
    python eval/harvest_spam_frame.py --split    # misses of half A only (B is only scored)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from harvest_report import host_half

from newsclean import Document, clean

TSV = Path(__file__).resolve().parent.parent / "tests" / "data" / "harvest" / "spam_frame_r45.tsv"
#: Rows the branch gets right (round 45, h45-frame): the start build (978aeb58) and the
#: branch both get 6 of the 8 rows (A 4/5: a Latin-heavy headline spaced like a list is no
#: title; B 2/3: the brand glued to a byline's date is read as its source).
FLOOR = 6
#: How the TSV joins a cell's several lines.
JOIN = " ⏎ "


def half(url: str) -> str:
    """The host's half: A (sha256 of the registered host even) studied, B only scored."""
    labels = (urlsplit(url).hostname or "").split(".")
    host = ".".join(labels[-2:])
    return host_half(host)


def page_for(line: str, above: str, context: str) -> str:
    """The row's page top: the lines above, the line, the article's paragraphs."""
    parts = [p for p in above.split(JOIN) if p] + [line]
    parts += ["  " + p for p in context.split(JOIN) if p]
    return "\n\n".join(parts) + "\n"


def right(kind: str, line: str, desk: str, doc: Document) -> bool:
    """Whether the cleaner kept the desk's part as a reader does (module docstring)."""
    if kind in ("head", "neg_head"):
        return doc.title == desk
    brand = line.replace(desk, "").strip()
    named = [doc.source, doc.author, doc.site]
    dated = (doc.published_at or "").startswith(desk.split()[0])
    return dated and not any(value and brand in value for value in named)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--split", action="store_true", help="misses of half A only")
    args = parser.parse_args()
    rows = [
        raw.split("\t")
        for raw in TSV.read_text(encoding="utf-8").splitlines()
        if raw.strip() and not raw.startswith("#") and not raw.startswith("kind\t")
    ]
    hits: Counter[tuple[str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    misses = []
    for kind, url, line, desk, above, context in rows:
        doc = clean(page_for(line, above, context))
        side = half(url)
        totals[side, kind] += 1
        if right(kind, line, desk, doc):
            hits[side, kind] += 1
        elif not args.split or side == "A":
            misses.append(f"MISS {side} {kind}: {line[:60]}  got title={doc.title!r}  <{url}>")
    for side, kind in sorted(totals):
        print(f"{side} {kind:9} {hits[side, kind]}/{totals[side, kind]}")
    for side in "AB":
        got = sum(n for (s, _), n in hits.items() if s == side)
        print(f"half {side}: {got}/{sum(n for (s, _), n in totals.items() if s == side)}")
    print("\n".join(misses))
    total = sum(hits.values())
    if args.check and total < FLOOR:
        print(f"below floor: {total} (floor {FLOOR})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Measure the page-head model on real harvested page tops (``tests/data/harvest/head.tsv``).

Each url's rows, in file order, are the real top of one page as printed (site lines, crumbs,
the page title, the headline, a subtitle, the byline, the first paragraphs); the page is
rebuilt from them, cleaned with ``newsclean.clean`` and every measured row is checked:

* ``headline`` / ``page_title``: the document's title is the expected headline (compared
  in simplified script, spaces ignored; a subtitle the page prints may follow it);
* ``subtitle``: the subtitle is kept (in the title after the headline, or in the body or
  headings) and is not the title alone;
* ``column`` / ``crumb``: the line is not the title; ``site``: nor the title's end (a
  site after the headline); ``hijack``: nor inside it (a keyword glued to it);
* ``lead``: the first paragraph is not the title, and (expected ``body``) stays in the body.

Prints hits and misses by kind and by half of the hosts (A: ``sha256(host) % 2 == 0``, read and
tuned on; B: scored only); ``--check`` exits 1 below the floor ``FLOOR`` (hits of all measured
rows), ``--misses`` lists every miss.  ``--r42`` reads the round-42 harvest
(``tests/data/harvest/head_r42.tsv``: 16 hosts cited nowhere before) instead, with its floor
``FLOOR_R42``; ``--r43`` the round-43 harvest (``tests/data/harvest/head_r43.tsv``: 25 hosts
cited nowhere before), with its floor ``FLOOR_R43``; ``--r44`` the round-44 harvest
(``tests/data/harvest/head_r44.tsv``: 16 hosts cited nowhere before, pages of content systems'
article templates), with its floor ``FLOOR_R44``.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import defaultdict
from pathlib import Path

from harvest_report import floor_exit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsclean import clean  # noqa: E402
from newsclean.filters.convert import convert_text  # noqa: E402

TSV = ROOT / "tests" / "data" / "harvest" / "head.tsv"
#: The floor ``--check`` holds: hits of all measured rows (round 36: 139; round 39: 247).
FLOOR = 247
#: The round-42 harvest (hosts never seen when it was taken) and its floor (start of round
#: 42: 52 of 56, half A 19 of 22, half B 33 of 34; end of round 42: 55).
TSV_R42 = ROOT / "tests" / "data" / "harvest" / "head_r42.tsv"
FLOOR_R42 = 55
#: The round-43 harvest (hosts never seen when it was taken) and its floor (start of round
#: 43: 65 of 67, half A 38 of 38, half B 27 of 29; end of round 43: 65).
TSV_R43 = ROOT / "tests" / "data" / "harvest" / "head_r43.tsv"
FLOOR_R43 = 65
#: The round-44 harvest (hosts never seen when it was taken) and its floor (set at the end of
#: round 44 at what the branch reaches: 39 of 40; start 39, half A 17 of 18, half B 22 of 22).
TSV_R44 = ROOT / "tests" / "data" / "harvest" / "head_r44.tsv"
FLOOR_R44 = 39
POSITIVE = ("headline", "page_title", "subtitle")
NEGATIVE = ("site", "column", "crumb", "hijack", "lead")


def read_pages(path: Path = TSV) -> dict[str, list[tuple[str, str, str]]]:
    """The harvest's pages: url -> its rows (kind, line, expected) in file order."""
    pages: dict[str, list[tuple[str, str, str]]] = {}
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and x[0] != "#"]
    for row in lines[1:]:
        kind, line, expected, url = row.split("\t")
        pages.setdefault(url, []).append((kind, line, expected))
    return pages


#: A mirror's tone-marked pinyin gloss after a character: ``發(fā)``.
GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]{1,8}\)")


def norm(text: str) -> str:
    """Simplified script, no mirror glosses, no spaces: what a reader compares."""
    return "".join(convert_text(GLOSS.sub("", text)).split())


def verdicts(url: str, rows: list[tuple[str, str, str]]) -> list[tuple[str, str, bool, str]]:
    """(kind, line, hit, title) for every measured row of one page."""
    doc = clean("\n".join(line for _, line, _ in rows) + "\n", path=url)
    title = norm(doc.title or "")
    kept = [norm(x) for x in [*doc.body, *doc.headings]]
    subs = [norm(line) for kind, line, _ in rows if kind == "subtitle"]
    out = []
    for kind, line, expected in rows:
        if kind == "ctx":
            continue
        text = norm(line)
        if kind in ("headline", "page_title"):
            want = norm(expected)
            hit = title == want or any(title == want + s for s in subs)
        elif kind == "subtitle":
            hit = title != text and (title.endswith(text) or any(text in k for k in kept))
        elif kind == "hijack":
            hit = text not in title or not title
        elif kind == "site":
            hit = title != text and not title.endswith(text)
        else:
            hit = title != text
            if kind == "lead" and expected == "body":
                hit = hit and any(text in k or (k and k in text) for k in kept)
        out.append((kind, line, hit, doc.title or ""))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 below the floor")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--r42", action="store_true", help="measure the round-42 harvest")
    parser.add_argument("--r43", action="store_true", help="measure the round-43 harvest")
    parser.add_argument("--r44", action="store_true", help="measure the round-44 harvest")
    args = parser.parse_args(argv)
    floor = FLOOR_R44 if args.r44 else FLOOR_R43 if args.r43 else FLOOR_R42 if args.r42 else FLOOR
    count: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    halves: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    table = TSV_R44 if args.r44 else TSV_R43 if args.r43 else TSV_R42 if args.r42 else TSV
    pages = read_pages(table)
    for url, rows in pages.items():
        half = "AB"[int(hashlib.sha256(url.split("/")[2].encode()).hexdigest(), 16) % 2]
        for kind, line, hit, title in verdicts(url, rows):
            count[kind][0 if hit else 1] += 1
            halves[half][0 if hit else 1] += 1
            if not hit:
                misses.append((kind, line, title, url))
    hits = sum(h for h, _ in count.values())
    total = sum(h + m for h, m in count.values())
    hosts = {url.split("/")[2] for url in pages}
    print(f"head harvest: {len(pages)} pages, {len(hosts)} hosts, {total} measured lines")
    for kind in (*POSITIVE, *NEGATIVE):
        h, m = count.get(kind, [0, 0])
        print(f"  {kind:<10} {h:>4} hit {m:>4} miss")
    print(f"  {'all':<10} {hits:>4} hit {total - hits:>4} miss  ({hits / max(total, 1):.1%})")
    for half in "AB":
        h, m = halves.get(half, [0, 0])
        print(f"  half {half:<5} {h:>4} hit {m:>4} miss")
    if args.misses:
        for kind, line, title, url in misses:
            print(f"MISS {kind}: {line[:60]!r} -> title {title[:60]!r}  [{url}]")
    return floor_exit(hits, floor, args.check)


if __name__ == "__main__":
    sys.exit(main())

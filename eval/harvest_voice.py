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
(``sha256(host) % 2``).  Read and scored as ``harvest_foot.py`` reads its files (the same
row format and labels: ``report``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from harvest_foot import run

TSV = Path(__file__).resolve().parent.parent / "tests" / "data" / "harvest" / "voice_r45.tsv"
#: Rows right per half (tool rows, then keep rows), measured on round 45's branch (h45-voice):
#: the check fails when either count falls.
FLOOR = {"A": (0, 7), "B": (2, 11)}


def main() -> int:
    return run([TSV], FLOOR)


if __name__ == "__main__":
    sys.exit(main())

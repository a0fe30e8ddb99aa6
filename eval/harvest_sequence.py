#!/usr/bin/env python3
"""Measure whole page sequences of round 47's harvest (``sequence_r47.tsv``).

    python eval/harvest_sequence.py            # hits by half and label, then every miss
    python eval/harvest_sequence.py --check    # exit 1 when a half's hits fall below its floor

The rows of ``tests/data/harvest/sequence_r47.tsv`` (helper h47-sequence: the learned line
model asked of runs of lines, ``filters/furniture_learned.py``) are the printed lines of
stored pages in their order, in ``foot_r42.tsv``'s format; each url's rows are cleaned as one
page and scored as ``harvest_foot.py`` scores them (a ``tool`` or ``notice`` row right when
removed, an ``aside`` when neither body nor heading, a ``keep`` when neither removed nor a
notice; ``ctx`` rows not scored).  Half B rows are only scored (``sha256(host) % 2``).
"""

from __future__ import annotations

import sys

from harvest_foot import HARVEST, run

TSV = HARVEST / "sequence_r47.tsv"
#: Rows right per half (site lines, then article lines kept), measured on h47-sequence.
FLOOR = {"A": (0, 0), "B": (4, 16)}


def main() -> int:
    return run([TSV], FLOOR)


if __name__ == "__main__":
    sys.exit(main())

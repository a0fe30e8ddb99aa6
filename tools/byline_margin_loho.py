"""Leave-one-host-out threshold for the line model's byline class (round 47).

The tolerant byline reader (``filters/byline_tolerant.py``) lets the line model's byline
class stand in for one piece of its evidence on a head line one piece short (a date alone,
or one filled label).  The threshold on ``score[byline] - score[body]`` (the byline class
also the best of the five) is chosen here: for each host of ``tools/data/line_model_rows.tsv``
(tuned material and half-A harvest rows only) the table is refitted without that host's
rows and its rows are scored; precision and recall of the byline rows against every other
class, on all rows and on the rows the reader would ask (one piece short).

Run: ``python tools/byline_margin_loho.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from build_line_model import CLASSES, choose, count, read_rows, rows_by_host, table

from newsclean.filters.byline_tolerant import one_piece_short
from newsclean.filters.line_model import features

THRESHOLDS = (0, 10, 20, 30, 40, 50, 60, 70, 75, 80, 90, 100, 120)


def main() -> int:
    rows = read_rows()
    df, _ = count(rows)
    vocab = choose(df)
    by_host = rows_by_host(rows)
    byline, body = CLASSES.index("byline"), CLASSES.index("body")
    scored: list[tuple[float, bool, bool, str]] = []
    for host_rows in by_host.values():
        held, _ = count(host_rows)
        theta = table({c: df[c] - held[c] for c in CLASSES}, vocab)
        for label, text, _ in host_rows:
            feats = [theta[f] for f in features(text) if f in theta]
            totals = [sum(v[k] for v in feats) for k in range(len(CLASSES))]
            best = max(range(len(CLASSES)), key=totals.__getitem__)
            margin = totals[byline] - totals[body] if best == byline else -1e9
            scored.append((margin, label == "byline", one_piece_short(text), text))
    for name, pool in (("all rows", scored), ("one piece short", [s for s in scored if s[2]])):
        positives = sum(1 for s in pool if s[1])
        print(f"{name}: {len(pool)} rows (byline {positives})")
        for t in THRESHOLDS:
            hit = [s for s in pool if s[0] > t]
            tp = sum(1 for s in hit if s[1])
            prec = tp / len(hit) if hit else 1.0
            print(f"  t={t:>3}: precision {prec:.3f}  recall {tp / max(1, positives):.3f}")
            if "-v" in sys.argv:
                for s in hit:
                    if not s[1]:
                        print(f"      wrong {s[0]:.1f} {s[3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build the learned line model (``src/newsclean/data/line_model.txt``) from labelled real lines.

    python tools/build_line_model.py --gather   # rewrite tools/data/line_model_rows.tsv
    python tools/build_line_model.py            # rebuild the model from that TSV
    python tools/build_line_model.py --loho     # leave-one-host-out figures of the decision
    python tools/build_line_model.py --runs     # leave-page-out figures of runs (round 47)
    python tools/build_line_model.py --compare  # naive Bayes against logistic regression

What it reads (``--gather``; tuned material and the harvests' halves A only):

- ``eval/variants/furniture.json``: each row's ``text`` (a site's tool line) -> ``tool``;
- ``eval/variants/notice.json``: each row's ``example`` -> ``notice``;
- ``eval/variants/byline.json``: each row's ``example`` (a byline row as printed) -> ``byline``;
- ``eval/variants/caption.json``: a ``line`` row's ``text``, a ``credit`` row's ``credit``
  -> ``caption``;
- ``eval/originals/*.json``: the article's ``paragraphs`` (and each sentence of a long one),
  ``headings`` and ``title`` -> ``body``; its ``captions`` -> ``caption``;
- ``tests/data/harvest/foot*.tsv`` and ``voice_r45.tsv``: rows of half **A** (the half the
  row states, as ``eval/harvest_foot.py`` prints it): ``tool`` -> ``tool``, ``notice`` ->
  ``notice``, ``keep`` -> ``body``; ``furniture.tsv``: rows whose host is in half A
  (``eval/harvest_report.host_half``): ``removed`` -> ``tool``, ``notice`` -> ``notice``,
  ``kept`` -> ``body``.  A host counts as A only when it is A however a script names it (as
  written, without ``www.``, its last two labels: ``half_a``), so no half-B row is read.

The gathered set (label, text, source) is written to ``tools/data/line_model_rows.tsv`` so the
model can be rebuilt without the evaluation; the model is a function of that file alone
(``tests/test_line_model.py`` rebuilds it and compares with the shipped table).

The model: multinomial naive Bayes over the *set* of a line's features (each counted once a
line), Laplace smoothing ``ALPHA``, equal class priors.  Features (``newsclean.filters.
line_model.features``, shared with the reader): character unigrams and bigrams of the line
after OpenCC t2s (digits folded to ``0``, ASCII letters lower-cased, spaces collapsed), and
shape tokens (length bucket, the last character's class, the shares of Han, digits and ASCII,
a separator ``| > › » · /`` or a wide gap, a comma).  The table keeps the ``MAX_FEATURES``
features of most weight (document frequency at least ``MIN_DF``, ranked by
``df * |log θ_tool - log θ_body|``, then by name).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsclean.filters.line_model import CLASSES, escape, features, is_candidate_text  # noqa: E402

ROWS = ROOT / "tools" / "data" / "line_model_rows.tsv"
MODEL = ROOT / "src" / "newsclean" / "data" / "line_model.txt"
HARVEST = ROOT / "tests" / "data" / "harvest"
ALPHA = 1.0
MIN_DF = 3
MAX_FEATURES = 3000
#: The longest sentence of a long paragraph kept as a body row of its own.
SENTENCE_ROW = 60
COMMAND = "python tools/build_line_model.py"


def host_half(host: str) -> str:
    """``eval/harvest_report.host_half``, written here so the tool needs no ``eval/`` import."""
    return "AB"[int(hashlib.sha256(host.encode()).hexdigest(), 16) % 2]


def half_a(url: str) -> bool:
    """The url's host is in half A however a harvest script names it: as written, without
    ``www.``, or its last two labels (the scripts differ, and no host may be A in one and B in
    another)."""
    host = urlsplit(url).netloc
    names = {host, host.removeprefix("www."), ".".join(host.split(".")[-2:])}
    return all(host_half(name) == "A" for name in names)


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def gather() -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []

    def add(label: str, text: str | None, source: str, origin: str) -> None:
        if not isinstance(text, str):
            return  # an original without a title
        for line in text.split("\n"):  # a row of two page lines is two rows
            if line := _clean(line):
                rows.append((label, line, f"{origin} {_clean(source)}"))

    variants = ROOT / "eval" / "variants"
    for row in json.loads((variants / "furniture.json").read_text("utf-8"))["variants"]:
        add("tool", row["text"], row["where"], "variants/furniture")
    for row in json.loads((variants / "notice.json").read_text("utf-8"))["variants"]:
        add("notice", row["example"], row["where"], "variants/notice")
    for row in json.loads((variants / "byline.json").read_text("utf-8"))["variants"]:
        add("byline", row["example"], row["where"], "variants/byline")
    for row in json.loads((variants / "caption.json").read_text("utf-8"))["variants"]:
        text = row["credit"] if row["kind"] == "credit" else row["text"]
        add("caption", text, row["where"], "variants/caption")
    for path in sorted((ROOT / "eval" / "originals").glob("*.json")):
        page = json.loads(path.read_text("utf-8"))
        url = page["origin"]["url"]
        for text in [page["title"], *page["headings"], *page["paragraphs"]]:
            add("body", text, url, "originals")
            if text and len(text) > SENTENCE_ROW:
                for sentence in re.findall(r"[^。！？]*[。！？]", text):
                    if 4 <= len(sentence.strip()) <= SENTENCE_ROW:
                        add("body", sentence, url, "originals")
        for text in page["captions"]:
            add("caption", text, url, "originals")
    labels = {"tool": "tool", "notice": "notice", "keep": "body"}
    for path in [*sorted(HARVEST.glob("foot*.tsv")), HARVEST / "voice_r45.tsv"]:
        lines = [r for r in path.read_text("utf-8").splitlines() if r and r[0] != "#"]
        for raw in lines[1:]:
            half, label, text, url = raw.split("\t")
            if half == "A" and half_a(url) and label in labels:
                add(labels[label], text, url, f"harvest/{path.stem}")
    furniture = {"removed": "tool", "notice": "notice", "kept": "body"}
    for raw in (HARVEST / "furniture.tsv").read_text("utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        _kind, text, expected, url, _pos = raw.split("\t")
        if half_a(url) and expected in furniture:
            add(furniture[expected], text, url, "harvest/furniture")
    return sorted(set(rows))


def write_rows(rows: list[tuple[str, str, str]]) -> None:
    head = [
        "# Labelled real lines for the learned line model (tools/build_line_model.py --gather),",
        "# from tuned material only: eval/variants/{furniture,notice,byline,caption}.json,",
        "# eval/originals/*.json, and half-A rows of tests/data/harvest/foot*.tsv, voice_r45.tsv,",
        "# furniture.tsv (no half-B row).",
        "# Columns: label<TAB>text<TAB>source (where gathered, then the page url).",
    ]
    body = ["\t".join(row) for row in rows]
    ROWS.parent.mkdir(parents=True, exist_ok=True)
    ROWS.write_text("\n".join(head + body) + "\n", encoding="utf-8")


def read_rows(path: Path = ROWS) -> list[tuple[str, str, str]]:
    out = []
    for raw in path.read_text("utf-8").splitlines():
        if raw and not raw.startswith("#"):
            label, text, source = raw.split("\t")
            out.append((label, text, source))
    return out


def host_of(source: str) -> str:
    """The host a row came from (its url after the origin), without ``www.``."""
    url = source.split(" ")[1] if " " in source else source
    return urlsplit(url).netloc.removeprefix("www.") if "//" in url else url


def rows_by_host(rows: list[tuple[str, str, str]]) -> dict[str, list[tuple[str, str, str]]]:
    """The rows grouped by the host each came from, for leave-one-host-out."""
    by_host: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for row in rows:
        by_host[host_of(row[2])].append(row)
    return by_host


Counts = dict[str, Counter[str]]


def count(rows: list[tuple[str, str, str]]) -> tuple[Counts, Counter[str]]:
    """Per class, how many lines hold each feature; and how many lines each class has."""
    df: Counts = {c: Counter() for c in CLASSES}
    lines: Counter[str] = Counter()
    for label, text, _ in rows:
        df[label].update(features(text))
        lines[label] += 1
    return df, lines


def table(df: Counts, vocab: list[str]) -> dict[str, list[float]]:
    """log θ of each kept feature per class (multinomial over the kept features)."""
    totals = {c: sum(df[c][f] for f in vocab) for c in CLASSES}
    width = len(vocab)
    return {
        f: [math.log((df[c][f] + ALPHA) / (totals[c] + ALPHA * width)) for c in CLASSES]
        for f in vocab
    }


def choose(df: Counts) -> list[str]:
    every: Counter[str] = Counter()
    for c in CLASSES:
        every.update(df[c])
    tool, body = CLASSES.index("tool"), CLASSES.index("body")
    candidates = sorted(f for f, n in every.items() if n >= MIN_DF)
    theta = table(df, candidates)
    weight = {f: every[f] * abs(theta[f][tool] - theta[f][body]) for f in candidates}
    ranked = sorted(candidates, key=lambda f: (-round(weight[f], 6), f))
    return sorted(ranked[:MAX_FEATURES])


def render(rows: list[tuple[str, str, str]]) -> str:
    df, lines = count(rows)
    vocab = choose(df)
    theta = table(df, vocab)
    sources = Counter((label, kind_of(source)) for label, _, source in rows)
    head = [
        "# The learned line model (multinomial naive Bayes over a line's feature set, equal",
        "# class priors), read by src/newsclean/filters/line_model.py.",
        f"# Built by: {COMMAND} (from tools/data/line_model_rows.tsv; --gather rewrites it).",
        f"# Parameters: alpha {ALPHA}, min_df {MIN_DF}, max_features {MAX_FEATURES}.",
        "# Rows per class: " + ", ".join(f"{c} {lines[c]}" for c in CLASSES) + ".",
        "# Rows per class and source: "
        + ", ".join(f"{c}/{s} {n}" for (c, s), n in sorted(sources.items()))
        + ".",
        "# Columns: feature, then log θ per class: " + ", ".join(CLASSES) + ".",
    ]
    body = ["\t".join([escape(f), *(f"{x:.4f}" for x in v)]) for f, v in sorted(theta.items())]
    return "\n".join(head + body) + "\n"


def kind_of(source: str) -> str:
    """Where a row was gathered from (the source column's first word)."""
    return source.split(" ")[0]


def build() -> None:
    MODEL.write_text(render(read_rows()), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gather", action="store_true", help="rewrite the rows TSV first")
    parser.add_argument("--loho", action="store_true", help="leave-one-host-out figures")
    parser.add_argument("--runs", action="store_true", help="leave-page-out figures of runs")
    parser.add_argument(
        "--compare", action="store_true", help="naive Bayes against logistic regression"
    )
    parser.add_argument("--verbose", action="store_true", help="--loho: print the errors")
    args = parser.parse_args()
    if args.gather:
        write_rows(gather())
    if args.loho:
        return loho(args.verbose)
    if args.runs:
        return runs(args.verbose)
    if args.compare:
        return compare()
    build()
    return 0


def loho(verbose: bool = False) -> int:
    """Leave-one-host-out: for each host, the table is refitted without its rows (the
    feature list is the full set's) and its tool and body rows that the filter would ask
    (``is_candidate_text``) are scored; precision and recall of ``margin > t``."""
    rows = read_rows()
    df, _ = count(rows)
    vocab = choose(df)
    by_host = rows_by_host(rows)
    tool, body = CLASSES.index("tool"), CLASSES.index("body")
    scored: list[tuple[float, bool]] = []
    for host_rows in by_host.values():
        asked = [r for r in host_rows if r[0] in ("tool", "body") and is_candidate_text(r[1])]
        if not asked:
            continue
        held, _ = count(host_rows)
        rest = {c: df[c] - held[c] for c in CLASSES}
        theta = table(rest, vocab)
        for label, text, _ in asked:
            feats = [theta[f] for f in features(text) if f in theta]
            totals = [sum(v[k] for v in feats) for k in range(len(CLASSES))]
            best = max(range(len(CLASSES)), key=totals.__getitem__)
            margin = totals[tool] - totals[body] if best == tool else -1e9
            scored.append((margin, label == "tool"))
            if verbose and (label == "tool") != (margin > 8):
                print(f"  {label:<5} {margin:7.2f} {text}")
    positives = sum(1 for _, t in scored if t)
    print(f"asked rows: {len(scored)} (tool {positives}, body {len(scored) - positives})")
    for t in range(0, 31):
        hit = [is_tool for m, is_tool in scored if m > t]
        tp = sum(hit)
        prec = tp / len(hit) if hit else 1.0
        print(
            f"  t={t:>3}: precision {prec:.3f}  recall {tp / max(1, positives):.3f}  ({len(hit)})"
        )
    return 0


FOLDS = 10


def _logistic(rows: list[tuple[str, str, str]], vocab: set[str]) -> dict[str, float]:
    """A logistic regression, tool against every other class, over the same feature sets
    (binary, the kept vocabulary and a bias), by stochastic gradient descent with an L2 pull:
    pure Python, a fixed order, so the weights are a function of the rows alone."""
    weights: dict[str, float] = defaultdict(float)
    data = [([f for f in features(text) if f in vocab], label == "tool") for label, text, _ in rows]
    rate, l2 = 0.1, 1e-4
    for epoch in range(15):
        step = rate / (1 + epoch)
        for feats, is_tool in data:
            z = weights["#bias"] + sum(weights[f] for f in feats)
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - is_tool
            weights["#bias"] -= step * g
            for f in feats:
                weights[f] -= step * (g + l2 * weights[f])
    return dict(weights)


def compare() -> int:
    """Naive Bayes against logistic regression, each fitted on nine tenths of the hosts and
    scored on the rest (``FOLDS`` folds by host hash), on the tool and body rows the run
    decision may ask (``line_model.is_run_text``): precision and recall by threshold (NB: the
    margin with the tool class likeliest; LR: the log odds)."""
    from newsclean.filters.line_model import is_run_text

    rows = read_rows()
    df, _ = count(rows)
    vocab = choose(df)
    kept = set(vocab)

    def fold(row: tuple[str, str, str]) -> int:
        return int(hashlib.sha256(host_of(row[2]).encode()).hexdigest(), 16) % FOLDS

    nb: list[tuple[float, bool]] = []
    lr: list[tuple[float, bool]] = []
    for k in range(FOLDS):
        train = [r for r in rows if fold(r) != k]
        test = [r for r in rows if fold(r) == k and r[0] in ("tool", "body") and is_run_text(r[1])]
        held, _ = count([r for r in rows if fold(r) == k])
        margin_of = _held_margin(table({c: df[c] - held[c] for c in CLASSES}, vocab))
        weights = _logistic(train, kept)
        for label, text, _ in test:
            m = margin_of(text)
            nb.append((m if m is not None else -1e9, label == "tool"))
            z = weights.get("#bias", 0.0) + sum(weights.get(f, 0.0) for f in features(text))
            lr.append((z, label == "tool"))
    positives = sum(1 for _, t in nb if t)
    print(f"asked rows: {len(nb)} (tool {positives}); {FOLDS} folds by host")
    for name, scored, bars in (
        ("naive Bayes", nb, (0, 4, 6, 8, 10, 15, 20)),
        ("logistic", lr, (0, 1, 2, 3, 4, 5, 6)),
    ):
        for t in bars:
            hit = [is_tool for m, is_tool in scored if m > t]
            tp = sum(hit)
            prec = tp / len(hit) if hit else 1.0
            print(f"  {name:<12} > {t:>3}: precision {prec:.3f}  recall {tp / positives:.3f}")
        top = max((m for m, is_tool in scored if not is_tool), default=0.0)
        reach = sum(1 for m, is_tool in scored if is_tool and m > top) / positives
        print(f"  {name:<12} recall at precision 1.000 (above every body row): {reach:.3f}")
    return 0


def _held_margin(theta: dict[str, list[float]]):  # type: ignore[no-untyped-def]
    tool, body = CLASSES.index("tool"), CLASSES.index("body")

    def margin_of(text: str) -> float | None:
        feats = [theta[f] for f in features(text) if f in theta]
        totals = [sum(v[k] for v in feats) for k in range(len(CLASSES))]
        best = max(range(len(CLASSES)), key=totals.__getitem__)
        return totals[tool] - totals[body] if best == tool else None

    return margin_of


Page = tuple[str, str, list[str], list[str | None], list[str], list[str | None]]


def _placed(text: str | bytes, path: str) -> tuple[list[str], list[str], list[str | None]]:
    """The lines of a page cleaned whole, and where the rules put each: a line the learned
    model itself removed counts as body (the validation asks the refitted model instead)."""
    import newsclean

    doc = (
        newsclean.clean_bytes(text, path=path) if isinstance(text, bytes) else newsclean.clean(text)
    )
    texts, placements, reasons = [], [], []
    for record in doc.lines:
        texts.append(record.original)
        learned = any(e.filter == "line_model" for e in record.evidence)
        placements.append("body" if learned else record.placement)
        reasons.append(None if learned else record.reason)
    return texts, placements, reasons


def sequences() -> list[Page]:
    """Real page sequences with a label per line (``tool``, ``keep`` or None), cleaned whole:
    the eval pages (gold ``lines``: nav -> tool, real and body -> keep; pages the builder
    assembled from real lines, so never the only evidence) and the harvests' half-A page
    fragments (``foot*.tsv``: the rows of one url in their printed order, tool -> tool, keep
    -> keep)."""
    out: list[Page] = []
    for path in sorted((ROOT / "eval" / "gold").glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        page = f"eval/{gold['page']}"
        texts, placements, reasons = _placed((ROOT / page).read_bytes(), page)
        labels: list[str | None] = [None] * len(texts)
        for key, value in gold["lines"].items():
            for n in value:
                if 0 < n <= len(texts) and key in ("nav", "real", "body"):
                    labels[n - 1] = "tool" if key == "nav" else "keep"
        out.append((page, gold["origin"]["url"], texts, labels, placements, reasons))
    for path in sorted(HARVEST.glob("foot*.tsv")):
        lines = [r for r in path.read_text("utf-8").splitlines() if r and r[0] != "#"]
        pages: dict[str, list[tuple[str, str | None]]] = {}
        for raw in lines[1:]:
            half, label, line, url = raw.split("\t")
            if half == "A" and half_a(url):
                pages.setdefault(url, []).append((line, label if label in LABELS else None))
        for url, rows in pages.items():
            texts, placements, reasons = _placed("\n".join(r[0] for r in rows) + "\n", url)
            labels = [r[1] for r in rows] + [None] * (len(texts) - len(rows))
            out.append((f"harvest/{path.stem}", url, texts, labels, placements, reasons))
    return out


LABELS = ("tool", "keep")


def runs(verbose: bool = False) -> int:
    """Leave-page-out figures of the whole decision (``furniture_learned.learned_tools``,
    single lines and runs): for each page, the table is refitted without the rows of its
    host and without every row whose text the page prints, and the decision is asked with
    that table's margins over the rules' placements.  Precision and recall over the labelled
    lines the rules left in the body, for a grid of run bars; a run's errors are printed."""
    import newsclean.filters.furniture_learned as learned

    rows = read_rows()
    df, _ = count(rows)
    vocab = choose(df)
    pages = sequences()
    held_tables = []
    for _name, url, texts, _labels, _p, _r in pages:
        host = host_of(f"x {url}")
        printed = {_clean(t) for t in texts}
        held = [r for r in rows if host_of(r[2]) == host or r[1] in printed]
        counts, _ = count(held)
        held_tables.append(_held_margin(table({c: df[c] - counts[c] for c in CLASSES}, vocab)))
    grid = [(m, t) for m in (0.0, 2.0, 4.0, 6.0, 8.0, 10.0) for t in (10.0, 15.0, 20.0, 30.0)]
    grid += [(-x, 20.0) for x in (25.0, 30.0, 35.0, 40.0, 50.0)]  # a long line alone: its bar
    base = (learned.RUN_MEMBER, learned.RUN_THRESHOLD)
    asked_tools = sum(
        1
        for _n, _u, _t, labels, placements, _r in pages
        for i, lab in enumerate(labels)
        if lab == "tool" and placements[i] == "body"
    )
    print(f"pages: {len(pages)}; tool lines the rules left in the body: {asked_tools}")
    _grid(pages, held_tables, grid, asked_tools, verbose)
    # A new site: the rules know none of its furniture (every line they removed as the
    # site's is put back in the body) and the decision alone is asked.
    silent = [
        (
            n,
            u,
            t,
            labels,
            ["body" if x == "removed" and r != "spam" else x for x, r in zip(p, rs, strict=True)],
            [r if r == "spam" else None for r in rs],
        )
        for n, u, t, labels, p, rs in pages
    ]
    tools = sum(
        1
        for page in silent
        for i, lab in enumerate(page[3])
        if lab == "tool" and page[4][i] == "body"
    )
    print(f"rules silent on furniture: tool lines in the body: {tools}")
    _grid(silent, held_tables, grid, tools, verbose)
    learned.RUN_MEMBER, learned.RUN_THRESHOLD = base
    return 0


def _silent(placements: list[str], reasons: list[str | None]) -> tuple[list[str], list[str | None]]:
    """A page's placements as on a new site: every line the rules removed as the site's (not
    spam) back in the body."""
    pairs = list(zip(placements, reasons, strict=True))
    return (
        ["body" if p == "removed" and r != "spam" else p for p, r in pairs],
        [r if r == "spam" else None for _, r in pairs],
    )


def _grid(pages, held_tables, grid, asked_tools, verbose):  # type: ignore[no-untyped-def]
    import newsclean.filters.furniture_learned as learned

    long_bar = learned.LONG_THRESHOLD
    for member, bar in [(1e9, 1e9), *grid]:
        learned.RUN_MEMBER, learned.RUN_THRESHOLD = member, bar
        learned.LONG_THRESHOLD = 1e9
        if member < 0:  # the shipped run bars, a long line alone above -member
            learned.RUN_MEMBER, learned.LONG_THRESHOLD = 6.0, -member
        hit = wrong = 0
        errors = []
        for (name, _url, texts, labels, placements, reasons), margin_of in zip(
            pages, held_tables, strict=True
        ):
            taken = learned.learned_tools(
                texts.__getitem__, len(texts), placements, reasons, margin_of
            )
            for i, why in taken.items():
                if labels[i] == "tool":
                    hit += 1
                elif labels[i] == "keep":
                    wrong += 1
                    errors.append(f"    {name} {texts[i].strip()[:50]}  [{why}]")
        prec = hit / (hit + wrong) if hit + wrong else 1.0
        what = "single lines only" if member > 1e8 else f"member > {member:g}, run > {bar:g}"
        if member < 0:
            what = f"runs, a long line alone > {-member:g}"
        print(
            f"  {what:<28} precision {prec:.3f}  recall {hit / max(1, asked_tools):.3f}"
            f"  ({hit} tool, {wrong} keep)"
        )
        if verbose and errors:
            print("\n".join(errors))
    learned.LONG_THRESHOLD = long_bar


if __name__ == "__main__":
    sys.exit(main())

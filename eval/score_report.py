"""The report of ``score.py``: its tables (tuned and held-out side by side) and the pins
of ``floors.json`` (``check`` names each figure past its pin, ``pin`` writes the pins from
the figures measured now).
"""

from __future__ import annotations

import math

SPLITS = ("tuned", "held-out")
GROUP_ORDER = (
    "all",
    "polluted",
    "clean",
    "trap",
    "spam",
    "pinyin",
    "s2t",
    "pinyin-keep",
    "mojibake",
    "traditional",
    "legacy-encoding",
)


def fmt(v: object) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def table(summaries: dict[str, dict[str, dict]], cols: list[tuple[str, str]]) -> str:
    """One row per group, each figure as two columns side by side: tuned | held-out."""
    groups = list(dict.fromkeys(g for split in SPLITS for g in summaries.get(split, {})))
    groups.sort(key=lambda x: (GROUP_ORDER.index(x) if x in GROUP_ORDER else 99, x))
    head = ["group"] + [
        f"{c[1]} {'T' if split == 'tuned' else 'H'}" for c in cols for split in SPLITS
    ]
    body = [
        [g] + [fmt(summaries.get(split, {}).get(g, {}).get(c[0])) for c in cols for split in SPLITS]
        for g in groups
    ]
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]

    def line(r: list[str]) -> str:
        cells = []
        for i, (x, w) in enumerate(zip(r, widths, strict=True)):
            cells.append(x.ljust(w) if i == 0 else x.rjust(w))
            if i and i % 2 == 0 and i < len(r) - 1:
                cells[-1] += " |"
        return "  ".join(cells)

    return "\n".join([line(head), "  ".join("-" * w for w in widths)] + [line(r) for r in body])


TABLE1 = [
    ("pages", "pages"),
    ("spam_recall", "spam_rec"),
    ("spam_fp", "spam_fp"),
    ("nav_recall", "nav_rec"),
    ("paras_removed", "paras_rm"),
    ("body_recall", "body_R"),
    ("body_precision", "body_P"),
]
TABLE2 = [
    ("pinyin_residue", "pinyin_res"),
    ("pinyin_real_lost", "real_py_lost"),
    ("trad_per_1k", "trad/1k"),
    ("mojibake_recall", "moji_flag"),
    ("mojibake_false_flags", "moji_false"),
    ("errors", "errors"),
]
TABLE3 = [
    ("title_acc", "title"),
    ("published_at_acc", "date"),
    ("source_acc", "source"),
    ("author_acc", "author"),
    ("editor_acc", "editor"),
]
TABLE4 = [
    ("copyright_acc", "copyright"),
    ("captions_acc", "captions"),
    ("clean_unchanged", "clean_ok"),
    ("overall", "overall"),
]

#: The share figures whose mean is a group's ``overall`` score (score.py's docstring): the
#: issue's targets that are shares, each counted once, whatever its own scale of pages.
OVERALL_PARTS = (
    "spam_recall",
    "nav_recall",
    "body_recall",
    "body_precision",
    "mojibake_recall",
    "title_acc",
    "published_at_acc",
    "source_acc",
    "author_acc",
    "editor_acc",
    "copyright_acc",
    "captions_acc",
    "clean_unchanged",
)

# Lower is better for these; every other figure is higher-is-better.
LOWER_BETTER = (
    "errors",
    "spam_fp",
    "paras_removed",
    "pinyin_residue",
    "pinyin_real_lost",
    "trad_per_1k",
    "mojibake_false_flags",
)
#: Higher-is-better figures pinned with a floor: the shares the overall score averages, and it.
PIN_FLOORS = (*OVERALL_PARTS, "overall")
PIN_GROUPS = ("all", "clean", "trap", "pinyin", "pinyin-keep", "mojibake", "traditional", "s2t")


def check(summaries: dict[str, dict[str, dict]], pins: dict) -> list[str]:
    failures = []
    for split, groups in pins.get("floors", {}).items():
        for group, metrics in groups.items():
            for metric, floor in metrics.items():
                got = summaries.get(split, {}).get(group, {}).get(metric)
                if got is None or got < floor:
                    failures.append(
                        f"{split}/{group}.{metric} = {fmt(got)} is below its floor {floor}"
                    )
    for split, groups in pins.get("ceilings", {}).items():
        for group, metrics in groups.items():
            for metric, ceiling in metrics.items():
                got = summaries.get(split, {}).get(group, {}).get(metric)
                if got is None or got > ceiling:
                    failures.append(
                        f"{split}/{group}.{metric} = {fmt(got)} is above its ceiling {ceiling}"
                    )
    return failures


def pin(summaries: dict[str, dict[str, dict]]) -> dict:
    """Floors a little under, ceilings at, the figures measured now.

    Tuned part: every group of PIN_GROUPS, floors 0.01 under the figure (rounded down to
    two decimals).  Held-out part: the ``all`` group only, floors 0.05 under (it is
    reported to be read, and pinned only loosely so CI catches a collapse).
    """
    out: dict = {
        "_comment": (
            "Written by python eval/score.py --pin from the figures measured at that moment. "
            "Tuned pages: floors 0.01 under each figure; held-out pages: group 'all' only, "
            "floors 0.05 under. Ceilings (lower is better) are the measured figures."
        ),
        "floors": {},
        "ceilings": {},
    }
    for split, margin, groups in (("tuned", 0.01, PIN_GROUPS), ("held-out", 0.05, ("all",))):
        for group in groups:
            s = summaries.get(split, {}).get(group)
            if not s:
                continue
            floors = {
                m: max(0.0, math.floor(round((s[m] - margin) * 100, 6)) / 100)
                for m in PIN_FLOORS
                if s.get(m) is not None
            }
            ceilings = {m: s[m] for m in LOWER_BETTER if s.get(m) is not None}
            if floors:
                out["floors"].setdefault(split, {})[group] = floors
            if ceilings and group == "all":
                out["ceilings"].setdefault(split, {})[group] = ceilings
    return out

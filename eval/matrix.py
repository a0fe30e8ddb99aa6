#!/usr/bin/env python3
"""The variant matrix: a positive and a negative case for every row of eval/variants/*.json.

Each case is a small page made of a variant (written by ``inject.py``, as the builder
writes it) and real paragraphs of an original in ``eval/originals/``; it is cleaned with
``newsclean.clean`` and checked against what the variant's phenomenon requires:

* positive: the variant is handled (spam lines removed, glosses gone, the slipped line
  warned, the byline's fields read, the notice in ``copyright``, the tool line removed,
  the caption in ``captions``, the conversion exact);
* negative: real text in the same place is left alone (real paragraphs stay in the
  body, real pinyin and parentheses stay, no warning on the unslipped paragraph, no
  field read from prose).

The cases are built by ``matrix_cases.py`` (one builder per table) from the pieces of
``matrix_checks.py`` (base articles, the ``Case`` record, the checks); this module runs
them.  ``tests/test_variant_matrix.py`` runs every case.  Cases that fail with today's filters
are listed in ``eval/variants/matrix_xfail.json`` (``case id -> reason``) and run as
strict xfails, so a case that starts passing fails the suite until it is taken off the
list.  After a filter change:

    python eval/matrix.py                 # which cases pass and fail now
    python eval/matrix.py --write-xfail   # rewrite matrix_xfail.json from that run
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import inject
from matrix_cases import cases
from matrix_checks import HERE, Case

XFAIL = HERE / "variants" / "matrix_xfail.json"

__all__ = ["Case", "cases", "main", "run", "xfails"]


def xfails() -> dict[str, str]:
    if not XFAIL.exists():
        return {}
    data = json.loads(XFAIL.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def run(case: Case) -> list[str]:
    import newsclean

    return case.check(newsclean.clean(case.page).to_dict())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Run the variant matrix against newsclean.")
    ap.add_argument(
        "--write-xfail", action="store_true", help="rewrite matrix_xfail.json from this run"
    )
    args = ap.parse_args(argv)
    failing: dict[str, str] = {}
    all_cases = cases()
    for case in all_cases:
        problems = run(case)
        if problems:
            failing[case.id] = "; ".join(problems)[:120]
    for phenomenon in inject.PHENOMENA:
        ids = [c.id for c in all_cases if c.phenomenon == phenomenon]
        bad = [i for i in ids if i in failing]
        print(f"{phenomenon:11} {len(ids) - len(bad):3}/{len(ids)} cases pass")
    for cid, why in failing.items():
        print(f"  FAIL {cid}: {why}")
    if args.write_xfail:
        data = {"_comment": "python eval/matrix.py --write-xfail: cases failing with the filters "
                "of the moment (case id -> first problems); strict xfails in "
                "tests/test_variant_matrix.py", **failing}  # fmt: skip
        XFAIL.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {len(failing)} xfails to {XFAIL.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

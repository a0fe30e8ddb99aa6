"""Per-filter variant matrix: a positive and a negative case for every row of the
variant tables in ``eval/variants/*.json`` (each variant seen on a real page).

The cases are built by ``eval/matrix_cases.py`` from the variant (written the way the
evaluation builder writes it) and real paragraphs of ``eval/originals``, cleaned with
``newsclean.clean`` and checked against what the phenomenon requires.  Cases that fail
with today's filters are listed, with the reason, in ``eval/variants/matrix_xfail.json``
and run as strict xfails: when a filter learns a variant, its case fails here until it
is taken off the list (``python eval/matrix.py --write-xfail`` rewrites the list).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"
sys.path.insert(0, str(EVAL))

import inject  # noqa: E402
import inject_bylines  # noqa: E402
import matrix  # noqa: E402

CASES = matrix.cases()
XFAILS = matrix.xfails()


def _param(case: matrix.Case) -> object:
    marks = []
    if case.id in XFAILS:
        marks.append(pytest.mark.xfail(strict=True, reason=XFAILS[case.id]))
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_variant_case(case: matrix.Case) -> None:
    problems = matrix.run(case)
    assert not problems, f"{case.phenomenon} {case.polarity} {case.variant}: {problems}"


def test_every_variant_has_a_positive_and_a_negative_case() -> None:
    seen: dict[str, set[str]] = {}
    for case in CASES:
        seen.setdefault(case.variant, set()).add(case.polarity)
    for row in inject.all_rows():
        assert seen.get(row["id"]) == {"positive", "negative"}, row["id"]


def test_variant_rows_name_where_they_were_seen() -> None:
    ids = [row["id"] for row in inject.all_rows()]
    assert len(ids) == len(set(ids))
    for phenomenon in inject.PHENOMENA:
        table = inject.table(phenomenon)
        assert {r["split"] for r in table} == {"tuned", "held-out"}, phenomenon
        for row in table:
            assert row["where"].strip() and row["example"].strip(), row["id"]


def test_xfail_list_names_only_existing_cases() -> None:
    ids = {c.id for c in CASES}
    assert set(XFAILS) <= ids, sorted(set(XFAILS) - ids)


@pytest.mark.parametrize(
    ("fmt", "text", "gold"),
    [
        ("dash-sec", "2019-09-07 16:28:05", "2019-09-07T16:28:05+08:00"),
        ("dot", "2019.09.07 16:28", "2019-09-07T16:28:00+08:00"),
        ("roc", "民國108年09月07日 16:28", "2019-09-07T16:28:00+08:00"),
        ("roc-weekday", "中華民國108年9月7日星期六", "2019-09-07"),
        ("ampm", "2019年9月7日 下午4:28", "2019-09-07T16:28:00+08:00"),
        ("cjk-weekday", "2019年09月07日 星期六 16:28", "2019-09-07T16:28:00+08:00"),
        ("utc", "2019-09-07 08:28 UTC", "2019-09-07T08:28:00+00:00"),
        ("offset", "2019-09-07T16:28:05+09:00", "2019-09-07T16:28:05+09:00"),
        ("time-first-hkt", "16:28 2019-09-07 HKT", "2019-09-07T16:28:00+08:00"),
    ],
)
def test_builder_date_forms_and_their_gold(fmt: str, text: str, gold: str) -> None:
    assert inject_bylines.render_date(fmt, "2019-09-07T16:28:05+08:00") == (text, gold)
    assert dt.date(2019, 9, 7).weekday() == 5  # 星期六: the weekday words above are right


def test_held_out_pages_use_only_held_out_variants() -> None:
    held_rows = {r["id"] for r in inject.all_rows() if r["split"] == "held-out"}
    golds = [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted((EVAL / "gold").glob("*.json"))
    ]
    assert golds
    for gold in golds:
        assert gold["split"] == inject.page_split(gold["id"])
        used = set(gold["variants"])
        if gold["split"] == "held-out":
            assert used <= held_rows, (gold["id"], sorted(used - held_rows))
        else:
            assert not used & held_rows, (gold["id"], sorted(used & held_rows))

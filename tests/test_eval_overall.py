"""The evaluation's ``overall`` score (``eval/score.py``): the mean of a group's share
figures that apply to it, the counts kept apart as hard limits."""

from __future__ import annotations

import json
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent / "eval"
sys.path.insert(0, str(EVAL))

import score  # noqa: E402
from score_report import OVERALL_PARTS  # noqa: E402


def _scored(page_id: str) -> dict:
    gold = json.loads((EVAL / "gold" / f"{page_id}.json").read_text(encoding="utf-8"))
    return score.score_page(gold)


def test_overall_is_the_mean_of_the_shares_that_apply() -> None:
    pages = [_scored("001"), _scored("002")]
    summary = score.summarize(pages)["all"]
    shares = [summary[m] for m in OVERALL_PARTS if summary[m] is not None]
    assert summary["overall"] == round(sum(shares) / len(shares), 4)
    # a polluted pair of pages has no clean page to count: that share is left out
    assert summary["clean_unchanged"] is None or len(shares) == len(OVERALL_PARTS)


def test_a_wrong_field_lowers_the_overall_score() -> None:
    page = _scored("001")
    right = score.summarize([page])["all"]["overall"]
    wrong = dict(page, fields=dict(page["fields"], title=not page["fields"]["title"]))
    changed = score.summarize([wrong])["all"]["overall"]
    assert changed != right
    assert (changed < right) == page["fields"]["title"]


def test_counts_are_not_averaged_into_it() -> None:
    page = _scored("001")
    base = score.summarize([page])["all"]["overall"]
    worse = dict(page, spam_fp=page["spam_fp"] + 3, paras_removed=page["paras_removed"] + 2)
    summary = score.summarize([worse])["all"]
    assert summary["overall"] == base
    assert summary["spam_fp"] == page["spam_fp"] + 3

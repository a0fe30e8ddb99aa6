"""The spam stress benchmark (benchmarks/spam_stress.py, round 37) holds its floors: terms
from a lexicon the project never used, in every structure hijacked pages use, at the top,
between paragraphs and at the foot of real articles; real short lines kept."""

from __future__ import annotations

from conftest import benchmark

stress = benchmark("spam_stress")


def test_the_unseen_lexicon_is_not_the_shipped_one() -> None:
    from newsclean.filters.spam import lexicon

    shipped = set(lexicon().terms)
    terms = stress.terms(unknown_only=False)
    assert len(terms) >= 100
    assert not shipped & set(terms)
    assert len(stress.terms(unknown_only=True)) >= 60


def test_the_floors_hold() -> None:
    assert stress.main(["--check"]) == 0

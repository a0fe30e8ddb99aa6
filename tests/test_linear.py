"""The growth test of ``linear.py`` tells linear work from quadratic work."""

from __future__ import annotations

import re

import pytest
from linear import assert_linear


def test_linear_work_passes() -> None:
    assert_linear(lambda n: "受" * n, lambda text: text.count("受"), 200_000)


def test_quadratic_work_fails() -> None:
    # The fault these tests guard against: a pattern that, failing at the end, is tried
    # again from every start position.  Large enough that the 50 ms of allowed noise is
    # small beside the work (10,000: about 0.09 s; 40,000: about 1.4 s, 16x).
    quadratic = re.compile("受+x")
    with pytest.raises(AssertionError, match="took"):
        assert_linear(lambda n: "受" * n, quadratic.search, 10_000)

"""A growth test for hostile inputs: the work must be linear, whatever the machine's load.

A wall-clock budget on a unit test fails on a loaded machine and says little about
complexity (the project's speed targets live in ``benchmarks/``).  Instead a hostile case
runs at size ``n`` and ``4 n``, alternately, three times, and the best times are compared:
linear work takes about 4 times as long at the larger size, quadratic work 16 times.  The
bound (10 times, plus 50 ms for timer and cache noise) tells the two apart under load.
The clock is the process's CPU time, not the wall clock: on a loaded machine (CI beside
other jobs, two cores shared by several suites) the wall clock counts other processes'
turns, which once made a linear case look super-linear.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

GROWTH = 4
BOUND = 10.0
NOISE = 0.05  # seconds

Input = TypeVar("Input")


def assert_linear(
    make: Callable[[int], Input], judge: Callable[[Input], object], n: int, *, label: str = ""
) -> None:
    """Fail when ``judge`` takes more than about 10 times as long on ``make(4 n)`` as on
    ``make(n)``.  The inputs are made before the clock starts: building a 40 MB string
    costs what it costs, and is not the work under test."""
    small_input, large_input = make(n), make(GROWTH * n)
    small = large = float("inf")
    for _ in range(3):
        start = time.process_time()
        judge(small_input)
        small = min(small, time.process_time() - start)
        start = time.process_time()
        judge(large_input)
        large = min(large, time.process_time() - start)
    assert large < BOUND * small + NOISE, (
        f"{label}: size {n} took {small:.3f} s, size {GROWTH * n} took {large:.3f} s"
    )

"""The floor check the harvest scripts (``eval/harvest_*.py``) end with, written once."""

from __future__ import annotations

import sys


def floor_exit(hits: int, floor: int, check: bool) -> int:
    """The script's exit status: 1, said on stderr, when ``check`` asks and ``hits`` is
    below ``floor``; else 0."""
    if check and hits < floor:
        print(f"below the floor: {hits} < {floor}", file=sys.stderr)
        return 1
    return 0

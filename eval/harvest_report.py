"""The floor check the harvest scripts (``eval/harvest_*.py``) end with and the half a host
falls in, written once."""

from __future__ import annotations

import hashlib
import sys


def floor_exit(hits: int, floor: int, check: bool) -> int:
    """The script's exit status: 1, said on stderr, when ``check`` asks and ``hits`` is
    below ``floor``; else 0."""
    if check and hits < floor:
        print(f"below the floor: {hits} < {floor}", file=sys.stderr)
        return 1
    return 0


def host_half(host: str) -> str:
    """The half of a harvest's host: A (``sha256(host)`` even: read and tuned on) or B
    (scored only).  Each script names its host as it always has (the host as written, without
    ``www.``, or its registered domain): the halves already published depend on it."""
    return "AB"[int(hashlib.sha256(host.encode()).hexdigest(), 16) % 2]

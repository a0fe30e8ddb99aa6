"""The same input gives the same bytes in every process: nothing depends on the order of a
set of strings, which Python varies from process to process (PYTHONHASHSEED)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import FIXTURES, ROOT

_DUMP = """
import json, sys
from pathlib import Path
from newsclean import clean_bytes
for name in sys.argv[1:]:
    doc = clean_bytes(Path(name).read_bytes(), path=name)
    lines = [(r.placement, r.reason, [repr(e) for e in r.evidence]) for r in doc.lines]
    notes = [repr(n) for n in doc.notes]
    print(json.dumps([doc.to_dict(), lines, notes], ensure_ascii=False))
"""


def _dump(seed: str, pages: list[str]) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-c", _DUMP, *pages], capture_output=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    return done.stdout.decode("utf-8")


def test_outputs_and_evidence_do_not_depend_on_the_hash_seed():
    pages = sorted(str(p) for p in FIXTURES.glob("*.txt"))
    pages += sorted(str(p) for p in (ROOT / "eval" / "pages").glob("*.txt"))
    assert len(pages) > 100
    assert _dump("1", pages) == _dump("2", pages)

"""The mojibake detector on real harvested lines (tests/data/harvest/clean_lines.tsv, round 39).

Each row is a line verbatim from a stored public page (its address in the TSV), rebuilt by
eval/harvest_clean.py into a minimal page among its own page's lines. A clean line of a
risky family (classical verse, Cantonese, Taiwanese Hokkien, chemistry, a writer's "?",
wave dashes, doubled dashes) must draw no mojibake warning; real damage must draw one.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location("harvest_clean", _ROOT / "eval" / "harvest_clean.py")
assert _SPEC is not None and _SPEC.loader is not None
harvest = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(harvest)

ROWS = harvest.rows()
CONTEXT: dict[str, list[str]] = {}
for _kind, _line, _url in ROWS:
    if _kind not in harvest.DAMAGED and len(_line) >= 20:
        CONTEXT.setdefault(_url, []).append(_line)
#: A writer's U+FFFD printed on purpose, which no test tells from a decoder's (left alone).
KNOWN = "此外打开原有的文件也是方块问号\ufffd"


def test_the_harvest_is_wide() -> None:
    hosts = {url.split("/")[2] for _kind, _line, url in ROWS}
    assert len(ROWS) >= 150 and len(hosts) >= 20


CLEAN = [r for r in ROWS if r[0] not in harvest.DAMAGED and not r[1].startswith(KNOWN)]


@pytest.mark.parametrize(("kind", "line", "url"), CLEAN)
def test_a_real_clean_line_draws_no_warning(kind: str, line: str, url: str) -> None:
    warnings, repairs, _elsewhere = harvest.judge(line, CONTEXT.get(url, []))
    assert (warnings, repairs) == (0, 0), (kind, url)


@pytest.mark.parametrize(("kind", "line", "url"), [r for r in ROWS if r[0] in harvest.DAMAGED])
def test_real_damage_is_flagged(kind: str, line: str, url: str) -> None:
    warnings, _repairs, _elsewhere = harvest.judge(line, CONTEXT.get(url, []))
    assert warnings, (kind, url)


def test_the_floor_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.argv", ["harvest_clean.py", "--check"])
    assert harvest.main() == 0

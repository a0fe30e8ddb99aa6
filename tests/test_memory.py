"""Pages of many short lines: the same Document as line-by-line work gives, in bounded memory.

A page of one-character lines once cost about 550 bytes of Python objects per line (a
record, a view, lists and evidence per line, 220 MB of RSS per MB of input).  The lines
are now columns of shared objects, and each distinct short line is judged once per page.
"""

from __future__ import annotations

import random
import tracemalloc

import pytest
from conftest import REFERENCE

from newsclean import Document, LineRecord, clean
from newsclean import page as page_module
from newsclean.document import LineTable
from newsclean.explain import describe
from newsclean.filters import structure

#: Common Han characters, one per line in the short-line pages.
CHARACTERS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"

#: Short lines that are not plain body: a font-size button (furniture), a photo credit (a
#: caption), a byline, a share link, a bare date, a pinyin gloss, mojibake, traditional
#: characters, an invisible character, indentation, trailing space and blank lines.
SPECIAL = [
    "中",
    "小",
    "摄",
    "新华社记者",
    "分享到",
    "2025-07-02",
    "發(fā)",
    "發(fā)展",
    "??偼度?",
    "標題",
    "\u200b字",
    "\u3000\u3000字",
    "字 ",
    "",
    "",
]


def _mixed_page(seed: int, lines: int) -> str:
    """The reference article with short lines (one in ten special) spliced in."""
    rng = random.Random(seed)
    article = REFERENCE.read_text(encoding="utf-8").split("\n")
    out: list[str] = []
    for _ in range(lines):
        roll = rng.random()
        if roll < 0.05:
            out.append(rng.choice(article))
        elif roll < 0.15:
            out.append(rng.choice(SPECIAL))
        else:
            out.append(rng.choice(CHARACTERS))
    ends = ["\n", "\r\n", "\r"]
    return "".join(line + rng.choice(ends) for line in out)


def _everything(doc: Document) -> tuple[object, ...]:
    return (
        doc.to_dict(),
        list(doc.lines),
        doc.notes,
        dict(doc.stats()),
        [describe(record) for record in doc.lines],
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_memo_and_chunks_change_nothing(monkeypatch, seed):
    """Each distinct short line judged once per page, the page split, normalised and
    converted in chunks (7 lines, 5 characters: every boundary case, CRLF across a cut
    included), or all of it line by line in one piece: the same Document."""
    page = _mixed_page(seed, 3000)
    monkeypatch.setattr(page_module, "CHUNK", 7)
    monkeypatch.setattr(page_module, "SPLIT_CHUNK", 5)
    chunked = _everything(clean(page))
    monkeypatch.setattr(page_module, "MEMO_LENGTH", 0)
    monkeypatch.setattr(structure, "MEMO_LENGTH", 0, raising=False)
    monkeypatch.setattr(page_module, "CHUNK", 1 << 30)
    monkeypatch.setattr(page_module, "SPLIT_CHUNK", 1 << 30)
    assert chunked == _everything(clean(page))


def test_repeated_short_lines_are_placed_each_time():
    """A repeated line gets its verdict and its evidence at every occurrence, not once."""
    page = "产业发展\n\n" + "中\n山\n摄\n產業(yè)發(fā)展。\n" * 500
    doc = clean(page, convert="t2s")
    by_text: dict[str, set[tuple[str, str | None]]] = {}
    for record in doc.lines[2:]:
        by_text.setdefault(record.original, set()).add((record.placement, record.reason))
    assert by_text == {
        "中": {("removed", "share")},
        "山": {("body", None)},
        "摄": {("caption", None)},
        "產業(yè)發(fā)展。": {("body", None)},
    }
    assert [r.line for r in doc.removed] == list(range(3, 2003, 4))
    assert doc.stats()["pinyin_stripped"] == 1000
    assert doc.stats()["removed_share"] == 500
    assert doc.body.count("产业发展。") == 500


def test_line_table_reads_as_a_list_of_records():
    doc = clean(REFERENCE.read_text(encoding="utf-8"))
    table = doc.lines
    assert isinstance(table, LineTable)
    records = list(table)
    assert table == records and records == table
    assert table != records[:-1]
    assert all(isinstance(record, LineRecord) for record in records)
    assert [r.number for r in records] == list(range(1, len(records) + 1))
    assert table[0] == records[0] and table[-1] == records[-1]
    assert table[10:13] == records[10:13]
    with pytest.raises(IndexError):
        table[len(records)]
    # The counts read off the columns are those read off the records.
    as_list = Document(lines=records, removed=doc.removed, warnings=doc.warnings)
    assert as_list.stats() == doc.stats()
    assert clean(REFERENCE.read_text(encoding="utf-8")) == doc


def test_short_lines_stay_compact():
    """Peak Python memory while cleaning 50,000 one-character lines (4 bytes each in UTF-8)
    stays under 160 bytes a line: 40 MB per MB of input.  It was about 550."""
    rng = random.Random(7)
    count = 50_000
    page = "".join(rng.choice(CHARACTERS) + "\n" for _ in range(count))
    clean(page[:2000])  # the converter, lexicons and vocabularies load outside the count
    tracemalloc.start()
    try:
        doc = clean(page)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(doc.lines) == count
    assert peak < 160 * count, f"{peak / count:.0f} bytes per line"

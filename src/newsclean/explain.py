"""``--explain``: one row per input line, where it went and the evidence.

Everything shown is read from ``Document.lines``: the same records ``removed`` comes from.
"""

from __future__ import annotations

import shutil
from typing import IO, Any

from newsclean.document import Document, Evidence, LineRecord

#: Width of the plain table written to a file or pipe.
PLAIN_WIDTH = 160


def describe(record: LineRecord) -> tuple[str, str]:
    """(where the line went, the evidence) for one line, as plain strings."""
    where = f"removed:{record.reason}" if record.placement == "removed" else record.placement
    evidence = "; ".join(
        f"{ev.filter} {ev.action}" + (f" ×{ev.count}" if ev.count > 1 else "") + f": {ev.detail}"
        for ev in record.evidence
        if ev.filter != "convert"
    )
    return where, evidence


def summary(doc: Document) -> str:
    """One line: how many lines went where, and what the filters did."""
    places: dict[str, int] = {}
    for record in doc.lines:
        where, _ = describe(record)
        places[where] = places.get(where, 0) + 1
    stats = doc.stats()
    parts = [f"{count} {where}" for where, count in places.items() if where != "blank"]
    parts.append(f"{stats.get('pinyin_stripped', 0)} pinyin annotations stripped")
    parts.append(f"{stats.get('mojibake_warnings', 0)} mojibake warnings")
    return f"{len(doc.lines)} lines: " + ", ".join(parts)


def records(doc: Document) -> list[dict[str, Any]]:
    """The decisions as data: one record per thing a filter did to a line, and one per
    line placed without evidence (``filter``, ``action``, ``detail`` then None)."""
    found: list[dict[str, Any]] = []
    for record in doc.lines:
        if record.placement == "blank":
            continue
        kind = f"removed:{record.reason}" if record.placement == "removed" else record.placement
        shown: list[Evidence] = [ev for ev in record.evidence if ev.filter != "convert"]
        evidence: list[Evidence | None] = [*shown] or [None]
        for ev in evidence:
            found.append(
                {
                    "line": record.number,
                    "kind": kind,
                    "filter": ev.filter if ev else None,
                    "action": ev.action if ev else None,
                    "detail": ev.detail if ev else None,
                }
            )
    return found


def render_explained(doc: Document, fmt: str) -> str:
    """``--format json|jsonl --explain``: the document with an ``explain`` list of ``records``."""
    from newsclean.names import json_text

    data = {**doc.to_dict(), "explain": records(doc)}
    if fmt == "json":
        return json_text(data, indent=2) + "\n"
    return json_text(data, separators=(",", ":")) + "\n"


def print_explanation(doc: Document, stream: IO[str]) -> None:
    """A rich table on ``stream``; plain, uncoloured text when it is not a terminal."""
    from rich import box  # deferred: only --explain pays for rich's import
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=stream, highlight=False, soft_wrap=False)
    if not console.is_terminal:
        # A log or a pipe: no colour, and rows wide enough to read without folding.
        # COLUMNS (set by most shells for their children) when known.
        width = shutil.get_terminal_size((PLAIN_WIDTH, 24)).columns
        console = Console(file=stream, highlight=False, no_color=True, width=width)
    table = Table(title=doc.path, box=box.SIMPLE if console.is_terminal else None)
    table.add_column("line", justify="right", style="dim")
    table.add_column("placed")
    table.add_column("evidence", overflow="fold")
    table.add_column("text", overflow="ellipsis", no_wrap=True, max_width=40)
    styles = {"removed": "red", "title": "bold", "metadata": "cyan", "caption": "magenta"}
    for record in doc.lines:
        if record.placement == "blank":
            continue
        where, evidence = describe(record)
        style = styles.get(record.placement, "")
        table.add_row(
            str(record.number), Text(where, style=style), Text(evidence), Text(record.text)
        )
    console.print(table)
    for note in doc.notes:
        console.print(Text(f"{note.filter} {note.action}: {note.detail}"))
    console.print(Text(summary(doc)))  # wrapped at the width, as the table is

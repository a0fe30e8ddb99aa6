"""The vocabularies of the date grammar (``dates.py``): English month names, and the
weekday, half-day and zone words of ``data/date_words.txt`` in every script (the
traditional forms from ``data/traditional_variants.txt``, generated with OpenCC by
``tools/traditional_variants.py``).  Split from ``dates.py`` by job: the words here, the
grammar and its reading there."""

from __future__ import annotations

from functools import cache

from newsclean.data import data_lines

#: English month names and their usual abbreviations (``Sept.``), any case.
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip


@cache
def variants() -> dict[str, tuple[str, ...]]:
    """Simplified word -> its traditional forms (generated file, see its header)."""
    table: dict[str, list[str]] = {}
    for simplified, traditional in data_lines("traditional_variants.txt"):
        table.setdefault(simplified, []).append(traditional)
    return {word: tuple(forms) for word, forms in table.items()}


def with_variants(word: str) -> tuple[str, ...]:
    """``word`` and its traditional forms: ``with_variants("时间")`` is ``("时间", "時間")``."""
    return (word, *variants().get(word, ()))


@cache
def date_words() -> dict[str, dict[str, str]]:
    """kind -> {word (every script): value} from ``data/date_words.txt``."""
    table: dict[str, dict[str, str]] = {"weekday": {}, "half": {}, "zone": {}}
    for kind, word, value in data_lines("date_words.txt"):
        for form in with_variants(word):
            table[kind][form] = value
    return table

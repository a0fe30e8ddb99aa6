"""The vocabularies of the date grammar (``dates.py``): month and weekday names of the
Latin-script languages pages print beside Chinese (round 17: a table per language in
``data/calendar_names.txt``, composed by the grammar, not a list of forms; round 34,
Chinese too: CLDR zh's month names, 一月 … 十二月, which a template localised by name
prints in the Latin order, ``週四, 30 九月 2010 09:54``, ``星期日, 十月 20, 2019``), and the
weekday, half-day and zone words of ``data/date_words.txt`` in every script (the
traditional forms from ``data/traditional_variants.txt``, generated with OpenCC by
``tools/traditional_variants.py``).  Split from ``dates.py`` by job: the words here, the
grammar and its reading there."""

from __future__ import annotations

from functools import cache

from newsclean.data import data_lines

#: Month names of every language the pages print beside Chinese (``data/calendar_names.txt``:
#: one table per language, English, Malay, Indonesian, French...), lower case -> number;
#: the grammar matches them in any case.
MONTHS: dict[str, int] = {}
#: Weekday names of the same languages (read and ignored by the grammar).
WEEKDAYS: dict[str, int] = {}
for _language, _kind, _number, _name in data_lines("calendar_names.txt"):
    (MONTHS if _kind == "month" else WEEKDAYS)[_name] = int(_number)


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
            table.setdefault(kind, {})[form] = value
    return table

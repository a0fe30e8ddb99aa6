"""Round 20: a byline's date printed twice (two scripts or forms) is one date
(``byline_repeat.without_repeated_date``); a second field's date and a second day stay."""

from __future__ import annotations

import pytest
from linear import assert_linear

from newsclean.filters.byline_repeat import without_repeated_date
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # Invented forms (on no eval page): a Chinese date, its weekday, the English copy,
        (
            "2024年5月6日 星期一 Monday, May 6, 2024   东江晚报   文/王小明",
            {"published_at": "2024-05-06", "source": "东江晚报", "author": "王小明"},
        ),
        # two numeric forms of one day.
        ("2024-05-06 / 2024.5.6 | 王小明", {"published_at": "2024-05-06", "author": "王小明"}),
    ],
)
def test_one_day_printed_twice_is_one_date(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        "上傳日期: 2020.3.21   更新日期: 2020.3.21",  # a second field's value after its label
        "2024年5月6日至2024年5月9日",  # two days: a range
        "2024年5月6日，记者于2024年5月6日下午赶到现场。",  # a sentence naming the day twice
    ],
)
def test_lines_keep_their_second_date(line: str) -> None:
    assert without_repeated_date(line) == line


def test_repeated_date_is_linear() -> None:
    assert_linear(lambda n: "2024-05-06 " * n, without_repeated_date, 20_000)

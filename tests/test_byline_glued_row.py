"""Round 41: a byline row whose separators the flattened copy lost (``byline_glued_row``):
the date glued to the writer glued to the labels, read as the same row spaced.  The rows are
the round-40 eval pages' (001: a People's Daily military page mirrored with pinyin glosses;
011: a Xinhua wire copied under a Mongolian-language portal); the negatives are real lines
that open with a date glued to Han text and are prose or a title, never a row."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_glued_row import with_glued_row_spaced
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "2017-07-19曹智來源:新華社責任編輯:袁勃、劉軍濤我來說兩句",
            {
                "published_at": "2017-07-19",
                "author": "曹智",
                "source": "新華社",
                "editor": "袁勃、劉軍濤",
            },
        ),
        (
            "2019/9/20刘懿德来源:新华社",
            {"published_at": "2019-09-20", "author": "刘懿德", "source": "新华社"},
        ),
    ],
)
def test_a_glued_row_reads_as_spaced(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        # a dateline sentence and a dated title: Han after the date, but no label glued later
        "2019年9月7日，新京报记者走访了当地的三家工厂。",
        "2月10日上午,萬秀區云龍社區在梧州市鴛江麗港中心廣場開展主題活動",
        # a date glued to prose that holds a colon (a quoted speech): no label before it
        "2021年3月我们说:一定要把茶园建好。",
        # already spaced: unchanged
        "2019/9/20 来源:新华社",
    ],
)
def test_lines_that_are_no_glued_row_stay(line: str) -> None:
    assert with_glued_row_spaced(line) == line

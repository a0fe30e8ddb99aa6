"""Round 34: Joomla's "written by" (作者是) before the paper's account names the outlet
that published the text, the source; before a person's name it stays the author's
sentence (byline_names.author_sentence)."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_names import author_sentence
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("作者是 厦门晚报", {"source": "厦门晚报"}),
        ("作者是 央視新聞", {"source": "央視新聞"}),
        ("作者是 中評社", {"source": "中評社"}),
        ("作者是 李晓辉", {"author": "李晓辉"}),
    ],
)
def test_written_by_an_outlet_or_a_person(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize("line", ["作者是本报记者", "本文作者为资深媒体人", "作者是谁"])
def test_a_description_is_no_outlet(line: str) -> None:
    assert author_sentence(line) is None

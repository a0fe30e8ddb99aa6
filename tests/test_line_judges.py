"""line_judges: the remembered judges give the judges' own answers, asked once or twice."""

from __future__ import annotations

import pytest

from newsclean.filters.caption_cues import caption_cue_of
from newsclean.filters.captions import caption_cue
from newsclean.filters.line_judges import furniture_of, metadata_of
from newsclean.filters.metadata import parse_metadata
from newsclean.filters.navigation import classify_furniture

LINES = [
    # the reference article's lines (fixtures/000_da2a06443414a7f3.txt) and a foot menu
    "發布時間: 2025-07-02 16:05:00 來源: 西藏日報",
    "返回栏目>>",
    "刚建成时的华侨新村。图/越秀区华乐街道提供",
    "三年援藏路,一生雪域情。",
    "",
]


@pytest.mark.parametrize("text", LINES)
def test_a_remembered_answer_is_the_judges_answer(text: str) -> None:
    for _ in range(2):  # the second ask is served from the memo
        assert furniture_of(text) == classify_furniture(text)
        assert metadata_of(text) == parse_metadata(text)
        assert caption_cue_of(text) == caption_cue(text)


def test_the_judges_tell_the_lines_apart() -> None:
    assert metadata_of(LINES[0]) is not None
    assert furniture_of(LINES[1]) is not None
    assert caption_cue_of(LINES[2]) is not None
    assert furniture_of(LINES[3]) is None and metadata_of(LINES[3]) is None

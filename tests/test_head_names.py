"""A publisher's name alone under the headline (head_names.media_name)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.byline_outlet import names_media
from newsclean.filters.head_names import media_name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("新報人- 【亞洲人之聲】", "新報人"),  # a student paper: a media word, the column's layout
        ("樹仁新報人 - 【社會觀察】", "樹仁新報人"),
        ("校园网- 【热点】", "校园网"),
        ("政府新聞處- 【亞洲人之聲】", "政府新聞處"),  # a public body, as before
    ],
)
def test_a_column_header_names_its_outlet(line: str, name: str) -> None:
    assert media_name(line) == name


@pytest.mark.parametrize("line", ["图文- 【回家】", "春节- 【团圆】", "新報人", "报人心声"])
def test_a_kicker_or_a_bare_word_is_no_column_header(line: str) -> None:
    assert media_name(line) is None


def test_names_media_reads_a_media_word_or_an_outlet() -> None:
    assert names_media("新報人") and names_media("联合早报") and names_media("香港中通社")
    assert not names_media("春节") and not names_media("图文")


def test_the_column_header_under_the_headline_is_the_source() -> None:
    page = (
        "【劏房衞生成疫下隱憂 露宿者寧露宿街頭】\n\n新報人- 【亞洲人之聲】\n\n"
        + "  社區組織協會去年訪問了百多名露宿者，發現在疫情下，大約有六成人收入減少。\n\n" * 3
    )
    assert clean(page, convert="none").source == "新報人"

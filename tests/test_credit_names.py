"""A credit's names (filters/credit_names.py): 2-4 Han each, the words that are no part of
a name, and the family names that tell a glued name's length."""

from __future__ import annotations

import pytest

from newsclean.filters.credit_names import NAME, NOT_NAME, person_name, surnames


@pytest.mark.parametrize("word", ["张三", "欧阳小明", "何玉華", "阿·布"])
def test_a_name_is_two_to_four_han(word: str) -> None:
    assert NAME.match(word) and NOT_NAME.search(word) is None


@pytest.mark.parametrize("word", ["综合报道", "图", "新华社", "完"])
def test_words_of_a_dateline_or_an_agency_are_no_name(word: str) -> None:
    assert NOT_NAME.search(word) is not None


def test_family_names_hold_compound_ones_in_both_scripts() -> None:
    assert {"欧阳", "歐陽", "张", "張"} <= surnames()


@pytest.mark.parametrize(
    ("name", "person"), [("王小明", True), ("欧阳修", True), ("新华社", False), ("王", False)]
)
def test_a_person_s_name_is_a_family_name_and_one_or_two_given(name: str, person: bool) -> None:
    assert person_name(name) is person

"""Round 34: a source copied as the source site's page title is the site's name between
the greeting and the title's spaced separator."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_site_title import site_of_title


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("歡迎蒞臨僑委會全球資訊網 – 新聞焦點", "僑委會全球資訊網"),
        ("欢迎莅临华龙网-重庆晨报 – 新闻焦点", "华龙网-重庆晨报"),  # an unspaced dash joins
        ("欢迎访问Yahoo奇摩新闻 | 首页", "Yahoo奇摩新闻"),
        ("欢迎光临香港电台", "香港电台"),  # no section printed
    ],
)
def test_the_greeting_and_the_section_are_no_part_of_the_name(value: str, name: str) -> None:
    assert site_of_title(value) == name


@pytest.mark.parametrize("value", ["人民网 – 新闻焦点", "新华网", "欢迎"])
def test_without_a_greeting_the_value_stays(value: str) -> None:
    assert site_of_title(value) == value

"""Round 34: a value holding a strong spam term is a brand, never a publisher; a weak term
alone (an outlet's 娱乐) is no evidence."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_brand import is_spam_brand


@pytest.mark.parametrize("value", ["金沙手机网投app", "澳门博彩", "网投平台"])
def test_a_strong_spam_term_makes_a_brand(value: str) -> None:
    assert is_spam_brand(value)


@pytest.mark.parametrize("value", ["新浪娱乐", "人民网", "中央社", "香港电台", "体育彩票"])
def test_outlets_and_weak_terms_are_no_brand(value: str) -> None:
    assert not is_spam_brand(value)

"""The headline label (``filters/headline_label.py``): the page's own headline and a short
name after a separator is an image's alternative text; another headline, the headline
alone or a hyphened tail that is no picture's number are not."""

import pytest
from park_article import HEADLINE

from newsclean.filters.headline_label import headline_label, label_heads


def test_the_headline_label_needs_the_page_s_own_headline() -> None:
    assert headline_label("某地举行新闻发布会 - 某某要闻", {"某地举行新闻发布会"})
    assert not headline_label("另一则新闻标题在此 - 某某要闻", {"某地举行新闻发布会"})
    assert not headline_label("某地举行新闻发布会", {"某地举行新闻发布会"})


@pytest.mark.parametrize("tail", ["-3", "-图片", "-图片说明"])
def test_the_headline_with_another_hyphened_tail_is_no_alt_text(tail: str) -> None:
    assert not headline_label(HEADLINE + tail, {HEADLINE})


def test_the_heads_are_what_stands_before_each_separator():
    assert label_heads("某地举行新闻发布会 - 某某要闻") == ["某地举行新闻发布会"]

"""A keyword posing as a channel (filters/spam_channel.py): a farm's term glued to 新闻 alone
in the page head, written with terms of my own (no eval page's); negatives: section labels
and outlets over their stories, an outlet its article names, the same line on a page with
no spam and no vocabulary."""

from __future__ import annotations

import pytest
from test_spam_head_line import LONG as PARAS
from test_spam_question import HEADLINE, _text
from test_spam_slot import _removed_as_spam

from newsclean import clean

SPAM_ELSEWHERE = "澳门百家乐_九州娱乐城_金狐盒子88.com"


@pytest.mark.parametrize("line", ["金狐娱乐新闻", "金狐娛樂新闻"])
def test_a_brand_the_vocabulary_marks_goes_over_the_story(line: str) -> None:
    page = [line, HEADLINE, *PARAS]
    assert _removed_as_spam(page) == {line}
    doc = clean(_text(page))
    assert doc.source is None or "金狐" not in doc.source


def test_an_unknown_keyword_goes_on_a_hijacked_page_only() -> None:
    line = "紫霞盒子新闻"
    assert _removed_as_spam([line, HEADLINE, *PARAS]) == set()
    assert _removed_as_spam([line, HEADLINE, *PARAS, SPAM_ELSEWHERE]) == {line, SPAM_ELSEWHERE}


@pytest.mark.parametrize(
    "line",
    [
        "国际新闻",  # a section label
        "体育新闻",
        "澎湃新闻",  # a listed outlet
        "央視新聞",  # a listed outlet, printed traditional
        "清华新闻",  # the article prints 清华
        "今日新闻",  # a two-character word: a channel's (今日, 热点), an outlet's short name
        "红星新闻",
    ],
)
def test_real_channels_and_outlets_stay_on_a_hijacked_page(line: str) -> None:
    assert line not in _removed_as_spam([line, HEADLINE, *PARAS, SPAM_ELSEWHERE])


def test_below_the_first_paragraph_it_stays() -> None:
    line = "紫霞盒子新闻"  # a related-story channel under the article, not its head
    page = [HEADLINE, *PARAS, line, SPAM_ELSEWHERE]
    assert line not in _removed_as_spam(page)


def test_a_page_of_channel_lines_and_pairs_is_linear() -> None:
    from linear import assert_linear

    from newsclean.filters.spam_line import NOT_SPAM
    from newsclean.filters.spam_slot import slot_spam

    def page(n: int) -> list[str]:
        return [f"紫霞{k % 97:02d}新闻" if k % 2 else f"紫霞{k}(金狐{k})" for k in range(n)]

    assert_linear(page, lambda texts: slot_spam(texts, [NOT_SPAM] * len(texts)), 2000)

"""A keyword line in a gap of a spam list (filters/spam_gap.py, read by spam_slot): positive
cases written with keywords of my own (on no eval page; simplified and traditional) for an
unknown brand and a term glued to letters between the links of a tight spam run; negative
ones (a label with a colon there, a run of two spam lines, a heading apart from the list
by blank lines, a sentence under the list)."""

from __future__ import annotations

import pytest
from test_spam_question import HEADLINE, PARAS

from newsclean import clean
from newsclean.filters.spam_gap import gap_spam
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

LINKS = ["澳门百家乐", "九州娱乐城", "金狐盒子88.com", "一码中特"]


def _page(links: list[str]) -> str:
    return "\n\n".join([HEADLINE, *PARAS, "\n".join(links)]) + "\n"


def _spam(text: str) -> set[str]:
    return {r.text for r in clean(text, convert="none").removed if r.reason == "spam"}


@pytest.mark.parametrize("gap", ["银河网", "白鹭苑qq", "銀河網", "白鷺苑會員"])
def test_a_keyword_between_the_links_of_a_spam_list_goes(gap: str) -> None:
    # the links are a template's (read after the blocks): the gap is left to this reading
    links = ["紫霞移动关键词推广", gap, "青木移动关键词推广", "金狐移动关键词推广"]
    assert _spam(_page(links)) == set(links)


@pytest.mark.parametrize("gap", ["责编:张三", "记者 张三", "请发表评论。"])
def test_a_label_or_a_sentence_between_them_stays(gap: str) -> None:
    assert gap not in _spam(_page([*LINKS[:2], gap, *LINKS[2:]]))


def test_two_spam_lines_or_a_blank_line_apart_prove_no_list() -> None:
    texts = ["澳门百家乐", "紫霞网", "九州娱乐城"]
    spam = SpamVerdict(True, 0.0, (), 1)
    assert gap_spam(texts, [spam, NOT_SPAM, spam]) == {}
    texts = ["澳门百家乐", "九州娱乐城", "", "紫霞网", "", "一码中特", "金狐盒子"]
    verdicts = [spam, spam, NOT_SPAM, NOT_SPAM, NOT_SPAM, spam, spam]
    assert gap_spam(texts, verdicts) == {}
    texts = ["澳门百家乐", "九州娱乐城", "紫霞网", "一码中特"]
    assert list(gap_spam(texts, [spam, spam, NOT_SPAM, spam])) == [2]

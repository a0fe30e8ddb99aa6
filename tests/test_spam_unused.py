"""A term's characters against the article (filters/spam_unused.py): the article's plain
text, a Han character it never uses (any Han the character model counts), a hijacked page
that a line's own verdict does not make."""

from __future__ import annotations

from newsclean.filters.spam_line import NOT_SPAM, SpamVerdict
from newsclean.filters.spam_unused import names_pair, page_hijacked, plain_article, unused_han

ARTICLE = "新闻发言人介绍了论坛的议程和嘉宾,来自各部委的发言人出席。"


def test_the_article_leaves_out_spam_lines_asked_lines_and_glosses() -> None:
    spam = SpamVerdict(True, 0.0, ("色站",), 1)
    texts = ["新闻(xīn wén)发布", "色站导航", "紫霞盒子(蓝鲸会所)", "Forum 论坛"]
    article = plain_article(texts, [NOT_SPAM, spam, NOT_SPAM, NOT_SPAM], {2})
    assert article == "新闻发布\nforum 论坛"


def test_han_outside_the_basic_block_counts_as_han() -> None:
    # ext. B (𠀀) and a compatibility ideograph (﨑) are Han; the old inline range missed both
    assert unused_han("𠀀﨑", ARTICLE) == 2
    assert unused_han("发言人", ARTICLE) == 0
    assert unused_han("Mate60 (),", ARTICLE) == 0  # Latin, digits and marks are no Han


def test_unused_counts_distinct_characters() -> None:
    assert unused_han("横琴(广东珠海)", ARTICLE) == 6
    assert unused_han("新新闻闻", ARTICLE) == 0
    assert unused_han("琴琴", ARTICLE) == 1


def test_a_pair_is_named_in_either_form() -> None:
    assert names_pair(["娛樂圈", "娱乐圈"], "娱乐新闻") is True
    assert names_pair(["娱乐圈"], "福利彩票") is False
    assert names_pair(["娱 乐"], "娱乐") is False  # a space parts the pair


def test_a_lone_verdict_does_not_make_the_page_hijacked() -> None:
    lone = SpamVerdict(True, 0.0, ("金狐娱乐城",), 1, "a keyword posing as a channel", lone=True)
    assert page_hijacked([NOT_SPAM, lone]) is False
    assert page_hijacked([lone, SpamVerdict(True, 0.0, (), 1)]) is True
    assert page_hijacked([]) is False

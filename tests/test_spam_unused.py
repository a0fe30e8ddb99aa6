"""What the article reads (filters/spam_unused.py): a hijacked page that a line's own
verdict does not make (the gloss reading is tested with the article, test_spam_article)."""

from __future__ import annotations

from newsclean.filters.spam_unused import page_hijacked
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict


def test_a_lone_verdict_does_not_make_the_page_hijacked() -> None:
    lone = SpamVerdict(True, 0.0, ("金狐娱乐城",), 1, "a keyword posing as a channel", lone=True)
    assert page_hijacked([NOT_SPAM, lone]) is False
    assert page_hijacked([lone, SpamVerdict(True, 0.0, (), 1)]) is True
    assert page_hijacked([]) is False

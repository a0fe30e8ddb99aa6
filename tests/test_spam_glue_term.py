"""A term glued with no separator before a headline (``spam_glue_term``), on the headline
and paragraphs of tests/test_spam_glued.py (新华社, 2 February 2024)."""

from __future__ import annotations

from newsclean.filters.spam_article import Article
from newsclean.filters.spam_glue_term import glued_term, glued_term_spam
from newsclean.filters.spam_line import NOT_SPAM, SpamVerdict

HEADLINE = "外国驻华记者新年招待会在京举行"
PARAS = [
    "  新华社北京2月3日电,外交部2024年外国驻华记者新年招待会2日晚在北京举行。",
    "  外国驻华记者及外国驻华使节出席招待会,气氛热烈。记者们纷纷表示,新年招待会办得很好。",
]
SPAM = SpamVerdict(True, 3.0, ("色站",), 1)


def _article(head: str, hijacked: bool):  # type: ignore[no-untyped-def]
    page = [head, "免费色站 在线成人影院" if hijacked else "", *PARAS]
    verdicts = [NOT_SPAM, SPAM if hijacked else NOT_SPAM, *[NOT_SPAM] * len(PARAS)]
    return Article(page, verdicts).without(0)


def test_the_stretch_before_the_first_echoed_pair_is_the_glued_term():
    article = _article(f"1280杏吧{HEADLINE}", hijacked=True)
    assert glued_term(f"1280杏吧{HEADLINE}", article) == "1280杏吧"


def test_a_marked_term_goes_an_unknown_opening_stays():
    assert glued_term_spam("1280杏吧", "1280杏吧", HEADLINE, _article(HEADLINE, True))
    assert not glued_term_spam("六旬男子", "六旬男子", HEADLINE, _article(HEADLINE, True))

"""Spam inserted inside a headline and a post label before it (filters/spam_glued_inside.py):
a keyword inserted after the headline's first letter or letters or after its opening quote,
a ``原创`` label (with a keyword inside it too); and what stays: a headline whose words the
article echoes, a run the article prints, a page a codec garbled."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam_glued_inside import inside_cuts
from newsclean.filters.spam_line import NOT_SPAM, SpamVerdict

PARAS = [
    "  新华社香港9月23日电 香港新闻界23日举行酒会,庆祝新中国成立73周年。",
    "  行政长官李家超在致辞中表示,希望香港新闻界继续讲好香港故事。",
]
SPAM = SpamVerdict(True, 3.0, ("色站",), 1)


def _cut(head: str, spam: bool = True, paras: list[str] = PARAS) -> tuple[str, str] | None:
    page = [head, *(["免费色站 在线成人影院"] if spam else []), *paras]
    verdicts = [NOT_SPAM, *([SPAM] if spam else []), *[NOT_SPAM] * len(paras)]
    cuts = inside_cuts(page, verdicts)
    return (cuts[0].cut, cuts[0].rest) if 0 in cuts else None


HEADLINE = "香港新闻界庆祝新中国成立73周年"


@pytest.mark.parametrize(
    ("head", "cut"),
    [
        ("香远航娱乐港新闻界庆祝新中国成立73周年", "远航娱乐"),  # after the first letter
        ("原创 香借记卡四件套港新闻界庆祝新中国成立73周年", "原创 … 借记卡四件套"),  # no vocabulary
        ("原创 香港新闻界庆祝新中国成立73周年", "原创"),  # a post label
        (
            "原创 原性色社区创 香bt淫色电影港新闻界庆祝新中国成立73周年",
            "原创 原性色社区创 … bt淫色电影",
        ),
    ],
)
def test_a_run_inserted_inside_the_headline_goes(head: str, cut: str) -> None:
    assert _cut(head) == (cut, HEADLINE)


def test_after_the_opening_quote() -> None:
    paras = ["  人民网“行走新丝路”大型跨国全媒体报道活动今天在泉州启动,记者随团出发。"]
    assert _cut("“彩票2元网行走新丝路”报道活动启动", paras=paras) == (
        "彩票2元网",
        "“行走新丝路”报道活动启动",
    )


def test_the_whole_page_reads_the_headline_without_the_run() -> None:
    text = "\n\n".join(
        ["原创 香远航娱乐港新闻界庆祝新中国成立73周年", "免费色站 在线成人影院", *PARAS]
    )
    assert clean(text + "\n", convert="none").title == HEADLINE


@pytest.mark.parametrize(
    "head",
    [
        HEADLINE,  # nothing inserted
        "香港新闻界今日庆祝新中国成立73周年",  # a word of its own the article need not print
        "新加坡新闻界庆祝新中国成立73周年",  # 新加坡: no spam, and the page prints 新闻
    ],
)
def test_a_headline_of_its_own_words_stays(head: str) -> None:
    assert _cut(head) is None


@pytest.mark.parametrize("spam", [True, False])
def test_an_unknown_run_without_a_label_stays(spam: bool) -> None:
    # 借记卡四件套 is known by nothing but its unused letters: without the template's label
    # that is no evidence (a headline's own words may be unused too)
    assert _cut("香借记卡四件套港新闻界庆祝新中国成立73周年", spam=spam) is None

"""A bulletin's masthead in the page head is never the headline (``head_masthead``, round 41).

The masthead block is the one of 中日友好医院's party-work bulletin no. 16
(http://223.71.46.161:8080/Html/News/Articles/303978.html, eval/variants/byline.json):
the unit's line, 简 报 letter-spaced, the issue number, the hospital, the issuing office
and its date.  The story under it: https://paper-test.hket.com/article/3519485/ (香港经济日报,
eval/sources.json 094), the headline printed over the block as the held-out page did.
"""

from __future__ import annotations

from newsclean import clean
from newsclean.filters.head_masthead import masthead_lines

HEADLINE = "麦美娟:区会履职制 市民可监察议员"
MASTHEAD = ["中日友好医院党建工作", "简 报", "(16)", "中日友好医院", "党委办公室 2023-05-05"]
ARTICLE = [
    "  【本报讯】港府昨在立法会解说区议会改革方案,强调新制度并非想赶尽杀绝反对派,而是要赶绝"
    "非爱国爱港,妄图反中祸港者。会上未见议员反对,但有人关注未来区议员能否表达市民反对声音。"
    "当局指,希望区议员收集多元意见。",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_the_headline_over_a_masthead_heads():
    doc = clean(_page(HEADLINE, *MASTHEAD, *ARTICLE))
    assert doc.title == HEADLINE
    assert doc.body == [ARTICLE[0].strip()]  # the block is the issuer's record


def test_a_masthead_alone_is_no_headline():
    doc = clean(_page(*MASTHEAD, *ARTICLE))
    assert doc.title is None
    assert doc.body == [ARTICLE[0].strip()]


def test_a_spaced_word_the_article_prints_is_the_article_s():
    page = ["简 报", "本期简报共收录五篇稿件。"]
    assert masthead_lines([0], page.__getitem__, [], lambda: page[1]) == ([], [])

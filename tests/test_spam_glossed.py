"""Round 34: a line a mirror glossed, left whole by the cuts, is judged bare
(``spam_glossed.glossed_lines``), as a second cleaning reads it."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam import score_line
from newsclean.filters.spam_glossed import glossed_lines
from newsclean.filters.spam_verdict import NOT_SPAM
from newsclean.render import render

GLUED = "金沙娱乐 台湾广(guǎng)播电(diàn)台今(jīn)起试播越语节目 乱伦小荡妇"
NOTICE = "本站所（ zhàn suǒ ）有图片（ tú piàn ）皆来自（ lái zì ）本报:http://www.example-news.net/a.html"


def test_a_glossed_headline_with_spam_glued_both_sides_is_spam_read_bare() -> None:
    texts = [GLUED, NOTICE, "市民(shì mín)踊跃参加活动。"]
    assert set(glossed_lines(texts, [NOT_SPAM] * 3, ())) == {0}


def test_a_line_a_cut_took_is_not_asked_again() -> None:
    assert glossed_lines([GLUED], [NOT_SPAM], {0}) == {}


PARAGRAPHS = [
    "  市(shì)政府(fǔ)今天(tiān)举行(xíng)新闻(wén)发布会(huì),"
    "介绍(shào)全市(shì)防汛(xùn)准备(bèi)工作(zuò)。",
    "  据(jù)介绍(shào),今年(nián)全市(shì)新建(jiàn)排水(shuǐ)管网(wǎng)一百(bǎi)多公里(lǐ)。",
]


def test_a_glossed_foreign_headline_with_spam_glued_goes_on_both_cleanings() -> None:
    page = "\n\n".join(["市政府部署防汛准备工作", *PARAGRAPHS[:1], GLUED, *PARAGRAPHS[1:]]) + "\n"
    document = clean(page, convert="none")
    assert not any("乱伦" in line for line in document.body)
    assert any(r.reason == "spam" and "乱伦" in r.text for r in document.removed)
    again = clean(render(document, "text"), convert="none")
    assert (again.title, again.body) == (document.title, document.body)


# Round 37 (benchmarks/spam_stress.py): a list glued throughout, every item a phrase with a
# number or an address glued on, is machine-made whatever its words; the phrases are mine,
# in a black-market advertising list's families, unknown to the shipped lexicon.
GLUED_THROUGHOUT = "3356高价回收旧手机卡,出售学生家长名单137,8949代写论文kk9.cc"


def test_a_list_glued_throughout_is_spam_by_its_shape() -> None:
    from newsclean.filters.spam import lexicon

    assert not lexicon().find(GLUED_THROUGHOUT.split("kk9")[0])
    assert score_line(GLUED_THROUGHOUT).is_spam


@pytest.mark.parametrize(
    "line",
    [
        "湖人108,勇士102,快船99",  # scores: short names
        "华为mate60,小米14,荣耀x50",  # phone models
        "2024年度报告,2023年度报告,2022年度报告",  # years are no glue
        "3356高价回收旧手机卡,出售学生家长名单",  # two items, one glued
    ],
)
def test_real_lists_with_some_numbers_stay(line: str) -> None:
    assert not score_line(line).is_spam

"""A joined line of two segments (``spam_line.PAIR_MARGIN``): two long runs of lexicon terms
with a number or an address glued on, the shape of a hijacked page's name, is spam; a
headline of two clauses naming a crime (one term, a count of people, no glue) is not.
Lines written for the test in the shapes of the variant table (``eval/variants/spam.json``:
numbers glued to terms, a domain glued to the last term)."""

from __future__ import annotations

import pytest

from newsclean.filters.spam import score_line, spam_verdicts

SPAM_PAIRS = [
    "2024最新国产精品,免费观看",
    "日韩无码精品一区二区,av国产成人.net",
    "668p高清无码视频,国产精品88久久",
    "澳门百家乐真人娱乐2025,六合彩开奖结果",
]
REAL_PAIRS = [
    "警方破获特大网络赌博案,抓获嫌疑人32名",
    "国产大飞机首飞成功,C919交付",
    "2024年全国扫黄打非工作会议召开,部署专项行动",
    "网络赌博危害大,全市今年查处120起",
    "iPhone 16发布,国产手机迎来挑战",
    "女足世界杯,中国队2比1战胜海地",
    "澳门赌场,威尼斯人",  # two terms, no glue: a crackdown report's tags as often
]


@pytest.mark.parametrize("line", SPAM_PAIRS)
def test_a_pair_of_glued_term_runs_is_spam(line):
    assert score_line(line).is_spam


@pytest.mark.parametrize("line", REAL_PAIRS)
def test_a_headline_of_two_clauses_is_not(line):
    assert not score_line(line).is_spam


def test_the_page_path_agrees():
    page = [*SPAM_PAIRS, *REAL_PAIRS]
    verdicts = spam_verdicts(page)
    assert [v.is_spam and v.block is None for v in verdicts] == [
        score_line(line).is_spam for line in page
    ]

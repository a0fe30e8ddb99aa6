"""Round 34: a value holding a strong spam term is a brand, never a publisher; a weak term
alone (an outlet's 娱乐) is no evidence.  Round 35: a term the article speaks of is the
story's subject, and the value its publisher (a lottery site over a draw's results)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.byline_brand import is_spam_brand


@pytest.mark.parametrize("value", ["金沙手机网投app", "澳门博彩", "网投平台"])
def test_a_strong_spam_term_makes_a_brand(value: str) -> None:
    assert is_spam_brand(value, "市政府今天召开常务会议,研究部署今冬供暖保障工作。".__contains__)


@pytest.mark.parametrize("value", ["新浪娱乐", "人民网", "中央社", "香港电台", "体育彩票"])
def test_outlets_and_weak_terms_are_no_brand(value: str) -> None:
    assert not is_spam_brand(value, "".__contains__)


#: A lottery draw's report (written for the test in the form such notices take).
DRAW = (
    "中国福利彩票双色球第2024085期开奖公告\n"
    "2024-07-25 21:30  来源：中国彩票网\n"
    "中国福利彩票双色球游戏第2024085期开奖结果揭晓，本期红球号码为03、09、14、21、26、31。\n"
    "本期双色球销量为3.62亿元，一等奖开出8注，单注奖金为646万元。\n"
    "彩票中心提醒广大彩民理性购彩，量力而行。\n"
)


def test_a_lottery_site_over_its_draw_is_the_source() -> None:
    assert not is_spam_brand("中国彩票网", DRAW.__contains__)
    document = clean(DRAW)
    assert document.source == "中国彩票网"
    assert document.published_at == "2024-07-25T21:30:00+08:00"


def test_the_same_site_over_a_story_of_something_else_is_a_brand() -> None:
    page = DRAW.replace("彩票中心提醒广大彩民理性购彩，量力而行。", "市民可前往各服务点咨询。")
    page = page.replace("中国福利彩票双色球游戏", "本市").replace("中国福利彩票双色球", "本市")
    page = page.replace("本期双色球销量", "本期销量")
    assert is_spam_brand("中国彩票网", page.replace("来源：中国彩票网", "").__contains__)
    assert clean(page).source is None

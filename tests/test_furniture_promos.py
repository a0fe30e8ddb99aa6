"""A broadcaster's promotion line (``furniture_promos``): a medium and a call to watch, or
the line's English half, goes at a story's foot; a story reporting a broadcast stays."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_promos import promotion
from newsclean.filters.navigation import classify_furniture

PROMOTIONS = [
    "中天新聞 52 頻道 24 小時線上直播|CTi News 24h live",
    "【棒球聊天室】3/8(六) 19:00 中華VS日本 精彩賽事請看本台",
    "東森財經 57 頻道 24 小時直播|EBC Finance live",
    "【世界杯直播间】7/12(日) 03:00 法国VS巴西 精彩赛事请锁定本台",
]


@pytest.mark.parametrize("line", PROMOTIONS)
def test_a_channels_promotion_is_furniture(line: str) -> None:
    assert promotion(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "CCTV5频道24小时直播世界杯",  # a headline: no call, no English half
        "央视将全程直播比赛，敬请收看。",  # a sentence
        "本台频道将于周日直播颁奖典礼",  # two words only
        "他每天收看直播节目",
    ],
)
def test_a_story_about_a_broadcast_stays(line: str) -> None:
    assert not promotion(line)


def test_the_promotion_goes_from_the_foot_twice() -> None:
    line = PROMOTIONS[0]
    document = clean(_page(HEADLINE, *PARAGRAPHS, line, line))
    assert line_removed(document, line)
    assert document.body == PARAGRAPHS

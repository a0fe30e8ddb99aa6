"""A run of short lines of phrases foreign to the article (filters/spam_foreign_run.py,
round 37): a link list of terms no vocabulary knows, judged by its shape and foreignness;
real headings, captions and one-line paragraphs stay."""

from __future__ import annotations

import pytest
from test_spam_question import HEADLINE, PARAS, _text

from newsclean import clean
from newsclean.filters.spam import lexicon

#: Link lines of my own in the families of a black-market advertising list; no term of the
#: shipped lexicon inside (checked below), so only the shape and the article can speak.
LINKS = [
    "加急港澳通行证签注",
    "高价回收旧手机卡",
    "出售学生家长名单",
    "专业代写论文答辩",
    "信用卡提额秒批",
]
#: The same, two a line.
PAIRS = [
    "加急港澳通行证 高价回收手机卡",
    "出售家长名单 专业代写论文",
    "信用卡提额秒批 上门办理流水",
]


#: A spam line the filter knows by its lexicon: a neighbour that makes the run the injection's.
SPAM = "澳门威尼斯人娱乐场_金沙娱乐城_博彩网站"


def _removed_as_spam(lines: list[str]) -> set[str]:
    return {r.text for r in clean(_text(lines)).removed if r.reason == "spam"}


def test_the_links_are_unknown_to_the_lexicon() -> None:
    assert not any(lexicon().find(line) for line in [*LINKS, *PAIRS])


@pytest.mark.parametrize("where", ["top", "middle", "foot"])
def test_a_run_of_one_phrase_a_line_touching_spam_is_a_link_list(where: str) -> None:
    page = {
        "top": [*LINKS, HEADLINE, *PARAS],  # above the headline: no article's list
        "middle": [HEADLINE, PARAS[0], SPAM, *LINKS, *PARAS[1:]],
        "foot": [HEADLINE, *PARAS, SPAM, *LINKS],
    }[where]
    assert _removed_as_spam(page) - {SPAM} == set(LINKS)


@pytest.mark.parametrize("where", ["middle", "foot"])
def test_a_run_of_foreign_phrases_with_no_second_sign_stays(where: str) -> None:
    # round 37 mend: foreignness alone does not part a farm's list from the article's
    page = {
        "middle": [HEADLINE, PARAS[0], *LINKS, *PARAS[1:]],
        "foot": [HEADLINE, *PARAS, *LINKS],
    }[where]
    assert _removed_as_spam(page) == set()


def test_a_run_of_two_phrases_a_line_with_a_short_keyword_is_a_link_list() -> None:
    # a keyword of three Han characters (too short for a standalone line) in the run
    run = [*PAIRS, "指纹膜代做"[:3], "上门办理银行流水"]
    assert _removed_as_spam([HEADLINE, PARAS[0], SPAM, *run, *PARAS[1:]]) - {SPAM} == set(run)


def test_three_lines_are_no_run() -> None:
    assert _removed_as_spam([HEADLINE, PARAS[0], *LINKS[:3], *PARAS[1:]]) == set()


@pytest.mark.parametrize(
    "run",
    [
        # the article's own subheadings: they speak of the forum
        ["新闻发言人论坛开幕", "各部委发言人出席", "新时代新闻发布", "讲好中国故事"],
        # a menu: words of two to four characters
        ["国内新闻", "国际新闻", "社会万象", "财经频道"],
        # a share row: every line opens alike
        ["分享到微信好友", "分享到新浪微博", "分享到QQ空间", "分享到豆瓣网"],
        # a channel row over the foot's furniture: four-character names, a menu line
        ["新浪娱乐", "腾讯游戏", "网易彩票", "相关文章Related"],
        # captions of a crackdown report: prose signs (dates) and report words
        ["5月20日警方查获现场", "涉案手机卡被查扣", "民警清点涉案物品", "嫌疑人被依法刑拘"],
        # review37a 1c: a menu, a programme, places, venues, events, organisers
        ["北京烤鸭配荷叶饼", "清蒸多宝鱼", "红烧狮子头", "腊味合蒸", "什锦素烩"],
        ["开幕式暨迎春联欢会", "非遗传承人现场展演", "老字号年货大集", "新春灯谜竞猜活动"],
        ["天坛公园祈年殿", "颐和园十七孔桥", "北海公园琼华岛", "景山公园万春亭"],
        ["国家速滑馆冰丝带", "首钢滑雪大跳台", "国家游泳中心冰立方", "延庆国家雪车雪橇中心"],
        [
            "短道速滑",
            "自由式滑雪空中技巧",
            "单板滑雪男子大跳台",
            "花样滑冰双人滑",
            "钢架雪车男子单人",
        ],
        [
            "主办单位 北京市文化和旅游局",
            "承办单位 东城区文化馆",
            "协办单位 前门街道办事处",
            "支持单位 北京演艺集团",
        ],
        # related headlines under their label
        [
            "相关新闻",
            "冬奥场馆赛后利用规划出炉",
            "首钢园区成为城市更新样板",
            "老城保护条例正式施行",
        ],
    ],
)
def test_real_short_lines_stay(run: list[str]) -> None:
    assert _removed_as_spam([HEADLINE, PARAS[0], *run, *PARAS[1:]]) == set()


def test_a_short_line_naming_a_crime_between_paragraphs_stays() -> None:
    line = "出售学生家长名单"  # one line alone is no run, however foreign
    assert _removed_as_spam([HEADLINE, PARAS[0], line, *PARAS[1:]]) == set()

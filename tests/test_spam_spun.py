"""A keyword spun into an answer sentence without quotes, taken up by an apposition
(filters/spam_spun.py, round 24), on the pages of ``test_spam_quoted``; and the real game
articles naming their game so that must stay."""

from __future__ import annotations

import pytest
from test_spam_quoted import HEADLINE, PARAS, _page

from newsclean import clean
from newsclean.filters.spam_spun import apposed_spam
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict
from newsclean.page import simplify_lines

# Round 24: a keyword spun into an answer sentence, taken up by an apposition, no quotes.
#: The answer farm's sentence, as the farm prints it around its keyword (7i9.cn/banmaxc,
#: the round-23 row's site), with keywords of other lexicons in its slot.
ANSWER = "{}这款游戏中的外挂现象确实存在。"


def _apposed(lines: list[str]) -> set[int]:
    return set(apposed_spam(lines, [NOT_SPAM] * len(lines)))


@pytest.mark.parametrize("term", ["97资源总站", "卖qq号码", "章鱼彩票", "假证件", "蓝月传奇"])
def test_answer_sentence_at_the_top_around_a_foreign_keyword_goes(term):
    assert _apposed(_page(top=ANSWER.format(term))) == {0}


def test_answer_sentence_traditional_goes_read_simplified():
    page = _page(top="賣qq號碼这款遊戲中的外掛現象確實存在。")
    assert set(apposed_spam(page, [NOT_SPAM] * len(page), simplify_lines)) == {0}


def test_answer_sentence_between_paragraphs_needs_spam_elsewhere():
    page = _page(ANSWER.format("蓝月传奇"))
    assert _apposed(page) == set()
    spam = SpamVerdict(True, 3.0, ("彩票",), 1)
    top = ["章鱼彩票开户", *page]
    verdicts = [spam, *[NOT_SPAM] * len(page)]
    assert set(apposed_spam(top, verdicts)) == {2}


@pytest.mark.parametrize(
    "line",
    [
        # a headline has no stop: no answer sentence
        "王者荣耀这款游戏为何能火爆十年",
        # two sentences: a writer's paragraph
        "蓝月传奇这款游戏上线了。玩家很多。",
        # a report about the crime the farm sells
        "外挂软件这款产品已被警方查处,打击外挂犯罪绝不手软。",
        # no apposition: the demonstrative opens the sentence
        "这款游戏中的外挂现象确实存在,官方已封禁大量账号。",
    ],
)
def test_lines_without_the_answer_shape_stay(line):
    assert _apposed(_page(top=line)) == set()
    assert _apposed(_page(line)) == set()


def test_real_game_articles_naming_their_game_by_apposition_stay():
    # http://m.jiachangba.com/html/jiaoyu/603237.html (a games article on 原神): two of its
    # paragraphs take the game up by the apposition the farm uses; the article names it.
    page = [
        "原神好玩之处",
        "米哈游对原神这款游戏人物角色塑造方面非常的成功,每个人物有不同的服装和游戏定位及人物立绘。",
        "对于玩家来说,平时在家休息的时候可以在家用电脑玩游戏,而原神就做到了这一点。",
        "原神这款游戏的地图风景优美精致。",
    ]
    assert _apposed(page) == set()
    # https://7i9.cn/banmaxc/16015.html's summary: the farm's own sentence on a page about
    # the game (its article names 王者荣耀 again) is the article's
    story = [
        "王者荣耀这款游戏中的外挂现象确实存在。",
        "我们可以得知,在王者荣耀这款游戏中,外挂现象确实存在。许多玩家反映在游戏中遇到过使用外挂的玩家。",
        "综上所述,王者荣耀游戏中确实存在外挂现象,但游戏开发商对外挂的检测和处罚措施相当严厉。",
    ]
    assert _apposed(story) == set()


def test_pipeline_removes_the_answer_sentence_above_the_headline():
    text = "\n\n".join([ANSWER.format("信用卡提现"), HEADLINE, *PARAS]) + "\n"
    doc = clean(text)
    assert doc.title == HEADLINE
    assert [r.text for r in doc.removed if r.reason == "spam"] == [ANSWER.format("信用卡提现")]


def test_an_apposed_answer_is_judged_again_once_a_generated_title_is_found() -> None:
    # round 29: the apposed answer's term shares 平台 with a farm's colon title above it;
    # the title is found by the generated-line readings after the spun sentences, so the
    # answer is judged again with the title out of the article
    from newsclean.filters.spam import spam_verdicts

    page = [
        "大麻油,出售賬號,大發網,博貝娛樂,dg娛樂,色网,彩票",
        "天天國際網投平台全解析:安全合法观看指南",
        "私彩平臺这款游戏中的外挂现象确实存在。",
        "海沧市民节开幕 幸福海沧市民同享",
        "  上午11点,海沧区相关领导共同启动第二届海沧市民节开幕按钮,全场市民欢声雀跃。",
        "  据介绍,本届市民节为期一个月,将举办文艺演出、体育比赛等二十余项活动。",
    ]
    spam = [v.is_spam for v in spam_verdicts(page, simplify_lines=simplify_lines)]
    assert spam == [True, True, True, False, False, False]

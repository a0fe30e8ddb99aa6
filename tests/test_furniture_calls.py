"""Round 17 furniture: calls to act on the site (``furniture_calls``, the membership verbs
of ``furniture_grammar``): a link line, an overlay's instruction and a sign-up call go
anywhere and are never the headline; a short headline the article echoes, a subtitle, a
heading and a paragraph mentioning registering or downloading stay."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS, assert_goes_above_the_headline
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_calls import link_label, onboarding_call, overlay_instruction
from newsclean.filters.navigation import classify_furniture


@pytest.mark.parametrize(
    "line",
    [
        "誌Mall 預購連結:https://ly.hkfture.com/KxTwq",
        "官方商城购买链接：https://shop.example.cn/item/889",  # invented
        "App下載網址: https://apps.example.com.tw/dl",  # invented
    ],
)
def test_a_link_line_above_the_headline_goes(line: str) -> None:
    assert_goes_above_the_headline(line)


def test_a_link_line_the_article_speaks_of_stays() -> None:
    line = "口袋公园开放报名链接:https://forms.example.cn/park"
    assert link_label(line) is not None
    document = clean(_page(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], line))
    assert not line_removed(document, line)


def test_a_source_link_is_no_link_line() -> None:
    assert link_label("原文链接: https://www.example.cn/a/1.html") is None
    assert link_label("详情请见官网 https://example.com/") is None


@pytest.mark.parametrize(
    "line",
    [
        "※ 本網頁已閒置超過5分鐘,請點擊右上關閉鈕,即可關閉。",
        "此页面已超时,请按下方的刷新按钮。",  # invented
        "您已閒置過久,請點選此處繼續瀏覽",  # invented
    ],
)
def test_an_overlay_instruction_goes_anywhere(line: str) -> None:
    assert overlay_instruction(line)
    document = clean(_page(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], line))
    assert line_removed(document, line)
    assert len(document.body) == 2


@pytest.mark.parametrize(
    "line",
    [
        "市民打开小程序后,点击右上角按钮,即可查询。",  # a story telling how to use an app
        "网页显示,点击右上角按钮可以领取红包,警方提醒这是骗局。",
        "页面设计获得大奖。",
    ],
)
def test_a_sentence_about_pages_and_buttons_stays(line: str) -> None:
    assert not overlay_instruction(line)


@pytest.mark.parametrize(
    "line",
    [
        "马上注册,结交更多好友",  # a forum's guest banner
        "立即註冊會員,結識更多朋友",  # invented
        "免费注册账号",  # invented
    ],
)
def test_a_sign_up_call_above_the_headline_goes(line: str) -> None:
    assert classify_furniture(line) is not None
    assert_goes_above_the_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "注册会计师考试下月开始",  # a real short headline
        "他在网上结交了不少好友,后来才发现对方是骗子。",  # registering inside a sentence
        "市民可在官网注册后下载申请表格,填写完毕后提交。",
        "登录后查看全部内容的做法引发争议",
    ],
)
def test_a_line_mentioning_registering_stays(line: str) -> None:
    assert classify_furniture(line) is None


def test_a_short_headline_the_article_echoes_stays() -> None:
    headline = "注册会计师考试下月开始"
    paragraph = "本报讯 今年注册会计师考试将于下月开始，考生可登录官网下载准考证。"
    document = clean(_page(headline, paragraph, PARAGRAPHS[1]))
    assert document.title == headline


def test_every_click_verb_passes_the_prefilter() -> None:
    from newsclean.data import data_lines
    from newsclean.filters.furniture_calls import CLICK_MARKS

    verbs = [fields[1] for fields in data_lines("call_words.txt") if fields[0] == "click"]
    assert verbs and all(any(mark in verb for mark in CLICK_MARKS) for verb in verbs)


@pytest.mark.parametrize(
    "line",
    ["仅需1分钟，免费注册", "僅需兩步,立即體驗！", "只要3步,马上开始"],  # invented
)
def test_an_onboarding_call_above_the_headline_goes(line: str) -> None:
    assert onboarding_call(line)
    assert_goes_above_the_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "只需三步,教你做出一碗好面",  # a how-to headline: says what is done
        "只需一步,他就能开始新生活",  # a sentence of a story
        "快速开始",  # a start alone: a heading
        "注册只需一步",
    ],
)
def test_a_headline_promising_ease_is_no_onboarding_call(line: str) -> None:
    assert not onboarding_call(line)

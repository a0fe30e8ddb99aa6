"""Round 19 furniture: English share buttons joined by a conjunction, a record number (a
date and a sequence), a picture's number after the headline (an alt text), an account
notice to the reader, a print-version row padded with spaces and a share verb sent to a
recipient.  Each goes anywhere and is never the headline; a short headline the article
echoes, a subtitle, a heading, a story's sentence about members or downloading and a
paragraph quoting an English phrase stay."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS, assert_goes_above_the_headline
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_calls import account_notice
from newsclean.filters.furniture_counters import record_number
from newsclean.filters.headline_label import headline_label
from newsclean.filters.navigation import classify_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Bookmark and Share",
        "Print & Email",  # invented
        "Like or Follow",  # invented
        "Share and Comment",  # invented
    ],
)
def test_english_buttons_joined_by_a_conjunction_go(line: str) -> None:
    assert classify_furniture(line) is not None
    document = clean(_page(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], line))
    assert line_removed(document, line)
    assert len(document.body) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Bread and Butter",  # no tool word: a subtitle or a name
        "Share and Enjoy",  # one tool word and a word of its own
        "and",
        "Print and",  # a conjunction joins two
    ],
)
def test_english_words_that_are_no_buttons_stay(line: str) -> None:
    assert classify_furniture(line) is None


def test_a_paragraph_quoting_an_english_phrase_stays() -> None:
    line = "园林局在公园入口设置了“Like and Share”拍照打卡点，吸引不少年轻人前来合影留念。"
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert not line_removed(document, line)


@pytest.mark.parametrize("line", ["20150427001", "20230915012", "2019061803"])  # 2: invented
def test_a_record_number_at_the_foot_goes(line: str) -> None:
    assert record_number(line)
    document = clean(_page(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], line))
    assert line_removed(document, line)
    assert len(document.body) == 2


@pytest.mark.parametrize("line", ["13800138000", "20231345001", "20230915", "2023"])
def test_a_number_that_is_no_record_number_is_none(line: str) -> None:
    assert not record_number(line)


@pytest.mark.parametrize("tail", ["-图片1", "-圖2", "-组图3", "-Photo 1"])  # invented but 1
def test_the_headline_with_a_picture_number_is_an_alt_text(tail: str) -> None:
    line = HEADLINE + tail
    assert headline_label(line, {HEADLINE})
    document = clean(_page(HEADLINE, line, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert line_removed(document, line)
    assert document.title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "很可惜 T 。T 您现在还不是作者身份,不能自主发稿哦~",
        "很可惜 T 。T 您现(xiàn)在还不是作者身份,不能自主发(fā)稿哦~",
        "抱歉，您还没有登录，无法发表评论",  # invented
        "對不起,您尚未註冊會員,不能下載附件!",  # invented
        "您的权限不足，无法查看此内容",  # invented
    ],
)
def test_an_account_notice_above_the_headline_goes(line: str) -> None:
    assert account_notice(line)
    assert_goes_above_the_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "他现在还不是会员，不能参加投票。",  # the third person: a story
        "如果您还不是会员，不能下载的资料可以到图书馆查阅，工作人员介绍说。",
        "您好，作为会员，不能忘记发表意见",
        "会员不能下载",  # a heading: no reader addressed
    ],
)
def test_a_sentence_about_members_is_no_account_notice(line: str) -> None:
    assert not account_notice(line)


def test_a_story_sentence_about_subscribing_and_downloading_stays() -> None:
    line = "园林局提醒，您如果还不是公园年卡会员，可以通过官方小程序下载电子年卡并订阅开放通知。"
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert not line_removed(document, line)


@pytest.mark.parametrize(
    "line",
    [
        "页面有问题?请点击打印板-》打印版                  [推荐此文给朋友]",
        "打印版      [推荐本文给好友]",  # invented
        "【列印版】     【推薦此文給朋友】",  # invented
    ],
)
def test_a_print_version_row_goes(line: str) -> None:
    assert classify_furniture(line) is not None
    assert_goes_above_the_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "他把这篇文章推荐给朋友",  # a sentence of the story
        "给朋友的一封信",  # a heading
        "打印版面设计大赛在京举行",  # a short headline
    ],
)
def test_lines_about_friends_and_prints_are_no_tool_row(line: str) -> None:
    assert classify_furniture(line) is None


@pytest.mark.parametrize("headline", ["口袋公园年底开放", "打印版本的公园地图"])
def test_a_short_headline_the_article_echoes_stays(headline: str) -> None:
    document = clean(_page(headline, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert document.title == headline
    assert len(document.body) == 2


# Round 32: a share widget's label sends the page straight to its readers and says what
# they gain.  Real: people.com.cn's share button under every article (分享让更多人看到,
# also the label of a WeChat mini-program's share button in a public repository); the
# hijacked people.com.cn copy that prints it after the editor line.
@pytest.mark.parametrize("line", ["分享让更多人看到", "转发让更多人知道", "分享讓大家看見"])
def test_a_share_label_to_its_readers_goes(line: str) -> None:
    assert classify_furniture(line) is not None
    document = clean(_page(HEADLINE, *PARAGRAPHS, line))
    assert line_removed(document, line)


@pytest.mark.parametrize(
    "line",
    [
        # a blog's closing sentence (snowdreams1006.github.io): the call inside a sentence
        "如果你觉得本文对你有所帮助,欢迎分享让更多人看到哦",
        # a forum post's wish (arduino.cn): its subject and a long object
        "希望大家分享给你周边需要的朋友或者同学",
        "他把照片分享给大家看",
    ],
)
def test_a_sentence_asking_to_share_stays(line: str) -> None:
    assert classify_furniture(line) is None


# Round 38: a map widget's own words (furniture_widgets.map_labels).
def test_a_map_widgets_provider_over_its_map_word_goes() -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], "Baidu", "map"))
    assert line_removed(document, "Baidu") and line_removed(document, "map")
    assert len(document.body) == 2


def test_either_word_alone_or_a_sentence_about_maps_stays() -> None:
    from newsclean.filters.furniture_widgets import map_label_line, map_label_pair

    assert not map_label_pair("Baidu", "百度发布第三季度财报")
    assert not map_label_line("百度地图上线实时公交功能")
    document = clean(_page(HEADLINE, PARAGRAPHS[0], "Google", PARAGRAPHS[1]))
    assert not line_removed(document, "Google")


# Mend, round 38: a map app's name as a sub-heading is no widget (reviewer's map1, map7).
@pytest.mark.parametrize("name", ["百度地图", "高德地图", "谷歌地图", "Google Maps"])
def test_a_map_apps_name_as_a_sub_heading_stays(name: str) -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], name, PARAGRAPHS[1]))
    assert not line_removed(document, name)


def test_a_map_apps_name_the_headline_prints_stays_even_beside_a_widget_word() -> None:
    document = clean(_page("百度地图上线新功能", PARAGRAPHS[0], "百度地图", "Baidu", PARAGRAPHS[1]))
    assert not line_removed(document, "百度地图")


def test_a_review_of_two_map_apps_keeps_both_sub_headings() -> None:
    page = _page(HEADLINE, PARAGRAPHS[0], "腾讯地图", PARAGRAPHS[1], "百度地图", PARAGRAPHS[0])
    document = clean(page)
    assert not line_removed(document, "腾讯地图") and not line_removed(document, "百度地图")


def test_a_one_line_map_label_beside_a_widget_word_goes() -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], "Baidu Map", "map"))
    assert line_removed(document, "Baidu Map")

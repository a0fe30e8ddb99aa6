"""Round 20 furniture models, each with forms invented for its tests (on no eval page):
a link's teaser and its call to click *here* (``furniture_click``), the text's own length
and reading time (``furniture_meters``), and a picture's file name a machine wrote with a
prefix no table knows (``furniture_files``).  Real lines of the same shapes stay."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_click import click_here_line
from newsclean.filters.furniture_files import file_name_line
from newsclean.filters.furniture_meters import is_measure
from newsclean.filters.navigation import classify_furniture


@pytest.mark.parametrize(
    "line",
    [
        "想知得更多詳情?立即Click這裡",  # the round-19 form
        "More details? Click here",  # invented: English
        "想了解更多? 按此",  # invented: a Chinese verb and place word
        "睇全文,即刻撳呢度",  # invented: Cantonese
        "Want the full story? Tap here!",  # invented
        "立即点击这里了解更多",  # invented: the call and what it opens
    ],
)
def test_a_teaser_and_a_call_to_click_here_is_furniture(line: str) -> None:
    assert click_here_line(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "网民留言:想知道更多?立即点击这里",  # two leads: a story's quote
        "想知道答案?请看下文",  # no click verb, no place word
        "警方呼吁市民,如发现可疑人物请按此前公布的热线报警",  # 按此前: a sentence
        "小明说他不会点击这里的任何链接",  # a subject before the verb
    ],
)
def test_a_sentence_about_clicking_is_no_call(line: str) -> None:
    assert not click_here_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "本篇文章557字,读完约1分钟",  # the round-19 form
        "此稿共1200字，預計閱讀3分鐘",  # invented
        "本文字数 2400 字,阅读时间约 8 分钟",  # invented
        "全文3800字，读完需要12分钟",  # invented
    ],
)
def test_the_texts_length_and_reading_time_is_furniture(line: str) -> None:
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "clause",
    ["这篇文章有3000字的篇幅", "他读完这本书用了3分钟", "全书共300页", "阅读量突破3000万"],
)
def test_a_storys_clause_about_length_or_reading_is_no_measure(clause: str) -> None:
    assert not is_measure(clause)
    assert classify_furniture(clause) is None


@pytest.mark.parametrize(
    "line", ["DM_20250928084911_001.JPEG", "scan-20231104-2.png", "wx_20240101123000.webp"]
)
def test_a_machines_file_name_with_an_extension_is_a_file_name(line: str) -> None:
    assert file_name_line(line)


@pytest.mark.parametrize("line", ["Photo_2.jpg", "COVID-2019", "HK_20231104", "G20_2016峰会"])
def test_a_name_with_a_number_is_no_machines_file_name(line: str) -> None:
    assert not file_name_line(line)


def test_a_teaser_a_measure_and_a_file_name_go_and_the_story_stays() -> None:
    lines = ["全文3800字，读完需要12分钟", "scan-20231104-2.png", "More details? Click here"]
    document = clean(_page(HEADLINE, lines[0], PARAGRAPHS[0], lines[1], PARAGRAPHS[1], lines[2]))
    for line in lines:
        assert line_removed(document, line)
    assert document.title == HEADLINE
    assert len(document.body) == 2


def test_a_paragraph_quoting_a_call_to_click_stays() -> None:
    quote = "警方提醒,骗子常发短信称“想了解更多?立即点击这里”,市民切勿打开链接。"
    document = clean(_page(HEADLINE, PARAGRAPHS[0], quote, PARAGRAPHS[1]))
    assert any(quote in paragraph for paragraph in document.body)


# Round 36: a call to follow the account the click points at (furniture_click.follow_call).
@pytest.mark.parametrize(
    "line",
    [
        "↑ 點擊上方“不可思議的修武”關注我們",
        # invented: other accounts, other places, unquoted or in corner brackets
        "点击上方「竹山发布」关注我们",
        "👆点击上方蓝字关注我们",
        "点击上方修武发布关注我们!",
    ],
)
def test_a_call_to_follow_the_account_above_goes(line: str) -> None:
    document = clean(_page(line, HEADLINE, *PARAGRAPHS))
    assert line_removed(document, line)
    assert document.title == HEADLINE


@pytest.mark.parametrize(
    "line",
    ["他点击上方的链接后关注了这个账号", "点击上方的链接后关注", "网友点击上方“举报”关注度上升"],
)
def test_a_sentence_about_clicking_above_is_no_follow_call(line: str) -> None:
    assert not click_here_line(line)

"""Round 16 furniture: lines of the page's interface read by their grammar
(``furniture_interface``): never the headline, gone from the page; real short lines of
the same shapes that the article echoes, subtitles and headings stay."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS, assert_goes_above_the_headline
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_interface import (
    filter_header,
    headline_label,
    label_of_words,
    open_leadin,
    poster_record,
    unfilled_count,
)


@pytest.mark.parametrize(
    "line",
    [
        "点击收听本文,约",  # a read-aloud widget that lost its minutes
        "跳转到: 导航, 搜索",  # a wiki's jump-to links
        "转到: 目录, 页首, 页尾",
        "编者想告诉你的是",  # a lead-in whose object is missing
        "显示包含「城市绿化」标签的文章。显示所有文章",  # a blog's label filter
    ],
)
def test_an_interface_line_above_the_headline_goes(line: str) -> None:
    assert_goes_above_the_headline(line)


@pytest.mark.parametrize("line", ["상태바", "메뉴 열기"])
def test_a_hangul_status_string_on_a_chinese_page_goes(line: str) -> None:
    assert_goes_above_the_headline(line)


def test_a_comments_poster_record_goes_anywhere() -> None:
    record = "评论提交者 | Posted by 小林 (IP: 10.21.3.44)"
    document = clean(_page(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], record))
    assert line_removed(document, record)
    assert poster_record(record)
    assert not poster_record("警方查明，嫌犯使用的地址(IP: 10.21.3.44)位于境外。")


def test_a_headline_label_goes_and_the_headline_heads() -> None:
    label = f"原文标题:{HEADLINE}"
    document = clean(_page(label, HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert line_removed(document, label)
    assert document.title == HEADLINE
    assert not headline_label("原文标题:另一条新闻的标题在此", [HEADLINE])


def test_the_grammars() -> None:
    assert unfilled_count("点击播报本文,约") and unfilled_count("本文共")
    assert not unfilled_count("本文约3分钟")  # the number is there
    assert not unfilled_count("约")
    assert label_of_words("跳转到: 导航, 搜寻")
    assert not label_of_words("时间: 2024年5月1日, 周三")  # numbers: a byline
    assert not label_of_words("主办: 市园林局, 市文明办和各街道办事处")  # long values
    assert open_leadin("我们想让你知道的是")
    assert not open_leadin("他想让你知道的是真相被掩盖了多年之久")  # the object follows
    assert filter_header("显示包含「中港关系」标签的文章。显示所有文章") is not None
    assert filter_header("数据显示近半数文章涉及中港关系") is None


@pytest.mark.parametrize(
    "headline",
    [
        "口袋公园年底开放",  # a short headline the article echoes
        "公园管护由街道负责",
        "市民关心的是口袋公园",  # echoed, and a sentence of its own
    ],
)
def test_a_short_headline_the_article_echoes_stays(headline: str) -> None:
    document = clean(_page(headline, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert document.title == headline


def test_a_subtitle_and_a_heading_stay() -> None:
    subtitle = "三座公园设有健身步道"
    heading = "居民意见如下"
    page = _page(HEADLINE, subtitle, PARAGRAPHS[0], heading, PARAGRAPHS[1])
    document = clean(page)
    assert document.title == HEADLINE
    assert not line_removed(document, subtitle)
    assert not line_removed(document, heading)  # in the body: not the head's to judge
    echoed = "居民意见: 公园, 步道"  # the shape of a label of words, the article's words
    assert label_of_words(echoed)
    assert not line_removed(clean(_page(HEADLINE, echoed, *PARAGRAPHS)), echoed)


def test_a_desk_name_over_the_byline_gives_way_to_the_echoed_headline() -> None:
    page = _page(HEADLINE, "名誉记者团", "2024-05-01 10:00", *PARAGRAPHS)
    document = clean(page)
    assert document.title == HEADLINE


def test_a_weakly_echoed_headline_with_no_better_line_stays() -> None:
    headline = "香港八号风球仍生效 特首指保障市民平安是最大考虑"
    paragraphs = ["本报讯 记者从市园林局获悉，今年本市新建的三座口袋公园将于年底前全部向市民开放。"]
    assert clean(_page(headline, *paragraphs)).title == headline


# Round 46: a Discuz printable view's head, the forum's name over 标题: (title), the headline
# and the print tool in its frame: http://bbs.cnssxq.com/forum.php?action=printable&mod=
# viewthread&tid=119186 (eval/variants/furniture.json, tool-discuz-printable-forum-name-
# title-label-print-page-two-lines-top-forum-printable); the headline printed again under it.
def test_a_printable_views_title_label_goes_and_the_headline_heads() -> None:
    headline = "衡阳县举办“蒸水生态环保行”活动 庆祝第16个记者节"
    label = f"标题: {headline} [打印本页]"
    document = clean(_page(label, headline, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert line_removed(document, label)
    assert document.title == headline


def test_a_bracket_of_the_headlines_own_stays_in_the_value() -> None:
    # a bracket that is no page tool is the headline's: the value must be printed with it
    assert not headline_label("标题: 衡阳县举办活动 [第二届]", ["衡阳县举办活动"])

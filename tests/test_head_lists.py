"""``head_lists`` (round 31, split from ``title``): lines of the head that list or count,
never a headline: a row of bulleted link words and the page's clock, and the real lines
beside them that are no such row."""

import pytest

from newsclean.filters.furniture_masthead import is_edition_title
from newsclean.filters.head_lists import (
    head_part,
    is_bullet_row,
    is_head_furniture,
    is_lone_letter,
    is_page_counter,
)
from newsclean.filters.title import is_title_shaped


@pytest.mark.parametrize("line", ["·中文 ·English ·Партнеры ·", "• 首页 • 新闻中心 • 联系我们"])
def test_a_bulleted_row_of_link_words_is_a_list(line: str):
    # round 32: site_speech.page_speech reads it as the page's links (test_site_speech)
    assert is_bullet_row(line)


@pytest.mark.parametrize(
    "line", ["香港·澳门·台湾三地联合举办书展", "• 博客访问: 164337", "新闻·观察 | 约翰·史密斯访华"]
)
def test_joining_dots_and_one_bulleted_item_are_no_row(line: str):
    assert not is_bullet_row(line)


@pytest.mark.parametrize("line", ["纽约时间: 12月17日 星期三", "2024年3月5日 星期二"])
def test_the_pages_clock_counts(line: str):
    assert is_page_counter(line)


@pytest.mark.parametrize("line", ["12月17日起全市停课", "3月5日 两会开幕"])
def test_a_headline_with_a_date_is_no_clock(line: str):
    assert not is_page_counter(line)


# A feed's item number and age over its headline (https://podcasts.apple.com, round 36).
@pytest.mark.parametrize("line", ["1. 6小时前", "3分钟前", "2. 14 天前"])
def test_a_feed_items_age_counts(line: str):
    assert is_page_counter(line)
    assert not is_title_shaped(line)


@pytest.mark.parametrize("line", ["6小时前发生的地震已致3人遇难", "三年前的承诺兑现了"])
def test_a_headline_telling_an_age_is_no_counter(line: str):
    assert not is_page_counter(line)
    assert is_title_shaped(line)


@pytest.mark.parametrize(
    "line",
    [
        "要闻、时评、财经、体育、娱乐",  # a category menu joined by 、
        "【口播】",  # a programme's tag alone
        "【快讯】",
        "责任编辑、记者:王小明",  # staff roles, a colon, a name
        "版面编辑、摄影记者:李四",
        "某某日报有限公司. 地址:台中市中港路100号 电话:04-22223333",  # a publisher's record
    ],
)
def test_lines_naming_the_pages_parts_are_no_headline(line: str):
    article = "市政府今天召开常务会议,研究部署今冬明春的供暖保障工作。"
    assert is_head_furniture(line, lambda: article)
    assert not is_title_shaped(line)


@pytest.mark.parametrize(
    "line",
    [
        "北京、上海、广州、深圳房价齐涨",  # the list goes on into a clause
        "【独家】台风逼近 全市停课",  # a tag before a headline
        "中评现场:外国驻华记者新年招待会在京举行",  # a column and a colon
        "市长:地址迁移工作年底完成",
    ],
)
def test_headlines_with_lists_tags_and_colons_stay_headlines(line: str):
    assert not is_head_furniture(line)


ARTICLE = (
    "一线城市的房价在今年春天再次走高,北京和上海的成交量都比去年同期增加了两成以上。\n"
    "广州、深圳的新房供应则明显减少,多家开发商表示将推迟开盘。"
)


def test_a_list_of_words_the_article_speaks_of_is_no_menu():
    # round 35: a menu names the site's sections; these places are the story's subject
    assert not is_head_furniture("北京、上海、广州、深圳", lambda: ARTICLE)
    assert is_head_furniture("要闻、时评、财经、体育、娱乐", lambda: ARTICLE)


def test_the_article_is_asked_for_by_a_menu_alone():
    # the caller passes the article lazily: a tag or a staff line never builds it
    asked: list[str] = []

    def article_of() -> str:
        asked.append("article")
        return ARTICLE

    assert is_head_furniture("【口播】", article_of)
    assert is_head_furniture("责任编辑、记者:王小明", article_of)
    assert asked == []
    assert is_head_furniture("要闻、时评、财经、体育、娱乐", article_of)
    assert asked == ["article"]


def test_a_headless_page_keeps_its_first_line_listing_the_articles_places():
    from newsclean import clean

    doc = clean("北京、上海、广州、深圳\n" + ARTICLE + "\n")
    assert doc.body[0] == "北京、上海、广州、深圳"
    assert not any(r.text == "北京、上海、广州、深圳" for r in doc.removed)


@pytest.mark.parametrize(
    "line",
    [
        "今日竹山-数字报|今日竹山-电子版",  # an e-paper's page title
        "某某日报 | 电子版",
        "台州日报电子版 - 台州日报数字报",
        "香港商报-手机版",
    ],
)
def test_an_edition_title_is_no_headline(line: str) -> None:
    assert is_edition_title(line) and is_head_furniture(line) and not is_title_shaped(line)


@pytest.mark.parametrize(
    "line",
    [
        "澳门日报-电子版今日上线",  # news about an edition
        "某某日报推出电子版",  # one piece: a headline
        "竹山县融媒体中心-数字报刊建设推进会召开",
        "电子版",
    ],
)
def test_a_headline_about_an_edition_stays(line: str) -> None:
    assert not is_edition_title(line)


@pytest.mark.parametrize(
    "line",
    ["關鍵字: 辟謠法新社華人警民合作中心", "标签:冬奥会北京张家口", "Tags: tea"],
)
def test_a_tag_row_is_no_headline_however_run_together(line: str) -> None:
    assert is_head_furniture(line) and not is_title_shaped(line)


def test_a_headline_opening_with_another_word_than_a_tag_label_stays() -> None:
    assert not is_head_furniture("关键时刻:救援队抵达震中")
    assert is_title_shaped("两会关键词:民生")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- 最新图文", "fragment"),  # a page title's tail, its headline empty
        ("| 相关推荐", "fragment"),
        ("Page 716 - 中華民國福建省政府志", "running"),  # an e-book viewer's page head
        ("P. 12 | 某某县志", "running"),
        ("某某县志 - P. 12", "running"),
    ],
)
def test_a_part_of_the_page_is_no_headline(line: str, kind: str) -> None:
    assert head_part(line) == kind
    assert is_head_furniture(line) and not is_title_shaped(line)


@pytest.mark.parametrize(
    "line",
    [
        "——记湖南援藏干部的三年",  # a dek's own dash
        "- 国台办:新的一年欢迎更多台湾同胞开启新的大陆之旅",  # a list item in words
        "【独家】台风逼近",  # a column's tag before a headline
        "【快讯:台风今晨登陆】",  # a framed label with its value
        "第3页的秘密:一本旧书的旅程",  # a headline naming a page
        "翻到第12页才看到的真相",
        "第3页:两会特刊",  # round 37 (mend): a headline naming its page, no viewer's word
        "第1页:封面",
        "第100页:一本日记里的中国",
    ],
)
def test_headlines_and_deks_are_no_part_of_the_page(line: str) -> None:
    assert head_part(line) is None
    assert not is_head_furniture(line)


def test_a_lone_letter_is_a_controls_word() -> None:
    assert is_lone_letter("字") and is_lone_letter(" 小 ")
    assert not is_lone_letter("字体") and not is_lone_letter("A")

"""A site's masthead chosen as the headline (``filters/head_site.py``, asked by
``head_echo.speaking_headline``)."""

import pytest

from newsclean import clean
from newsclean.filters.caption_credit import credit_alone
from newsclean.filters.head_site import site_masthead, site_part

ARTICLE = (
    "这是5月8日在西藏日喀则市拍摄的珠穆朗玛峰脚下的绒布冰川。记者从自治区气象局获悉，"
    "今年以来冰川末端退缩明显，科研人员已在冰川周边布设了十二个观测点，连续记录气温、"
    "降水和冰面高度的变化。气象局有关负责人表示，观测数据将为高原生态保护提供依据。"
)


@pytest.mark.parametrize(
    "line",
    [
        "新西兰南岛最大华语媒体 - 新西兰信报",  # slogan, then the name
        "澳洲华人社区网 | 服务华人二十年",  # name, then the slogan
        "设为首页 - 加入收藏 陕西村官网--建设美丽城乡,重塑村官形象!",  # tools, name, slogan
        "山东滨州无棣伍思网络",  # a web firm's name alone
        "溫哥華華人資訊平台_最快最全的本地新聞",
    ],
)
def test_a_site_s_name_among_its_slogan_and_tools_is_a_masthead(line: str) -> None:
    assert site_masthead(line)


@pytest.mark.parametrize(
    "line",
    [
        "气象局：今年以来冰川末端退缩明显",
        "全市新建三座口袋公园 - 人民网",  # a page title: the headline and the site after it
        "建设美丽城乡,重塑村官形象!",
        "本网讯，全市新建三座口袋公园。",  # a sentence
        "网络",  # the word alone names no site
    ],
)
def test_headlines_and_slogans_alone_are_no_masthead(line: str) -> None:
    assert not site_masthead(line)


def test_a_name_needs_letters_before_its_ending() -> None:
    assert site_part("华语媒体") and not site_part("媒体")


@pytest.mark.parametrize(
    "masthead", ["新西兰南岛最大华语媒体 - 新西兰信报", "山东滨州无棣伍思网络"]
)
def test_a_masthead_over_an_article_that_never_echoes_it_is_no_headline(masthead: str) -> None:
    document = clean(f"{masthead}\n\n{ARTICLE}\n\n{ARTICLE}\n")
    assert document.title is None
    assert all(masthead not in line for line in document.body)


def test_a_headline_naming_a_site_its_article_echoes_stays() -> None:
    headline = "高原气象网发布冰川观测数据"
    document = clean(f"{headline}\n\n{ARTICLE}\n\n{ARTICLE}\n")
    assert document.title == headline


@pytest.mark.parametrize(
    "line", ["(香港中通社记者洪少葵摄)", "（新华社记者 李明 摄）", "记者张伟摄"]
)
def test_a_credit_alone_is_a_credit(line: str) -> None:
    assert credit_alone(line)


@pytest.mark.parametrize(
    "line", ["市民在公园赏花。(记者张三摄)", "图为市民在公园赏花", "摄影展在市美术馆开幕"]
)
def test_a_caption_s_words_or_a_headline_are_no_credit_alone(line: str) -> None:
    assert not credit_alone(line)


def test_a_headline_over_a_credit_alone_beats_a_blog_label_over_it() -> None:
    # a blog widget's label over the headline (the article echoes one pair of it, by
    # chance), then the headline over a picture's credit
    page = (
        "我最新的评论文章😎😎😎\n\n冰川观测:珠峰绒布冰川退缩明显\n\n(新华社记者 李明 摄)\n\n"
        f"{ARTICLE}网友纷纷评论。\n\n{ARTICLE}\n"
    )
    assert clean(page).title == "冰川观测:珠峰绒布冰川退缩明显"


# Mend, round 38 (the review's h8): a dated event after the site's name is a headline with
# its outlet in front, not a slogan.
def test_an_event_after_the_sites_name_is_no_masthead() -> None:
    line = "澳洲华文媒体 - 庆祝创刊三十周年"
    assert not site_masthead(line) and not site_masthead("北美华人网 - 第十届文化节今日开幕")
    document = clean(f"{line}\n\n{ARTICLE}\n\n{ARTICLE}\n")
    assert document.title == line


# Mend, round 38: one test of a web firm's name (furniture_firm_card.firm_name): a headline
# with a verb before 网络 names no firm.
def test_a_web_firms_name_is_the_firm_cards_test() -> None:
    from newsclean.filters.furniture_firm_card import firm_name

    for part in ["山东滨州无棣伍思网络", "台北某某網路科技", "我市加快建设5G网络"]:
        assert site_part(part) == firm_name(part)
    assert not site_masthead("我市加快建设5G网络")

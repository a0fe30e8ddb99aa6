"""A publisher's name alone under the headline (head_names.media_name)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.byline_outlet import names_media
from newsclean.filters.head_names import echoed_name, glued_credits, media_name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("新報人- 【亞洲人之聲】", "新報人"),  # a student paper: a media word, the column's layout
        ("樹仁新報人 - 【社會觀察】", "樹仁新報人"),
        ("校园网- 【热点】", "校园网"),
        ("政府新聞處- 【亞洲人之聲】", "政府新聞處"),  # a public body, as before
    ],
)
def test_a_column_header_names_its_outlet(line: str, name: str) -> None:
    assert media_name(line) == name


@pytest.mark.parametrize("line", ["图文- 【回家】", "春节- 【团圆】", "新報人", "报人心声"])
def test_a_kicker_or_a_bare_word_is_no_column_header(line: str) -> None:
    assert media_name(line) is None


def test_names_media_reads_a_media_word_or_an_outlet() -> None:
    assert names_media("新報人") and names_media("联合早报") and names_media("香港中通社")
    assert not names_media("春节") and not names_media("图文")


def test_the_column_header_under_the_headline_is_the_source() -> None:
    page = (
        "【劏房衞生成疫下隱憂 露宿者寧露宿街頭】\n\n新報人- 【亞洲人之聲】\n\n"
        + "  社區組織協會去年訪問了百多名露宿者，發現在疫情下，大約有六成人收入減少。\n\n" * 3
    )
    assert clean(page, convert="none").source == "新報人"


ARTICLE_2 = (
    "  国务院新闻办公室副主任1日上午来到博鳌亚洲论坛新闻中心,看望博鳌论坛报道组,"
    "勉励记者做好论坛报道。\n\n"
    "  他对报道组成员说,这次博鳌论坛要积极准确地报道论坛的成果和影响。\n"
)


@pytest.mark.parametrize(
    ("printed", "headline"),
    [
        ("中新网 | 国新办副主任看望博鳌论坛报道组", "国新办副主任看望博鳌论坛报道组"),
        ("王小明 | 南方日报 | 国新办副主任看望博鳌论坛报道组", "国新办副主任看望博鳌论坛报道组"),
        ("人民网｜国新办副主任看望博鳌论坛报道组", "国新办副主任看望博鳌论坛报道组"),
    ],
)
def test_the_bylines_items_glued_before_the_headline_are_cut(printed: str, headline: str) -> None:
    found = glued_credits(printed)
    assert found is not None and found[0] == headline
    assert clean(f"{printed}\n\n{ARTICLE_2}", convert="none").title == headline


@pytest.mark.parametrize(
    "printed",
    [
        "张文宏 | 这个冬天如何防护",  # a speaker quoted: no publisher before the bar
        "北京 | 一场大雨过后的城市",  # a place, a dateline's kicker
        "深度 | 一场大雨过后的城市",  # a column's word
        "中新网 | 国新办 | 论坛",  # three pieces: the last is no headline (too short)
    ],
)
def test_a_headlines_own_bar_stays(printed: str) -> None:
    assert glued_credits(printed) is None


# Round 37 mend (review 36b item 4): the name the headline opens with, printed again alone,
# is its source only when it reads as an outlet; a column's or a series' name is none.
SCIENCE = (
    "本报讯（记者 刘洋）全国两会期间，代表委员围绕科技创新建言献策，呼吁加大基础研究投入力度。\n\n"
    "全国人大代表张伟表示，要让企业成为创新主体，完善科技成果转化机制，激发各类人才活力。\n\n"
    "全国政协委员王丽认为，应加强知识产权保护，为科技创新营造良好环境，推动产学研深度融合。\n"
)


@pytest.mark.parametrize(
    ("headline", "name"),
    [("两会声音｜代表委员热议科技创新", "两会声音"), ("专访｜张伟：让企业成为创新主体", "专访")],
)
def test_a_columns_name_printed_again_is_no_source(headline: str, name: str) -> None:
    assert echoed_name(name, headline) is None
    document = clean(f"{headline}\n\n{name}\n\n{SCIENCE}")
    assert document.source != name


def test_an_outlets_name_printed_again_is_the_source() -> None:
    assert echoed_name("澎湖爆報", "澎湖爆報/檢警調聯手斷根 攔截474公斤毒品") == "澎湖爆報"
    assert echoed_name("竹山新闻网", "竹山新闻网｜代表委员热议科技创新") == "竹山新闻网"


# Round 46: the tag of https://wiki.thedays.cn/html/99d571ebb676bf47733a2d97abd422e0.html
# (eval/variants/byline.json, by-pen-mark-author-clock-mark-date-hash-tag: ``#南洋商报``
# after the date), printed alone under the headline once the icon row lost its pieces: a
# tag files the post under a topic, it names no publisher; the line is the record's.
def test_a_tag_alone_is_no_source() -> None:
    from newsclean import clean
    from newsclean.filters.head_names import lone_tag, media_name

    assert media_name("#南洋商报") is None and lone_tag(" #南洋商报")
    assert media_name("南洋商报") == "南洋商报"  # the name alone is the outlet
    paragraph = (
        "    新加坡政府宣布成立跨部门预购组屋协调委员会,旨在优化预购组屋项目的基础设施建设"
        "与服务整合,提升新居民入住时的体验。"
    )
    document = clean(f"新加坡成立预购组屋协调委员会改善居民入住体验\n\n #南洋商报\n\n{paragraph}\n")
    assert document.source is None
    assert all("#" not in p for p in document.body)
    assert not lone_tag("#1 球队今晚再胜")  # a ranked item in a sentence has a space


# Round 46: the outlet and the English word News under the headline, as the aggregator
# https://i4cc.ca/news/?category=world&page=64 prints it over each story
# (eval/variants/byline.json, by-source-news-label-en-date), here with a Malaysian paper's
# name no list knows (火箭报: a paper by its 报, byline_outlet.is_outlet_name) and its date lost.
def test_a_paper_by_its_ending_with_the_media_tag_is_the_source() -> None:
    from newsclean import clean
    from newsclean.filters.head_names import media_name

    assert media_name("火箭报 News") == "火箭报"
    assert media_name("火箭报") is None  # no tag: the ending alone says too little
    assert media_name("海报 News") is None  # a poster, two letters: no paper's name
    paragraph = (
        "本月25日起,防疫措施再次收紧,各类经济领域的营业时间都缩短,即从早上8时至晚上8时。"
        "金马仑丹那拉打区州议员张玉刚呼吁政府,审视缩短营业时间对农业所造成的影响。"
    )
    document = clean(
        f"愚蠢政府制定愚蠢措施 抗疫措施再次干扰粮食生产运作\n\n火箭报 News\n\n{paragraph}\n"
    )
    assert document.source == "火箭报"
    assert document.body == [paragraph]

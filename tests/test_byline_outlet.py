"""An unlabelled source under a byline's time must read as an outlet (byline_outlet)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.byline_outlet import is_outlet_name
from newsclean.filters.byline_pending import outlet_line


@pytest.mark.parametrize(
    "name",
    [
        "FTNN新闻网",  # a media ending
        "联合早报",  # a known outlet
        "香港中通社",  # an agency's 社
        "澳门日报",
        "侨报",  # a paper's bare 报
        "句容广播电视台",  # a broadcaster's 台
        "东方卫视",
        "宝应县融媒体中心",  # a county's newsroom
        "市委新闻中心",
        "新闻局(GCS)",  # a public body, its code in brackets
        "政府新闻处",
        "卫生部",
    ],
)
def test_an_outlet_or_a_body_that_publishes_is_an_outlet(name: str) -> None:
    assert is_outlet_name(name)
    assert outlet_line(f"  {name} ") == name


@pytest.mark.parametrize(
    "line",
    [
        "丁任村群众大会",  # a village's gathering: a picture's caption
        "西塘村村民大会",
        "华侨新村入口",  # a scene
        "肇事汽车自燃",
        "电视台",  # round 37 mend: a media word alone is the kind of outlet, no name
        "频道",
        "前门大街新闻发布厅",  # a hall, where news was given
        "发布会现场",
        "王宗颖总领事",  # a person and a title
        "期数",  # a column's word
        "名誉记者团",
        "中央社版权所有",  # a notice
        "青年旅行社",  # 社 that names no outlet
        "电商平台",  # 台 that names no outlet
        "暴雨预警海报",
        "本地新闻",  # a section label
        "责任编辑",  # a label
    ],
)
def test_a_caption_a_person_or_a_word_under_the_time_is_no_outlet(line: str) -> None:
    assert outlet_line(line) is None


@pytest.mark.parametrize("domain", ["chinanews.com", "www.rthk.hk", "news.sina.com.cn"])
def test_an_outlets_domain_alone_is_an_outlet(domain: str) -> None:
    assert outlet_line(domain) == domain


def test_a_sentence_or_a_long_line_is_no_outlet() -> None:
    assert outlet_line("据新华社报道，今日暴雨") is None
    assert outlet_line("江苏省句容市广播电视总台融媒体中心") is None


PARAGRAPHS = (
    "　　受台风外围云系与冷空气共同影响，从23日晚开始，我市已迎来明显降水过程。"
    "预计未来几天，全市仍将多阵雨或雷雨天气，市民需注意防范。\n\n"
    "　　24日下午2点12分，市气象台发布暴雨蓝色预警信号，预计我市各镇的大部分地区"
    "降雨量将达50毫米及以上，并可能伴有雷电和短时强降水。\n"
)


def test_a_gathering_under_the_bylines_time_is_not_the_source() -> None:
    page = "日期:2025-09-24  点击:1230\n\n丁任村群众大会\n\n" + PARAGRAPHS
    doc = clean(page)
    assert doc.published_at == "2025-09-24"
    assert doc.source is None


def test_an_outlet_under_the_bylines_time_is_the_source() -> None:
    page = "日期:2025-09-24  点击:1230\n\n句容广播电视台\n\n" + PARAGRAPHS
    doc = clean(page)
    assert doc.published_at == "2025-09-24"
    assert doc.source == "句容广播电视台"


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("电视台", False),  # round 37 mend: the kind of outlet, nobody's name
        ("日报", False),
        ("前门大街新闻发布厅", False),  # a hall: 厅 here is a place, no body
        ("冬奥会新闻发布会现场", False),
        ("湖南省教育厅", True),  # 厅 after a body's domain: an issuer
        ("北京电视台", True),
        ("冬奥频道", True),  # a channel by its name
    ],
)
def test_a_media_word_alone_or_a_place_is_no_outlet(name: str, outlet: bool) -> None:
    assert is_outlet_name(name) is outlet


def test_a_news_sites_online_edition_is_an_outlet() -> None:
    # Round 44: 浙江在线 (zjol.com.cn), 中青在线 (cyol.com), 四川在线 (scol.com.cn).
    assert is_outlet_name("浙江在线") and is_outlet_name("中青在線")
    assert not is_outlet_name("在线")

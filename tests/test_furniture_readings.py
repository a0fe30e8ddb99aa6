"""A portal header's readings (``furniture_readings``, round 39): weather, a currency's
rate, their city, a tool's count and the app's link."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_readings import (
    app_download,
    rate_reading,
    weather_fields,
    weather_reading,
)

HEADER = ["11月22日 14.1°C-16.9°C", "澳元 : 人民币=4.71", "悉尼", "今日澳洲app下载"]


def test_a_headers_readings_their_city_and_the_app_link_go() -> None:
    doc = clean(_page(*HEADER, HEADLINE, *PARAGRAPHS))
    assert all(line_removed(doc, line) for line in HEADER)
    assert doc.title == HEADLINE and doc.body == PARAGRAPHS


def test_a_count_over_a_tool_word_goes() -> None:
    doc = clean(_page(HEADLINE, "1", "听新闻", *PARAGRAPHS))
    assert line_removed(doc, "1") and line_removed(doc, "听新闻")


def test_a_forecast_inside_the_article_and_sentences_of_rates_stay() -> None:
    table = ["北京", "12℃~18℃", "上海", "15℃~20℃"]
    doc = clean(_page(HEADLINE, PARAGRAPHS[0], *table, PARAGRAPHS[1]))
    assert not any(line_removed(doc, line) for line in table)
    assert not weather_reading("今天最高气温16.9°C,最低14.1°C。")
    assert not rate_reading("澳元兑人民币汇率昨日升至4.71。")
    assert not app_download("今日澳洲app下载量突破十万")


# Round 45b: the weather as labelled fields, an island portal's first line
# (https://www.matsu.idv.tw/topicdetail.php?f=1&t=94370, eval furniture row of round 41).
BAR = (
    "天氣:多雲時晴 溫度:18℃ AQI:87  風向:北 風力:9級 南竿雲高:3200呎 能見度:10公里以上 "
    "北竿雲高:3200呎 能見度:10公里以上"
)


def test_a_weather_bar_over_the_article_goes() -> None:
    assert weather_fields(BAR)
    doc = clean(_page(BAR, HEADLINE, *PARAGRAPHS))
    assert line_removed(doc, BAR)
    assert doc.title == HEADLINE and doc.body == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        # http://kankannews.cc/China/d113a932fa36219a859587985c110af9.html: a report's sentence
        "3 月 13 日,上海春光明媚,最高氣溫可升至 23 ℃。",
        "溫度:18℃",  # one field: a label over a value, no widget
        # tests/test_metadata.py's byline row: labelled fields of no weather
        "2024-03-05 09:30:12 | 来源：央视网 | 编辑：赵六",
        "温度:白天18℃,夜间12℃。",  # a forecast's clause marks in the value
    ],
)
def test_labelled_text_that_is_no_weather_bar_stays(line: str) -> None:
    assert not weather_fields(line)


def test_a_weather_bar_inside_the_article_stays() -> None:
    doc = clean(_page(HEADLINE, PARAGRAPHS[0], BAR, PARAGRAPHS[1]))
    assert not line_removed(doc, BAR)

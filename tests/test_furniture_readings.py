"""A portal header's readings (``furniture_readings``, round 39): weather, a currency's
rate, their city, a tool's count and the app's link."""

from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_readings import app_download, rate_reading, weather_reading

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

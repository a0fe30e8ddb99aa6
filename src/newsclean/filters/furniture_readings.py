"""A portal header's live readings left as text: the weather, a currency's rate, the city.

Model (round 39; ``furniture_menu.stacked_menus`` asks ``header_readings`` over the page's
content lines before the page head and the body are placed).  A city portal's header
prints small widgets beside its menu, each a reading the site refreshes, never a sentence:

* the *weather* (``WEATHER``): a day's date perhaps, then the day's temperatures as a
  range in degrees (``11月22日 14.1°C-16.9°C``, ``12℃~18℃``), nothing else;
* a *currency's rate* (``RATE``): two currencies' names and the rate, with a colon and an
  equals sign (``澳元 : 人民币=4.71``) or one unit of the first equal to an amount of the
  second (``1澳元=4.71人民币``), nothing else;
* the weather as *labelled fields* (``weather_fields``, round 45b): three fields or more
  parted by spaces, each a quantity's label (``data/reading_labels.txt``: 天氣, 溫度, AQI,
  風向, 能見度; a place of at most three letters may precede it, ``南竿雲高``), a colon and a
  short value with no space (``天氣:多雲時晴 溫度:18℃ AQI:87 風向:北 風力:9級``), three
  labels distinct, nothing else; a forecast's sentence (``温度:白天18℃,夜间12℃。``) has
  clause marks in its value and one label;
* the widgets' *city* (``悉尼``): a place's name alone (``MIN_CITY`` to ``MAX_CITY`` Han
  letters, nothing else) right above or under such a reading;
* a *tool's count* (``tool_counts``): a bare number alone (``1``) right above a tool
  alone on its line (a word of ``data/nav_terms.txt``: ``听新闻``), in the header: the
  comment count or the like beside the tool, its icon lost;
* the site's *app link* (``app_download``): a short name, the word app or client and the
  word download, nothing else (``今日澳洲app下载``, ``某某新闻客户端下载``).

A weather report says what the temperatures do (a verb, a clause, a stop) and a story on
the currency compares rates in sentences: neither is a reading alone on its line.  The
widgets are the header's: only lines above the article's first paragraph
(``furniture_sitefoot.is_paragraph``) are read, so a forecast's table of cities and
temperatures inside an article stays.

>>> weather_reading("11月22日 14.1°C-16.9°C"), weather_reading("12℃~18℃")
(True, True)
>>> weather_reading("今天最高气温16.9°C,最低14.1°C。")
False
>>> rate_reading("澳元 : 人民币=4.71"), rate_reading("1澳元=4.71人民币")
(True, True)
>>> rate_reading("澳元兑人民币汇率昨日升至4.71。")
False
>>> app_download("今日澳洲app下载"), app_download("某某新闻客户端下载"), app_download("下载量破亿")
(True, True, False)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.furniture_grammar import nav_terms
from newsclean.filters.furniture_sitefoot import is_paragraph
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.word_trie import longest_first

#: A reading is short.
MAX_READING = 40
DEGREES = r"-?[0-9]{1,2}(?:\.[0-9])?[ ]?(?:°C|°|℃)"
WEATHER = lazy_regex(
    r"(?:(?:[0-9]{4}[-/年])?[0-9]{1,2}[-/月][0-9]{1,2}日?[ \u3000]*)?"
    rf"(?:\p{{Han}}{{1,3}}[ \u3000]*)?{DEGREES}[ ]?[-~～至/][ ]?{DEGREES}"
)
RATE = lazy_regex(
    r"\p{Han}{1,4}[ \u3000]*[:：][ \u3000]*\p{Han}{1,4}[ \u3000]*[=＝][ \u3000]*"
    r"[0-9]{1,6}(?:\.[0-9]{1,6})?"
    r"|[0-9]{1,4}\p{Han}{1,4}[ \u3000]*[=＝][ \u3000]*[0-9]{1,6}(?:\.[0-9]{1,6})?\p{Han}{1,4}"
)
#: A city's name alone beside a reading.
MIN_CITY, MAX_CITY = 2, 4
CITY = lazy_regex(r"\p{Han}{2,4}")
#: A count whose icon was lost: digits alone.
BARE_NUMBER = lazy_regex(r"[0-9]{1,6}")
#: The tool under the count is this near (blank lines between).
GAP = 4
#: An app's link: a short name, the app word, the download word.
MAX_APP_NAME = 8
APP_LINK = lazy_regex(
    r"[\p{Han}A-Za-z0-9]{1,8}?[ ]?(?i:app|客户端|客戶端|手机版|手機版)[ ]?(?:下载|下載)"
)


def weather_reading(text: str) -> bool:
    """A weather widget's reading alone (module docstring)."""
    line = text.strip()
    if len(line) > MAX_READING or ("°" not in line and "℃" not in line):
        return False
    return WEATHER.fullmatch(line) is not None


#: A weather bar's fields: a few, each short.
MAX_FIELDS_LINE = 160
MIN_FIELDS = 3


@cache
def _field() -> regex.Pattern[str]:
    labels = longest_first(data_kinds("reading_labels.txt")["weather"])
    return regex.compile(
        rf"(?i)\p{{Han}}{{0,3}}?(?P<label>{labels})[:：](?P<value>[^\s:：,，。;；]{{1,12}})"
    )


def weather_fields(text: str) -> bool:
    """A weather widget's readings as labelled fields (module docstring).

    >>> weather_fields("天氣:多雲時晴 溫度:18℃ AQI:87  風向:北 風力:9級")
    True
    >>> weather_fields("温度:白天18℃,夜间12℃。")
    False
    """
    line = text.strip()
    if len(line) > MAX_FIELDS_LINE or (":" not in line and "：" not in line):
        return False
    labels = set()
    for piece in line.split():
        match = _field().fullmatch(piece)
        if match is None:
            return False
        labels.add(match.group("label").lower())
    return len(labels) >= MIN_FIELDS


def rate_reading(text: str) -> bool:
    """A currency widget's reading alone (module docstring)."""
    line = text.strip()
    if len(line) > MAX_READING or ("=" not in line and "＝" not in line):
        return False
    return RATE.fullmatch(line) is not None


def app_download(text: str) -> bool:
    """An app's download link alone (module docstring)."""
    line = text.strip()
    if len(line) > MAX_READING or ("下载" not in line and "下載" not in line):
        return False
    return APP_LINK.fullmatch(line) is not None


def header_readings(content: list[int], text_of: Callable[[int], str]) -> dict[int, str]:
    """Line number -> ``nav`` or ``share`` for the header's readings, their city and the
    app's link among ``content`` (module docstring)."""
    found: dict[int, str] = {}
    for k, number in enumerate(content):
        text = text_of(number)
        if is_paragraph(text.strip()):
            break  # the article has begun: the header's widgets stand above it
        if weather_fields(text):
            found[number] = "nav"  # 天氣:多雲時晴 溫度:18℃ AQI:87 風向:北: the weather bar
            continue
        if len(text) > MAX_READING:
            continue
        if weather_reading(text) or rate_reading(text):
            found[number] = "nav"
            for j in (k - 1, k + 1):
                if 0 <= j < len(content) and CITY.fullmatch(text_of(content[j]).strip()):
                    found.setdefault(content[j], "nav")
        elif app_download(text):
            found[number] = "share"
        elif BARE_NUMBER.fullmatch(text.strip()) and _tool_under(number, text_of):
            found[number] = "nav"
    return found


def _tool_under(number: int, text_of: Callable[[int], str]) -> bool:
    """The next printed line under ``number`` (placed or not) is a tool word alone."""
    for below in range(number + 1, number + GAP):
        try:
            text = text_of(below).strip()
        except IndexError:
            return False
        if text:
            return text.lower() in nav_terms()
    return False

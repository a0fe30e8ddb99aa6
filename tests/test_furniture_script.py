"""Round 15 furniture, read from the line's role on its page: a feed reposter's 'from'
line (``furniture_syndication``: a provenance word, an outlet and its address, nothing
else) and lines in a script foreign to a Chinese page (``furniture_script``: interface
strings in the page head, placeholder prose in the head or printed twice).  Each goes and
is never the headline; an English quote, subtitle or credit a bilingual article carries,
and a source named without an address, stay."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_script import names_someone, ui_string
from newsclean.filters.furniture_syndication import syndication_line

FEEDS = [
    "from 《某某電子報》娛樂 http://ift.tt/2AbCdEf",
    "via 某某新闻网 https://example.com/a/123",
    "转自 某某日报 http://www.example.cn/news/1.html",
    "Source: 某某时报 example.com.tw",
    "來自 某某論壇 https://bbs.example.tw/t/9",
    "• via 某某網 (https://example.com/a)",  # a mark, an address in brackets
    "(转自 某某日报 http://example.cn/1)",  # the whole line bracketed
    "转自某某网：http://www.example.cn/a",  # the address after a colon
]
NOT_FEEDS = [
    "转自 人民日报",  # an outlet alone: the byline grammar's source
    "转自新华网的报道称,会议于今日召开 http://example.cn",  # a sentence
    "fromage 法式奶酪 http://example.fr",  # the word runs on
    "详见 http://example.cn",  # no provenance word
    "from: http://example.cn",  # no outlet
    "转自 某某网，记者 张三 http://example.cn",  # words of its own after the outlet
]
FILLER = (
    "We must explain to you how all this mistaken idea of denouncing pleasure and "
    "praising pain was born and we will give you a complete account of the system."
)
UI = ["Loading", "No menu items!", "Found 802 results", "news menu leftnews menu right"]


def test_the_shapes() -> None:
    assert all(syndication_line(line) for line in FEEDS)
    assert not any(syndication_line(line) for line in NOT_FEEDS)
    assert all(ui_string(line) for line in UI)
    assert not ui_string("12 34") and not ui_string("Hello, world.")
    assert ui_string("May 27")  # a date's pieces: the byline grammar reads them first
    assert names_someone("Xi Meets the Press") and not names_someone("No menu items!")
    assert not names_someone("We must go. I think. We do")


@pytest.mark.parametrize("line", FEEDS[:2])  # 转自/來自/Source: the byline grammar's first
def test_a_feed_line_goes_anywhere_and_the_article_stays(line: str) -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]), convert="none")
    assert line_removed(document, line)
    assert document.title == HEADLINE
    assert all(p in document.body for p in PARAGRAPHS)


@pytest.mark.parametrize("line", NOT_FEEDS[1:])
def test_a_line_that_is_no_feed_line_stays(line: str) -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]), convert="none")
    assert not line_removed(document, line)


@pytest.mark.parametrize("line", ["No menu items!", "Found 802 results", "menu left menu right"])
def test_interface_text_in_the_head_goes_and_is_no_headline(line: str) -> None:
    document = clean(_page(line, HEADLINE, *PARAGRAPHS), convert="none")
    assert line_removed(document, line)
    assert document.title == HEADLINE


def test_one_word_goes_opening_the_page_or_beside_filler() -> None:
    document = clean(_page("Loading", HEADLINE, *PARAGRAPHS), convert="none")
    assert line_removed(document, "Loading") and document.title == HEADLINE
    document = clean(_page("某某网", FILLER, "Loading", HEADLINE, *PARAGRAPHS), convert="none")
    assert line_removed(document, "Loading") and line_removed(document, FILLER)
    assert document.title == HEADLINE


def test_placeholder_prose_goes_in_the_head_and_when_printed_twice() -> None:
    document = clean(_page(FILLER, FILLER, HEADLINE, *PARAGRAPHS), convert="none")
    assert line_removed(document, FILLER) and document.title == HEADLINE
    assert all(p in document.body for p in PARAGRAPHS)
    page = _page(HEADLINE, PARAGRAPHS[0], FILLER, PARAGRAPHS[1], FILLER)
    document = clean(page, convert="none")
    assert FILLER not in document.body


def test_an_english_quote_in_the_body_stays() -> None:
    quote = (
        "We will never seek hegemony, and we will always be a builder of world peace, "
        "said the speaker at the opening of the forum."
    )
    document = clean(_page(HEADLINE, PARAGRAPHS[0], quote, PARAGRAPHS[1]), convert="none")
    assert quote in document.body


def test_an_english_subtitle_and_a_credit_under_the_headline_stay() -> None:
    subtitle = "Three Pocket Parks Open to Beijing Residents"
    document = clean(_page(HEADLINE, subtitle, "Reuters", *PARAGRAPHS), convert="none")
    assert not line_removed(document, subtitle)
    assert not line_removed(document, "Reuters")


def test_an_english_abstract_naming_its_subjects_stays() -> None:
    abstract = (
        "The city of Hangzhou will open three pocket parks by December, the Municipal "
        "Landscape Bureau said on Monday, with fitness paths and play areas."
    )
    document = clean(_page(HEADLINE, abstract, *PARAGRAPHS), convert="none")
    assert not line_removed(document, abstract)


def test_a_page_in_english_keeps_its_english_lines() -> None:
    paragraphs = [FILLER, FILLER.replace("system", "method"), "Loading"]
    document = clean(_page("某某", *paragraphs, PARAGRAPHS[0]), convert="none")
    assert not line_removed(document, "Loading")


# Round 33: a menu in kana under the article of a Chinese page (furniture_script.kana_menu).
KANA_MENUS = [
    # eval rows of the round 33 (a Thai-Chinese culture site's Japanese menu)
    ["メインメニュー", "タイの中華文化一覧", "携帯サイト"],
    # http://kansai-chinese.com/china.php and /news/news.cgi: the Chinese-language paper's
    # Japanese menu row and its board's upload label
    ["媒体概要 購読申し込み 会社概要 中文案内 お問い合わせ", "アップロードファイル 84-1.jpg"],
    # https://jsusch.blogspot.com/2023/01/: a language school's foot under its posts
    ["🌿🌿🌿もっと中国語を学ぼう🌿🌿🌿", "詳しくはJSU HPまで"],
    # http://www.japan-online.jp/index.php/zh/toho-news/toho-news: a banner's title (with
    # the school's line: two items make the menu)
    ["きふきふ*ふるさと往来クラブ", "詳しくはJSU HPまで"],
]


@pytest.mark.parametrize("menu", KANA_MENUS)
def test_a_kana_menu_under_the_article_goes(menu: list[str]) -> None:
    doc = clean(_page(HEADLINE, *PARAGRAPHS, *menu))
    for item in menu:
        assert line_removed(doc, item), item
    assert doc.title == HEADLINE
    for paragraph in PARAGRAPHS:
        assert paragraph in doc.body


def test_one_japanese_title_under_the_article_stays() -> None:
    # one kana line is a quoted title or a name, never a menu
    doc = clean(_page(HEADLINE, *PARAGRAPHS, "千と千尋の神隠し"))
    assert not line_removed(doc, "千と千尋の神隠し")


def test_a_japanese_quote_between_paragraphs_stays() -> None:
    quote = "ありがとうございます"
    doc = clean(_page(HEADLINE, PARAGRAPHS[0], quote, "私の夢", PARAGRAPHS[1]))
    assert not line_removed(doc, quote) and not line_removed(doc, "私の夢")


def test_a_bilingual_articles_japanese_lines_stay() -> None:
    # https://jsusch.blogspot.com/2025/04/: a Chinese paragraph, then its Japanese version;
    # the paragraphs hold kana, so the short Japanese lines after them are the article's
    chinese = (
        "美国国际青少年芭蕾舞比赛被视为年轻芭蕾舞者登龙门的赛事活动,"
        "2025年的比赛于4月27日公布了评审结果。"
    )
    japanese = (
        "世界各地の予選を勝ち抜いたダンサーが参加して、アメリカ・フロリダ州で"
        "4月に最終審査が行われ、27日に結果が発表されました。"
    )
    tail = ["もっと中国語を学ぼう", "詳しくはJSU HPまで"]
    doc = clean(_page("两名日本人在美国国际青少年芭蕾舞比赛中夺冠", chinese, japanese, *tail))
    for line in tail:
        assert not line_removed(doc, line), line

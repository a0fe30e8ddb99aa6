"""A copy farm's tag words glued after the article's stops (filters/spam_tag_words.py):
lower-case Latin words glued after a full stop or a heading's colon, printed nowhere else,
two or more on the page, one closing its line, are cut out of the lines and the sentences
stay."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam_tag_words import is_named, tag_word_cuts
from newsclean.filters.spam_verdict import NOT_SPAM

#: A street's history (written for the tests in the form such features take).
FIRST = "很多上世紀的新加坡人,都知道有一條聞名街道叫福南街。他們對福南街的記憶,是記在舌尖上。"
SECOND = "上世紀七十年代末,福南街的店鋪全被拆除,街道消失。取而代之的是一棟購物中心。"
THIRD = "福南街的名字來源,不是很多人知道。他當過工人,做過小商販,後來成了富商。"


def _cuts(lines: list[str]) -> dict[int, tuple[str, str]]:
    return {
        i: (cut.cut, cut.rest) for i, cut in tag_word_cuts(lines, [NOT_SPAM] * len(lines)).items()
    }


@pytest.mark.parametrize(("one", "two"), [("html", "java"), ("mysql", "web"), ("sql", "apache")])
def test_tag_words_after_stops_are_cut_and_the_sentences_stay(one: str, two: str) -> None:
    first = FIRST.replace("街。他們", f"街。{one}他們")
    second = SECOND + two  # at the paragraph's end
    assert _cuts([first, second, THIRD]) == {0: (one, FIRST), 1: (two, SECOND)}


def test_a_syllable_among_tags_stays_and_the_tags_go() -> None:
    page = ["例如:ji知,qi次。", FIRST.replace("街。他們", "街。html他們"), SECOND + "java"]
    assert _cuts(page) == {1: ("html", FIRST), 2: ("java", SECOND)}


def test_a_tag_word_after_a_headings_colon_is_cut() -> None:
    page = ["背景:html在網頁編碼中常見的問題", SECOND + "java"]
    assert _cuts(page) == {0: ("html", "背景:在網頁編碼中常見的問題"), 1: ("java", SECOND)}


@pytest.mark.parametrize(
    "page",
    [
        # one site: a sentence may open with a brand in lower case
        [FIRST.replace("街。他們", "街。vivo他們"), SECOND, THIRD],
        # the word is the article's: printed elsewhere too
        [FIRST.replace("街。他們", "街。vivo他們"), SECOND + "vivo", "新款vivo手機今日發布。"],
        # capitalised or mixed case, spaced, or an English sentence after the stop
        [FIRST.replace("街。他們", "街。iPhone他們"), SECOND + "Java", THIRD],
        [FIRST.replace("街。他們", "街。 html他們"), SECOND.replace("消失。", "消失。 java")],
        ["他說。html is a markup language。java is a programming language"],
        # a label's value closing its line
        ["編程語言:java", "數據庫:mysql", FIRST],
        # a tutorial's tools after its steps' colons; sentences opening with a product:
        # no site closes its line
        ["方法一：pip安裝，在終端輸入命令即可。", "方法二：conda安裝，先建立新的環境。", FIRST],
        ["蘋果公司昨日發布新品。ipad新款售價與去年持平。", "市場反應熱烈。iphone銷量再創新高。"],
        # a lesson's readings after a colon and a stop: pinyin syllables, no tags
        ["j、q、x拼寫i、ü開頭的韻母,例如:ji知,qi次。xi思,ju居。", FIRST],
    ],
)
def test_a_brand_a_word_the_article_uses_or_a_labels_value_stays(page: list[str]) -> None:
    assert _cuts(page) == {}


def test_the_cleaned_body_keeps_the_paragraphs_without_the_tags() -> None:
    title = "消失的福南街"
    marked = [FIRST.replace("街。他們", "街。html他們"), SECOND + "java", THIRD]
    document = clean("\n\n".join([title, *marked]) + "\n", convert="none")
    assert document.body == [FIRST, SECOND, THIRD]


def test_random_ids_after_stops_are_cut_and_a_counts_digits_stay() -> None:
    first = FIRST.replace("街。他們", "街。zc1b0j他們")
    second = SECOND.replace("消失。取而", "消失。fy5nq26家取而")
    third = THIRD + "jmz7a"
    cuts = _cuts([first, second, third])
    assert cuts[0] == ("zc1b0j", FIRST)
    assert cuts[1] == ("fy5nq", SECOND.replace("消失。取而", "消失。26家取而"))
    assert cuts[2] == ("jmz7a", THIRD)


def test_two_ids_inside_lines_need_no_line_closing_mark() -> None:
    page = [
        FIRST.replace("街。他們", "街。f2bf他們"),
        SECOND.replace("消失。取", "消失。1iw2l1k取"),
    ]
    assert _cuts(page) == {0: ("f2bf", FIRST), 1: ("1iw2l1k", SECOND)}


@pytest.mark.parametrize("code", ["ipv6", "mp3", "5g", "covid19"])
def test_a_code_the_article_prints_elsewhere_or_too_short_stays(code: str) -> None:
    page = [
        FIRST.replace("街。他們", f"街。{code}他們"),
        SECOND.replace("消失。取", f"消失。{code}取"),
        f"文中提到的{code}是一種常見的說法。",
    ]
    assert _cuts(page) == {}


def test_a_product_named_with_its_number_opening_a_sentence_stays() -> None:
    page = [
        "去年的旗舰机型销量不及预期。iphone15的销量在国内市场下滑超过一成,渠道库存偏高。",
        "与此同时,安卓阵营加快追赶。win11电脑的普及也带动了跨设备协同的需求。",
        "分析师认为,价格策略将决定新机能否扭转颓势。mate60系列的热销给了国产厂商信心。",
    ]
    assert _cuts(page) == {}


def test_a_named_id_goes_on_a_page_whose_ids_close_their_lines() -> None:
    page = [FIRST.replace("街。他們", "街。mate60他們"), SECOND + "xq7p", THIRD + "bnq020"]
    assert _cuts(page)[0] == ("mate60", FIRST)


@pytest.mark.parametrize(
    ("token", "named"),
    [
        ("iphone15", True),
        ("win11", True),
        ("mate60", True),
        ("switch2", True),
        ("bnq020", False),
        ("ldk0099", False),
        ("ooi9", False),
        ("vofrqj26", False),
        ("7a5d050", False),
        ("zc1b0j", False),
    ],
)
def test_a_word_then_its_number_is_a_name_a_code_is_not(token: str, named: bool) -> None:
    assert is_named(token) is named

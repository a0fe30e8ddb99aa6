"""The grammar of a mirror gloss, variant by variant: what comes off and what survives.

Line-level (``strip_annotations``): a gloss is removed when it follows the grammar in
``newsclean.filters.pinyin``'s docstring and each syllable is a reading of the
corresponding character before it.  The page-level decision is in test_pinyin_verdict.py.
"""

import pytest

from newsclean.filters.convert import converter
from newsclean.filters.pinyin import find_glosses, strip_annotations


def _t2s(char: str) -> str:
    return converter("t2s").convert(char)


def _strip(text: str) -> str:
    return strip_annotations(text, simplify=_t2s).text


# (variant, glossed text, expected text)
POSITIVE = [
    ("plain", "發(fā)展", "發展"),
    ("plain", "產業(yè)", "產業"),
    ("plain", "村(社區(qū))", "村(社區)"),
    ("plain", "綠(lǜ)色", "綠色"),
    ("capitals", "發(FĀ)展", "發展"),
    ("pad before bracket", "發 (fā)展", "發展"),
    ("pad before bracket", "發\u3000（fā）展", "發展"),
    ("pad inside brackets", "發( fā )展", "發展"),
    ("pad inside brackets", "發（ fā）展", "發展"),
    ("pad on both sides", "發 (fā) 展", "發展"),
    ("pad after only stays", "樂(lè) 毅", "樂 毅"),
    ("full width", "發（fā）展", "發展"),
    ("mixed widths", "發(fā）展", "發展"),
    ("mixed widths", "發（fā)展", "發展"),
    ("word, spaced syllables", "發展(fā zhǎn)很快", "發展很快"),
    ("word, spaced syllables", "產業（chǎn yè）", "產業"),
    ("word, spaced syllables", "推動養老服務（yǎng lǎo fú wù）", "推動養老服務"),
    ("word, apostrophe", "發展(fā'zhǎn)", "發展"),
    ("word, glued syllables", "發展(fāzhǎn)", "發展"),
    ("word, neutral tone", "媽媽(mā ma)", "媽媽"),
    ("lost tone vowel", "發(f?)展", "發展"),
    ("lost tone vowel", "產(ch?n)業", "產業"),
    ("lost tone vowel", "綠(l?)色", "綠色"),
    ("lost tone vowel", "產業(ch?n y?)", "產業"),
    ("lost tone vowel", "產業(ch?n yè)", "產業"),
    ("tone digits", "發(fa1)展", "發展"),
    ("tone digits", "發展(fa1 zhan3)", "發展"),
    ("tone digits", "發展(fa1zhan3)", "發展"),
    ("tone digits", "綠(lv4)色", "綠色"),
    ("tone digits", "媽媽(ma1 ma5)", "媽媽"),
    ("GB 2312 pinyin letters", "國(ɡuó)家", "國家"),
    ("GB 2312 pinyin letters", "發(fɑ̄)展", "發展"),
    ("simplified host", "发(fā)展", "发展"),
    ("doubled", "發(fā)(fā)展", "發展"),
    ("doubled", "發(fā) (fā)展", "發展"),
    ("doubled", "發展(fā zhǎn)(fā zhǎn)", "發展"),
    (
        "in a byline",
        "發(fā)布時(shí)間: 2025-07-02 來(lái)源: 西藏日報(bào)",
        "發布時間: 2025-07-02 來源: 西藏日報",
    ),
]

NEGATIVE = [
    ("real parentheses", "高原(北京)文化傳播有限公司"),
    ("real parentheses", "國內生產總值(GDP)"),
    ("real parentheses", "各省(區、市)"),
    ("real parentheses", "今(13)日"),
    ("real parentheses", "人工智慧(AI)"),
    ("real parentheses", "32場(次)"),
    ("not a reading", "行(bā)"),
    ("not a reading", "發展(fā)"),  # fā is not a reading of 展
    ("not a reading, word", "發展(zhǎn fā)"),
    ("lost tone vowel, no match", "發(f?n)"),
    ("lost tone vowel, two in a syllable", "產(?h?n)"),
    ("lost tone vowel alone", "為什麼(?)"),
    ("lost tone vowel, syllable cut short", "產業(ch? y?)"),
    ("toneless", "的(de)"),
    ("tone digits, not a reading", "行(ba1)"),
    ("digits, not pinyin", "紙(A4)"),
    ("digits, not pinyin", "集團(G20)"),
    ("digits, not pinyin", "影片(3D)"),
    ("tone digit without tone", "的(de5)"),
    ("toneless word", "東西(dong xi)"),
    ("no host", "(fā)開頭"),
    ("no host", "“發”的拼音是(fā)"),
    ("word longer than its host", "，發(fā zhǎn)"),
    ("too much pad", "發   (fā)"),
    ("more than four syllables", "推動養老服務(tuī dòng yǎng lǎo fú wù)"),
    ("line break in bracket", "發(fā\nzhǎn)"),
    ("mojibake host", "?,F(xiàn)有"),
]


@pytest.mark.parametrize(("variant", "text", "expected"), POSITIVE, ids=[p[0] for p in POSITIVE])
def test_gloss_variant_is_removed(variant, text, expected):
    assert _strip(text) == expected
    assert _strip(expected) == expected  # cleaning once is enough


@pytest.mark.parametrize(("variant", "text"), NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_other_parentheses_survive(variant, text):
    assert _strip(text) == text


def test_glosses_report_their_host_and_syllables():
    glosses = find_glosses("推動發展(fā zhǎn)，產 （ch?n）業", _t2s)
    assert [(g.host, g.syllables, g.shown) for g in glosses] == [
        ("發展", ("fā", "zhǎn"), "發展(fā zhǎn)"),
        ("產", ("ch?n",), "產（ch?n）"),
    ]


def test_stripped_annotations_are_reported_in_order(reference_lines):
    result = strip_annotations(reference_lines[32], simplify=_t2s)
    assert result.stripped[:3] == ("發(fā)", "區(qū)", "穩(wěn)")
    assert "(" not in result.text.replace("“", "")


# Lines of real mirror pages (sources in tests/data/pinyin_pages.txt).
REAL_LINES = [
    (
        "隨著互聯(lián)網(wǎng)技術(shù)以及大數(shù)據(jù)的發(fā)展,合理使用互聯(lián)網(wǎng)",
        "隨著互聯網技術以及大數據的發展,合理使用互聯網",
    ),
    (
        "頻 道: 首 頁|新 聞|國 際|財(cái) 經(jīng)|體 育|臺(tái) 灣|留 學(xué) 生",
        "頻 道: 首 頁|新 聞|國 際|財 經|體 育|臺 灣|留 學 生",
    ),
    ("劉心怡,樂(lè) 毅,陽(yáng)小牙,梁振京", "劉心怡,樂 毅,陽小牙,梁振京"),
]


@pytest.mark.parametrize(("text", "expected"), REAL_LINES)
def test_real_mirror_lines(text, expected):
    assert _strip(text) == expected


def test_deeply_repeated_pseudo_annotations_are_linear():
    text = "發(a)" * 100_000
    assert strip_annotations(text).text == text


def test_a_long_doubled_run_comes_off_in_one_pass():
    assert _strip("發" + "(fā)" * 1000 + "展") == "發展"


def test_toneless_v_for_u_is_a_reading_on_a_mirror_page():
    """Keyboards type ü as v (lv, nv, lve): a toneless mirror's 履(lv) is a reading of 履
    and goes with the page's other glosses; no pinyin syllable has a v, so a Latin v in
    brackets that is no reading (電視(TV), 光碟(DVD)) stays."""
    line = "女(nv)士表示綠(lv)色履(lv)約的略(lve)見(jian)，" + "電視(TV)與光碟(DVD)並(bing)列(lie)"
    found = [g.shown for g in find_glosses(line, _t2s)]
    assert found[:4] == ["女(nv)", "綠(lv)", "履(lv)", "略(lve)"]
    assert "(TV)" not in " ".join(found) and "(DVD)" not in " ".join(found)

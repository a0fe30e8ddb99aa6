"""A farm's refrain glued at the article's clause ends (filters/spam_refrain.py), round 32:
a tagline sentence after stops and a coined brand before commas are cut out of the lines,
the sentences stay; an article's own repeated wording stays."""

from __future__ import annotations

import re

import regex
from conftest import FIXTURES, ROOT
from linear import assert_linear

from newsclean import clean
from newsclean.filters.spam_refrain import (
    COMMA_TAILS,
    HAN_OR_NEAR,
    STOP_HEADS,
    _repeats,
    _repeats_after_others,
    _sentences,
    _terms,
    refrain_cuts,
)

# The tagline TVBOXNOW's forum glues after stops in the columns it copies
# (https://os.tvboxnow.com/thread-2546045-1-867.html; the same forum's scraps glued at line
# ends on http://5.39.217.77:8898/thread-2392974-5-1.html).
TAGLINE = "TVBNOW 含有熱門話題,最新最快電視,軟體,遊戲,電影,動漫及日常生活及興趣交流等資訊。"
COLUMN = [
    f"很多上世紀的新加坡人,都知道有一條聞名街道叫福南街。{TAGLINE}他們對福南街的記憶,"
    f"是記在舌尖上,不忘那裡的美食。福南街曾經是我周末下班後和女友用餐的地方。{TAGLINE}",
    f"上世紀70年代末,福南街的店鋪全被拆除,街道消失。{TAGLINE}2016年,福南中心又再全部拆除重建。",
]
# A casino's brand and number glued before commas (http://mancos-co.com/83dvb8.html's form).
SEAWALL = [
    "金門縣湖下海堤調適工程今天動土金沙总站6165,完工後預計提升沿岸防禦強度,並改善周邊親水環境。"
    "金門縣長陳福海說金沙总站6165,工程除防災考量,也是金門大橋延伸周邊的休閒環境建構。",
    "金門縣政府今天在金寧鄉湖下海堤舉行開工祝禱典禮金沙总站6165,陳福海等出席。",
]


def _cuts(lines: list[str]) -> dict[int, str]:
    return {i: cut.rest for i, cut in refrain_cuts(lines).items()}


def test_a_tagline_glued_after_stops_is_cut() -> None:
    rests = _cuts(COLUMN)
    assert rests[0] == (
        "很多上世紀的新加坡人,都知道有一條聞名街道叫福南街。他們對福南街的記憶,"
        "是記在舌尖上,不忘那裡的美食。福南街曾經是我周末下班後和女友用餐的地方。"
    )
    assert rests[1] == (
        "上世紀70年代末,福南街的店鋪全被拆除,街道消失。2016年,福南中心又再全部拆除重建。"
    )


def test_a_coined_brand_glued_before_commas_is_cut() -> None:
    rests = _cuts(SEAWALL)
    assert "金沙" not in rests[0] and "金沙" not in rests[1]
    assert rests[1] == "金門縣政府今天在金寧鄉湖下海堤舉行開工祝禱典禮,陳福海等出席。"


def test_the_cut_reaches_the_clean_body() -> None:
    body = clean("福南街的記憶\n\n" + "\n\n".join(COLUMN) + "\n").body
    assert not any("TVBNOW" in line for line in body)
    assert any("福南中心又再全部拆除重建" in line for line in body)


# Near misses, real article text from the benchmark corpus (/tmp/corpus, Taiwanese news):
# the article repeats its own clause end (a Han phrase, a count and its measure), and a
# page may print its article twice.
def test_an_articles_repeated_clause_end_stays() -> None:
    papaya = [
        "每台斤價格還飆到60元以上,相當搶手。盤商透露,目前木瓜產量青黃不接,要回穩至少要等到農曆年後。",
        "每台斤2、30元高了3倍多,有錢還搶不到。果農表示,目前木瓜青黃不接,若成熟度不足,提前採收。",
    ]
    assert _cuts(papaya) == {}


def test_a_count_and_its_measure_repeated_stays() -> None:
    wetland = [
        "濕地面積超過300公頃,爲這裏的候鳥提供棲地。",
        "保護區的核心區面積超過300公頃,每年吸引上萬遊客。",
    ]
    assert _cuts(wetland) == {}


def test_an_article_printed_twice_stays() -> None:
    story = (
        "立法院昨天審查預算。黨團總召柯建銘表示,將全力支持相關法案的審查進度,"
        "並呼籲在野黨理性問政,不要杯葛議事。"
    )
    assert _cuts([story, story]) == {}


def test_a_sentence_said_once_stays() -> None:
    assert _cuts([COLUMN[1].replace(TAGLINE, "我們對這條街有很多很多美好的共同回憶。")]) == {}


def test_refrain_cuts_is_linear() -> None:
    # the gate open (a tagline of 15 Han after stops with different words before them, a
    # brand and number before commas after clauses that differ): the scans and the cuts
    # are timed, not only the gate's C passes
    tagline = "本站提供最新最快的新聞資訊服務。"

    def make(n: int) -> list[str]:
        clauses = ("明天會下雨", "後天會放晴")
        return [
            f"第{i}段說明天氣很好{i}。{tagline}{clauses[i % 2]}金沙总站6165,大家出門要帶傘。"
            for i in range(n)
        ]

    assert _gate(make(2)) == (True, True)
    assert refrain_cuts(make(2))[1].rest == "第1段說明天氣很好1。後天會放晴,大家出門要帶傘。"
    assert_linear(make, refrain_cuts, 300)

    def closed(n: int) -> list[str]:  # the gate closed: its C passes alone
        return [f"第{i}段說明,今天天氣很好{i}號,明天會下雨。他說好的。" for i in range(n)]

    assert _gate(closed(300)) == (False, False)
    assert_linear(closed, refrain_cuts, 300)


def test_a_coined_term_whose_words_the_article_prints_stays() -> None:
    # constructed near miss: a name and number before two commas passes the gate and the
    # term scan (竹科18, two Han then digits, after clauses of their own), but the article
    # names 竹科 elsewhere, so the term is its own wording (the foreign test decides)
    plant = ["台積電今天宣布擴建竹科18,預計明年完工。", "新竹縣長表示竹科18,將帶來上萬就業機會。"]
    page = [*plant, "竹科管理局指出,園區用水充足。"]
    assert _gate(page) == (False, True)
    assert _terms("\n".join(page)) == {"竹科18": [9, 28]}
    assert _cuts(page) == {}
    assert _cuts(plant) == {
        0: "台積電今天宣布擴建,預計明年完工。",
        1: "新竹縣長表示,將帶來上萬就業機會。",
    }


def test_a_latin_word_before_han_repeated_stays() -> None:
    # real article text from the benchmark corpus: a Latin name before Han is the article's
    story = [
        "他在會上表示,平台已經引入AI翻譯,服務擴展到多種語言。",
        "另外據了解,該公司的AI翻譯,目前以中英對照為主。",
    ]
    assert _cuts(story) == {}


def _gate(lines: list[str]) -> tuple[bool, bool]:
    """Whether the gate lets the sentence scan and the term scan read the page."""
    page = "\n".join(lines)
    return _repeats_after_others(STOP_HEADS.findall(page)), _repeats(COMMA_TAILS.findall(page))


def test_the_gate_opens_on_each_refrain() -> None:
    assert _gate(COLUMN) == (True, False)  # the tagline after stops
    assert _gate(SEAWALL) == (False, True)  # the brand before commas


def test_the_gate_closes_on_an_articles_own_repeats() -> None:
    # the near misses above are decided before any scan: a Han clause end (木瓜青黃不接),
    # a count's measure (300公頃) and a Latin word before Han (AI翻譯) end in no letter
    # or digit before their commas, and no sentence repeats after a stop
    papaya = ["盤商透露,目前木瓜產量青黃不接,要回穩。", "果農表示,目前木瓜青黃不接,提前採收。"]
    wetland = ["濕地面積超過300公頃,爲候鳥提供棲地。", "核心區面積超過300公頃,吸引遊客。"]
    story = ["平台已經引入AI翻譯,服務擴展。", "該公司的AI翻譯,目前以中英對照為主。"]
    for lines in (papaya, wetland, story):
        assert _gate(lines) == (False, False)


def test_the_gate_closes_on_an_article_printed_twice_and_a_short_stamp() -> None:
    # a page printing its article twice repeats each sentence after the same words, and a
    # copier's stamp after stops (corpus pages, ``JunZitang.coM``) holds no Han character
    story = "立法院昨天審查預算。黨團總召柯建銘表示,將全力支持相關法案的審查進度。"
    assert _gate([story, story]) == (False, False)
    stamped = ["警方昨日破獲詐騙集團。JunZitang.coM", "三名嫌犯均已移送法辦。JunZitang.coM"]
    assert _gate(stamped) == (False, False)


def test_the_gates_han_class_holds_every_han_character() -> None:
    # the sentence scan counts Han with the regex engine's \p{Han}; the gate's class, for
    # the standard engine, must hold each of them (a Han character it missed could close it)
    every = "".join(map(chr, range(0x110000)))
    han = "".join(regex.findall(r"\p{Han}", every))
    assert han and not re.sub(f"[{HAN_OR_NEAR}]", "", han)


def test_the_gate_never_closes_on_a_page_the_scans_read() -> None:
    # The gate must be implied by the scans' own condition: on every real page (the
    # evaluation pages, the fixtures and this module's two refrain pages), a scan that finds
    # a refrain's places finds the gate open.  The evaluation's pages are redrawn every
    # round, so only this module's pages are named as ones the scans must read.
    paths = sorted((ROOT / "eval" / "pages").glob("*.txt")) + sorted(FIXTURES.glob("*.txt"))
    pages = {
        path.name: path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
        for path in paths
    }
    pages.update(column=COLUMN, seawall=SEAWALL)
    found: set[str] = set()
    for name, lines in pages.items():
        page = "\n".join(lines)
        heads, tails = _gate(lines)
        if _sentences(page):
            assert heads, name
            found.add(name)
        if _terms(page):
            assert tails, name
            found.add(name)
    assert {"column", "seawall"} <= found

"""Double-byte text read by a 7-bit codec (codec_stripped): a paragraph whose bytes above
0x7F were dropped is flagged and kept in the body, never removed as spam or taken for
furniture; one whose bytes lost their high bit is re-read; English, URLs, code, spam of
domains and numbers, and anti-copy noise are not taken for it."""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from linear import assert_linear

from newsclean import clean
from newsclean.filters.codec_stripped import noise_llr, reread, settled, stripped_lines
from newsclean.render import render

PARAGRAPH = "今天上午，国务院新闻办公室举行新闻发布会，介绍2024年国民经济运行情况。"
OTHER = "行政长官办公室网站设有中文及葡文两种正式语文版本，让公众更容易掌握政府的讯息。"
BIG5 = "香港新聞界今日舉行酒會，慶祝國慶，行政長官李家超出席並致辭，希望講好香港故事。"


def dropped(text: str, codec: str = "gbk") -> str:
    """``text``'s bytes read as ASCII, every byte above 0x7F dropped."""
    return text.encode(codec).decode("ascii", errors="ignore")


def cut(text: str) -> str:
    """``text``'s GBK bytes with their high bit cleared."""
    return bytes(byte & 0x7F for byte in text.encode("gbk")).decode("ascii")


def _page(middle: str) -> str:
    return f"标题在这里\n\n　　{OTHER}\n\n　　{middle}\n\n　　{OTHER}\n"


def _warnings(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [w.message for w in doc.warnings if w.kind == "mojibake"]


@pytest.mark.parametrize(
    "line",
    [
        "Sof,Q,|Rc,ru|,c^Q,700flHz^,aI18_^,36I,Bm15",
        "f^h,{KsM^,s^,DhT,P^hT_,^hT",
        "xe,Mhyx11gPeo,z,luxL,",
        "hSz{kRL(16)az{CSR1fPHStzy_RL@^fYYN@YI",
    ],
)
def test_trail_bytes_left_by_a_7bit_reading_are_stripped_text(line: str) -> None:
    assert stripped_lines([line]) == {0: None}


def test_big5_read_as_ascii_is_stripped_text_too() -> None:
    line = dropped(BIG5 * 2, "big5")
    assert stripped_lines([line]) == {0: None}


def test_a_stripped_paragraph_stays_in_the_body_flagged_not_spam() -> None:
    line = "Sof,Q,|Rc,ru|,c^Q,700flHz^,aI18_^,36I,Bm15"
    doc = clean(_page(line))
    assert line in doc.body
    assert not doc.removed
    assert _warnings(doc) == ["text lost to a codec"]


def test_a_weaker_line_counts_beside_a_stripped_paragraph() -> None:
    strong, weak = "f^h,{KsM^,s^,DhT,P^hT_,^hT", "L1019^Le^J,^Je"
    assert stripped_lines([weak]) == {}
    assert stripped_lines([strong, OTHER, weak]) == {0: None, 2: None}


def test_bits_cut_to_seven_are_read_again() -> None:
    line = cut(PARAGRAPH)
    again = reread(line)
    assert again is not None and "国务院新闻办公室" in again
    doc = clean(_page(line))
    assert any("国务院新闻办公室" in text for text in doc.body)
    assert any("7-bit" in message for message in _warnings(doc))


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said on Tuesday that exports rose 5.2% in November.",
        "See https://example.com/news/2024_report?id=7 for details",
        "www.bet365.com 8888.cc 6666.net 2024",
        "bet365.com,vns8888.cc,qq123456,2024",
        "dushi_top_nav_01",
        "if (a[i] > b) { x = y | z; }",
        "getElementById(navBar)",
        "BREAKING NEWS FROM BEIJING",
        "wXufWX0p6p2023-05-26 07:51:06261",
        "Copyright (C) 2024 Xinhua. All Rights Reserved.",
    ],
)
def test_real_ascii_lines_are_not_stripped_text(line: str) -> None:
    assert stripped_lines([line]) == {}


def test_a_spam_line_of_domains_and_numbers_is_still_spam() -> None:
    line = "bet365.com,vns8888.cc,6hc.com,2024澳门六合彩开奖结果"
    doc = clean(_page(line))
    assert line not in doc.body


def test_anti_copy_noise_is_rarely_taken_for_stripped_text() -> None:
    keys = string.ascii_letters + string.digits + "~!@#$%^&*()_+-=[]{};:,./?| "
    rng = random.Random(7)
    lines = ["".join(rng.choice(keys) for _ in range(rng.randint(6, 10))) for _ in range(2000)]
    taken = sum(bool(stripped_lines([line])) for line in lines)
    assert taken <= 4  # about one in four thousand at the strong threshold


def test_a_stripped_page_is_stable_when_cleaned_again() -> None:
    page = _page("f^h,{KsM^,s^,DhT,P^hT_,^hT") + "\n　　L1019^Le^J,^Je\n"
    first = clean(page)
    again = clean("\n\n".join([first.title or "", *first.body]))
    assert again.body == first.body


def test_a_long_stripped_line_stays_linear() -> None:
    unit = dropped(PARAGRAPH) + "," + cut(PARAGRAPH)

    def judge(line: str) -> None:
        noise_llr(line)
        stripped_lines([line])

    assert_linear(lambda n: unit * n, judge, 2_000)


COMMON = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
    "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自"
    "二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日"
    "那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变"
    "条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指"
    "几九区强放决西被干做必战先回则任取据处理府研"
)
HAN_TEXT = st.text(st.sampled_from(COMMON + "，。,0123456789"), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(HAN_TEXT, st.sampled_from(["plain", "dropped", "cut"])), max_size=6))
def test_pages_with_stripped_lines_are_stable(lines: list[tuple[str, str]]) -> None:
    made = {"plain": lambda t: t, "dropped": dropped, "cut": cut}
    page = "\n\n".join(made[how](text) for text, how in lines)
    doc = clean(page)
    again = clean(render(doc, "text"))
    if doc.title is None and again.title:
        assert doc.body[:1] and doc.body[0].startswith(again.title)
        assert again.body == doc.body[1:]
    else:
        assert (again.title, again.body) == (doc.title, doc.body)


def test_a_glossed_mirror_line_that_lost_its_high_bytes_keeps_its_bare_glosses_as_evidence():
    # The glosses' tone vowels and hosts went with the other high bytes: "(jin gun)".
    assert noise_llr("S,](jin gun),](jin ji)T(bin mn)@") is not None
    # bracketed words in English or code are no such glosses
    assert noise_llr("The (new) rule applies to (all) users here.") is None
    assert noise_llr("Call foo(bar) and baz(qux) now.") is None


GLOSSED = (
    "新聞(wén)界(jiè)今(jīn)日(rì)舉(jǔ)行(xíng)酒(jiǔ)會(huì)，慶(qìng)祝(zhù)國(guó)慶(qìng)，"
    "行(xíng)政(zhèng)長(zhǎng)官(guān)李(lǐ)家(jiā)超(chāo)出(chū)席(xí)並(bìng)致(zhì)辭(cí)"
)


def test_a_glossed_line_with_few_letters_left_is_judged_on_its_glosses_and_shape():
    # Han and tone vowels dropped: "(wn)(ji)(jn)(r)e(j)..." with five letters between the
    # glosses, two of them vowels: too few letters to say English, so the shape decides.
    line = dropped(GLOSSED)
    assert stripped_lines([line]) == {0: None}
    doc = clean(_page(line))
    assert line in doc.body
    assert "text lost to a codec" in _warnings(doc)


@pytest.mark.parametrize(
    "line",
    ["getElementById(x){a}", "{foo:1,bar:2}", "Ouija{Board}", "AUTO{io}eu^a", "x_{i}^{2}"],
)
def test_short_code_and_words_with_symbols_are_not_stripped_text(line: str) -> None:
    assert stripped_lines([line]) == {}


SPACED = (
    "縣長（ xiàn zhǎng ）期勉以宏觀思（ guān sī ）維推動永續治理，建立學習（ xué xí ）型政府"
    "團隊，中央資源（ zī yuán ）得來不（ lái bù ）易，地方執行（ zhí xíng ）須展現效率與專業。"
)


def test_spaced_glosses_whose_brackets_and_tone_vowels_were_dropped_are_glosses():
    line = dropped(SPACED)
    assert line.count(" ") * 10 > len(line)  # the glosses' spaces, as many as English's
    assert stripped_lines([line]) == {0: None}
    doc = clean(_page(line))
    assert line.strip() in doc.body and "text lost to a codec" in _warnings(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Do you know? So do I. No, you do not. So to say: a to b.",
        "so to do you know what I mean, no? a b c d e f {x} ^y",
        "Tai Po Kau Nature Reserve (Sha Tin) is open daily from 6am to 7pm, free of charge.",
    ],
)
def test_english_with_syllable_like_words_is_not_stripped_text(line: str) -> None:
    assert stripped_lines([line]) == {}


STATISTICS = (
    "數據顯示，42個經濟體中(zhōng)，關(guān)稅(shuì)高於67%的佔(zhàn)兩成，"
    "個別(bié)達到145%和125%。"
)


def test_a_stripped_statistics_line_is_judged_on_its_glosses_not_its_digits() -> None:
    # Its own digits and % weigh against stripped text; the glosses left with no host
    # ("(q)", "(gun)") are what noise never writes.
    line = dropped(STATISTICS)
    assert "%" in line and line.count("(") >= 3
    assert stripped_lines([line]) == {0: None}
    doc = clean(_page(line))
    assert line.strip() in doc.body and "text lost to a codec" in _warnings(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Growth: (a) 42%, (b) 67%, (c) 145% and (d) 125% in 2024.",
        "(a)(b)(c)(d) 42% 67% 145%",
        "Q3 2024: GDP (yoy) 4.6%, CPI (mom) 0.2%, PPI (yoy) -2.8%",
    ],
)
def test_bracketed_letters_beside_figures_are_not_glosses_of_a_stripped_line(line: str) -> None:
    assert stripped_lines([line]) == {}


# Invented: a glossed mirror that wrote lost tone vowels as "?" and spaced its numbers.
QUESTION_GLOSSED = (
    "香港特區政府發言人說，颱風「樺加沙」襲港期間，當局共接獲 1,203 宗塌樹報告，(qi?n)(y?) "
    "並(b?ng)且(qi?)動員 2,500 名(m?ng)人員(yu?n)清理，各區交通於翌日全面恢復。"
    "議員質疑應變機制，要求檢討緊急應變計劃並向立法會匯報。"
)
#: The same mirror's line with too little left but its glosses to be judged without them.
FEW_LEFT = (
    "　　臺(t?i)灣(w?n)在 1949 年與 1987 年間，人(r?n)口(k?u)增長了 38 至 56 萬，"
    "經(j?ng)濟(j?)結(ji?)構(g?u)也隨之轉變，城(ch?ng)市(sh?)人口首次過半。"
)


def test_glosses_with_question_marks_and_spaced_numbers_are_a_stripped_line() -> None:
    line = dropped(QUESTION_GLOSSED)
    llr = noise_llr(line)
    assert llr is not None and llr > 3.0
    again = settled(line, None, True, strip_glosses=True)
    assert "(m?ng)" not in again[0] and again[4]  # the mirror's glosses go, the line is lost
    assert noise_llr(again[0]) is not None  # and a second cleaning judges it alike
    assert settled(line, None, True)[0] == line  # a page keeping its glosses keeps them


def test_glosses_stay_on_a_stripped_line_not_judged_lost_without_them() -> None:
    line = dropped(FEW_LEFT)
    assert noise_llr(line) is not None
    assert settled(line, None, True, strip_glosses=True)[0] == line


@pytest.mark.parametrize(
    "line",
    [
        "In 1949 and 1987 the city grew by 38 to 56 percent, officials said (citing data).",
        "Is it real (?) the report asked, in 2024 and 2025 alike.",
    ],
)
def test_english_with_numbers_and_question_marks_is_not_stripped_text(line: str) -> None:
    assert stripped_lines([line]) == {}


def _spaced_toneless(text: str, glossed: dict[str, str]) -> str:
    """``text`` as a toneless mirror writes it, a space after each gloss (來(lai) 源)."""
    return "".join(f"{c}({glossed[c]}) " if c in glossed else c for c in text)


def test_a_spacing_toneless_mirror_line_read_as_ascii_is_stripped_text() -> None:
    """A mirror that writes a space after each toneless gloss, its Big5 bytes read as
    ASCII: the Han characters go, the glosses and their spaces stay ("(xin) (wen)
    L(zhang) {(shi)"); the spaces are the glosses', not words' spacing, and the line is
    flagged and kept, not read as English."""
    glossed = {"新": "xin", "聞": "wen", "長": "zhang", "李": "li", "出": "chu", "希": "xi"}
    glossed |= {"講": "jiang", "事": "shi", "港": "gang", "今": "jin", "會": "hui"}
    line = dropped(_spaced_toneless(BIG5, glossed), "big5").strip()
    assert line.count(" ") * 10 > len(line)  # spaced like words, as read
    assert stripped_lines([line]) == {0: None}
    doc = clean(_page(line))
    assert any("text lost to a codec" in m for m in _warnings(doc))


@pytest.mark.parametrize(
    "line",
    [
        "We (all) met (here) at (ten) and (then) went (home) to (rest) for (one) day.",
        "Fig. (a) shows (b) and (c) with (d) data (see) table (e) in (f) the appendix.",
    ],
)
def test_english_with_bracketed_words_and_spaces_is_not_stripped_text(line: str) -> None:
    assert stripped_lines([line]) == {}

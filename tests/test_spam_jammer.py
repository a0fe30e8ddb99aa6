"""Jammer noise by its composition (filters/spam_jammer.py, round 31): a Latin term glued
into noise, a glued block judged whole, Discuz's spaced pairs; and real lines of words among
symbols that must stay."""

from __future__ import annotations

import pytest

from newsclean.filters.spam_jammer import jammer_lines
from newsclean.filters.spam_noise import jammer_term

PARA_1 = "  上午11点,海沧区相关领导共同启动第二届海沧市民节开幕按钮,全场市民欢声雀跃。"
PARA_2 = "  据介绍,本届市民节为期一个月,将举办文艺演出、体育比赛等二十余项活动。"


# Round 31: a jammer's noise is judged by its composition, not by its term.  The noise
# lines below are the held-out pages' forms (a Latin term glued into the noise; a lowercase
# run that reads as a word; a weaker member of a glued block carrying the block's term).


def test_a_glued_block_of_noise_goes_whole():
    # the block: two lines carrying a Latin term, and a short scrap above them
    page = [PARA_1, "", "WplWnP@6", "GH|!%uK3:hotsex4AZR", "L|;8^-bHhotsexJgkRo;m_ |)", "", PARA_2]
    assert set(jammer_lines(page)) == {2, 3, 4}
    # a weaker member carrying the block's term (one case swap, three rare symbols)
    page = [
        PARA_1,
        "",
        "[8u2$o%他人匿名銀行卡r&[tE6u ~%?*",
        "%0 9他人匿名銀行卡mVIYM-=PC!bG",
        ".n4^Y@ST他人匿名銀行卡#yr-e7",
        "s|lr:50他人匿名銀行卡~!eUR",
        "",
        PARA_2,
    ]
    assert set(jammer_lines(page)) == {2, 3, 4, 5}
    # round 35: a member whose noise the generator drew without a lowercase letter, two
    # rare symbols or more in it
    page = [
        PARA_1,
        "",
        "g[{_f_ND03O下載黃片&}XHP,O[,",
        ":;?:C下載黃片3Y#CQK",
        "dTzC=LjVpb下載黃片{[1hAZD$s",
    ]
    assert set(jammer_lines([*page, "", PARA_2])) == {2, 3, 4}
    # a code and the term in the run, one rare symbol: no noise
    page = [
        PARA_1,
        "",
        "g[{_f_ND03O下載黃片&}XHP,O[,",
        "ABC-2024下載黃片",
        "dTzC=LjVpb下載黃片{[1hAZD$s",
    ]
    assert set(jammer_lines([*page, "", PARA_2])) == {2, 4}


def test_a_line_with_the_blocks_term_apart_from_it_stays():
    # the same term in a sentence of the article, glued to the block: prose, not noise
    page = [
        PARA_1,
        "",
        "%0 9他人匿名銀行卡mVIYM-=PC!bG",
        ".n4^Y@ST他人匿名銀行卡#yr-e7",
        "警方提醒:切勿出租、出借他人匿名銀行卡。",
        "",
        PARA_2,
    ]
    assert 4 not in jammer_lines(page)


@pytest.mark.parametrize(
    "line",
    [
        # real lines with words among symbols (a forum's code, a web shell's status bar)
        # https://down.dz-x.net/archiver/tid/122275.html (a Discuz plugin answer's PHP)
        "$userPostCount = C::t('#myplugin#user_behavior')->fetch_count_by_uid($_G['uid']);",
        "if(strlen($message) < 20 && !$_G['group']['bypasscheck']){",
        # https://laptophkc.net/pics/1770236243_1.php (a web shell's header, leet-spelt)
        "Curr3nt_D!r [ Writeable ] D0cum3nt_r0Ot [ Writeable ]",
        # a code identifier among word pieces, a line of markup, one word spaced apart
        "getElementById('main')",
        "x = {return y;}",
        "[ATTACH]113650[/ATTACH][ATTACH]113651[/ATTACH]",
        # a password policy's example, a DOI, tickers, a serial number
        "密码至少8位,须含大小写字母、数字和符号,如 Tr0ub4dor&3",
        "doi:10.1016/j.cell.2020.02.052",
        "AAPL MSFT NVDA TSLA",
        "序列号:XQ7R-9KMP-2B4T-8WZN",
    ],
)
def test_words_among_symbols_are_no_noise(line):
    assert jammer_term(line) is None
    page = [PARA_1, "", line, "GH|!%uK3:hotsex4AZR", "L|;8^-bHhotsexJgkRo;m_ |)", "", PARA_2]
    assert 2 not in jammer_lines(page)


def test_a_glued_runs_last_scrap_cut_short_goes_with_the_run() -> None:
    """Round 34: under two jammer lines glued together, the run's last scrap cut to five
    characters (``_T5t?``) is the run's; the same scrap alone, far from noise, stays, and a
    short code or fraction glued under the run stays too (no lowercase letter)."""
    run = ["正文第一段。", "", "(OjXHA金鼎彩票U N_wM&JTO", "R3a:rX}金鼎彩票&0yj4YN", "_T5t?"]
    assert set(jammer_lines(run)) == {2, 3, 4}
    assert jammer_lines(["正文第一段。", "", "_T5t?", "", "正文第二段。"]) == {}
    assert 4 not in jammer_lines([*run[:4], "A-1/2"])


@pytest.mark.parametrize(
    ("scrap", "taken"), [("[7 ?Da", True), ("see p 12", False), ("No. 5", False)]
)
def test_a_glued_runs_spaced_scrap_goes_when_each_piece_holds_a_symbol(scrap, taken) -> None:
    """Round 39: the jammer's lines print spaces (``FYGj?#%*%h代討債e ovHw``), and so may its
    last scrap (``[7 ?Da``); a page reference or a number apart under the run is words."""
    run = ["正文第一段。", "", "(OjXHA金鼎彩票U N_wM&JTO", "R3a:rX}金鼎彩票&0yj4YN", scrap]
    assert (4 in jammer_lines(run)) is taken


# Round 44: the draw's own facts.  The held-out pages' noise of the Discuz forum post
# https://bbs1.luoohu.com/thread-4071228-1-1.html (variant
# spam-discuz-jammer-noise-lines-district-forum, as printed on the round-44 eval pages).
PARA_HK = "  她表示,網站預留了「登記名單」、「認證名單」及「專業人士」的欄目。"


def test_a_line_repeating_the_one_jammer_lines_term_goes_with_it() -> None:
    # one jammer line in the run; the line above repeats its term in noise with one case swap
    page = [PARA_1, "", "*/4 irC", "zS2M5=遠航娛樂&(D X", "fM*[遠航娛樂sF&+x.", "", PARA_2]
    assert set(jammer_lines(page)) == {2, 3, 4}


def test_a_line_repeating_the_runs_latin_term_goes_whatever_its_case() -> None:
    page = [
        PARA_1,
        "",
        "fR7lLJhotsexl8xV$+F7",
        "W!x2)O",
        "OeoaxB}UPhotsex?MP${HE%Mu",
        "aOr$WP|hhotsex@j(56vgpa",
        "",
        PARA_HK,
    ]
    assert set(jammer_lines(page)) == {2, 3, 4, 5}


@pytest.mark.parametrize("scrap", ["++ vyUp", "QaY0i Z5hE"])
def test_a_spaced_draw_of_no_words_goes_inside_a_run(scrap: str) -> None:
    page = [PARA_1, "", "fckO,!h(X+德发娱乐(#zRkQQB=a", scrap, "HR6^)]sBU8德发娱乐:rb};hav],%", ""]
    assert set(jammer_lines(page)) == {2, 3, 4}


@pytest.mark.parametrize(
    "line",
    [
        "Tel: 5G",  # a word's capital first, a code's upper case
        "No. 5",
        "iPhone 15",  # a word's lowercase letters together
        "A1 B2 C3",
        "Email: hotsex",  # the term standing as a word
        "see www.hotsex.com",
        "hotsex.com is blocked",
    ],
)
def test_real_short_ascii_lines_stay_inside_a_run(line: str) -> None:
    page = [PARA_1, "", "fR7lLJhotsexl8xV$+F7", line, "-HD%//7z*m~_hotsex;?QguABvH", "", PARA_2]
    assert 3 not in jammer_lines(page)


def test_a_scrap_between_two_noise_lines_needs_no_lowercase_letter() -> None:
    # the variant's matrix page (same forum post): an upper-case scrap glued between noise
    page = [
        PARA_1,
        "",
        "vb$3午夜淫电影D90Sz",
        "LQ4j;R_qW午夜淫电影Bm~xnWgW*",
        "!B_7uY(JE午夜淫电影$YS/=NT*",
        "N8Y5}QF",
        "a]u_h午夜淫电影$=W=QT:Br 9",
        "",
        PARA_2,
    ]
    assert set(jammer_lines(page)) == {2, 3, 4, 5, 6}


@pytest.mark.parametrize("line", ["COVID-19", "MH370", "A&B", "F-16"])
def test_a_code_between_two_noise_lines_stays(line: str) -> None:
    page = [PARA_1, "", "vb$3午夜淫电影D90Sz", line, "a]u_h午夜淫电影$=W=QT:Br 9", "", PARA_2]
    assert 3 not in jammer_lines(page)


def test_a_glossed_line_a_codec_stripped_is_no_member_of_one_jammer_lines_run() -> None:
    line = "Qe(zhng),Kmc(wn)(rng),_(ji),^T(dng)L(zhng),M(mn)_w(qi),假学历Vj(j)OOl,_(ki)_(tng)ZVl"
    assert 1 not in jammer_lines(["HGVVz84假学历kL:?s7s[eXI", line, "正文第二段。"])

"""Framed keywords and jammer noise (filters/spam_shapes.py): positive and negative cases."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam_jammer import jammer_lines
from newsclean.filters.spam_noise import jammer_term
from newsclean.filters.spam_shapes import framed_keyword

PARA_1 = "  上午11点,海沧区相关领导共同启动第二届海沧市民节开幕按钮,全场市民欢声雀跃。"
PARA_2 = "  据介绍,本届市民节为期一个月,将举办文艺演出、体育比赛等二十余项活动。"
TITLE = "海沧市民节:幸福海沧 市民同享"
JOINED = "758彩票,97资源总站,德发娱乐,不注册看艳片,六合彩开奖结果,澳门百家乐"


def test_jammer_lines_are_removed_and_paragraphs_kept():
    noise = ["a/NY[}Qf身份证生成_7~keun/B|[J", "Z()&Y;W身份证生成b9NR!eFN$A}Q", "(b2LD[q&E"]
    doc = clean("\n".join([TITLE, "", PARA_1, "", *noise, "", PARA_2]) + "\n")
    assert [r.text for r in doc.removed if r.reason == "spam"] == noise
    assert len(doc.body) == 2


@pytest.mark.parametrize(
    ("line", "keyword"),
    [("🏢色站导航🏣", "色站导航"), ("🏢bt成人🏣", "bt成人"), ("🏢莫达非尼🏣", "莫达非尼")],
)
def test_framed_keywords_are_found(line, keyword):
    assert framed_keyword(line) == keyword


@pytest.mark.parametrize(
    "line", ["🔥我们的节日🔥", "🎉 新年快乐 🎉", "重磅🔥", "🔥重磅:国务院发布通知🔥"]
)
def test_framed_slogans_are_not_keywords(line):
    assert framed_keyword(line) is None


def test_a_spam_shaped_framed_keyword_is_removed_above_the_title():
    doc = clean("\n".join(["🏢色站导航🏣", "", TITLE, "", PARA_1, "", PARA_2]) + "\n")
    assert [r.text for r in doc.removed if r.reason == "spam"] == ["🏢色站导航🏣"]
    assert doc.title == TITLE


def test_an_unknown_framed_keyword_needs_spam_elsewhere():
    page = ["🏢莫达非尼🏣", "", TITLE, "", PARA_1, "", PARA_2]
    alone = clean("\n".join(page) + "\n")
    assert not [r for r in alone.removed if r.reason == "spam"]
    hijacked = clean("\n".join([*page, "", JOINED]) + "\n")
    assert "🏢莫达非尼🏣" in [r.text for r in hijacked.removed if r.reason == "spam"]


def test_a_framed_heading_stays():
    doc = clean("\n".join(["🔥重磅🔥", "", TITLE, "", PARA_1, "", PARA_2]) + "\n")
    assert not [r for r in doc.removed if r.reason == "spam"]


def test_a_scrap_of_noise_goes_with_the_jammer_beside_it():
    from newsclean.filters.spam_jammer import jammer_lines

    page = [
        PARA_1,
        "",
        "4$.SLC7@%E",
        "1GPm:b-彩猫彩票i_n2x_TM",
        "IRT^!rjwse4彩猫彩票?_S1b2Zj",
        "",
        PARA_2,
    ]
    assert set(jammer_lines(page)) == {2, 3, 4}


def test_a_code_alone_is_no_scrap_without_a_jammer():
    from newsclean.filters.spam_jammer import jammer_lines

    assert jammer_lines([PARA_1, "", "4$.SLC7@%E", "", "A/H1N1(H3N2)[2]", "", PARA_2]) == {}


LIST_TWICE = (
    "静电接地报警器,标准金属量器,油槽车取样器,人体静电释放器,人体静电释放报警器,"
    "青县燕河仪器仪表有限公司静电接地报警器,标准金属量器,油槽车取样器,…"
)


def test_a_keyword_list_printed_twice_is_spam():
    from newsclean.filters.spam import score_line

    assert score_line(LIST_TWICE).is_spam


@pytest.mark.parametrize(
    "line",
    [
        "北京,上海,广州,深圳,重庆,北京,上海,广州",
        "加油,中国,加油,中国,加油,中国",
        "一二一,一二一,一二一,一二一,一二一",
    ],
)
def test_a_hand_written_list_naming_items_again_is_not_spam(line):
    from newsclean.filters.spam import score_line

    assert not score_line(line).is_spam


def test_a_line_printing_the_jammers_term_goes_with_it():
    """Less noise around the same term as a jammer line nearby (eval/variants/spam.json:
    spam-jammer-noise): the generator printed the term several times."""
    company = "p2BSG鑫源彩票NPo:xMA!bFn"
    jammer = "JD6hlsx$A鑫源彩票b)+(gxpNjZ#8"
    doc = clean("\n".join([TITLE, "", PARA_1, "", company, "", jammer, "", PARA_2, ""]))
    assert [r.text for r in doc.removed] == [company, jammer]
    assert len(doc.body) == 2


def test_a_real_line_with_the_term_stays_beside_a_jammer():
    real = "iPhone 15 鑫源彩票 App Store"  # words, not noise
    jammer = "JD6hlsx$A鑫源彩票b)+(gxpNjZ#8"
    doc = clean("\n".join([TITLE, "", PARA_1, "", real, "", jammer, "", PARA_2, ""]))
    assert [r.text for r in doc.removed] == [jammer]


# Round 9: a scrap with one rare symbol that swaps letter case goes beside a jammer line.
@pytest.mark.parametrize("scrap", ["qhYlT?", "_44UGq9V"])
def test_a_case_swapping_scrap_beside_jammer_noise_goes(scrap):
    texts = ["正文第一段。", "HGVVz84博狗娱乐在线kL:?s7s[eXI", scrap, "m?@BD博狗娱乐在线49vi"]
    assert 2 in jammer_lines(texts)


@pytest.mark.parametrize("line", ["iPhone15", "McDonald", "COVID-19?", "Hello_World"])
def test_a_code_or_name_beside_jammer_noise_stays(line):
    texts = ["正文第一段。", "HGVVz84博狗娱乐在线kL:?s7s[eXI", line, "正文第二段。"]
    assert 2 not in jammer_lines(texts)


def test_a_case_swapping_scrap_far_from_any_jammer_stays():
    texts = ["qhYlT?", "正文第一段。", "正文第二段。", "正文第三段。", "正文第四段。"]
    assert jammer_lines(texts) == {}


# Round 12: the jammer's last scrap cut short, glued to a jammer line (no blank between).
@pytest.mark.parametrize("scrap", [",41k7q", "ntc%q8,Z", "qHWbTLx", "TpKvZm"])  # round 22: letters
def test_the_jammers_last_scrap_glued_to_it_goes(scrap):
    texts = ["正文第一段。", "", "HGVVz84博狗娱乐在线kL:?s7s[eXI", scrap, "", "正文第二段。"]
    assert 3 in jammer_lines(texts)


@pytest.mark.parametrize(
    "line", ["v2.0.1", "A/H1N1", "iPhone15", "covid-19", "GeForce", "NASDAQ", "MacBook", "RTX4090"]
)
def test_a_version_or_code_glued_to_jammer_noise_stays(line):
    texts = ["正文第一段。", "", "HGVVz84博狗娱乐在线kL:?s7s[eXI", line, "", "正文第二段。"]
    assert 3 not in jammer_lines(texts)


def test_a_scrap_with_a_blank_line_between_is_no_tail():
    texts = ["正文第一段。", "HGVVz84博狗娱乐在线kL:?s7s[eXI", "", "", "", ",41k7q", "正文。"]
    assert 5 not in jammer_lines(texts)


# Round 12: a glossed line whose Han text a 7-bit codec stripped is text, not noise.
GLOSSED_STRIPPED = [
    "Qe(zhng),Kmc(wn)(rng),_(ji),^T(dng)L(zhng),M(mn)_w(qi),假学历Vj(j)OOl,_(ki)_(tng)ZVl",
    "38(p )(b )QP(gun )(gu )51%(ling )L(hu )A(hu )120%(gu )",
]


@pytest.mark.parametrize("line", GLOSSED_STRIPPED)
def test_a_stripped_glossed_line_is_no_jammer_noise(line):
    assert jammer_term(line) is None
    texts = ["正文第一段。", "HGVVz84假学历kL:?s7s[eXI", line, "正文第二段。"]
    assert 2 not in jammer_lines(texts)


def test_one_scrap_of_noise_alone_is_left_to_the_codec_filters():
    """Round 17: one line of noise alone, no other noise on the page, is as likely a short
    line a 7-bit codec read: it stays (for the codec filters), not removed as spam."""
    scrap = "_Qd,@,RoM"  # invented: trail-byte symbols and capitals, no term
    assert jammer_lines([PARA_1, "", scrap, "", PARA_2]) == {}
    doc = clean("\n".join([TITLE, "", PARA_1, "", scrap, "", PARA_2]) + "\n")
    assert not [r for r in doc.removed if r.reason == "spam"]


def test_noise_alone_beside_a_jammer_line_still_goes():
    page = [PARA_1, "", "a/NY[}Qf身份证生成_7~keun/B|[J", "", "_Qd,@,RoM", "", PARA_2]
    assert jammer_lines(page) == {2: "身份证生成", 4: ""}


def test_a_scrap_far_from_the_noise_still_gives_it_company():
    """The company is asked of the whole page, not within reach: removing the lines between
    must not turn a kept line into spam on a second cleaning (idempotence)."""
    page = [PARA_1, "", "!#!#!#;y", "", "。", "", "", "", "00!#R;", "", PARA_2]
    assert 2 in jammer_lines(page)


# Round 29: a coined term inside the noise; a scrap in a glued run of noise.


def test_a_scrap_glued_to_a_run_of_noise_goes():
    # http://rs238848.rs.hosteurope.de/bbs/viewthread.php?tid=253322 (the row's forum): a
    # forum template's noise printed line under line, its first scrap alone on top
    page = [
        PARA_1,
        "",
        "gdupCu9",
        "0m#+!六月婷婷丁香D6-p~f(2t-hN",
        "u!6s,c六月婷婷丁香Zv6}&z",
        "",
        PARA_2,
    ]
    assert set(jammer_lines(page)) == {2, 3, 4}
    # and the last scrap under the run
    page = [PARA_1, "", "gs^b/]2suZS大b私服&l&s", "ZGxB$a|8大b私服#ei5e.c", "d1U%)riz", "", PARA_2]
    assert set(jammer_lines(page)) == {2, 3, 4}


@pytest.mark.parametrize("line", ["iPhone15", "COVID-19", "Copyright", "A/H1N1"])
def test_real_ascii_apart_from_the_noise_stays(line):
    # a blank line between: the article's own line, not the run's
    page = [
        PARA_1,
        "",
        line,
        "",
        "0m#+!六月婷婷丁香D6-p~f(2t-hN",
        "u!6s,c六月婷婷丁香Zv6}&z",
        "",
        PARA_2,
    ]
    assert 2 not in jammer_lines(page)


def test_a_run_with_one_jammer_line_takes_no_loose_scrap():
    # one noise line glued to a product code: the code is no scrap of a run of noise
    page = [PARA_1, "", "gdupCu9", "0m#+!六月婷婷丁香D6-p~f(2t-hN", "", PARA_2]
    assert 2 not in jammer_lines(page)

"""A line of jammer noise judged alone (filters/spam_noise.py): noise around one term or
alone by its composition (rare symbols, case swaps, no word, no address), a Latin term
glued into it, Discuz's spaced pairs, a coined term; and the real ASCII of a Chinese page
(words, codes, dates, versions) that must stay."""

from __future__ import annotations

import pytest

from newsclean.filters.spam_noise import jammer_term


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("GH|!%uK3:hotsex4AZR", ""),
        ("L|;8^-bHhotsexJgkRo;m_ |)", ""),
        ("7oKEH R H:M:色站導航8|/pnoysU =e", "色站導航"),
    ],
)
def test_noise_with_one_glued_word_is_noise(line, term):
    assert jammer_term(line) == term


@pytest.mark.parametrize(
    "line",
    [
        # Discuz's jammer as a public client of the Discuz forum bbs.yamibo.com quotes it
        # in its sanitizer test (<font class="jammer">, M0 J# x0 L/ B- S&nbsp;&nbsp;n: O
        # </font>, and a display:none span of the second); Discuz's jammer() in
        # source/function/function_discuzcode.php draws chr(32-59) ' ' chr(63-126) pairs
        ", M0 J# x0 L/ B- S  n: O",
        "+ v% [0 P+ _; u3 {$ y9 r",
    ],
)
def test_discuz_spaced_pairs_are_noise(line):
    assert jammer_term(line) == ""


@pytest.mark.parametrize(
    "line", ["A1 B2 C3 D4 E5 F6", "a1 b2 c3 d4 e5 f6", "1. e4 e5 2. Nf3 Nc6", "K1 K2 K3 次列车"]
)
def test_grid_references_moves_and_train_numbers_are_no_pairs_of_noise(line):
    assert jammer_term(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "a/NY[}Qf身份证生成_7~keun/B|[J",
        "Z()&Y;W身份证生成b9NR!eFN$A}Q",
        "(b2LD[q&E",
        "xe-[6:?Ba",
        "a()@p性免费电影(@ l7].",
        "P4gW.{Mw_#",
    ],
)
def test_jammer_noise_is_recognised(line):
    assert jammer_term(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "iPhone 15 Pro (A17) 售价7999元",
        "COVID-19 [H1N1] 疫苗",
        "https://haicang.xmnn.cn/?id=AbC&x=[1]",
        "getElementById(x); // 代码",
        "????????,??????????????????,??????",
        "(记者 张三 摄)",
        "Copyright (C) 2024 Xinhua. All Rights Reserved.",
        "A/H1N1 (H3N2) 流感",
    ],
)
def test_real_ascii_is_not_noise(line):
    assert jammer_term(line) is None


@pytest.mark.parametrize(
    "line",
    ["上傳時間 01-Apr-2012 15:41:00 (UTC+8)", "发布时间 2012-04-01 15:41 (GMT+8)"],
)
def test_a_byline_with_an_ascii_date_and_zone_is_no_noise(line):
    assert jammer_term(line) is None


def test_a_coined_term_inside_the_noise_is_one_term():
    # the jammer's term with a Latin letter between its Han letters (大b私服): one term
    assert jammer_term("gs^b/]2suZS大b私服&l&s") == "大b私服"
    assert jammer_term("ZGxB$a|8大b私服#ei5e.c") == "大b私服"
    # two Han words apart with a number of their own stay two: prose, not one term
    assert jammer_term("iPhone 15 Pro (A17) 售价7999元") is None

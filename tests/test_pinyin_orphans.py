"""Mirror glosses whose host was rewritten after the glossing (``pinyin_orphans``).

Real text from glossed traditional mirror pages: http://www.wulivoo.cn/m/coverstory/224.html
(a 恒大研究院 report on blockchains: ``區(qū)塊鏈除了自身運(yùn)用…閃電網(wǎng)絡(luò)…``) and
http://thegardenzadar.com/2022/0817/654188.shtml (a paper on biosafety governance:
``在自然環(huán)境變化、經(jīng)濟全球化…``).
"""

from __future__ import annotations

import opencc

from newsclean.filters import pinyin
from newsclean.filters.pinyin_orphans import orphan_spans

WULIVOO = (
    "區(qū)塊鏈除了自身運(yùn)用側(cè)鏈、閃電網(wǎng)絡(luò)、跨鏈等技術(shù)外,更需要與5G、人工智能、"
    "大數(shù)據(jù)、物聯(lián)網(wǎng)等新興信息技術(shù)深度融合"
)
ZADAR = (
    "在自然環(huán)境變化、經(jīng)濟全球化和生物技術(shù)迅速發(fā)展的背景下,全球生物安全形勢越來越嚴峻,"
    "以先進的理念引領(lǐng)全球生物安全治理"
)


def test_a_phrase_converter_rewrote_the_glossed_word() -> None:
    """s2twp writes 網路 for 网络 (and 軟體 for 软件): the gloss of the word it replaced
    stays glued after the new word; the page glosses the syllable elsewhere, so it goes."""
    rewritten = opencc.OpenCC("s2twp").convert("网络") + "(luò)、跨鏈等技術(shù)"
    assert rewritten.startswith("網路(luò)")
    page = pinyin.scan_page([WULIVOO, ZADAR, rewritten])
    assert page.verdict.strip
    assert page.clean_line(2).text == "網路、跨鏈等技術"
    soft = opencc.OpenCC("s2twp").convert("软件") + "(jiàn)下載,網(wǎng)站"
    page = pinyin.scan_page([WULIVOO, ZADAR, "文件(jiàn)已經(jīng)上傳", soft])
    assert page.clean_line(3).text == "軟體下載,網站"


def test_a_slip_ate_the_initial_of_the_syllable() -> None:
    """``新聞發(ā)佈(bù)會``: 發 reads fā, the bracket holds its final alone."""
    page = pinyin.scan_page([ZADAR, "舉行新聞發(ā)佈(bù)會及以新聞稿等形式"])
    assert page.clean_line(1).text == "舉行新聞發佈會及以新聞稿等形式"
    assert "(ā)" in " ".join(page.clean_line(1).stripped)


def test_brackets_that_are_no_orphans_stay() -> None:
    # Near misses on a mirror page: a toned reading the page never glosses and that is no
    # final of its host (a name's reading the article gives), a toneless list letter, a
    # number; on a page that is no mirror, a note on a reading keeps its gloss.
    page = pinyin.scan_page([WULIVOO, ZADAR, "他的姓氏讀作區(ōu),不是區(qū)"])
    assert page.verdict.strip
    assert orphan_spans("作者姓單(shàn)不姓單", (), {"bào", "zhǎng"}) == []
    assert orphan_spans("條件如下(a)及(b)兩項", (), {"bào"}) == []
    assert orphan_spans("今(8)日刊登", (), {"bào"}) == []
    note = pinyin.scan_page(["六安的六讀作六(lù)，不讀六。", "安徽六(lù)安"])
    assert note.clean_line(1).text == "安徽六(lù)安"


def test_orphans_stay_linear_on_a_long_glossed_line() -> None:
    from linear import assert_linear

    from newsclean.filters.pinyin_grammar import find_glosses

    def judge(line: str) -> object:
        return orphan_spans(line, tuple(find_glosses(line)), {"bù"})

    assert_linear(lambda n: "發(fā)展(zhǎn)和(bù)" * n, judge, 5_000, label="orphans")

"""Mirror glosses whose host was rewritten after the glossing (``pinyin_orphans``).

Real text: a glossed traditional mirror page, http://www.cocopcopy.com/info/2-2165441751
(``網(wǎng)站怎么做多語(yǔ)言展示…``), https://ptzyk.com/hqhr/hrdt/200806/05/119341.shtml
(``泰國華文報(bào)《中華日?qǐng)?bào)》社社長(zhǎng)…``) and http://mkcnfr.com/c/2023-02-08/3289231.shtml
(``新西蘭華僑華人聯(lián)合會 … 發(fā)放了“春節(jié)禮包”``).
"""

from __future__ import annotations

import opencc

from newsclean.filters import pinyin
from newsclean.filters.pinyin_orphans import orphan_spans

COCOPCOPY = (
    "網(wǎng)站怎么做多語(yǔ)言展示,電子商務(wù)網(wǎng)站開發(fā)與設(shè)計(jì)項(xiàng)目管理,"
    "輿情報(bào)告范文"
)
PTZYK = (
    "泰國華文報(bào)《中華日?qǐng)?bào)》社社長(zhǎng)陳正四日專程前來中國駐泰國大使館,"
    "轉(zhuǎn)交該報(bào)員工捐款"
)
MKCNFR = "新西蘭華僑華人聯(lián)合會向會員發(fā)放了“春節(jié)禮包”,分佈(bù)在各區(qū)的華人"


def test_a_phrase_converter_rewrote_the_glossed_word() -> None:
    """s2twp writes 釋出 for 發佈 (and 軟體 for 软件): the gloss of the word it replaced
    stays glued after the new word; the page glosses the syllable elsewhere, so it goes."""
    rewritten = opencc.OpenCC("s2twp").convert("发布") + "(bù)時間:29/12/2020"
    assert rewritten.startswith("釋出(bù)")
    page = pinyin.scan_page([COCOPCOPY, MKCNFR, rewritten])
    assert page.verdict.strip
    assert page.clean_line(2).text == "釋出時間:29/12/2020"
    soft = opencc.OpenCC("s2twp").convert("软件") + "(jiàn)下載,網(wǎng)站"
    page = pinyin.scan_page([COCOPCOPY, PTZYK, "文件(jiàn)已經(jīng)上傳", soft])
    assert page.clean_line(3).text == "軟體下載,網站"


def test_a_slip_ate_the_initial_of_the_syllable() -> None:
    """``新聞發(ā)佈(bù)會``: 發 reads fā, the bracket holds its final alone."""
    page = pinyin.scan_page([PTZYK, "舉行新聞發(ā)佈(bù)會及以新聞稿等形式"])
    assert page.clean_line(1).text == "舉行新聞發佈會及以新聞稿等形式"
    assert "(ā)" in " ".join(page.clean_line(1).stripped)


def test_brackets_that_are_no_orphans_stay() -> None:
    # Near misses on a mirror page: a toned reading the page never glosses and that is no
    # final of its host (a name's reading the article gives), a toneless list letter, a
    # number; on a page that is no mirror, a note on a reading keeps its gloss.
    page = pinyin.scan_page([COCOPCOPY, PTZYK, "他的姓氏讀作區(ōu),不是區(qū)"])
    assert page.verdict.strip
    assert orphan_spans("作者姓單(shàn)不姓單", (), {"bào", "zhǎng"}) == []
    assert orphan_spans("條件如下(a)及(b)兩項", (), {"bào"}) == []
    assert orphan_spans("今(8)日刊登", (), {"bào"}) == []
    note = pinyin.scan_page(["六安的六讀作六(lù)，不讀六。", "安徽六(lù)安"])
    assert note.clean_line(1).text == "安徽六(lù)安"

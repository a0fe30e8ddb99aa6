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


# Round 32: glosses whose host a codec lost or an earlier filter cut, and a mirror whose
# tone vowels a codec dropped.  Real text of glossed mirror pages outside eval/:
# http://www.szl88.cn/v35k/yearcon/wenzhou/cp_131590.html (a 新華網 story on Macau's
# spokesman, glossed 當(dāng)局) and http://m.armatech.net/news/jishixinwen/202503/120709.html
# (新華社 at the Two Sessions, glossed 設(shè)立, 發(fā)布); the damage is made by the codec
# itself (UTF-8 bytes read as Big5, a codec dropping what ASCII cannot write).
SZL88 = (
    "新華網(wǎng)澳門仲春一八日電 (記者張家偉)澳門特區(qū)當(dāng)局一八日公布新修訂的行政律例,"
    "劃定特區(qū)行政主座辦公室增設(shè)當(dāng)局談話人1職,以便增強與媒體和民眾之間的相同。"
)
SZL88_MORE = (
    "現(xiàn)任特區(qū)行政主座崔世何在客歲一仲春就職後,先修訂相干行政律例,"
    "鞭策消息談話人軌制的創(chuàng)建。憑據(jù)新修訂的《行政主座及司長辦公室公則》,"
    "特區(qū)當(dāng)局談話人重要賣力按照行政主座指示,就當(dāng)局的政策、辦法和運動等事件,"
    "創(chuàng)建、構(gòu)造和確保特區(qū)當(dāng)局與社會流傳前言、民眾之間的相同。"
)
ARMATECH = "新華社是唯一在大會堂設(shè)立新聞報道中心的新聞媒體,兩會報道在此編審,再發(fā)向全球"


def test_a_padded_gloss_after_a_lost_host_goes() -> None:
    """The grammar's pads inside the brackets (會(huì )) hold for a gloss whose host a
    byte slip lost as for any other: 8������(huì )發言人."""
    padded = SZL88.replace(")", " )").replace("(記者張家偉 )", "(記者張家偉)")
    lost = "特區(qū )\ufffd\ufffd(dāng )局一八日公布"
    page = pinyin.scan_page([padded, lost])
    assert page.verdict.strip
    assert page.clean_line(1).text == "特區\ufffd\ufffd局一八日公布"


def test_the_bytes_left_of_a_lost_host_make_the_reading_check() -> None:
    """UTF-8 read as Big5: 設 (E8 A8 AD) became 閮 (E8 A8) and a lost byte before "(";
    the 64 characters E8 A8 can begin include 設, which reads shè.  The page glosses no
    other 設, so only the bytes speak for the gloss; a syllable none of them reads stays."""
    garbled = "新華社是唯一在大會堂設".encode().decode("big5", "replace")
    assert garbled.endswith("閮\ufffd")
    line = garbled + "(shè)立新聞報道中心"
    others = [SZL88.replace("設(shè)", "設"), ARMATECH.replace("設(shè)", "設")]
    page = pinyin.scan_page([*others, line])
    assert page.verdict.strip and "shè" not in page.used
    assert page.clean_line(2).text == garbled + "立新聞報道中心"
    other = garbled + "(bào)立新聞"
    page = pinyin.scan_page([SZL88, other])
    assert page.clean_line(1).text == other


def test_a_gloss_whose_host_a_filter_cut_goes_when_the_cut_reads_it() -> None:
    """An earlier filter cut the line's start (a spam term glued before 發佈(bù)時間 took
    發佈): the bracket the line now starts with is read against the end of the cut."""
    original = "新華網(wǎng)澳門仲春一八日電 (記者張家偉)"
    cut = "(wǎng)澳門仲春一八日電 (記者張家偉)"
    page = pinyin.scan_page([SZL88, cut], originals=[SZL88, original])
    assert page.clean_line(1).text == "澳門仲春一八日電 (記者張家偉)"
    # Near misses: no cut known, a cut whose end does not read the syllable, a list letter.
    page = pinyin.scan_page([SZL88, "(wǎng)澳門"], originals=[SZL88, "(wǎng)澳門"])
    assert page.clean_line(1).text == "(wǎng)澳門"
    page = pinyin.scan_page([SZL88, "(wǎng)澳門"], originals=[SZL88, "新華社(wǎng)澳門"])
    assert page.clean_line(1).text == "(wǎng)澳門"
    page = pinyin.scan_page([SZL88, "(a)澳門"], originals=[SZL88, "一、(a)澳門"])
    assert page.clean_line(1).text == "(a)澳門"


def test_a_mirror_whose_tone_vowels_a_codec_dropped_is_a_mirror() -> None:
    """A codec that drops what it cannot write leaves (dng) (sh) (chung): the one gloss
    it spared, in the headline, goes as a mirror's."""
    dropped = (SZL88 + SZL88_MORE).encode("ascii", "ignore").decode()
    assert "(dng)" in dropped and "(chung)" in dropped
    title = "澳門特區當局設(shè )立談話人機制"
    page = pinyin.scan_page([title, dropped])
    assert page.verdict.strip, page.verdict.reason
    assert page.clean_line(0).text == "澳門特區當局設立談話人機制"
    # Near misses: a list lettered (a) to (j), roman numerals, English plurals.
    listed = "條件:" + "".join(f"({c})第{c}項" for c in "abcdefghij") + "(ii)(iii)(iv)(es)(s)"
    page = pinyin.scan_page([title, listed])
    assert not page.verdict.strip
    assert page.clean_line(0).text == title


def _slipped(text: str, host: str) -> str:
    """``text`` up to ``host`` in GBK, slipped by one byte: the first byte lost, the host's
    first byte paired with its predecessor's second, its second byte left alone (``?``)."""
    data = text[: text.index(host) + 1].encode("gbk")
    return data[1:-1].decode("gbk") + "?"


def test_a_gloss_after_a_host_lost_to_a_byte_slip_goes_when_its_row_reads_it() -> None:
    """GBK slipped by one byte: 狗仔集 (D7D0 BCAF) became ...屑 (D0BC) and AF alone, a
    ``?``, before the mirror's (jí).  The page glosses no other 集; the row BC holds 集,
    which reads jí, so the gloss goes; a syllable no character of the row reads stays."""
    garbled = _slipped("懷疑背後有“狗仔集", "集")
    assert garbled.endswith("屑?")
    line = "餐敘等," + garbled + "(jí)團”長期監控"
    page = pinyin.scan_page([SZL88, line])
    assert page.verdict.strip and "jí" not in page.used
    assert page.clean_line(1).text == "餐敘等," + garbled + "團”長期監控"
    # Another slip: 記者報道 slipped leaves 浾邎蟮? where 道 (B5C0) was; row B5 reads dào.
    other = _slipped("記者報道", "道")
    assert other == "浾邎蟮?"
    page = pinyin.scan_page([SZL88, "本報" + other + "(dào),市民"])
    assert page.clean_line(1).text == "本報" + other + ",市民"
    # Near misses: a syllable the row cannot read, a ``?`` after no Han character.
    page = pinyin.scan_page([SZL88, "餐敘等," + garbled + "(bào)團"])
    assert page.clean_line(1).text == "餐敘等," + garbled + "(bào)團"
    page = pinyin.scan_page([SZL88, "問答Q?(jí)團"])
    assert page.clean_line(1).text == "問答Q?(jí)團"


def test_a_half_width_host_left_by_a_lost_first_byte_goes_by_its_reading() -> None:
    """長 is GBK E9 4C: read as UTF-8, E9 becomes U+FFFD and 4C an ``L`` before the
    gloss.  ``zhǎng`` reads a character ending in byte 4C, so the bracket goes; a bracket
    whose syllable reads none of them stays, and a half-width letter with no lost byte
    before it is no host."""
    line = "陳(chén)福海、分署\ufffdL(zhǎng)郭建宏等出席"
    glosses = tuple(pinyin.find_glosses(line))
    spans = orphan_spans(line, glosses, frozenset({"chén"}))
    assert [line[s:e] for s, e in spans] == ["(zhǎng)"]
    assert orphan_spans("分署\ufffdL(shuǎ)郭建宏", (), frozenset({"chén"})) == []
    assert orphan_spans("型號為AL(zhǎng)的機器", (), frozenset({"zhǎng"})) == []


def test_a_toneless_mirror_s_lost_hosts_go_with_their_runs() -> None:
    """A toneless mirror whose line a codec garbled: three brackets after U+FFFD on one
    line are its glosses (the host lost), the run of a bracket repeated goes whole."""
    line = "\ufffd記古和\ufffd(chun)/高雄報導,天兔台\ufffd(feng)逐步,\ufffd(quan)(quan)用路"
    spans = orphan_spans(line, (), frozenset({"bao", "tai"}))
    assert [line[s:e] for s, e in spans] == ["(chun)", "(feng)", "(quan)(quan)"]
    # on a toned mirror's page, toneless brackets are no glosses
    assert orphan_spans(line, (), frozenset({"bào"})) == []


def test_a_toneless_mirror_that_ran_twice_is_still_running_text() -> None:
    """報(bao)(bao)導: the run's last bracket is followed by Han text, so each gloss of the
    run stands in running text and the page is a mirror."""
    line = (
        "高雄報(bao)(bao)導,天兔颱(tai)(tai)風逐步接近,總(zong)處(chu)(chu)(chu)發(fa)(fa)布"
        "復(fu)(fu)興(xing)(xing)里,下午(wu)(wu)停止上課(ke)(ke);台東(dong)(dong)縣府"
    )
    page = pinyin.scan_page([line])
    assert page.verdict.strip, page.verdict.reason
    cleaned = "高雄報導,天兔颱風逐步接近,總處發布復興里,下午停止上課;台東縣府"
    assert page.clean_line(0).text == cleaned


def test_a_host_lost_to_a_single_byte_misread_is_checked_on_the_line_as_first_read() -> None:
    """香港運(yùn)輸 in UTF-8 misread as cp1252, which has no byte 0x81 (運 is E9 81 8B):
    read again, 運 is U+FFFD; the line as first read still holds E9 8B before the
    bracket, and yùn reads a character those two bytes and a lost one make."""
    first = "香港運(yùn)輸及房屋局".encode().replace(b"\x81", b"").decode("cp1252", "replace")
    again = "香港\ufffd(yùn)輸及房屋局"
    spans = orphan_spans(again, (), frozenset({"bào"}), before=first)
    assert [again[s:e] for s, e in spans] == ["(yùn)"]
    assert orphan_spans(again, (), frozenset({"bào"}), before="") == []
    wrong = first.replace("(yÃ¹n)", "(mÃ¡)")  # mā reads none of E9 ?? 8B
    assert orphan_spans(again.replace("yùn", "má"), (), frozenset({"bào"}), before=wrong) == []


def test_a_gloss_after_a_host_whose_bytes_are_all_gone_goes_on_a_mirror_page() -> None:
    """https://www.exmoo.com/article/141015.html (a glossed traditional copy of 訊報's
    story), a stretch saved in GBK and read as UTF-8: 面 (C3 E6) left two U+FFFD and no
    byte to check ``(miàn)`` on; the page is a mirror, so the toned reading goes.  A
    bracket that is no reading stays, and so does any bracket on a page no mirror."""
    garbled = "而她亦指珠海方面".encode("gbk").decode("utf-8", "replace")
    assert garbled == "������ָ�麣����"
    line = "會(huì)引起市民恐慌(huāng)," + garbled + "(miàn)防疫措施比澳門(mén)更嚴(yán)格"
    page = pinyin.scan_page([SZL88, line])
    assert page.verdict.strip
    assert page.clean_line(1).text == "會引起市民恐慌," + garbled + "防疫措施比澳門更嚴格"
    kept = "會(huì)引起市民恐慌(huāng)," + garbled + "(a)防疫措施"
    assert pinyin.scan_page([SZL88, kept]).clean_line(1).text.endswith(garbled + "(a)防疫措施")
    plain = "恐慌," + garbled + "(miàn)防疫措施"
    assert pinyin.scan_page([plain]).clean_line(0).text == plain

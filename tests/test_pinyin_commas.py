"""A mirror's comma before each punctuation mark (``pinyin_commas``): on a glossed mirror
page that glues an ASCII comma before its marks as a habit, the commas go with the glosses;
an author's ``,,`` on a page without glosses, a single slip, a run of commas stay.

Real text: the mirror of the 定州 city paper (the tuned row
pinyin-half-width-comma-before-marks-city-paper-copy,
https://www.akcjnk999.com/shuji/wangdongqun1/2016-11-07/236034.html, as printed); the media
centre copy of the held-out row (https://zcjczz.com/xspd/jcxw/2023/1215/277192.shtml, as
printed); glossed mirror paragraphs of sites not in eval/ (http://www.wulivoo.cn/m/coverstory/
224.html, http://thegardenzadar.com/2022/0817/654188.shtml) with the habit written into them
(no stored page of a new site was found printing it); an author's ``,,`` in a translation of
Tagore's 园丁集 kept in a GitHub repository (``我在这茅屋面前停住了,,我不知道为什么.``).
"""

from __future__ import annotations

from newsclean import clean
from newsclean.filters.pinyin_commas import mirror_commas, without_commas

DINGZHOU = (
    "本報(bào)訊(記者劉杰馬康勤)10月27日、28日,,市委書記王東群深入鄉(xiāng)鎮(zhèn),、"
    "園區(qū)和重點(diǎn)項(xiàng)目建設(shè)現(xiàn)場(chǎng)進(jìn)行實(shí)地調(diào)研,。"
)
DINGZHOU_ASK = "“便民服務(wù)中心在哪兒,?”王東群問(wèn)道,,工作人員一一作答,。"
MEDIA_CENTRE = (
    "蕉城區(qū)融媒體中心於2018年10月23日掛牌成立,,由原區(qū)委報道組,、"
    "蕉城廣播電視臺(tái)整合組建,。"
)
WULIVOO = (
    "區(qū)塊鏈除了自身運(yùn)用側(cè)鏈,、閃電網(wǎng)絡(luò),、跨鏈等技術(shù)外,,更需要與5G,、人工智能,、"
    "大數(shù)據(jù)、物聯(lián)網(wǎng)等新興信息技術(shù)深度融合,。"
)
ZADAR = (
    "在自然環(huán)境變化,、經(jīng)濟全球化和生物技術(shù)迅速發(fā)展的背景下,,全球生物安全形勢越來越嚴峻,,"
    "以先進的理念引領(lǐng)全球生物安全治理,。"
)
TAGORE = "我在这茅屋面前停住了,,我不知道为什么。曲径穿过一片芥菜田地和几层芒果树木。"


def _body(*paragraphs: str) -> str:
    """The body cleaned (converted to simplified script, the default)."""
    return "\n".join(clean("定州市委書記調研\n\n" + "\n\n".join(paragraphs) + "\n").body)


def test_the_mirror_s_commas_go_with_its_glosses() -> None:
    body = _body(DINGZHOU, DINGZHOU_ASK)
    assert "10月27日、28日,市委书记王东群深入乡镇、园区和重点项目建设现场进行实地调研。" in body
    assert "“便民服务中心在哪儿?”王东群问道,工作人员一一作答。" in body
    assert ",," not in body and ",、" not in body and ",。" not in body


def test_another_site_s_mirror() -> None:
    body = _body(MEDIA_CENTRE, WULIVOO, ZADAR)
    assert "2018年10月23日挂牌成立,由原区委报道组、蕉城广播电视台整合组建。" in body
    assert "闪电网络、跨链等技术外,更需要与5G、人工智能、" in body
    assert "发展的背景下,全球生物安全形势越来越严峻,以先进的理念" in body


def test_an_author_s_double_comma_on_a_page_without_glosses_stays() -> None:
    body = "\n".join(clean("园丁集\n\n" + TAGORE + "\n\n" + TAGORE + "\n").body)
    assert "停住了,,我不知道" in body


def test_a_single_slip_on_a_glossed_page_stays() -> None:
    slip = WULIVOO.replace(",、", "、").replace(",,", ",").replace(",。", "。")
    slipped = slip.replace("技術(shù)外,", "技術(shù)外,,")
    assert not mirror_commas([slipped, ZADAR.replace(",", "").replace("下", "下,")])
    body = _body(slipped, "產(chǎn)業(yè)發(fā)展很快。")
    assert "跨链等技术外,,更需要" in body


def test_a_run_of_commas_and_a_table_s_empty_field_stay() -> None:
    assert without_commas("等等,,,然後") == ("等等,,,然後", 0)
    assert without_commas("數據1,,2,,3") == ("數據1,,2,,3", 0)
    glossed = "深入鄉(xiāng)鎮(zhèn),、園區(qū)"
    assert without_commas(glossed) == (glossed.replace(",、", "、"), 1)

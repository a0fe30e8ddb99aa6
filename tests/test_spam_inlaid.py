"""A keyword inlaid after a sentence's commas (filters/spam_inlaid.py), round 26: cut out of
the line, the sentences stay; real sentences naming a site once, or in a report about spam,
stay whole."""

from __future__ import annotations

import pytest
from linear import assert_linear

from newsclean import clean
from newsclean.filters.spam_inlaid import inlaid_cuts
from newsclean.filters.spam_verdict import NOT_SPAM
from newsclean.page import simplify_lines

HEADLINE = "“中星”20号通信卫星发射成功"
# the story of eval's page 019 (人民日报, 2003), with a mirror's glosses as the farm printed
# them, and the farm's keyword after two commas
SATELLITE = [
    "  15日零時01分,我國自行研製的“中星”20號通信衛星在西昌發射升(shēng)空,"
    "大陸免費黃站衛(wèi)星準(zhǔn)確進入預定軌道。",
    "  “中星”20號是實用型地球同步通信衛星,大陸免費黃站衛(wèi)星質量爲2.3噸。",
    "  火箭升空25分鐘後,衛星已順利進入預定地球同步轉移軌道,發射取得圓滿成功。",
]


#: the story's third paragraph (eval/sources.json 061)
PARAGRAPH_061 = (
    "这是世界观察中国的重要窗口——全球五大洲三千多名记者相聚党的十九大新闻中心,"
    "在问答之间向世界展现中国迈向新时代的重要信息。"
)


def _body(lines: list[str]) -> list[str]:
    return clean("\n\n".join([HEADLINE, *lines]) + "\n").body


def test_inlaid_keyword_is_cut_and_the_sentences_stay() -> None:
    body = _body(SATELLITE)
    assert not any("黄站" in line for line in body)
    assert any("发射升(shēng)空,卫(wèi)星准(zhǔn)确进入预定轨道。" in line for line in body)
    assert any("同步通信卫星,卫(wèi)星质量为2.3吨。" in line for line in body)


def test_the_cut_is_recorded_with_its_reason() -> None:
    cuts = inlaid_cuts(SATELLITE, [NOT_SPAM] * len(SATELLITE), simplify_lines)
    assert sorted(cuts) == [0, 1]
    assert cuts[0].cut == "大陸免費黃站"
    assert "inlaid after commas" in cuts[0].why


@pytest.mark.parametrize(
    "lines",
    [
        # the farm's keyword form of the round-25 row with another glued keyword of the
        # lexicon (365情色网) after commas of a weather story (eval's matrix article)
        [
            "  预计局部可达暴雨,365情色网个别地点甚至出现大暴雨。",
            "  今天和明天,365情色网省会预计会有大雨,局部地区暴雨。",
        ],
    ],
)
def test_glued_lexicon_keyword_after_commas_is_cut(lines: list[str]) -> None:
    cuts = inlaid_cuts(lines, [NOT_SPAM] * len(lines), None)
    assert [c.cut for c in cuts.values()] == ["365情色网", "365情色网"]
    assert cuts[1].rest == "  今天和明天,省会预计会有大雨,局部地区暴雨。"


@pytest.mark.parametrize(
    "lines",
    [
        # a casino's own promotion, the name once after a comma (public page source of a
        # gambling site's event page; the name is the sentence's subject)
        ["  为了回馈广大新老客户，澳门金沙娱乐场在5.1劳动节推出幸运大转盘惊喜优惠。"],
        # https://www.ugdo.com.cn/post/11277.html: the trade named after commas, in a
        # report (监管, 防范 are words of the reports about spam)
        [
            "  据澳门博彩监管部门表示,博彩业有严格的监管和防作弊措施。",
            "  虽然该事件被证实为不实信息,但博彩业仍需加强监管和防范措施。",
        ],
        # https://gucheng.com/hot/2023/4344156.shtml: a casino named after commas, twice,
        # but printed in the article's own words too (赌场 elsewhere)
        [
            "  澳门一赌场内发生打斗,赌场的保安迅速赶到。",
            "  警方表示,赌场已加强巡逻,涉事人已被禁止入境。",
            "  目前澳门方面已经禁止这几名当事人前往澳门的赌场。",
        ],
        # https://8686.online/huanyou/dly/amyou/amgl/201703/31125.html: a travel story on a
        # casino's games, 老虎機 an item of the writer's list (closed by 等) and the subject
        # of a later clause (round 36)
        [
            "  初看之下,葡京的規模不大,走多幾圈,就發現其實它有好幾層,有相當多的貴賓房,"
            "以供富翁富婆們豪賭,散客們就擠在大堂賭大小,21點,輪盤,老虎機等,賭注有20元,"
            "50元起賭的,老虎機就有2元5元的。",
        ],
        # a crackdown story naming the site it reports after two commas
        [
            "  警方介绍,大陆免费黄站以低俗视频引流,已被查封。",
            "  据了解,大陆免费黄站服务器设在境外,警方正在追查。",
        ],
    ],
)
def test_real_sentences_naming_a_site_stay(lines: list[str]) -> None:
    assert inlaid_cuts(lines, [NOT_SPAM] * len(lines), None) == {}


def test_inlaid_cuts_is_linear() -> None:
    def make(n: int) -> list[str]:
        return ["  卫星发射,大陆免费黄站卫星入轨。" * n, "  升空,大陆免费黄站卫星正常。"]

    assert_linear(make, lambda page: inlaid_cuts(page, [NOT_SPAM] * len(page), None), 500)


def test_a_keyword_inlaid_after_enumeration_commas_of_a_credit_is_cut() -> None:
    # round 41: http://news.fjsen.com/2017-10/24/content_20296698.htm (eval/sources.json 061),
    # its credit line with a drug name pushed after each 、; the line filter judges the line
    # spam for the keyword alone, the cut gives the credit back
    page = [
        "世界瞩目中国新时代——倾听十九大新闻中心的“中国声音”",
        "新华社北京10月23日电 题:世界瞩目中国新时代——倾听十九大新闻中心的“中国声音”",
        "新华社记者韩洁、芬太尼刘羊旸、芬太尼崔静",
        PARAGRAPH_061,
    ]
    doc = clean("\n\n".join(page) + "\n")
    kept = doc.body + doc.headings
    assert "新华社记者韩洁、刘羊旸、崔静" in kept
    assert not any("芬太尼" in line for line in kept)


def test_a_list_of_drugs_after_enumeration_commas_stays() -> None:
    # the story names the drugs in its own list (等 closes it): nothing is inlaid
    line = "  警方缴获海洛因、芬太尼等毒品,另查获冰毒、芬太尼等半成品。"
    assert inlaid_cuts([line], [NOT_SPAM], None) == {}

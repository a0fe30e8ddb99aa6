"""A keyword scattered through the article's words (``spam_scattered``, round 47).

Positives: 大洋网's 读懂广州 story on 华侨新村 (https://news.dayoo.com/guangzhou/202505/28/
139995_54830500.htm), its kicker and paragraphs with a gambling brand and a porn title pasted
into them as a hijacked copy does (``eval/variants/spam.json``,
spam-gambling-brand-pushed-into-sentences-in-place-of-name-hijacked-college-news:
https://mar-hunt.com/kyguanwangmanbetx/info/1813/62963.htm, ``……项目预赛在开云(中国)官方成功
举办。…… 本次比赛是开云(中国)官方首次承接国家级体育赛事。``).  Negatives: a crackdown
report repeating its crime's name (安徽警方, https://www2.apdnews.cn/item/19/0217/
cxgfcdgbe93514be4f16a8.html, tests/data/harvest/spam.tsv) and the 大洋网 story as printed.
"""

from __future__ import annotations

from newsclean import clean
from newsclean.filters.spam_scattered import scattered_cuts

KICKER = "· 讀懂廣州第一六六期 ·"
PARAS = [
    "　　位于環市東路的華僑新村,是新中國成立後全國第一個由政府策劃、撥款和歸僑集資興建的"
    "華僑住宅區,有着“新中國華僑第一村”的美譽。",
    "　　光陰荏苒70載,這裏的百餘座花園式庭院、公寓,講述着廣州愛僑、僑愛家國的故事,見證"
    "廣州城市發展的滄桑巨變。如今這裏是廣州首個建于當代的歷史文化保護區。",
]
PASTED = [
    "　　· 讀懂遠航娛樂廣州第一六遠航娛樂六a片大放送期遠航娛樂 a片大放送·",
    "　　位于環市東路的華僑新a片大放送村,是新中遠航娛樂國成立a片大放送後全國第一個由政府策劃、"
    "撥款和歸僑集資興建的華僑a片大放送住a片大放送宅區,有着“新中國華僑第遠航娛樂一村”的美譽。",
    PARAS[1],
]
HEADLINE = "讀懂廣州·粵韻|幸福樂園七十載 僑心安處是此間"

CRACKDOWN = [
    "安徽警方摧毁一跨境网络赌博平台 涉案赌资超1.3亿元",
    "2018年12月上旬,泗县公安局大庄派出所接群众报案,称其从2018年3月以来,在“森源娱乐”网络QQ群"
    "中,以“单双”“大小”“龙虎”等方式进行网络赌博,输掉10余万元。",
    "接报后,警方迅速开展侦查,查明该网络赌博平台的组织者,涉案赌资超1.3亿元。",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_pasted_keyword_is_cut_out_of_every_line_and_the_kicker_stays() -> None:
    doc = clean(_page(HEADLINE, *PASTED), convert="t2s")
    body = [r.text for r in doc.lines if r.placement == "body"]
    assert body[0] == "· 读懂广州第一六六期 ·"  # a real line: kept, the paste read off it
    assert body[1].startswith("位于环市东路的华侨新村,是新中国成立后全国第一个")
    assert "住宅区" in body[1] and "a片" not in body[1] and "远航" not in body[1]
    cuts = [ev.detail for r in doc.lines for ev in r.evidence if ev.action == "cut"]
    assert any("遠航娛樂" in cut for cut in cuts) and any("a片大放送" in cut for cut in cuts)


def test_the_extent_is_what_the_places_share() -> None:
    cuts = scattered_cuts([line.strip() for line in PASTED])
    assert cuts[0].rest == "· 讀懂廣州第一六六期 ·"
    assert set(cuts[1].cut.split("、")) == {"a片大放送", "遠航娛樂"}


def test_a_crackdown_report_repeating_its_crime_keeps_it() -> None:
    assert scattered_cuts(CRACKDOWN) == {}


def test_the_story_as_printed_loses_nothing() -> None:
    assert scattered_cuts([KICKER, *PARAS]) == {}
    doc = clean(_page(HEADLINE, KICKER, *PARAS), convert="t2s")
    assert next(r.text for r in doc.lines if r.placement == "body") == "· 读懂广州第一六六期 ·"


def test_a_report_repeating_its_topic_between_words_keeps_it() -> None:
    # a blog's report on the 烏雪 by-election's betting (http://bondsaw.blogspot.com/2010/04/
    # blog-post_20.html, tests/data/harvest/spam.tsv): 地下賭場 three times, each between
    # words, never inside one
    page = [
        "烏雪戰情難測,地下賭場不敢開盤",
        "  烏雪補選變幻莫測,戰情越來越緊張,難分勝負,選情分分鐘在變,地下賭場迄今還在靜觀其變,"
        "不敢貿然收注,以免血本無歸。",
        "  至於南馬一帶,也沒有聽聞地下賭場開盤,大多數人只是私下打賭而已。",
    ]
    assert scattered_cuts(page) == {}

"""A spam term and an address glued before a paragraph (filters/spam_address_head.py): the
head is cut, the paragraph stays (never removed whole); a name and an address the article
speaks of, a link list's label, a keyword list after an address stay as they are."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam_address_head import address_head_cuts
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict
from newsclean.page import simplify_lines

#: The farm's address the round-33 template glues (the forum post of the row
#: spam-glued-start-search-question-url-forum, http://bbs.jiandezx.com/showtopic-14967.aspx).
FARM = "https://wapjbk.39.net/yiyuanzaixian/bjzkbdfyy/bdf/"

#: Real paragraphs of sites not in eval/, each with its address.
#: http://news.creaders.net/china/2020/02/20/2192680.html
CREADERS = (
    "面对新型冠病毒疫情的持续,中国澳门特别行政区一马当先,为保经济做努力,大部分赌场恢复营业。"
    "澳门特区里的一名葡萄牙记者Terra在接受本台法广RFI葡萄牙组记者采访时介绍说:"
    "“赌场将能够重新开业,为此,享有30天的时间。”"
)
CREADERS_NEXT = "路透社报导介绍说,澳门有超过八成收入来自赌场,但目前赌客寥寥无几。"
#: http://mingpaocanada.com/Van/htm/News/20250212/HK-gfj1_er_r.htm
MINGPAO = (
    "近年湧現大量夾公仔舖,展示豐厚獎品吸引玩家,惟夾公仔舖毋須申領公眾娛樂場所牌照,"
    "缺乏規管,衍生種種亂象。2024年11月底警方打擊黑幫操控的非法賭博活動,"
    "在九龍區搗破11個非法賭檔,其中一個新型賭場以夾公仔機店掩飾。"
)
MINGPAO_NEXT = "立法會議員江玉歡回應夾公仔機疑涉賭博一事稱,她往視察時發現大部分未再有賭博成分。"
#: http://m.health.china.com/yiyuan/qlhbzyydw/keshi_3606 (a health page: its own paragraph)
HEALTH = (
    "白斑,称为白癜风,是一种常见的皮肤色素失调病。它表现为身体某个或多个部位的皮肤、"
    "毛发或眼睛出现色素脱失,形成大小不等的纯白色斑块。"
)


def _cuts(lines: list[str]) -> dict[int, tuple[str, str]]:
    verdicts = [NOT_SPAM] * len(lines)
    cuts = address_head_cuts(lines, verdicts, simplify_lines)
    return {i: (c.cut, c.rest) for i, c in cuts.items()}


@pytest.mark.parametrize(
    ("term", "paragraph", "after"),
    [
        ("96彩票", CREADERS, CREADERS_NEXT),  # a lottery brand on a Macau story
        ("遠航娛樂", MINGPAO, MINGPAO_NEXT),  # a casino brand, traditional script
        # the forum's own head: a search question (哪家) before the story's first words
        ("北京白癜风治疗最好医院是哪家", "原创张家榕浙融媒 " + CREADERS, CREADERS_NEXT),
    ],
)
def test_a_term_and_an_address_glued_before_a_paragraph_are_cut(term, paragraph, after):
    page = ["澳门赌场重开", "", f"　　{term} {FARM} {paragraph}", after]
    cut = _cuts(page)
    assert cut == {2: (f"　　{term} {FARM} ", paragraph)}


def test_the_line_judged_spam_whole_is_a_paragraph_again():
    # a lossy misread (U+FFFD runs) after the head: the line judged spam by its head
    garbled = "\ufffd\ufffd\ufffd\ufffdL\ufffd\ufffd\ufffd\ufffd(27\ufffd\ufffd)" * 8
    page = ["香港施政報告地區諮詢會", f"　　bt淫色電影 {FARM} {garbled}", MINGPAO_NEXT]
    verdicts = [NOT_SPAM, SpamVerdict(True, 3.0, ("淫色",), 1), NOT_SPAM]
    cuts = address_head_cuts(page, verdicts)
    assert cuts[1].rest == garbled and not verdicts[1].is_spam


def test_the_page_keeps_the_paragraph_and_loses_the_head():
    page = f"澳门赌场重开\n\n　　96彩票 {FARM} {CREADERS}\n\n{CREADERS_NEXT}\n"
    doc = clean(page)
    assert any(p.startswith("面对新型冠病毒疫情的持续") for p in doc.body)
    assert not any("39.net" in p or "96彩票" in p for p in doc.body)


def test_a_name_the_article_speaks_of_stays():
    # near miss: a story opening with a site's name and its address, the name named again
    paragraph = (
        "近日宣布推出新版本,用户可在官网下载。该公司表示,新版本修复了多个安全漏洞,"
        "并提升了运行速度,腾讯方面称将持续更新。"
    )
    page = ["腾讯发布新版本", f"腾讯 https://www.qq.com/ {paragraph}", "腾讯股价当日上涨。"]
    assert _cuts(page) == {}


def test_an_address_the_article_prints_elsewhere_stays():
    # near miss: the address is the article's (its source line prints the host again)
    page = ["公告", f"新浪娱乐 https://ent.sina.com.cn/ {HEALTH}", "来源:ent.sina.com.cn"]
    assert _cuts(page) == {}


def test_a_link_list_row_is_no_paragraph():
    # near miss: a label and its channel's address, nothing after (a directory's row)
    page = ["频道", "新浪娱乐 https://ent.sina.com.cn/", "科技日报 https://www.stdaily.com/"]
    assert _cuts(page) == {}


def test_a_site_naming_itself_before_its_address_stays():
    # near miss: a tech story's paragraph opening with the site's name and its own address
    # (the text of https://blog.gitcode.com/d025f761cca01cd3850bec7acef8a130.html, in
    # traditional script)
    paragraph = (
        "項目採用語義化版本控制方案,將版本號分為三個部分:主版本號、次版本號和修訂號。"
        "這種方案被廣泛應用於開源項目,能夠清晰傳達版本變更的性質和影響範圍。"
    )
    page = ["版本管理與發佈機制解析", f"GitCode https://gitcode.com/ {paragraph}", "完。"]
    assert _cuts(page) == {}


def test_a_term_no_vocabulary_knows_is_cut_by_the_page_alone():
    # the matrix's shape: an unknown keyword and the farm's address on an otherwise clean page
    page = ["澳门赌场重开", f"轮盘机 {FARM} {CREADERS}", CREADERS_NEXT]
    assert _cuts(page) == {1: (f"轮盘机 {FARM} ", CREADERS)}


#: Round 36: a shop's name, its bracketed host and its slogans glued before the headline it
#: mirrors (https://youbao.tw/html/tag/yahoo.php/…-020531016.html, a Yahoo story on 威力彩),
#: over the story's own sentences.
YOUBAO_HEAD = (
    "優寶購物《ubao.Tw》特貨品商城,黑貓宅配,取貨付款,"
    "威力彩開獎號碼查詢、開獎時間、獎金哪裡領?一次搞懂威力彩玩法"
)
YOUBAO_BODY = [
    "威力彩23連槓,頭獎獎金上看5.4億元!農曆新年將至,吸引許多民眾前往彩券行試試手氣,"
    "威力彩買氣直線加溫。究竟威力彩開獎號碼查詢怎麼做?有直播嗎?",
    "威力彩是風靡全台灣的樂透遊戲,由台灣彩券公司於2008年1月22日上市。",
]


def test_a_shops_name_and_host_glued_before_the_headline_are_cut() -> None:
    cut, rest = _cuts([YOUBAO_HEAD, *YOUBAO_BODY])[0]
    assert cut == "優寶購物《ubao.Tw》特貨品商城,黑貓宅配,取貨付款,"
    assert rest == "威力彩開獎號碼查詢、開獎時間、獎金哪裡領?一次搞懂威力彩玩法"
    title = clean("\n\n".join([YOUBAO_HEAD, *YOUBAO_BODY]) + "\n").to_dict()["title"]
    assert title == "威力彩开奖号码查询、开奖时间、奖金哪里领?一次搞懂威力彩玩法"


@pytest.mark.parametrize(
    "lines",
    [
        # the article prints the host: a story about the site
        [YOUBAO_HEAD, "優寶購物(ubao.tw)回應稱,訂單將如期出貨。", *YOUBAO_BODY],
        # the article names the shop: its name is the story's
        [YOUBAO_HEAD, "優寶購物表示,威力彩買氣直線加溫。", *YOUBAO_BODY],
        # what follows the commas is no headline the article echoes
        ["優寶購物《ubao.Tw》特貨品商城,黑貓宅配,取貨付款,歡迎光臨", *YOUBAO_BODY],
        # no bracketed host in the first comma piece: a headline's own comma
        ["威力彩23連槓,頭獎獎金上看5.4億元", *YOUBAO_BODY],
        # an attribution: the outlet the story comes from, no shop (review 36a item 3)
        ["據路透社(reuters.com)報導,威力彩開獎號碼查詢、開獎時間", *YOUBAO_BODY],
        ["彭博社(bloomberg.com)稱,威力彩開獎號碼查詢、開獎時間", *YOUBAO_BODY],
        # a column's label with its host stays as well (the address path's guard)
        ["財經(ubao.tw),威力彩開獎號碼查詢、開獎時間", *YOUBAO_BODY],
    ],
)
def test_a_head_the_page_speaks_of_or_no_headline_after_it_stays(lines: list[str]) -> None:
    assert _cuts(lines) == {}


def test_an_attribution_before_an_address_is_no_glued_head() -> None:
    """The two heads share one test of foreignness: an attribution stays in either."""
    paragraph = "新华社西昌11月15日电,卫星发射升空。卫星准确进入预定轨道,这是第四次胜利。"
    page = ["卫星发射成功", f"据彭博社报道 https://x.example.net/a/ {paragraph}"]
    assert _cuts(page) == {}
    assert _cuts(["卫星发射成功", f"德发娱乐 https://x.example.net/a/ {paragraph}"]) != {}


#: http://mrdx.cn/content/20230315/Page04DK.htm (eval/sources.json 106): the headline, its
#: subtitle under it and the first paragraphs
MRDX = [
    "向着强国建设、民族复兴的宏伟目标,奋进!",
    "——国家主席习近平在十四届全国人大一次会议闭幕会讲话侧记",
    "新华社北京3月14日电(记者熊争艳、丁小溪)“我将忠实履行宪法赋予的职责,以国家需要为使命,"
    "以人民利益为准绳,恪尽职守,竭诚奉献,绝不辜负各位代表和全国各族人民的重托!”",
    "13日上午,北京人民大会堂,十四届全国人大一次会议举行闭幕会。9时30分许,中共中央总书记、"
    "国家主席、中央军委主席习近平发表重要讲话。",
]


def test_a_term_and_an_address_glued_before_a_subtitle_the_article_echoes_are_cut() -> None:
    # round 41: the rest is a headline by itself (short, no full stop) the article echoes
    page = [MRDX[0], f"    96彩票 {FARM} {MRDX[1]}", *MRDX[2:]]
    assert _cuts(page) == {1: (f"    96彩票 {FARM} ", MRDX[1])}
    doc = clean("\n\n".join(page) + "\n")
    assert not any("39.net" in line or "96彩票" in line for line in doc.body)
    assert doc.title == MRDX[0]


def test_a_short_rest_the_article_does_not_echo_stays_with_its_head() -> None:
    page = [MRDX[0], f"    96彩票 {FARM} 更多精彩内容请关注", *MRDX[2:]]
    assert _cuts(page) == {}

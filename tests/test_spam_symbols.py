"""Symbols a hijack template scatters into the article's words (filters/spam_symbols.py):
cut out of the lines, the sentences stay, and no mojibake warning is left on sound text;
a slip's lone symbol in a garbled stretch, a writer's figure numbers and a menu row's
separators stay."""

from __future__ import annotations

from conftest import DATA

from newsclean import clean

SYMBOLS = "①∩◣︻"

# The template (variant spam-symbol-marks-glued-inside-words-hijacked-agency-copy) was
# observed on http://buyafixie.com/uc98b5/politics/2019-12/30/c_1125401681.htm, a copy of
# 新华网's story with ①, ∩, ◣, ︻ pushed inside words (新华每①日电讯, 改◣革开放, 大花︻园).
# The lines below carry it on real articles' paragraphs:
# https://haicang.xmnn.cn/tccs_1/201209/t20120909_2551785.htm (厦门网)
XMNN = [
    "海沧市民节开幕",
    "",
    "　　本报讯 (文/厦门晚报记者 李晓辉 图/张淇辉)昨天上午,海沧区阿罗海城市广场,锣①鼓喧天,"
    "∩九八投洽会开幕日的海沧更是◣别样︻的热闹欢腾,一派喜气洋洋的节日气氛。",
    "",
    "　　上午11点①,海沧区相关领导共同启动第二届海沧市民节开幕按钮∩,全◣场市民︻欢声①雀跃,"
    "这场属于市民的节日拉开序幕。",
]
# https://sengpou.com/news_detail.php?news_id=10627&element_index=1 (星報), glossed by a mirror
SENGPOU = [
    "李家超:期望香港新聞界努力講好香港故事",
    "",
    "  【中新社香港9月22日電(diàn)①】(戴小橦)香港特區行(xíng)政長官李家超22日表示(shì),"
    "期望香港新聞(wén)∩界努力講好香港故◣事,,團(tuán)結一致(zhì)地(dì)把香港的最新發展︻和正信息,"
    "告訴世界各地(dì)的讀(dú)者、聽眾(zhòng)和觀(guān)眾(zhòng)。",
    "",
    "  李家超當天(tiān)出席香港新聞(wén)︻界慶①祝中華(huá)人∩民共和◣國成立73周年酒會(huì)。",
]
# http://event.happymacao.com/info/index.php/29/item/14298-特首感言-歡迎收聽.html: the
# scatter, and on the first paragraph a GBK slip (新增“特首感言”欄目 read one byte off)
# that the template's ① was pushed in front of.
HAPPYMACAO = [
    "特首感言 歡迎收聽",
    "",
    "  行政長官辦公室網︻站由昨(10)日起,將會新①觥疤厥赘醒浴睓谀?,行∩政長官嘗試以新的形式,"
    "通過聲音與居民分享所感所想,並就社會、經濟◣、民生事務抒發己見。",
    "",
    "  “特首感言”首篇以“淡泊寧靜 智看大勢”為題,行政長官通過原◣聲錄音,訴說人生哲︻學信念,"
    "以及由此而衍生對本澳經濟大勢的看法,並①勉勵大家要朝著共同的目標,齊心協力,克服困難和挑戰。",
]


def _body(lines: list[str]):
    return clean("\n".join(lines) + "\n", convert="none")


def test_a_scatter_is_cut_and_no_warning_is_left():
    for page in (XMNN, SENGPOU):
        doc = _body(page)
        text = "\n".join(doc.body)
        assert not any(symbol in text for symbol in SYMBOLS), text
        assert [w for w in doc.warnings if w.kind == "mojibake"] == []
    doc = _body(XMNN)
    assert "锣鼓喧天" in doc.body[0] and "全场市民欢声雀跃" in doc.body[1]


def test_the_slip_beside_a_scatter_is_still_flagged():
    doc = _body(HAPPYMACAO)
    flagged = [w.text for w in doc.warnings if w.kind == "mojibake"]
    assert len(flagged) == 1 and "觥疤厥" in flagged[0]  # the slip, not the template's symbols
    assert "網站由昨" in doc.body[0] and "並勉勵大家" in doc.body[1]


# Negative: a writer's figure numbers (http://kittyhawkrental.com/article/detail/1468450.html,
# tests/data/harvest/caption_pages.txt) stay, however many.
FIGURES = [
    "圖①:在2024年國家和地區奧林匹克委員會協會頒獎典禮上,馬龍獲得杰出運動生涯獎。",
    "圖②:巴黎奧運會中,潘展樂以46秒40的成績為中國隊奪得奧運會首枚男子100米自由泳金牌,刷新由自己保持的世界紀錄。",
    "圖③:在2024年F1中國大獎賽上,出生于上海的周冠宇迎來家鄉首秀,并在正賽中獲得第十四名。",
]


def test_figure_numbers_stay():
    doc = _body(["體育年終回顧", "", *("  " + line for line in FIGURES)])
    text = "\n".join(doc.body + doc.captions)
    assert all(number in text for number in "①②③")


def test_a_lone_slip_symbol_is_still_flagged():
    # tests/test_mojibake.py SIGN_POSITIVES: a symbol-row character a slip left alone
    doc = _body(["标题", "", "　　中共中央政治局常委⒐务院副总理韩正陪同考察。"])
    assert any("⒐" in w.text for w in doc.warnings if w.kind == "mojibake")


# Round 43 (second wave): the template's symbols on a page whose other paragraph a cp1252
# decoder misread (tests/data/spam_symbols_misread_r43.txt: the article of
# https://www.exmoo.com/article/141015.html, glossed by a mirror).  The symbols pushed into
# the misread paragraph stand between the decoder's letters (å︻¦‚ splits 如's bytes),
# which a decoder of one byte never writes; those after a gloss (動(dòng)①地) stand after its
# Han character.  Both are the scatter's, and the misread paragraph stays a slip.
MISREAD = [
    line
    for line in (DATA / "spam_symbols_misread_r43.txt").read_text(encoding="utf-8").splitlines()
    if not line.startswith("#")
]


def test_a_scatter_through_a_misread_paragraph_is_cut_and_the_slip_still_flagged():
    doc = _body(["澳門防疫", "", "  " + MISREAD[0], "", "  " + MISREAD[1]])
    text = "\n".join(doc.body)
    assert not any(symbol in text for symbol in SYMBOLS), text
    flagged = [w for w in doc.warnings if w.kind == "mojibake"]
    assert flagged and all(w.line == 3 for w in flagged)  # the slip, not the template's
    assert "因如果" in text  # 如's bytes joined again once ︻ is out
    assert "她更激動地表示" in text and "今日人" in text and "直言請市民" in text


def test_the_decoders_own_symbols_stay_in_a_misread_paragraph():
    # ¨ and ¤ are symbol-row characters a cp1252 decoder writes itself (記 is E8 A8 98,
    # è¨˜): the slip's, restored with it, never cut as the template's.
    doc = _body(["澳門防疫", "", "  " + MISREAD[0], "", "  " + MISREAD[1]])
    assert "中心記者會上,有記者問" in doc.body[0]


def test_a_figure_number_after_a_gloss_stays_without_a_scatter():
    # A writer's figure number after a glossed character (FIGURES, glossed by a mirror as
    # SENGPOU is): a number is no evidence of a scatter, glossed or not.
    glossed = [
        "圖(tú)①:在2024年國家和地區奧林匹克委員會協會頒獎典禮上,馬龍獲得杰出運動生涯獎。",
        "圖(tú)②:巴黎奧運會中,潘展樂以46秒40的成績為中國隊奪得奧運會首枚男子100米自由泳金牌。",
        "圖(tú)③:在2024年F1中國大獎賽上,出生于上海的周冠宇迎來家鄉首秀,并在正賽中獲得第十四名。",
    ]
    doc = _body(["體育年終回顧", "", *("  " + line for line in glossed)])
    text = "\n".join(doc.body + doc.captions)
    assert all(number in text for number in "①②③")

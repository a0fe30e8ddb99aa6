"""Symbols a hijack template scatters into the article's words (filters/spam_symbols.py):
cut out of the lines, the sentences stay, and no mojibake warning is left on sound text;
a slip's lone symbol in a garbled stretch, a writer's figure numbers and a menu row's
separators stay."""

from __future__ import annotations

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

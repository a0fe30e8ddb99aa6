"""The spammer's frame around the desk's headline (filters/spam_framed.py, round 45)."""

from __future__ import annotations

from linear import assert_linear

from newsclean import clean
from newsclean.filters.head_glued import glued_spam

# Xinhua's wire of 2018-09-23 as reposted by http://hxjjw.com.cn/html/society/2018/0924/26278.html
# (eval source 013), printed in traditional script under a hijacker's frame: a porn keyword
# before the headline and a porn site's word after it, both parted by a space.
HARVEST_HEAD = "三極試看片 金秋田頭看農事 豐收村裏話豐收 av成人影院"
HARVEST_BODY = [
    "時間:2018-09-23 來源:新華社",
    "    中新社北京9月23日電(記者向志強、楊紹功、吳慧珺、陳尚營)廣西象州,糖蔗還在最後剝葉;"
    "安徽潛山,水稻已經一片金黃;江蘇寶應,大閘蟹剛剛開始上市。大江南北漸入金秋,豐收的景象湧現"
    "在田間地頭。首個“中國農民豐收節”來臨之際,新華社記者探訪了東中西部三個豐收村,看豐收景象,"
    "聽豐收心聲,話豐收遠景。",
    "    豐收的喜悅寫在臉上",
    "    “一畝瓜蔞能產200斤幹籽,一斤能賣20塊。根和皮一斤能賣8塊多。今年種了300畝,按照去年的"
    "行情,刨除成本,20萬元沒問題。”這位種植大戶算起了今年的豐收賬。",
    "    盧運生所在的豐收村位於安徽省潛山縣王河鎮。村黨總支書記汪傑明說,今年全村預計水稻收成"
    "3000畝,畝產1300斤;瓜蔞1000畝,畝產200斤。",
]

# ETtoday, https://www.ettoday.net/news/20251021/3053712.htm (eval source 030): the headline
# mirrored with a porn keyword glued before it and a betting brand (必發 = Betfair) after it.
ETTODAY_ARTICLE = (  # simplified, as the structure step reads the article
    "花莲地方报更生日报昨（20日）3版全版都在写县府救灾成果、县长徐榛蔚如何调度救援的「正面报导」，"
    "而文末有一排字「花莲县政府广告」。花莲县议会议长张峻表示，许多家庭还在废墟与泥泞中努力清理。"
    "对于花莲县府救灾、防灾表现，昨台湾民意基金会民调数据显示，五成四不满意花莲县政府这次防灾"
    "（含撤离）与救灾工作的整体表现。"
)


def _page(head: str, lines: list[str]) -> str:
    return "\n\n".join([head, *lines]) + "\n"


def test_a_headline_framed_by_keywords_on_both_sides_is_cut_not_removed() -> None:
    doc = clean(_page(HARVEST_HEAD, HARVEST_BODY))
    assert doc.title == "金秋田头看农事 丰收村里话丰收"
    assert not any(item["reason"] == "spam" for item in doc.to_dict()["removed"])
    record = next(r for r in doc.lines if r.original.strip() == HARVEST_HEAD)
    assert any(
        e.filter == "spam" and e.action == "cut" and "av成人影院" in e.detail
        for e in record.evidence
    )


def test_a_keyword_list_with_one_unknown_name_inside_stays_spam() -> None:
    # the benchmark corpus's joined keyword list (/tmp/corpus 002373): thirteen keywords
    # parted by underscores, one of them no spam term; a list, not a frame around a headline
    line = (
        "芬太尼_51淫色導航_凱盈線上娛樂_私彩平臺_身份生成器_興勝娛樂_賭恒指_pt娛樂_三級小電影_"
        "精品性交圖_東泰娛樂_四件套yhk_偷情網"
    )
    doc = clean(_page(HARVEST_BODY[0], [line, *HARVEST_BODY[1:]]))
    assert any(item["text"] == line for item in doc.to_dict()["removed"])


def test_the_far_side_of_a_frame_is_a_foreign_keyword() -> None:
    headline = "av小电影 54%民众不满意花莲县府表现　县府花公帑登报「宣传救灾成果」反击 必发国际"
    article = ETTODAY_ARTICLE
    rest, cut = glued_spam(headline, article)
    assert rest == "54%民众不满意花莲县府表现　县府花公帑登报「宣传救灾成果」反击"
    assert "必发国际" in cut and "av小电影" in cut


def test_a_foreign_last_word_stays_without_a_spam_side() -> None:
    # no side cut as spam: a last word after a space is the desk's (the same headline with
    # the betting brand alone after it is left to the other readings)
    headline = "54%民众不满意花莲县府表现　县府花公帑登报「宣传救灾成果」反击 必发国际"
    article = ETTODAY_ARTICLE
    assert glued_spam(headline, article) == (headline, "")


def test_a_word_the_article_prints_is_no_foreign_keyword() -> None:
    from newsclean.filters.spam_framed import foreign_keyword  # round 45's module

    article = ETTODAY_ARTICLE
    assert not foreign_keyword("救灾成果", article)
    assert not foreign_keyword("花莲县府", article)
    assert foreign_keyword("必发国际", article)


# Real headlines naming porn or a lottery as their subject, from pages cited nowhere else:
# http://news.sina.com.cn/s/2005-04-13/10596373644.shtml (a cinema showing porn, spaced
# subtitle), http://www.ahscb.com/html/2012-10/12/content_103141.htm (a lottery draw).
SINA_HEAD = "电影院大肆放黄片 执法检查时观众要求放完影片"
SINA_PARA = (
    "“诱人”海报 大足县龙水电影院大肆放黄片,裸体广告立在街头引诱人前来观看,不少小孩也出入其中。"
    "昨晚,该县文化执法人员现场查处时,观众竟要求将影片放完。"
)
AHSCB_HEAD = "各地彩民北京见证体彩阳光开奖"
AHSCB_PARA = (
    "星报讯  北京的夜晚,凉凉的秋风吹得人颇有寒意,但对于来自浙江嘉兴的24名彩民朋友来说,却丝毫"
    "不觉得寒意,因为当晚,他们将走进中国体育彩票开奖演播厅,现场观看并监督第12119期超级大乐透、"
    "第12277期排列三排列五摇奖全过程。"
)


def test_headlines_about_porn_or_a_lottery_keep_their_words() -> None:
    for head, para in ((SINA_HEAD, SINA_PARA), (AHSCB_HEAD, AHSCB_PARA)):
        doc = clean(_page(head, ["2012-10-12 09:30  来源:本报", para]))
        assert doc.title == head


# https://tw.news.yahoo.com/ (民眾網, 2023): a headline whose subject is a porn actress, a
# porn term at its edge before a space; https://hk.news.yahoo.com/ (2024-12-20): a kicker
# before a bar, the last words ordinary nouns.
YAHOO_AV_HEAD = "素海霖進軍日本成首位港產AV女優 香港文體旅局遭惡搞發賀電急澄清"
YAHOO_AV_PARA = (
    "日本成人片商FALENO STAR 15日宣布,香港土生土長25歲的性感網紅素海霖,將以藝名「絵麗奈」在"
    "日本出道。素海霖不但是FALENO史上第一位外籍專屬女優,更是首位在日本AV界出道的香港女生。"
    "而網路上也傳出香港的文化體育及旅遊局局長楊潤雄對此事發出恭賀新聞稿,但遭文體旅局嚴正駁斥"
    "並報警處理。"
)
YAHOO_HK_HEAD = "澳門回歸25周年|習近平與夫人結束行程乘專機離開澳門"
YAHOO_HK_PARA = (
    "中共中央總書記、國家主席、中央軍委主席習近平結束澳門的行程,下午乘坐專機離開。 習近平與"
    "夫人彭麗媛乘坐的座駕下午約3時半抵達澳門國際機場停機坪,一批小童揮動國旗和澳門特區區旗送行。"
)


def test_a_headline_about_porn_or_with_a_kicker_is_no_frame() -> None:
    for head, para, want in (
        (
            YAHOO_AV_HEAD,
            YAHOO_AV_PARA,
            "素海霖进军日本成首位港产AV女优 香港文体旅局遭恶搞发贺电急澄清",
        ),
        (YAHOO_HK_HEAD, YAHOO_HK_PARA, "澳门回归25周年|习近平与夫人结束行程乘专机离开澳门"),
    ):
        doc = clean(_page(head, ["2024-12-20 15:30  来源:综合报导", "  " + para]))
        assert doc.title == want
        assert not any(item["reason"] == "spam" for item in doc.to_dict()["removed"])


def test_a_page_of_spam_lines_is_read_in_linear_time() -> None:
    line = "三極試看片 金秋田頭看農事 豐收村裏話豐收 av成人影院"

    def page(n: int) -> str:
        return _page(line, [line] * n + HARVEST_BODY)

    assert_linear(page, clean, 200, label="framed head lines")

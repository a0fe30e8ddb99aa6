"""Spam glued before and after a headline (filters/spam_glued.py): positive cases (a site's
name after a hyphen, terms on both sides, a keyword list after the headline ending with a
site's name) and negative ones (a last word after a dash that the article names, a headline
opening with a one-character verb the article echoes, a spaced subtitle, a column before a
pipe, a lone unknown word after the headline on a page with no other spam)."""

from __future__ import annotations

from newsclean import clean
from newsclean.filters.spam_glued import glued_cuts
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

HEADLINE = "外国驻华记者新年招待会在京举行"
PARAS = [
    "  新华社北京2月3日电,外交部2024年外国驻华记者新年招待会2日晚在北京举行。",
    "  外国驻华记者及外国驻华使节出席招待会,气氛热烈。记者们纷纷表示,新年招待会办得很好。",
]
SPAM = SpamVerdict(True, 3.0, ("色站",), 1)


def _text(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def _cut(head: str, paras: list[str] = PARAS, spam: bool = False) -> tuple[str, str] | None:
    page = [head, *(["免费色站 在线成人影院"] if spam else []), *paras]
    verdicts = [NOT_SPAM, *([SPAM] if spam else []), *[NOT_SPAM] * len(paras)]
    cuts = glued_cuts(page, verdicts)
    return (cuts[0].cut, cuts[0].rest) if 0 in cuts else None


def test_a_site_name_after_a_hyphen_goes() -> None:
    assert _cut(f"{HEADLINE}-天天速讯") == ("-天天速讯", HEADLINE)
    doc = clean(_text([f"{HEADLINE}-天天速讯", *PARAS]), convert="none")
    assert doc.title == HEADLINE


def test_a_site_name_then_an_unknown_term_go_together() -> None:
    assert _cut(f"{HEADLINE}-天天速讯 天天干综合") == ("-天天速讯 天天干综合", HEADLINE)


def test_terms_on_both_sides_go() -> None:
    cut = _cut(f"六月婷婷丁香 {HEADLINE} 何记娱乐")
    assert cut == ("六月婷婷丁香 … 何记娱乐", HEADLINE)


def test_strong_terms_after_the_headline_go() -> None:
    assert _cut(f"{HEADLINE} 色站导航 免费色站-天天速讯") == (
        "色站导航 免费色站-天天速讯",
        HEADLINE,
    )


def test_an_unknown_term_after_the_headline_goes_on_a_hijacked_page() -> None:
    assert _cut(f"{HEADLINE} 赢彩王", spam=True) == ("赢彩王", HEADLINE)


def test_a_lone_unknown_term_stays_on_a_page_without_spam() -> None:
    assert _cut(f"{HEADLINE} 赢彩王") is None


def test_a_last_word_after_a_dash_the_article_names_stays() -> None:
    paras = [
        "  中国女足昨晚在决赛中力克日本队,时隔18年再度夺冠。",
        "  夺冠之后,女足姑娘们绕场致谢。这是中国女足一条漫长的夺冠之路。",
    ]
    assert _cut("中国女足-夺冠之路", paras, spam=True) is None
    assert _cut("中国女足力克日本队-夺冠", paras, spam=True) is None


def test_a_headline_opening_with_a_one_character_verb_stays() -> None:
    paras = [
        "  冲刺阶段,选手们在最后一公里展开激烈争夺,马拉松赛在市区举行。",
        "  本届马拉松赛吸引两万名选手参加,冲刺时观众夹道欢呼。",
    ]
    assert _cut("冲刺!马拉松赛在市区举行", paras, spam=True) is None


def test_a_spaced_subtitle_stays() -> None:
    paras = [
        "  据中新社报道,中国女足力克日本队。这是18年后再度夺冠。",
        "  中国女足在决赛中发挥出色,日本队未能扳平比分。",
    ]
    assert _cut("大运中国女足力克日本队 18年后再度夺冠", paras, spam=True) is None


def test_a_column_before_a_pipe_or_a_dash_stays() -> None:
    assert _cut(f"点闻1分钟|{HEADLINE}", spam=True) is None
    assert _cut(f"图文-{HEADLINE}", spam=True) is None


def test_a_subtitle_after_a_pipe_the_article_does_not_echo_stays() -> None:
    assert _cut(f"{HEADLINE}|幸福乐园七十载 侨心安处是此间") is None


def test_a_spaced_subtitle_the_article_does_not_repeat_stays_on_a_hijacked_page() -> None:
    # a clause, not a name: its characters unused by a short article prove nothing
    assert _cut(f"{HEADLINE} 市民出行注意安全", spam=True) is None


def test_a_marked_term_glued_with_no_separator_goes_on_a_hijacked_page() -> None:
    cut = _cut(f"1280杏吧{HEADLINE}", spam=True)
    assert cut == ("1280杏吧", HEADLINE)


def test_an_unknown_opening_glued_with_no_separator_stays() -> None:
    # 六旬男子 is named nowhere else, but no vocabulary tells it from the headline's subject
    assert _cut(f"六旬男子{HEADLINE}", spam=True) is None


def test_a_marked_term_sharing_a_word_with_the_headline_goes_in_a_list() -> None:
    paras = [
        "  秘厄边境冲突加剧,双方各有伤亡,国际社会呼吁和平解决边界争端。",
        "  联合国秘书长发表声明,呼吁双方保持克制,通过谈判解决争端。",
    ]
    head = "秘厄冲突加剧 国际社会呼吁和平解决边界争端"
    assert _cut(f"亿博国际娱乐 抢红包 {head}", paras) == ("亿博国际娱乐 抢红包", head)


def test_a_caption_ending_with_its_photographer_stays() -> None:
    line = "图为外国驻华记者在招待会上。中新网记者 何蓬磊 摄"
    assert _cut(line, spam=True) is None


def test_an_outlet_name_after_an_underscore_is_left_to_the_title_reader() -> None:
    assert _cut(f"{HEADLINE}_网易新闻", spam=True) is None
    doc = clean(_text([f"{HEADLINE}_网易新闻", *PARAS]), convert="none")
    assert (doc.title, doc.site) == (HEADLINE, "网易新闻")


def test_a_dated_report_line_keeps_its_date() -> None:
    # a hyphen between digits is a date's, not a separator: 03 is no site's name
    assert _cut(f"{HEADLINE}2024-02-03号报道", spam=True) is None


# Round 17: a word of the spam reports (警方, 治理) in an ordinary headline no longer keeps
# the spam glued to it; a crackdown's own headline (such a word and a strong spam term in
# the headline) still does.
POLICE = "警方加强新年招待会安保 外国驻华记者出席"
POLICE_PARAS = [
    "  新华社北京2月3日电,外交部外国驻华记者新年招待会2日晚在北京举行,警方加强安保。",
    "  外国驻华记者及使节出席招待会,气氛热烈。警方表示,安保工作一切顺利。",
]


def test_terms_glued_to_a_headline_naming_the_police_go() -> None:
    found = _cut(f"万豪娱乐 {POLICE} 鸿运88", POLICE_PARAS, spam=True)
    assert found is not None and found[1] == POLICE


def test_a_crackdowns_own_headline_keeps_its_words() -> None:
    head = "警方捣毁网络赌场窝点 抓获嫌疑人十名"
    paras = [
        "  新华社北京2月3日电,警方近日捣毁一处网络赌场窝点,抓获嫌疑人十名。",
        "  警方表示,网络赌场窝点藏身居民楼,嫌疑人已被刑事拘留。",
    ]
    assert _cut(f"万豪娱乐 {head}", paras, spam=True) is None


def test_a_marked_term_with_a_character_the_article_never_uses_goes_before_a_dash() -> None:
    # invented: Latin glued to a banker's numeral, on a page with no other spam
    assert _cut(f"幸运pk拾-{HEADLINE}") == ("幸运pk拾-", HEADLINE)


def test_a_column_before_a_dash_stays() -> None:
    assert _cut(f"图文-{HEADLINE}") is None


# Round 18: a brand's shape before a dash (spam_brand): a name signed with a company's legal
# form or a site's self-name, the name foreign to the article.
def test_a_brand_signed_before_a_dash_goes() -> None:
    for brand in ("青鸾国际官方网站(中国)有限公司", "紫霞影院（香港）集团", "金樽官网"):
        assert _cut(f"{brand}-{HEADLINE}") == (f"{brand}-", HEADLINE), brand
    doc = clean(_text([f"青鸾國際官方网站(中国)有限公司-{HEADLINE}", *PARAS]), convert="none")
    assert doc.title == HEADLINE


def test_a_company_the_article_names_heads_its_release() -> None:
    head = "华为技术有限公司-发布新一代芯片"
    paras = [
        "  华为技术有限公司今天在深圳发布新一代芯片,新芯片采用自研架构。",
        "  华为表示,新一代芯片将首先用于旗下手机,芯片性能提升四成。",
    ]
    assert _cut(head, paras) is None
    assert clean(_text([head, *paras]), convert="none").title == head


def test_a_region_alone_before_a_dash_is_no_brand() -> None:
    assert _cut(f"(中国)-{HEADLINE}") is None


MODEL_PARAS = [
    "  新型RX-78机型本月在上海发布,RX-78机型的续航比上一代长两成。",
    "  厂商表示,RX-78机型将先在华东地区上市,售价与上一代相同。",
]


def test_a_hyphen_inside_a_latin_model_number_is_no_separator() -> None:
    # round 22: COVID-19, RX-78 are one word; terms spaced before the headline are cut
    # whole and the model number stays in the headline
    head = "RX-78机型本月在上海发布"
    assert _cut(f"色站导航 免费色站 {head}", MODEL_PARAS) == ("色站导航 免费色站", head)
    assert _cut(head, MODEL_PARAS) is None


def test_a_full_width_hyphen_parts_a_term_from_the_headline() -> None:
    assert _cut(f"约炮软件－{HEADLINE}") == ("约炮软件－", HEADLINE)


# Round 29: a headline quoting a sentence keeps the quote's stop; a mirror's glossed
# headline is read without its glosses when its printed reading cuts nothing.


def test_a_brand_before_a_headline_quoting_a_sentence_goes() -> None:
    # the shape of a hijacked mirror's head (午夜激情官方网站(中国)有限公司-「…跟蹤。」那些年,…):
    # a quoted sentence's stop is the headline's, not a paragraph's
    head = "「外国驻华记者新年招待会在京举行。」外交部办得很好"
    cut = _cut(f"某某娱乐官方网站(中国)有限公司-{head}")
    assert cut == ("某某娱乐官方网站(中国)有限公司-", head)


def test_a_sentence_with_its_stop_outside_a_quote_is_no_headline() -> None:
    line = "某某娱乐官方网站(中国)有限公司-外国驻华记者新年招待会在京举行。外交部办得很好"
    assert _cut(line) is None


def test_a_glossed_headline_is_read_without_its_glosses() -> None:
    # a mirror glosses every character of the headline: no pair of it recurs as printed
    glossed = "外(wài)国(guó)驻(zhù)华(huá)记(jì)者(zhě)新(xīn)年(nián)招(zhāo)待(dài)会(huì)"
    glossed += "在(zài)京(jīng)举(jǔ)行(xíng)"
    cut = _cut(f"某某娱乐官方网站(中国)有限公司-{glossed}")
    assert cut == ("某某娱乐官方网站(中国)有限公司-", glossed)


# Round 31 (clean once): benchmark-corpus page 000012 (the speed run's corpus of
# eval/README.md) prints its headline in traditional characters over simplified
# paragraphs; the article echoed one pair of it as printed, two once converted, so the
# terms glued before it went only when the clean text was cleaned again.
MIXED_HEADLINE = "高清在線 抢红包 4位局長齊集拍片籲市民踊躍投票"
MIXED_PAGE = [
    MIXED_HEADLINE,
    "",
    "發佈日期：民國114年08月15日",
    "",
    (
        "　　公安部治安管理局副局长张晓鹏5日在北京表示,夏季治安打击整治“百日行动”开展"
        "以来,全国公安机关共侦破黄赌刑事案件5000余起、抓获犯罪嫌疑人1.8万人,打掉"
        "黄赌犯罪团伙1400余个。"
    ),
    "",
    (
        "　　昨天,欢乐之门再度敞开,与上届相比,第二届海沧市民节更加凸显“市民”这一中心"
        ",喊出了“幸福海沧·市民同享”的响亮口号,充分彰显“为民服务”、“与民同乐”的举"
        "办宗旨。"
    ),
    "",
    "午夜成人 91彩票",
]


def test_the_article_is_read_in_one_script() -> None:
    from newsclean.page import simplify_lines
    from newsclean.render import render

    verdicts = [NOT_SPAM] * 8 + [SpamVerdict(True, 8.0, ("午夜",), 1)]
    cut = glued_cuts(MIXED_PAGE, verdicts, simplify_lines)[0]
    assert (cut.cut, cut.rest) == ("高清在線 抢红包", "4位局長齊集拍片籲市民踊躍投票")
    doc = clean("\n".join(MIXED_PAGE))
    assert doc.title == "4位局长齐集拍片吁市民踊跃投票"
    again = clean(render(doc, "text"))
    assert (again.title, again.body) == (doc.title, doc.body)


def test_a_term_the_pages_spam_lines_print_is_cut_off_the_headline_on_the_page() -> None:
    # round 32, eval page 122's shape (台视新闻 copied under a farm's numbered spam lines):
    # 大陸 and 導航 are printed by the spam lines only; 頭綁 is the headline's
    from newsclean import clean

    spam = ["第1 免費激情網色站導航", "第2 雲頂棋牌刻章辦", "第4 性色社區大陸免費黃站"]
    headline = "頭綁「救救王义川」激動模樣 《衛報》選為本日最佳照片"
    paras = [
        "選舉倒數,民進黨總統候選人11日晚間在凱道舉行「護國之夜」造勢晚會,一張照片被英國《衛報》評選為周四的「最佳照片」之一。",
        "照片中的支持者額頭上綁著「救救王义川」布條,他頭部微仰、眼睛閉起並張大嘴,激動神情讓讀者感受到他的熱血。",
    ]
    doc = clean("\n".join([*spam, "", f"大陸黃網導航{headline}", "", *paras]) + "\n")
    assert doc.title == "头绑「救救王义川」激动模样 《卫报》选为本日最佳照片"


# Round 32: a web address glued after the headline (eval page 080's shape: a brand and its
# address after the headline).  The article is real text: the 2026-02-23 report of
# 世界体育报 on Osasuna's fans, as mirrored on http://m.ibmxk.com/news/44099.html and
# https://m.jshaojie.com/zuqiunews/26987.html (hijacked mirrors; the glued addresses here
# are written for the test).
OSASUNA = "奥萨苏纳主场球迷与警方发生冲突,后者发声明谴责"
OSASUNA_PARAS = [
    "  2月23日讯 《世界体育报》报道,在奥萨苏纳主场对阵皇马的比赛中,球迷与警方发生冲突。"
    "随后,警察工会发布严厉声明,指责奥萨苏纳俱乐部公开发布与事实不符的陈述并误导公众。",
    "  此次冲突起因是警方应球场私人安保请求,试图进入看台识别一名向场内投掷钝器的暴力分子,"
    "但遭到球迷组织的有组织抵抗和暴力阻拦。",
]


def test_a_brand_and_its_address_after_the_headline_go_on_a_hijacked_page() -> None:
    got = _cut(f"{OSASUNA} 卢克索国际 http://www.iwin688.com", OSASUNA_PARAS, spam=True)
    assert got == ("卢克索国际 http://www.iwin688.com", OSASUNA)
    got = _cut(f"{OSASUNA} 鼎盛娱乐 https://www.ds8899.net/", OSASUNA_PARAS, spam=True)
    assert got == ("鼎盛娱乐 https://www.ds8899.net/", OSASUNA)


def test_an_address_the_article_prints_stays() -> None:
    # the article names the site it links: the address is the story's, not glued spam
    paras = [*OSASUNA_PARAS, "  声明全文见俱乐部官网osasuna.es。"]
    assert _cut(f"{OSASUNA} http://www.osasuna.es", paras, spam=True) is None


def test_a_bare_host_name_after_the_headline_is_no_address() -> None:
    # without a scheme or www. a dotted word is read as a piece like any other
    assert _cut(f"{OSASUNA} Marca.com", OSASUNA_PARAS) is None


def test_a_term_glued_before_the_headlines_first_clause_goes_alone() -> None:
    # round 34: the first clause echoes the article once the glued term is read off; the
    # term goes, the clause stays with the headline (not the whole piece)
    paras = [
        "  (中央社记者台北10日电)行政院长卓荣泰赴日观看世界棒球经典赛,引发中国抗议。",
        "  外交部今天重申,将持续深化与日本的伙伴关系,卓荣泰此行为私人行程,中方抗议无理。",
    ]
    head = "试看片冲卓荣泰赴日引中方抗议 外交部:深化与日伙伴关系"
    cut = _cut(head, paras, spam=True)
    assert cut is not None
    assert cut[1] == "卓荣泰赴日引中方抗议 外交部:深化与日伙伴关系"


def test_a_labelled_byline_in_the_head_is_no_headline() -> None:
    # Round 39: a bar printed as a letter (作者 l 郭鑫, 來源 l 新華社) parts a byline's label
    # from its value; on a hijacked page with no headline line the byline is the first head
    # line, and its label is no term glued before a headline.
    spam = "澳门百家乐,六合彩开奖结果,代开发票,www.example.com,2024最新"
    page = [spam, "作者 l 郭鑫", "來源 l 新華社", *PARAS]
    doc = clean(_text(page))
    assert doc.source == "新华社"
    assert doc.title is None
    assert [r.text for r in doc.removed if r.reason == "spam"] == [spam]

"""Where the headline stands (``filters/head_search.py``, round 24): a crumb left open
above it, a name in Latin letters between it and its byline, closed sentences over the
head that speak of none of the article.

Real text, with its page's address beside it; the articles are cut to their first
paragraphs."""

import pytest

from newsclean import clean
from newsclean.filters.head_search import ends_head

# https://taiwan.9ly.com.cn/zsjy/202508/478888.html (a Q&A farm's crumb, left open)
TEMPLATE = (
    "首页 >> 宝藏问答 >\n\n新闻稿格式模板介绍\n\n"
    "2025-08-16 21:07:09 来源:网易 用户:柴咏眉\n\n"
    "新闻稿格式模板介绍】在撰写新闻稿时,遵循一定的格式规范不仅有助于信息的清晰传达,"
    "还能提升稿件的专业性和可读性。本文将对常见的新闻稿格式模板进行总结,并以表格形式"
    "展示其基本结构和要点。\n\n新闻稿通常包括以下几个部分:简洁明了地概括新闻的核心内容,"
    "吸引读者注意。概括新闻的主要信息,回答5W1H。\n"
)
# http://syaq.org/guancha/90744.html (a crumb ending in its separator)
DIALOGUE = (
    "您的位置:首页>观察 >\n\n高端对话:汽车动力系统技术的全球市场前景\n\n"
    "随着科技的不断进步和全球能源结构的转型,汽车动力系统正经历着前所未有的变革。从传统的"
    "燃油动力到混合动力、纯电动乃至氢能动力,技术的每一次飞跃都预示着汽车行业的深刻变革和"
    "广阔前景。\n\n在这场前所未有的变革中,创新成为推动汽车动力系统技术发展的核心驱动力。"
    "企业间的合作与竞争并存,跨界融合成为常态,共同推动着整个汽车行业向更加绿色、智能、高效"
    "的方向迈进。\n"
)
# http://sikaile.net/guanlilunwen/zhiliangguanli/73951.html (a hijacked thesis mirror)
THESIS = (
    "當前位置:主頁 > 管理論文 > 質量管理論文 >\n\n本地化項目的分層質量管理\n\n"
    "發布時間:2016-07-20 07:01\n\n"
    "質量是企業生存和發展的生命線,質量是贏得客戶尊重和行業品牌的競爭力。加強本地化項目質量"
    "管理是項目經理的主要工作內容,也是企業追求的生產目標。隨著本地化項目的復雜性增加,客戶對"
    "項目質量的要求不斷提高,需要應用項目管理的理念與技術,實現項目的預期目標和客戶期望。\n"
)


@pytest.mark.parametrize(
    ("page", "crumb", "headline"),
    [
        (TEMPLATE, "首页 >> 宝藏问答 >", "新闻稿格式模板介绍"),
        (DIALOGUE, "您的位置:首页>观察 >", "高端对话:汽车动力系统技术的全球市场前景"),
        (THESIS, "当前位置:主页 > 管理论文 > 质量管理论文 >", "本地化项目的分层质量管理"),
    ],
)
def test_a_crumb_left_open_is_passed_over_and_the_headline_under_it_heads(
    page: str, crumb: str, headline: str
) -> None:
    document = clean(page)
    assert document.title == headline
    assert crumb not in document.body


def test_a_crumb_closed_by_its_page_and_a_headline_with_a_bar_still_head() -> None:
    # https://www.lidatong.com.cn/html/zhonghe/CMS/wordpress/20201214/228099.html
    page = (
        "当前位置: 首页 > 综合聚焦 > CMS系统 > wordpress > 正文\n\nWordPress数据结构分析\n\n"
        "发布时间:2020-12-14 14:41:30 所属栏目:wordpress 来源:网络整理\n\n"
        "WordPress仅仅用了10 个表,按照功能大致分为用户、链接、文章、评论、分类和选项。"
        "博客发表的文章存放的地方就是这个wp_posts表了。这个表里存放的除了普通的文章之外,"
        "还有附件和页面的一些信息。post_type字段是用来区分文章类型的。\n"
    )
    assert clean(page).title == "WordPress数据结构分析"
    # https://www.jiqizhixin.com/articles/2020-04-07: a bar inside, not at the end
    headline = "中科大 × MSRA | 周明博士讲座实录:自然语言处理让生活更美好"
    article = (
        "中国科学技术大学×微软亚洲研究院系列讲座开讲,MSRA 副院长周明博士以《沟通无界——"
        "自然语言处理让生活更美好》为主题,介绍了自然语言处理尤其是神经网络自然语言处理的"
        "进展,探讨了未来的技术发展。他还从企业角度讲述人才培养的体会。\n"
    )
    assert clean(f"{headline}\n\n{article}").title == headline


# The layout of a journalism school's paper (http://tyr.journalism.hkbu.edu.hk/): its
# name in Latin letters between the headline and the byline.
STUDENT_PAPER = (
    "香港第二场施政报告地区咨询会下午举行 李家超及多名司局长出席\n\n"
    "The Young Reporter\n\nBy: 张家明\n\n2022-08-27\n\n"
    "行政长官李家超将于今日(27日)下午在南区出席第二场施政报告地区咨询会,听取市民对施政"
    "报告的意见。多名司局长亦会出席。\n"
)


def test_a_byline_hangs_under_its_headline_past_a_name_in_latin_letters() -> None:
    document = clean(STUDENT_PAPER)
    assert document.title == "香港第二场施政报告地区咨询会下午举行 李家超及多名司局长出席"


def test_a_closed_sentence_foreign_to_the_article_does_not_end_the_head() -> None:
    # a site's terms over the head, then the headline: the article never speaks of the terms
    notice = "请您阅读我们的用户注册协议私隐权保护政策,点击下方按钮即视为您接受。"
    document = clean(f"{notice}\n\n{DIALOGUE.split(chr(10), 2)[2]}")
    assert document.title == "高端对话:汽车动力系统技术的全球市场前景"
    assert notice in document.body or notice in (document.copyright or "")  # kept


def test_a_short_first_paragraph_the_article_echoes_ends_the_head() -> None:
    # a real first paragraph closed short, then a subheading: no headline is made of it
    page = (
        "質量是企業生存和發展的生命線,加強本地化項目質量管理是項目經理的主要工作內容。\n\n"
        "本地化與本地化項目管理\n\n"
        "本地化是對產品或服務進行修改以適應不同市場中出現的差異的過程。本地化是企業全球化"
        "的主要部分,沒有本地化,其它全球化努力也達不到預期的效果,項目質量管理是其中關鍵。\n"
    )
    document = clean(page)
    assert not document.title
    assert "本地化與本地化項目管理".replace("與", "与").replace("項", "项") in document.body


# Round 27: a label its colon leaves open, and a record's field, above the headline.
# Open labels from a document site's download box (https://31doc.com/d-3901020.html:
# 邮箱/手机:, 验证码:) and the 105 page's form (文章详情介绍:); a record's fields from a
# document farm's header (https://m.wenkunet.com/p-3324136.html: 格式:DOC 页数:13
# 大小:123KB, printed one a line as 011's site prints - 格式:pdf).
LEAD = (
    "由中华人民共和国外交部和北京市政府联合主办的2024年外国驻华记者新年招待会2日晚在北京"
    "大运河博物馆举行。外交部部长助理华春莹在致辞中指出,刚刚过去的2023年,是中国外交"
    "守正创新、砥砺前进的一年,外国驻华记者见证了中国的发展。\n"
)
HEADLINE = "外国驻华记者新年招待会在京举行"


@pytest.mark.parametrize("label", ["文章详情介绍:", "邮箱/手机:", "验证码:"])
def test_a_label_left_open_by_its_colon_is_passed_over(label: str) -> None:
    doc = clean(f"{label}\n\n{HEADLINE}\n\n{LEAD}")
    assert doc.title == HEADLINE


@pytest.mark.parametrize(
    "fields",
    [
        ["- 格式:pdf", "- 大小:38.27 KB", "- 文档页数:2"],
        ["格式:DOC", "页数:13", "大小:123KB"],
    ],
)
def test_a_records_fields_are_no_headline(fields: list[str]) -> None:
    doc = clean("\n\n".join(fields) + "\n\n" + LEAD)
    assert doc.title in ("", None)


def test_a_headline_with_a_colon_of_its_own_stays_the_headline() -> None:
    # 094's and 105's headlines: a name or a column before the colon, words after it.
    doc = clean(f"中评现场:{HEADLINE}\n\n{LEAD}")
    assert doc.title == f"中评现场:{HEADLINE}"


def test_a_spammers_sentences_in_a_row_do_not_vouch_for_each_other() -> None:
    # 094's form (round-26 row): a farm's two template sentences over the headline, a
    # short teaser under it that echoes none of them.
    spam = (
        "本篇文章给大家谈谈身份证生成,以及卖qq号码的知识点,希望对各位有所帮助,不要忘了收藏本站喔。\n\n"
        "本篇文章给大家谈谈免费色站,以及借记卡四件套的知识点,希望对各位有所帮助,不要忘了收藏本站喔。\n\n"
    )
    teaser = (
        "【本报讯】港府昨在立法会解说区议会改革方案,强调新制度并非想赶尽杀绝反对派,而是要"
        "赶绝非爱国爱港者。会上未见议员反对,但有人关注未来区议员能否表达市民反对声音。\n"
    )
    doc = clean(f"{spam}麦美娟:区会履职制 市民可监察议员\n\n{teaser}")
    assert doc.title == "麦美娟:区会履职制 市民可监察议员"
    assert any("港府昨在立法会解说区议会改革方案" in paragraph for paragraph in doc.body)


# Round 27, after its first reading: a periodical's place alone (the Macau gazette's issue
# line, 第 38 期; an e-paper's page and section, 第A15版:烟台街) names no event.
EPAPER_STORY = (  # an e-paper's story as a county paper prints it: no headline over the lead
    "本报讯(郝文军)7月25日,清涧县党政考察团在清涧县委副书记、县长高明伟的带领下来我县考察。"
    "\n\n高明伟一行先后深入到杨家园则镇小城镇建设现场、河道水景工程点和龙虎山公园参观。\n"
)


@pytest.mark.parametrize("place", ["第 38 期", "2023年第1期", "第A15版:烟台街", "第5版"])
def test_an_issue_or_a_page_alone_over_the_article_is_no_headline(place: str) -> None:
    doc = clean(f" {place}\n\n{EPAPER_STORY}")
    assert doc.title in ("", None)


def test_a_headline_that_names_an_issue_in_words_heads() -> None:
    headline = "第38期中国侨商论坛在京开幕"
    doc = clean(f"{headline}\n\n{LEAD}")
    assert doc.title == headline


# Round 28: a publisher's name alone over an article (天津北方网 over a story whose first
# paragraph opens with the reporter's credit; a tuned row's page) names who printed it.
# The article: http://news.big5.enorth.com.cn/system/2013/10/09/011356383.shtml (北方網's
# story, eval/originals/069.json, its big5 edition's characters), opened by a credit in
# brackets as a tuned row writes it.
CREDITED_LEAD = (
    "(亞洲經濟通訊社記者張清/北京報導)昨天是國慶長假後的第一個工作日,南京路、十一經路等"
    "市區主幹道路車流量明顯增多。由於恰好趕上東亞運動會車輛限行首日,比起其他區域,限行區域的"
    "行車則順暢很多。\n\n今天是限行第二天,限行車輛尾號爲6和7,明天是4和5。交管部門提醒,"
    "駕駛人一定要遵守限行規定,以免被電子警察攝錄處罰。\n"
)


@pytest.mark.parametrize("name", ["天津北方网", "南方日报", "中央社", "香港01"])
def test_a_publishers_name_alone_over_the_article_is_its_source(name: str) -> None:
    doc = clean(f"{name}\n\n{CREDITED_LEAD}")
    assert doc.title in ("", None)
    assert doc.source == name
    assert doc.author == "张清"


@pytest.mark.parametrize("above", ["6合彩资讯", "交通"])
def test_the_name_the_first_paragraph_echoes_is_no_headline(above: str) -> None:
    # the lead opens with the same words (天津北方網訊:): an echo of who printed it, which
    # must not outweigh a line above the name (a farm's tag, as on the tuned page; a section)
    lead = CREDITED_LEAD.replace(")昨天", ")天津北方網訊:昨天", 1)
    doc = clean(f"{above}\n\n天津北方網\n\n{lead}")
    assert doc.title != "天津北方网"
    assert doc.source == "天津北方网"


def test_a_long_headline_ending_in_a_media_word_heads() -> None:
    headline = "国家能源局:加快建设新型电力系统和智能电网"
    doc = clean(f"{headline}\n\n{CREDITED_LEAD}")
    assert doc.title == headline


def test_a_crumb_trail_ending_in_the_headline_is_passed_over() -> None:
    from newsclean import clean
    from newsclean.filters.head_search import crumb_path

    # eval page 028 (round 30): the trail's last step is the headline, printed again under it.
    headline = "大运中国女足力克日本队 18年后再度夺冠"
    page = "\n\n".join(
        [
            f"导航:首页 > 源码编译 > {headline}",
            headline,
            "本报讯 据中新社8月22日报道，21日晚的深圳宝安体育场迎来大运会女足决赛，中国女足"
            "以2比1力克日本队，时隔18年再度夺冠。",
            "中日足球可谓冤家路窄，大运赛场上同样如此，两队此前已多次在决赛相遇。",
        ]
    )
    assert clean(page).title == headline
    # Near misses: one arrow inside a headline is its own; a pair of pictographs is no path.
    assert not crumb_path("人工智能 > 人类? 专家这样说")
    assert not crumb_path("《星际穿越》影评：时间与爱")


# Round 32: a dek opened by a dash under its headline, and no byline line under them (the
# dateline opens the first paragraph): the dek echoes the article more than the headline
# does, but it is the headline's, never its rival.
# http://m.578011.com/n/20171025/282437.html (新华社 2017-10-25, a mirror's copy)
SIDELIGHT = (
    "查看原文\n\n“永远做人民公仆、时代先锋、民族脊梁”\n\n"
    "——习近平等十九届中共中央政治局常委同中外记者见面会侧记\n\n"
    "新华社北京10月25日电(记者张晓松、邹伟)2017年10月25日上午,世界的目光聚焦中国、聚焦北京,"
    "人民大会堂又一次迎来历史性时刻,新一届中共中央政治局常务委员会委员即将在这里集体亮相。\n\n"
    "东大厅内,华灯璀璨。一面鲜红党旗醒目地竖立在主席台一侧。500多名中外记者已经在会场内等候,"
    "希望在这场举世瞩目的新闻报道中抢得先机。\n"
)
# http://hacker2.cn/2017_subject/xysjd/xwdt/2820794.shtml (浙江在线 2017-10-26): the
# headline and its dek on one line, joined by the dash: one line, the headline whole.
CHRONICLE = (
    "迈进伟大的新时代——新一届中央政治局常委同中外记者见面会纪事\n\n"
    "浙江在线北京10月26日讯(浙江在线记者 周咏南)总有一些声音,令世人聆听,激起热烈反响;"
    "今天,全世界的目光聚焦在北京人民大会堂东大厅,新当选的十九届中共中央政治局常委将在这里"
    "同中外记者见面。\n\n上午10时,参加见面会的中外记者开始陆续进场。\n"
)


def test_a_dek_under_its_headline_does_not_unseat_it() -> None:
    doc = clean(SIDELIGHT, convert="none")
    assert doc.title == "“永远做人民公仆、时代先锋、民族脊梁”"


def test_a_headline_joined_to_its_dek_on_one_line_stays_whole() -> None:
    doc = clean(CHRONICLE, convert="none")
    assert doc.title == "迈进伟大的新时代——新一届中央政治局常委同中外记者见面会纪事"


def _best(head: str, second: str) -> int:
    from newsclean.filters.head_search import best_echoed

    texts = [head, second, SIDELIGHT.split("\n\n")[3]]
    article = texts[2]
    return best_echoed(0, [0, 1, 2], texts.__getitem__, article, lambda p: p if p < 2 else None)[0]


def test_a_dek_is_no_rival_of_the_candidate_above_it() -> None:
    head = "“永远做人民公仆、时代先锋、民族脊梁”"
    assert _best(head, "——习近平等十九届中共中央政治局常委同中外记者见面会侧记") == 0
    # the same words without the dash are another headline, and the article echoes it more
    assert _best(head, "新一届中共中央政治局常务委员会委员在人民大会堂集体亮相") == 1


LIFTED = "社会文化司司长表示留意到三盏灯一带今日人头涌涌,更直言请市民「先控制好自己只脚先!」"
BRIEFING = [
    "于今日应急协调中心记者会上,有记者问及政府会否封关,社会文化司司长强调现阶段政府不会封关。",
    "司长在会上强调,政府虽然没有封关措施,但请市民切勿外出,她更激动地表示留意到三盏灯一带"
    "今日人头涌涌,更直言请市民「先控制好自己只脚先!」不要轻易外出。",
]


def test_a_sentence_the_article_prints_again_is_no_headline() -> None:
    # the line's closing clause is printed again in a paragraph: a caption lifted from
    # the article, not a headline written over it
    assert clean("\n\n".join([LIFTED, *BRIEFING]) + "\n", convert="none").title is None


def test_a_headline_quoting_a_short_phrase_of_the_article_heads() -> None:
    headline = "社会文化司司长:请市民「先控制好自己只脚先!」"
    assert clean("\n\n".join([headline, *BRIEFING]) + "\n", convert="none").title == headline


def test_a_keyword_list_longer_than_a_headline_does_not_end_the_head() -> None:
    # round 35: a portal's keywords line over the headline (invented terms and story)
    keywords = (
        "四川,成都,蓉城,天府,大熊猫,四川新闻,四川体育,四川旅游,四川政务, 麻辣社区, "
        "四川精神文明 , 四川农业 ,成都新闻,成都体育,成都旅游,成都娱乐,成都美食"
    )
    page = (
        f"{keywords}\n\n“行走新丝路”跨国报道活动在泉州启动\n\n人民网\n\n记者:孙灿芬\n\n"
        "  8月18日,“行走新丝路”跨国报道活动在福建泉州启动,来自十余家媒体的记者将沿古代"
        "海上丝绸之路出发,走访沿线国家和城市。\n\n"
        "  启动仪式上,歌舞剧再现了古代泉州的盛况,报道活动将持续一个月。\n"
    )
    assert ends_head(keywords) is False
    document = clean(page)
    assert document.title == "“行走新丝路”跨国报道活动在泉州启动"
    assert document.author == "孙灿芬"
    assert not any("大熊猫" in paragraph for paragraph in document.body)


def test_the_outlet_signing_the_headline_printed_alone_is_its_source() -> None:
    """Round 36: ``澎湖爆報/headline`` over ``澎湖爆報`` over the byline: the name alone is the
    outlet signing the headline, the source; the headline keeps its signature."""
    page = (
        "澎湖爆報/檢警調聯手斷根 攔截474公斤毒品流入本島\n\n澎湖爆報\n\n"
        "發布時間:2025-11-27\n\n"
        "  法務部澎湖地方檢察署今日宣布,成功偵結起訴一起海上運輸毒品案件,攔截毒品474公斤。\n\n"
        "  專案小組查出,運毒集團委託船長駕駛快艇,計畫自澎湖前往外海接駁毒品。\n"
    )
    document = clean(page, convert="none")
    assert document.title == "澎湖爆報/檢警調聯手斷根 攔截474公斤毒品流入本島"
    assert document.source == "澎湖爆報"


# Round 37: parts of the page in the head's place (head_lists.head_part) and a font tool's
# lone letters; the lines are invented in the forms of a hospital's page (发布于:… 文字:), a
# mirror with a font tool and an e-book viewer's transcript.
def test_the_headline_under_a_font_tools_label_and_letters_heads() -> None:
    page = f"【更改字体样式: 】\n\n字\n\n{HEADLINE}\n\n发布于:2024-01-03\n\n{LEAD}"
    assert clean(page).title == HEADLINE


def test_a_font_tools_label_over_a_byline_is_no_headline() -> None:
    page = f"【更改字体样式: 】\n\n发布日期:2024年01月03日    浏览次数:\n\n{LEAD}"
    doc = clean(page)
    assert doc.title in ("", None)
    assert "【更改字体样式: 】" not in doc.body


@pytest.mark.parametrize("top", ["- 最新图文", "Page 716 - 某某县志"])
def test_a_page_title_tail_or_a_running_title_is_no_headline(top: str) -> None:
    doc = clean(f"{top}\n\n{LEAD}")
    assert doc.title in ("", None)
    doc = clean(f"{top}\n\n{HEADLINE}\n\n{LEAD}")
    assert doc.title == HEADLINE


def test_a_lone_letter_does_not_end_the_search_for_the_headline() -> None:
    doc = clean(f"字\n\n小\n\n大\n\n{HEADLINE}\n\n{LEAD}")
    assert doc.title == HEADLINE


# Round 37 (mend): a headline naming its page (第N页, no viewer's word) over its byline
# heads the story; only the viewer's Page/P. forms are a running title.
@pytest.mark.parametrize("headline", ["第3页:两会特刊", "第1页:封面", "第100页:一本日记里的中国"])
def test_a_headline_naming_its_page_heads_the_story(headline: str) -> None:
    doc = clean(f"{headline}\n\n2026-03-04 02:33:11 来源:中国新闻网 作者:朱方芳\n\n{LEAD}")
    assert doc.title == headline
    assert [r.text for r in doc.removed if r.text == headline] == []

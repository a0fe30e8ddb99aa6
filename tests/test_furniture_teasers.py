"""Another story's cut listing entry (``furniture_teasers``): label, date, cut teaser."""

from __future__ import annotations

from newsclean import clean
from newsclean.filters.furniture_teasers import cut_teaser, entry_text, linked_cut, teaser_lines

# The eval row's form (881903.com, 商業電台: after the story, another story's entry).
SMOKING = (
    "本地 2026-01-01 新控煙措施今起生效,禁煙範圍進一步擴大,學校、醫院及幼兒中心等,"
    "出入口3米範圍內的公眾地方,劃為法定禁煙區。控煙酒辦主任林民聰到場視察,他說法例生效..."
)
# An article of another subject (real text: hkcna.hk, 香港1月5日早間新聞速覽).
ARTICLE = [
    "香港特區行政長官林鄭月娥4日在行政會議前見記者時坦言,香港出現奧密克戎變種病毒個案,"
    "對與內地商討“通關”有一定影響,相信要再等候一段時間,兩地才能恢復正常往來。",
    "原定於本月10日舉行的新一屆立法會主席選舉,4日下午5時截止提名,由於只有一項有效提名,"
    "立法會秘書宣佈,梁君彥當選第七屆立法會主席。",
]


def test_entry_composed_of_label_date_and_cut_teaser() -> None:
    teaser = entry_text(SMOKING)
    assert teaser is not None and teaser.startswith("新控煙措施")
    # the label in brackets, a bar and a time; a cut mark of one character
    assert entry_text(
        "[国际] 2024-11-19 08:30 据外媒报道,当地时间18日晚,一架客机在降落时偏离跑道,机上…"
    )
    # a legacy page's cut leaves half a character, read as U+FFFD
    assert entry_text(
        "社会 | 2023/08/15 | 记者从市公安局获悉,今年以来全市共破获电信诈骗案件1200余\ufffd"
    )


def test_real_cut_teasers_need_their_label_and_date_on_the_line() -> None:
    # Real cut teasers from listings outside eval/, each printed with its section and date
    # on a line of its own: the text alone is no entry by this model (left to the report).
    # https://www.e123.hk/zh-hant/news/today?page=7&type=All (港聞 2025年07月18日 under it)
    e123 = (
        "全民運動日8月3日舉行,康樂及文化事務署宣布,7月21日起派發康體活動券,"
        "供巿民參加18區指定體育館舉辦的免費康體活動。   "
        "今年全民運動日以「全城齊運動 全民撐全運」為主題,…"
    )
    # https://www.toastynews.com/hk/tags/政務司/6 (- 2022年4月11日 above it)
    toasty = (
        "由於政務司司長有權豁免表列處所的防疫措施限制,現時職位懸空,"
        "令外界質疑現時無人有權力豁免限聚要求,甚至令李家超無法舉行實體記者會宣…"
    )
    # https://stacknews.yidas.com/post/3007559 (媒體來源:自由 - 2025-11-03 11:57:44 under it)
    stack = (
        "台中梧棲爆發非洲豬瘟疫情,10月底中央派國軍清消,原訂今再度採樣,中市府昨卻私自進場清消,"
        "影響後續防疫時程。民進黨今痛批,盧秀燕市府團隊又又又出包了,中央和全國都繃緊神經,唯獨盧...…"
    )
    for text in (e123, toasty, stack):
        assert entry_text(text) is None
        # the same teaser with its section and date on its line, as a one-line listing prints it
        assert entry_text("港聞 2025年07月18日 " + text) is not None


def test_near_misses_stay() -> None:
    # a report's lead: a place and a date glued, a closed sentence
    assert (
        entry_text("本报北京1月1日电 记者从国家统计局获悉,2025年全国粮食总产量再创新高。") is None
    )
    # a chronology's dated items: no label, not cut; closed
    assert (
        entry_text("2020-01-01 公司成立,首批员工十二人在深圳南山区一间民房里开始研发工作") is None
    )
    assert (
        entry_text("大事记 2020-01-01 公司成立,首批员工十二人在深圳南山区一间民房里开始研发。")
        is None
    )
    # a real byline row (hkcna.hk) and a field label first: a byline's, not a listing's
    assert entry_text("2022-01-05 10:16 | 稿件來源:香港新聞網") is None
    assert (
        entry_text(
            "來源 2022-01-05 10:16 香港新聞網綜合報道,特區政府今日公布多項防疫措施的最新安排..."
        )
        is None
    )
    # a paywall's cut of the article itself (life.mingpao.com): no label and date
    assert entry_text("這是明報教育網-訂戶專區,進入本區前,請先登入系統...") is None


def test_entry_judged_by_its_place_and_echo() -> None:
    page = [*ARTICLE, SMOKING]
    assert teaser_lines([0, 1, 2], page.__getitem__) == {2: "nav"}
    # above the article: no article stands above it
    top = [SMOKING, *ARTICLE]
    assert teaser_lines([0, 1, 2], top.__getitem__) == {}
    # the article goes on under it: a dated paragraph in the middle stays
    middle = [ARTICLE[0], SMOKING, ARTICLE[1]]
    assert teaser_lines([0, 1, 2], middle.__getitem__) == {}
    # the article echoes it: a teaser of this very story stays
    echoed = [
        "新控煙措施今起生效,禁煙範圍進一步擴大,學校、醫院及幼兒中心等出入口3米範圍內劃為法定禁煙區。"
        "控煙酒辦主任林民聰到場視察,他說法例生效後會加強執法。",
        SMOKING,
    ]
    assert teaser_lines([0, 1], echoed.__getitem__) == {}


def test_page_drops_the_entry_and_keeps_the_article() -> None:
    text = "\n\n".join(["林鄭月娥宣佈擴大疫苗氣泡", *ARTICLE, SMOKING]) + "\n"
    document = clean(text)
    body = "\n".join(document.body)  # the page is converted to simplified characters
    assert "新控烟措施" not in body
    assert "梁君彦当选第七届立法会主席" in body


# https://www.e123.hk/zh-hant/news/today?page=7&type=All: a listing of the government news
# service's stories, each a headline, its cut teaser, its section and date, its source.
E123_LISTING = [
    "收回九龍城土地推行市區重建",
    "地政總署7月17日根據《收回土地條例》張貼收回土地公告,收回位於九龍城衙前圍道/賈炳達道"
    "共涉及1,009項物業權益的土地,以推行市區重建項目。受影響的權益將於10月18日復歸政府所有。…",
    "港聞 2025年07月18日",
    "資料來源:",
    "香港政府新聞網",
    "全民運動日康體活動券7月21日起派發",
    "全民運動日8月3日舉行,康樂及文化事務署宣布,7月21日起派發康體活動券,"
    "供巿民參加18區指定體育館舉辦的免費康體活動。   "
    "今年全民運動日以「全城齊運動 全民撐全運」為主題,…",
    "港聞 2025年07月18日",
]


def test_split_listing_under_the_article() -> None:
    page = [*ARTICLE, *E123_LISTING]
    found = teaser_lines(list(range(len(page))), page.__getitem__)
    assert found == {3: "nav", 8: "nav"}


def test_one_cut_line_or_prose_ellipsis_stays() -> None:
    # one cut line alone: a paywall's cut of the article (life.mingpao.com) stays
    paywall = "這是明報教育網-訂戶專區,進入本區前,請先登入系統,閱讀全文及更多獨家報道..."
    page = [*ARTICLE, paywall]
    assert teaser_lines([0, 1, 2], page.__getitem__) == {}
    # prose's ellipsis is two characters: an article's closing lines that trail off stay
    trailing = [
        "他望着远处的灯火,想起三十年前第一次来到这座城市的那个夜晚……",
        "那时候他还年轻,口袋里只有二十块钱,和一个说不清的梦想……",
    ]
    page = [*ARTICLE, *trailing]
    assert teaser_lines([0, 1, 2, 3], page.__getitem__) == {}


# Round 29: WordPress's excerpt mark, the ellipsis in square brackets ([…], [&hellip;] in the
# feed and the theme's source).  Real instances outside eval/: a Taiwan publisher's feed
# caption, 《圖說》國慶晚會將由國內外藝人及表演團隊接力演出。 […] (a public RSS reader's
# test of the reviewed publisher feeds); the WordPress REST excerpts of other sites' posts
# (dashboard.everest-realestate.net, crmsoftwareblog.com's list: "...such as the
# [&hellip;]", the entity decoded to […] as the page is read), each a post's opening cut
# after a fixed number of words.
BRACKETED_CUTS = [
    "《圖說》國慶晚會將由國內外藝人及表演團隊接力演出,現場並有煙火秀與無人機表演 […]",
    "早前,林鄭月娥曾經說過「市民所享有的自由有增無減」,這實在是荒誕 […]",
    "去年7月,時任油尖旺區議會主席葉傲冬封殺討論反送中議案,指不符合 [...]",
]


def test_a_bracketed_ellipsis_is_a_program_cut() -> None:
    for line in BRACKETED_CUTS:
        assert cut_teaser(line)
    # the bracketed ellipsis of a quotation inside a paragraph is no line's end
    assert not cut_teaser("ChainMap將多個dict組合在一起以創建單個可更新視圖。[…] 查找基礎映射。")


def test_a_listing_of_bracketed_cuts_under_the_article() -> None:
    page = [*ARTICLE, *BRACKETED_CUTS]
    found = teaser_lines(list(range(len(page))), page.__getitem__)
    assert found == {2: "nav", 3: "nav", 4: "nav"}


def test_a_quotation_cut_in_brackets_inside_the_article_stays() -> None:
    # an essay quoting with an elision (real text: the Chinese translation of DDIA's
    # chapter 1 epigraph, "没有解决方案，只有权衡。 […] 但你要尽量获得最佳的权衡"): the
    # elision stands inside the paragraph, and one quoted line cut at its end is alone
    quoted = "托马斯·索维尔说过:没有解决方案,只有权衡。但你要尽量获得最佳的权衡 […]"
    page = [ARTICLE[0], quoted, ARTICLE[1]]
    assert teaser_lines([0, 1, 2], page.__getitem__) == {}
    page = [*ARTICLE, quoted]
    assert teaser_lines([0, 1, 2], page.__getitem__) == {}


# Round 35: a theme's excerpt of another story, cut and followed by its read-more link, alone
# under the article (invented text in the form of a Sabah paper's category page).
LINKED_CUT = (
    "(斗湖七日讯)斗湖今日举行国庆日庆典,逾五千名民众出席。 州元首致词时表示,各族团结是"
    "发展的基础。 庆典节目包括花车游行、文艺表演和烟花汇演,吸引大批游客... Read more"
)


def test_one_cut_teaser_before_its_read_more_link_goes() -> None:
    page = [*ARTICLE, LINKED_CUT]
    assert teaser_lines([0, 1, 2], page.__getitem__) == {2: "nav"}
    assert linked_cut(LINKED_CUT.replace("Read more", "阅读全文 »"))


def test_read_more_after_a_closed_sentence_or_inside_the_article_stays() -> None:
    closed = LINKED_CUT.replace("吸引大批游客... Read more", "吸引大批游客。Read more")
    assert not linked_cut(closed)
    page = [ARTICLE[0], LINKED_CUT, ARTICLE[1]]  # the article goes on under it
    assert teaser_lines([0, 1, 2], page.__getitem__) == {}
    echoed = [*ARTICLE, ARTICLE[1][:40] + "... Read more"]  # the article's own cut
    assert teaser_lines([0, 1, 2], echoed.__getitem__) == {}


# Round 39: a portal's teaser of another story under the article, its headline printed twice
# (the second copy with layout spaces) and its summary cut mid-clause before [详细].
TEASER_TITLE = "中国人民大学是985还是211 考上人大算学霸吗?"
TEASER = [
    TEASER_TITLE,
    "中国人民大学是985还是211    考上人大算学霸吗?",
    "中国人民大学是985还是211中国人民大学既是985大学,也是211大学。中国人民大学"
    "(Renmin University of China),简称人大,位于北京市,是 [详细]",
]


def test_a_buttoned_teaser_and_its_headline_above_it_go() -> None:
    page = "\n\n".join(["香港早间新闻速览", *ARTICLE, *TEASER]) + "\n"
    doc = clean(page)
    assert all(line not in " ".join(doc.body) for line in (TEASER_TITLE, "[详细]"))
    assert [d.placement for d in doc.lines if d.original in TEASER] == ["removed"] * 3
    assert len(doc.body) == len(ARTICLE)  # the article's paragraphs stay


def test_a_closed_summary_before_its_button_or_a_paragraph_in_the_article_stays() -> None:
    closed = "市政府今日公布新的交通安排,市民可到官方网站查阅全部内容。 [详细]"
    assert teaser_lines([0, 1, 2], [*ARTICLE, closed].__getitem__) == {}
    # the buttoned line with the article going on under it is no entry
    cut = TEASER[2]
    assert teaser_lines([0, 1, 2], [ARTICLE[0], cut, ARTICLE[1]].__getitem__) == {}

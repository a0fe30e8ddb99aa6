"""Placing lines: title, byline, captions, headings and body, from the page's own layout."""

import pytest

from newsclean import clean
from newsclean.filters.structure import LineView, classify, line_verdict
from newsclean.filters.title import is_term_list
from newsclean.render import render


def views(*lines: tuple[str, bool, int]) -> list[LineView | None]:
    return [LineView(text, indented, blanks) for text, indented, blanks in lines]


LONG = "在湖南的大力支持下，中车山南清洁能源装备产业园正式投产，这是西藏首个清洁能源装备产业基地。"


def test_title_is_the_line_above_the_byline():
    layout = classify(
        views(
            ("三省援藏干部人才同心凝聚合力", False, 0),
            ("来源：西藏日报", False, 1),
            (LONG, True, 1),
        )
    )
    assert layout.placements == ["title", "metadata", "body"]
    assert layout.fields == {"source": "西藏日报"}


def test_title_without_byline_is_the_first_short_line():
    layout = classify(views(("三省援藏干部人才同心凝聚合力", False, 0), (LONG, False, 1)))
    assert layout.placements == ["title", "body"]


def test_byline_at_the_foot_does_not_make_the_last_paragraph_a_title():
    layout = classify(views((LONG, False, 0), (LONG, False, 1), ("[ 责任编辑:李迪 ]", False, 0)))
    assert layout.placements == ["body", "body", "metadata"]


def test_unindented_sentences_among_indented_paragraphs_are_captions():
    layout = classify(
        views(
            ("标题在这里很短", False, 0),
            ("发布时间：2025-07-02", False, 1),
            ("湖南支援山南市第三小学打造一支教师队伍。", False, 2),
            (LONG, True, 1),
            (LONG, True, 1),
        )
    )
    assert layout.placements == ["title", "metadata", "caption", "body", "body"]


def test_heading_needs_an_article_begun_and_a_paragraph_after_it():
    layout = classify(
        views(
            ("一个标题在这里", False, 0),
            (LONG, False, 1),
            ("深耕产业援藏——激活经济新引擎", False, 1),
            (LONG, False, 1),
            ("三年援藏路一生雪域情", False, 1),
        )
    )
    assert layout.placements == ["title", "body", "heading", "body", "body"]


def test_caption_wording_wins_in_any_layout():
    layout = classify(
        views(
            ("标题在这里很短", False, 0),
            (LONG, False, 1),
            ("△ 警方抓获犯罪嫌疑人 通讯员供图", False, 1),
        )
    )
    assert layout.placements[2] == "caption"


def test_removed_lines_hold_their_place():
    layout = classify([None, *views(("标题在这里很短", False, 0), (LONG, False, 1))])
    assert layout.placements == ["blank", "title", "body"]


def test_agency_photo_credit_marks_a_caption_without_indentation():
    layout = classify(
        views(
            ("标题在这里很短", False, 0),
            (LONG, False, 1),
            ("7月1日，游客在景区游览。（新华社发）", False, 1),
            (LONG, False, 1),
        )
    )
    assert layout.placements == ["title", "body", "caption", "body"]


def test_a_taiwan_style_page_end_to_end():
    """Forms seen on ltn.com.tw: a (資料照) caption under the title, a read-on tool line
    between paragraphs, related-news lead, and a reprint notice at the foot."""
    from newsclean.pipeline import clean

    page = "\n".join(
        [
            "高雄鼓山男子墜樓身亡 現場無打鬥痕跡警釐清原因",
            "",
            "高雄鼓山男子墜樓身亡，現場無打鬥痕跡。(資料照)",
            "",
            "2025/04/28 16:53",
            "",
            "〔記者黃良傑／高雄報導〕高雄鼓山區一名男子今天自某華廈墜樓，墜落至某廟後方，"
            "經消防局救護車緊送醫搶救，仍告不治。",
            "",
            "請繼續往下閱讀...",
            "",
            "據了解，該寺廟後院今日上午7時許傳出一聲巨響，廟內工作人員赫然見到一名男子倒臥地上，"
            "119獲報立即趕到現場。",
            "",
            "相關新聞：北市國小教師校園墜樓亡 教育局啟動關懷機制",
            "",
            "本網站所有內容，未經授權不得轉載。",
        ]
    )
    doc = clean(page, convert="tw2s")
    assert doc.title == "高雄鼓山男子坠楼身亡 现场无打斗痕迹警厘清原因"
    assert doc.captions == ["高雄鼓山男子坠楼身亡，现场无打斗痕迹。(资料照)"]
    assert [r.reason for r in doc.removed] == ["nav", "nav"]
    assert doc.copyright == "本网站所有内容，未经授权不得转载。"
    assert len(doc.body) == 2


def test_a_story_about_copyright_keeps_its_paragraphs():
    layout = classify(
        views(
            ("短视频版权纠纷案一审宣判", False, 0),
            ("来源：法治日报", False, 1),
            ("法院认为，被告未经授权使用原告作品，侵犯其版权，应承担赔偿责任。", True, 1),
            (LONG, True, 1),
            ("新修订的著作权法明确，网络转载须取得著作权人授权，原创作品的版权受到保护。", True, 1),
            (LONG, True, 1),
            (LONG, True, 1),
        )
    )
    assert layout.placements == ["title", "metadata", "body", "body", "body", "body", "body"]


def test_a_date_line_above_the_headline_does_not_hide_the_title():
    """chinanews mirrors: the day's date, the crumbs, then the headline and its byline."""
    layout = classify(
        views(
            ("2007年10月29日 星期一", False, 0),
            ("平均年龄不到30 年轻研制团队托起中国嫦娥", False, 0),
            ("2007年10月29日 09:41 来源:《瞭望》新闻周刊", False, 0),
            (LONG, True, 1),
            (LONG, True, 1),
        )
    )
    assert layout.placements == ["metadata", "title", "metadata", "body", "body"]


# Headlines as Taiwan and Hong Kong sites print them: ！ or ？ joining two parts (udn.com,
# issue 10 item 9), a quoted sentence opening the headline (storystudio.tw, "「戒嚴時期跑
# 新聞的最大收獲，就是學會擺脫竊聽和跟蹤。」那些年，在黑夜中尋找星星的新聞人").
HEADLINES_WITH_MARKS = [
    "宜兰台风假图卡造假 代理县长不忍了！下令警加速处理",
    "台南木瓜台风过后大缺货！价格飙涨逾3倍 回稳至少要农历年后",
    "「戒严时期跑新闻的最大收获，就是学会摆脱窃听和跟踪。」那些年，在黑夜中寻找星星的新闻人",
    "COVID-19风暴的医疗伦理撞击：「没有呼吸器、也没病房了，你去问问病人要不要签DNR？」",
]
PARAGRAPHS = [
    "凤凰台风来袭，昨日与东北季风共伴效应带来惊人雨量，县政府昨晚九时许才宣布今日停班停课。",
    "县府表示，停班停课的讨论过程中确实有很多方案，但一切资讯应以县府对外发布的讯息为准。",
]


@pytest.mark.parametrize("headline", HEADLINES_WITH_MARKS)
def test_a_headline_with_sentence_marks_is_the_title_with_or_without_a_byline(
    headline: str,
) -> None:
    with_byline = classify(
        views(
            (headline, False, 0),
            ("2025-11-12 来源：联合报", False, 1),
            (PARAGRAPHS[0], False, 1),
            (PARAGRAPHS[1], False, 1),
        )
    )
    without = classify(
        views((headline, False, 0), (PARAGRAPHS[0], False, 1), (PARAGRAPHS[1], False, 1))
    )
    assert with_byline.placements[0] == "title"
    assert without.placements[0] == "title"


@pytest.mark.parametrize("headline", HEADLINES_WITH_MARKS)
def test_cleaning_the_text_rendering_again_keeps_such_a_title(headline: str) -> None:
    """Issue 10 item 9: the byline at the foot is the only metadata; the text rendering
    (title, blank line, paragraphs) has none, and the title must survive it."""
    page = "\n\n".join([headline, *PARAGRAPHS, "2025-11-12  来源：联合报"]) + "\n"
    first = clean(page)
    again = clean(render(first))
    assert first.title == headline
    assert (again.title, again.body) == (first.title, first.body)


def test_a_first_line_that_is_a_sentence_is_no_title() -> None:
    layout = classify(views(("县府今天宣布停班停课。", False, 0), (LONG, False, 1)))
    assert layout.placements[0] != "title"


def test_a_term_list_is_no_title() -> None:
    """A link list or tag line above the article (four or more short terms split by
    commas, bars or spaces), as hijacked mirror pages carry; 、 lists stay headlines."""
    assert is_term_list("轮盘机,久青草原,处女开苞,红宝石国际娱乐")
    assert is_term_list("卖号|代写论文|卖枪|天天彩票")
    assert not is_term_list("北京、上海、广州、深圳房价齐涨")
    assert not is_term_list("宜兰台风假图卡造假 代理县长不忍了！下令警加速处理")
    layout = classify(
        views(
            ("轮盘机,久青草原,处女开苞,红宝石国际娱乐", False, 0),
            ("闽清县融媒体中心今日挂牌成立", False, 1),
            (LONG, False, 1),
            (LONG, False, 1),
        )
    )
    assert layout.placements[:2] == ["removed", "title"]


def test_a_stack_of_unspaced_short_lines_is_no_title_on_a_spaced_page() -> None:
    """Link lists stacked above the article, one term a line, on a page whose paragraphs
    are spaced apart: the headline is the line standing alone under them."""
    stack = [("逍遥娱乐", False, 0), ("彩票选号机", False, 0), ("夜色城", False, 0)]
    spaced = [("两交通意外两人送院", False, 1), (LONG, False, 1), (LONG, False, 1)]
    # The pipeline hands a blank line over as None, counted in the next line's blanks_before.
    layout = classify([*views(*stack), None, *(v for line in spaced for v in (*views(line), None))])
    assert layout.placements[:5] == ["removed", "removed", "removed", "blank", "title"]
    # On a compact page (no line spaced from another) a stack says nothing.
    compact = classify(views(("三省援藏干部人才同心凝聚合力", False, 0), (LONG, False, 0)))
    assert compact.placements == ["title", "body"]


def test_a_source_on_the_line_under_the_time_is_the_source() -> None:
    """A byline split over two lines, the bare source under the time (gcs.gov.mo prints
    出版/发布 date then 新闻局(GCS); ftnn.com.tw the date then FTNN新聞網)."""
    layout = classify(
        views(
            ("行政长官委任行政会发言人", False, 0),
            ("出版：2025年01月08日 星期三", False, 1),
            ("新闻局(GCS)", False, 1),
            (LONG, False, 1),
        )
    )
    assert layout.placements == ["title", "metadata", "metadata", "body"]
    assert layout.fields["source"] == "新闻局(GCS)"
    # Under a byline that named its source, the media name alone is still no paragraph
    # (round 31: the clean text leaves the byline out, and a second cleaning read the name
    # right under the headline as the source line); the byline's source stands.
    other = classify(
        views(
            ("行政长官委任行政会发言人", False, 0),
            ("2025-01-08 来源：澳门日报", False, 1),
            ("新闻局", False, 1),
            (LONG, False, 1),
        )
    )
    assert other.fields["source"] == "澳门日报"
    assert other.placements[2] == "metadata"


def test_a_paragraph_spaced_from_captions_above_but_not_below_is_body() -> None:
    """Captions stand apart on both sides; the first paragraph under a caption block is
    spaced from it but set close to the paragraphs under it (hkcna.hk feature layout)."""
    caption = "2022年端午时，李家超接受中通社专访。（香港中通社图片）"
    first = "夏至，香港上亚厘毕道的礼宾府，一片绿意。再过九天，特首上任将满周年。"
    page = [
        ("通说：夏至·追时间的特首", False, 0),
        ("（香港中通社记者洪少葵摄）", False, 1),
        (caption, False, 1),
        (first, False, 1),
        *[(LONG, False, 0)] * 5,
    ]
    placements = classify(views(*page)).placements
    assert placements[1:4] == ["caption", "caption", "body"]


# Page heads as real pages print them above the article (title.py's model): each row is
# the head's lines, the title and site newsclean must read, and where the head was seen.
# The paragraphs under each head are PARAGRAPHS above.
HEADS = [
    pytest.param(
        ["李乃胜:提升海洋文化意识 感悟海洋文化内涵 | 海洋经济"],
        "李乃胜:提升海洋文化意识 感悟海洋文化内涵 | 海洋经济",
        None,
        id="column-after-bar-is-no-site",  # http://www.hycfw.com/Article/216939
    ),
    pytest.param(
        ["新华网评:网络谣言,这个毒瘤必须摘除", "作者:张淳"],
        "新华网评:网络谣言,这个毒瘤必须摘除",
        None,
        id="author-line-under-the-headline",  # https://www.outputnews.com/2011/huanqiu/news_2011_10_01_1339509
    ),
    pytest.param(
        ["2021年5月31日星期一", "中国民众致信世卫组织 要求彻查美军德特里克堡基地(视频+图片)"],
        "中国民众致信世卫组织 要求彻查美军德特里克堡基地(视频+图片)",
        None,
        id="date-line-above-and-no-byline-under",  # https://chinafanxiejiao.blogspot.com/2021/05/
    ),
    pytest.param(
        [
            "2025年1月4日 星期六",
            "印度已向北京表达对西藏水电大坝计划的担忧",
            "印度已向北京表达对西藏水电大坝计划的担忧",
        ],
        "印度已向北京表达对西藏水电大坝计划的担忧",
        None,
        id="headline-printed-twice",  # epochtimes mirror (page <title> and h1), public-page search
    ),
    pytest.param(
        ["特稿:中国战“疫”五字诀******", "新华社记者"],
        "特稿:中国战“疫”五字诀",
        None,
        id="decoration-after-the-headline",  # http://hamburger.guanzhoutuanjian.com/4021320/pinkchuang.html
    ),
    pytest.param(
        ["2025-11-12 来源：联合报", "宜兰台风假图卡造假 代理县长不忍了！下令警加速处理"],
        "宜兰台风假图卡造假 代理县长不忍了！下令警加速处理",
        None,
        id="byline-above-the-headline",  # udn e-paper copies print the date line first
    ),
    pytest.param(
        ["三年援藏路 一生雪域情", "——记湖南援藏干部的三年", "2025-07-02 来源：西藏日报"],
        "三年援藏路 一生雪域情",
        None,
        id="dek-with-a-dash-under-the-headline",  # people.com.cn / tibet.cn feature heads (——记…)
    ),
    pytest.param(
        [
            *("聯合電子報", "2023/02/11 第8072期 | 訂閱/退訂 | 看歷史報份", "今日頭條", "專題"),
            *("話題", "要聞", "焦點新聞", "政治新聞", "社會新聞", "今日頭條"),
            *("夏王會 促兩岸交流正常化", "特派記者賴錦宏/北京報導聯合報"),
        ],
        "夏王会 促两岸交流正常化",
        "联合电子报",
        id="e-paper-menu-above-the-headline",  # https://amysidvtw.blogspot.com/2023/02/blog-post_10.html
    ),
    pytest.param(
        ["新华网", "习近平同巴西总统卢拉举行会谈"],
        "习近平同巴西总统卢拉举行会谈",
        "新华网",
        id="site-name-above-the-headline",  # xinhuanet.com mirrors print the site's name first
    ),
    pytest.param(
        ["习近平同巴西总统卢拉举行会谈-新华网", "2025-05-13 来源：新华网"],
        "习近平同巴西总统卢拉举行会谈",
        "新华网",
        id="site-after-a-dash",  # xinhuanet.com page <title>: headline-新华网
    ),
    pytest.param(
        ["印度已向北京表达对西藏水电大坝计划的担忧｜大纪元"],
        "印度已向北京表达对西藏水电大坝计划的担忧",
        "大纪元",
        id="site-after-a-full-width-bar",  # epochtimes.com page <title>: headline｜大纪元
    ),
    pytest.param(
        ["凤凰台风来袭 宜兰今日停班停课_网易新闻"],
        "凤凰台风来袭 宜兰今日停班停课",
        "网易新闻",
        id="site-after-an-underscore",  # 163.com page <title>: headline_网易新闻
    ),
    pytest.param(
        ["两交通意外两人送院｜香港01｜社会新闻"],
        "两交通意外两人送院",
        "香港01",
        id="site-and-section-after-bars",  # hk01.com page <title>: headline｜香港01｜社會新聞
    ),
    pytest.param(
        ["COVID-19风暴的医疗伦理撞击：「没有呼吸器、也没病房了，你去问问病人要不要签DNR？」"],
        "COVID-19风暴的医疗伦理撞击：「没有呼吸器、也没病房了，你去问问病人要不要签DNR？」",
        None,
        id="dash-inside-the-headline",  # storystudio.tw headline
    ),
]


@pytest.mark.parametrize(("head", "title", "site"), HEADS)
def test_the_title_of_a_page_head(head: list[str], title: str, site: str | None) -> None:
    document = clean("\n\n".join([*head, *PARAGRAPHS]) + "\n")
    assert (document.title, document.site) == (title, site)
    # The head's lines are metadata, furniture or the title; a dek (——记…) opens the body.
    assert [line for line in document.body if not line.startswith("——")] == PARAGRAPHS


def test_a_dateline_lead_under_a_byline_is_no_title() -> None:
    """参考消息网2026-03-04号报道 under the byline opens the article (fixtures/002)."""
    document = clean(
        "\n\n".join(["2026-03-04 来源:参考消息网", "参考消息网3月4日报道", *PARAGRAPHS])
    )
    assert document.title is None
    assert document.body[0] == "参考消息网3月4日报道"


def test_a_media_name_alone_under_the_headline_is_the_source() -> None:
    """news.gov.hk prints the headline, then 香港政府新聞網 alone, then the article; the
    same line under a byline that named its source is metadata too (round 31: the clean
    text leaves the byline out, and a second cleaning read it so), the byline's source
    standing; a short line later stays text."""
    layout = classify(
        views(
            ("五人或七人足球場並無供過於求", False, 0),
            ("香港政府新聞網", False, 1),
            (LONG, False, 1),
        )
    )
    assert layout.placements == ["title", "metadata", "body"]
    assert layout.fields["source"] == "香港政府新聞網"
    named = classify(
        views(
            ("五人或七人足球場並無供過於求", False, 0),
            ("2025-01-08 来源：澳门日报", False, 1),
            ("新华网", False, 1),
            (LONG, False, 1),
        )
    )
    assert named.fields["source"] == "澳门日报"
    assert named.placements[2] == "metadata"
    later = classify(
        views(
            ("五人或七人足球場並無供過於求", False, 0),
            (LONG, False, 1),
            ("新华网", False, 1),
            (LONG, False, 1),
        )
    )
    assert "source" not in later.fields


def test_a_credit_closing_the_last_paragraph_names_the_author() -> None:
    """hebnews.cn and xinhuanet close the article with the reporter: …城市内涝。(记者 崔虹)."""
    page = (
        "今天下午到夜间 省会将有强降雨\n\n2016年07月19日  河北新闻网\n\n"
        "    最近,阴雨天气一直“赖”在省会不舍得离开。昨天,记者从市气象台了解到,"
        "今明两天,省会又将迎来一场强度较大的降雨。\n\n"
        "    对于此次降雨,市气象台昨天18时40分发布了暴雨蓝色预警信号,"
        "提醒市民外出时携带雨具。(记者 崔虹)\n"
    )
    doc = clean(page)
    assert doc.author == "崔虹"
    assert doc.body[-1].endswith("(记者 崔虹)")  # the credit stays in its paragraph
    # a bracket of prose that ends with a role character names nobody
    prose = page.replace("(记者 崔虹)", "(据记者了解到)")
    assert clean(prose).author is None


PARA_H = "最近,阴雨天气一直在省会不舍得离开。昨天,记者从石市气象台了解到,省会又将迎来降雨。"


def test_a_page_title_above_a_different_headline_is_furniture():
    """A hijacked page's stolen <title> (headline-channel-site) above the mirrored
    article's <h1>: the <h1> heads the page.  The <title> above the same headline is its
    repeat; a <title> line with a paragraph under it stays the title."""
    stolen = "新聞360》藍綠白「決戰中間選民」！學者分析「這件事」會繼續發酵-政治-自由時報電子報"
    doc = clean(f"{stolen}\n\n今天下午到夜间 省会将有强降雨\n\n{PARA_H}\n")
    assert doc.title == "今天下午到夜间 省会将有强降雨"
    assert [r["reason"] for r in doc.to_dict()["removed"]] == ["nav"]
    same = clean(f"省会将有强降雨_河北新闻网\n\n省会将有强降雨\n\n{PARA_H}\n")
    assert same.title == "省会将有强降雨"
    alone = clean(f"今天下午到夜间省会将有强降雨_河北新闻网\n\n{PARA_H}\n")
    assert alone.title == "今天下午到夜间省会将有强降雨"
    assert alone.body == [PARA_H]


def test_a_media_name_alone_over_the_article_is_its_source_not_its_title() -> None:
    """A copied 東方日報 story printed the paper's name alone over the first paragraph:
    a media name names no event, so the page has no headline and the name is its source;
    a real headline under a site's name stays the title."""
    para = (
        "(吉隆坡8日訊)儘管南海爭議引起中國與數個東南亞國家的神經緊繃,"
        "但中國駐馬來西亞大使則形容,大馬的外交態度最為友善。"
    )
    doc = clean(f"東方日報\n\n{para}\n")
    assert (doc.title, doc.source) == (None, "东方日报")
    headed = clean(f"東方日報\n\n中國大使讚大馬外交態度友善\n\n{para}\n")
    assert headed.title == "中国大使赞大马外交态度友善"


def test_a_byline_with_the_page_tools_glued_on_is_a_byline() -> None:
    """zaobao-style foot line 来源: 联合早报  【字号 】【打印】【关闭: the label and value make it a
    byline; a tool row with a label and no value (分享到：微信 微博, 字级:) stays furniture."""
    assert line_verdict("来源: 联合早报  【字号 】【打印】【关闭")[2].fields == {
        "source": "联合早报"
    }
    for tools in ("分享到：微信 微博", "字级:", "首页 > 新闻 > 正文"):
        assert line_verdict(tools)[0] is not None, tools


# Round 40 (review mend): an English link label with its colon over a numbered list heads
# the article's references (``Sources:`` matched the link label ``source`` of nav_terms).
def test_sources_over_a_numbered_reference_list_stays() -> None:
    from park_article import HEADLINE, PARAGRAPHS, page_of

    refs = ["Sources:", "1. World Health Organization. Global report on diabetes. Geneva, 2016."]
    document = clean(page_of(HEADLINE, *PARAGRAPHS, *refs))
    assert [r.placement for r in document.lines if r.original in refs] == ["body", "body"]
    alone = clean(page_of(HEADLINE, *PARAGRAPHS, "Sources:", "分享到"))
    assert [r.placement for r in alone.lines if r.original == "Sources:"] == ["removed"]

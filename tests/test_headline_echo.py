"""A headline speaks of its article (``title.echoes``, used by
``page_head.find_title`` on pages with no byline under the headline).

Real text: the Xinhua report on the Zhongxing-20 launch (2003-11-15) and a Hong Kong
government press release, as mirrors print them; the lines above them are the kinds of
head junk seen on mirror pages (a related-link item of another story, a search-keyword
line, a pager)."""

import pytest

from newsclean import clean
from newsclean.filters.title import echoes

ARTICLE = (
    "“中星”20号通信卫星发射成功\n\n"
    "  新华社西昌11月15日电(记者田兆运)15日零时01分,我国自行研制的“中星”20号通信卫星"
    "在西昌卫星发射中心由“长征”三号甲运载火箭发射升空。\n\n"
    "  “中星”20号是实用型地球同步通信卫星,卫星质量为2.3吨,可以实现不同频段、不同区域"
    "之间的互联互通。\n\n"
    "  火箭升空25分钟后,西安卫星测控中心传来的数据表明,卫星已顺利进入预定轨道。\n"
)


@pytest.mark.parametrize(
    "above",
    [
        "• 华妇布碌仑地铁站遭恶少攻击(图)",  # a related link: another story's headline
        "六月婷婷丁香 每小时新闻数量",  # a keyword line with a word the article may use
        "在本页阅读全文(共19页)",  # a pager
    ],
)
def test_a_line_that_speaks_of_another_story_does_not_head_the_article(above: str) -> None:
    document = clean(f"{above}\n\n{ARTICLE}")
    assert document.title == "“中星”20号通信卫星发射成功"
    assert not any(above in line for line in document.body)


def test_of_several_lines_above_the_article_the_one_that_speaks_of_it_heads() -> None:
    head = "免费色站是什么\n\n• 华妇布碌仑地铁站遭恶少攻击(图)\n\n"
    assert clean(head + ARTICLE).title == "“中星”20号通信卫星发射成功"


def test_a_headline_sharing_a_single_word_with_its_article_stays_the_headline() -> None:
    """A short feature headline names the article with one word (西螺): it heads, and a
    longer line under it that repeats more of the article is its dek, not the headline."""
    page = (
        "原汁原味 西螺制造\n\n"
        "百年酱油老店的传承\n\n"
        "  走进西螺老街,酱油的香气扑鼻而来,这家百年老店至今仍以古法酿造,"
        "每一缸酱油都要晒足一百二十天。\n\n"
        "  老店第四代传人说,酱油的味道来自时间,急不得。\n"
    )
    assert clean(page).title == "原汁原味 西螺制造"


def test_a_headline_that_shares_nothing_still_heads_when_no_line_does() -> None:
    """A headline in images (同心凝聚合力) may share no pair with the article: with no
    other candidate it is still the headline."""
    page = (
        "同心凝聚合力\n\n"
        "  湖北、湖南、安徽三省援藏干部人才到山南市工作以来,积极推动各项援藏项目落地。\n\n"
        "  援藏干部表示,将继续发挥桥梁纽带作用。\n"
    )
    assert clean(page).title == "同心凝聚合力"


def test_of_several_lines_the_one_sharing_most_heads_not_a_byline_name() -> None:
    """A reporter's name under a keyword line shares its one pair with the article's
    credit; the headline shares many."""
    head = "免费色站是什么\n\n“中星”20号通信卫星发射成功\n\n田兆运\n\n"
    assert clean(head + ARTICLE.split("\n", 2)[2]).title == "“中星”20号通信卫星发射成功"


def test_the_echo_counts_pairs_of_han_characters() -> None:
    article = "新华社西昌11月15日电 我国自行研制的通信卫星发射升空"
    assert echoes("通信卫星发射成功", article) == 5  # 通信 信卫 卫星 星发 发射
    assert echoes("华妇布碌仑地铁站遭恶少攻击", article) == 0
    assert echoes("CCTV 2024", article) == 0  # no Han pair: no evidence
    assert echoes("卫星卫星", article) == 1  # distinct pairs: 卫星 once (星卫 not held)


def test_a_desk_name_a_byline_hangs_under_gives_way_to_the_echoed_headline() -> None:
    """Round 16: the line a byline hangs under shares one pair (记者) with the article;
    the headline above it, which the article echoes, heads."""
    from newsclean import clean

    headline = "三省援藏干部推动援藏项目落地"
    page = (
        f"{headline}\n\n名誉记者团\n\n2024-05-01 10:00\n\n"
        "  本报记者获悉,湖北、湖南、安徽三省援藏干部人才到山南市工作以来,"
        "积极推动各项援藏项目落地。\n\n"
        "  援藏干部表示,将继续发挥桥梁纽带作用。\n"
    )
    assert clean(page).title == headline


def test_a_site_name_no_list_knows_is_cut_when_the_article_never_prints_it() -> None:
    """Round 16 (``head_echo.site_suffix``): the tail after a separator the paragraphs
    never print, under a headline they echo, is the site's; an echoed tail stays."""
    from newsclean import clean

    body = (
        "\n\n  湖北、湖南、安徽三省援藏干部人才到山南市工作以来,积极推动各项援藏项目落地,"
        "第二批项目已经开工。\n\n  援藏干部表示,将继续发挥桥梁纽带作用。\n"
    )
    assert clean("三省援藏干部推动项目落地-某某速讯" + body).title == "三省援藏干部推动项目落地"
    kept = "三省援藏干部推动项目落地 - 第二批项目开工"
    assert clean(kept + body).title == kept


def test_a_tail_as_long_as_the_head_before_it_is_no_site_name() -> None:
    """Round 34: a site's name is shorter than the headline it follows; a headline after a
    short term and a dash (the title a first cleaning printed) keeps its tail."""
    body = (
        "\n\n  警方表示,近日有人在网上兜售身份证件生成服务,市民切勿上当。\n\n"
        "  警方提醒市民,身份证件如有遗失应尽快报案。\n"
    )
    headline = "证件生成-商场加强停车场保安巡逻"
    assert clean(headline + body).title == headline


# Round 17: a column's label over an article it never names is no headline.
LONG_ARTICLE = "\n\n".join(ARTICLE.split("\n\n")[1:])


@pytest.mark.parametrize("label", ["每周热话", "編輯推介", "今日焦点"])  # 2 and 3 invented
def test_a_column_label_the_article_never_names_does_not_head(label: str) -> None:
    document = clean(f"{label}\n\n{LONG_ARTICLE}")
    assert document.title is None
    assert not any(label in line for line in document.body)


def test_a_short_headline_the_article_echoes_still_heads() -> None:
    assert clean(f"卫星发射成功\n\n{LONG_ARTICLE}").title == "卫星发射成功"


def test_a_short_headline_over_a_short_article_stays() -> None:
    page = "春风十里\n\n  他走在路上,想起了故乡的山和水。\n"
    assert clean(page).title == "春风十里"


def test_a_headline_of_one_word_the_article_is_about_stays() -> None:
    # round 28: one word heads an essay about it, which prints it again and again (卫星 ×6)
    assert clean(f"卫星\n\n{LONG_ARTICLE}").title == "卫星"


@pytest.mark.parametrize(
    "head",
    [
        "即时新闻\n\n最新",  # sczaobao.com's section and its tab (2 lines)
        "勵志\n\n勵志人生知識庫",  # zeelive.com.tw's category and the site named after it
        "生活\n\n生活最新",  # the same mirror's 生活 section, its tab glued
        "标题",  # a template's placeholder word the article never prints
    ],
)
def test_a_section_word_is_no_headline(head: str) -> None:
    # round 28: one word names no event; a line opening with the word stacked over it is
    # the category and the site or tab named after it
    document = clean(f"{head}\n\n{LONG_ARTICLE}")
    assert document.title is None
    assert not any(line in head for line in document.body)


# Round 20: a site's self-description (a short noun phrase ending in a site word) over an
# article it names nothing of is no headline; a headline about a website, echoed, heads.
@pytest.mark.parametrize(
    "line",
    [
        "AI人工智能报道资讯网站",  # the round-19 form
        "华人财经资讯门户网站",  # invented
        "全球航天爱好者交流平台",  # invented
        "海外华文新闻聚合网",  # invented
    ],
)
def test_a_site_describing_itself_does_not_head(line: str) -> None:
    document = clean(f"{line}\n\n{LONG_ARTICLE}")
    assert document.title is None
    assert not any(line in paragraph for paragraph in document.body)


def test_a_headline_about_a_website_the_article_echoes_heads() -> None:
    headline = "卫星测控中心数据网站"  # ends in a site word, but the article names its words
    assert clean(f"{headline}\n\n{LONG_ARTICLE}").title == headline


def test_a_headline_about_a_website_with_its_own_story_heads() -> None:
    headline = "国家反诈举报网站今日上线"
    story = (
        "  本报北京3月2日电 国家反诈中心的举报网站今日正式上线,市民可以在网站上举报诈骗"
        "电话、短信和网址。公安部有关负责人介绍,举报网站上线后,群众举报的线索将在二十四"
        "小时内分派到各地公安机关核查,上线首日已收到举报线索三千余条,其中诈骗网址一千余个,"
        "均已转交有关部门处理,相关网站已被依法关停。\n"
    )
    assert clean(f"{headline}\n\n{story}").title == headline


# Round 24: a label-sized line of 3 to 8 Han letters, Latin, digits or marks beside them
# but no clause mark, that an article of 120 Han letters or more never echoes: no headline.
@pytest.mark.parametrize(
    "label",
    [
        "路 孚 特",  # https://www.frostchina.com/content/news/detail/68d4ac3df3453aa11b0b233e
        "新视听",  # https://wxredian.com/art?id=9c0b24b4af352f3e9f1cd648541a9705 (its column)
        "打印本页 关闭",  # http://hnr.cn/news/xwgqtj/201503/t20150302_1857612.html
        "由 AI 自動生成",  # https://tw.voicetube.com/videos/179313 (the round-23 row)
    ],
)
def test_a_label_the_article_never_echoes_does_not_head(label: str) -> None:
    document = clean(f"{label}\n\n{LONG_ARTICLE}")
    assert document.title is None
    assert not any(label in line for line in document.body)


@pytest.mark.parametrize(
    "headline",
    [
        "WordPress数据结构分析",  # lidatong.com.cn: its article names 数据 and 结构
        "卫星已顺利入轨",  # invented: echoed by one pair (卫星)
    ],
)
def test_a_short_headline_echoed_or_too_short_to_judge_still_heads(headline: str) -> None:
    article = LONG_ARTICLE + "\n  数据库的结构由十个表组成,WordPress把数据分开存放。\n"
    assert clean(f"{headline}\n\n{article}").title == headline


# Round 24: the headline printed bare and again with a writing farm's label glued after
# it (https://www.1mishu.com/haowen/161934.html: 澳门游记 / 澳门游记范文第1篇): the bare
# line heads, the labelled copy is furniture.
@pytest.mark.parametrize("label", ["范文第1篇", "精选范文", "(组图)"])
def test_the_headline_printed_bare_heads_over_its_copy_with_a_label(label: str) -> None:
    headline = "“中星”20号通信卫星发射成功"
    document = clean(f"{headline}{label}\n\n{headline}{label}\n\n{ARTICLE}")
    assert document.title == headline
    assert not any(label in line for line in document.body)


@pytest.mark.parametrize("credits", ["中国报 | ", "王小明 | 南方日报 | "])
def test_the_bare_copy_with_the_byline_s_items_glued_before_it_heads(credits: str) -> None:
    # Round 39: the labelled copy over the headline printed with the byline's items glued
    # before it (马华促警提高阿罗街戒备范文第1篇 / 中国报 | 马华促警提高阿罗街戒备).
    headline = "“中星”20号通信卫星发射成功"
    document = clean(f"{headline}范文第1篇\n\n{credits}{headline}\n\n{ARTICLE}")
    assert document.title == headline
    assert document.source == credits.split(" | ")[-2]
    assert not any("范文" in line for line in document.body)


def test_a_headline_with_a_dek_the_article_echoes_keeps_it() -> None:
    # the longer line's tail is the article's own words: no label, the first line heads
    headline = "“中星”20号通信卫星发射成功"
    longer = f"{headline} 卫星进入预定轨道"
    assert clean(f"{longer}\n\n{headline}\n\n{ARTICLE}").title == longer


# Round 24: a writer's name alone where the headline stands, credited by the article's
# first paragraph, is its author, not its headline; a name the article is about heads.
def test_a_credited_writer_s_name_alone_is_the_author_not_the_headline() -> None:
    # https://www.wenweipo.com/a/202603/03/AP69a6885de4b04d7d56d63e16.html
    page = (
        "馬曉芳\n\n(香港文匯網記者 馬曉芳)今天下午3點,全國政協十四屆四次會議新聞發布會在人民"
        "大會堂一層新聞發布廳舉行。大會新聞發言人劉結一向中外媒體介紹本次大會有關情況並回答"
        "記者提問。會前,中外記者雲集。\n"
    )
    document = clean(page)
    assert not document.title
    assert document.author == "马晓芳"


def test_a_name_the_article_is_about_stays_the_headline() -> None:
    # http://3l9m6z.cn/content/2005-07/06/content_5014698.htm (its profile, no credit)
    page = (
        "趙啟正\n\n1940年1月生,北京市人。1963年畢業于中國科學技術大學近代物理系。曾在核工業部"
        "第二研究設計院、航天部上海廣播器材廠工作二十年,任教授級高級工程師、副廠長等。\n"
    )
    assert clean(page).title == "赵启正"


PARAGRAPHS_ONLY = ARTICLE.split("\n\n", 1)[1]


@pytest.mark.parametrize(
    "question",
    [
        # xkcm-video.com/date-2026-1-4.html: a farm's hook and question over copied text
        "这才是关键:粉丝群的公告为什么总是闹矛盾?其实跟平台规则有关",
        # abg.baidu.com/tags/…: a tag page's question, printed over whatever it lists
        "为什么很多人喜欢在背后对别人说三道四?",
        # the same farm's pattern with a spam keyword in quotes (round 24's held-out page)
        "不热门但很关键:为什么“大陆免费黄站”总和信息污染一起出现?",
    ],
)
def test_a_search_farm_s_question_the_article_never_echoes_is_no_headline(question: str) -> None:
    document = clean(f"{question}\n\n{PARAGRAPHS_ONLY}")
    assert document.title != question
    assert any("中星" in paragraph for paragraph in document.body)


def test_a_question_headline_its_article_answers_stays() -> None:
    # lequ7.com/shen-ru-sou-suo-yin-qing-yuan-li.html: a question heading and its answer
    page = (
        "为什么需要搜索引擎?\n\n"
        "本文要讲的搜索引擎,是通常意义上的全文搜索引擎、垂直搜索引擎的普遍原理,比如 Google、"
        "Baidu,天猫搜索商品、口碑搜索美食、飞猪搜索酒店等。\n\n"
        "Lucene 是非常出名且高效的全文检索工具包,ES 和 Solr 底层都是使用的 Lucene,本文的大部分"
        "原理和算法都会以 Lucene 来举例介绍。\n\n"
        "看一个实际的例子:如何从一个亿级数据的商品表里,寻找名字含“秋裤”的 商品。答案是搜索,"
        "会事先 build 一个倒排索引,通过词法语法分析、分词、构建词典、构建倒排表、压缩优化等操作"
        "构建一个索引,查询时通过词典能快速拿到结果。这既能解决全文检索的问题。\n"
    )
    assert clean(page).title == "为什么需要搜索引擎?"


# Round 42 (head harvest, half A): http://tcuda.com/info/1019/5391.html, a hospital's news
# page: the headline, its labelled byline, then a subtitle naming the event the headline hails.
HOSPITAL_PAGE = (
    "医院新闻\n\n当前位置: 首页医院动态医院新闻正文\n\n关爱弱势群体 奉献一片爱心\n\n"
    "发布日期:2006-05-22    作者:     来源: 6163am银河线路      点击:\n\n"
    "市人民医院举行“全国助残日”大型义诊活动\n\n"
    "为迎接全国第十六次“5•21助残日”的到来,市人民医院于5月20日上午组织普外科、儿科、"
    "口腔科等十多名专家到六堰广场为市民进行免费义诊。\n\n"
    "据了解,今年全国助残日的宣传口号是“真实的了解、真挚的关爱”。十堰市残疾人联合会主办的"
    "首届“助残杯”摄影大赛暨助残文艺演出活动也在当天举行。\n"
)


def test_a_subtitle_under_the_labelled_byline_is_no_rival_of_the_headline() -> None:
    document = clean(HOSPITAL_PAGE)
    assert document.title == "关爱弱势群体 奉献一片爱心"
    assert "市人民医院举行“全国助残日”大型义诊活动" in document.body


def test_a_line_the_article_echoes_above_the_byline_still_heads() -> None:
    # the same page with the subtitle over the byline: it is the line the byline hangs
    # under, nearer the article than the slogan above it, and heads
    byline = "发布日期:2006-05-22    作者:     来源: 6163am银河线路      点击:\n\n"
    subtitle = "市人民医院举行“全国助残日”大型义诊活动\n\n"
    page = HOSPITAL_PAGE.replace(byline + subtitle, subtitle + byline)
    assert clean(page).title == "市人民医院举行“全国助残日”大型义诊活动"

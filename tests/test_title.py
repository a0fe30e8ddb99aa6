"""The headline shape (``filters/title.py``) and the head decision it feeds (``page_head.py``)."""

import pytest

from newsclean import clean
from newsclean.filters.head_lists import is_bullet_row
from newsclean.filters.head_search import is_field_line, is_open_label
from newsclean.filters.site_speech import is_tool_row, page_speech, speech
from newsclean.filters.structure import LineView
from newsclean.filters.title import (
    is_labelled_byline,
    is_labelled_record,
    is_page_counter,
    is_term_list,
    is_title_shaped,
    list_runs,
    wire_title,
    without_tool_links,
)
from newsclean.render import render

HEAD_ONLY = (
    "汇聚起强大的主流思想舆论力量\n\n\n\n  人民日报社:\n\n  唱响众志成城抗击疫情最强音\n"
    "2020-03-09  来源: 学习时报 作者:\n"
)


def test_a_head_with_no_article_under_it_names_no_title() -> None:
    """Found by tests/test_properties.py on a mutated fixtures/001 page: the headline
    above the byline was taken and the lines above it removed; its text rendering, one
    line, came back as a body paragraph.  With no article there is no title to name, and
    every line stays on the page."""
    document = clean(HEAD_ONLY)
    assert document.title is None
    assert document.body == [
        "汇聚起强大的主流思想舆论力量",
        "人民日报社:",
        "唱响众志成城抗击疫情最强音",
    ]
    assert document.source == "学习时报"
    again = clean(render(document))
    assert ([again.title] if again.title else []) + again.body == document.body


def test_the_same_head_over_an_article_names_its_title() -> None:
    document = clean(
        HEAD_ONLY + "\n  疫情防控阻击战打响以来，各级媒体坚守舆论阵地，记录下无数感人瞬间。\n"
    )
    assert document.title == "唱响众志成城抗击疫情最强音"


# The headline model: words about an event; a line printing the page's own numbers is
# furniture (title.is_page_counter), passed over like a list.
ARTICLE = (
    "\n\n昨日，知名媒体记者集中采访公租房、交巡警平台，感受重庆居民的幸福生活。\n\n"
    "“黄大姐，你家是哪栋，我们到你家看一下行不行？”记者们走进公租房小区。\n"
)


@pytest.mark.parametrize(
    "furniture",
    [
        "已阅读5页,还剩14页未读 继续免费阅读",  # a document site's pager (tool-pages-read-free)
        "2023/02/11 第8072期 | 订阅/退订 | 看历史报份",  # an e-paper's issue row
        "2024年05月20日 第1234期",  # an issue line without bars
        "共3页 第1页",
    ],
)
def test_a_line_of_page_numbers_is_no_headline(furniture: str) -> None:
    assert is_page_counter(furniture)
    document = clean(furniture + "\n\n重庆居民感受到的幸福很真实" + ARTICLE)
    assert document.title == "重庆居民感受到的幸福很真实"


@pytest.mark.parametrize(
    "label",
    [
        "· 读懂广州第一六六期 ·",  # a column's issue label between dots
        "【重庆周刊 第128期】",  # invented
        "◆读懂重庆 第23期◆",  # invented
    ],
)
def test_an_issue_label_under_the_headline_does_not_head(label: str) -> None:
    assert is_page_counter(label)
    headline = "记者集中采访公租房感受幸福生活"  # the article echoes it and the label
    document = clean(headline + "\n\n" + label + ARTICLE)
    assert document.title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "县政府宣布今日停班停课 | 国内 | 新华网",  # a site suffix, no page number
        "5页报告揭示全球供应链风险",  # one number of pages is the news
        "第30期全国青年干部培训班开班",  # an issue number without a date
        "第十五届运动会开幕",  # round 19: an edition, no issue label
        "第三期工程今日竣工",  # an issue goes on past its number: the news
        "读书会举办了第3期",  # a verb in the name: a sentence
        "2024年全国两会 | 代表委员热议新质生产力",  # a year, not a date, and two items
    ],
)
def test_headlines_with_numbers_stay_headlines(headline: str) -> None:
    assert not is_page_counter(headline)
    assert is_title_shaped(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "赢彩王-赢彩王",  # a hijacked page's keyword echoed around a dash
        "何记娱乐_何记娱乐",
        "--- 国家市场监督管理总局主管 ---",  # a masthead banner between dashes
        "===专题报道===",
        "旧版网站入口",  # a place of the site
        "返回首页",
        "🏢某某下载🏣",  # one keyword framed by pictographs: a banner, no event
    ],
)
def test_a_line_where_the_page_speaks_of_itself_is_no_headline(furniture: str) -> None:
    assert speech(furniture) is not None
    assert not is_title_shaped(furniture)
    document = clean(furniture + "\n\n重庆居民感受到的幸福很真实" + ARTICLE)
    assert document.title == "重庆居民感受到的幸福很真实"


@pytest.mark.parametrize(
    "headline",
    [
        "中美贸易战 - 第二轮谈判开始",  # two different segments around a dash
        "香港收藏家分享藏品",  # a tool verb inside a headline of one piece
        "分享经济 收藏文化",  # tool verbs, but no item is a tool
        "大运中国女足力克日本队 18年后再度夺冠",  # two long spaced halves
        "深圳湾口岸新入口今日启用",  # 入口 inside, not at the end of a short line
        "——记湖南援藏干部的三年",  # a dek opens with a dash but does not close with one
        "德发娱乐 - 新华网",  # a headline and its site
        "🔥重磅！某地宣布新政",  # a pictograph opens it, frames no single term
        "🎉 新年晚会圆满落幕 🎉",  # framed, but words with a space: an event
    ],
)
def test_headlines_that_share_a_shape_with_tool_lines_stay_headlines(headline: str) -> None:
    assert speech(headline) is None


@pytest.mark.parametrize("row", ["我来说两句 打印文章 发送给好友", "【字号 】【打印】【关闭"])
def test_a_row_of_tool_items_is_no_headline(row: str) -> None:
    assert is_tool_row(row) and not is_title_shaped(row)


@pytest.mark.parametrize("line", ["分享经济 收藏文化", "打开窗口 通风换气"])
def test_a_real_line_shaped_like_a_tool_row_is_not_taken_for_the_header(line: str) -> None:
    document = clean("赢彩王-赢彩王\n\n" + line + ARTICLE)
    assert any(line == paragraph for paragraph in document.body) or document.title == line


def test_dash_split_lists_of_five_terms_are_no_headline() -> None:
    assert is_term_list("德发娱乐-华斯顿娱乐-大陆免费黄站-刻章办-免费色站")
    assert not is_term_list("暴雨来袭_社会_新浪网")  # a headline and its site path


def test_a_headless_page_drops_its_header_down_to_the_echoed_keyword() -> None:
    page = "赢彩王-赢彩王\n赢彩王2023-01-31 16:05\n赢彩王\n" + ARTICLE
    document = clean(page)
    assert document.title is None
    assert document.published_at is None and document.source is None
    assert not any("赢彩王" in paragraph for paragraph in document.body)


def test_the_headline_stands_under_a_disclaimer_printed_above_the_article() -> None:
    document = clean(
        "他的个人观点仅供读者参考，不代表本网立场。\n\n重庆居民感受到的幸福很真实" + ARTICLE
    )
    assert document.title == "重庆居民感受到的幸福很真实"


def test_a_first_paragraph_is_not_passed_over_as_a_disclaimer() -> None:
    document = clean(
        "昨日，知名媒体记者集中采访公租房、交巡警平台，感受重庆居民的幸福生活。\n\n"
        "记者们走进公租房小区\n\n“黄大姐，你家是哪栋，我们到你家看一下行不行？”记者问。\n"
    )
    assert document.title is None or document.title != "记者们走进公租房小区"


def test_a_citation_of_where_the_text_ran_is_passed_over_for_the_headline() -> None:
    """Round 16 (``title.is_citation``): a publication and a date name no event."""
    from newsclean import clean
    from newsclean.filters.title import is_citation

    headline = "三省援藏干部推动援藏项目落地"
    page = (
        f"原刊于《某某网》,2011年6月15日\n\n{headline}\n\n"
        "  湖北、湖南、安徽三省援藏干部人才到山南市工作以来,积极推动各项援藏项目落地。\n\n"
        "  援藏干部表示,将继续发挥桥梁纽带作用。\n"
    )
    assert clean(page).title == headline
    assert is_citation("(载《人民日报》2011年8月22日)")
    assert not is_citation("《长津湖》2021年9月30日上映")  # an event: a film opens
    assert not is_citation("《人民日报》创刊75周年座谈会在京举行")


def test_a_total_of_the_pages_items_is_a_page_counter() -> None:
    """Round 16: 共, a number, a measure word and a short noun alone: a Q&A page's total."""
    from newsclean.filters.title import is_page_counter, is_title_shaped

    assert is_page_counter("共1个回答") and is_page_counter("共 12 条评论")
    assert not is_title_shaped("共1個回答")
    assert is_title_shaped("全市共12个项目集中开工")  # a headline with a total in it
    assert not is_page_counter("共3人受伤")


@pytest.mark.parametrize(
    "line",
    [
        "释出时间: 29-Dec-2020 14:59:22 (UTC+8)      访问次数: 657",
        "更新時間: 2021/03/04  點閱: 1234",  # invented: another date form, another counter
        "时间:2020年5月3日  浏览次数: 88",  # invented: a date with its Han units
    ],
)
def test_a_record_of_byline_and_counter_fields_is_no_headline(line: str) -> None:
    assert is_labelled_record(line)
    assert not is_title_shaped(line)


@pytest.mark.parametrize(
    "line",
    [
        "中评现场:外国驻华记者新年招待会在京举行",  # a headline with a colon of its own
        "专访:时间都去哪了",  # a subtitle-like headline: Han after the colon
        "来源:新华社",  # a source field is the byline's, not a headline's shape question
    ],
)
def test_a_headline_with_a_colon_is_no_record(line: str) -> None:
    assert not is_labelled_record(line)


# Round 24: a line left open at its end, a crumb's separator or a table row's cell bar,
# is no headline: the trail or the row goes on past the line.
@pytest.mark.parametrize(
    "line",
    [
        "首页 >> 宝藏问答 >",  # https://taiwan.9ly.com.cn/zsjy/202508/478888.html
        "您的位置:首页>观察 >",  # http://syaq.org/guancha/90744.html
        "當前位置:主頁 > 管理論文 > 質量管理論文 >",  # http://sikaile.net/guanlilunwen/zhiliangguanli/73951.html
        "1. 新闻首页 /",  # the round-23 numbered crumb
        "Producer/Author | 武廷融 |",  # a clipping record's row (round 23)
    ],
)
def test_a_line_left_open_at_its_end_is_no_headline(line: str) -> None:
    assert not is_title_shaped(line)


@pytest.mark.parametrize(
    "headline",
    [
        "中科大 × MSRA | 周明博士讲座实录:自然语言处理让生活更美好",  # jiqizhixin.com
        "高端对话:汽车动力系统技术的全球市场前景",  # syaq.org
        "略论台海安全局势及战略研判(一)",  # zhongguotongcuhui.org.cn
    ],
)
def test_headlines_with_a_bar_or_a_colon_inside_stay_headlines(headline: str) -> None:
    assert is_title_shaped(headline)


# Round 24: a source label with its colon and an outlet after it, behind another field, is
# a byline row, dated or not; a headline's own colon after a column's name is none.
@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("郭鑫?来源:新华社    我来说两句", True),  # a lost icon and a tool label beside it
        ("记者 崔虹 来源:河北新闻网", True),  # invented on the same shape
        ("中评现场:外国驻华记者新年招待会在京举行", False),
        ("来源:新华社", False),  # the field alone is the byline grammar's
        ("专家来源:多所高校联合研究团队发布报告", False),  # no outlet after the colon
    ],
)
def test_a_labelled_source_behind_another_field_is_a_byline_row(line: str, row: bool) -> None:
    assert is_labelled_byline(line) is row


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("- 格式:pdf", True),
        ("大小:123KB", True),
        ("文档编号:3324136", True),
        ("麦美娟:区会履职制 市民可监察议员", False),
        ("中评现场:外国驻华记者新年招待会在京举行", False),
    ],
)
def test_a_field_line_is_a_key_and_a_value_without_han(line: str, field: bool) -> None:
    assert is_field_line(line) is field


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("文章详情介绍:", True),
        ("验证码:", True),
        ("华春莹说,这一年:", False),
        ("中评现场:外国", False),
    ],
)
def test_a_label_left_open_ends_in_its_colon(line: str, label: bool) -> None:
    assert is_open_label(line) is label


@pytest.mark.parametrize(
    "line",
    [
        "·中文 ·English ·Партнеры ·",  # eval page 095 (a language switch, round 31)
        "• 首页 • 新闻中心 • 联系我们",
        "・ホーム ・ニュース ・English",
    ],
)
def test_a_row_of_bulleted_link_words_is_no_headline(line: str):
    assert page_speech(line) == "links"  # round 32: the page's links, no term list
    assert not is_title_shaped(line)


@pytest.mark.parametrize(
    "line",
    [
        "新闻·观察 | 约翰·史密斯访华",  # a joining dot inside words: no space before it
        "香港·澳门·台湾三地联合举办书展",
        # http://blog.chinaunix.net/uid-23045379-id-2562047.html: one bulleted item a line
        "• 博客访问: 164337",
    ],
)
def test_a_joining_dot_or_one_bulleted_item_is_no_link_row(line: str):
    assert not is_bullet_row(line)


def test_the_pages_clock_is_no_headline():
    """Round 31 (eval page 095): a place's time label and the day, the page's clock."""
    assert is_page_counter("纽约时间: 12月17日 星期三")
    assert not is_title_shaped("纽约时间: 12月17日 星期三")
    assert not is_page_counter("12月17日起全市停课")


# Round 36: a wire's dateline with its story's title label is the article's first line
# (http://m.hbcasj.com/..., http://warcraftmovie.cn/..., http://report.alhzyl.com/...).
@pytest.mark.parametrize(
    ("line", "named"),
    [
        (
            "新華社廣州9月4日電 題:暴雨中遭水圍困的1600多群眾是如何安全轉移的?",
            "暴雨中遭水圍困的1600多群眾是如何安全轉移的?",
        ),
        (
            "中新网张家界1月18日电 题:追逐“共富梦”的村支书张明忠:大家富,才是富",
            "追逐“共富梦”的村支书张明忠:大家富,才是富",
        ),
        ("新华社北京1月11日电题:中国战“疫”五字诀", "中国战“疫”五字诀"),
    ],
)
def test_a_wire_dateline_names_its_title_and_is_no_headline(line: str, named: str) -> None:
    assert not is_title_shaped(line)
    assert wire_title(line) == named


@pytest.mark.parametrize(
    "line",
    ["新华社北京3月3日电", "专题:暴雨中的坚守", "话题:电费怎么算", "记者手记 题:雨夜"],
)
def test_lines_naming_no_wire_title_name_none(line: str) -> None:
    assert wire_title(line) is None


@pytest.mark.parametrize("line", ["1. 內掛", "3、热搜", "10.外挂"])
def test_a_lists_numbered_term_is_no_headline(line: str) -> None:
    assert not is_title_shaped(line)


def test_a_numbered_headline_with_its_event_stays_one() -> None:
    assert is_title_shaped("1. 国务院部署稳就业十项措施")


def _view(text: str | None, blanks: int = 0) -> LineView | None:
    return None if text is None else LineView(text, False, blanks)


def test_a_headline_over_a_removed_paragraph_is_no_list_item() -> None:
    # headline, blank, a spam paragraph the spam step removed, blank, the article: the view
    # under the removed line counts one blank, the one above it is the headline's spacing
    paragraph = "市政府昨日召开新闻发布会，介绍今年以来全市重点项目的建设进展和下一步安排。" * 2
    lines = [
        _view("首页 > 本地 > 正文"),
        None,
        _view("全市重点项目建设提速 今年新开工一百二十个", 1),
        None,
        None,  # removed
        None,
        _view(paragraph, 1),
        None,
        _view(paragraph, 1),
    ]
    assert list_runs(lines, [0, 2, 6, 8]) == set()


def test_short_lines_stacked_with_removed_ones_are_still_a_list() -> None:
    paragraph = "市政府昨日召开新闻发布会，介绍今年以来全市重点项目的建设进展和下一步安排。" * 2
    lines = [
        _view("热门标签"),
        None,  # removed, stacked
        _view("本地新闻"),
        None,  # removed, stacked
        _view("全市重点项目建设提速"),
        None,
        _view(paragraph, 1),
        None,
        _view(paragraph, 1),
    ]
    assert list_runs(lines, [0, 2, 4, 6, 8]) == {0, 2, 4}


@pytest.mark.parametrize(
    "line",
    [
        "早前,局长曾经说过「市民所享有的自由有增无减」,这实在是 […]",
        "去年7月,区议会主席封杀讨论议案,指不符合 [...]",
    ],
)
def test_a_line_closed_by_an_excerpt_s_cut_is_no_headline(line: str) -> None:
    assert not is_title_shaped(line)


@pytest.mark.parametrize("line", ["他说……", "[视频]全市新建三座口袋公园", "等待…"])
def test_headlines_with_their_own_ellipsis_or_brackets_stay_headline_shaped(line: str) -> None:
    assert is_title_shaped(line)


FORUM_POST = (
    "中国青年报客户端讯(中青报·中青网记者王烨捷)11月15日,上海交通大学在包玉刚图书馆集中展出了"
    "今年7月1日的36份中央及省委机关报、31份特刊,通过情报分析,多维度解读红色“热词”。\n"
    "这次展览,收入了《人民日报》等5家中央级媒体报纸以及31个省份的党报在7月1日当天的报纸版面。\n"
)


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("今年七一,你收到有224个版的报纸没 [复制链接]", "今年七一,你收到有224个版的报纸没"),
        ("上海交大集中展出七一当天的党报【收藏】", "上海交大集中展出七一当天的党报"),
    ],
)
def test_tool_links_glued_after_a_thread_title_are_cut(line: str, headline: str) -> None:
    assert without_tool_links(line) == headline
    assert clean(f"日报周刊\n发新话题 回复该主题\n{line}\n1#\n" + FORUM_POST).title == headline


def test_a_run_of_tool_links_after_a_title_is_cut_whole() -> None:
    line = "上海交大集中展出七一当天的党报 [打印] [关闭]"
    assert without_tool_links(line) == "上海交大集中展出七一当天的党报"


@pytest.mark.parametrize(
    "line",
    [
        "市场监管总局发布新规【独家】",  # a column tag closing the headline, no tool
        "英语新闻丨旅游荣誉加持 [视频]",  # a kind tag: the story's, no link of the page
        "【打印】【关闭】",  # tools alone: the row is navigation's, not cut to nothing
        "东北虎返乡路上的守护者【关注】",  # a column's tag too: the story's own
        "两会观察 [第二版]",  # a bracket holding no tool term
    ],
)
def test_other_brackets_closing_a_line_stay(line: str) -> None:
    assert without_tool_links(line) == line

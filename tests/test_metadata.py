"""Bylines: labels, dates, sources, authors, editors, and notices."""

import pytest
from conftest import data_lines

from newsclean import clean
from newsclean.filters.metadata import byline_with_tools, parse_date, parse_metadata, published_in


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025-07-02 16:05:00", "2025-07-02T16:05:00+08:00"),
        ("2025年07月02日 16:05", "2025-07-02T16:05:00+08:00"),
        ("2004年09月15日07:19", "2004-09-15T07:19:00+08:00"),
        ("2025/7/2", "2025-07-02"),
        ("2025.07.02", "2025-07-02"),
        ("2025-13-40", None),
        ("no date here", None),
    ],
)
def test_dates(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "发布时间: 2025-07-02 16:05:00 来源: 西藏日报",
            {"published_at": "2025-07-02T16:05:00+08:00", "source": "西藏日报"},
        ),
        ("（责编: 于超 ）", {"editor": "于超"}),
        ("(責編: 于超 )", {"editor": "于超"}),
        ("[ 责任编辑:李迪 ]", {"editor": "李迪"}),
        (
            "2018-08-16 13:07:22 来源:中国新闻网 作者:佚名 责任编辑:闫兆杰 字号:T|T",
            {
                "published_at": "2018-08-16T13:07:22+08:00",
                "source": "中国新闻网",
                "editor": "闫兆杰",
            },
        ),
        (
            "2015-03-02 08:42    来源:中国新闻网     打印本页 关闭",
            {"published_at": "2015-03-02T08:42:00+08:00", "source": "中国新闻网"},
        ),
        (
            "2009年09月27日 22:24 来源:中国新闻网 发表评论  【字体:↑大 ↓小",
            {"published_at": "2009-09-27T22:24:00+08:00", "source": "中国新闻网"},
        ),
        ("文/张三", {"author": "张三"}),
        ("记者：王小明 通讯员：李四", {"author": "王小明"}),
        (
            "中国新闻网 2022-08-05 18:54",
            {"published_at": "2022-08-05T18:54:00+08:00", "source": "中国新闻网"},
        ),
        (
            "http://www.sina.com.cn 2004年09月15日07:19 中国新闻网",
            {
                "published_at": "2004-09-15T07:19:00+08:00",
                "source": "中国新闻网",
                "site": "www.sina.com.cn",
            },
        ),
        ("2025年7月2日", {"published_at": "2025-07-02"}),
        ("中新社记者 王辛莉 张蔚然", {"outlet": "中新社", "author": "王辛莉 张蔚然"}),
        ("本报记者 张三 通讯员 李四", {"author": "张三"}),
        ("（记者 张三 李四）", {"author": "张三 李四"}),
        ("作者：记者 王五", {"author": "王五"}),
        ("责任编辑：刘洋 (FN006)", {"editor": "刘洋"}),
        (
            "2024-03-05 09:30:12 | 来源：央视网 | 编辑：赵六",
            {"published_at": "2024-03-05T09:30:12+08:00", "source": "央视网", "editor": "赵六"},
        ),
        ("原标题：援藏干部的三年", {}),
        # Taiwan and Hong Kong bylines, in pieces
        (
            "2025-10-23 05:30 联合报／ 记者林佳彣／即时报导",
            {"source": "联合报", "author": "林佳彣", "published_at": "2025-10-23T05:30:00+08:00"},
        ),
        ("〔记者郑琪芳／台北报导〕", {"author": "郑琪芳"}),
        ("记者王小明 / 综合报导", {"author": "王小明"}),
        ("2025年10月23日 星期四 下午3:05", {"published_at": "2025-10-23T15:05:00+08:00"}),
        ("【大纪元2025年10月23日讯】", {"source": "大纪元", "published_at": "2025-10-23"}),
        ("2025.10.23 | 记者 王小明", {"author": "王小明", "published_at": "2025-10-23"}),
        ("2024年3月5日 星期二", {"published_at": "2024-03-05"}),
        ("新华社记者", {"outlet": "新华社"}),  # no names: the outlet's staff all the same
        ("本报记者", {}),  # 本报 (this paper) names no outlet
    ],
)
def test_metadata_lines(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        "湖北、湖南、安徽三省援藏干部人才:同心凝聚合力 共谱雅砻新曲",
        "活动时间：7月2日至7月5日，地点在拉萨。" * 5,
        "据新华社报道，来源于基层的经验值得推广。",
        "新华社北京1月11日电题:中国战“疫”五字诀",
        "人民日报社:",
        "2025年10月23日，台北市政府宣布新措施",
        "2025年10月23日 晴",
        "参考消息网2026-03-04号报道",
    ],
)
def test_sentences_are_not_metadata(line):
    assert parse_metadata(line) is None


def test_a_paragraph_opening_with_a_credit_is_no_byline() -> None:
    """eval/pages/067 (hubei.gov.cn-style county report): the first paragraph starts with
    its correspondents' credit; read as a labelled byline, the paragraph was lost."""
    paragraph = (
        "通讯员孙兴华 刘晓民报道:6月22日至23日,省乡村振兴局老区建设处处长朱亚军,"
        "襄阳市乡村振兴局局长黄茂松一行来宜城,开展下基层察民情解民忧暖民心实践活动。"
    )
    assert parse_metadata(paragraph) is None
    assert parse_metadata("通讯员 孙兴华 刘晓民").fields == {"author": "孙兴华 刘晓民"}


def test_the_outlet_before_the_role_is_the_source_only_when_no_line_names_one():
    page = (
        "中星20号通信卫星发射成功\n\n人民日报记者 田兆运 发自香港\n\n" + "今天卫星发射成功。" * 20
    )
    assert clean(page).source == "人民日报"
    labelled = (
        "中星20号通信卫星发射成功\n\n人民日报记者 田兆运\n来源：新华网\n\n"
        + "今天卫星发射成功。" * 20
    )
    document = clean(labelled)
    assert document.source == "新华网" and document.author == "田兆运"


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # Where a reposted article first appeared: the publication in 《》, its date glued.
        (
            "原文刊登于《联合早报》2023年1月9日星期一",
            {"source": "联合早报", "published_at": "2023-01-09"},
        ),
        (
            "原文刊登於《香港電台》2025年10月24日 13:56",
            {"source": "香港電台", "published_at": "2025-10-24T13:56:00+08:00"},
        ),
        ("本文原载《南方周末》", {"source": "南方周末"}),
        # A publication under an author label is the source, not an author.
        ("作者:《华西都市报》", {"source": "华西都市报"}),
        # Separators lost in a codec round trip, a tool link after the source.
        (
            "www.example.com?2009-08-25 16:38? 黄世宏?来源:福建日报    我来说两句",
            {
                "site": "www.example.com",
                "published_at": "2009-08-25T16:38:00+08:00",
                "author": "黄世宏",
                "source": "福建日报",
            },
        ),
        # Round 43: the separator before the fields left empty is lost too, closing the line
        # (http://976uc.com/2012-08-27/1367905.shtml prints http://976uc.com?2012-08-27
        # 10:27? 劉家銘 卓文俊 鄭煒?來源:福州日報; its copies with no writer and no source).
        (
            "http://976uc.com?2012-08-27 10:27?",
            {"site": "976uc.com", "published_at": "2012-08-27T10:27:00+08:00"},
        ),
        ("http://976uc.com?2023年5月5日?", {"site": "976uc.com", "published_at": "2023-05-05"}),
        # Page tools before the label.
        ("排行榜 收藏 发布时间:2015年1月9日", {"published_at": "2015-01-09"}),
    ],
)
def test_published_in_lost_separators_and_tools(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        "刊登于《人民日报》的一篇评论引起了广泛讨论",
        "原文刊登于《联合早报》,作者认为经济将会回暖",
        "2020年8月12日发生了什么?怎么办?大家说",
        "他问:真的吗?2020年8月12日?",
        "2020年8月12日?",  # one ? closing the line: a question's mark
        "收藏 分享",
        "作者:《红楼梦》的读者张三",
    ],
)
def test_published_in_and_repairs_leave_prose(line):
    parsed = parse_metadata(line)
    assert parsed is None or "source" not in parsed.fields or parsed.fields["source"] != "红楼梦"
    if line.startswith(("刊登", "原文", "2020", "他问", "收藏")):
        assert parsed is None


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("【文/詹遥 译/华龙网-重庆晨报 由冠群】", {"author": "詹遥", "source": "华龙网-重庆晨报"}),
        (
            "【文/弗朗茲-斯坦凡·蓋蒂 譯/觀察者網 由冠群】",
            {"author": "弗朗茲-斯坦凡·蓋蒂", "source": "觀察者網"},
        ),
        ("译/新华网马来西亚频道 由冠群】", {"source": "新华网马来西亚频道"}),
        # The outlet before a reporter's role in a labelled value: the outlet (source fallback).
        ("文/红网全媒体记者 何青 王诗颖", {"outlet": "红网", "author": "何青 王诗颖"}),
        ("文/本报记者 张三", {"author": "张三"}),
    ],
)
def test_translation_credit_and_outlet_in_value(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize("line", ["译/张三 李四", "他把这本书译/改写 一遍", "译者:张三"])
def test_translation_credit_needs_an_outlet(line):
    parsed = parse_metadata(line)
    assert parsed is None or "source" not in parsed.fields


PARAGRAPHS = "\n\n".join(
    [
        "  市政府今天公布新的交通措施，明年起在市中心试行拥堵收费，收入用于改善公共交通。",
        "  交通局长表示，试行期为一年，期间将收集市民意见，再决定是否全面推行。",
        "  有议员认为措施会加重小商户负担，要求政府提供更多配套。",
    ]
)


@pytest.mark.parametrize(
    ("head", "source"),
    [
        ("【台视新闻", "台视新闻"),  # a bracketed outlet whose closing half was not printed
        ("【香港电台】", "香港电台"),  # a pair of brackets around the name goes as a pair
        ("香港电台", "香港电台"),
        ("本地新闻", None),  # a section label under the headline is no source
    ],
)
def test_a_media_name_under_the_headline_loses_an_unpaired_bracket(head, source):
    document = clean(f"市中心明年试行拥堵收费\n\n{head}\n\n{PARAGRAPHS}")
    assert document.source == source


def test_a_byline_at_the_foot_with_a_view_count_is_metadata():
    document = clean(f"市中心明年试行拥堵收费\n\n{PARAGRAPHS}\n\n05/03/14 点阅 138 次")
    assert document.published_at == "2014-03-05"
    assert all("点阅" not in paragraph for paragraph in document.body)


def test_a_view_count_alone_is_no_byline():
    assert parse_metadata("点阅 138 次") is None
    assert parse_metadata("他的文章点阅 138 次") is None


def test_a_writer_byline_crediting_photos_is_a_byline_and_a_caption_stays_one():
    page = f"市中心明年试行拥堵收费\n\n【记者/林小明、王大同 照片/翻摄自网路】\n\n{PARAGRAPHS}"
    document = clean(page)
    assert document.author == "林小明、王大同" and not document.captions
    caption = "市民在车站排队候车。（记者 林小明 摄）"
    assert parse_metadata(caption) is None
    assert parse_metadata("通讯员供图") is None


def test_a_staff_credit_of_the_pictures_in_the_byline_block_is_metadata():
    byline = "文/广州日报全媒体记者 李栋\n\n图/广州日报全媒体记者 李栋 (部分由受访者提供)"
    document = clean(f"广东警方摧毁跨境赌博团伙\n\n{byline}\n\n{PARAGRAPHS}")
    assert document.author == "李栋" and document.source == "广州日报"
    assert not document.captions
    assert all("图/" not in paragraph for paragraph in document.body)
    # a photo's own credit under it (an agency, a bracketed credit) stays with the captions
    assert parse_metadata("图/新华社") is None
    assert parse_metadata("（摄影/本报记者 张三）") is None


def test_an_outlet_before_a_reporter_role_with_no_names_is_the_source():
    head = "云南乌蒙山野生动物的十二时辰\n\n新华社记者\n\n刊登于 2024-01-15 04:23 UTC"
    page = f"{head}\n\n{PARAGRAPHS}"
    assert clean(page).source == "新华社"
    # a labelled source elsewhere in the byline wins over the outlet of the role
    labelled = page.replace("刊登于", "来源：人民网 刊登于")
    assert clean(labelled).source == "人民网"
    # 本报 (this paper) names no outlet
    assert clean(page.replace("新华社记者", "本报记者")).source is None


def test_a_press_release_byline_names_its_issuer_and_officer():
    line = "人民日报新闻稿 2003年11月16日 星期日 行政处新闻科田兆运037-559825"
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == {
        "source": "人民日报",
        "author": "田兆运",
        "published_at": "2003-11-16",
    }
    # a line of prose naming a press release is no byline
    assert parse_metadata("行政处新闻科昨日发布新闻稿，介绍了今年的工作") is None


def test_a_bulleted_byline_keeps_its_empty_items_out_of_the_body():
    head = "• 文章\n\n• 时间:2018-12-11 10:00\n\n• 人已阅读"
    document = clean(f"市中心明年试行拥堵收费\n\n{head}\n\n{PARAGRAPHS}")
    assert document.title == "市中心明年试行拥堵收费"
    assert document.published_at == "2018-12-11T10:00:00+08:00"
    assert all("•" not in paragraph for paragraph in document.body)
    # a bullet item with words of its own is no empty field; a label without a bullet
    # is no item of a list
    assert parse_metadata("• 文章列表") is None
    assert parse_metadata("• 人已阅读全文并签名") is None
    assert parse_metadata("文章") is None


def test_a_name_over_a_byline_that_names_no_source_is_the_source():
    stats = "・2025-01-13 ・4850字 ・阅读时间约 10 分钟 ・八年级"
    page = f"总统接见凤凰奖楷模 盼共同打造防救灾体系\n\n总统府\n\n{stats}\n\n{PARAGRAPHS}"
    document = clean(page)
    assert document.source == "总统府"
    assert document.title == "总统接见凤凰奖楷模 盼共同打造防救灾体系"
    media = clean(page.replace("总统府", "河北新闻网"))
    assert media.source == "河北新闻网"
    # a short line that names no media and no public body stays where it was
    other = clean(page.replace("总统府", "春节返乡记"))
    assert other.source is None
    # a byline that names its own source keeps it
    labelled = clean(page.replace(stats, "2025-01-13 来源：中央社"))
    assert labelled.source == "中央社"


def test_a_name_alone_under_the_headline_is_the_author():
    document = clean(f"市中心明年试行拥堵收费\n\n任佳刚\n\n{PARAGRAPHS}")
    assert document.author == "任佳刚"
    assert all(paragraph != "任佳刚" for paragraph in document.body)
    # a short line that is no person's name stays text; so does a name under which no
    # article follows, and a name further down the article
    assert clean(f"市中心明年试行拥堵收费\n\n春节返乡记\n\n{PARAGRAPHS}").author is None
    assert clean(f"市中心明年试行拥堵收费\n\n新京报\n\n{PARAGRAPHS}").author is None
    deep = clean(f"市中心明年试行拥堵收费\n\n{PARAGRAPHS}\n\n任佳刚\n\n{PARAGRAPHS}")
    assert deep.author is None


def test_a_navigation_word_is_never_a_source():
    # a breadcrumb's 首页 before a tag label: the line is read, no source stored
    assert parse_metadata("首页 标签:天气预报").fields == {}
    assert parse_metadata("来源:首頁").fields == {}
    # a real source stays, with a navigation link after it cut off
    assert parse_metadata("来源:新华网 首页").fields == {"source": "新华网"}
    assert parse_metadata("来源:首都之窗").fields == {"source": "首都之窗"}


def test_a_name_under_the_byline_time_is_the_author_not_the_source():
    page = f"习近平向军事科学院授旗\n\n时间:2019年9月20日\n\n刘懿德\n\n{PARAGRAPHS}"
    document = clean(page)
    assert (document.author, document.source) == ("刘懿德", None)
    # an outlet under the time is still the source, and a name is never the source
    media = clean(page.replace("刘懿德", "河北新闻网"))
    assert (media.author, media.source) == (None, "河北新闻网")
    labelled = clean(page.replace("时间:2019年9月20日", "时间:2019年9月20日 作者:王五"))
    assert labelled.author == "王五"
    assert labelled.source is None


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("2025年03月11日18:42:07 國際 1153", {"published_at": "2025-03-11T18:42:07+08:00"}),
        ("19-Aug-2014 国际 1153", {"published_at": "2014-08-19"}),
        ("上傳時間 18-Sep-2009 14:47:02 (UTC+8)", {"published_at": "2009-09-18T14:47:02+08:00"}),
        ("25/04/2017", {"published_at": "2017-04-25"}),
    ],
)
def test_a_list_row_date_section_and_bare_view_count(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        "2025-03-11 1153",  # a bare number with no section before it
        "2025-03-11 1153 国际",  # the count ends the row
        "2025-03-11 国际 1153 新华网 十分",
        "05/04/2017 国际 1153 人参加了比赛",
    ],
)
def test_a_bare_number_elsewhere_is_no_byline_piece(line):
    assert parse_metadata(line) is None


def test_the_writers_affiliation_in_one_bracket_is_part_of_the_byline():
    lines = ("(南京邮电大学 社会与人口学院,江苏 南京 210023)", "（北京大学 新闻学院，北京 100871）")
    for line in lines:
        parsed = parse_metadata(line)
        assert parsed is not None and parsed.fields == {}
    # no institution first, or no postcode: a caption's or a sentence's bracket
    assert parse_metadata("(南京邮电大学供图)") is None
    assert parse_metadata("(南京邮电大学 社会与人口学院)") is None
    assert parse_metadata("(今年 大学生 人数 增加 210023)") is None


def test_a_marked_reporter_line_names_the_author():
    assert parse_metadata("■陈兆良报导").fields == {"author": "陈兆良"}
    assert parse_metadata("■ 張國財 報導").fields == {"author": "張國財"}
    # a place before the report word is a dateline; no mark, no reporter line
    assert parse_metadata("■台北报导") is None
    assert parse_metadata("陈兆良报导") is None


def test_an_outlet_before_its_column_in_brackets_is_the_source():
    assert parse_metadata("亚洲日报- 【亚洲人之声】").fields == {"source": "亚洲日报"}
    assert parse_metadata("亞洲日報 — 【亞洲人之聲】").fields == {"source": "亞洲日報"}
    # a word that is no outlet before the bracket is a heading, not a byline
    assert parse_metadata("春节- 【回家】") is None
    assert parse_metadata("亚洲日报- 【亚洲人之声】 今天我们聊一聊春节") is None


def test_an_alumnus_byline_names_the_author():
    assert parse_metadata("劉修彣 (2016年本科畢業)獨立記者").fields == {"author": "劉修彣"}
    assert parse_metadata("陈杰（2001届）").fields == {"author": "陈杰"}
    # no class word in the bracket, or no person's name before it
    assert parse_metadata("崔虹 (2016年)独立记者") is None
    assert parse_metadata("春节 (2016年本科毕业)独立记者") is None


def test_writers_names_listed_under_the_headline_are_the_author():
    # round 12: names spaced, listed with 、, or behind the double circle ◎
    spaced = clean(f"市中心明年试行拥堵收费\n\n张立 王雅琴 陈志明\n\n{PARAGRAPHS}")
    assert spaced.author == "张立 王雅琴 陈志明"
    assert all(paragraph != "张立 王雅琴 陈志明" for paragraph in spaced.body)
    assert clean(f"市中心明年试行拥堵收费\n\n张立、王雅琴\n\n{PARAGRAPHS}").author == "张立、王雅琴"
    marked = clean(f"市中心明年试行拥堵收费\n\n◎林美华 黄志强\n\n{PARAGRAPHS}")
    assert marked.author == "林美华 黄志强"
    assert clean(f"市中心明年试行拥堵收费\n\n◎林美华\n\n{PARAGRAPHS}").author == "林美华"
    # a byline line (a view count) between the names and the article
    counted = clean(f"市中心明年试行拥堵收费\n\n张立 王雅琴\n\n• 浏览: 3021 次\n\n{PARAGRAPHS}")
    assert counted.author == "张立 王雅琴"
    # words that are not all names stay text; so does a bulleted label in the head
    assert clean(f"市中心明年试行拥堵收费\n\n春节 返乡 记\n\n{PARAGRAPHS}").author is None
    assert clean(f"市中心明年试行拥堵收费\n\n国务院 新闻办\n\n{PARAGRAPHS}").author is None
    assert clean(f"市中心明年试行拥堵收费\n\n◎相关新闻\n\n{PARAGRAPHS}").author is None
    assert clean(f"市中心明年试行拥堵收费\n\n张立 王雅琴 来了\n\n{PARAGRAPHS}").author is None


def test_an_alumnus_byline_of_two_writers_names_both():
    line = "吴立群、王定远 (2016年本科毕业)独立记者"
    assert parse_metadata(line).fields == {"author": "吴立群、王定远"}
    assert parse_metadata("吴立群、春节 (2016年本科毕业)独立记者") is None


def test_a_publishers_name_closing_the_article_is_the_source():
    # round 12: the outlet alone on the line under the last paragraph (a foot byline's last line)
    document = clean(f"市中心明年试行拥堵收费\n\n{PARAGRAPHS}\n\n联合报")
    assert document.source == "联合报"
    assert all(paragraph != "联合报" for paragraph in document.body)
    # a line that names the source wins; other short closing lines stay text
    named = clean(f"市中心明年试行拥堵收费\n\n来源：新华网\n\n{PARAGRAPHS}\n\n联合报")
    assert named.source == "新华网"
    for closing in ("本网站著作权属于人民网", "春节返乡记", "本地新闻"):
        document = clean(f"市中心明年试行拥堵收费\n\n{PARAGRAPHS}\n\n{closing}")
        assert document.source is None, closing
    # a media name above the last paragraph is the article's text
    inside = clean(f"市中心明年试行拥堵收费\n\n{PARAGRAPHS}\n\n联合报\n\n{PARAGRAPHS}")
    assert inside.source is None


def test_a_public_body_publishing_a_translation_is_the_source():
    assert parse_metadata("译/政府新闻处 由冠群】").fields == {"source": "政府新闻处"}
    assert parse_metadata("译/春节 由冠群") is None


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # Round 24: the note of where a reposted story first ran, set apart in one pair of
        # brackets (the tuned page 090's closing line, an FTNN story reposted),
        ("(原载于《FTNN新闻网》)", {"source": "FTNN新闻网"}),
        # full-width brackets and the bare verb (invented).
        ("（原载《人民日报》）", {"source": "人民日报"}),
    ],
)
def test_bracketed_note_of_first_publication(line: str, fields: dict[str, str]) -> None:
    found = published_in(line)
    assert found is not None and found.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        "(刊登于《人民日报》的一篇评论引起了广泛讨论)",  # a clause in brackets: prose
        "(原载于《FTNN新闻网》) (编者按)",  # two bracket pairs: not one note
        "(图片原载于《联合报》,经授权转载)",  # a caption's credit, with a comma
    ],
)
def test_bracketed_prose_is_no_note_of_first_publication(line: str) -> None:
    assert published_in(line) is None


# Round 26 (byline helper): English source labels in the label table, and a sentence
# naming the writer alone on a line (byline_names.author_sentence).
@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Article from: 華龍網-重慶晨報", "華龍網-重慶晨報"),
        ("Article from: 新华网马来西亚频道", "新华网马来西亚频道"),
        # a university library's catalogue record (eval row's site)
        ("Article from: World Journal(世界日報)", "World Journal(世界日報)"),
        ("Article source: 联合早报", "联合早报"),
    ],
)
def test_an_english_source_label(line: str, source: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == {"source": source}


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("本文作者是吳康民", "吳康民"),  # 港人講地's column teaser (eval row)
        ("本文作者是戴小橦", "戴小橦"),
        ("作者是张三。", "张三"),
        ("（本文作者为李四）", "李四"),
    ],
)
def test_a_sentence_naming_the_writer(line: str, author: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == {"author": author}


@pytest.mark.parametrize(
    "line",
    [
        # https://solution.homedo.com/viewpoint/news/detail/424280803363049472.html: the
        # editor's note describes the writer, names no one
        "本文作者是行业内资深弱电专家, 《智能建筑设计标准》-GB/T50314-2006主要编写人之一",
        # public technical writing (code corpus): the writer's setup, a description
        "本文作者是在Windows 7操作系统的环境下进行安装的",
        "本文作者是一位具有丰富经验的 AI 大模型创业者和研究者",
        "（本文作者为资深媒体人）",
        "作者是谁并不重要",
    ],
)
def test_a_sentence_about_the_writer_names_no_author(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is None or "author" not in parsed.fields


def test_a_writer_sentence_at_the_foot_gives_the_author() -> None:
    page = (
        "香港新闻界庆祝新中国成立73周年\n\n"
        "    李家超表示,今年是香港回归祖国25周年,也是香港实践新飞跃的一年。\n\n"
        "    他强调,新闻工作者的责任,是秉持客观、公正的原则报道新闻。\n\n"
        "本文作者是戴小橦\n"
    )
    doc = clean(page)
    assert doc.author == "戴小橦"
    assert all("本文作者" not in paragraph for paragraph in doc.body)


def _harvested_negatives() -> list[pytest.param]:
    rows = [line.split("\t") for line in data_lines("harvest/byline.tsv")]
    return [
        pytest.param(line.strip(), expected, id=url)
        for kind, line, expected, url in rows
        if kind.startswith("neg_")
    ]


@pytest.mark.parametrize(("line", "expected"), _harvested_negatives())
def test_harvested_lines_that_are_no_byline(line: str, expected: str) -> None:
    """Round 36: real first paragraphs (a date, a place or 记者 opening them), captions and
    headings near bylines on 50 sites (tests/data/harvest/byline.tsv) read as no byline."""
    assert expected == "none" and parse_metadata(line) is None


# Round 36: a compound label the table does not list opening the row (a word glued
# before a label of the table, then its colon) is a label, never the lead's value.
def test_an_empty_compound_label_opening_the_row_is_no_source() -> None:
    parsed = parse_metadata("新闻作者:    发布时间:2020-11-21  查看次数:次")
    assert parsed is not None and parsed.fields == {"published_at": "2020-11-21"}


def test_a_compound_label_opening_the_row_gives_its_field() -> None:
    parsed = parse_metadata("论文作者:詹遥    发布时间:2018年11月21日")
    assert parsed is not None
    assert parsed.fields == {"author": "詹遥", "published_at": "2018-11-21"}


def test_a_name_before_a_label_is_still_the_lead() -> None:
    parsed = parse_metadata("人民网 发布时间:2018年11月21日")
    assert parsed is not None
    assert parsed.fields == {"source": "人民网", "published_at": "2018-11-21"}


# Round 36: a row of a date and its counters, which the tool grammar reads as a tool row.
def test_a_dated_row_of_counters_is_a_byline() -> None:
    doc = clean(
        "兴县成立融媒体中心\n新闻 2017-07-19 0 点赞 0 评论 17 浏览\n"
        "　　会议决定，在县广播电视台的基础上组建兴县融媒体中心，为县政府直属事业单位。\n"
    )
    assert doc.published_at == "2017-07-19" and doc.source is None


@pytest.mark.parametrize("row", ["2017-07-19 分享到 微信 微博", "打印 2017-07-19 关闭"])
def test_a_dated_tool_row_stays_a_tool_row(row: str) -> None:
    doc = clean(
        f"兴县成立融媒体中心\n{row}\n"
        "　　会议决定，在县广播电视台的基础上组建兴县融媒体中心，为县政府直属事业单位。\n"
    )
    assert doc.published_at is None and doc.author is None


# Round 37: a row's interface items (a comment link) are read off as its counters are
# before asking whether a tool is left: the row dates the page.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "www.wforum.com | 2012.10.27  光明日报 | 0条评论 | 查看/发表评论",
            {"site": "www.wforum.com", "source": "光明日报", "published_at": "2012-10-27"},
        ),
        ("2012-10-27 0条评论", {"published_at": "2012-10-27"}),
    ],
)
def test_a_row_with_its_comment_links_is_a_byline(line: str, fields: dict[str, str]) -> None:
    parsed = byline_with_tools(line)
    assert parsed is not None and parsed.fields == fields


def test_a_share_row_with_a_comment_link_stays_a_tool_row() -> None:
    assert byline_with_tools("2012-10-27 分享到 微信 0条评论") is None


# https://dailyclipper.net/news/2021/08/19/97186/: the pager under the story prints the
# neighbour stories' times where their titles were (round 47)
PAGER_FOOT = (
    "海沧市民节:幸福海沧 市民同享",
    "本报讯 (文/厦门晚报记者 李晓辉 图/张淇 杨华 杨才星) 昨天上午,第二届海沧市民节开幕。",
    "上午11点,海沧区相关领导共同启动第二届海沧市民节开幕按钮,全场市民欢声雀跃,"
    "这场属于市民的节日拉开序幕。",
    "去年九八期间,为了让市民朋友欢度佳节,共享喜庆,海沧筹办了首届市民节,"
    "用九八这把金钥匙,开启全民同乐的幸福之旅。",
    "(0)",
    "上一篇 2021-08-19 19:19",
    "下一篇 2021-08-19 19:19",
    "相关推荐",
)


@pytest.mark.parametrize("row", ["上一篇 2021-08-19 19:19", "下一篇 2021-08-19 19:19"])
def test_a_pager_row_with_the_neighbours_time_is_no_byline(row: str) -> None:
    # a time's colon is no label: the row is the pager's, its date the neighbour's
    assert byline_with_tools(row) is None


def test_a_pager_rows_date_is_never_the_articles() -> None:
    document = clean("\n\n".join(PAGER_FOOT) + "\n")
    assert document.published_at is None
    assert all(r.placement == "removed" for r in document.lines if r.text in PAGER_FOOT[4:])


def test_a_labelled_byline_with_a_time_stays_a_byline() -> None:
    # the labelled row's label is read, not its time's colon
    metadata = byline_with_tools("发布时间:2017-07-19 12:30 【打印】")
    assert metadata is not None and metadata.fields["published_at"].startswith("2017-07-19")

"""Round 15: byline rows read by composition: a row's interface tail (an English comment
link, a forum thread's tools: ``byline_interface.py``), English person labels in lower case,
the bare posting 於 after a poster, a colon in any code point, a column's name (no source)
and an outlet's English tag; and the lines that must stay prose."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.byline_asides import counter_lead_end, is_section_label
from newsclean.filters.byline_interface import (
    is_account_handle,
    is_interface_item,
    is_more_link,
    is_size_control,
    is_truncation_mark,
    without_interface,
)
from newsclean.filters.credits import reporter_credit
from newsclean.filters.head_names import media_name
from newsclean.filters.metadata import parse_metadata

TAIPEI = "2012-09-09T14:03:00+08:00"


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # a zone word after the clock, in any script, composed with the date heads and a tail
        ("2012.09.09 14:03 臺北時間 Leave a Comment", {"published_at": TAIPEI}),
        ("2012/09/09 14:03 北京时间 | 只看该作者 | 打印", {"published_at": TAIPEI}),
        ("Sep 9, 2012 14:03 HKT No Comments", {"published_at": TAIPEI}),
        ("2012年9月9日 14:03 香港時間 3 Comments", {"published_at": TAIPEI}),
        # an English date, no padding, comma optional, with the row's links
        (
            "September 9, 2012 | 只看该作者 |阅读模式 打印 上一主题 下一主题",
            {"published_at": "2012-09-09"},
        ),
        (
            "May 5, 2023 | 只看該作者 |閱讀模式 打印 上一主題 下一主題",
            {"published_at": "2023-05-05"},
        ),
        ("Feb 6 2026 Comments Off", {"published_at": "2026-02-06"}),
        (
            "December 12, 2019 by Hao Yi Xu Leave a Comment",
            {"published_at": "2019-12-12", "author": "Hao Yi Xu"},
        ),
        (
            "December 12, 2019 by 徐浩宜 Leave a reply",
            {"published_at": "2019-12-12", "author": "徐浩宜"},
        ),
        # the bare posting 於 after a poster, the date whole after it
        ("李晓辉  於 2012.09.09 14:03 臺北時間", {"published_at": TAIPEI, "author": "李晓辉"}),
        (
            "鳥羽  於 2002/08/12 22:37",
            {"published_at": "2002-08-12T22:37:00+08:00", "author": "鳥羽"},
        ),
        # an English entry line: Posted by X on DATE in CATEGORY, in any order
        (
            "Posted by 张三 on April 10, 2020",
            {"published_at": "2020-04-10", "author": "张三"},
        ),
        (
            "Posted on April 10, 2020 by 张三 in 新闻",
            {"published_at": "2020-04-10", "author": "张三"},
        ),
        (
            "Posted by Hao Yi Xu in 新聞 on December 12, 2019",
            {"published_at": "2019-12-12", "author": "Hao Yi Xu"},
        ),
        # a colon's other code points
        ("撰文︰顧青玄", {"author": "顧青玄"}),
        ("撰文﹕何青 王詩穎", {"author": "何青 王詩穎"}),
        ("來源∶中央社", {"source": "中央社"}),
        # a column's name beside the date: no source
        ("每週熱話 2025-06-25", {"published_at": "2025-06-25"}),
        ("每日一评 December 16, 2025", {"published_at": "2025-12-16"}),
        ("读者专栏 2025-06-25", {"published_at": "2025-06-25"}),
        ("镜周刊 2025-06-25", {"published_at": "2025-06-25", "source": "镜周刊"}),
        # an outlet's English tag
        ("臺視新聞 News Feb 6, 2026", {"published_at": "2026-02-06", "source": "臺視新聞"}),
        # round 34: a Chinese comment link, a count or verbs joined by a slash and a noun
        (
            "www.wforum.com | 2026-3-10 13:26:00  中央社 | 0条评论 | 查看/发表评论",
            {
                "published_at": "2026-03-10T13:26:00+08:00",
                "source": "中央社",
                "site": "www.wforum.com",
            },
        ),
        (
            "51.ca News Feb 6, 2026",
            {"published_at": "2026-02-06", "source": "51.ca", "site": "51.ca"},
        ),
    ],
)
def test_composed_byline_rows(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None, line
    assert parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        "他于2019年12月12日离开了公司 Leave a Comment",  # a date in a sentence, a link after
        "台北時間今晚8點,比賽在小巨蛋開打。",  # a time zone named in prose
        "北京时间2020年4月10日晚,嫦娥四号完成第十七月昼工作。",
        '"Posted by mistake," she said on December 12, 2019.',  # 'Posted' in an English quote
        "By 2030, the city will have 3 Comments",
        "他在2020年1月1日发表评论",  # a sentence ending with the words, no row
        "每周热话栏目昨日邀请三位嘉宾,讨论房价。",  # a column name in a paragraph
        "会议 于 2012年9月9日 举行",  # 於 in a spaced sentence: no poster's line
        "新华网 于 2012.09.09",  # a site is no poster
        "比分︰3比2",  # a colon's other form in a score
        "Report on April 10, 2020",  # on and in without an English label opening the line
        "China in 2020 新闻",
        "Focus on 2020年1月1日",
    ],
)
def test_prose_stays_prose(line: str) -> None:
    assert parse_metadata(line) is None, line


def test_interface_tail_only_at_the_end() -> None:
    assert without_interface("Leave a comment below, said the editor") == (
        "Leave a comment below, said the editor"
    )
    assert without_interface("Leave a Comment") == "Leave a Comment"  # nothing left: no tail
    # a tool word peeled leaves prose, and prose is no byline
    assert parse_metadata("我们今天讨论了 打印") is None


def test_column_names_are_sections_and_publications_are_not() -> None:
    assert is_section_label("每週熱話")
    assert is_section_label("人民论坛专栏")
    assert not is_section_label("新闻周刊")
    assert not is_section_label("台视新闻")
    assert media_name("臺視新聞 News") == "臺視新聞"
    assert media_name("每週熱話") is None


def test_a_clean_page_with_a_blog_entry_line_is_unchanged() -> None:
    """A clean page's byline row with its comment link is read: the body is the article."""
    paragraph = "中国网讯 11月19日,山西兴县召开融媒体中心建设推进会,宣布组建兴县融媒体中心。"
    page = (
        "构建媒体传播新格局山西兴县成立融媒体中心\n\n2020.11.21 Leave a Comment\n\n"
        f"{paragraph}\n\n会议决定,在县广播电视台的基础上组建融媒体中心。\n"
    )
    doc = clean(page)
    assert doc.published_at == "2020-11-21"
    assert doc.body[0] == paragraph


@pytest.mark.parametrize(
    ("paragraph", "author"),
    [
        ("(News Chinatown徐佩蒂報導) 昆西市市長Thomas P. Koch說:市府將擴建圖書館。", "徐佩蒂"),
        ("通讯员孙兴华 刘晓民报道:6月22日至23日,省乡村振兴局一行来宜城调研。", "孙兴华 刘晓民"),
        ("記者 吳汉汝 南投報導 南投縣政府今天公布新措施。", "吳汉汝"),  # the place stays out
        ("(CNN报道) 美国总统今天签署法案。", None),  # an outlet alone is no reporter
        ("(Reuters中文网报道) 今天油价上涨。", None),
    ],
)
def test_credit_compositions(paragraph: str, author: str | None) -> None:
    assert reporter_credit(paragraph) == author


def test_a_writer_over_a_photographer_byline_is_the_author() -> None:
    page = (
        "龙华警方重拳摧毁6个制假窝点\n\n李云川\n\n李云川 (部分由受访者提供)\n\n"
        "去年6月至7月,龙华警方在上级公安机关的指导下,摧毁6个制假窝点,抓获嫌疑人12名。\n\n"
        "然而,今年上半年,一些残余的制贩假证不法分子又开始活动,警方再次出击。\n"
    )
    doc = clean(page)
    assert doc.author == "李云川"
    assert doc.body[0].startswith("去年6月至7月")


def test_a_name_over_a_heading_is_no_author() -> None:
    """Only prose or a photographer's byline under the name makes it the writer."""
    page = (
        "龙华警方重拳摧毁6个制假窝点\n\n李云川\n\n出重拳摧毁窝点\n\n"
        "去年6月至7月,龙华警方在上级公安机关的指导下,摧毁6个制假窝点,抓获嫌疑人12名。\n"
    )
    assert clean(page).author != "李云川"


# Round 25 (byline helper): see the module docstrings.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # a European Chinese radio's repost (eval row): a handle, wide spaces, the report button
        (
            "龍的傳人      2017-10-15      檢舉",
            {"author": "龍的傳人", "published_at": "2017-10-15"},
        ),
        # a poster's name cut short by the template (eval rows)
        ("Alinna ...| 2017-10-15| 檢舉", {"author": "Alinna", "published_at": "2017-10-15"}),
        ("曹智 ...| 2017-07-19| 檢舉", {"author": "曹智", "published_at": "2017-07-19"}),
        ("2011-08-22| 檢舉", {"published_at": "2011-08-22"}),  # the button alone: no source
        ("张小明 2020-05-01 举报", {"author": "张小明", "published_at": "2020-05-01"}),
    ],
)
def test_a_posts_row_names_its_poster(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


def test_an_outlet_beside_a_report_button_stays_the_source() -> None:
    parsed = parse_metadata("新京报 2019.09.07 举报")
    assert parsed is not None and parsed.fields["source"] == "新京报"


def test_truncation_mark() -> None:
    assert is_truncation_mark("...") and is_truncation_mark("…")
    assert not is_truncation_mark(".") and not is_truncation_mark("A.")


# Round 26 (byline helper): a read count opening a row, glued before its time label, is a
# piece of its own (byline_asides.counter_lead_end); a comment link printed twice glued
# ends a value (byline_interface.is_interface_item).
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # an ASEAN portal's teaser row (eval row): bracketed count, 人阅读, 时间: glued
        ("(4536)人阅读时间:2025-11-23", {"published_at": "2025-11-23"}),
        ("(4536)人閱讀時間:15/06/2018", {"published_at": "2018-06-15"}),
        # the count spaced, and a count in the other order before a compound label
        ("4536人阅读 时间:2025-11-23", {"published_at": "2025-11-23"}),
        (
            "阅读(120) 发布时间:2024-01-02 来源:新华网",
            {"published_at": "2024-01-02", "source": "新华网"},
        ),
        # a chinanews copy's row (eval row): the comment link's alt text and label glued
        (
            "2018年10月24日 15:07   來源:玉林日報   參與互動參與互動",
            {"source": "玉林日報", "published_at": "2018-10-24T15:07:00+08:00"},
        ),
        ("来源:中国新闻网 参与互动", {"source": "中国新闻网"}),
    ],
)
def test_a_row_with_a_counter_or_a_comment_link(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        # code comments naming a field (public repositories' schemas): no count before them
        "接收人阅读时间",
        "收信人阅读时间",
        # a reading-time estimate and a count alone are no byline
        "阅读时间约5分钟",
        "(4536)人阅读",
        "(3)人们阅读时间:很长",
    ],
)
def test_what_a_read_count_before_a_label_is_not(line: str) -> None:
    assert parse_metadata(line) is None


def test_a_counter_lead_ends_at_its_noun() -> None:
    assert counter_lead_end("(4536)人阅读时间:2025-11-23") == len("(4536)人阅读")
    assert counter_lead_end("阅读时间约5分钟") == 0
    assert counter_lead_end("2025年7月2日 4536人阅读") == 0  # only a line's opening


@pytest.mark.parametrize(
    ("token", "item"),
    [
        ("參與互動參與互動", True),
        ("参与互动", True),
        ("打印打印", True),
        ("互动", False),
        ("参与", False),
    ],
)
def test_an_interface_item_once_or_twice(token: str, item: bool) -> None:
    assert is_interface_item(token) is item


def test_a_comment_link_keeps_a_name_holding_its_words() -> None:
    """Only a whole token is the link: an outlet whose name holds 互动 keeps it."""
    parsed = parse_metadata("来源:互动百科")
    assert parsed is not None
    assert parsed.fields == {"source": "互动百科"}


# Round 29: a more link after the writer's name ends the value (byline_interface.is_more_link).
@pytest.mark.parametrize(
    "token",
    [
        "更多文章",  # boniu123.cc's post head (the eval row's site)
        "查看TA的文章>",  # mp.sohu.com's author card (查看TA的文章&gt;; code corpus copies)
        "查看Ta的文章",  # matrix.sspai.com's author card
        "该作者的其他文章",  # a PHP news template's side box (news_list.php?type=author)
        "他的全部博文",
    ],
)
def test_more_links(token: str) -> None:
    assert is_more_link(token)


@pytest.mark.parametrize("token", ["文章", "更多", "更多精彩", "其他", "张文章", "作品集"])
def test_words_that_are_no_more_link(token: str) -> None:
    # 文章 is a person's name too (the actor); a more-word alone links nowhere named
    assert not is_more_link(token)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("发表时间:2022-01-07 17:22:53 作者:博牛用户 更多文章", "博牛用户"),
        ("作者:曹智 更多文章", "曹智"),
        ("作者:卿晨说教育 查看TA的文章>", "卿晨说教育"),
        ("作者:文章", "文章"),  # a name that is a noun stays the name
    ],
)
def test_a_more_link_ends_the_author(line: str, author: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields.get("author") == author


# Round 35 probe: a CMS's summary box (导读) under the byline row, its tab glued to the
# row's end on a flattened copy (http://xmdta.com/guojixinwen/55491.html:
# "admin 2019-05-09 06:01:49 导读" over "导读 : 由30余家柬埔寨柬文和华文媒体…").
@pytest.mark.parametrize(
    "line",
    ["admin 2019-05-09 06:01:49 导读", "2019-05-09 06:01:49 导读", "2019-05-09 06:01:49 摘要"],
)
def test_a_summary_boxs_tab_ends_the_row_and_names_nothing(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == {"published_at": "2019-05-09T06:01:49+08:00"}


def test_a_summary_boxs_tab_ends_a_labelled_value() -> None:
    parsed = parse_metadata("来源:新华网 导读")
    assert parsed is not None and parsed.fields == {"source": "新华网"}


@pytest.mark.parametrize("line", ["导读", "摘要:本文讨论了县级融媒体中心的建设", "导读员 张三"])
def test_a_tab_alone_or_a_summary_is_no_byline(line: str) -> None:
    assert parse_metadata(line) is None


def test_the_row_with_its_tab_dates_the_page() -> None:
    page = (
        "柬中记者协会揭牌仪式在金边举行\n\nadmin 2019-05-09 06:01:49 导读\n\n"
        "  新华网金边5月7日电(记者高炳南)由30余家柬埔寨柬文和华文媒体联合组成的柬中记者协会"
        "6日晚在金边举行揭牌仪式。\n\n  帕西潘对协会的成立表示祝贺。\n"
    )
    document = clean(page)
    assert document.published_at == "2019-05-09T06:01:49+08:00"
    assert all("导读" not in paragraph for paragraph in document.body)


# Round 37: a font-size control on the byline row (its label and size buttons), and a
# post's record row (the posting account, the date, a count and the control's label).


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("發佈於:2020-08-12   文字:【大】【中】【小】", {"published_at": "2020-08-12"}),
        ("发布于:2022年08月27日   文字:【大】【中】【小】", {"published_at": "2022-08-27"}),
        (
            "发布时间：2020-05-05 文字：【大】【中】【小】 作者：张三",
            {"published_at": "2020-05-05", "author": "张三"},
        ),
        ("作者:张三 字體: 放大 還原 縮小", {"author": "张三"}),
        (
            "[日期：2015-05-04]    来源：Linux社区  作者：bishopmoveon    [字体：大 中 小]",
            {"published_at": "2015-05-04", "source": "Linux社区", "author": "bishopmoveon"},
        ),
    ],
)
def test_a_font_size_controls_label_names_no_field(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize(
    ("line", "author"),
    [("文字:李明华", "李明华"), ("作者:张三 文字:王大中", "张三"), ("作者:小中", "小中")],
)
def test_a_writers_label_before_a_name_stays_a_field(line: str, author: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == {"author": author}


@pytest.mark.parametrize(
    "value", ["【大】【中】【小】", "大 中 小", "放大 | 缩小", "A+ A-", "大中小"]
)
def test_size_buttons_are_a_control(value: str) -> None:
    assert is_size_control(value)


@pytest.mark.parametrize("value", ["大中华", "中小企业", "王大中", "小中", "大"])
def test_words_of_sizes_are_no_control(value: str) -> None:
    assert not is_size_control(value)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ('cnfrance2017 2012年09月09日 0" 字体', "2012-09-09"),
        ('cnfrance2017 2018-11-21 0" 字體', "2018-11-21"),
        ("lyonhua88 2024-03-01 3 字号", "2024-03-01"),
    ],
)
def test_a_posts_record_row_dates_the_page_and_keeps_no_account(line: str, date: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == {"published_at": date}


def test_an_outlet_on_a_row_with_a_comment_link_stays_the_source() -> None:
    parsed = parse_metadata("新华网 2012-09-09 0条评论")
    assert parsed is not None and parsed.fields == {
        "source": "新华网",
        "published_at": "2012-09-09",
    }


@pytest.mark.parametrize(
    ("name", "handle"),
    [
        ("cnfrance2017", True),
        ("going_down", True),
        ("CCTV-13", False),
        ("ETtoday", False),
        ("BBC", False),
    ],
)
def test_an_account_handle_is_letters_with_digits(name: str, handle: bool) -> None:
    assert is_account_handle(name) is handle


def test_a_count_closes_no_sentence_as_a_row() -> None:
    assert parse_metadata("2012年我们种了30棵树 字体") is None
    assert without_interface("他们买了 0 字体") == "他们买了"


def test_the_posters_page_keeps_the_dates_line_out_of_the_body() -> None:
    page = (
        '海沧市民节:幸福海沧 市民同享\n\ncnfrance2017 2012年09月09日 0" 字体\n\n'
        "　　本报讯 (文/厦门晚报记者 李晓辉)昨天上午,海沧区阿罗海城市广场锣鼓喧天,"
        "九八投洽会开幕日的海沧更是别样的热闹欢腾。\n\n"
        "　　上午11点,海沧区相关领导共同启动第二届海沧市民节开幕按钮。\n"
    )
    document = clean(page)
    assert document.published_at == "2012-09-09"
    assert document.source is None and document.author == "李晓辉"
    assert all("cnfrance2017" not in paragraph for paragraph in document.body)


def test_a_comment_count_after_its_noun_ends_the_value_round_38() -> None:
    from newsclean.filters.metadata import parse_metadata

    for row in ("2023-10-06 来源: 有线新闻 评论3条", "2023-10-06 来源:有线新闻 评论(3)"):
        parsed = parse_metadata(row)
        assert parsed is not None and parsed.fields["source"] == "有线新闻"
    assert without_interface("我们收到评论3条") == "我们收到评论3条"

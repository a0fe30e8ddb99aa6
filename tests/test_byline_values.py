"""Round 16: a byline is fields in any order, labelled or plain, and a field's value is a
name: the interface's verbs and users' roles (上传, 发布网友, 热心网友) are no value
(``byline_interface.is_interface_value``), where a writer comes from (来自中国) is no part of
the name (``byline_clean.ORIGIN``), and ``By`` before an outlet's name credits the source
(``byline_clean.english_field``).  With each, the lines that must keep their reading."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.byline_interface import is_interface_value
from newsclean.filters.byline_values import house_credit, is_no_value
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # an interface verb where a field would be, in a bulleted head, any script
        ("  • 上传 2013.05.29 08:49", {"published_at": "2013-05-29T08:49:00+08:00"}),
        ("  • 上傳 星期二, 8月 19, 2014", {"published_at": "2014-08-19"}),
        # a Q&A farm's poster and answerer: users' roles, and a 24-hour clock before the date
        ("发布网友 发布时间:9:47 05/03/2014", {"published_at": "2014-03-05T09:47:00+08:00"}),
        ("熱心網友 時間:2024-11-01 15:11", {"published_at": "2024-11-01T15:11:00+08:00"}),
        ("来源:上传", {}),
        # where the writer comes from ends the name
        ("韩宣网名誉记者曹智 来自中国", {"author": "曹智"}),
        ("作者:刘懿德 來自馬來西亞", {"author": "刘懿德"}),
        # By before an outlet: the source; before a person: the author
        ("By 中新网", {"source": "中新网"}),
        ("By 有線新聞", {"source": "有線新聞"}),
        ("By 张三", {"author": "张三"}),
        ("Edited by 中新网", {}),  # round 33: an outlet is never an editor (编辑:缅华网)
    ],
)
def test_round16_byline_values(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("来源:网友", {}),  # round 18: a users' role is no organisation, no source
        # round 40: a place beside the time is the dateline or the site's region, no outlet
        ("上海 2013.05.29 08:49", {"published_at": "2013-05-29T08:49:00+08:00"}),
        ("新华网 2013.05.29", {"source": "新华网", "published_at": "2013-05-29"}),
        ("作者:来自中国", {"author": "来自中国"}),  # nothing before it: no name to end
    ],
)
def test_round16_values_that_stay(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        "By 2030, the city will have more parks",
        "上传视频的网友说，他当时就在现场。",
        "网友们来自中国各地，2024年3月5日相聚北京。",
    ],
)
def test_round16_prose_stays_prose(line: str) -> None:
    assert parse_metadata(line) is None


def test_interface_values_are_whole_words() -> None:
    assert is_interface_value("匿名用户")
    assert not is_interface_value("网友之家")
    assert not is_interface_value("中国网友报")
    assert not is_interface_value("网友", labelled=True)
    assert is_interface_value("发布网友", labelled=True)


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # a masthead's name spaced out beside the date: read, not the source
        ("2019 年 2 月 15 日 | 澳 門 平 台", {"published_at": "2019-02-15"}),
        ("2023年05月05日 (星期五) | 澳 門 平 臺", {"published_at": "2023-05-05"}),
        # spaced out and a person's name: the author
        ("2024-03-05 梁 婉 琦", {"author": "梁婉琦", "published_at": "2024-03-05"}),
        # not spaced: a name piece, the source, as before
        ("2024-03-05 新华网", {"source": "新华网", "published_at": "2024-03-05"}),
    ],
)
def test_round16_letter_spaced_masthead(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize("line", ["今 天 天 气 很 好", "2024-03-05 我 们 都 是 好 人 吗 对 吧 ？"])
def test_round16_spaced_prose_is_no_byline(line: str) -> None:
    assert parse_metadata(line) is None


@pytest.mark.parametrize("line", ["共1个回答", "共1個回答", "3条回复"])
def test_round16_an_answer_count_is_part_of_the_byline(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == {}


@pytest.mark.parametrize("line", ["共同回答", "他共回答了3个问题", "共3人受伤，其中1人重伤。"])
def test_round16_prose_about_answers_stays(line: str) -> None:
    assert parse_metadata(line) is None


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "在2009年4月8日 (三) 02:05由055069 (對話 | 貢獻)所做的修訂版本",
            {"published_at": "2009-04-08T02:05:00+08:00", "author": "055069"},
        ),
        (
            "在星期日, 9月 9, 2012由李晓辉 (對話 | 貢獻)所做的修訂版本",
            {"published_at": "2012-09-09", "author": "李晓辉"},
        ),
        ("在27/08/2022由", {"published_at": "2022-08-27"}),
        ("在2023年05月27日 (星期六)由", {"published_at": "2023-05-27"}),
        ("在2024年3月5日由张三发布", {"published_at": "2024-03-05", "author": "张三"}),
    ],
)
def test_round16_a_revision_stamp_is_a_byline(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        "在2024年3月5日由政府主导的改革中",
        "在2024年3月5日由他主持召开会议",
        "在2024年3月5日由张三主持",
        "在2009年4月由政府主导的改革",
    ],
)
def test_round16_a_sentence_with_more_than_time_and_agent_is_prose(line: str) -> None:
    assert parse_metadata(line) is None


def test_round16_a_role_after_the_names_marks_a_writers_line() -> None:
    from newsclean.filters.byline_names import marked_writer, person_names

    assert person_names("• 梁婉琦 雷翠雲 記者") == "梁婉琦 雷翠雲"
    assert person_names("张世政 记者") == "张世政"
    assert marked_writer("• 梁婉琦 雷翠雲 記者")
    # a name alone behind a bullet stays what it was; a role alone names no one
    assert not marked_writer("• 崔虹")
    assert person_names("记者") is None
    assert person_names("春节 返乡 记者") is None


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("By RNZ中文", {"source": "RNZ中文"}),
        ("By BBC中文网", {"source": "BBC中文网"}),
        ("By KhoGuan Phuann", {"author": "KhoGuan Phuann"}),
    ],
)
def test_round16_by_a_latin_outlets_chinese_service(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize("line", ["By The 中文 teacher", "By Amy 中文", "By 2030 中文 will"])
def test_round16_english_sentences_with_chinese_stay_prose(line: str) -> None:
    assert parse_metadata(line) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [("• 梁婉琦 雷翠雲 記者", "梁婉琦 雷翠雲"), ("  • 张世政 记者", "张世政")],
)
def test_round16_names_then_role_is_a_byline(line: str, author: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == {"author": author}


@pytest.mark.parametrize("line", ["• 崔虹", "春节 返乡 记者", "• 记者"])
def test_round16_a_role_needs_names_before_it(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is None or "author" not in parsed.fields


# Round 17: an address set off after a value (the original's link, in brackets or after a
# comma) is no part of the name or the source (byline_clean.LINK_AFTER).  Invented forms.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("作者：王小明（https://blog.example.org/wxm）", {"author": "王小明"}),
        ("来源:联合早报, https://www.zaobao.com.sg/news/123", {"source": "联合早报"}),
        (
            "來源:星島日報,作者: 何美玲,(https://hk.example.com/a/9)",
            {"source": "星島日報", "author": "何美玲"},
        ),
        # an address alone is the value still, and an organisation keeps its bracket
        ("来源: https://www.example.com/a.html", {"source": "https://www.example.com/a.html"}),
        ("来源：新华社（北京）", {"source": "新华社（北京）"}),
    ],
)
def test_an_address_after_a_value_is_set_aside(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


def test_a_sentence_with_an_address_stays_prose():
    line = "记者从新华网获悉,详情可见其官方网站,(https://www.news.cn/a.html)。全文如下。"
    assert parse_metadata(line) is None


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # Round 24, a collection's name beside the date is no source: eval row
        # by-date-space-slash-site-name (a story farm, 2016-12-05 10:09:27 /故事大全).
        ("2016-12-05 10:09:27 /故事大全", {"published_at": "2016-12-05T10:09:27+08:00"}),
        # Invented: the same layout with a compilation word in traditional script,
        ("2019-03-02 /笑話合集", {"published_at": "2019-03-02"}),
        # and a labelled field naming a collection.
        ("来源:范文大全 2020-01-01", {"published_at": "2020-01-01"}),
    ],
)
def test_collection_names_are_no_source(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # A magazine of digests is a publisher (文摘 is no compilation word here),
        ("来源:青年文摘 2020-01-01", {"published_at": "2020-01-01", "source": "青年文摘"}),
        # a media name is judged by its ending, whatever comes before it,
        ("2019-03-02 /故事大全网", {"published_at": "2019-03-02", "source": "故事大全网"}),
        # and an outlet beside the date stays the source.
        ("2012-09-09 /新华社", {"published_at": "2012-09-09", "source": "新华社"}),
    ],
)
def test_outlets_beside_a_date_stay_sources(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # Round 24: a press-clipping record's English rows (eval row
        # by-media-clipping-table-rows-pipes, scholars.cityu.edu.hk clippings), two words
        # of one field joined by a slash, the value between bars.
        ("Media name/outlet | 信報財經新聞 |", {"source": "信報財經新聞"}),
        ("Producer/Author | 紀曉風 |", {"author": "紀曉風"}),
        ("Date | 14/02/20 |", {"published_at": "2020-02-14"}),
    ],
)
def test_clipping_record_rows(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        "the outlet | 新聞",  # a lower-case word after a word: English prose, no label
        "Producer of the year | 紀曉風",  # the person label's value is no name
    ],
)
def test_clipping_words_in_prose(line: str) -> None:
    assert parse_metadata(line) is None


@pytest.mark.parametrize("code", ["SRC-71", "XH_0012", "CNS-2025"])
def test_a_feed_code_in_a_persons_field_names_no_one(code):
    # http://www.jltro.com/luqing/lqtp/200309/t20030912_409577.htm: 作者: SRC-71
    assert is_no_value("author", code)
    assert not is_no_value("source", code)  # 来源: CCTV-4: a channel and its number


def test_a_channel_with_its_number_is_a_source():
    found = parse_metadata("来源: CCTV-4 2024-03-08")
    assert found is not None and found.fields.get("source") == "CCTV-4"


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # Round 28: the writer's label followed by a counter's label, its value empty or a
        # count: a label is no person.  Real: a cracking tutorial archive's record line
        # ("日期：2003年9月24日 作者： 人气： 71", a mirrored 看雪-era article, code corpus).
        ("日期：2003年9月24日 作者： 人气： 71", {"published_at": "2003-09-24"}),
        ("日期：2003年6月8日 作者： 人气： 510", {"published_at": "2003-06-08"}),
        # the eval row's model on another site's spelling: simplified, no source label
        ("作者:人气:-发表时间:2024-08-22", {"published_at": "2024-08-22"}),
        # near misses: a filled writer before the counter, and labels with real values
        ("作者:张三 人气:-", {"author": "张三"}),
        ("来源:新华网 作者:李四", {"source": "新华网", "author": "李四"}),
    ],
)
def test_a_counter_label_is_no_writer(line: str, fields: dict[str, str]) -> None:
    from newsclean.filters.byline import parse_labelled

    parsed = parse_labelled(line)
    assert parsed is not None and parsed.fields == fields


# Round 34: a source credited by the source site's page title, greeting and section.
@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("資料來源:歡迎蒞臨僑委會全球資訊網 – 新聞焦點", "僑委會全球資訊網"),
        ("来源:欢迎光临华龙网-重庆晨报 | 新闻中心", "华龙网-重庆晨报"),
        ("来源:人民网 – 新闻焦点", "人民网 – 新闻焦点"),  # no greeting: as printed
    ],
)
def test_a_source_printed_as_its_page_title(line: str, source: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields["source"] == source


# Round 34: By before a public body by its ending credits the body, the source.
def test_by_a_public_body_is_the_source() -> None:
    parsed = parse_metadata("By 警务处")
    assert parsed is not None
    assert parsed.fields == {"source": "警务处"}


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # round 35: a category's path spaced off before the outlet (a digital library's record)
        ("出处:按学科分类—政治、法律 中国网", "中国网"),
        ("来源:按学科分类—经济 华龙网-重庆晨报", "华龙网-重庆晨报"),
        # no path before it: the value is kept whole
        ("来源:星岛日报 加拿大", "星岛日报 加拿大"),
    ],
)
def test_a_category_path_before_the_outlet_is_no_part_of_the_source(line: str, source: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields.get("source") == source


@pytest.mark.parametrize("value", ["网络", "網絡", "互联网", "网络整理"])
def test_the_web_as_a_source_names_no_outlet(value: str) -> None:
    # Round 35: 来源:网络 under a copied FAQ: where everything is, no outlet.
    assert is_no_value("source", value)
    parsed = parse_metadata(f"2022-12-16 来源:{value}")
    assert parsed is not None
    assert parsed.fields == {"published_at": "2022-12-16"}


@pytest.mark.parametrize(
    "line", ["本報編輯部策劃報導", "本报编辑部", "（本刊编辑部整理）", "本台新闻中心报道"]
)
def test_the_newsrooms_own_credit_is_a_byline_with_no_field(line: str) -> None:
    # Round 35: 北美時報 prints 本報編輯部策劃報導 under a headline: no writer named.
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == {}
    assert house_credit(line) is not None


@pytest.mark.parametrize("line", ["本报编辑部的同事们", "编辑部策划报导", "本报编辑部收到读者来信"])
def test_prose_about_the_newsroom_is_no_house_credit(line: str) -> None:
    assert house_credit(line) is None


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # Round 36: the page's share count glued to the source (people.cn's layout, copied on
        # http://828.mingriaudio.com/BIG5/n1/2025/0813/c64387-40541343.html)
        (
            "2025年08月13日08:43 來源:人民網-人民日報222",
            {"published_at": "2025-08-13T08:43:00+08:00", "source": "人民網-人民日報"},
        ),
        ("来源：香港01", {"source": "香港01"}),  # no media name without its digits: a name
        # the kind of channel bracketed after the name (a forum's copy,
        # http://47.106.15.148/forum.php?mod=viewthread&page=77&tid=1000)
        ("来源:新京报传媒研究(公众号)", {"source": "新京报传媒研究"}),
        ("來源：某某日報（微信公眾號）", {"source": "某某日報"}),
        # any case, the one table of channel kinds (provenance_words.txt kind channel)
        ("来源:潮新闻(APP)", {"source": "潮新闻"}),
        ("来源:潮新闻(app)", {"source": "潮新闻"}),
        ("来源:湖北日报(官方微博)", {"source": "湖北日报"}),
        # a bracket that names no channel, or is never closed, is part of the name
        ("来源:央视新闻(国际)", {"source": "央视新闻(国际)"}),
    ],
)
def test_what_the_template_prints_after_the_source(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


# Round 36: a site named for the writing it offers to copy prints its own name in the
# byline of a paper's story it took: no organisation published the text under it.
@pytest.mark.parametrize("value", ["材料写作网", "范文网", "中学作文网", "公文写作站", "範文網"])
def test_a_writing_site_is_no_source(value: str) -> None:
    assert is_no_value("source", value)


@pytest.mark.parametrize("value", ["中国教育网", "新华网", "写作杂志", "法治网"])
def test_outlets_and_writing_words_elsewhere_stay(value: str) -> None:
    assert not is_no_value("source", value)


def test_a_writing_site_before_the_time_label() -> None:
    parsed = parse_metadata("材料写作网    时间: 2023-8-2     阅读:")
    assert parsed is not None and parsed.fields == {"published_at": "2023-08-02"}


def test_a_writing_site_under_the_headline_is_no_source() -> None:
    doc = clean(
        "台南县政府发行杂志型月刊\n材料写作网\n"
        "　　台南县政府今天发行杂志型月刊，介绍县内的观光、产业与文化活动。\n"
    )
    assert doc.source is None and "材料写作网" not in doc.body


# Round 36: the writer spaced off after the outlet in the source field (非洲时报's row).
def test_the_writer_after_the_outlet_is_the_author() -> None:
    parsed = parse_metadata("2014-08-19 来源: 人民网 孙灿芬 阅读 (11140次)")
    assert parsed is not None
    assert parsed.fields == {"source": "人民网", "published_at": "2014-08-19", "author": "孙灿芬"}


@pytest.mark.parametrize(
    ("line", "source"),
    [("来源: 新华网 国际要闻", "新华网"), ("来源: 中国网 海南频道", "中国网 海南频道")],
)
def test_no_writer_after_the_outlet(line: str, source: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == {"source": source}


# Round 36: an outlet printed with its site's address over a desk's 供稿 (dotdotnews.com).
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("点新闻 dotdotnews.com供稿", {"source": "点新闻 dotdotnews.com"}),
        ("中评社专稿", {"source": "中评社"}),
        # round 39: the site's address alone before the desk word (a Malaysian portal's foot)
        ("malaiedu.com供稿", {"source": "malaiedu.com"}),
        ("www.sinchew.com.my供稿", {"source": "www.sinchew.com.my"}),
    ],
)
def test_an_outlet_with_its_address_over_the_desk_word(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize(
    "line", ["张三 zhang.com供稿", "点新闻 dotdotnews.com", "腾讯", "malaiedu.com", "Mr.Li供稿"]
)
def test_no_outlet_with_an_address(line: str) -> None:
    assert parse_metadata(line) is None


# Round 37: a paper no list knows, by its 报, before its desk's kind of copy.
@pytest.mark.parametrize(
    ("line", "source"),
    [("火箭报专稿", "火箭报"), ("中評社專稿", "中評社"), ("本报专稿", None), ("海报专稿", None)],
)
def test_a_papers_desk_line_names_the_source(line: str, source: str | None) -> None:
    parsed = parse_metadata(line)
    assert (parsed.fields.get("source") if parsed else None) == source


# Round 39: the writer spaced off after any body that publishes (a poets' society, a county
# department), not only after a media name: the body is the source, the person the author.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("供稿: 漢東詩社 劉隨君", {"source": "漢東詩社", "author": "劉隨君"}),
        ("来源:县委宣传部 张三", {"source": "县委宣传部", "author": "张三"}),
        ("来源: 人民网 孙灿芬", {"source": "人民网", "author": "孙灿芬"}),
    ],
)
def test_a_writer_after_a_publishing_body(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源:新华社 北京", "新华社 北京"),  # a place, no person: the value as printed
        ("来源:春节返乡 张三", "春节返乡 张三"),  # no publisher before the name: no split
    ],
)
def test_no_writer_split_without_a_publisher_and_a_person(line: str, source: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields.get("source") == source
    assert "author" not in parsed.fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # Round 41: a comment count where an outlet would be names no outlet (round-40 eval
        # page 015, a Taiwanese blog copy: the date and 評論3條 on the row under the title).
        ("2021年12月17日 評論3條", {"published_at": "2021-12-17"}),
        ("2021年12月17日 评论3条", {"published_at": "2021-12-17"}),
        # 佚名 / 匿名 under a label: "name unknown" names no one (round-40 eval pages 079, 124)
        (
            "28/08/2025 作者:佚名 來源:有線新聞",
            {"published_at": "2025-08-28", "source": "有線新聞"},
        ),
        (
            "2014-03-05 09:47:08 作者:佚名 来源:新华网马来西亚频道",
            {"published_at": "2014-03-05T09:47:08+08:00", "source": "新华网马来西亚频道"},
        ),
    ],
)
def test_round41_no_value(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


def test_round41_counts_and_unsigned_are_no_value_names_are() -> None:
    assert is_no_value("source", "評論3條") and is_no_value("author", "匿名")
    assert not is_no_value("source", "评论员") and not is_no_value("author", "佚文")


# Round 42: a body that posts its own news (a kindergarten, by its last word) before a
# writer's name spaced off in the source slot: the name is the author.
# http://www.hnxfw.gov.cn/dtq/djgz2061/info.aspx?itemid=68765 (round-42 harvest)
SCHOOL_ROW = "发布时间:2022-02-21 浏览量: 来源:大通区教育体育局大通区幼儿园 胡珊珊"
SCHOOL_FIRST = (
    "  2022年2月17日迎来新年的第一场雪,这场雪给孩子们带来惊喜和兴奋的同时,也给道路交通、"
    "群众生活、人们的出行带来了诸多不便。"
)


def test_a_writer_after_a_school_in_the_source_slot_is_the_author() -> None:
    from newsclean import clean

    doc = clean("\n".join(["扫雪除雪活动", SCHOOL_ROW, "", SCHOOL_FIRST]) + "\n")
    assert (doc.author, doc.source) == ("胡珊珊", "大通区教育体育局大通区幼儿园")
    # an outlet alone stays the source, no writer: usedcar.dizo.com.cn's copy of 广州日报
    # (http://usedcar.dizo.com.cn/gundong/2021/1230/8152.html)
    row = "2021-12-30 18:59:04    来源:广州日报客户端    "
    doc = clean("\n".join(["年终盘点", row, "", SCHOOL_FIRST]) + "\n")
    assert (doc.author, doc.source) == (None, "广州日报客户端")


def test_a_category_path_before_a_public_body_is_no_part_of_the_source() -> None:
    from newsclean.filters.byline_values import source_name

    # page 035's row (the 新聞局(GCS) release of https://www.draemp.gov.mo/zh-TW/
    # T2C010020030020/20251/ddd395f23caa4b2aadafce6ba64ce8d0.html)
    assert source_name("按学科分类—政治、法律 新闻局(GCS)") == "新闻局(GCS)"
    assert source_name("按学科分类—政治、法律") == "按学科分类—政治、法律"


def test_an_outlet_before_its_writer_in_the_author_slot():
    # http://m.55go.net/magazine/pc/107/2974_info.html?id=3022: the magazine copy's author
    # field holds the paper, then its writer (the mirror's gloss 報(bào) stripped)
    parsed = parse_metadata("作者:體壇周報 馬德興")
    assert parsed is not None
    assert parsed.fields["author"] == "馬德興"
    assert parsed.fields["source"] == "體壇周報"


def test_two_writers_in_the_author_slot_stay_authors():
    parsed = parse_metadata("作者:刘婷 邹渝")
    assert parsed is not None and parsed.fields["author"] == "刘婷 邹渝"


# Round 44b: a press release's word after the issuer's name is the kind of copy, no part of
# the name.  The line above a Taiwan news site's release (eval/variants/byline.json
# by-press-release-unit-officer-phone: FTNN新聞網新聞稿, then the day and the issuing unit).
@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("FTNN新聞網新聞稿 2025年11月26日 星期三 行政處新聞科", "FTNN新聞網"),
        ("来源:新华社新闻稿", "新华社"),
        ("来源:人民网通稿", "人民网"),
    ],
)
def test_a_press_release_word_after_the_issuer(line: str, source: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields["source"] == source


def test_the_word_is_kept_when_no_outlet_is_left() -> None:
    # cut only when what is left is an outlet's name: 市府 is a body, not a media name
    parsed = parse_metadata("来源:市府新闻稿")
    assert parsed is not None and parsed.fields["source"] == "市府新闻稿"


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # Round 45: a writers' association's copy parts the paper and its writer with a bar
        # (http://www.yxwtba.com/n1/2025/1030/c419393-40592728.html).
        (
            "來源:人民日報海外版 | 黃敬惟  2025年10月30日08:19",
            {"source": "人民日報海外版", "author": "黃敬惟"},
        ),
    ],
)
def test_round45_a_bar_parts_the_source_from_its_writer(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert {k: parsed.fields.get(k) for k in fields} == fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # Bars parting labelled fields keep each field its own; a bar closing the source
        # with nothing after it is no writer
        # (https://itaiwannews.cn/2017-10-17/544d3785-a921-e5ab-da07-3cae4cf6d3e0.html).
        (
            "编辑: 左妍冰 | 时间: 2017-10-17 10:26:45 | 来源: 中新社 |",
            {"source": "中新社", "editor": "左妍冰", "author": None},
        ),
    ],
)
def test_round45_bars_between_labelled_fields_stay_fields(
    line: str, fields: dict[str, str | None]
) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert {k: parsed.fields.get(k) for k in fields} == fields


def test_round45_the_page_s_author_after_the_source_s_bar_is_the_writer() -> None:
    # 中評社's story (http://hk.crntt.com/doc/311_19278_106875532_1_0203002018.html) as a
    # writers' association's copy prints it (variant
    # by-source-label-paper-pipe-author-two-spaces-date-writers-association-copy): the
    # lead names 海涵 the reporter, the foot row prints him after the source's bar.
    lines = [
        "中評現場:外國駐華記者新年招待會在京舉行",
        "中評社北京2月3日電(記者 海涵)由中華人民共和國外交部和北京市政府聯合主辦的2024年"
        "外國駐華記者新年招待會2日晚在北京大運河博物館舉行。",
        "外交部部長助理華春瑩在致辭中指出,剛剛過去的2023年,是國際關係發生重大深遠演變的一年,"
        "是中國式現代化扎實推進的一年,也是中國外交的開拓之年。",
        "來源:中評社 | 海涵  2024年02月03日00:20",
    ]
    doc = clean("\n\n".join(lines) + "\n", convert="none")
    assert doc.author == "海涵"
    assert doc.source == "中評社"


# Round 47: a periodical's issue after the source's name is which number ran the copy, no
# part of the name (byline_values.ISSUE_AFTER).
@pytest.mark.parametrize(
    ("line", "source"),
    [
        # https://h.460.net.cn/a/466737.html (eval variant
        # notice-foot-source-label-journal-double-angle-year-issue-source-party-journal-copy)
        ("来源:《支部建设》2025年第10期", "支部建设"),
        # http://m.fx361.com/news/2013/0705/17545100.html: the journal and its issue, no 第
        ("来源:江西社会科学 2013年6期", "江西社会科学"),
    ],
)
def test_a_periodicals_issue_is_no_part_of_the_source(line: str, source: str) -> None:
    from newsclean.filters.metadata import parse_metadata

    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == {"source": source}


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源:新华网", "新华网"),
        # a name ending in digits that are no issue stays whole (round 36's 香港01)
        ("来源:香港01", "香港01"),
        # the year as the source's own name: no issue word 期 after it
        ("来源:《2025年鉴》", "2025年鉴"),
    ],
)
def test_sources_without_an_issue_keep_their_name(line: str, source: str) -> None:
    from newsclean.filters.metadata import parse_metadata

    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields["source"] == source

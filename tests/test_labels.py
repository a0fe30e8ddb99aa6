"""The label table and pattern (labels.py): a label is found whole, the longest label of
the table at its place, whatever separator follows it."""

from __future__ import annotations

import pytest

from newsclean.filters.labels import is_label, label_pattern
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # https://www.881903.com/news/amp/local/2343713 (商業電台): labels spaced, no colons
        ("發佈時間 2020-06-25 23:16 最後更新時間 2020-06-25 23:21", "2020-06-25T23:16:00+08:00"),
        ("發佈時間 2023.05.05 最後更新時間 2023.05.05", "2023-05-05"),
        # a CMS template's date row and a news card's (public front-end code)
        ("发布时间 2021-10-22", "2021-10-22"),
        ("发布时间 2021-01-01 17:50", "2021-01-01T17:50:00+08:00"),
        ("最後更新時間 2020-12-29", "2020-12-29"),
    ],
)
def test_a_compound_label_spaced_from_its_date(line, published):
    found = parse_metadata(line)
    assert found is not None and found.fields.get("published_at") == published


def test_the_longest_label_is_found_where_a_shorter_one_starts():
    match = next(m for m in label_pattern().finditer("发布时间 2021-10-22") if is_label(m))
    assert match["label"] == "发布时间" and match["space"]


@pytest.mark.parametrize(
    "line",
    [
        "发布时间较晚的文章不再更新",
        "发布会 2020年1月1日举行",
        "作者简介 张三,北京人",
        # a project's note, a sentence (public repository text)
        "latest release 是 v0.5.2.2，发布时间 2021-02-15。release body 仍在谈旧问题。",
    ],
)
def test_prose_that_opens_with_a_label_word_stays_prose(line):
    found = parse_metadata(line)
    assert found is None or "published_at" not in found.fields


# Round 30: a magazine's hyphenation point (U+2027) or a katakana middle dot after the text
# and picture labels is their separator, as a dot is (Taiwan Panorama: 文‧陳淑美 圖‧岳雷).
@pytest.mark.parametrize("line", ["文‧陳淑美 圖‧岳雷", "文・陳淑美 圖・岳雷", "文/陳淑美 圖/岳雷"])
def test_a_dot_parts_the_text_and_picture_labels(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == {"author": "陳淑美", "photographer": "岳雷"}


# Near misses, real lines from public repositories' Taiwanese text: the same dot joins a
# foreign name's parts (艾爾文‧史密斯, 凱文‧魯斯) or a dictionary's section (說文‧八部), where
# 文 closes a word; the middle dot U+00B7 is no separator, nor a dot after another label.
@pytest.mark.parametrize(
    "line",
    [
        "本展覽彙集2024年艾爾文‧史密斯誕辰紀念日留聲機活動留言總計20餘則。",
        "凱文‧魯斯和凱西‧紐頓在他們的播客Hard Fork裡,和其中一位調查人員一起討論了兩份報告",
        "說文‧八部",
        "阿拉伯文‧波斯文",
        "文·陳淑美 圖·岳雷",
        "來源‧中央社",
    ],
)
def test_a_dot_joining_words_is_no_label_separator(line: str) -> None:
    assert parse_metadata(line) is None


# Round 31: an archive's or a CMS's entry time is a time label as 发布时间 is, prefix x
# stem (归档/录入/入库 + 时间/日期), in either script: round-31 rows 094 and 113
# (歸檔時間:2023-5-5, a Hong Kong paper's archive mirror), and the header field of a
# public design document on GitHub (归档时间：2026-04-02).
@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("歸檔時間:2023-5-5", "2023-05-05"),
        ("歸檔時間:2022年09月23日", "2022-09-23"),
        ("归档时间：2026-04-02", "2026-04-02"),
        ("录入时间：2015-03-12 来源：本站", "2015-03-12"),
        ("入库日期: 2019-07-01", "2019-07-01"),
    ],
)
def test_an_archive_or_entry_time_labels_the_date(line, when):
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields["published_at"] == when


@pytest.mark.parametrize(
    "line",
    [
        # a real document's prose after the label's value (a sentence): stays
        "归档时间：2026-10-08T12:08:28.794348+08:00。两种目标的 4/8 steps 全部完成",
        "归档时间为2023年5月5日，请各单位按时提交。",
    ],
)
def test_an_archive_time_in_a_sentence_stays_prose(line):
    assert parse_metadata(line) is None


# Round 31: a Latin label glued behind a Han date's 日 is parted from it by the change of
# script, as a colon parts a Han label (a Taiwan mirror's row: 2025年11月12日By 聯合報);
# a Latin word that is no label's value stays prose.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("2025年11月12日By 联合报", {"source": "联合报", "published_at": "2025-11-12"}),
        ("2025年11月12日by 联合报", {"source": "联合报", "published_at": "2025-11-12"}),
    ],
)
def test_a_latin_label_glued_behind_a_dates_day(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


def test_a_latin_sentence_glued_behind_a_date_stays_prose():
    assert parse_metadata("2025年11月12日By the way we went") is None


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # https://mhwmm.com/zonghezixun/879.html's layout (缅华网, Myanmar): 发布于 glued to
        # the date, the portal's name in the editor's slot (no editor)
        (
            "编辑:缅华网 文章类型:综合资讯 发布于2012-02-09 21:53:09 共2314人阅读",
            {"published_at": "2012-02-09T21:53:09+08:00"},
        ),
        # round 36: the same row with the date's English month glued to 發佈於
        (
            "编辑:缅华网 文章类型:综合资讯 发布于Jan 30, 2016 共2314人阅读",
            {"published_at": "2016-01-30"},
        ),
        # the Tencent Cloud developer community's article header (cloud.tencent.com/developer,
        # copied in a public repository's notes): 发布于 glued to the date, a read count
        ("发布于2020-12-30 16:37:31阅读 8590", {"published_at": "2020-12-30T16:37:31+08:00"}),
        # http://kjdn.kjj.jinhua.gov.cn/policy/regulation/detail?id=40288155754f2680017562a69b4108cd
        # (金华 science bureau's policy library): an open-information row, 文号 no field
        ("发布机构:科技部门户网站 文号:国科发专〔2017〕145号", {"source": "科技部门户网站"}),
        # http://zwgkw.thx.gov.cn/openness/detail/content/5c4829ad7f8b9a6f388be521.html's block
        ("信息分类: 通知   发布机构: 太湖县人民政府办公室", {"source": "太湖县人民政府办公室"}),
        ("生成日期: 2019-01-23 文号:", {"published_at": "2019-01-23"}),
        ("索引号: 003129766/201901-00336 组配分类: 规范性文件发布", {}),
        ("浏览次数: 590 内容概述:", {}),
        # https://www.xjishu.com/zhuanli/55/202211344973.html: counters glued between labels
        (
            "文档序号:32700526发布日期:2022-12-27 22:33阅读:30来源:国知局",
            {"published_at": "2022-12-27T22:33:00+08:00", "source": "国知局"},
        ),
    ],
)
def test_round33_labels_glued_to_dates_and_index_blocks(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        # a standard's dates in a note (public repository text): prose opening with 发布于
        "发布于2020-04-28，实施于2020-11-01。",
        "发布于2020年12月，支持至2023年5月",
        "刊登于2018年第3期的这篇文章引起了关注。",
        "时间20分钟后,他们到达现场。",  # a time stem glued to a number is no label
        "发布于Janet的博客上的这篇文章引起了关注。",  # a name, no month
        "作者Janet 30岁",  # no month, no time label
    ],
)
def test_round33_a_verb_glued_to_a_date_in_prose_stays_prose(line):
    assert parse_metadata(line) is None


# Round 35 probe: a reposting site's editor labelled by the gathering before the editing
# (https://fensifuwu.com/emotion/me/32e4d8a77792c2c882623d6226c17766.html, a copy of
# 延吉新闻网: "来源:延吉新闻网收集编辑:延吉新闻网").
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("来源:延吉新闻网收集编辑:延吉新闻网", {"source": "延吉新闻网"}),
        ("來源:延吉新聞網收集編輯:延吉新聞網", {"source": "延吉新聞網"}),
        ("来源:新华网采集编辑:李四", {"source": "新华网", "editor": "李四"}),
        ("整理编辑:张三", {"editor": "张三"}),
    ],
)
def test_a_gathering_verb_before_the_editor_stem_is_the_editors_label(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


def test_a_gathering_verb_in_prose_is_no_label():
    assert parse_metadata("工作人员收集编辑了大量资料,供读者查阅。") is None


# Round 38 (benchmarks/byline_stress.py): 文 and a space before the writer's name was
# prose (the one-character label took no spaces): 文=0.90 over the generated lines.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("文 王辛", "王辛"),
        ("文 上官文静  来源于 《光明日报》  2020-12-27", "上官文静"),
        ("2019年8月17日 星期六 下午7:24  文 姚亚奇  编辑 冯凯", "姚亚奇"),
        ("文 熊家余 姚亚奇", "熊家余 姚亚奇"),
        ("文 謝慧敏\u3000來源:新京報", "謝慧敏"),
        ("文 韓丹 熊家餘 編輯 馮凱", "韓丹 熊家餘"),  # one space, then the next label
        ("文 欧阳晓明 责任编辑 冯凯", "欧阳晓明"),
        ("责编 冯凯 文 王辛 2022/2/5 周六 15:38:03", "王辛"),  # one space, then a date
    ],
)
def test_a_spaced_writer_label_before_a_whole_name(line: str, author: str) -> None:
    found = parse_metadata(line)
    assert found is not None and found.fields.get("author") == author


@pytest.mark.parametrize(
    "line", ["文 化", "文 明 城 市", "文 化 建设", "文 章 标 题", "文 王辛 今天来到米仓村"]
)
def test_a_spaced_writer_label_before_no_name_is_prose(line: str) -> None:
    found = parse_metadata(line)
    assert found is None or "author" not in found.fields


def test_a_place_s_clock_is_the_time_label_round_38() -> None:
    from newsclean.filters.labels import with_place_time_read
    from newsclean.filters.metadata import parse_metadata

    parsed = parse_metadata("意大利时间:2017-02-02 05:00 作者:admin 阅读:")
    assert parsed is not None
    assert parsed.fields == {"published_at": "2017-02-02T05:00:00"}  # local time, no source
    beijing = parse_metadata("北京时间:2017-02-02 05:00")
    assert beijing is not None and beijing.fields["published_at"].endswith("+08:00")
    # an event's time, a label of the table, a name glued before one: left alone
    assert (
        with_place_time_read("活动时间:2024-05-01 地点:市文化馆")
        == "活动时间:2024-05-01 地点:市文化馆"
    )
    assert with_place_time_read("发布时间:2024-05-01 作者:张三") == "发布时间:2024-05-01 作者:张三"
    assert with_place_time_read("新华网發布時間:2022-2-10 作者:林碧锋").startswith("新华网")


# Round 39: a school's or county site's foot credits its reviewer and the person who entered
# the copy in the CMS: labels of the byline, read and not stored (as 审核, 发布者 are).
@pytest.mark.parametrize(
    "line",
    ["審稿人:袁大金", "审稿:李四", "审核人:王五", "录入者:杨蕾", "錄入人:楊蕾", "录入员:张三"],
)
def test_reviewer_and_entry_labels_are_read_not_stored(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == {}


def test_the_writer_beside_a_reviewer_is_the_author() -> None:
    parsed = parse_metadata("撰稿人:袁大金 审稿人:李四")
    assert parsed is not None and parsed.fields == {"author": "袁大金"}


@pytest.mark.parametrize(
    "line", ["录入者的名字写在最后一行。", "审稿人要求作者补充数据,修改后再投。"]
)
def test_prose_opening_with_a_reviewer_word_stays_prose(line: str) -> None:
    assert parse_metadata(line) is None

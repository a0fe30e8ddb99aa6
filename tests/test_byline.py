"""The byline grammar against the variant tables observed on real pages
(tests/data/byline_variants.tsv, tests/data/credit_variants.tsv), and its data files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT, data_lines
from linear import assert_linear

from newsclean import clean
from newsclean.data import DATA_DIR
from newsclean.filters.byline import parse_labelled
from newsclean.filters.byline_alone import author_line
from newsclean.filters.credits import reporter_credit
from newsclean.filters.labels import label_table
from newsclean.filters.metadata import parse_metadata


def _variants(name: str) -> list[pytest.param]:
    params = []
    for line in data_lines(name):
        columns = line.split("\t")
        marks = [pytest.mark.xfail(reason=columns[3], strict=True)] if len(columns) > 3 else []
        params.append(pytest.param(columns[0], columns[1], columns[2], marks=marks))
    return params


@pytest.mark.parametrize(("line", "expected", "seen"), _variants("byline_variants.tsv"))
def test_byline_variant(line, expected, seen):
    parsed = parse_metadata(line)
    if expected == "none":
        assert parsed is None, seen
    else:
        assert parsed is not None, seen
        assert parsed.fields == json.loads(expected), seen


@pytest.mark.parametrize(("paragraph", "author", "seen"), _variants("credit_variants.tsv"))
def test_credit_variant(paragraph, author, seen):
    assert reporter_credit(paragraph) == (None if author == "none" else author), seen


@pytest.mark.parametrize(
    ("label", "target"),
    [
        ("稿件来源", "source"),
        ("稿件來源", "source"),
        ("来源于", "source"),
        ("來源於", "source"),
        ("消息來源", "source"),
        ("责任编辑", "editor"),
        ("責任編輯", "editor"),
        ("本報記者", "reporter"),
        ("特约记者", "reporter"),
        ("攝影", "photographer"),
        ("發佈時間", "published_at"),
        ("發布時間", "published_at"),
        ("时间", "published_at"),
        ("最後更新時間", "updated_at"),
        ("图片编辑", "ignore"),
    ],
)
def test_labels_are_built_from_the_grammar(label, target):
    assert label_table()[label] == target


def test_labels_of_every_field_in_every_separator():
    """Each field with each separator form, in a line of several fields in any order."""
    separators = [":", "：", "/", "／", "|", "｜", "丨", " "]
    for sep in separators:
        line = f"编辑{sep}赵六 来源{sep}央视网 记者{sep}王小明"
        assert parse_labelled(line).fields == {  # type: ignore[union-attr]
            "editor": "赵六",
            "source": "央视网",
            "author": "王小明",
        }, sep


def test_publication_time_beats_update_time_whatever_the_order():
    parsed = parse_metadata("更新时间：2025-07-03 09:00 发布时间：2025-07-02 16:05")
    assert parsed is not None
    assert parsed.fields == {"published_at": "2025-07-02T16:05:00+08:00"}


def test_author_label_beats_reporter_label():
    parsed = parse_metadata("记者：王小明 作者：李四")
    assert parsed is not None
    assert parsed.fields["author"] == "李四"


def test_photographer_only_lines_are_left_to_captions():
    assert parse_metadata("摄影：张三") is None
    assert parse_metadata("图/新华社") is None


def test_an_interviewers_credit_before_a_role_and_a_name_is_the_byline():
    # 採訪 / 音樂記者 某某 over 攝影 / …: who interviewed wrote the story (round 34)
    page = (
        "金城舉辦音樂季 樂團走進校園\n\n採訪 / 音樂記者 陳美玲\n\n攝影 / Herman、Noah\n\n"
        "　　金城鎮公所昨日舉辦音樂季開幕活動,邀請縣內三支樂團走進校園演出,吸引數百名師生參與。\n"
    )
    doc = clean(page)
    assert doc.author == "陈美玲"
    assert all("采访" not in line for line in doc.body)


def test_credit_fills_author_and_keeps_the_paragraph():
    paragraph = "新华社北京7月2日电（记者 张三）国务院新闻办公室2日举行新闻发布会，介绍有关情况。"
    head = "国新办举行新闻发布会\n\n2025-07-02 16:05 来源：新华网\n\n"
    page = f"{head}{paragraph}\n\n第二段正文内容在这里。\n"
    doc = clean(page)
    assert doc.author == "张三"
    assert doc.body[0] == paragraph
    record = next(r for r in doc.lines if r.text == paragraph)
    assert ("structure", "credit", "author 张三") in [
        (e.filter, e.action, e.detail) for e in record.evidence
    ]


def test_a_labelled_author_is_not_replaced_by_the_credit():
    page = (
        "国新办举行新闻发布会\n\n2025-07-02 16:05 来源：新华网 作者：李四\n\n"
        "新华社北京7月2日电（记者 张三）国务院新闻办公室2日举行新闻发布会。\n"
    )
    assert clean(page).author == "李四"


def test_traditional_variants_file_is_what_the_tool_writes():
    """The generated table matches the installed OpenCC and the simplified tables."""
    result = subprocess.run(
        [sys.executable, "-c", "import sys; sys.path.insert(0, 'tools');"
         "import traditional_variants as t; sys.stdout.write(t.render())"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    with open(f"{DATA_DIR}/traditional_variants.txt", encoding="utf-8") as handle:
        assert handle.read() == result.stdout


def test_hostile_byline_lines_finish_quickly():
    def make(n: int) -> list[str]:
        return ["2025-" * n, "来源：" * n, "（记者 " * n, "1:" * (2 * n)]

    def judge(texts: list[str]) -> None:
        for text in texts:
            parse_metadata(text[:120])
            reporter_credit(text)
            parse_labelled(text[:2000])

    assert_linear(make, judge, 5_000)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("2020年8月12日 17:37 梁婉琦 雷翠云 来源:澳门电台", "梁婉琦 雷翠云"),
        ("记者孙兴华 刘晓民/综合报导/", "孙兴华 刘晓民"),
        ("张三 李四 2020-01-02", "张三 李四"),
        # A name apart from the author's (a date between) is not joined to it.
        ("崔虹 2016-07-19 新京报", "崔虹"),
    ],
)
def test_co_authors_in_a_row(line, author):
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields["author"] == author


def test_a_camera_credit_under_the_time_is_the_author_of_a_video_story():
    # Round 13: a Macau radio's video page prints the date, then the camera operators.
    page = (
        "衛生局: 一旦現確診個案或封閉管理部分區域\n\n日期:2020/08/12下午05:37\n\n"
        "攝影:梁婉琦 雷翠雲\n\n"
        "　　(澳門電台消息) 被問及當本澳出現新冠肺炎病例,會否觸發熔斷機制再次關閉賭場。\n"
    )
    doc = clean(page, convert="none")
    assert doc.author == "梁婉琦 雷翠雲"
    assert doc.captions == []


def test_a_camera_credit_in_the_body_stays_a_caption():
    # Under a paragraph, not under the byline's time: the credit of a picture.
    page = (
        "市民踊跃参加植树活动\n\n2024-03-12 09:00 来源：新华网\n\n"
        "昨天上午，上千名市民来到公园参加义务植树活动，现场气氛热烈。\n\n"
        "市民在公园植树。\n\n摄影:张三\n\n"
        "活动持续了整整一个上午，共种下树苗两千余棵。\n"
    )
    doc = clean(page)
    assert doc.author is None
    assert "摄影:张三" not in doc.body


def test_a_camera_word_in_prose_is_no_credit():
    assert author_line("摄影师张三拍下了这一幕。", under_time=True) is None
    assert author_line("摄影:新华社", under_time=True) is None


# Round 25 (byline helper): see the module docstrings.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # a paper farm's DedeCMS row (eval rows 077, 140, 148): 论文来源 is one label
        (
            "作者:詹遙    論文來源:本站原創    點擊數:    更新時間:2012-1-12",
            {"author": "詹遙", "published_at": "2012-01-12"},
        ),
        ("作者:郝文军    论文来源:本站原创    点击数:    更新时间:", {"author": "郝文军"}),
        # an unlisted compound label: 新闻来源
        ("作者：张三    新闻来源：新华网", {"author": "张三", "source": "新华网"}),
        # real, near misses (the value ends at a listed label, empty values):
        # http://big5.news.cn/gate/big5/jjckb.xinhuanet.com/2011-02/16/content_287867.htm
        ("2011-02-16   作者:  來源:央視網", {"source": "央視網", "published_at": "2011-02-16"}),
        # a Guangming Daily mirror's row (eval row): a time and a source, a double space
        (
            "时间:2012-04-01 09:57  來源:光明日報",
            {"published_at": "2012-04-01T09:57:00+08:00", "source": "光明日報"},
        ),
    ],
)
def test_a_value_ends_where_the_next_label_begins(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


def test_a_name_glued_to_a_label_without_a_gap_is_no_prefix() -> None:
    # one space is no field gap: 作者's value keeps its last name (co-authors in a row)
    parsed = parse_metadata("作者:张三 李四来源:新华社")
    assert parsed is not None and parsed.fields.get("source") == "新华社"


@pytest.mark.parametrize(
    "line",
    [
        "網絡截圖 來源:《世界報》網站",  # eval row 016/028: a screenshot's credit
        "资料图片 来源:新华社",
        "视频截图 来源:央视新闻",
    ],
)
def test_a_pictures_credit_is_no_source(line: str) -> None:
    # No source of the article: the caption reader takes the line first where its credit
    # grammar knows the picture word (round 25), the byline sets it aside otherwise.
    parsed = parse_metadata(line)
    assert parsed is None or "source" not in parsed.fields


def test_an_article_lead_before_a_source_label_stays() -> None:
    parsed = parse_metadata("新华社 来源:人民网")
    assert parsed is not None and parsed.fields["source"] == "人民网"


# Round 32: an outlet in the author's slot is no author.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("来源:人民日报 作者:人民日报原标题:“中星”20号通信卫星发射成功", {"source": "人民日报"}),
        ("来源:Yahoo奇摩新闻 作者:Yahoo奇摩新闻原标题:Yahoo奇摩新闻", {"source": "Yahoo奇摩新闻"}),
        ("作者:新京报", {"source": "新京报"}),
        # http://linux.it.net.cn/m/view.php?aid=5661 (not in eval/): a person stays
        (
            "时间:2014-09-23 00:41 来源:cnblogs.com 作者:小蝶惊鸿",
            {
                "published_at": "2014-09-23T00:41:00+08:00",
                "source": "cnblogs.com",
                "author": "小蝶惊鸿",
            },
        ),
    ],
)
def test_an_outlet_is_no_author(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


# Round 32: a whole field framed in title marks; the perfective 已 before an update label.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("《資料來源:臺視新聞》", {"source": "臺視新聞"}),
        ("《资料来源:happymacao.com》", {"source": "happymacao.com"}),
        ("已更新:2012-04-01 15:41:00", {"published_at": "2012-04-01T15:41:00+08:00"}),
    ],
)
def test_framed_field_and_perfect_label(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize("line", ["《人民日报》", "《作者》", "已更新的版本说明见下文"])
def test_framed_near_misses(line: str) -> None:
    assert parse_metadata(line) is None


# Round 39: a CMS's placeholder after an English credit label (WordPress's "by admin"):
# the author slot left empty, read and not stored; the row's date still dates the page.
@pytest.mark.parametrize(
    "line", ["May 12, 2023 by admin", "Posted on May 12, 2023 by admin", "2023年5月12日 by admin"]
)
def test_by_a_placeholder_is_an_empty_author_slot(line: str) -> None:
    parsed = parse_labelled(line)
    assert parsed is not None
    assert parsed.fields == {"published_at": "2023-05-12"}


def test_by_a_person_still_names_the_author() -> None:
    parsed = parse_labelled("May 12, 2023 by 张三")
    assert parsed is not None and parsed.fields.get("author") == "张三"


def test_the_posting_verb_before_its_poster_labels_no_time() -> None:
    # Round 42: 发布:管理员, the verb label of 发布人 with its 人 left out (round 41's unread
    # harvest row, http://61.187.64.115/a/fuzhongxinwen/20200904/8857.html)
    parsed = parse_labelled("发布:管理员 来源:党委办公室 日期:2020-09-04 人气:")
    assert parsed is not None
    assert parsed.fields == {"source": "党委办公室", "published_at": "2020-09-04"}
    # the verb before its date still dates the row (hnxfw.gov.cn, round-42 harvest)
    parsed = parse_labelled("发布时间:2022-02-21 浏览量: 来源:大通区教育体育局")
    assert parsed is not None and parsed.fields["published_at"] == "2022-02-21"

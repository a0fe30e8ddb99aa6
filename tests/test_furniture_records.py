"""A hosted item's record and a periodical's page marker (``furniture_records``, round 27)."""

from __future__ import annotations

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_labels import details_label
from newsclean.filters.furniture_leaks import leak_reason
from newsclean.filters.furniture_records import (
    issue_label,
    page_marker,
    record_blocks,
    record_fields,
    record_line,
)

# Real lines from sites outside eval/ (addresses in the comments).
REAL_RECORDS = [
    # https://31ppt.com/d-3992402.html (a document shop's file pane, spaced by runs)
    "• 资源ID:3992402       资源大小:446.50KB        全文页数:22页",
    # https://m.bdocx.com/doc/28141257.html (a document site's header under the title;
    # the site is in eval/ with another document, this page is not)
    "上传人:b****8 文档编号:28141257 上传时间:2023-07-08 格式:DOCX 页数:148 大小:245.83KB",
    # the held-out row's podcast directory (castbox.fm), glued counters
    "Subscribed: 408Played: 7,724",
]

REAL_NEGATIVES = [
    # https://360docs.net/doc/0814424102.html: a sentence about a file's size
    "例1:找到D盘上的Ersave2.dat文件,用鼠标右键单击该文件,选择“属性”,即可打开对话框,"
    "我们可以看到,Ersave2.dat的实际大小为655,628 Byte(字节)",
    # http://www.huaxiayun.net/info/show/4386513.html: a how-to's list item, a label
    # and a sentence
    "• 页数:记录文件的总页数。",
    # https://jishuzhan.net/article/1950816167366537217: a how-to's list item
    "- PDF文件页眉和页脚识别",
    # invented for the model: a story's fact box names no property of a file
    "人口:1400万 面积:1.6万平方公里",
    "- 大小:不超过5MB",
]


@pytest.mark.parametrize("line", REAL_RECORDS)
def test_real_records_are_furniture(line: str) -> None:
    assert record_line(line)
    assert leak_reason(line) == "nav"


@pytest.mark.parametrize("line", REAL_NEGATIVES)
def test_real_sentences_and_list_items_stay(line: str) -> None:
    assert not record_line(line)
    assert record_fields(line) == 0


def test_one_field_a_line_is_a_record_in_its_block_only() -> None:
    # https://31ppt.com/d-3992402.html: the pane's second line holds one file field
    lines = {
        0: "• 资源ID:3992402       资源大小:446.50KB        全文页数:22页",
        2: "• 资源格式: DOC        下载积分:8金币",
        4: "计算机与图书管理系统的开发毕业论文.doc",
    }
    assert record_fields(lines[2]) == 1
    assert record_blocks([0, 2, 4], lines.__getitem__) == {2: "nav"}
    # the held-out row's doc-sharing pane, one field a line
    pane = {1: "- 格式:pdf", 3: "- 大小:38.27 KB", 5: "- 文档页数:2", 7: "正文第一段。"}
    assert record_blocks([1, 3, 5, 7], pane.__getitem__) == {1: "nav", 3: "nav", 5: "nav"}
    # a single field with no record beside it stays (a list of instructions)
    alone = {1: "- 格式:pdf", 3: "- 大小:不超过5MB", 5: "请按要求提交。"}
    assert record_blocks([1, 3, 5], alone.__getitem__) == {}


@pytest.mark.parametrize(
    "line",
    [
        "第1页 / 共148页",  # https://m.bdocx.com/doc/28141257.html (page thumbnails)
        "Page 66 - 2023年1月《湄公河》",  # the held-out row's flipbook page title
        "P. 66",
        "umagazine issue 19 10 封面故事 COVER STORY",  # the held-out row's running footer
        "- 12 -",
        "《湄公河》2023年第1期 第12页",
        "Page 3 of 12",
    ],
)
def test_page_markers(line: str) -> None:
    assert page_marker(line)


@pytest.mark.parametrize(
    "line",
    [
        # http://35331.cn/lhs_k34fjbgqpirkgk1jong8mo3viof014kcgk34mko015_3.html: a title
        # with its page number is a title
        "新产品开发控制程序(最新版) 第3页",
        # http://bkds.ustb.edu.cn:80/cn/article/doi/10.19979/j.cnki.issn10082689.2022100090
        "北京科技大学学报(社会科学版), 2023, 39(1): 73-89.",
        "2023年第1期",  # an issue label alone: a heading
        "见第66页",
        "2016 年 01 月 30 日",  # a date, not an issue and a page
        "2023-05-01",
    ],
)
def test_not_page_markers(line: str) -> None:
    assert not page_marker(line)


def test_details_label() -> None:
    assert details_label("文章详情介绍:")
    assert not details_label("事故详情:")
    assert leak_reason("文章详情介绍:") == "nav"


def test_pipeline_removes_the_pane_and_keeps_the_story() -> None:
    text = (
        "新加坡新闻媒体研究\n\n文章详情介绍:\n\n- 格式:pdf\n\n- 大小:38.27 KB\n\n"
        "- 文档页数:2\n\n新加坡的新闻媒体在过去二十年间经历了深刻的变化，报业集团重组，"
        "数字平台兴起。\n\n该文件大小为38 KB，读者可在图书馆查阅全文。\n"
    )
    doc = clean(text)
    removed = {r.text for r in doc.removed}
    assert {"- 格式:pdf", "- 大小:38.27 KB", "- 文档页数:2", "文章详情介绍:"} <= removed
    body = "".join(doc.body)
    assert "该文件大小为38 KB" in body
    assert "报业集团重组" in body


# Round 32: an issue label alone outside the article.  Real: a daily newsletter's
# template prints its issue alone in the page head (a public repository's AI 日报 page:
# <div class="issue">第 {issue_no} 期</div>); a campus weekly prints NO.668 over the read
# count at its foot; a magazine's Vol. 3.
@pytest.mark.parametrize("line", ["第 12 期", "第33期", "NO.668", "Vol. 3"])
def test_an_issue_label_is_one(line: str) -> None:
    assert issue_label(line)


@pytest.mark.parametrize("line", ["第33期", "第 12 期"])
def test_an_issue_label_above_the_article_goes(line: str) -> None:
    document = clean(_page(line, HEADLINE, *PARAGRAPHS))
    assert line_removed(document, line)
    assert document.title == HEADLINE


def test_an_issue_label_under_the_article_goes() -> None:
    document = clean(_page(HEADLINE, *PARAGRAPHS, "NO.668"))
    assert line_removed(document, "NO.668") and document.body == PARAGRAPHS


def test_an_issue_label_between_paragraphs_is_a_heading_and_stays() -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], "第33期", PARAGRAPHS[1]))
    assert not line_removed(document, "第33期")


@pytest.mark.parametrize(
    "line",
    ["本文原载于《财新周刊》2021年第18期", "第33期中国侨商论坛在京开幕", "第3页"],
)
def test_no_issue_label_alone(line: str) -> None:
    assert not issue_label(line)


# Round 36: a library's record of a chapter, one field a line (a classification number, a
# page count, a page range) goes as the pane it is; one such field alone in a story stays.
def test_a_library_records_fields_one_a_line_go() -> None:
    fields = ["分类号: TP391.41", "页数: 5", "页码: 233-237"]
    document = clean(_page(HEADLINE, *fields, *PARAGRAPHS))
    assert all(line_removed(document, field) for field in fields)
    assert document.body == PARAGRAPHS


def test_a_classification_number_needs_its_own_label() -> None:
    assert leak_reason("分类号: D634.2 页码: 1510-1512") == "nav"
    assert leak_reason("大小: D634 页码: 1510-1512") is None  # a class number is no size


# Round 37 (second wave): a flipbook's page title, the page and the document's name.
@pytest.mark.parametrize(
    "line", ["Page 716 - 中華民國福建省政府志", "P. 12 - 泉州府志", "泉州府志 | P. 12"]
)
def test_a_flipbooks_page_title_is_a_page_marker(line: str) -> None:
    assert page_marker(line)
    assert leak_reason(line) == "nav"


@pytest.mark.parametrize(
    "line",
    [
        "Page Six - 纽约邮报八卦版",
        "Page 3 - 新冠疫情最新消息，请看",
        "PART 1 - 序章",
        "第3章 - 归来",
        "第3页:两会特刊",  # round 37 (mend): a page named by 第N页 heads a story
    ],
)
def test_a_headline_with_no_page_before_its_dash_stays(line: str) -> None:
    assert not page_marker(line)

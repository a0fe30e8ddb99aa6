"""Round 10: short lines of other kinds that layout alone must not make captions.

A layout difference is measured against the page's paragraphs, and a caption describes
its picture: a line above the article on a page whose head named no headline (the head
is laid out unlike paragraphs), a line speaking to the reader (a notice), and a byline's
slash field are no captions by layout; the same places with a caption's words are.
"""

import pytest
from conftest import CAPTION_BYLINE as BYLINE
from conftest import CAPTION_PARAGRAPHS as LONG
from conftest import CAPTION_TITLE as TITLE

from newsclean.filters.caption_layout import layout_caption_shaped
from newsclean.filters.caption_rejects import addresses_reader, edition_line, record_fields
from newsclean.filters.structure import LineView, classify

CAPTION = "湖南支援山南市第三小学打造一支教师队伍。"


def _page(line: str, *, at_foot: bool = False) -> list[LineView | None]:
    """Head, then ``line`` flush among indented paragraphs (between them or at the foot)."""
    paragraphs = [LineView(p, True, 1) for p in LONG]
    where = len(paragraphs) if at_foot else 2
    return [
        LineView(TITLE, False, 0),
        LineView(BYLINE, False, 1),
        *paragraphs[:where],
        LineView(line, False, 1),
        *paragraphs[where:],
    ]


@pytest.mark.parametrize(
    "notice",
    [
        "如果你想了解更多关于本网，欢迎联系本网。",
        "本篇文章为你整理了本网的详细内容，希望能帮助你了解本网。",
        "感谢您的阅读，欢迎您关注我们的公众号。",
    ],
)
@pytest.mark.parametrize("at_foot", [False, True])
def test_a_line_speaking_to_the_reader_is_no_caption_by_layout(notice: str, at_foot: bool):
    views = _page(notice, at_foot=at_foot)
    line = 6 if at_foot else 4
    assert classify(views).placements[line] != "caption"
    views[line] = LineView(CAPTION, False, 1)  # a caption's words in the same place
    assert classify(views).placements[line] == "caption"


def test_quoted_speech_to_someone_is_still_a_caption():
    line = "市民高呼「你好，香港」迎接选手。"
    assert not addresses_reader(line)
    assert classify(_page(line)).placements[4] == "caption"


@pytest.mark.parametrize("field", ["译/新华社 李明】", "文/本报记者 张三", "人民网/ 2014/8/19"])
def test_a_slash_byline_field_is_no_caption_by_layout(field: str):
    assert not layout_caption_shaped(field, 80)
    views = [
        LineView(TITLE, False, 0),
        LineView(field, False, 2),
        LineView("精彩的文艺演出。", False, 1),  # a caption beside it: a group
        *(LineView(p, True, 1) for p in LONG),
    ]
    placements = classify(views).placements
    assert placements[1] != "caption"
    assert placements[2] == "caption"


@pytest.mark.parametrize(
    "head",
    [
        # tool rows, then a headline with a word glued in front and a bare outlet label:
        # no headline is found, and every head line is flush among indented paragraphs
        ["目录 索引 查找 书签", "热门: 台风 高铁 股市", "彩票预测头绑「救救王义川」", "台视新闻/"],
        ["热门: 台风 高铁 股市", "热门: 台风 高铁 股市"],
    ],
)
def test_head_lines_of_a_page_without_headline_are_no_captions_by_layout(head: list[str]):
    views = [
        *(LineView(text, False, 1) for text in head),
        *(LineView(p, True, 1) for p in LONG[:2]),
        LineView(CAPTION, False, 1),  # a flush caption inside the article
        *(LineView(p, True, 1) for p in LONG[2:]),
    ]
    placements = classify(views).placements
    assert "caption" not in placements[: len(head)]
    assert placements[len(head) + 2] == "caption"


def test_a_caption_under_the_headline_and_byline_is_still_a_caption():
    views = [
        LineView(TITLE, False, 0),
        LineView(BYLINE, False, 1),
        LineView(CAPTION, False, 2),
        *(LineView(p, True, 1) for p in LONG),
    ]
    assert classify(views).placements[:3] == ["title", "metadata", "caption"]


# --- a record of the page's fields ---------------------------------------------------

RECORDS = [
    "海涵 (发表日期:Sat Feb  3 00:20:17 2024 阅读人次:1003 回复数:0)",
    "张三 发表时间:2024-02-03 浏览次数:256",
]


@pytest.mark.parametrize("line", RECORDS)
def test_a_record_of_fields_is_no_layout_caption(line: str):
    assert record_fields(line)
    assert not layout_caption_shaped(line, 80)


@pytest.mark.parametrize(
    "line",
    ["图:蕾特诺与蓬佩奥资料图片", "华侨新村入口", "精彩的文艺演出。", "日期: 2025年05月28日"],
)
def test_a_caption_or_a_single_label_is_no_record(line: str):
    assert not record_fields(line)


@pytest.mark.parametrize("line", ["重庆的美,美在哪里?", "援藏干部的三年，留下了什么？"])
def test_a_question_set_apart_is_no_caption_by_layout(line: str) -> None:
    assert not layout_caption_shaped(line, 80)
    assert classify(_page(line)).placements[4] != "caption"


@pytest.mark.parametrize(
    "line",
    ["《 中评社 》( 2024年02月03日 第 06 版)", "人民日报 2024-02-03 A3版", "(2024年2月3日 第四版)"],
)
def test_an_edition_line_is_no_caption_by_layout(line: str) -> None:
    assert edition_line(line) and not layout_caption_shaped(line, 80)
    assert classify(_page(line, at_foot=True)).placements[6] != "caption"


def test_a_caption_naming_a_papers_page_stays_one() -> None:
    line = "2月3日,《山南日报》第5版刊登了这张照片。"
    assert not edition_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "即起免费看《某某新闻网》 欢迎分享",  # the site inviting the reader to act
        "每日新闻【今天最新新闻】:转载请保留某某新闻网链接。",  # the site's terms
    ],
)
def test_the_sites_call_or_terms_set_apart_are_no_caption(line: str) -> None:
    # round 37: flush among indented paragraphs, as the copies printed them
    assert not layout_caption_shaped(line, 80)
    assert classify(_page(line)).placements[4] != "caption"


@pytest.mark.parametrize("line", ["市民夹道欢迎选手归来。", "欢迎仪式在机场举行。"])
def test_a_welcome_in_a_picture_stays_a_caption_by_layout(line: str) -> None:
    assert not addresses_reader(line)
    assert layout_caption_shaped(line, 80)

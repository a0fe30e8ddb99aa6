"""Where a run of short lines begins and ends (``spam_runs``), on lines of benchmark-corpus
pages (the speed run's corpus of eval/README.md: pages 000252, 000421, 000501)."""

from __future__ import annotations

from newsclean.filters.spam_runs import is_item, last_own_line, leaves_text, runs

PARAGRAPH = "家门口的这种美,是风景,也是我们的生活感受。"
CAPTION = (
    "在武汉天河机场,湖北省武汉市第一医院医护人员为广东第14批援鄂医疗队送行(2020年3月23日摄)。"
    "新华社记者 陈晔华摄"
)


def _runs(lines: list[str]) -> list[list[str]]:
    items = bytearray(is_item(line.strip().lower()) for line in lines)
    return [[lines[i] for i in run] for run in runs(lines, items)]


def test_a_caption_a_menu_line_or_a_byline_leaves_the_text():
    assert leaves_text(CAPTION)
    assert leaves_text("▲保护区工作人员正在检查红外摄像机。")
    assert leaves_text("评论数 0+ ?")
    assert leaves_text("本文来自格隆汇专栏:人民日报,作者:田兆运")
    assert not leaves_text(PARAGRAPH)


def test_a_caption_between_two_links_does_not_end_their_run():
    """The clean text prints ``sm用品-sm用品`` and ``pp电影`` next to each other."""
    page = [PARAGRAPH, "", "sm用品-sm用品", "", CAPTION, "", "pp电影", "", PARAGRAPH]
    assert _runs(page) == [["sm用品-sm用品", "pp电影"]]


def test_a_paragraph_still_ends_a_run():
    page = ["午夜影院", "", PARAGRAPH, "", "做爱视频"]
    assert _runs(page) == []


def test_a_caption_before_any_link_is_no_run():
    page = [CAPTION, "", "pp电影", "", PARAGRAPH]
    assert _runs(page) == []


def test_the_foot_is_the_last_line_the_clean_text_prints():
    # eval page 071's foot menu after its noise lines: furniture, no part of the article
    page = [
        PARAGRAPH,
        "",
        "d%XL6RDR",
        "",
        "相关文章Related",
        "",
        "返回栏目>>",
        "",
        "首页 | 新闻头条",
    ]
    assert last_own_line(page) == 2  # a run ending on line 2 or below is at the foot
    assert last_own_line([PARAGRAPH, "", CAPTION, ""]) == 0
    assert last_own_line(["pp电影", "", PARAGRAPH, "", "返回栏目>>"]) == 2


def test_an_item_is_a_short_line_that_stays_in_the_text():
    for line in ("威尼斯人娱乐", "pp电影", "d%xl6rdr"):
        assert is_item(line) and not leaves_text(line)
    for line in ("返回栏目>>", "相关文章related", "评论数 0+ ?"):
        assert leaves_text(line) and not is_item(line)

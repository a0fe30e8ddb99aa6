"""The page head's record line (``filters/head_record.py``): a date with at most a name,
an outlet or a section word, between the headline and the first paragraph, is metadata; a
clean page keeps its paragraphs intact around it."""

import json
from pathlib import Path

import pytest
from linear import assert_linear

from newsclean import clean
from newsclean.filters.record_pieces import quiet_piece

ROOT = Path(__file__).resolve().parent.parent
HEADLINE = "山城老街焕新颜 游客夜游热度攀升"
FIRST = (
    "本报重庆3月9日讯 入夜，十八梯传统风貌区灯火通明，来自各地的游客沿着石阶拾级而上，"
    "在老街巷里品尝小吃、拍照打卡。"
)
SECOND = "据景区管理方介绍，今年以来风貌区接待游客人数同比增长三成，夜间客流占比过半。"


def _page(*head: str) -> str:
    return "\n\n".join([HEADLINE, *head, FIRST, SECOND]) + "\n"


def test_clean_page_keeps_its_text_around_a_compact_stamp() -> None:
    document = clean(_page("20190315 14:41:26"))
    assert document.body == [FIRST, SECOND]
    assert document.title == HEADLINE
    assert document.published_at == "2019-03-15T14:41:26+08:00"


def test_clean_page_with_byline_row() -> None:
    document = clean(_page("评论 | by 陈立新 | Friday, March 15, 2019"))
    assert document.body == [FIRST, SECOND]
    assert document.author == "陈立新"
    assert document.published_at == "2019-03-15"


def test_one_line_paragraph_between_paragraphs_stays() -> None:
    # Below the first paragraph there is no record slot: a short dated line is the story's.
    middle = "2019年3月9日 晴"
    document = clean("\n\n".join([HEADLINE, FIRST, middle, SECOND]) + "\n")
    assert middle in document.body


def test_subtitle_under_headline_stays_in_body() -> None:
    subtitle = "2019年3月 山城迎来旅游旺季"
    document = clean(_page(subtitle))
    assert subtitle in (document.body or []) or document.title == subtitle


def test_fixture_clean_page_is_unchanged() -> None:
    page = ROOT / "fixtures" / "001_clean_simplified.txt"
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    document = clean(page.read_text(encoding="utf-8"))
    assert document.body == expected["body"]


def test_record_line_closing_the_article() -> None:
    # Invented: the record printed under the last paragraph, a section word first.
    document = clean("\n\n".join([HEADLINE, FIRST, SECOND, "特稿 | by 陈立新 | 20190309"]) + "\n")
    assert document.body == [FIRST, SECOND]
    assert document.author == "陈立新"
    assert document.published_at == "2019-03-09"


def test_last_line_of_prose_under_the_article_stays() -> None:
    closing = "2019年3月9日 重庆 晴转多云，游客如织"
    document = clean("\n\n".join([HEADLINE, FIRST, SECOND, closing]) + "\n")
    assert closing in document.body


def test_clean_page_with_date_and_read_count_under_headline() -> None:
    # Invented: a template's date and view count under the headline leave the body.
    record = "2024/03/05   ·   1208次阅读"
    document = clean(_page(record))
    assert document.body == [FIRST, SECOND]
    assert document.published_at == "2024-03-05"


@pytest.mark.parametrize(
    "record",
    [
        # Invented (round 20): a page counter beside the date, parted by a mark.
        "2019年3月9日 ◆ 浏览 318",
        "Mar 9, 2019 | 318次浏览",
    ],
)
def test_record_line_with_a_page_counter(record: str) -> None:
    document = clean(_page(record))
    assert document.body == [FIRST, SECOND]
    assert document.published_at == "2019-03-09"


# Round 21: a row of the date and the page's counters that the furniture takes (a tool row)
# still dates the article when no other line does.  Invented forms, on no eval page.
@pytest.mark.parametrize(
    "row",
    ["2024-03-05 · 12 comments", "2024/03/05 · 阅读 1,208"],
)
def test_a_counter_row_the_furniture_takes_still_dates_the_page(row: str) -> None:
    doc = clean(_page(row))
    assert doc.published_at == "2024-03-05"
    assert row not in doc.body
    assert doc.body == [FIRST, SECOND]


def test_a_byline_date_wins_over_a_counter_row() -> None:
    doc = clean(_page("发布时间：2023-01-02", "2024-03-05 · 12 comments"))
    assert doc.published_at == "2023-01-02"


def test_a_tool_row_with_a_date_and_no_counter_gives_no_date() -> None:
    doc = clean(_page("2024-03-05 打印 关闭窗口"))
    assert doc.published_at is None


@pytest.mark.parametrize(
    ("head", "want"),
    [
        # Round 27 (news.dayoo.com's story as a reader theme prints it, an item a line
        # after one bullet: eval/variants/byline.json by-dash-bulleted-book-author-…)
        (["- 大洋网", "- 15字", "- 2025年5月28日周三"], ("大洋网", None)),
        (["- 2025年5月28日周三", "- 大洋网", "- 15字"], ("大洋网", None)),
        (["- 2025年5月28日周三", "- 彭伟步"], (None, "彭伟步")),
    ],
)
def test_a_bulleted_record_under_the_headline_is_one_record(head, want) -> None:
    document = clean(_page(*head))
    assert document.body == [FIRST, SECOND]
    assert (document.source, document.author) == want
    assert document.published_at == "2025-05-28"


def test_bulleted_lines_that_are_no_record_stay() -> None:
    # near misses: a phrase among the items (a point of the story), a run with no date
    document = clean(_page("- 2025年5月28日周三", "- 夜游热度攀升"))
    assert "- 夜游热度攀升" in document.body
    document = clean(_page("- 大洋网", "- 15字"))
    assert "- 15字" in document.body


def test_the_posters_ip_alone_closing_the_post_is_the_record() -> None:
    # round 46: a board's bulleted record with its empty writer and date items left out,
    # the poster's IP alone under the article (the item as on https://joypost.co/2024/01/page/5,
    # eval/variants/byline.json by-bullets-author-date-ip)
    document = clean("\n\n".join([HEADLINE, FIRST, SECOND, "  • 1.169.123.130"]) + "\n")
    assert document.body == [FIRST, SECOND]
    assert not document.removed


def test_a_bulleted_list_of_addresses_stays() -> None:
    # a tech story's public DNS servers, one a line after a bullet: two addresses, no poster
    servers = ["  • 114.114.114.114", "  • 223.5.5.5"]
    document = clean("\n\n".join([HEADLINE, FIRST, SECOND, *servers]) + "\n")
    assert [line.strip() for line in document.body[2:]] == [s.strip() for s in servers]


def test_a_date_alone_under_stacked_labels_is_the_record() -> None:
    # 公教報's head (kkp.org.hk): labels and values one a line, the date four lines down
    text = "\n\n".join(
        [HEADLINE, "期數", "3786", "刊登日期", "04/01/2012", "论坛于4月1日开幕。" + FIRST, SECOND]
    )
    document = clean(text + "\n")
    assert document.published_at == "2012-04-01"
    assert "04/01/2012" not in document.body


def test_masthead_pieces_are_linear() -> None:
    assert_linear(lambda n: "甲辰年二月廿六PP6264/08RM2" * n + "x", quiet_piece, 2_000)
    assert_linear(lambda n: "RM1" * n + "。", quiet_piece, 5_000)
    assert_linear(lambda n: "PP6264/08" * n + "RM2.50x", quiet_piece, 2_000)

"""A paper's page and the page's section in a byline row (byline_paper, round 31): read
and set aside, the paper is the source and the date is read."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_paper import is_issue_lead, without_paper_place
from newsclean.filters.byline_pieces import PERIODICAL_PLACE
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # round-31 row 077: paper, page, the page's section, date
        (
            "华龙网-重庆晨报 P08 | 澳门新闻 2012-01-12 15:48:00",
            {"source": "华龙网-重庆晨报", "published_at": "2012-01-12T15:48:00+08:00"},
        ),
        # a portal's repost row naming the paper the same way (portal-paper), no page
        # (http://news.sina.com.cn/s/2004-12-02/06244409020s.shtml)
        (
            "http://www.sina.com.cn 2004年12月02日06:24 荆楚网-楚天都市报",
            {
                "site": "www.sina.com.cn",
                "source": "荆楚网-楚天都市报",
                "published_at": "2004-12-02T06:24:00+08:00",
            },
        ),
        # the page as 版 with a letter, and 第N版 (a desk line's edition no longer eats
        # the row's date)
        ("重庆晨报 A3版 2012-01-12", {"source": "重庆晨报", "published_at": "2012-01-12"}),
        ("人民日报 第4版 要闻 2023年5月5日", {"source": "人民日报", "published_at": "2023-05-05"}),
    ],
)
def test_a_papers_page_and_section_are_where_the_copy_ran(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


def test_no_row_without_a_date_after_the_page():
    # an e-paper's page label, no date after it (http://sjk.akxw.cn epaper, 第08版:生活)
    assert without_paper_place("第08版:生活") == "第08版:生活"
    assert (
        without_paper_place("重庆晨报 2012-01-12 A3版 记者张三")
        == "重庆晨报 2012-01-12 A3版 记者张三"
    )
    assert parse_metadata("iPhone P8 发布会 2023-05-05 举行") is None
    assert parse_metadata("他在2012年第5版的报道中说，2012-01-12 当天下雪。") is None


# Round 32: one spelling of a paper's numbered place (byline_paper.NUMBERED) serves the page
# mark, the source's edition (byline_values.EDITION) and a record's periodical piece
# (byline_pieces.PERIODICAL_PLACE): each reads the others' numerals, letters and spaces.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # the corpus's 聯合報 row with a lettered page: the source read "聯合報 第"
        (
            "林佳彣、戴永華 |   來源: 聯合報 第A4版 華人",
            {"source": "聯合報", "author": "林佳彣、戴永華"},
        ),
        (
            "林佳彣、戴永華 |   來源: 聯合報 第四版 華人",
            {"source": "聯合報", "author": "林佳彣、戴永華"},
        ),
    ],
)
def test_a_lettered_or_chinese_numbered_page_is_no_part_of_the_source(
    line: str, fields: dict[str, str]
) -> None:
    metadata = parse_metadata(line)
    assert metadata is not None
    assert metadata.fields == fields


def test_a_page_with_a_zero_or_a_hundred_is_a_page_mark() -> None:
    assert without_paper_place("重庆晨报 第〇三版 2012-01-12") == "重庆晨报 2012-01-12"
    assert without_paper_place("人民日报 第一百版 2012-01-12") == "人民日报 2012-01-12"


@pytest.mark.parametrize("piece", ["第三期", "第 38 期", "第A15版:烟台街", "第12页"])
def test_a_periodicals_issue_or_page_in_any_numerals_is_its_place(piece: str) -> None:
    assert PERIODICAL_PLACE.fullmatch(piece) is not None


@pytest.mark.parametrize("piece", ["第三名", "第一百零八回合", "三版"])
def test_a_rank_or_a_bare_count_is_no_periodicals_place(piece: str) -> None:
    assert PERIODICAL_PLACE.fullmatch(piece) is None


def test_a_journal_issue_and_column_before_the_author_label_are_set_aside() -> None:
    # Round 35: a journal's row, the issue (2022年NO.1) and the column, then 作者: with
    # five co-authors spaced.
    parsed = parse_metadata("2022年NO.1 研究与探讨 作者:何青 王诗颖 陈奥男 任晔 陈杰")
    assert parsed is not None
    assert parsed.fields == {"author": "何青 王诗颖 陈奥男 任晔 陈杰"}
    assert is_issue_lead("2021 Vol.5 No.2") and is_issue_lead("2022年第3期 理论前沿")
    assert not is_issue_lead("2022年3月5日") and not is_issue_lead("本刊 2022年NO.1")


# Round 47: a picture story's page links on the left of the foot's editor line are the
# pager's, no lead of the row (byline_paper.is_page_links).
# http://119.23.250.19:2008/info.php?IS=RHrF2.html (eval variant
# editor-page-links-one-to-six-spaced-then-paren-editors-hijacked-ip-picture-copy)
PAGE_LINKS_ROW = "【1】 【2】 【3】 【4】 【5】 【6】 (责编:梁秋坪、马昌)"


def test_page_links_before_the_editor_are_the_pagers() -> None:
    parsed = parse_metadata(PAGE_LINKS_ROW)
    assert parsed is not None and parsed.fields == {"editor": "梁秋坪、马昌"}


def test_page_links_row_in_the_page_gives_the_editor_and_leaves_the_body() -> None:
    from newsclean import clean

    page = (
        "国新办副主任王国庆看望中新社博鳌论坛报道组\n\n"
        "　　中新网博鳌4月1日电 国务院新闻办公室副主任王国庆1日晚到博鳌看望中新社报道组。\n\n"
        "【1】 【2】 【3】 【4】 【5】 【6】 (责编:芮益芳)\n"
    )
    doc = clean(page).to_dict()
    assert doc["editor"] == "芮益芳"
    assert all("责编" not in line for line in doc["body"])


@pytest.mark.parametrize(
    "lead",
    [
        "【1】",  # one link is no run
        "【3】 【1】",  # not counting up
        "2019 2020 2022",  # years
        "1:0",  # a score
    ],
)
def test_other_number_leads_are_no_page_links(lead: str) -> None:
    from newsclean.filters.byline_paper import is_page_links

    assert not is_page_links(lead)


def test_a_single_bracketed_number_before_the_editor_is_still_no_byline() -> None:
    assert parse_metadata("【1】 (责编:梁秋坪、马昌)") is None

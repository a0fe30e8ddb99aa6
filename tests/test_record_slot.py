"""The record slot's own lines (``filters/record_slot.py``, round 29): a card's counters
under its byline, the removed rows under the last paragraph, the writer over the record."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean import clean
from newsclean.document import Placement
from newsclean.filters.record_slot import (
    over_record,
    removed_under,
    team_credit,
    under_byline,
    writer_line,
)

HEADLINE = "总统接见凤凰奖楷模 盼共同打造更全方位的防灾体系"
FIRST = "总统今日上午接见年度凤凰奖楷模,感谢他们长年投入救灾工作,守护民众的生命财产安全。"
SECOND = "总统致词时表示,再过几天就是消防节,向所有消防与救灾人员致上最高的敬意。"


@dataclass
class Line:
    text: str


def test_counters_under_a_byline() -> None:
    lines = [Line("AIGC动态5个月前发布 总统府"), Line(""), Line("550 0 0")]
    placements: list[Placement] = ["metadata", "blank", "blank"]
    assert under_byline(lines, 2, placements)
    assert placements[2] == "metadata"


def test_counters_under_prose_stay() -> None:
    lines = [Line(FIRST), Line("550 0 0")]
    placements: list[Placement] = ["body", "blank"]
    assert not under_byline(lines, 1, placements)
    # a count with its noun is prose, no counters row
    assert not under_byline([Line("x"), Line("550人 0 0")], 1, ["metadata", "blank"])


def test_removed_under_stops_at_a_kept_line() -> None:
    lines = [Line(FIRST), Line("阅读:420 2025-05-28"), Line("Related Posts"), Line("x")]
    placements: list[Placement] = ["body", "removed", "body", "removed"]
    assert removed_under(lines, 0, placements) == [1]


def test_writer_line() -> None:
    assert writer_line("崔虹") and writer_line("admin")
    assert not writer_line("更多新闻")


def test_a_feed_card_page_keeps_its_paragraphs() -> None:
    """A card's post line and its counters under the headline leave a clean page's body."""
    text = "\n\n".join([HEADLINE, "AIGC动态5个月前发布 总统府", "550 0 0", FIRST, SECOND]) + "\n"
    doc = clean(text, convert="none")
    assert doc.source == "总统府"
    assert doc.body == [FIRST, SECOND]


def test_a_counter_row_at_the_foot_dates_the_page() -> None:
    text = "\n\n".join([HEADLINE, FIRST, SECOND, "閱讀:420 2025-05-28 08:21:00"]) + "\n"
    doc = clean(text, convert="none")
    assert doc.published_at == "2025-05-28T08:21:00+08:00"
    assert doc.body == [FIRST, SECOND]


def test_team_credit() -> None:
    """Round 30: two names or more alone are the writers; one name, or words, are not."""
    assert team_credit("何青 王詩穎 陳奧男 任曄 陳杰") == "何青 王詩穎 陳奧男 任曄 陳杰"
    assert team_credit("吴升儒、王定传") == "吴升儒、王定传"
    assert team_credit("崔虹") is None  # one name: left to the record line under it
    assert team_credit("春节 返乡 记") is None
    assert team_credit("国务院 新闻办") is None


def test_a_team_credit_over_the_article_is_its_authors() -> None:
    """Round 30: the names alone over the first paragraph, with or without a headline."""
    for head in ([], [HEADLINE]):
        text = "\n\n".join([*head, "何青 王诗颖 陈奥男 任晔 陈杰", FIRST, SECOND]) + "\n"
        doc = clean(text, convert="none")
        assert doc.author == "何青 王诗颖 陈奥男 任晔 陈杰"
        assert doc.body == [FIRST, SECOND]


def test_a_names_line_inside_the_article_stays() -> None:
    """Near miss: a list of names between paragraphs (the prize winners, a cast) is the
    article's, and a heading of words over the lede is no credit."""
    text = "\n\n".join([HEADLINE, FIRST, "张伟 李娜 王芳", SECOND]) + "\n"
    doc = clean(text, convert="none")
    assert doc.author is None
    assert "张伟 李娜 王芳" in " ".join(doc.body + doc.headings)
    text = "\n\n".join([HEADLINE, "春节 返乡 记", FIRST, SECOND]) + "\n"
    assert clean(text, convert="none").author is None


def test_over_record_reads_a_writer_or_an_outlet_over_a_dated_byline() -> None:
    """Round 30: a removed line under the headline right over a dated byline line."""
    dated = Line("发布时间:2016-07-19 14:05")
    lines = [Line(HEADLINE), Line(""), Line("崔虹"), Line(""), dated, Line(FIRST)]
    placements: list[Placement] = ["title", "blank", "removed", "blank", "metadata", "body"]
    assert over_record(lines, 0, placements) == (2, "author", "崔虹")
    lines[2], lines[4] = Line("透視報"), Line("最後更新︰2023–05–16 21:10")
    assert over_record(lines, 0, placements) == (2, "site", "透視報")


def test_over_record_leaves_furniture_and_undated_lines() -> None:
    """Near misses: a tool label over the date, an outlet over a source line (no date), a
    writer over a paragraph."""
    lines = [Line(HEADLINE), Line("分享到"), Line("2016-07-19 14:05"), Line(FIRST)]
    placements: list[Placement] = ["title", "removed", "metadata", "body"]
    assert over_record(lines, 0, placements) is None
    lines[1], lines[2] = Line("透視報"), Line("来源:新华社")
    assert over_record(lines, 0, placements) is None
    lines[1], lines[2] = Line("崔虹"), Line(FIRST)
    assert over_record(lines, 0, ["title", "removed", "body", "body"]) is None


def test_a_writer_over_the_record_line_is_the_author() -> None:
    """The hijacked copy's layout (eval row by-author-own-line-over-posted-at): the name
    alone under the headline, then the dated line."""
    text = "\n\n".join([HEADLINE, "崔虹", "发布时间:2016-07-19 14:05", FIRST, SECOND]) + "\n"
    doc = clean(text, convert="none")
    assert doc.author == "崔虹"
    assert doc.body == [FIRST, SECOND]

"""Round 34: Joomla's "written by" (作者是) before the paper's account names the outlet
that published the text, the source; before a person's name it stays the author's
sentence (byline_names.author_sentence)."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_names import author_sentence
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("作者是 厦门晚报", {"source": "厦门晚报"}),
        ("作者是 央視新聞", {"source": "央視新聞"}),
        ("作者是 中評社", {"source": "中評社"}),
        ("作者是 李晓辉", {"author": "李晓辉"}),
    ],
)
def test_written_by_an_outlet_or_a_person(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize("line", ["作者是本报记者", "本文作者为资深媒体人", "作者是谁"])
def test_a_description_is_no_outlet(line: str) -> None:
    assert author_sentence(line) is None


# Round 34: ◎ before a person's name is the writer's line wherever it stands.
@pytest.mark.parametrize(
    ("line", "author"), [("◎李云川", "李云川"), ("◎梁婉琦 雷翠云", "梁婉琦 雷翠云")]
)
def test_the_writers_mark_anywhere(line: str, author: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == {"author": author}


@pytest.mark.parametrize("line", ["◎相关新闻", "◎本期导读"])
def test_the_mark_before_no_name_is_no_byline(line: str) -> None:
    assert parse_metadata(line) is None


# Round 34: names glued to a year-last date whose order the numbers leave open: the names
# are the author, the date is the page's to order (record_dates.page_order).
@pytest.mark.parametrize(
    ("line", "author"),
    [("黄乐颖、邓晓彤03/02/2021", "黄乐颖、邓晓彤"), ("黃樂穎 05/04/2019", "黃樂穎")],
)
def test_names_beside_an_open_date(line: str, author: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == {"author": author}


@pytest.mark.parametrize("line", ["比分 03/02/2021", "会议延期 03/02/2021 举行"])
def test_no_names_beside_an_open_date_is_no_byline(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is None or "author" not in parsed.fields


# Round 42: a bracketed credit closing the article, the name and then its role.
CAII_FIRST = (
    "  2015年9月15日15时,学校党委宣传部在图书馆415会议室召开了全校通讯员会议。"
    "图书信息中心通讯员参加了会议。"
)
CAII_LAST = (
    "  通过参加此次会议,图书信息中心通讯员从思想和业务素质上均得到了提升,收获良多,"
    "也满怀信心,期待为学校宣传工作贡献自己的力量。"
)


def test_a_bracketed_name_and_role_closing_the_article_is_its_credit() -> None:
    from newsclean import clean

    # https://library.caii.edu.cn/2015/0915/c292a6430/page.htm (round-42 harvest)
    lines = ["全校通讯员会议", "", CAII_FIRST, "", CAII_LAST, "", "(傅超编辑)"]
    doc = clean("\n".join(lines) + "\n")
    assert doc.editor == "傅超"
    assert all("傅超" not in paragraph for paragraph in doc.body)


def test_a_bracketed_picture_note_is_no_credit() -> None:
    from newsclean.filters.byline_names import bracketed_credit

    # (资料图): life.3news.cn's picture note (round-41 harvest, byline_rows.tsv)
    assert bracketed_credit("(资料图)") is None
    assert bracketed_credit("(傅超编辑)") is not None

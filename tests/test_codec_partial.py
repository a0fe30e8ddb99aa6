"""A line a codec lost, read from what survives of it (``codec_partial``): round 45, page
furniture placed by the readers that know it, every other lost line kept in the body."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import clean
from newsclean.filters.codec_partial import furniture

# Round 44's held-out pages (copies of finance.people.com.cn/n/2014/0819/c387602-25495266.html
# and taiwan.cn/xwzx/PoliticsNews/201204/t20120401_2418536.htm: the editor label printed
# empty at the foot; a district forum's copy: Discuz!'s stamp, whose template is in its
# language pack, lang_misc.php post_edit), as GBK read as UTF-8 with replacement.
EMPTY_EDITOR = "���α༭:"
EDIT_STAMP = "��������� ���������������� �� 2020-7-24 10:02 �༭"

HARVEST = Path(__file__).parent / "data" / "harvest" / "codec_r45.tsv"


def _harvest_lines() -> list[str]:
    rows = HARVEST.read_text(encoding="utf-8").splitlines()
    return [row.split("\t")[1] for row in rows if row and not row.startswith(("#", "place\t"))]


def test_an_empty_label_is_read_from_its_surviving_characters() -> None:
    found = furniture(EMPTY_EDITOR)
    assert found is not None
    what, recovery = found
    assert what.startswith("empty label ")
    assert "编辑" in what and recovery.known() == "编辑"


def test_a_lost_discuz_stamp_is_its_template() -> None:
    found = furniture(EDIT_STAMP)
    assert found is not None and found[0] == "interface template edit"


@pytest.mark.parametrize(
    "line",
    [
        # a writer's U+FFFD printed on purpose, among Han text (moechu.cn/2020/03/16/405.html)
        "此外打开原有的文件也是方块问号�,就像玩日本游戏输出的那个,有时候也会输出锟斤拷锟斤拷",
        # a sentence the codec lost on the same page: the article's, unreadable
        "�������������Ե�һ�����֣�лл",
        # the lost paragraphs and headings of new hosts (tests/data/harvest/codec_r45.tsv)
        *_harvest_lines(),
    ],
)
def test_lost_paragraphs_and_a_writers_mark_are_no_furniture(line: str) -> None:
    assert furniture(line) is None


HEADLINE = "市区三座老旧公园完成提升改造 新增健身步道和儿童游乐区"
BODY = (
    "记者昨日从市园林绿化局获悉，市区人民公园、滨河公园和东湖公园的提升改造工程已全部完工，"
    "三座公园共新增健身步道4.2公里、儿童游乐区3处，并更换了老化的照明和排水设施。"
)


def test_the_page_places_a_lost_foot_label_as_its_clean_copy_and_names_what_survived() -> None:
    # The clean `责任编辑:` alone is metadata with no field (round 45's gold decision (a)):
    # its lost copy goes to the same place; the lost stamp is furniture.
    page = "\n\n".join([HEADLINE, BODY, EMPTY_EDITOR, EDIT_STAMP]) + "\n"
    doc = clean(page)
    assert doc.body == [BODY]
    assert doc.lines.placements[4] == "metadata" and doc.lines.placements[6] == "removed"
    assert [removal.line for removal in doc.removed] == [7]
    details = [e.detail for e in doc.lines.evidence[4]]
    assert any("recovered '��编辑:'" in detail for detail in details)


def test_a_lost_paragraph_stays_in_the_body() -> None:
    lost = _harvest_lines()[0]
    page = "\n\n".join([HEADLINE, BODY, lost, BODY]) + "\n"
    assert lost in clean(page).body


# Round 45b: a template with a time hole is asked of every lost line that is no empty label
# (the time field read by codec_partial's own numeric day, furniture_holes' HOLES holding
# none since its dates are read by the date grammar).  A library record's field lost by the
# codec (https://meta.librarydata.cn/metainfo?metaID=112320020220001122's 知识类型: 析出资源, as
# GBK read as UTF-8 on tuned page 114): no template, no crash, the page cleaned.
LOST_RECORD = "֪ʶ����: ������Դ"


def test_a_lost_line_matching_no_template_is_no_furniture_and_cleans() -> None:
    assert furniture(LOST_RECORD) is None
    page = "\n\n".join([HEADLINE, BODY, LOST_RECORD]) + "\n"
    assert BODY in clean(page).body


def test_a_page_with_no_replacement_mark_is_not_walked_for_lost_lines(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # round 46: a line a codec lost holds U+FFFD, so a page without one is not walked line by
    # line for them (the same page with its lost foot label is).
    from newsclean import pipeline

    walked: list[int] = []
    real = pipeline._place_partial

    def counting(page, layout):  # type: ignore[no-untyped-def]
        walked.append(len(page.originals))
        real(page, layout)

    monkeypatch.setattr(pipeline, "_place_partial", counting)
    assert clean("\n\n".join([HEADLINE, BODY]) + "\n").body == [BODY]
    assert walked == []
    assert clean("\n\n".join([HEADLINE, BODY, EMPTY_EDITOR]) + "\n").body == [BODY]
    assert walked == [5]

"""A credit's role printed after the name behind a slash (``byline_postfix``, round 42):
``张劲松/文 金月全/图`` names the writer and the photographer, no label opens the next value."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.byline_postfix import is_postfix_role, without_postfix_roles
from newsclean.filters.labels import label_table

# http://www.zhld.com/zkwb/html/2012-11/05/content_232598.htm (周口晚报, round-42 harvest)
ROW = "□晚报记者 张劲松/文 金月全/图"
FIRST = (
    "  本报讯 “哈哈,我终于知道报纸是怎样来的了。”小记者孙晓宇得意地叫道。3日上午,本报近200名"
    "小记者及家长走进周口报业大厦,亲眼目睹了报纸的采编及印刷流程。"
)
SECOND = "  “叔叔,您参加新闻工作多长时间了呀?”“叔叔,您在采访工作中有没有碰到不配合采访的情况呀?”"


def _doc(row: str):
    return clean("\n".join(["小记者走进报业大厦", row, "", FIRST, "", SECOND]) + "\n")


def test_the_writer_before_his_slashed_role_is_the_author() -> None:
    doc = _doc(ROW)
    assert doc.author == "张劲松"  # main: no author (the mark), or 金月全/图 without it
    assert doc.source is None  # 晚报: the house's word for itself, no employer named
    assert all("张劲松" not in paragraph for paragraph in doc.body)


def test_the_line_without_its_mark_reads_the_same() -> None:
    assert _doc(ROW.lstrip("□")).author == "张劲松"


def test_the_role_and_the_name_read_only_together() -> None:
    assert is_postfix_role(ROW, ROW.index("/文") + 1, label_table()["文"])
    assert without_postfix_roles(ROW, label_table()) == "□晚报记者 张劲松"
    # a label before its name stays a label: qzc.edu.cn's closing credit
    # (https://www.qzc.edu.cn/2011/0408/c1217a29650/page.htm)
    credit = "(文/方爱宁  摄/周霄佳)"
    assert not is_postfix_role(credit, credit.index("文"), label_table()["文"])
    assert without_postfix_roles(credit, label_table()) == credit


@pytest.mark.parametrize("row", ["新华社/图", "记者张劲松/文"])
def test_no_name_or_a_glued_run_before_the_slash_is_no_postfix_role(row: str) -> None:
    assert without_postfix_roles(row, label_table()) == row

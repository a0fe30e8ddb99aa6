"""byline_echo: the author's name printed again under the head's byline (round 23).
The forms here are invented, not any eval page's."""

from __future__ import annotations

from newsclean import clean

PARA = (
    "市议会昨日通过新的预算案,将在明年增加公共交通和社区医疗的开支,议员们对此展开了长时间的讨论。"
)
PARA2 = "议长表示,这份预算案兼顾了财政纪律与民生需要,希望各部门在执行时保持透明,并定期向议会报告。"


def _page(*head: str) -> str:
    return "\n\n".join(("市议会通过新年度预算案 交通医疗开支增加", *head, PARA, PARA2)) + "\n"


def test_name_printed_twice_under_the_byline_is_metadata() -> None:
    doc = clean(_page("撰文: 欧阳明远", "欧阳明远", "◎欧阳明远"))
    assert doc.author == "欧阳明远"
    assert doc.body == [PARA, PARA2]


def test_another_name_under_the_byline_is_not_an_echo() -> None:
    doc = clean(_page("撰文: 欧阳明远", "林志强"))
    echoes = [
        line
        for line in doc.lines
        if line.evidence
        and any(e.detail == "the byline's author printed again" for e in line.evidence)
    ]
    assert echoes == []


def test_name_after_the_article_opens_stays_body() -> None:
    text = "\n\n".join(
        ("市议会通过新年度预算案 交通医疗开支增加", "撰文: 欧阳明远", PARA, "欧阳明远", PARA2)
    )
    doc = clean(text + "\n")
    echoes = [
        line.number
        for line in doc.lines
        if any(e.detail == "the byline's author printed again" for e in line.evidence)
    ]
    assert echoes == []

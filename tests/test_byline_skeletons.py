"""The head skeletons of content systems' article templates (round 44,
``tests/data/cms_head_skeletons.tsv``): every row a template prints between the headline
and the body (or over the headline, or under the body, where the template puts it) is read
by the byline grammar: its fields stored, its defaults (``未知``, ``admin``, ``佚名``,
``本站``) giving no field, the headline kept, the row out of the body."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import clean

TABLE = Path(__file__).parent / "data" / "cms_head_skeletons.tsv"
# a page's headline and paragraphs to hold the row (gszfw.gov.cn/Wap/Show/448512 and
# jswm.sues.edu.cn/_t235/fe/26/c12412a65062/page.htm, tests/data/harvest/head_r44.tsv)
HEADLINE = "平凉华亭公安的反诈“警”囊"
BODY = [
    "“反诈宣传不能‘自说自话’,这种群众参与的土味反诈宣传,接地气、有温度,不仅传播快,"
    "更入耳入脑又入心。”东华派出所民警宋成成说。",
    "“您好,请问您是挂什么科室?”“您的验血报告单拿到了吗?”像往常一样,一群身穿“绿马甲”的"
    "“特殊人群”一早8:00准时的出现在了松江区中心医院。",
]
FIELDS = ("published_at", "source", "author", "editor")


def _rows() -> list[list[str]]:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return rows[1:]


def _page(place: str, row: str) -> str:
    if place == "above":
        lines = [row, HEADLINE, *BODY]
    elif place == "foot":
        lines = [HEADLINE, *BODY, row]
    else:
        lines = [HEADLINE, row, *BODY]
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(("system", "place", "row", "expected"), [r[:4] for r in _rows()])
def test_a_template_skeleton_row_is_read_as_the_byline(
    system: str, place: str, row: str, expected: str
) -> None:
    doc = clean(_page(place, row))
    want = json.loads(expected)
    assert doc.title == HEADLINE
    assert row.strip() not in doc.body
    for name in FIELDS:
        got = getattr(doc, name) or None
        if name not in want:
            assert got is None, (system, name, got)
        elif name == "published_at":
            assert got is not None and got.startswith(want[name]), (system, got)
        else:
            assert got == want[name], (system, name, got)


def test_the_table_names_its_source_for_every_system() -> None:
    header = TABLE.read_text(encoding="utf-8")
    for system in {r[0] for r in _rows()}:
        assert f"#   {system} " in header, system

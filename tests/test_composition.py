"""Every line the variant tables say must stay, composed into pages the way pollution
meets it: between paragraphs, as the last line of the page, under an injected link list,
and on a mirror page printed in traditional characters with glosses.

The filters' own tables test each row alone; a held-out page shows the same rows next to
spam, glosses and the page's foot, and there a rule of another filter may take them (a
date line went with a link list above it; a heading about copyright at the foot was
taken for a notice).  Rows: ``tests/data/furniture_variants.tsv`` (content),
``notice_variants.tsv`` (body) and ``caption_variants.tsv`` (both kinds).
"""

from __future__ import annotations

import pytest
from conftest import data_lines
from opencc import OpenCC
from pypinyin import Style, pinyin

from newsclean import clean

KEPT = {"body", "caption", "heading", "title", "metadata"}
PARAGRAPH = (
    "  最近，阴雨天气一直“赖”在省会不舍得离开。昨天，记者从市气象台了解到，"
    "今明两天，省会又将迎来一场强度较大的降雨，预计局部可达暴雨。"
)
LAST_PARAGRAPH = (
    "  根据最新气象信息，今天和明天，省会预计会有大雨，局部地区暴雨，"
    "个别地点可达到大暴雨，市民出行请注意安全。"
)
LINK_LIST = "亚洲无码视频\n澳门葡京赌场\n代开发票\n高仿身份证"
S2T, T2S = OpenCC("s2t").convert, OpenCC("t2s").convert


def _must_stay() -> list[tuple[str, str]]:
    rows = []
    for table, kinds in (
        ("furniture_variants.tsv", {"content"}),
        ("notice_variants.tsv", {"body"}),
        ("caption_variants.tsv", {"caption", "not"}),
    ):
        for row in data_lines(table):
            line, kind = row.split("\t")[:2]
            if kind in kinds:
                rows.append((table, line))
    return rows


def _glossed(text: str) -> str:
    """A mirror's page: every second character that has a traditional form glossed."""
    out, han = [], 0
    for char in text:
        out.append(char)
        if "\u4e00" <= char <= "\u9fff":
            han += 1
            if han % 2 == 0 and T2S(char) != char:
                out.append(f"({pinyin(char, style=Style.TONE)[0][0]})")
    return "".join(out)


def _pages(line: str) -> dict[str, str]:
    between = f"标题新闻\n\n{PARAGRAPH}\n\n  {line}\n\n{LAST_PARAGRAPH}\n"
    return {
        "between": between,
        "foot": f"标题新闻\n\n{PARAGRAPH}\n\n{LAST_PARAGRAPH}\n\n  {line}\n",
        "under a link list": f"{LINK_LIST}\n\n{line}\n\n{PARAGRAPH}\n\n{LAST_PARAGRAPH}\n",
        "glossed mirror": _glossed(S2T(between)),
    }


KNOWN = {
    # A sentence of four weak notice words at the very foot reads as a notice (1.5 points
    # against the 1.0 a sentence needs); the model has no sign of a story's own voice yet.
    ("新修订的著作权法明确，网络转载须取得著作权人授权，原创作品的版权受到保护。", "foot"),
    # A headline led by a Latin acronym right under a list: AI counts as Latin glued to a
    # term (av在线), 图片 as a spam morpheme; the block model has no sign of a headline's
    # verb (引发) yet.
    ("AI生成图片引发版权争议", "under a link list"),
}


@pytest.mark.parametrize(("table", "line"), _must_stay())
def test_a_line_that_must_stay_stays_wherever_pollution_puts_it(table: str, line: str) -> None:
    for where, page in _pages(line).items():
        if (line, where) in KNOWN:
            continue
        doc = clean(page)
        target = T2S(line.strip())
        placed = [r.placement for r in doc.lines if r.text and T2S(r.text) in (target,)]
        if not placed:  # the gloss or the conversion changed the text: match the original
            placed = [r.placement for r in doc.lines if target in T2S(r.original)]
        assert placed and placed[0] in KEPT, f"{line!r} {where} ({table}): {placed}"


@pytest.mark.parametrize(("line", "where"), sorted(KNOWN))
@pytest.mark.xfail(strict=True, reason="known: see KNOWN")
def test_known_misses(line: str, where: str) -> None:
    doc = clean(_pages(line)[where])
    target = T2S(line)
    placed = [r.placement for r in doc.lines if T2S(r.original).strip() == target]
    assert placed and placed[0] in KEPT

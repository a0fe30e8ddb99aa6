"""foot_notices: the foot's fifth is counted over the lines the clean text prints too
(round 32, issue 9: cleaning the clean text again finds no notice the first cleaning left).

``tests/data/clean_once/notice_near_foot*.txt`` are benchmark-corpus pages 100 and 787
(``benchmarks/run.py``): a site's terms line just above the last fifth of a page with
captions, which the text rendering leaves out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from newsclean import clean, clean_bytes
from newsclean.filters.foot_notices import foot_notices
from newsclean.render import render

PAGES = Path(__file__).resolve().parent / "data" / "clean_once"
TERMS = "请您阅读我们的用户注册协议私隐权保护政策,点击下方按钮即视为您接受。"
PARAGRAPH = "刚过中午12时,人民大会堂东门外就排起长队。不少记者举着摄像设备边拍摄边介绍,步入发布厅。"
CAPTION = "男子在榜鹅一带破坏多面国旗和国庆庆祝旗。(警方提供)"


@dataclass(frozen=True)
class Line:
    text: str


def test_the_foot_counted_without_captions_reaches_higher() -> None:
    texts = [PARAGRAPH] * 4 + [TERMS] + [PARAGRAPH] + [CAPTION] * 6
    lines = [Line(t) for t in texts]
    body = list(range(len(lines)))
    printed = [i for i in body if lines[i].text != CAPTION]
    assert foot_notices(lines, body) == {}  # the last fifth of 12 lines: 9 and under
    assert list(foot_notices(lines, body, printed)) == [4]  # of the 6 printed: 4 and under


def test_a_notice_the_fifth_of_all_lines_finds_is_kept() -> None:
    texts = [PARAGRAPH] * 8 + [CAPTION] * 3 + [TERMS] + [PARAGRAPH]
    lines = [Line(t) for t in texts]
    body = list(range(len(lines)))
    printed = [i for i in body if lines[i].text != CAPTION]
    assert list(foot_notices(lines, body, printed)) == list(foot_notices(lines, body)) == [11]


@pytest.mark.parametrize("name", ["notice_near_foot.txt", "notice_near_foot_2.txt"])
def test_cleaning_the_clean_text_finds_no_further_notice(name: str) -> None:
    doc = clean_bytes((PAGES / name).read_bytes())
    assert TERMS not in doc.body
    again = clean(render(doc, "text"))
    assert (again.title, again.body) == (doc.title, doc.body)

"""A unit's closing credit: the office that filed the story and its writer (credit_unit.py).

Rows: hjxtv.com (http://www.hjxtv.com/tuopingongjian/36250.html, a county TV site:
``……他们采写的蹲点日记将在中央电视台陆续播出。(新闻中心:卢海军)``), mzj.changde.gov.cn
(https://mzj.changde.gov.cn/mzdt/ksdt/content_738009: ``(市福彩中心 罗伟)``), and the
negative, sxrmyy.cn (https://www.sxrmyy.cn/newsInfo/5388: ``(院办)``, names no one).
"""

from __future__ import annotations

import pytest

from newsclean import clean

HEADLINE = "构建媒体传播新格局山西兴县成立融媒体中心"
P1 = (
    "　　近日,中央电视台记者一行来到合江县,深入贫困村开展蹲点采访,记录群众脱贫攻坚的生动故事,"
    "走访了多户贫困家庭。"
)


@pytest.mark.parametrize(
    ("last", "author"),
    [
        ("　　他们采写的蹲点日记将在中央电视台陆续播出。(新闻中心:卢海军)", "卢海军"),
        ("　　福利彩票的社会贡献正在日益显现。 (市福彩中心 罗伟)", "罗伟"),
    ],
)
def test_the_unit_s_writer_is_the_author(last: str, author: str) -> None:
    doc = clean("\n\n".join((HEADLINE, P1, last)) + "\n")
    assert doc.author == author
    assert doc.body[-1] == last.strip()  # the paragraph stays as printed


@pytest.mark.parametrize(
    "last",
    [
        "　　其中,我院选送的第183期院报第一版获好版面三等奖。(院办)",  # a unit, no one
        "　　他们采写的蹲点日记将在中央电视台陆续播出。(新闻中心:综合)",  # no person's name
        "　　他们采写的蹲点日记将在中央电视台陆续播出。(卢海军)",  # no unit
    ],
)
def test_no_unit_or_no_name_gives_no_author(last: str) -> None:
    assert clean("\n\n".join((HEADLINE, P1, last)) + "\n").author is None

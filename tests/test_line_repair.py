"""Glosses and mojibake, line by line (``line_repair``): a byte slip can hide a gloss's host,
and the repair that shows the host again lets the gloss go as the page's others do.

The glossed lines are real text from glossed traditional mirror pages (see
tests/test_pinyin_orphans.py); the slipped sentence is written here, in the form of a
glossed copy of a 中新社 story (a GBK lead byte lost, 發 = B0 6C left as 掳 and ``l``).
"""

from __future__ import annotations

from newsclean import clean

MIRROR = (
    "區(qū)塊鏈除了自身運(yùn)用側(cè)鏈、閃電網(wǎng)絡(luò)、跨鏈等技術(shù)外,更需要與5G、人工智能、"
    "大數(shù)據(jù)、物聯(lián)網(wǎng)等新興信息技術(shù)深度融合。"
)
OTHER = (
    "在自然環(huán)境變化、經(jīng)濟全球化和生物技術(shù)迅速發(fā)展的背景下,全球生物安全形勢越來越嚴峻,"
    "以先進的理念引領(lǐng)全球生物安全治理。"
)


def _slipped(text: str) -> str:
    """``text`` in GBK with its first byte lost, read back as GBK."""
    return text.encode("gbk")[1:].decode("gbk", errors="replace")


def test_a_gloss_after_a_host_a_slip_hid_goes_once_the_slip_is_repaired() -> None:
    slipped = _slipped("致地把香港的最新發")
    assert slipped.endswith("l")  # 發's trail byte: the gloss follows a letter, no host
    line = f"努力講好香港故事,團結一{slipped}(fā)展和正面信息,告訴世界各地的讀者。"
    doc = clean(f"地方新聞\n\n　　{MIRROR}\n\n　　{line}\n\n　　{OTHER}\n", convert="none")
    paragraph = next(p for p in doc.body if p.startswith("努力講好"))
    assert "(fā)" not in paragraph
    assert "香港的最新發展和正面信息" in paragraph
    assert any(w.kind == "mojibake" and w.line == 5 for w in doc.warnings)


def test_a_real_bracket_after_a_repaired_slip_stays() -> None:
    slipped = _slipped("致地把香港的最新發")
    line = f"團結一{slipped}展(見附表)和正面信息,告訴世界各地的讀者。"
    doc = clean(f"地方新聞\n\n　　{MIRROR}\n\n　　{line}\n\n　　{OTHER}\n", convert="none")
    assert any("(見附表)" in p for p in doc.body)

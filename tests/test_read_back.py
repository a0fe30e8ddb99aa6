"""read_back: the page's lines a codec misread, re-read, as read_for_judging reads each."""

from __future__ import annotations

from newsclean.filters.codec_misread import read_for_judging
from newsclean.filters.read_back import read_back

# A GBK paragraph read as Latin-1, a UTF-8 one read as GBK, and ordinary lines around them.
GBK_AS_LATIN1 = "正文第一段，说的是援藏。".encode("gbk").decode("latin-1")
UTF8_AS_GBK = "记者今天从市政府获悉，新建的地铁线路将于年底开通运营。".encode().decode(
    "gbk", errors="replace"
)
PAGE = [
    "援藏干部的一天",
    "",
    GBK_AS_LATIN1,
    "  ",
    "\u3000\u3000记者从区政府获悉，新城区规划已经公布（图）。",
    UTF8_AS_GBK,
    "\xa0\xa0",
    "发展(fā zhǎn)很快，区(qū)议(yì)会今天开会。",
    "Ã",
    "",
]


def test_the_lines_read_back_are_those_read_for_judging_reads() -> None:
    expected = {i: again for i, t in enumerate(PAGE) if (again := read_for_judging(t))}
    assert read_back(PAGE) == expected
    assert read_back(PAGE)[2] == "正文第一段，说的是援藏。"


def test_a_page_of_ordinary_lines_reads_as_printed() -> None:
    assert read_back(["北京今天晴", "", "记者从市政府获悉，地铁将于年底开通。"]) == {}


def test_a_blank_line_reads_as_printed() -> None:
    for blank in ("", "  ", "\u3000\u3000", "\xa0\xa0"):
        assert read_for_judging(blank) is None
    assert read_back(["\xa0\xa0", GBK_AS_LATIN1, "\u3000"]) == {1: "正文第一段，说的是援藏。"}

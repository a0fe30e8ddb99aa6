"""A slip of one character before its mark, told by the script (``filters/slip_script``).

A GBK slip in a traditional line (a page its mirror converted s2t) reads simplified forms
from the shifted pairs: "嚴正看待" became "嚴正创?", "槍擊事件" became "槍擊录?".  The
stretch is too short to realign; the character model, judging on simplified forms, finds
the character ordinary.  A traditional line never writes a simplified-only form, so one
beside the mark is damage; and the other way round.  A line that mixes the scripts, a
writer's question mark, and a line without a mark are left alone.
"""

from __future__ import annotations

import pytest

from newsclean.filters.mojibake import find_mojibake
from newsclean.filters.slip_script import SCRIPT_EVIDENCE, line_scripts, off_script


def _slip_gbk(text: str, start: int, end: int) -> str:
    """``text`` with ``text[start:end]`` read one byte later in GBK (the lost byte and the
    half-character at the end shown as "?"), as the slips of the evaluation are made."""
    data = text[start:end].encode("gbk")[1:]
    return text[:start] + data.decode("gbk", errors="replace").replace("\ufffd", "?") + text[end:]


SLIPPED = [
    # (the line as written, the slipped character)
    ("並指行動黨嚴正创?這次的事件。", "创"),
    ("即行動黨嚴厲譴責造成無數死傷的基督城回教堂槍擊录?。這不只是一項針對基督城的罪行。", "录"),
]


@pytest.mark.parametrize(("line", "char"), SLIPPED)
def test_a_simplified_form_before_a_mark_in_a_traditional_line_is_flagged(line, char):
    spans = find_mojibake(line).spans
    assert [span.text for span in spans] == [f"{char}?"]
    assert spans[0].repaired is None  # reported, never repaired


def test_the_slips_are_what_gbk_makes_of_the_words():
    assert _slip_gbk("並指行動黨嚴正看待這次的事件。", 7, 9) == SLIPPED[0][0]


def test_a_traditional_form_before_a_mark_in_a_simplified_line_is_flagged():
    line = "记者从市气象台获悉，此次降雨过程已覆盖全市範?区域。"
    assert off_script(line, line.index("?") - 1)
    assert [span.text for span in find_mojibake(line).spans] == ["範?"]


CLEAN = [
    # A writer's question mark after an ordinary character, in each script.
    "他問道:你們到底想怎樣?我們不知道。",
    "记者问:这次的事件会怎样?市民都在关注。",
    # A simplified form in a traditional line that writes simplified forms elsewhere too
    # (a Malaysian page quoting a mainland name): mixed, decides nothing.
    "馬來西亞華社與中国創新團隊簽約後會怎样?",
    # Too little traditional evidence to call the line traditional.
    "台湾的創新?",
    # No mark: nothing is asked.
    "並指行動黨嚴正创新這次的事件。",
]


@pytest.mark.parametrize("line", CLEAN)
def test_real_lines_raise_no_warning(line):
    assert find_mojibake(line).spans == ()


def test_line_scripts_counts_each_script():
    traditional, simplified = line_scripts("並指行動黨嚴正创?這次的事件。")
    assert simplified == 1 and traditional >= SCRIPT_EVIDENCE


# Round 43 (second wave): forms a traditional standard writes itself.  A Taiwan paragraph
# (https://knews.com.tw/search/停班課, 高雄 typhoon notice) writes 里 for its villages
# (梅山里) and 床 (Taiwan's standard form, s2tw keeps it); both are no simplified-only
# forms (data/traditional_written.txt), so the line is traditional and the slip in it
# (variant moji-gbk-trad-inside-qmark-glossed-escort-host: 太平溪 read one byte off in GBK,
# 平溪 C6BD CFAA -> 较?) is told by its script.
KNEWS = (
    "因此行政院人事總處發布桃源區梅山里、拉芙蘭里及復興里,下午停止上班、停止上課;另外,"
    "台東縣府指出,上回康芮颱風造成太平溪河床便道泥沙淤積嚴重,為維護用路安全,今天下午6時許起,"
    "暫時封閉太平溪右岸南王橋至日光橋路段,請民眾繞路而行。"
)


def test_a_slip_in_a_taiwan_line_writing_its_own_forms_is_flagged():
    at = KNEWS.index("平溪河床")
    slipped = _slip_gbk(KNEWS, at, at + 2)
    assert "太较?河床" in slipped
    assert [span.text for span in find_mojibake(slipped).spans] == ["较?"]


def test_a_taiwan_line_writing_its_own_forms_is_traditional_and_stays():
    traditional, simplified = line_scripts(KNEWS)
    assert simplified == 0 and traditional >= SCRIPT_EVIDENCE  # 里, 台, 床: Taiwan's forms
    assert find_mojibake(KNEWS).spans == ()

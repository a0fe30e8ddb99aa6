"""Where a slip's start is free (newsclean.filters.slip_start), on lines written here."""

from __future__ import annotations

import pytest

from newsclean.filters.slip_start import cut_edge

#: 深入机关、社区 with the line's first byte lost: the cut reads 钊牖关 (GBK).
CUT = "深入机关、社区、冬训中心考察调研".encode("gbk")[1:].decode("gbk", errors="ignore")


def test_a_cut_line_garbled_from_its_first_character_is_a_free_start() -> None:
    assert CUT.startswith("钊牖")
    assert cut_edge(CUT, 0, 8)


@pytest.mark.parametrize(
    "line",
    [
        "能讓颖姛o論在任何位置都可以看到",  # 能讓 a word, the slip after it (觀 lost a byte)
        "◎梁婉琦 雷翠雲",  # a byline's layout mark opens the line whole
        "我們今天去看看",  # nothing uncommon in the run at all
    ],
)
def test_a_line_that_reads_as_written_at_its_start_is_no_cut(line: str) -> None:
    assert not cut_edge(line, 0, len(line))


def test_a_short_run_is_no_cut_however_it_reads() -> None:
    assert not cut_edge(CUT, 0, 3)  # a name alone on a line reads as unlikely either way


def test_a_mark_before_a_run_with_an_uncommon_character_is_a_free_start() -> None:
    assert cut_edge("基地總投資??偼度", 7, 2)
    assert not cut_edge("目前只剩院左方?仍被堵", 8, 3)  # ordinary words after a mark

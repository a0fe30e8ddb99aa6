"""A mirror page whose hosts a codec lost wholesale (``pinyin_lost``).

The lines are a Macau government notice (行政长官委任行政会发言人, 2025-01-08) as a glossed
mirror printed it through a legacy encoding that had no character for its Han: every
character a "?", the mirror's brackets kept, their tone vowels lost the same way.
"""

from __future__ import annotations

from newsclean.filters import pinyin
from newsclean.filters.pinyin_lost import codec_mirror, hostless, lost_host_mirror

LOST = (
    "???(mén)?????(q?)?(g?ng)???(8)????01/2025?(hào)???(zh?ng)???(shì),???(zh?ng)"
    "??????(jù)????(huì)????(gu?)?,?????(huì)??(yuán)?(zh?ng)???????(huì)?(f?)??"
)
DATE = "2025年 01月 08日"


def test_a_page_of_lost_hosts_is_a_mirror_and_loses_its_brackets() -> None:
    page = pinyin.scan_page([LOST, DATE])
    assert page.verdict.strip
    assert "host a codec lost" in page.verdict.reason
    cleaned = page.clean_line(0).text
    assert "(" not in cleaned.replace("(8)", "")  # 今(8)日: the writer's bracket stays
    assert cleaned.startswith("????????????(8)????01/2025")


def test_the_count_and_the_reason() -> None:
    assert lost_host_mirror([LOST]) == 15
    assert hostless([LOST]) == (True, "mirror page: 15 glosses whose host a codec lost")
    assert codec_mirror([LOST]) == "15 glosses whose host a codec lost"


def test_a_few_brackets_after_marks_are_no_habit() -> None:
    """A writer's question before a bracket, or a handful of orphans, make no mirror."""
    few = "?(mén)?(q?)??(huì)"
    assert lost_host_mirror([few, few]) == 0
    assert hostless(["真的嗎?(笑) 請問六安的六怎麼讀?(lù)"]) == (False, "no gloss")
    page = pinyin.scan_page(["怎麼讀?(lù) 還是?(liù)", "真的嗎?(笑)"])
    assert not page.verdict.strip
    assert page.clean_line(0).text == "怎麼讀?(lù) 還是?(liù)"


def test_one_syllable_repeated_is_no_habit() -> None:
    """Ten brackets of one syllable after marks (a list of answers) show no gloss habit."""
    assert lost_host_mirror(["?(hǎo)" * 12]) == 0

"""A label printed empty before its value (round 45, ``byline_joint.empty_label_section``)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.metadata import parse_metadata

# Xinhua's Malaysia channel (http://my.xinhuanet.com/2014-03-05/c_126221693.htm).
LEAD = (
    "  据新加坡《联合早报》5日报道,马来西亚发生杀警案,一批印度尼西亚男女4日清晨在雪兰莪州"
    "巴生遭两名巡逻警员截查时,心虚逃跑。"
)
LAST = "  警方支援部队在案发后赶到现场,逮捕了一名印尼籍男子和三名女子。"


@pytest.mark.parametrize(
    "line",
    [
        # 香港四川社團總會's section cell over the headline, its label's word not printed
        # (https://www.hksichuan.org/blog/branch-news-00005).
        ": 屬會動態",
        ": 属会动态",
    ],
)
def test_a_section_after_an_empty_label_is_the_byline_s(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and not parsed.fields


def test_the_section_cell_and_its_date_leave_the_article() -> None:
    # The association's two lines (section cell, day-first date) under Xinhua's story.
    text = "\n\n".join(
        ["为“救”被捕同伴袭警 马来西亚外劳杀一警伤一警", LEAD, LAST, ": 属会动态", "05-03-2014"]
    )
    doc = clean(text + "\n", convert="none")
    assert doc.published_at == "2014-03-05"
    assert ": 属会动态" not in doc.body
    assert doc.body[-1] == LAST.strip()


def test_a_colon_before_no_section_name_is_no_section_cell() -> None:
    # A tool row's residue over a headline (the benchmark corpus /tmp/corpus/001/001313:
    # ":::" over 黃賭藏身直播間 10個團伙被警方搗毀): colons, no section's name.
    parsed = parse_metadata(":::")
    assert parsed is None or not parsed.labels

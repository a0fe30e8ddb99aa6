"""A publisher's name closing the article (byline_foot): the bare name under the last
paragraph is the source, with or without a word of attribution before it (据人民网)."""

from __future__ import annotations

import pytest

from newsclean import clean

# taiwan.cn, 2012-04-01, a 中新网 report (eval/originals/073.json)
HEADLINE = "国新办副主任王国庆看望中新社博鳌论坛报道组"
PARAGRAPHS = (
    "1日上午,中国国务院新闻办公室副主任王国庆来到博鳌亚洲论坛新闻中心,看望了中新社博鳌"
    "亚洲论坛报道组,勉励中新社记者发挥对外报道优势,做好博鳌论坛报道。",
    "博鳌亚洲论坛2012年年会于4月1日至3日在海南博鳌举行。中新社约20名记者和工作人员进驻"
    "博鳌进行报道。(完)",
)


def _page(closing: str) -> str:
    return "\n\n".join((HEADLINE, *PARAGRAPHS, closing)) + "\n"


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        ("中新网", "中新网"),
        # 联合日报 (unitednews.net.ph) and a Philippine forum's copies: "according to X"
        ("据中新网", "中新网"),
        ("據中新網", "中新网"),
        ("转自中新网", "中新网"),
    ],
)
def test_the_name_closing_the_article_is_the_source(closing, source):
    doc = clean(_page(closing))
    assert doc.source == source
    assert all(closing not in paragraph for paragraph in doc.body)


@pytest.mark.parametrize(
    "closing", ["据悉", "据了解,活动将持续三天。", "据中新网报道,会议于3日闭幕。"]
)
def test_a_sentence_of_attribution_stays_in_the_body(closing):
    doc = clean(_page(closing))
    assert doc.source is None
    assert any(closing in paragraph for paragraph in doc.body)


def test_the_source_under_the_bylines_time_loses_its_attribution_too():
    # 發佈時間 … then 據中新社 on its own line under it (eval round 27, page 113's layout)
    page = f"{HEADLINE}\n\n發佈時間 2022-09-23 10:00\n\n據中新社\n\n" + "\n\n".join(PARAGRAPHS)
    doc = clean(page)
    assert doc.source == "中新社"

"""head_chance: a later head line's echo counts when it recurs beyond chance (round 32).

The pages under ``tests/data/clean_once`` are benchmark-corpus pages (``benchmarks/run.py``,
pages 392, 423 and 451: a headline over its byline over paragraphs of other stories): the first
cleaning places the headline by its byline, and cleaning the clean text again, which prints
no byline, must keep it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import clean, clean_bytes
from newsclean.filters.head_chance import beyond_chance, own_headline
from newsclean.render import render

PAGES = Path(__file__).resolve().parent / "data" / "clean_once"
STORY_TITLE = "港六旬清洁工变身「网贷骗徒」 呃澳门4人共$40万  港珠澳大桥被捕"


def test_a_headline_whose_words_its_article_repeats_is_beyond_chance() -> None:
    article = (
        "「西螺酱油」名声,无人不知无人不晓。小小的西螺镇,不仅孕育出百年酱油老字号,"
        "还留下了最古朴的手工熬煮技法。\n西螺酱油远近驰名,不到5万人的小镇上,沿街都可看到酱油间。"
    )
    assert beyond_chance("原汁原味 西螺制造", article)


def test_a_common_word_shared_with_a_long_mixed_article_is_chance() -> None:
    page = clean_bytes((PAGES / "title_over_byline.txt").read_bytes())
    article = "\n".join(page.body[1:])
    assert not beyond_chance("香港区旗不正确涉外交事务", article)


def test_a_line_only_its_own_story_lead_retells_is_chance() -> None:
    # benchmark-corpus page 451 (round 33): another story's headline near the top of a page
    # of crime stories, its figures retold by one paragraph far down (9.4 a thousand with
    # it, 5.5 without); the page's headline keeps the page on a second cleaning
    page = clean_bytes((PAGES / "story_lead_far_down.txt").read_bytes())
    line = "警方抓获嫌疑人210余人冻结涉案金额2000万余元"
    assert line in page.body
    article = "\n".join(p for p in page.body if p.endswith("。"))
    assert not beyond_chance(line, article)
    lead = next(p for p in page.body if "抓获犯罪嫌疑人210余人" in p)
    assert beyond_chance(line, lead)  # one paragraph alone is all its article says


@pytest.mark.parametrize(
    "line", ["马华促警提高阿罗街戒备", "湖北、湖南、安徽三省援藏干部人才:同心凝聚合力 共谱雅砻新曲"]
)
def test_a_news_headline_is_a_headline_of_its_own(line: str) -> None:
    assert own_headline(line)


@pytest.mark.parametrize("line", ["【字体(tǐ )：↑大 ↓小", "内(nèi)文搜(sōu)寻", "久青草原"])
def test_a_glossed_tool_row_or_a_label_is_not(line: str) -> None:
    assert not own_headline(line)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("title_over_byline.txt", "马华促警提高阿罗街戒备"),
        ("title_echoed_once.txt", "湖北、湖南、安徽三省援藏干部人才:同心凝聚合力 共谱雅砻新曲"),
        ("story_lead_far_down.txt", STORY_TITLE),
    ],
)
def test_cleaning_the_clean_text_keeps_the_headline_its_byline_placed(
    name: str, title: str
) -> None:
    doc = clean_bytes((PAGES / name).read_bytes())
    assert doc.title == title
    again = clean(render(doc, "text"))
    assert (again.title, again.body) == (doc.title, doc.body)

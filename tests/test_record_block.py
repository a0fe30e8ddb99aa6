"""The record block (``filters/record_block.py``): the site's name and tagline printed
with the record line, on the far side of it from the headline, are metadata; a clean page
keeps its paragraphs, a subtitle, a one-line paragraph and a caption."""

import json

import pytest
from test_head_record import FIRST, HEADLINE, ROOT, SECOND

from newsclean import clean
from newsclean.filters.record_block import no_prose


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "block",
    [
        # Invented (on no eval page): a Latin site name and a Han tagline,
        ["CityWire", "城市生活资讯平台"],
        # a tagline alone.
        ["西南地区旅游观察"],
    ],
)
def test_block_under_the_record_line_is_metadata(block: list[str]) -> None:
    document = clean(_page(HEADLINE, "2019-03-09", *block, FIRST, SECOND))
    assert document.body == [FIRST, SECOND]
    assert document.title == HEADLINE
    assert document.published_at == "2019-03-09"


def test_block_under_the_record_line_closing_the_article() -> None:
    document = clean(_page(HEADLINE, FIRST, SECOND, "2019.03.09", "CityWire", "城市生活资讯平台"))
    assert document.body == [FIRST, SECOND]


def test_subtitle_above_the_record_line_stays() -> None:
    subtitle = "山城夜经济观察"
    document = clean(_page(HEADLINE, subtitle, "2019-03-09", FIRST, SECOND))
    # Above the record line it is the head's business (page_head.py), never the block's.
    assert subtitle in [*(document.body or []), *document.headings, document.title]


def test_dash_subtitle_under_the_record_line_stays() -> None:
    subtitle = "——记十八梯的守夜人"
    document = clean(_page(HEADLINE, "2019-03-09", subtitle, FIRST, SECOND))
    assert subtitle in (document.body or []) + document.headings


def test_one_line_paragraph_under_the_record_line_stays() -> None:
    short = "夜色渐浓。"
    document = clean(_page(HEADLINE, "2019-03-09", short, FIRST, SECOND))
    assert short in (document.body or [])


def test_sentence_ending_with_a_reporter_name_stays() -> None:
    closing = "本报记者 王小明"
    line = "记者在现场看到，游客排队购票，秩序井然，本报记者 王小明"
    document = clean(_page(HEADLINE, "2019-03-09", FIRST, SECOND, line))
    assert line in (document.body or [])
    assert not no_prose(line + "。")
    assert closing  # the name alone is a credit's business (credits.py), not a block's


def test_no_block_without_a_dated_record_line() -> None:
    # A byline of names alone anchors no block: the section number under it stays.
    document = clean(_page(HEADLINE, "文/王小明", "(一)", FIRST, SECOND))
    assert "(一)" in (document.body or []) + document.headings


def test_line_between_paragraphs_stays() -> None:
    middle = "城市生活资讯平台"
    document = clean(_page(HEADLINE, "2019-03-09", FIRST, middle, SECOND))
    assert middle in (document.body or []) + document.headings


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("城市生活资讯平台", True),
        ("夜色渐浓。", False),
        ("——记十八梯的守夜人", False),
        ("(一)", False),
        ("图为游客在十八梯拍照打卡", False),  # a caption's wording
    ],
)
def test_block_line_shape(text: str, want: bool) -> None:
    assert no_prose(text) is want


def test_fixture_clean_page_is_unchanged() -> None:
    for name in ("001_clean_simplified", "002_clean_traditional"):
        page = ROOT / "fixtures" / f"{name}.txt"
        if not page.exists():
            continue
        expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
        document = clean(page.read_text(encoding="utf-8"))
        assert document.body == expected["body"]


def test_block_ends_at_a_caption_over_the_first_paragraph() -> None:
    # Invented: the site's name and tagline, then a credited caption, then the article.
    caption = "游客在十八梯传统风貌区拍照打卡。 王小明 摄"
    document = clean(
        _page(HEADLINE, "2019-03-09 10:00", "CityWire", "城市生活资讯平台", caption, FIRST, SECOND)
    )
    assert document.body == [FIRST, SECOND]
    assert document.captions == [caption]


def test_foot_block_ends_at_the_sites_form_under_it() -> None:
    # Invented (round 21): the record closing the article, the writer's credit, then the
    # site's comment form speaking to the reader: the credit is the record's, the form is
    # left to its own filters (not asked here).
    form = "请先登录后再发表评论。 带 * 的栏目必须填写"
    document = clean(_page(HEADLINE, FIRST, SECOND, "2019.03.09", "社区通讯员李晓红采写", form))
    assert "社区通讯员李晓红采写" not in (document.body or [])
    assert document.body[:2] == [FIRST, SECOND]


def test_run_broken_by_a_line_without_a_mark_is_no_block() -> None:
    # A run under a record line broken by a line that is no block line and has no
    # sentence mark (too long for a name) is no block; one ended by a line with a mark is.
    from types import SimpleNamespace

    from newsclean.filters.record_block import _to_sentence

    long_line = "城市生活资讯平台与本报合作推出的系列报道山城夜经济观察第三篇"
    lines = [SimpleNamespace(text=t) for t in ("西南地区旅游观察", long_line, "夜色渐浓。")]
    assert _to_sentence([0, 1], lines) == []  # type: ignore[arg-type]
    assert _to_sentence([0, 2], lines) == [0]  # type: ignore[arg-type]


def test_blog_theme_record_with_lost_icons_leaves_a_clean_page_intact() -> None:
    # Round 24 (eval row by-date-lost-icon-admin-channel-lines): the date, the poster and
    # the channel one a line, each after an icon the copy printed as a lone question mark.
    document = clean(_page(HEADLINE, "21/11/20 ?", "admin", "?", "資訊臺", FIRST, SECOND))
    assert document.body == [FIRST, SECOND]
    assert document.published_at == "2020-11-21"
    assert document.removed == []  # the lone icon is the record's, not a removed line


def test_lost_icon_at_the_foot_with_the_record() -> None:
    document = clean(_page(HEADLINE, FIRST, SECOND, "05/03/14 ?", "admin", "?", "資訊臺"))
    assert document.body == [FIRST, SECOND]
    assert document.published_at == "2014-03-05"
    assert document.removed == []


def test_question_mark_between_paragraphs_is_no_record_icon() -> None:
    # No record line above it: a lone mark between paragraphs is left to the other filters.
    document = clean(_page(HEADLINE, FIRST, "?", SECOND))
    assert document.body is not None and FIRST in document.body and SECOND in document.body
    assert document.published_at is None

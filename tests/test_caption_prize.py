"""A prize picture's caption (``caption_prize``), a photographer's byline of
names alone (``caption_byline``), and the voice a layout caption never has: the writer
with the reader (我们) or the site naming itself (本部落格, 本站) (``caption_layout``).

Each rule has its positive and the real lines that must survive it: a heading, a
one-line paragraph without punctuation, a byline line, an award named in prose.
"""

import pytest
from conftest import CAPTION_BYLINE as BYLINE
from conftest import CAPTION_PARAGRAPHS as LONG
from conftest import CAPTION_TITLE as TITLE
from conftest import caption_page as _page
from conftest import one_caption_after_first_paragraph
from linear import assert_linear

from newsclean import clean
from newsclean.filters.caption_byline import photographer_byline
from newsclean.filters.caption_layout import layout_caption_shaped
from newsclean.filters.caption_prize import prize_credit
from newsclean.filters.caption_rejects import addresses_reader
from newsclean.filters.captions import caption_cue
from newsclean.filters.structure import LineView, classify

# --- a prize picture's caption -------------------------------------------------------

PRIZE_CAPTIONS = [
    "“2025澳門國際幻彩大巡遊”攝影比賽冠軍-林國權(高蹺喜洋洋)",  # macaucee.com.mo
    "“2025澳门国际幻彩大巡游”摄影比赛冠军-林国权(高跷喜洋洋)",
    "第十届全国农民摄影大赛金奖：王建军（丰收）",
    "“美丽乡村”摄影展一等奖——张晓明（晨光里的村庄）",
    "市青少年摄影比赛优秀奖-陈思远",
]


@pytest.mark.parametrize("line", PRIZE_CAPTIONS)
def test_a_prize_pictures_caption_is_a_caption(line: str):
    one_caption_after_first_paragraph(line)  # converted to simplified script


@pytest.mark.parametrize(
    "prose",
    [
        # an award named in prose: a verb, a stop
        "林国权的作品获“2025澳门国际幻彩大巡游”摄影比赛冠军。",
        "他曾获全国摄影大赛金奖-这让他更加坚定了拍摄家乡的决心",
        "在“2025澳门国际幻彩大巡游”摄影比赛中，林国权获得冠军，作品名为《高跷喜洋洋》。",
        # a heading: the contest, no winner named
        "“2025澳门国际幻彩大巡游”摄影比赛获奖名单",
        "摄影比赛冠军作品赏析",
        # the prize and a word that is no person's name
        "摄影比赛冠军-高跷喜洋洋",
    ],
)
def test_an_award_in_prose_or_a_heading_is_no_prize_caption(prose: str):
    assert prize_credit(prose) is None
    doc = clean(_page([LONG[0], prose, *LONG[1:]]))
    assert prose not in doc.captions


def test_a_prize_line_is_linear_on_a_long_line():
    def judge(line: str) -> None:
        assert prize_credit(line) is None
        assert caption_cue(line) is None

    assert_linear(lambda n: "摄影比赛冠军-" * n + "林国权", judge, 50_000)


# --- a photographer's byline of names alone ----------------------------------------


@pytest.mark.parametrize("credit", ["攝影:吳嘉榮", "摄影:梁婉琦 雷翠云", "摄影：孙灿芬"])
def test_photographers_names_under_the_byline_are_metadata(credit: str):
    assert photographer_byline(credit)
    doc = clean(_page([credit, *LONG]))
    assert doc.captions == []
    assert credit not in doc.body
    assert doc.body == LONG


def test_the_photographers_line_under_the_writers_line_is_metadata():
    # 文/ name, then the photographer's name and what he did not shoot, labels lost
    lines = ["李云川", "李云川 (部分由受访者提供)", *LONG]
    doc = clean("\n\n".join([TITLE, *lines]) + "\n")
    assert doc.captions == []
    assert "李云川 (部分由受访者提供)" not in doc.body


@pytest.mark.parametrize(
    "caption",
    [
        "摄影:孙灿芬",  # a credit line alone between paragraphs: the picture's
        "林郁慧（中央社档案照片）",  # a portrait's caption between paragraphs
    ],
)
def test_a_credit_between_paragraphs_stays_a_caption(caption: str):
    doc = clean(_page([LONG[0], caption, *LONG[1:]]))
    assert doc.captions == [caption]


@pytest.mark.parametrize("line", ["图/新华社", "图为市民在公园赏花。", "摄影:新华社"])
def test_an_agency_or_a_description_is_no_photographers_byline(line: str):
    assert not photographer_byline(line)


def test_a_byline_line_is_still_metadata_and_no_caption():
    doc = clean(_page(["作者：孙灿芬", *LONG]))
    assert doc.captions == []
    assert doc.author == "孙灿芬"


# --- the voice a layout caption never has ------------------------------------------


def _flush_among_indented(line: str) -> list[LineView | None]:
    paragraphs = [LineView(p, True, 1) for p in LONG]
    return [
        LineView(TITLE, False, 0),
        LineView(BYLINE, False, 1),
        *paragraphs[:2],
        LineView(line, False, 1),
        *paragraphs[2:],
    ]


@pytest.mark.parametrize(
    "line",
    [
        '当我们谈论"国产精品"时,总绕不开"产区"这个核心概念。',  # the writer with the reader
        "本部落格的文章及其回复，不代表本所的正式法律意见。",  # the site naming itself
        "本站文章仅供参考，转载请注明出处。",
    ],
)
def test_a_line_in_the_writers_or_the_sites_voice_is_no_caption_by_layout(line: str):
    assert addresses_reader(line)
    assert not layout_caption_shaped(line, 80)
    assert classify(_flush_among_indented(line)).placements[4] != "caption"


@pytest.mark.parametrize(
    "caption",
    [
        "我国首艘国产航母在大连下水。",  # 我国: a place, not a voice
        "《我们的新时代》首映礼现场。",  # a title in quotes
        "市民高呼「我们爱香港」迎接选手。",
    ],
)
def test_a_caption_naming_our_country_or_quoting_we_is_still_a_caption(caption: str):
    assert not addresses_reader(caption)
    assert classify(_flush_among_indented(caption)).placements[4] == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "援藏干部们说他们将继续为西藏贡献力量",  # a one-line paragraph, no punctuation
        "我们的记者在现场看到了什么",  # the same, in the writer's voice
        "三省援藏干部人才同心凝聚合力",  # a heading
    ],
)
def test_a_heading_or_an_unpunctuated_paragraph_is_no_caption(line: str):
    assert classify(_flush_among_indented(line)).placements[4] != "caption"


# --- captions set together: a group, not a heading ------------------------------------

PAIR = ["援藏干部在山南市第二高级中学看望师生", "湖北援藏企业工人在组装制氧机"]


def _indented_page(inserted: list[str]) -> list[LineView | None]:
    """The article's paragraphs indented, ``inserted`` flush after the first one."""
    paragraphs = [LineView(p, True, 1) for p in LONG]
    return [
        LineView(TITLE, False, 0),
        LineView(BYLINE, False, 1),
        paragraphs[0],
        *(LineView(line, False, 1) for line in inserted),
        *paragraphs[1:],
    ]


def test_two_unpunctuated_lines_set_apart_together_are_captions():
    placements = classify(_indented_page(PAIR)).placements
    assert placements[3:5] == ["caption", "caption"]


def test_a_heading_alone_between_paragraphs_stays_a_heading():
    placements = classify(_indented_page(["深耕产业援藏激活经济新引擎"])).placements
    assert placements[3] == "heading"


def test_keyword_lines_foreign_to_the_article_are_no_caption_group():
    # two injected keyword lines: no pair of Han characters shared with the paragraphs
    placements = classify(
        _indented_page(["信用卡提现规则最新消息", "何记娱乐规则最新消息"])
    ).placements
    assert "caption" not in placements[3:5]


def test_a_punctuated_caption_over_a_heading_leaves_the_heading():
    placements = classify(
        _indented_page(["援藏干部在山南市看望师生。", "湖北援藏企业工人组装制氧机"])
    ).placements
    assert placements[3:5] == ["caption", "heading"]


def test_numbered_headings_in_a_row_stay_headings():
    placements = classify(
        _indented_page(["一、援藏干部看望师生", "二、援藏企业工人组装制氧机"])
    ).placements
    assert placements[3:5] == ["heading", "heading"]


# --- the credit after slashes, 作者 after the caption's stop ----------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "演出一百場,兒童最歡喜/國語日報/高修民",  # feja.org.tw
        "援藏干部在山南市看望师生/西藏日报/王小明",
        "市民冒雨出行。作者:赵海燕",
        "代表团参观清洁能源装备产业园。作者：李四",
    ],
)
def test_a_slashed_or_authored_credit_closes_a_caption(caption: str):
    assert caption_cue(caption) is not None
    doc = clean(_page([LONG[0], caption, *LONG[1:]]))
    assert len(doc.captions) == 1
    assert doc.body == LONG


@pytest.mark.parametrize(
    "line",
    [
        "人民网/ 2014/8/19",  # a byline's fields
        "首页/新闻/国际",  # a crumb: no outlet and person
        "文/本报记者/张三",  # a label, not a description
        "援藏干部在山南市看望师生。随后参观了产业园。作者:赵海燕",  # a paragraph's byline
        "他在文章的结尾写道，作者:赵海燕",  # no stop before 作者
    ],
)
def test_a_byline_crumb_or_paragraph_is_no_slashed_or_authored_credit(line: str):
    assert caption_cue(line) is None

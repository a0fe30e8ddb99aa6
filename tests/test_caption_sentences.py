"""Round 16: captions grouped as a string of short sentences between two paragraphs."""

from conftest import CAPTION_BYLINE as BYLINE
from conftest import CAPTION_TITLE as TITLE

from newsclean.filters.caption_sentences import AMONG, grouped_sentences
from newsclean.filters.structure import LineView, classify

# A lead paragraph (本报讯 with the text and picture credits), then the pictures, then
# the paragraphs: the captions name what the paragraphs name (产业园, 制氧机).
LEAD = (
    "本报讯 (文/山南日报记者 张扬 图/李明)昨天上午,中车山南清洁能源装备产业园正式投产,"
    "园区内一派繁忙景象。"
)
PARAGRAPHS = [
    "产业园是西藏首个清洁能源装备产业基地，首批入驻企业已开始组装制氧机，产品销往全区七个地市。",
    "湖北援藏企业的工人正在车间组装制氧机，负责人说，今年的订单比去年多了三成，工人们干劲十足。",
    "园区负责人表示，下一步将引进更多装备企业，让产业园成为带动当地就业和群众增收的新引擎。",
]


def _placed(*lines: str, tail: bool = True) -> list[str]:
    views = [
        LineView(TITLE, False, 0),
        LineView(BYLINE, False, 1),
        LineView(LEAD, False, 1),
        *(LineView(line, False, 1) for line in lines),
        *(LineView(p, False, 1) for p in (PARAGRAPHS if tail else [])),
    ]
    placements = classify(views).placements
    return [placements[3 + k] for k in range(len(lines))]


def test_short_sentences_between_paragraphs_naming_the_article_are_captions():
    assert _placed("产业园正式投产。", "工人在车间组装制氧机。") == ["caption", "caption"]


def test_the_group_is_read_from_the_page_itself():
    views = [LineView(LEAD, False, 1), LineView("产业园正式投产。", False, 1)]
    views += [LineView("工人在车间组装制氧机。", False, 1), LineView(PARAGRAPHS[0], False, 1)]
    assert grouped_sentences(views, 0) == {1: AMONG, 2: AMONG}


def test_a_single_short_sentence_between_paragraphs_is_a_paragraph():
    assert _placed("产业园正式投产了。") == ["body"]


def test_short_sentences_naming_other_things_stay_body():
    # a keyword pair injected between paragraphs names nothing of the article
    assert _placed("欢迎光临本店铺。", "优惠活动进行中。") == ["body", "body"]


def test_short_sentences_closing_the_page_are_no_group():
    assert _placed("产业园正式投产。", "工人在车间组装制氧机。", tail=False) == ["body", "body"]


def test_a_heading_a_byline_or_a_notice_between_paragraphs_is_no_group():
    placed = _placed("产业园的新引擎", "记者 张扬 李明", "本文原刊于《山南日报》,2024年6月15日")
    assert "caption" not in placed


def test_sentences_with_clause_marks_are_paragraphs():
    assert _placed("昨天，产业园投产。", "工人们，干劲十足。") == ["body", "body"]


# Round 16: a row of fields joined by a spaced separator is no caption by layout.
ROWS = [
    "评论提交者 | Posted by 晓风 (IP: 61.18.22.7)",
    "山南网 - 关注雪域高原最新动态!",
    "首页 _ 新闻中心 _ 产业园专题",
]


def test_a_row_of_fields_is_no_caption_by_layout():
    from conftest import CAPTION_PARAGRAPHS as LONG

    from newsclean import clean
    from newsclean.filters.caption_layout import layout_caption_shaped

    for row in ROWS:
        assert not layout_caption_shaped(row, 80)
        text = "\n\n".join([TITLE, *("  " + p for p in LONG), row]) + "\n"
        assert clean(text).captions == []


def test_a_caption_with_an_unspaced_hyphen_or_bar_stays_a_caption():
    from newsclean.filters.caption_layout import layout_caption_shaped

    for caption in ["京张高铁G-8次列车驶出隧道", "5-6月的油菜花田", "工人在车间组装制氧机。"]:
        assert layout_caption_shaped(caption, 80)
    views = [
        LineView(TITLE, False, 0),
        *(LineView("  " + p, True, 1) for p in PARAGRAPHS[:2]),
        LineView("京张高铁G-8次列车驶出产业园隧道。", False, 1),
        LineView("  " + PARAGRAPHS[2], True, 1),
    ]
    assert classify(views).placements[3] == "caption"


# Round 21: lead captions flush over indented paragraphs (caption_sentences.head_group).
HEAD_TITLE = "山南清洁能源装备产业园正式投产"


def _head(*lines: str) -> list[str]:
    """Where ``lines``, set flush between a headline and indented paragraphs, end up."""
    from newsclean import clean

    paragraphs = ["\u3000\u3000" + p for p in [LEAD, *PARAGRAPHS]]
    document = clean("\n\n".join([HEAD_TITLE, *lines, *paragraphs]) + "\n")
    assert document.title == HEAD_TITLE
    return ["caption" if line in document.captions else "body" for line in lines]


def test_flush_lines_over_indented_paragraphs_are_lead_captions() -> None:
    # Invented: two pictures' captions over the article, no credit, no stop.
    assert _head("工人在车间组装制氧机", "产业园投产仪式现场,嘉宾为园区揭牌") == [
        "caption",
        "caption",
    ]


def test_a_subtitle_alone_under_the_headline_stays() -> None:
    assert _head("首批入驻企业已开始组装制氧机") == ["body"]
    assert _head("——记山南首个清洁能源装备产业园", "工人在车间组装制氧机") == ["body", "body"]


def test_a_flush_line_naming_nothing_of_the_article_breaks_the_group() -> None:
    # Another story's line beside a caption-like line: not the article's pictures.
    assert "caption" not in _head("城东老街美食节今晚开幕", "工人在车间组装制氧机")


def test_flush_lines_ending_as_sentences_or_labels_are_no_head_group() -> None:
    assert "caption" not in _head("园区负责人介绍了投产情况", "产业园正式投产，")
    assert "caption" not in _head("图文编辑 王小明", "工人在车间组装制氧机")


def test_a_crumb_and_the_headline_again_are_no_head_group() -> None:
    # Round 35: a copy site prints its crumb ending in the headline, then the headline
    # again, flush over the article: the head's echo, no two pictures' captions.
    crumb = f"范文网 > {HEAD_TITLE}产业园组装制氧机"
    assert _head(crumb, f"{HEAD_TITLE}产业园组装制氧机") == ["body", "body"]
    # the same line twice is one line printed again, not two pictures
    assert _head("工人在车间组装制氧机", "工人在车间组装制氧机") == ["body", "body"]


def test_round_39_a_site_header_printed_twice_makes_no_group_of_captions():
    # A hijacked page's second site header over the real headline, both flush over the
    # indented paragraphs: the header shares 中国 and 网站 with the page, yet no picture.
    header = "18dy影院(中国)官方网站18dy影院(中国)官方网站"
    views = [
        LineView(TITLE, False, 0),
        LineView(header, False, 2),
        LineView("“中星”20号通信卫星发射成功", False, 2),
        LineView(
            "新华社西昌电 我国研制的“中星”20号通信卫星在西昌卫星发射中心由中国运载火箭成功发射。",
            True,
            2,
        ),
        LineView(
            "“中星”20号是实用型地球同步通信卫星,为用户提供多种服务,中国各地网站用户都将受益于此。",
            True,
            1,
        ),
    ]
    placements = classify(views).placements
    assert "caption" not in placements

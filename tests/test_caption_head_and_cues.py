"""Round 11: caption forms that carry more than a description, and the article's head.

A caption describes its picture and may carry its English translation, a desk's picture
date code or a figure number (``●图①;…``): each is positive wording, read in any layout.
Above the article's first paragraph, layout alone is no evidence (the head has its own
norm): a headline, a byline, a notice, a category stay out of the captions.  Each
positive rule has a negative on a real line of the article that must survive.
"""

import pytest
from conftest import CAPTION_BYLINE as BYLINE
from conftest import CAPTION_PARAGRAPHS as LONG
from conftest import CAPTION_TITLE as TITLE

from newsclean.filters.caption_layout import layout_caption_shaped
from newsclean.filters.captions import caption_cue
from newsclean.filters.structure import LineView, classify

BILINGUAL = (
    "本届论坛吸引了来自二十多个国家的代表参加，共商合作。"
    "The forum drew delegates from many countries."
)


@pytest.mark.parametrize(
    "line",
    [
        "花车迎接游客. trishaw decorated with flowers awaiting customers.",
        "花車迎接遊客。Trishaws decorated with flowers awaiting customers.",
        "A construction worker’s clothes caught on fire after an accident in Kwun Tong. 26MAR24.",
        "消防员在火场灌救。Firemen fight the blaze in Sham Shui Po. 3JAN23",
        "●图①;挖土工人将文物交给博物院代院长(左)。图②;根据花纹推测,这些文物属晚清时代。",
        "●圖1；挖土工人連忙將文物交給博物院。",
        "图二；市民在广场观看表演。",
    ],
)
def test_new_caption_forms_are_captions_by_wording(line: str):
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # a bilingual paragraph of the article: clauses in Chinese, a long sentence
        BILINGUAL,
        "他在发言中引用了一句英文谚语。Rome was not built in a day, he said.",
        # a numbered list item of the article, and a figure cited in prose
        "1、挖土工程挖到中国古代文物，工人连忙将文物交给博物院。",
        "①挖土工人连忙将文物交给砂拉越博物院代院长李茂安博士。",
        "图2显示，去年出口增长了5%。",
        # a date written out in a sentence
        "The exhibition runs at the City Hall until 26 March 2024.",
        "The report was published in MAR24.",
    ],
)
def test_article_lines_like_the_new_forms_are_no_captions(line: str):
    assert caption_cue(line) is None


def test_a_bilingual_paragraph_stays_in_the_body():
    bilingual = BILINGUAL
    views = [
        LineView(TITLE, False, 0),
        LineView(BYLINE, False, 1),
        *(LineView(p, False, 1) for p in LONG[:2]),
        LineView(bilingual, False, 1),
        *(LineView(p, False, 1) for p in LONG[2:]),
    ]
    assert classify(views).placements[4] == "body"


@pytest.mark.parametrize(
    "head",
    [
        # a notice, the real headline, an author line: flush, spaced like the paragraphs
        ["本文出自厦门晚报324期(2012/06/01出刊)", "海沧市民节:幸福海沧", "李晓辉 独立记者"],
        ["类别归档: 新闻", "重庆居民感受到的幸福很真实"],
    ],
)
def test_head_lines_above_the_first_paragraph_are_no_captions_by_layout(head: list[str]):
    views = [
        LineView(TITLE, False, 0),
        *(LineView(text, False, 1) for text in head),
        *(LineView(p, True, 1) for p in LONG),
    ]
    placements = classify(views).placements
    assert "caption" not in placements, placements


def test_a_described_scene_above_the_first_paragraph_is_still_a_caption():
    views = [
        LineView(TITLE, False, 0),
        LineView("本文出自厦门晚报324期(2012/06/01出刊)", False, 1),
        LineView("文物专家为市民鉴宝。", False, 1),
        *(LineView(p, True, 1) for p in LONG),
    ]
    placements = classify(views).placements
    assert placements[1] != "caption"
    assert placements[2] == "caption"


def test_a_long_flush_line_over_the_article_does_not_open_it():
    # a flush line long enough to set the norm, above indented paragraphs: the head goes on
    glued = "一串看似冰冷的技术代码悄然指向的并非冰冷的服务器集群或枯燥的行政划分而是经济地理图景"
    views = [
        LineView(TITLE, False, 0),
        LineView(glued, False, 1),
        LineView("中评现场:外国驻华记者新年招待会在京举行", False, 1),
        LineView("海涵 独立记者", False, 1),
        *(LineView(p, True, 1) for p in LONG),
    ]
    assert "caption" not in classify(views).placements


@pytest.mark.parametrize(
    "line",
    [
        "(南京邮电大学 社会与人口学院,江苏 南京 210023)",
        "（本文作者为中国社会科学院研究员）",
    ],
)
def test_a_line_wholly_in_brackets_is_no_caption_by_layout(line: str):
    assert not layout_caption_shaped(line, 80)
    assert layout_caption_shaped("精彩的文艺演出。", 80)

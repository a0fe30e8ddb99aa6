"""Round 38: an office-holder's act at an event (caption_act): office, name and act, one
clause with no mark, is a picture's caption; a heading, a sentence and an office alone stay."""

from __future__ import annotations

import pytest
from linear import assert_linear

from newsclean import clean
from newsclean.filters.caption_act import office_act
from newsclean.filters.captions import caption_cue

HEADLINE = "华侨华人妇女联合会举办中秋晚会"
FIRST = (
    "本报讯 9月15日晚,华侨华人妇女联合会在罗马举办中秋联欢晚会,三百余名侨胞和各界嘉宾"
    "欢聚一堂,共度佳节。"
)
SECOND = "晚会上,侨胞们表演了歌舞、太极和戏曲等节目,现场气氛热烈,大家品尝月饼,共叙乡情。"


@pytest.mark.parametrize(
    "line",
    [
        "意大利华侨华人妇女企业联合会会长郑秀琴主持晚会仪式",
        "中国驻纽约总领事黄屏致辞",
        "王宗颖总领事致辞",  # the portrait label's order, name first
        "中华总商会副会长欧阳修文颁奖",
        "市长李明剪彩",
    ],
)
def test_an_office_holders_act_is_a_caption(line: str) -> None:
    assert office_act(line) is not None
    assert caption_cue(line) is None  # the wording alone: where it stands decides (mend)


@pytest.mark.parametrize(
    "line",
    [
        # headings and lines of the harvest's real negatives (tests/data/harvest/caption.tsv)
        "携手同行赴盛会",
        "澳中各级政要出席,盛赞华社贡献",
        "老记“回家”看乡亲",
        "去华人超市打工",
        "新任会长致辞",  # an office alone names no one
        "会长郑秀琴主持晚会仪式,并宣布晚会开始",  # a sentence goes on
        "会长郑秀琴主持晚会仪式。",  # a paragraph keeps its stop
        "会长郑秀琴主持了当晚的中秋联欢晚会和抽奖活动",  # past a short object
        "大会由市委副书记李华主持",  # a passive sentence: 由 joins no organisation (mend)
        "董事长王伟致辞全文",  # a transcript's heading: the object is a text (mend)
    ],
)
def test_a_heading_or_sentence_is_no_office_holders_act(line: str) -> None:
    assert office_act(line) is None


def test_the_act_set_apart_from_the_paragraphs_is_the_pages_caption() -> None:
    caption = "意大利华侨华人妇女企业联合会会长郑秀琴主持晚会仪式"
    indented = ["\u3000\u3000" + FIRST, caption, "\u3000\u3000" + SECOND]
    document = clean("\n\n".join([HEADLINE, *indented]) + "\n")
    assert document.captions == [caption]
    assert len(document.body) == 2


def test_the_act_beside_a_photo_credit_is_a_caption() -> None:
    caption, credit = "市长李明剪彩", "新华社记者 张三 摄"
    document = clean("\n\n".join([HEADLINE, FIRST, caption, credit, SECOND]) + "\n")
    assert caption in document.captions


# Mend, round 38 (the review's act2, act3, a8, ax3, ax5, ax6): alone among paragraphs laid
# out as it is, the clause is a short heading or a one-line paragraph, not a caption.
@pytest.mark.parametrize(
    "line",
    [
        "市长李明主持会议",
        "董事长张伟致辞",
        "县委书记张强致辞",
        "会长郑秀琴主持",
        "总经理张伟致欢迎辞",
    ],
)
def test_the_act_alone_between_plain_paragraphs_stays_in_the_article(line: str) -> None:
    document = clean("\n\n".join([HEADLINE, FIRST, line, SECOND, FIRST]) + "\n")
    assert line not in document.captions
    assert line in document.headings or line in document.body


def test_round_39_two_acts_in_a_row_with_the_variant_zhici_are_a_gallerys_captions() -> None:
    # 致词, the variant spelling (and what 致詞 converts to), is the act 致辞 is.
    first, second = "华侨总会会长陈国华致词", "中国驻温哥华总领事馆领事张伟致词"
    assert office_act(first) is not None and office_act(second) is not None
    document = clean("\n\n".join([HEADLINE, FIRST, first + "\n" + second, SECOND]) + "\n")
    assert first in document.captions and second in document.captions
    assert len(document.body) == 2


def test_round_39_zhici_alone_between_plain_paragraphs_stays() -> None:
    line = "董事长张伟致词"
    document = clean("\n\n".join([HEADLINE, FIRST, line, SECOND, FIRST]) + "\n")
    assert line not in document.captions


def test_office_act_is_linear() -> None:
    assert_linear(lambda n: "会" * n + "会长郑秀琴主持", office_act, 2_000)


def test_round_39_the_traditional_act_set_apart_is_a_caption() -> None:
    # 致辭 is what OpenCC prints for 致辞; structure reads the line as printed.
    caption = "總領事薛冰致辭"
    assert office_act(caption) == "an office-holder's act: 總領事 薛冰 致辭"
    indented = ["\u3000\u3000" + FIRST, caption, "\u3000\u3000" + SECOND]
    document = clean("\n\n".join([HEADLINE, *indented]) + "\n", convert="none")
    assert document.captions == [caption]


def test_round_39_the_act_flush_under_the_headline_over_indented_paragraphs_is_a_caption() -> None:
    caption = "总领事薛冰致辞"
    indented = ["\u3000\u3000" + FIRST, "\u3000\u3000" + SECOND]
    document = clean("\n\n".join([HEADLINE, caption, *indented]) + "\n")
    assert document.captions == [caption]


def test_round_39_the_act_laid_out_as_the_paragraphs_under_the_headline_stays() -> None:
    line = "\u3000\u3000总领事薛冰致辞"
    indented = ["\u3000\u3000" + FIRST, "\u3000\u3000" + SECOND]
    document = clean("\n\n".join([HEADLINE, line, *indented]) + "\n")
    assert document.captions == []


#: Round 46: a chinanews.com.cn wire story copied with its picture's label over the dateline
#: (https://sengpou.com/news_detail.php?news_id=10627&element_index=1).
WIRE_HEADLINE = "香港新闻界庆祝新中国成立73周年 李家超希望讲好香港故事"
WIRE_FIRST = (
    "【中新社香港9月22日电】(戴小橦)香港特区行政长官李家超22日表示,期望香港新闻界努力讲好香港故事,"
    "团结一致地把香港的最新发展和正信息,告诉世界各地的读者、听众和观众。"
)
WIRE_SECOND = "李家超当天出席香港新闻界庆祝中华人民共和国成立73周年酒会。"


def test_the_act_over_a_wire_storys_dateline_is_its_pictures_caption() -> None:
    line = "李行伟校长致辞"
    document = clean("\n\n".join([WIRE_HEADLINE, line, WIRE_FIRST, WIRE_SECOND]) + "\n")
    assert document.captions == [line]
    assert line not in document.body


def test_the_act_over_a_paragraph_without_a_dateline_stays() -> None:
    line = "李行伟校长致辞"
    first = WIRE_FIRST.split("】", 1)[1]  # the same paragraph, no dateline before it
    document = clean("\n\n".join([WIRE_HEADLINE, WIRE_SECOND, line, first, WIRE_SECOND]) + "\n")
    assert line not in document.captions

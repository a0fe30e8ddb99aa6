"""A site's statement about its content, by the grammar of its sentence (notice_statement)."""

import pytest
from linear import assert_linear

from newsclean import clean
from newsclean.filters.notice import is_notice
from newsclean.filters.notice_statement import MAX_STATEMENT, is_statement
from newsclean.filters.notice_vocabulary import reports
from newsclean.filters.structure import LineView, classify

TITLE = "海沧市民节:幸福海沧 市民同享"
BYLINE = "2012年09月09日 14:03 来源：厦门晚报"
PARAGRAPHS = [
    "昨天上午，海沧区阿罗海城市广场锣鼓喧天，九八投洽会开幕日的海沧更是别样的热闹欢腾。",
    "上午11点，海沧区相关领导共同启动第二届海沧市民节开幕按钮，全场市民欢声雀跃。",
    "海沧市民节将横跨“九八”“中秋”“国庆”三大节庆，历时一个月，推出多项文化活动。",
]

STATEMENTS = [
    # subject + enumeration + 受…保护 (the enumeration of content kinds, then the rights)
    "本网站的所有内容，包括但不限于所有资料、地图、文本、图像，以及数据的汇编（下称「资料」），"
    "均受知识产权保护。",
    "本網站的所有內容，包括但不限於所有資料、圖片、照片，均受知識產權保護。",
    "本站所有文章，包括文字、图片及音视频，均受著作权法保护。",
    # subject + an exception + the rights
    "本网站所载的资料，除注明外，皆受香港特别行政区政府的版权保护。",
    # a disclaimer: subject (two contents joined) + 不代表…意见/立场
    "本部落格的文章及其回覆，不代表本所的正式法律意見。",
    "本博客的文章及评论，不代表本站立场。",
    # round 26: the second piece a word no list holds (a variant of 回, page 074's form)
    "本部落格的文章及其廻覆，不代表本所的正式法律意見。",
    "本刊文章仅代表作者个人观点，不代表本刊立场。",
    "本站所有内容仅供参考。",
    "本网站资料不构成任何投资建议。",
    # the text speaking of itself, a condition glued before the forbidding predicate
    "本文未經同意不得轉載",
    "本網站所刊載之內容，未經授權請勿轉載。",
    "【本站所有内容，未经书面许可，不得转载、复制或以其他方式使用】",
    # round 14: a permission with its condition (permit + use, concede + oblige + keep)
    "本網站內的資訊,可供發佈或複製作非商業用途,但必須註明有關資訊是由民政事務總署提供的。",
    "本站文章可以转载，但请注明出处及原文链接。",
    "本网站所有内容均允许下载和引用，惟须标明来源为本网站。",
]

PROSE = [
    # a court story about copyright: another subject
    "法院认定该网站的所有内容均受著作权法保护。",
    "法院认为，该网站的所有文章均受著作权法保护，被告应当赔偿。",
    # a statement quoted in the body: the speaker first, or the sentence goes on
    "该协会在声明中称：“本网站的所有内容均受知识产权保护。”",
    "“本站所有内容仅供参考，”该网站负责人说。",
    "本站所有内容仅供参考的说法，并不能免除平台的责任。",
    # a paragraph opening with 本报: a dateline or a byline, no content word
    "本报讯（记者李晓辉）海沧区昨天启动第二届市民节，所有活动均受市民欢迎和保护。",
    "本报记者获悉，本站所有内容均受法律保护。",
    # a subject, then a sentence of the story
    "本报文章受到读者好评，多篇作品获新闻奖。",
    "本刊所有文章均经过三审，确保内容准确。",
    # a reporting verb: the story's
    "本站所有内容均受法律保护，不得转载，他强调。",
    # round 14: a permission reported in an article, or without its condition
    "该网站的资讯可供公众免费使用，但必须注明来源。",
    "本网站内的资讯可供公众免费使用。",
    "本网站内的资讯可供公众免费使用，但必须注明来源，他说。",
    "本报资讯可供市民参考，但具体安排以官方公布为准。",
]


def test_the_statements_are_notices():
    for line in STATEMENTS:
        assert is_statement(line, reports=reports), line


@pytest.mark.parametrize("line", PROSE)
def test_sentences_of_the_story_are_no_statement(line):
    assert not is_statement(line, reports=reports)
    assert not is_notice(line, near_foot=False)


def _placement(line: str, position: str, *, indented: bool = False) -> str:
    """Where ``line`` goes on a page, at ``position``; a story's line is indented as prose."""
    paragraphs = [LineView(p, True, 1) for p in PARAGRAPHS]
    placed = LineView(line, indented or position == "middle", 1)
    if position == "top":
        body = [placed, *paragraphs]
    elif position == "middle":
        body = [paragraphs[0], placed, *paragraphs[1:]]
    else:
        body = [*paragraphs, placed]
    views: list[LineView | None] = [LineView(TITLE, False, 0), LineView(BYLINE, False, 1), *body]
    return classify(views).placements[views.index(placed)]


@pytest.mark.parametrize("position", ["top", "middle", "foot"])
@pytest.mark.parametrize("line", STATEMENTS[::3])
def test_a_statement_is_the_copyright_wherever_it_stands(line, position):
    assert _placement(line, position) == "copyright"


@pytest.mark.parametrize("position", ["top", "middle"])
@pytest.mark.parametrize("line", PROSE[:3] + PROSE[7:9])
def test_a_sentence_of_the_story_stays_in_the_body(line, position):
    assert _placement(line, position, indented=True) == "body"


def test_a_disclaimer_over_the_headline_leaves_the_headline_and_body():
    text = "\n\n".join(
        ["本部落格的文章及其回覆，不代表本所的正式法律意見。", TITLE, BYLINE, *PARAGRAPHS]
    )
    doc = clean(text)
    assert doc.copyright == "本部落格的文章及其回复，不代表本所的正式法律意见。"
    assert doc.title == TITLE
    assert doc.body == PARAGRAPHS


def test_a_paragraph_opening_with_benbao_keeps_its_place():
    lead = "本报讯 昨天上午，海沧区阿罗海城市广场锣鼓喧天，九八投洽会开幕日的海沧热闹欢腾。"
    doc = clean("\n\n".join([TITLE, BYLINE, lead, *PARAGRAPHS[1:]]))
    assert doc.copyright is None
    assert doc.body[0] == lead


def test_the_grammar_is_linear_on_a_hostile_line():
    for line in (
        "本站所有内容" + "受" * (MAX_STATEMENT - 6),
        "本站所有内容，包括" + "、受不代表" * 38,
    ):
        assert not is_statement(line, reports=reports)
    hostile = "本站所有内容" + "受" * 10_000_000
    assert_linear(
        lambda n: hostile[: 6 + n], lambda line: is_statement(line, reports=reports), 2_500_000
    )


@pytest.mark.parametrize(
    "line",
    [
        "摘要：《春日游园记》一文转载自网络，不代表本网立场，如有侵权请联系删除",  # invented
        "本篇選自讀者投稿，不代表本站觀點，歡迎指正。",  # invented: traditional
        "该文来自互联网,不代表本平台的观点",  # invented
    ],
)
def test_the_site_naming_the_texts_origin_and_disowning_it_is_a_notice(line: str) -> None:
    assert is_notice(line, near_foot=False)


@pytest.mark.parametrize(
    "line",
    [
        "该文来源于网友上传，不代表本站观点，他说。",  # a story quoting the statement
        "调查显示，这些说法大多来自网络传言，专家认为并不可信。",  # no disowning
        "他的观点来自多年的研究,并不代表本人以外的任何人。",  # not the site disowning
    ],
)
def test_a_story_about_a_texts_origin_is_no_notice(line: str) -> None:
    assert not is_notice(line, near_foot=False)

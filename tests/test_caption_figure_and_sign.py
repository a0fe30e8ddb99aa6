"""A picture's own label line (``caption_label.figure_label``) and a photo credit after a
copyright sign (``caption_sign.sign_credit``), round 22.  Every positive form here is
invented (on no eval page); the negatives are real-looking lines that must stay."""

import pytest
from linear import assert_linear
from test_caption_order import FIRST, HEADLINE, SECOND  # the same page around each line

from newsclean import clean
from newsclean.filters.caption_label import figure_label
from newsclean.filters.caption_sign import sign_credit
from newsclean.filters.captions import caption_cue


@pytest.mark.parametrize(
    "line",
    [
        "图3 订单服务的部署拓扑",  # a figure number, a space, a title
        "圖二 兩岸學生在營地合唱",  # a Chinese numeral, traditional script
        "图 4：各省份新增病例分布",  # a space inside the label, a colon
        "图⑤ 新校区鸟瞰",  # a circled number
        "照片:拍摄于台北。迪化街年货大街",  # the noun and a half-width colon
        "相片： 晚会现场一角",
        "(圖)",  # a bracketed picture noun alone, where a picture stood
        "【组图】",
    ],
)
def test_picture_label_lines_are_captions(line: str) -> None:
    assert figure_label(line) is not None
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "图书馆今日起延长开放时间，市民可凭证件入馆。",  # 图 opening a word
        "图书馆",
        "图2显示，今年一季度销量比去年同期上升了两成。",  # a figure cited in prose
        "图1 显示了近五年的销量变化，说明市场正在回暖",  # a numbered title going on
        "图文直播：市人大会议今日开幕",  # another word after the noun
        "2图读懂今年政府工作报告",  # a headline with a number
    ],
)
def test_lines_opening_with_the_noun_stay(line: str) -> None:
    assert figure_label(line) is None
    assert caption_cue(line) is None


def test_a_slideshow_counter_is_no_figure_label() -> None:
    assert figure_label("图片:1/5") is None  # no description after the colon


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("莲花广场上的舞狮表演 © Getty Images", "Getty Images"),
        ("市长在记者会上回答提问 ©新华社 王小明", "新华社 王小明"),
        ("抗议者在议会大楼外集会 Ⓒ 路透社", "路透社"),
        ("两位选手在终点线前冲刺 © Kim Lee / AFP", "Kim Lee / AFP"),
    ],
)
def test_credit_after_a_copyright_sign(line: str, holder: str) -> None:
    assert sign_credit(line) == f"photo credit after a copyright sign: {holder}"
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "版权所有 © 新华社",  # the site's notice
        "Copyright © 2024 某某网 All Rights Reserved",
        "本网站所有内容 © 某某日报",
        "本文图片及文字 © 新华社",  # the site's rights in its text
        "© AP",  # no description
        "莲花广场上的舞狮表演 © 2021 Reuters",  # a year: a notice's
        "专家认为以下三种方案(a)、(b)、(c)均可行",  # a list's items, no sign
        # a real paragraph ending with an agency's name, no sign
        "据路透社报道，事故造成三人受伤，救援工作仍在进行中。路透社",
        # a one-line paragraph naming people at a meeting
        "市长王小明、副市长李华出席会议并讲话。",
    ],
)
def test_lines_with_a_sign_or_an_agency_that_stay(line: str) -> None:
    assert sign_credit(line) is None
    assert caption_cue(line) is None


def test_figure_label_between_paragraphs_on_a_page() -> None:
    caption = "图2 校庆晚会现场"
    document = clean("\n\n".join([HEADLINE, FIRST, caption, SECOND]) + "\n")
    assert document.captions == [caption]
    assert document.body == [FIRST, SECOND]


def test_signed_credit_above_the_article_is_a_caption_not_a_notice() -> None:
    caption = "校庆晚会上学员表演太极拳 © 王小明"
    document = clean("\n\n".join([caption, FIRST, SECOND]) + "\n")
    assert document.captions == [caption]
    assert document.copyright in (None, "")


def test_signed_credit_and_figure_label_are_linear() -> None:
    assert_linear(lambda n: "图1 " + "甲" * n, figure_label, 2_000)
    assert_linear(lambda n: "甲" * n + " © " + "A/" * n, sign_credit, 2_000)


def test_a_posts_counts_set_apart_are_no_caption() -> None:
    # Invented: a blog post's record under the article, flush among indented paragraphs.
    record = "小林 发布于 某某博客 评论(3) 阅读(215)"
    page = "\n\n".join([HEADLINE, "　　" + FIRST, record, "　　" + SECOND]) + "\n"
    document = clean(page)
    assert record not in document.captions
    assert record not in document.body
    assert document.body == [FIRST, SECOND]


def test_a_caption_with_a_persons_place_is_still_a_caption() -> None:
    caption = "王校长(右2)与学员代表在校门口"
    page = "\n\n".join([HEADLINE, "　　" + FIRST, caption, "　　" + SECOND]) + "\n"
    assert caption in clean(page).captions


# Round 36: a figure number glued to its title, no separator (caption_label.glued_figure).
# http://bjhuanyue.com/cly/info/1026/11442.html numbers a volunteer report's pictures so.
@pytest.mark.parametrize(
    "line",
    ["图1志愿者正在打扫街道卫生", "图2志愿者们正在帮助楼顶的居民放置晾衣架", "图③新校区鸟瞰"],
)
def test_a_figure_number_glued_to_its_title_is_a_caption(line: str) -> None:
    assert figure_label(line) is not None
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "图2显示销量逐年上升",  # cited in prose: a citing word after the number
        "图1中可以看到今年的客流明显增多",
        "图1为本次调查的抽样框架",
        "图1和图2分别给出两种方案",
        "图一时之快而不顾后果",  # a phrase, not a Han-numeral figure
        "图1志愿者正在打扫街道卫生,居民们也纷纷加入进来",  # a clause mark: a sentence
        "图2按省份列出了销量排名",  # round 36 mend: the figure the subject of a told act
        "图1对比了近五年新能源汽车产量变化",
    ],
)
def test_a_figure_cited_in_prose_or_a_phrase_is_no_glued_label(line: str) -> None:
    assert figure_label(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "■ 圖 5-4-4:民國 95 年主席與同鄉會代表合影 資料來源:某某縣政府,《某某縣政紀要》,頁 56。",
        "图 2.3 新校区鸟瞰",  # a chapter's figure, its parts joined by a point
        "● 图3-1：各乡镇降雨量分布",
    ],
)
def test_a_books_figure_number_is_a_caption_label(line: str) -> None:
    # round 37: a book numbers its figures by chapter and section; a bullet may lead
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    ["图5-4显示,销量逐年上升", "■ 图书馆今日起延长开放时间", "■ 图文直播:某某会议开幕"],
)
def test_a_figure_cited_in_prose_or_a_bulleted_word_stays(line: str) -> None:
    assert caption_cue(line) is None


def test_a_books_figure_between_paragraphs_on_a_page() -> None:
    caption = "■ 图 3-2:民国 80 年同乡会成立大会合影"
    document = clean("\n\n".join([HEADLINE, FIRST, caption, SECOND]) + "\n")
    assert document.captions == [caption]
    assert document.body == [FIRST, SECOND]


# Round 39, second wave: the photographer's credit, then the rights holder after the sign.
def test_round_39_a_credit_before_the_sign_is_a_caption() -> None:
    line = "代理县长今赴灾害应变中心,谈及昨天淹水原因。记者林佳彣／摄影 © AP"
    cue = caption_cue(line)
    assert cue is not None and cue.endswith("then the rights holder after the sign: AP")


@pytest.mark.parametrize(
    "line",
    [
        "代理县长今赴灾害应变中心,谈及昨天淹水原因。记者林佳彣 © AP",  # no credit word
        "本站图片均为原创。记者林佳彣／摄影 © 本站",  # the site's notice
        "代理县长谈及淹水原因。记者林佳彣／摄影 © 2025 AP",  # a year: a notice's line
    ],
)
def test_round_39_a_sentence_or_a_notice_before_the_sign_stays(line: str) -> None:
    assert caption_cue(line) is None

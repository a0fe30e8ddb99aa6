"""Credit lines: a bracket opening with a picture label however long its attribution runs,
and a photographer's credit of names alone in the article's head or foot (a byline field,
not a caption)."""

import pytest
from conftest import CAPTION_BYLINE as BYLINE
from conftest import CAPTION_PARAGRAPHS as LONG
from conftest import CAPTION_TITLE as TITLE
from conftest import clean_with_line_after_first_paragraph

from newsclean import clean
from newsclean.filters.caption_byline import camera_credit, credits_row, mirrored_credit
from newsclean.filters.caption_tail import author_glued
from newsclean.filters.captions import caption_cue
from newsclean.filters.structure import LineView, classify


@pytest.mark.parametrize(
    "line",
    [
        # invented: an English attribution with the picture site's address, after a caption
        "西湖断桥雪景。（图片来源：Photo by Li Ming on Unsplash https://unsplash.com/photos/x8k2）",
        # invented: a credit line alone, an icon licence
        "(图:Icon made by Freepik from https://www.example-icons.com/free-icon/camera_12345)",
    ],
)
def test_a_picture_label_opening_a_long_bracket_is_a_credit(line: str):
    assert caption_cue(line) is not None
    document = clean_with_line_after_first_paragraph(line)
    assert document.captions == [line]


@pytest.mark.parametrize(
    "line",
    [
        # a long aside in a paragraph's closing bracket: no picture label
        "他说这项工作还要继续做下去（这段说明来自当天下午发布会上的发言，并经过了记者的整理和删节）",
        "（图文无关，仅供参考，请勿对号入座，本站不对由此产生的任何后果负责，特此声明）",
    ],
)
def test_a_long_bracket_without_a_picture_label_is_no_credit(line: str):
    assert caption_cue(line) is None


def test_the_paragraphs_stay_body_beside_a_long_credit():
    document = clean_with_line_after_first_paragraph(
        "(图片:Designed by Someone from http://www.example.com)"
    )
    assert document.body == LONG


# A camera credit of names alone: the story's photographers with its other credits (under
# the headline or the byline, or after the last paragraph), a caption's credit in the run
# of paragraphs.
CAMERA_CREDITS = ["摄影：Kelvin、Jason Li", "攝影/陈小明、李大伟", "摄影 / Herman、Noah"]


def _page(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("credit", CAMERA_CREDITS)
def test_a_camera_credit_under_the_headline_is_a_byline_field(credit: str):
    document = clean(_page([TITLE, credit, *LONG]))
    assert document.captions == []
    assert document.body == LONG
    assert document.author is None  # the photographers are not the writers


@pytest.mark.parametrize("credit", CAMERA_CREDITS)
def test_a_camera_credit_after_the_last_paragraph_is_a_byline_field(credit: str):
    document = clean(_page([TITLE, BYLINE, *LONG, credit]))
    assert document.captions == []
    assert document.body == LONG


@pytest.mark.parametrize("credit", CAMERA_CREDITS)
def test_a_camera_credit_under_a_head_notice_is_a_byline_field(credit: str):
    # Round 28 (eval tuned page 114's shape): the head prints a notice over the story
    # (本篇文章为你整理了…), then the camera credit, then the story: in the head, above the
    # first paragraph, it credits the story's pictures whatever the line above it is.
    notice = "本篇文章为你整理了某某日报的详细内容,希望对你有所帮助。"
    document = clean(_page([notice, credit, "(相关资料图)", *LONG]))
    assert credit not in document.captions
    assert document.body == LONG


def test_a_camera_credit_among_the_paragraphs_stays_a_caption():
    document = clean_with_line_after_first_paragraph("摄影：Kelvin、Jason Li")
    assert document.captions == ["摄影：Kelvin、Jason Li"]


@pytest.mark.parametrize(
    "line",
    [
        "图/新华社",  # a picture label and an agency: the lead picture's credit
        "摄影/市民在公园里赏花",  # a description, no names
        "摄影：新华社记者 张三 李四 王五 赵六 钱七 孙八 周九 吴十 郑十一",  # not names alone
    ],
)
def test_no_camera_credit_without_names_alone(line: str):
    assert not camera_credit(line)


# A caption with 作者 and a name glued to a description with no stop, on a line set apart
# inside the article (caption_tail.author_glued, caption_group.Groups.line_cue).
def _views(line: str, *, where: int = 2, indented: bool = False) -> list[LineView | None]:
    """Head, then ``line`` among indented paragraphs (flush unless ``indented``)."""
    paragraphs = [LineView(p, True, 1) for p in LONG]
    return [
        LineView(TITLE, False, 0),
        LineView(BYLINE, False, 1),
        *paragraphs[:where],
        LineView(line, indented, 1),
        *paragraphs[where:],
    ]


@pytest.mark.parametrize(
    "line", ["冬日的西湖断桥作者:李明", "援藏干部在山南市第三小学授课作者：王小明"]
)
def test_a_credit_glued_to_a_caption_set_apart_is_a_caption(line: str):
    assert author_glued(line)
    assert classify(_views(line)).placements[4] == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "本文作者：张三",  # a byline label ending at 作者
        "文章作者:李四",
        "公园改造提速",  # a heading
        "三年援藏路一生雪域情作者",  # no name after the label
    ],
)
def test_no_glued_credit(line: str):
    assert not author_glued(line)


def test_a_glued_credit_is_no_caption_without_a_layout_signal_or_closing_the_article():
    line = "冬日的西湖断桥作者:李明"
    assert classify(_views(line, indented=True)).placements[4] != "caption"
    assert classify(_views(line, where=len(LONG))).placements[6] != "caption"


@pytest.mark.parametrize(
    ("line", "placed"),
    [
        ("公园改造提速", "heading"),  # a heading set apart
        ("本报记者 张三 通讯员 李四", "metadata"),  # a byline
        # the paper's own writer: no caption (the heading rule takes it, as before)
        ("本报专栏作者：李四", "heading"),
        ("本文小标题为编者所加", "copyright"),  # a notice
    ],
)
def test_lines_of_other_kinds_set_apart_are_no_glued_credit(line: str, placed: str):
    assert not author_glued(line)
    assert classify(_views(line)).placements[4] == placed


def test_a_one_line_paragraph_is_no_glued_credit():
    line = "记者了解到，这所学校的作者：张三所写的校史已经出版。"
    assert not author_glued(line)


@pytest.mark.parametrize(
    ("writer", "pictures"),
    [
        # a 学习时报 repost whose names were cut (the form of tuned page 060, dzllzg.com)
        ("文/学习时报全媒体记者", "图/学习时报全媒体记者"),
        # 广州日报's credit pair (gzdaily.dayoo.com prints 文/广州日报全媒体记者 李鑫 under
        # its headlines), the pictures' line with an aside on what he did not shoot
        ("文/广州日报全媒体记者 李栋", "图/广州日报全媒体记者 李栋（部分由受访者提供）"),
        ("撰文：本报记者 王芳", "摄影：本报记者 王芳"),
    ],
)
def test_a_picture_credit_mirroring_the_byline_above_is_a_byline_field(writer, pictures):
    """Round 25 (caption_byline.mirrored_credit): the same credit after a picture label,
    right under the writer's line, credits the pictures to the same people."""
    assert mirrored_credit(pictures, writer)
    document = clean("\n\n".join([TITLE, writer, pictures, *LONG]))
    assert document.captions == []
    assert document.body == list(LONG)


def test_a_picture_credit_unlike_the_byline_above_stays_a_caption():
    # an agency's picture under a reporter's byline: another credit, a caption's
    assert not mirrored_credit("图/新华社", "文/本报记者 张三")
    document = clean("\n\n".join([TITLE, "文/本报记者 张三", LONG[0], "图/新华社", *LONG[1:]]))
    assert document.captions == ["图/新华社"]


# Round 33: the writer's and the photographer's credits on one line under the headline.
@pytest.mark.parametrize(
    "line",
    [
        "海涵报道;侯宝强摄影",  # hk.crntt.com (中評社, the round-33 byline row; eval 105)
        "李栋报道；梁婉琦摄",
        "张三撰文 | 侯宝强摄影",
        "李栋报道｜梁婉琦摄",  # the full-width bar, gate and split alike (round 34)
        "王晓文采访 丨 陈嘉敏摄影",  # the Han stroke printed as a bar
        "林国强撰文¦吴嘉荣攝影",
    ],
)
def test_a_credits_row_is_no_caption_description(line: str):
    assert credits_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "量子位 报道 | 公众号 QbitAI",  # qbitai's byline row: no photographer, no pieces
        "侯宝强摄影",  # one credit alone: a camera credit's or a caption's
        "市民在公园赏花;侯宝强摄影",  # a description before the credit: a caption
        "市民在公园赏花｜侯宝强摄影",  # the same with a full-width bar
        "新华社报道｜新华社摄影",  # an agency's credits: no person's name
        "李栋报道/梁婉琦摄",  # a slash parts no credits row
        "由外交部主办的新年招待会2日晚举行(中评社 海涵摄)",  # hk.crntt.com's caption
    ],
)
def test_a_caption_or_outlet_row_is_no_credits_row(line: str):
    assert not credits_row(line)


def test_a_credits_row_under_the_headline_is_no_caption():
    paragraphs = [
        "中评社北京2月3日电（记者 海涵）由外交部和北京市政府联合主办的新年招待会2日晚举行。",
        "华春莹说，这一年，中国经济奔涌出新的创新活力，中国外交守正创新、砥砺前行。",
    ]
    title = "中评现场：外国驻华记者新年招待会在京举行"
    document = clean("\n\n".join([title, "海涵报道;侯宝强摄影", *paragraphs]) + "\n")
    assert document.captions == []
    assert document.body == paragraphs

"""An editor's note on this text's editing or provenance, by the grammar of its clauses
(notice_editorial): a notice wherever it stands; a story's sentence, a caption's credit
and a heading stay what they are."""

import opencc
import pytest
from linear import assert_linear
from test_notice_statement import BYLINE, PARAGRAPHS, TITLE

from newsclean import clean
from newsclean.data import data_lines as src_data_lines
from newsclean.filters.notice import is_notice
from newsclean.filters.notice_editorial import editorial_note

NOTES = [
    # invented forms, on no eval page: the same grammar written by other desks
    "注：本文图片由受访者提供。",
    "编者按：全文有删节",
    "（本文标题为编辑所拟）",
    "備註：文中圖片均來自網絡",
    "本文内容转自人民网",
    "PS：部分小标题系编者所加，全文未经作者审阅。",
]


# Round 20: how the text was made and what it may be used for (invented forms but the
# first, on no eval page)
MADE_AND_USE = [
    "本文章由Open AI人工智能编写,仅属学术用途。",  # the round-19 form
    "此稿为AI自动生成，僅供個人研究之用",
    "本篇文章由机器人撰写,仅供参考",
    "本文仅供学术交流使用。",
    "注：本文由ChatGPT生成，只限教学演示",
]


@pytest.mark.parametrize("note", [*NOTES, *MADE_AND_USE])
def test_an_editorial_note_is_a_notice_anywhere(note: str):
    # round 20 too: a note on how the text was made and what it may be used for
    assert editorial_note(note)
    assert is_notice(note, near_foot=False)


@pytest.mark.parametrize("at", ["head", "foot"])
def test_an_editorial_note_goes_to_the_copyright_field(at: str):
    note = "注：本文小标题为编者所加"
    lines = (
        [TITLE, BYLINE, note, *PARAGRAPHS] if at == "head" else [TITLE, BYLINE, *PARAGRAPHS, note]
    )
    document = clean("\n\n".join(lines) + "\n")
    assert document.copyright == note
    assert document.body == PARAGRAPHS


def test_a_glossed_picture_provenance_line_is_a_notice():
    # a mirror's glosses inside the picture-provenance notice (read without them)
    line = "本文所（ wén suǒ ）有報紙（ bào zhǐ ）圖片（ tú piàn ）皆來自（ lái zì ）新華社:http://www.x.net/index.html"
    assert is_notice(line, near_foot=False)


@pytest.mark.parametrize(
    "line",
    [
        # a story's sentence going on past the note
        "本文图片来自新华社，记者在现场看到数百名群众聚集，警方随后封锁了道路。",
        "这些图片均来自新华社",  # another subject: some pictures
        "平台上的内容未经审核就被发布了",
        "标题为编者所加的说法并不准确",  # closes with another verb
        # a caption's credit under its picture: a picture part with no scope or label
        "图片由受访者提供",
        "照片来自张三的脸书",
        # a heading, a byline, a one-line paragraph
        "内容为王的时代来临",
        "本报记者 张三 通讯员 李四",
        "内容创作者正在重新定义新闻业。",
    ],
)
def test_no_editorial_note(line: str):
    assert not editorial_note(line)


def test_a_caption_credit_stays_a_caption():
    caption = "市民在公园里赏花。（图片由受访者提供）"
    lines = [TITLE, BYLINE, PARAGRAPHS[0], caption, *PARAGRAPHS[1:]]
    document = clean("\n\n".join(lines) + "\n")
    assert document.captions == [caption]
    assert document.copyright is None


def test_the_note_words_are_closed_under_t2s():
    t2s = opencc.OpenCC("t2s")
    words = {fields[0] for fields in src_data_lines("notice_editorial.txt")}
    assert {t2s.convert(word) for word in words} <= words


def test_a_long_line_is_judged_in_linear_time():
    def judge(lines: tuple[str, str]) -> None:
        assert not editorial_note(lines[0])
        assert not editorial_note(lines[1])

    assert_linear(lambda n: ("本文" + "为" * n, "PS:" + "本文，" * (n // 25)), judge, 1_250_000)


@pytest.mark.parametrize(
    "line",
    [
        "这篇报道由人工智能编写,引发业界热议",  # a story's subject, a clause of news
        "本文由记者张三撰写",  # a writer named, no use: the byline's
        "研究人员表示,该模型生成的文本仅供学术研究使用",  # a report
        "仅属学术用途",  # a use alone, no text named
        "本文由人工智能生成,但记者逐字核对了其中的数据",  # goes on past the note
    ],
)
def test_a_sentence_about_ai_writing_is_no_note(line: str):
    assert not editorial_note(line)


def test_a_made_and_use_note_at_the_foot_goes_to_the_copyright_field():
    note = "本篇文章由机器人撰写,仅供参考"
    document = clean("\n\n".join([TITLE, BYLINE, *PARAGRAPHS, note]) + "\n")
    assert document.copyright == note
    assert document.body == PARAGRAPHS


def test_a_story_about_generated_news_keeps_its_paragraph():
    story = "这篇报道由人工智能编写,引发业界热议,多家媒体随后表示将仅供内部学术研究使用。"
    document = clean("\n\n".join([TITLE, BYLINE, PARAGRAPHS[0], story, *PARAGRAPHS[1:]]) + "\n")
    assert story in document.body
    assert document.copyright is None


# Round 33: the site's statement of who made the text, at a content site's foot: a made
# clause addressed to the reader (为大家) or whose maker carries its address.
@pytest.mark.parametrize(
    "line",
    [
        # http://dongdeshenghuo.com/xuetangzhishi/630203.html (the round-33 row's page)
        "本文是由懂得生活网(dongdeshenghuo.com)为大家创作",
        # the same foot copied under a 厦门晚报 story (eval page 003) and a 中評社 one (105)
        "本文是由厦门晚报(haicang.xmnn.cn)为大家创作",
        "本文是由中評社(hk.crntt.com)爲大家創作",
        "本文是由happymacao.com(event.happymacao.com)爲大家創作",
        "本文由小编为您整理发布",  # the reader addressed, two verbs
    ],
)
def test_an_authorship_statement_is_a_note(line: str):
    assert editorial_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "本文由张三撰写",  # a writer, no address, no reader: the byline's
        "本文作者是张三",  # no 由, no made verb
        "本文由三部分组成",  # not a made verb
        "本文由新华网发布",  # a publisher named bare: provenance's, not this grammar's
        "本文由张三为大家讲述了一个故事",  # a story's sentence goes on past the verb
    ],
)
def test_a_sentence_naming_a_writer_is_no_authorship_statement(line: str):
    assert not editorial_note(line)


def test_an_authorship_statement_at_the_foot_goes_to_the_copyright_field():
    note = "本文是由臺視新聞(news.ttv.com.tw)爲大家創作"
    document = clean("\n\n".join([TITLE, BYLINE, *PARAGRAPHS, note]) + "\n")
    assert document.copyright is not None and "news.ttv.com.tw" in document.copyright
    assert document.body == PARAGRAPHS

"""Round 27: a use note (provenance, then version and rule clauses) and a share of the
page's pictures, notices by their composition, anywhere on the page."""

import pytest
from linear import assert_linear
from test_notice import _placed

from newsclean.filters.notice import is_notice
from newsclean.filters.notice_use import labelled_pictures, use_note
from newsclean.filters.provenance import is_pictures_provenance


@pytest.mark.parametrize(
    "line",
    [
        # eval row notice-published-in-journal-author-word-version-cite-journal (sx5000n.com)
        "注:本文发表于《中国典籍与文化》2022年第2期,此为作者Word版,引用请以该刊为准。感谢李开升老师授权发布!",
        # other sites' forms of the same note, the clauses composed differently
        "本文原载于《读书》2019年第3期，转载请注明出处。",
        "原载《南方周末》，经作者授权发布。",
        "【附注：本文刊于《史學月刊》2020年第5期，此為未刪節版，引用請以原刊為準。】",
        "说明：原文发表于《经济研究》2021年第8期，此为作者投稿版本，引用时请以正式出版物为准。",
    ],
)
@pytest.mark.parametrize("position", ["top", "middle", "foot"])
def test_a_use_note_is_a_notice_anywhere(line, position):
    assert use_note(line)
    assert _placed(line, position)[0] == "notice"


@pytest.mark.parametrize(
    "line",
    [
        # a story saying where a paper ran goes on with a clause of its own
        "本文发表于《读书》2022年第2期,引起学界广泛关注。",
        "该文发表于《读书》2022年第2期,文中引用了大量史料。",
        "原文刊登于《人民日报》第5版的这篇评论，引起了广泛讨论。",
        # a paragraph on citation rules has no clause of provenance opening it
        # (real text: a statistics workbook's note, code corpus id 56154891580)
        "本版纳入15个副省级城市公开对标数据；引用请以原始公报或正式来源为准。",
        # an arXiv mirror's note opens with a conversion, not a periodical (id 68463224081)
        "原文为 arXiv 预印本版本的机器可读转换，公式与图注以原文为准；"
        "本页仅作站内索引与全文查阅，引用请以正式出版物为准。",
        # a reporter's sentence naming the journal (reporting verb)
        "他表示，该文发表于《自然》2023年第5期，引用请以该刊为准。",
    ],
)
def test_lines_about_publication_that_are_no_use_note(line):
    assert not use_note(line, reports=lambda text: "表示" in text)
    assert _placed(line, "middle")[0] == "body"


@pytest.mark.parametrize(
    "line",
    [
        # eval row notice-some-images-from-stock-library (co.um.edu.mo)
        "部分圖片來自Shutterstock",
        # real lines from other pages (code corpus, find_string 部分图片来自):
        # a Chongming museum page's foot, under its references (id 41596194754)
        "部分图片来自网络",
        # a machine-learning blog's reference list item, its number left out (id 34721487331)
        "部分图片来自李政軒博士的在线授课视频",
        # a game's README credit line, its Han half (id 13089157802)
        "大部分图片来自Mojang",
    ],
)
def test_a_share_of_the_pages_pictures_is_a_notice_anywhere(line):
    assert is_notice(line, near_foot=False)


def test_a_label_before_a_pictures_notice():
    assert labelled_pictures("注:部分图片来自网络")
    assert labelled_pictures("說明：部分圖片來自Shutterstock")
    assert not labelled_pictures("注:这些图片来自新华社")


@pytest.mark.parametrize(
    "line",
    [
        # real: a survey's instructions (code corpus id 42545588438): a demonstrative
        "注意：这些图片均来自于真实的医疗众筹案例，其中某些图片可能会让您感觉不适。",
        # real: a README's intro (id 55613527643): 以下 points at pictures of the text
        "以下图片均来自当前前端构建，并使用脱敏演示数据生成。",
        # a story's sentence: a share of some pictures, then a clause of its own
        "部分图片来自读者投稿，经核实后刊发。",
        "其中部分图片来自现场目击者的手机拍摄，画面显示火势猛烈。",
    ],
)
def test_sentences_about_pictures_stay(line):
    assert not is_pictures_provenance(line)
    assert not is_notice(line, near_foot=False)


def test_use_note_is_linear():
    def make(n: int) -> str:
        return "注:本文发表于《" + "读" * n + "》,此为" + "版" * n

    assert_linear(make, use_note, 50_000)

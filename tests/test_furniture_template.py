"""A template's leftovers: a slot's machine name, an empty value, an absent value."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_template import (
    absent_value,
    default_value,
    empty_slot,
    machine_id,
    machine_tokens,
    tagged_label,
    template_leftover,
)
from newsclean.filters.navigation import classify_furniture


@pytest.mark.parametrize(
    "line",
    [
        "adblk5",  # am730.com.hk: an ad slot's name between two paragraphs
        "dadblk2 madblk2",  # the same page: the desktop and mobile slots' names
        "hdrbnr1",  # a header banner slot, another developer's abbreviation
        "nvbr2 sdbr3",
        "ad9_210*60",  # round 34: a slot's id with its banner's size in pixels
        "top_728x90",
    ],
)
def test_machine_tokens(line):
    assert machine_tokens(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "covid19",  # letters that read as a word: a tag
        "slot3",
        "web3",
        "H7N9",  # capitals: an acronym, a product, a flight
        "MH370",
        "iPhone15",
        "adblk5 adblk6 adblk7",  # three tokens: no pair of slots
        "adblk",  # no number: no slot's name
        "1920x1080",  # a bare size: a spec, no slot's name
        "H264_1920x1080",  # a capital: a codec's name
    ],
)
def test_names_and_words_are_no_machine_tokens(line):
    assert not machine_tokens(line)


@pytest.mark.parametrize(
    "line",
    [
        ",共null页",  # caj.ezmeta.co.kr: a record's page count with a template's null
        "第undefined期",  # an issue number a script never filled
        "共 NaN 页",
        "null",
        "{{ article.author }}",  # an unrendered placeholder alone
        "${title}",
    ],
)
def test_empty_values_in_their_slot(line):
    assert empty_slot(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # kswsj.cn/article/dpigec.html, a tutorial about JavaScript's empty values
        "对于JavaScript,解释器在访问尚未初始化的变量或对象属性时返回undefined。",
        # tianjinsc.cn/default/1386306.html: a heading naming the value
        "一、typeof null === 'object'",
        "函数返回null值",  # a word of its own after the value
        "let array = null;",
        "nullify",  # inside a Latin word
        "2006年 / 2期 / 43~44 / ,共null页",  # the record's other fields: not this rule's
    ],
)
def test_sentences_about_empty_values_stay(line):
    assert not empty_slot(line)


@pytest.mark.parametrize(
    "line",
    [
        "[No author identified]",  # exhibits.library.uvic.ca's catalogue record
        "(No date given)",
        "No image available",  # a picture's stand-in
        "[No publisher specified]",
    ],
)
def test_absent_values(line):
    assert absent_value(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    ["No one was hurt", "No comment", "[No title]", "No author identified the source of it"],
)
def test_english_sentences_are_no_absent_values(line):
    assert not absent_value(line)


def test_empty_line_is_no_leftover():
    assert not template_leftover("   ")


def test_leftovers_leave_the_page_and_its_paragraphs_stay():
    page = "\n".join(
        [
            "返回上一级",
            ",共null页",
            "国际新闻报道",
            "",
            "11月12日,“新时代·好记者”全国巡讲活动走进湖南广播电视台,记者讲述了她持续关注的三家小店的故事。",
            "adblk5",
            "在她看来,都说中国经济是一片大海,她在采访中真实感受到,大海里没有无名之辈。",
        ]
    )
    doc = clean(page)
    removed = {r.text for r in doc.removed}
    assert {"返回上一级", ",共null页", "adblk5"} <= removed
    assert any("大海里没有无名之辈" in p for p in doc.body)
    assert any("三家小店" in p for p in doc.body)


# Round 29: a field's default value alone.  Real instances outside eval/: page builders'
# and themes' default element values as the public templates print them ("text" in the
# LINE flex messages' text boxes, Elementor's "Heading" block title, themes' "Lorem ipsum"
# filler in the tincidunt demo lists), and the eval row's cn.apdnews.com "text".
@pytest.mark.parametrize("line", ["text", "Text", "Heading", "Lorem ipsum", "excerpt"])
def test_a_field_default_value_is_a_leftover(line):
    assert default_value(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "TEXT",  # a shout or an acronym
        "Text and image",  # a heading with words of its own
        "The title",  # another word before it
        "Title IX",  # a law's name
        "文本",  # a Chinese word: the article's own
    ],
)
def test_a_word_with_others_or_in_capitals_is_no_default(line):
    assert not default_value(line)


# Round 29: a picture's purpose as its alt text ("A Decorative Image", thestandolds.vercel.app
# in the eval row; themes' "Background Image", "Cover Image" and "Hero image" alt texts):
# the image placeholder grammar of furniture_menu with a layout word of purpose.
@pytest.mark.parametrize(
    "line", ["A Decorative Image", "Decorative image", "Background Image", "Cover Image"]
)
def test_a_picture_named_by_its_purpose_is_furniture(line):
    assert classify_furniture(line) is not None


@pytest.mark.parametrize("line", ["A Decorative Life", "Cover Story", "Image"])
def test_english_titles_near_the_alt_text_stay(line):
    assert classify_furniture(line) is None


# Round 31: a template tag left in the text, alone or with the label printed beside it.
@pytest.mark.parametrize(
    "line",
    [
        # m.xcgcinfo.com/tp/66882.html (eval row tool-empire-cms-page-break-marker-city-portal)
        "许昌图片[!--empirenews.page--]",
        # www.cnyintai.cn/template/pc/default/home/fenzhan/tag: a served page printing its
        # template's pager variable
        "{$pages}",
        # download.likecs.com template/company/channel.html: a crumb label and its tag
        "当前位置:{tag:sitepath}",
        "{field:title}",
        # download.juqingcms.com templates: a namespaced tag, a variable inside it
        "{qing:$title}",
        "{qing:template footer.html}",
        # DedeCMS's and Empire CMS's forms
        "{dede:field.title/}",
        "[!--news.page--]",
        "图集<!--nextpage-->",
    ],
)
def test_a_template_tag_with_a_label_is_a_leftover(line: str) -> None:
    assert tagged_label(line)
    assert template_leftover(line)


@pytest.mark.parametrize(
    "line",
    [
        # a tech article's sentence about the tag (the DedeCMS manual's wording)
        "在模板中写入{dede:field.title/}即可调用文章标题。",
        # a paragraph with a marker glued: its words are no label
        "许昌市今年引进外资项目十二个,总投资超过八十亿元。[!--empirenews.page--]",
        # a bracketed word that is no editor's marker, a story's braces
        "[视频]",
        "{美国}",
        # www.cnyintai.cn: the tag page's own heading, no tag
        "全部tag词",
    ],
)
def test_a_sentence_or_a_bracketed_word_is_no_tag_line(line: str) -> None:
    assert not tagged_label(line)


def test_the_tag_line_goes_and_the_article_stays() -> None:
    body = "许昌市今年引进外资项目十二个,总投资超过八十亿元,同比增长百分之十五。"
    page = f"许昌侨胞在拉各斯\n\n{body}\n\n许昌图片[!--empirenews.page--]\n\n{body}再创新高。"
    doc = clean(page)
    assert [r.text for r in doc.removed] == ["许昌图片[!--empirenews.page--]"]


@pytest.mark.parametrize("line", ["[more]", "{break}", "[break] 相关阅读"])
def test_a_comment_marker_in_brackets_is_an_editor_tag(line: str) -> None:
    # Meant (round 32, review B4): WordPress's <!--more--> and Drupal's <!--break--> are
    # listed as comments only; a template that prints the same marker in square or curly
    # brackets leaks the same editor's tag, so _is_tag reads it through editor_marker as
    # furniture_leaks does (the wider reading changed no page of the 3,161 benchmarked).
    assert tagged_label(line)


def test_a_bracketed_word_no_editor_lists_is_no_tag() -> None:
    assert not tagged_label("[title] 相关阅读")


# Round 35 probe: the record key xinhuanet's template prints in a hidden element, on the
# mirrors of its pages (http://www.zhongyishudian.com/world/2018-05/21/c_1122865661.htm).
def test_a_machine_id_line_is_the_templates() -> None:
    line = "010020030300000000000000011101301122865661"
    assert machine_id(line)
    furniture = classify_furniture(line)
    assert furniture is not None and furniture.reason == "nav"


@pytest.mark.parametrize(
    "line", ["6222021234567890123", "13800138000", "110101199003078888", "2018052120035212345x"]
)
def test_numbers_a_writer_sets_alone_are_no_machine_id(line: str) -> None:
    assert not machine_id(line)


# Round 38: a program's random id and a CMS's default title, alone between paragraphs.
@pytest.mark.parametrize("line", ["bautefsb1p", "xkcdq9zt4m", "自动草稿", "自動草稿", "无标题文档"])
def test_random_ids_and_default_titles_go_between_paragraphs(line: str) -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert line_removed(document, line)
    assert len(document.body) == 2


@pytest.mark.parametrize(
    "line", ["iphone15pro", "sha256sum", "windows10", "自动草稿功能上线", "Untitled"]
)
def test_product_names_and_sentences_are_no_template_leftover(line: str) -> None:
    assert not template_leftover(line)


# Mend, round 38: a model number after its brand's initials is no random id (reviewer's
# rid5, r13, r14, r10).
@pytest.mark.parametrize("line", ["rtx4090ti", "gtx1080ti", "rx7900xtx", "bjzx2024a"])
def test_a_model_number_after_its_brands_initials_stays(line: str) -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert not line_removed(document, line)
    assert len(document.body) == 3


def test_a_short_run_between_digits_is_still_a_random_ids_sign() -> None:
    from newsclean.filters.furniture_template import random_id

    assert random_id("qm7xkt4ab9") and random_id("bautefsb1p")

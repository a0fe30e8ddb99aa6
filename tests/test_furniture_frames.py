"""Round 12 furniture: frames around a word of navigation (``furniture_frames``: a pager's
bracketed page count beside reading words, a button alone in brackets, an item counter)
and lines of other pages' text judged against the page (``site_lines.foreign_lines``: a
related link, English chrome in a Chinese page's head).  Each goes wherever it stands and
is never the headline; real lines of the same shapes stay."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_frames import page_run, unframed
from newsclean.filters.navigation import classify_furniture
from newsclean.filters.site_lines import foreign_lines


@pytest.mark.parametrize(
    "line",
    [
        "在本页阅读全文(共12页)",
        "在本頁閱讀全文（共8頁）",
        "(共3页)",
        "查看全文 [共5页]",
        "[全 文]",
        "【详情】",
        "[ 更 多 ]",
        "NEWS 01",
        "Item 3",
        "STORY 12",
    ],
)
def test_a_framed_word_of_navigation_is_furniture(line: str) -> None:
    assert classify_furniture(line) is not None
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]), convert="none")
    assert line_removed(document, line)
    assert document.title == HEADLINE
    assert document.body == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "市政府工作报告全文(共19页)已于昨日在政府网站公布。",  # a sentence with a page count
        "【全文】市长在全市城市更新大会上的讲话",  # a section tag before a text
        "PART 1",  # a heading in words, no item label
        "COVID 19",
        "[公园]",  # a word in brackets that is no link
    ],
)
def test_a_line_with_a_count_or_a_bracket_of_its_own_stays(line: str) -> None:
    assert classify_furniture(line) is None
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]), convert="none")
    assert not line_removed(document, line)


def test_what_a_page_count_leaves_is_judged_on_its_own() -> None:
    assert unframed("在本页阅读全文(共19页)") == "在本页阅读全文"
    assert unframed("第1页 共3页") == ""
    assert unframed("公园(共3页)") == "公园"
    assert classify_furniture("公园(共3页)") is None  # no reading words beside the count


@pytest.mark.parametrize(
    "link",
    [
        "• 外地游客夜游古镇遇暴雨被困(图)",
        "• 高速公路货车侧翻 司机受轻伤(组图)",
        "● 国际马拉松赛周日鸣枪开跑(视频)",
        "• 外地游客夜游古镇遇暴雨被困",  # no media mark: no pair shared with the page
    ],
)
@pytest.mark.parametrize("where", ["top", "under"])
def test_a_related_link_is_never_the_headline(link: str, where: str) -> None:
    lines = [link, HEADLINE, *PARAGRAPHS] if where == "top" else [HEADLINE, link, *PARAGRAPHS]
    document = clean(_page(*lines), convert="none")
    assert document.title == HEADLINE
    assert line_removed(document, link)
    assert document.body == PARAGRAPHS


@pytest.mark.parametrize(
    "item",
    [
        "• 口袋公园设有健身步道",  # the article's own list: it shares the page's words
        "• 居民可就公园管护提出意见(图)",  # a media mark, but the article's words
        "• 优点",  # a label of the article's own list: too short for a headline
    ],
)
def test_a_bulleted_item_of_the_article_stays(item: str) -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], item, PARAGRAPHS[1]), convert="none")
    assert not line_removed(document, item)
    assert document.title == HEADLINE


@pytest.mark.parametrize(
    "chrome",
    [
        "People walking in a city park on a sunny day",
        "You are here",
        "Children's playground at dusk",
    ],
)
def test_english_chrome_in_a_chinese_page_head_goes(chrome: str) -> None:
    for lines in ([chrome, HEADLINE, *PARAGRAPHS], [HEADLINE, chrome, *PARAGRAPHS]):
        document = clean(_page(*lines), convert="none")
        assert document.title == HEADLINE
        assert line_removed(document, chrome)
        assert document.body == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "“We will keep the parks open to everyone,” the director said.",  # an English quote
        "Pocket Parks",  # one word pair in the body: a heading
        "Contributed by 王小明",  # a byline mixing in Han
    ],
)
def test_english_in_the_body_stays(line: str) -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]), convert="none")
    assert not line_removed(document, line)


def test_a_subtitle_and_a_one_line_paragraph_stay() -> None:
    subtitle = "——记市园林局口袋公园建设团队"
    short = "居民们对此表示欢迎。"
    document = clean(_page(HEADLINE, subtitle, PARAGRAPHS[0], short, PARAGRAPHS[1]))
    assert document.title == HEADLINE
    assert not line_removed(document, subtitle)
    assert short in document.body


def test_an_english_page_keeps_its_english_head() -> None:
    class Line:
        def __init__(self, text: str) -> None:
            self.text = text

    page = [
        Line("City Opens Three Pocket Parks"),
        Line("The city opened three pocket parks on Monday, officials said (公园)."),
    ]
    assert foreign_lines(page, [0, 1], [0]) == {}
    page[1] = Line(PARAGRAPHS[0])  # the same head over a Chinese article: chrome
    assert foreign_lines(page, [0, 1], [0]) == {0: "English chrome in a Chinese page"}


# Round 31, an English gloss: a template's bilingual label.  Real ones outside eval/:
@pytest.mark.parametrize(
    "line",
    [
        "新闻中心NEWS",  # a PHP site template's sidebar head (<div class="hos">新闻中心NEWS</div>)
        "新闻中心News",  # a bootstrap company site's section head (<h1>新闻中心News</h1>)
        "相关文章Related",  # m.ginggxs.com's foot (the round-31 row's form, another copy site)
    ],
)
def test_a_furniture_label_with_its_english_gloss_goes(line: str) -> None:
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    ["中国China", "冬奥会 Beijing", "习近平 Xi Jinping", "华为Mate"],
)
def test_a_heading_with_english_words_stays(line: str) -> None:
    assert classify_furniture(line) is None


# Round 31: a body-start marker, a label telling where the text begins.
@pytest.mark.parametrize(
    "line",
    [
        # shadafang.com/c/tj022Y913612018.html (eval row tool-editor-tip-title-must-watch-copy-site)
        "正文开始:",
        # invented forms of copy sites: the pointer before, a bracket frame, 如下
        "以下为正文",
        "【正文开始】",
        "正文如下：",
        "以下是全文:",
    ],
)
def test_a_body_start_marker_is_furniture(line: str) -> None:
    assert unframed(line) == ""
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "文章开始就提到了他的童年",
        "全文如下，请参阅。",
        "正文开始前,主持人先介绍了嘉宾。",
        "原文",
    ],
)
def test_a_sentence_beginning_so_is_no_marker(line: str) -> None:
    assert unframed(line) is None or unframed(line) != ""


def test_every_text_noun_of_a_marker_holds_the_prefilters_letter() -> None:
    from newsclean.filters.furniture_frames import frame_words

    assert frame_words()["part"] and all("文" in part for part in frame_words()["part"])


# Round 32: a labelled pager, Discuz's archiver foot (页: [1] on bbs.fqlook.com's archiver;
# every Discuz archiver page prints its pages so, the current one bracketed).
@pytest.mark.parametrize("line", ["页: [1]", "页: [1] 2 3", "分页: 1 [2] 3", "页次: 1 2"])
def test_a_labelled_pager_is_furniture(line: str) -> None:
    assert unframed(line) == ""


@pytest.mark.parametrize("line", ["页码: 35", "页: 12", "本刊第12页: 1 2"])
def test_one_page_number_under_a_label_is_no_pager(line: str) -> None:
    assert unframed(line) != ""


# Round 32: a section's label over its English in capitals, above the article (a
# Guangzhou language school's news page, 新聞資訊 / OUT NEWS; the same head shape on school
# sites' 最新消息 / NEWS, 關於我們 / ABOUT US).
@pytest.mark.parametrize("pair", [("新聞資訊", "OUT NEWS"), ("最新消息", "NEWS")])
def test_a_section_label_over_its_english_goes(pair: tuple[str, str]) -> None:
    document = clean(_page(*pair, HEADLINE, *PARAGRAPHS))
    assert all(line_removed(document, line) for line in pair)
    assert document.title == HEADLINE


@pytest.mark.parametrize(
    "pair",
    [
        ("資訊臺", "PressMega"),  # a brand's name under a label is no gloss
        ("張三", "ZHANG SAN"),  # a name and its romanisation: no section word
    ],
)
def test_lines_that_are_no_stacked_gloss_stay(pair: tuple[str, str]) -> None:
    document = clean(_page(HEADLINE, *pair, *PARAGRAPHS))
    assert not line_removed(document, pair[1])


def test_a_section_heading_between_paragraphs_stays() -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], "新聞資訊", "OUT NEWS", PARAGRAPHS[1]))
    assert not line_removed(document, "OUT NEWS")


# Round 37 (second wave): a pager's numbers alone, each one more than the one before.
@pytest.mark.parametrize("line", ["15 16", "1 2 3 4", "98 99 100"])
def test_a_run_of_page_numbers_is_a_pager(line: str) -> None:
    assert page_run(line)
    assert line_removed(clean(_page(HEADLINE, *PARAGRAPHS, line)), line)  # under the article


@pytest.mark.parametrize("line", ["2019 2020 2021", "3 1", "12 12", "15 17", "5 6 8"])
def test_other_rows_of_numbers_are_no_pager(line: str) -> None:
    assert unframed(line) is None and not page_run(line)


# Round 37 (mend): a run alone is judged by its place: a table's flattened head, ages or
# months between paragraphs stay; beside a page word it is the pager's numbers.
@pytest.mark.parametrize("line", ["1 2", "1 2 3", "85 86 87", "10 11 12"])
def test_a_run_of_numbers_between_paragraphs_stays(line: str) -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert not line_removed(document, line)
    assert line in document.body


def test_a_run_beside_a_page_word_is_a_pager() -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], "上一页", "1 2 3", "下一页", PARAGRAPHS[1]))
    assert line_removed(document, "1 2 3")
    document = clean(_page("P. 716", "15 16", HEADLINE, *PARAGRAPHS))  # a viewer's page head
    assert line_removed(document, "15 16")


# Round 37 (mend): the font-size control's label 字 goes over its buttons; a 字 in a poem or
# a list between paragraphs has words under it, and stays.
def test_a_size_controls_label_over_its_buttons_goes() -> None:
    document = clean(_page("字", "小", "大", HEADLINE, *PARAGRAPHS))
    assert document.title == HEADLINE
    assert line_removed(document, "字")


@pytest.mark.parametrize("lines", [("一字", "字", "千金"), ("春", "夏", "秋", "冬", "字")])
def test_a_lone_letter_in_a_poem_or_list_stays(lines: tuple[str, ...]) -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], *lines, PARAGRAPHS[1]))
    assert not line_removed(document, "字")
    assert "字" in document.body


def test_a_pager_may_jump_by_a_number_of_pages() -> None:
    # https://ent.nvwu.com/201308/524209_6.shtml: the pager of a six-page copy, 上5页 (back
    # five pages) glued to 上一页 and the page number (round 40's row)
    assert unframed("上5页上一页6") == ""
    doc = clean("\n".join([HEADLINE, *PARAGRAPHS, "上5页上一页6"]) + "\n")
    assert line_removed(doc, "上5页上一页6")
    assert unframed("已有300人报名。") is None

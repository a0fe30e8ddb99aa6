"""Round 28b: lines of the site judged by their place in the head (``site_lines``): the
crumb's where-you-are label alone, and a section's label over the site's name."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean


def test_the_where_you_are_label_alone_in_the_head_goes() -> None:
    # botanwang.com's copy (eval row tool-you-are-here-crumb-alone): the label first
    document = clean(_page("你在这里", HEADLINE, *PARAGRAPHS))
    assert line_removed(document, "你在这里")
    assert document.title == HEADLINE


def test_the_words_between_paragraphs_stay() -> None:
    # a poem's or a quote's line in the text
    document = clean(_page(HEADLINE, PARAGRAPHS[0], "你在这里", PARAGRAPHS[1]))
    assert not line_removed(document, "你在这里")


def test_a_song_title_its_text_sings_stays() -> None:
    text = "这首歌反复唱着你在这里，你在这里，陪伴了无数听众走过艰难的日子，歌迷说每次听都会流泪。"
    document = clean(_page("你在这里", text, PARAGRAPHS[1]))
    assert not line_removed(document, "你在这里")


def test_a_category_over_the_site_name_goes() -> None:
    # zeelive.com.tw (eval row tool-category-then-site-tagline-traditional)
    document = clean(_page("勵志", "勵志人生知識庫", HEADLINE, *PARAGRAPHS))
    assert line_removed(document, "勵志")
    assert line_removed(document, "勵志人生知識庫")
    assert document.title == HEADLINE


def test_a_heading_the_text_echoes_stays() -> None:
    # the label is the article's subject: a heading over its own text
    text = "本市体育部门介绍，体育公园建设纳入今年民生实事，将新增健身步道和球场，方便市民锻炼。"
    document = clean(_page("体育", "体育公园建设", text, PARAGRAPHS[1]))
    assert not line_removed(document, "体育公园建设")


def test_a_label_printed_twice_in_the_head_goes() -> None:
    # zeelive.com.tw's page as another copy printed it (eval page of the row
    # tool-category-then-site-tagline-traditional): the header twice, its site name lost
    document = clean(_page("勵志", "0:00 / 0:00", "勵志", *PARAGRAPHS))
    assert line_removed(document, "勵志")
    removed = [line for line in document.lines if line.placement == "removed"]
    assert sum(line.original == "勵志" for line in removed) == 2
    assert len(document.body) == len(PARAGRAPHS)


def test_a_headline_printed_twice_stays() -> None:
    # a short headline over its text, printed by the <title> and the <h1>: the text echoes it
    text = "口袋公园今天开放，市民可以在口袋公园里散步健身，园林局介绍了管护安排。"
    document = clean(_page("口袋公园", "口袋公园", text, PARAGRAPHS[1]))
    assert document.title == "口袋公园"


def test_a_name_printed_twice_is_no_label() -> None:
    # a Malaysian portal prints its writer's name twice over the article (eval byline row
    # by-author-name-twice-on-own-lines-malaysian-portal): the byline's, never furniture
    document = clean(_page(HEADLINE, "崔虹", "崔虹", *PARAGRAPHS))
    assert not any(line.original == "崔虹" and line.reason == "nav" for line in document.lines)


# Round 31, a prompt to the reader quoting the headline (``headline_prompts``).  The eval
# row is shadafang.com's (小编温馨提示:前方高能,《…》需要您认真观看!); other sites' prompts
# around a title slot, read from public repositories' message templates: a survey
# mailer's "调查表《…》需要您来填写,请点击链接", a workflow's "任务《…》需要您处理,请及时查看" (its
# stop dropped: a line closed by 。 above the headline is read as the first paragraph),
# and a copy site's tip with its own wording.
@pytest.mark.parametrize(
    "template",
    [
        "小编温馨提示:前方高能,《{}》需要您认真观看!",
        "调查表《{}》需要您来填写,请点击链接",
        "任务《{}》需要您处理,请及时查看",
        "温馨提示:您正在阅读《{}》,精彩不容错过",
    ],
)
def test_a_prompt_quoting_the_headline_goes_and_the_headline_heads(template: str) -> None:
    prompt = template.format(HEADLINE)
    document = clean(_page(prompt, HEADLINE, *PARAGRAPHS))
    assert line_removed(document, prompt)
    assert document.title == HEADLINE


def test_the_quoted_headline_is_the_title_when_the_page_prints_no_other() -> None:
    prompt = f"小编温馨提示:前方高能,《{HEADLINE}》需要您认真观看!"
    document = clean(_page(prompt, *PARAGRAPHS))
    assert document.title != prompt


@pytest.mark.parametrize(
    "line",
    [
        "《流浪地球2》定档春节 邀您观影",  # a headline quoting a film: a short quote
        # a story's line quoting a title, its words the story's own
        "园林局负责人介绍,《本市口袋公园建设管护办法》需要您和周边居民共同遵守",
    ],
)
def test_a_line_quoting_a_title_with_its_own_story_stays(line: str) -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert not line_removed(document, line)


# Round 31, a browser notice's block (``notice_neighbours``).  now.com's player notice is
# the eval row; other sites print the same block: an apology for the reader's browser, the
# update request the consent model reads, and a mailbox or a help line for questions.
NOTICE = "為達至最佳瀏覽效果,請更新至最新的瀏覽器版本。"


@pytest.mark.parametrize(
    ("above", "under"),
    [
        ("抱歉,我們並不支援你正使用的瀏覽器。", "如有問題,歡迎電郵至 apps@example.com 查詢。"),
        ("很抱歉,您所使用的浏览器不受支持", "如有疑问请联系 webmaster@example.cn"),
    ],
)
def test_the_lines_beside_a_browser_notice_go(above: str, under: str) -> None:
    document = clean(_page(above, NOTICE, under, HEADLINE, *PARAGRAPHS), convert="none")
    assert line_removed(document, above) and line_removed(document, under)
    assert document.title == HEADLINE


def test_a_story_line_naming_a_browser_or_a_mailbox_stays() -> None:
    browser = "你正在使用的浏览器会记录浏览历史。"
    mailbox = "读者如有问题可来信 help@example.com。"
    document = clean(_page(HEADLINE, PARAGRAPHS[0], browser, mailbox, PARAGRAPHS[1]))
    assert not line_removed(document, browser) and not line_removed(document, mailbox)


# Round 40 (review mend): a colon's lead-in that the next line continues is the article's.
# The forms are the review's (各区咨询电话如下: over its district directory); the article
# names the districts, so the directory stays as the article's, and its lead-in with it.
DISTRICTS = [
    "本报讯 记者从市园林局获悉，今年东城区、西城区、朝阳区和海淀区将各新建一座口袋公园，"
    "市民可向所在区园林部门咨询。",
    "园林局负责人介绍，东城区和西城区的口袋公园将于年底前开放，朝阳区和海淀区的明年春天开放。",
]
LEAD_IN = ["各区咨询电话如下:", "东城区010-64012345;西城区010-66012345;"]


def test_a_colon_lead_in_over_the_list_it_announces_stays() -> None:
    document = clean(_page(HEADLINE, *DISTRICTS, *LEAD_IN))
    assert [line for line in LEAD_IN if line_removed(document, line)] == []


def test_a_lead_in_goes_with_a_directory_foreign_to_the_article() -> None:
    document = clean(_page(HEADLINE, *PARAGRAPHS, *LEAD_IN))  # parks with no district named
    assert all(line_removed(document, line) for line in LEAD_IN)


def test_an_empty_contact_label_over_a_byline_still_goes() -> None:
    document = clean(_page(HEADLINE, *PARAGRAPHS, "免费咨询热线:", "本报记者 张三"))
    assert line_removed(document, "免费咨询热线:")

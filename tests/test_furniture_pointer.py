"""A read-on pointer and its target (``furniture_pointer``, round 43b): a summary's link to
the whole text elsewhere, its label and the address under it, and a box's more-link."""

from __future__ import annotations

import pytest
from invariants import line_removed

from newsclean import clean
from newsclean.filters.furniture_pointer import box_more, pointer_label

# http://www.puiching.edu.mo/index.php/news?start=2020 (Macau, a school's news list, eval
# variant tool-report-full-text-hyphen-then-other-paper-url-two-lines-foot-macau-school-news):
# under the summary 報道全文 - and the address of the paper's app page on the next line.
LABEL = "報道全文 -"
ADDRESS = "https://xapp.southcn.com/node_fb07388412?k=32975a612d&is_app=1"
HEADLINE = "培正學生參與詩詞朗誦 展現中華文化魅力"
PARAGRAPHS = (
    "本校中學部學生日前參加全澳詩詞朗誦比賽，以《將進酒》一詩奪得團體組冠軍，評判讚揚學生"
    "咬字清晰、感情充沛。",
    "帶隊老師表示，學生利用課餘時間反覆排練，比賽前更邀請校友到校指導，成績得來不易。",
)
# A school's notice over the pointer: the address must not be glued to it.
NOTICE = "本文為湖南頻道原創文章,轉載請附上原文出處鏈接和本聲明。"


def _page(*foot: str) -> str:
    return "\n\n".join([HEADLINE, *PARAGRAPHS, *foot]) + "\n"


def test_the_label_and_its_address_go_and_the_address_is_no_notice() -> None:
    document = clean(_page(NOTICE, LABEL, ADDRESS), convert="none")
    assert line_removed(document, LABEL)
    assert line_removed(document, ADDRESS)
    assert document.copyright == NOTICE
    assert len(document.body) == 2


def test_the_address_alone_under_the_last_paragraph_is_no_copyright() -> None:
    document = clean(_page(LABEL, ADDRESS), convert="none")
    assert ADDRESS not in (document.copyright or "")
    assert line_removed(document, ADDRESS)


@pytest.mark.parametrize("label", ["報道全文 -", "阅读全文 >>", "Read more »", "查看详情..."])
def test_a_label_closed_by_a_pointing_mark_points_on(label: str) -> None:
    assert pointer_label(label)


@pytest.mark.parametrize("label", ["全文如下:", "公报全文 -", "新闻详情", "报道全文:"])
def test_a_document_s_heading_or_an_open_label_is_no_pointer(label: str) -> None:
    assert not pointer_label(label)


def test_a_source_address_under_a_byline_stays_the_notice() -> None:
    # eval/variants/notice.json notice-source-url-line-top (yzzk.com): the source's address
    # alone under the byline, no pointer over it.
    address = "http://www.yzzk.com/cfm/content_archive.cfm?id=1502353370204&docissue=2017-33"
    document = clean("\n\n".join([HEADLINE, "亚洲周刊/萧翔", address, *PARAGRAPHS]) + "\n")
    assert document.copyright == address


# http://www.newsxc.com/folder33/folder1740/folder1742/2019-02-13/380812.html (宣城新闻网,
# eval variant tool-section-name-space-read-all-two-lines-foot-city-news-site): two boxes'
# names, each with its more-link, under the comment count.
@pytest.mark.parametrize("line", ["新闻快报 阅读全部", "社会万象 阅读全部"])
def test_a_box_s_name_and_its_more_link_go(line: str) -> None:
    assert box_more(line)
    document = clean(_page(line), convert="none")
    assert line_removed(document, line)


@pytest.mark.parametrize("line", ["公报 全文", "新闻快报", "他说 阅读全部内容很难"])
def test_a_name_without_a_reading_verb_s_link_is_no_box_head(line: str) -> None:
    assert not box_more(line)

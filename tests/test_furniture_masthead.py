"""A paper's masthead lines (filters/furniture_masthead.py); round 36, an e-paper's edition
title and a periodical's registration number."""

from __future__ import annotations

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_leaks import leak_reason
from newsclean.filters.furniture_masthead import edition_line, serial_line, slogan_line


@pytest.mark.parametrize(
    "line",
    [
        "今日竹山-数字报|今日竹山-电子版",
        # invented: another paper, the edition words of other e-papers
        "南方日报-数字版 | 南方日报-手机版",
        "贵州日报—电子报",
        "三峡晚报_数字报",
    ],
)
def test_an_e_papers_edition_title_is_masthead(line: str) -> None:
    assert edition_line(line)
    assert leak_reason(line) == "nav"


@pytest.mark.parametrize(
    "line",
    [
        "人民日报电子版上线",  # a story's headline: no dash, one piece
        "今日竹山-数字报|南方日报-电子版",  # two papers' names: a list, not one site's title
        "竹山县融媒体中心推出数字报",
    ],
)
def test_a_headline_naming_an_edition_stays(line: str) -> None:
    assert not edition_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "电子报——小城新闻的新天地",  # a heading: an edition word, then what it is about
        "手机版—指尖上的年味",
        "数字版 - 让千年文脉活起来",
        "老城记忆｜数字版",  # a column's name, no outlet's, printed once
    ],
)
def test_an_edition_word_before_a_headings_words_stays(line: str) -> None:
    """Round 37 mend (review 37a 1e): a piece with no edition word must be the name the
    title carries again, or an outlet's."""
    assert not edition_line(line)
    assert leak_reason(line) is None


def test_a_name_printed_once_per_edition_is_the_title() -> None:
    assert edition_line("今日竹山-数字报|今日竹山-电子版")
    assert edition_line("人民日报-电子版")  # an outlet by its words


@pytest.mark.parametrize(
    "line",
    [
        "国内统一刊号:CN**-0000",
        "国内统一刊号：CN42-0048 邮发代号:38-12",
        "ISSN 1002-8196",
        "CN 11-0005/N",
    ],
)
def test_a_registration_number_is_masthead(line: str) -> None:
    assert serial_line(line)
    assert leak_reason(line) == "nav"


@pytest.mark.parametrize(
    "line",
    ["国内统一刊号是一份报纸的身份证", "刊号:由国家新闻出版署核发", "CN42-0048号报纸今日停刊"],
)
def test_a_sentence_about_registration_numbers_stays(line: str) -> None:
    assert not serial_line(line)


def test_one_edition_list_and_one_predicate() -> None:
    """Round 37 mend (review 36b item 6): the head's edition title and the masthead's are
    one predicate over data/edition_words.txt; masthead_words.txt keeps no edition kind."""
    from newsclean.data import data_lines
    from newsclean.filters import furniture_masthead, head_lists

    assert head_lists.is_edition_title is furniture_masthead.is_edition_title
    assert all(fields[0] != "edition" for fields in data_lines("masthead_words.txt"))
    # the head's forms are the masthead's now, anywhere on the page
    for line in ("某某日报 | 电子版", "台州日报电子版 - 台州日报数字报", "香港商报-手机版"):
        assert edition_line(line) and leak_reason(line) == "nav"


# Round 38: a medium's claim of itself before its name (slogan_line).
@pytest.mark.parametrize(
    "line",
    [
        "新西兰南岛最大华语媒体 - 新西兰信报",
        "北美最具影响力的中文网站",
        "澳洲首家华人门户｜今日悉尼",
    ],
)
def test_a_mediums_claim_goes_and_is_no_headline(line: str) -> None:
    assert slogan_line(line)
    document = clean(_page(line, HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert line_removed(document, line)
    assert document.title == HEADLINE


@pytest.mark.parametrize(
    "line", ["南岛最大华语媒体今日创刊", "他创办了当地最大华语媒体", "全球最大的咖啡市场"]
)
def test_a_story_naming_a_medium_stays(line: str) -> None:
    assert not slogan_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # Round 44: 澳门日报's e-paper page label over the story (https://xiangyu-macau.oss-cn-
        # hongkong.aliyuncs.com/app/szb/pc/content/202403/13/content_325001.html, variant
        # tool-bank-card-ad-date-edition-virtual-library-four-lines-macau-epaper-mirror) and
        # 安康日报's (http://sjk.akxw.cn epaper, 第08版:生活).
        "第A05版:澳聞",
        "第08版:生活",
    ],
)
def test_an_epaper_page_label_alone_is_furniture(line: str) -> None:
    assert leak_reason(line) == "nav"


def test_a_dated_page_row_stays_a_byline() -> None:
    # An e-paper's article head with its date (08/28/2025 第A15版:煙臺街): the byline's.
    assert leak_reason("08/28/2025 第A15版:煙臺街") is None

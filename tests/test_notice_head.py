"""Round 19 notices: the site's terms about its texts (back issues to download, new issues
later, subscribe) recognised by their vocabulary in a short line at the head of the page
(above the headline, or above the first paragraph of a page without one) as at its foot;
a real short headline the article echoes, a subtitle and a sentence of the story about
subscribing or downloading with more clauses stay."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.notice import is_notice

TERMS = [
    "本站自2005年开始,过刊仍然提供下载 ,新 刊在半年内将不提供下载, 欢迎订阅",
    "本站过刊免费提供下载，新刊出版三个月后开放，欢迎订阅",  # invented
    "本網往期文章均提供下載,歡迎訂閱",  # invented
]


@pytest.mark.parametrize("line", TERMS)
def test_the_sites_terms_above_the_headline_are_its_copyright(line: str) -> None:
    document = clean(_page(line, HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1]), convert="none")
    assert document.title == HEADLINE
    assert document.copyright == line
    assert len(document.body) == 2


@pytest.mark.parametrize("line", TERMS)
def test_the_sites_terms_at_the_foot_are_its_copyright(line: str) -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], line), convert="none")
    assert document.copyright == line
    assert len(document.body) == 2


def test_the_sites_terms_above_a_page_without_a_headline_are_its_copyright() -> None:
    line = TERMS[1]
    document = clean(_page(line, PARAGRAPHS[0], PARAGRAPHS[1]), convert="none")
    assert document.copyright == line
    assert len(document.body) == 2


def test_a_story_sentence_about_back_issues_and_subscribing_stays() -> None:
    line = (
        "记者了解到，该馆自2005年起提供过刊下载服务，市民可在官网免费订阅电子版，馆方负责人介绍说。"
    )
    assert not is_notice(line, near_foot=True)
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert not line_removed(document, line)
    assert line in document.body


def test_a_short_headline_about_downloading_the_article_echoes_heads() -> None:
    headline = "口袋公园电子地图提供下载"
    paragraph = "市园林局近日发布口袋公园电子地图，市民可在官网下载，地图标出了每座公园的入口。"
    document = clean(_page(headline, paragraph, PARAGRAPHS[1]))
    assert document.title == headline
    assert document.copyright is None


def test_a_subtitle_under_the_headline_stays() -> None:
    subtitle = "——三座公园年底前全部开放"
    document = clean(_page(HEADLINE, subtitle, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert document.title == HEADLINE
    assert document.copyright is None
    assert not line_removed(document, subtitle)

"""Round 28b: a kiosk's catalogue link (``furniture_links.catalogue_link``)."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_links import catalogue_link
from newsclean.filters.navigation import classify_furniture


# PressReader's foot under each story (eval row tool-aggregator-english-paper-language-and-
# country, on its Sin Chew copy); the same kiosk's shelves for other languages, countries
# and magazines, written for the test in its shape.
@pytest.mark.parametrize(
    "line",
    [
        "Newspapers in Chinese (Simplified)",
        "Newspapers from Malaysia",
        "Newspapers in Chinese (Traditional)",
        "Magazines from Hong Kong",
        "Newspapers from United States",
    ],
)
def test_a_catalogue_link_is_furniture(line: str) -> None:
    assert catalogue_link(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Newspapers in China are controlled by the state.",  # a sentence
        "Newspapers in decline",  # a headline: a lower-case word
        "Reading Newspapers in Chinese",  # a title: another word first
        "Newspapers",  # the noun alone
    ],
)
def test_a_sentence_about_newspapers_stays(line: str) -> None:
    assert not catalogue_link(line)


def test_the_kiosk_links_go_under_the_article() -> None:
    links = ["Newspapers in Chinese (Simplified)", "Newspapers from Malaysia"]
    document = clean(_page(HEADLINE, *PARAGRAPHS, *links))
    for line in links:
        assert line_removed(document, line)
    assert document.title == HEADLINE
    assert len(document.body) == len(PARAGRAPHS)

"""Round 38: a web firm's card in the head (its name beside its telephone number) goes and
is never the headline; a firm's name without a telephone, a headline about networks stay."""

from __future__ import annotations

from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_firm_card import firm_name


def test_the_card_over_the_article_goes() -> None:
    card = ["0543-5070686", "山东滨州无棣伍思网络"]
    document = clean(_page(*card, HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert all(line_removed(document, line) for line in card)
    assert document.title == HEADLINE


def test_a_name_without_its_telephone_stays_a_candidate() -> None:
    assert firm_name("浙江杭州西湖云帆网络科技")  # invented
    document = clean(_page("浙江杭州西湖云帆网络科技", PARAGRAPHS[0], PARAGRAPHS[1]))
    assert not line_removed(document, "浙江杭州西湖云帆网络科技")


def test_headlines_about_networks_are_no_firm() -> None:
    assert not firm_name("我市加快建设5G网络")
    assert not firm_name("农村电商与物流网络")

"""The level of a piece glued to a headline (filters/spam_glued_level.py): a site's name
after a dash is strong, a word the article echoes or an outlet's name is none."""

from newsclean.filters.spam_article import Article
from newsclean.filters.spam_glued_level import NONE, STRONG, piece_level
from newsclean.filters.spam_line import NOT_SPAM

HEAD = "重庆居民感受到的幸福很真实"
PAGE = [
    HEAD + "-天天速讯",
    "  重庆市民表示,近年来社区服务越来越便利,居民感受到的幸福很真实。",
    "  据介绍,全市今年新建社区食堂一百余家,覆盖老人十万余人。",
]


def _level(term: str, sep: str = "-") -> int:
    article = Article(PAGE, [NOT_SPAM] * len(PAGE)).without(0)
    return piece_level(term, term, sep, HEAD, article, after=True)


def test_a_site_name_after_a_dash_is_strong() -> None:
    assert _level("天天速讯") == STRONG


def test_a_word_the_article_echoes_or_an_outlet_is_no_glued_piece() -> None:
    assert _level("社区食堂") == NONE
    assert _level("新华网") == NONE

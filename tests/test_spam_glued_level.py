"""The level of a piece glued to a headline (filters/spam_glued_level.py): a site's name
after a dash is strong, a word the article echoes or an outlet's name is none."""

from newsclean.filters.spam_article import Article
from newsclean.filters.spam_glued_level import NONE, STRONG, piece_level
from newsclean.filters.spam_verdict import NOT_SPAM

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


#: Round 36, https://wap.265xx.com/w419/57161.html: a report on fake diplomas whose
#: headline's second half names its topic (假证, a strong term the paragraphs print).
DIPLOMA_HEAD = "网上叫卖大学生毕业证编号"
DIPLOMA_PAGE = [
    DIPLOMA_HEAD + " 假证书却有真编号",
    "  学分没有修满不能毕业,可只要花400多元钱,在网上查询到自己的毕业证编号,然后再做一张假证,"
    "不能毕业的学生竟就这样拿到了“毕业证”。",
    "  如果做毕业证书的编号是正确的,那么用人单位对伪证的鉴定难度将会增大。",
]


def _diploma_level(term: str, page: list[str]) -> int:
    article = Article(page, [NOT_SPAM] * len(page)).without(0)
    return piece_level(term, term, " ", DIPLOMA_HEAD, article, after=True)


def test_a_strong_term_the_article_speaks_of_is_its_topic() -> None:
    assert _diploma_level("假证书却有真编号", DIPLOMA_PAGE) == NONE


def test_a_strong_term_the_article_never_speaks_of_stays_strong() -> None:
    page = [DIPLOMA_PAGE[0], DIPLOMA_PAGE[2]]  # no sentence prints 假证
    assert _diploma_level("假证书却有真编号", page) == STRONG
    # printed only glued before commas, as a spun copy prints its keyword: not spoken of
    spun = [*page, "  毕业生假证,用人单位难辨。学校假证,须严查。"]
    assert _diploma_level("假证书却有真编号", spun) == STRONG

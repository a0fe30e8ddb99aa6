"""The page-head model (``filters/page_head.py``, evidence from ``filters/site_speech.py``):
the site's header, then the headline, then the byline, then the body."""

import pytest

from newsclean import clean
from newsclean.filters.page_head import media_name
from newsclean.filters.site_speech import header_speech, is_welcome, page_speech, speech
from newsclean.filters.title import is_title_shaped

HEADLINE = "重庆居民感受到的幸福很真实"
BYLINE = "来源：重庆晨报 作者：詹遥"
ARTICLE = (
    "\n\n昨日，知名媒体记者集中采访公租房、交巡警平台，感受重庆居民的幸福生活。\n\n"
    "“黄大姐，你家是哪栋，我们到你家看一下行不行？”记者们走进公租房小区。\n"
)


def _removed(document: object, text: str) -> bool:
    return any(
        text in (line.text, line.original) and line.placement == "removed"
        for line in document.lines  # type: ignore[attr-defined]
    )


@pytest.mark.parametrize(
    "banner",
    [
        "欢迎来到某某网站建设!",  # a web-design firm's greeting over a copied story
        "欢迎访问本站！",
        "您好，欢迎光临本网站",
        "歡迎蒞臨本網",
        "欢迎进入某某科技官网",
    ],
)
def test_a_welcome_banner_is_the_site_s_header(banner: str) -> None:
    assert is_welcome(banner) and header_speech(banner) == "welcome"
    assert not is_title_shaped(banner)
    document = clean(f"{banner}\n\n{HEADLINE}\n\n{BYLINE}{ARTICLE}")
    assert document.title == HEADLINE
    assert document.source == "重庆晨报" and document.author == "詹遥"
    assert _removed(document, banner)


@pytest.mark.parametrize(
    "headline",
    [
        "欢迎台湾同胞来大陆投资兴业 国台办：一视同仁",  # welcomes someone: no arrival, no site
        "欢迎来到中国：入境游客一季度大增",  # a place, not the site: no site word
        "网站备案新规出台 欢迎公众监督",  # 网站 and 欢迎, but no greeting of the reader
        "欢迎社会资本参与社区养老服务平台建设",  # no arrival verb after 欢迎
        "本地网站访问量激增",  # 网站 without a greeting
    ],
)
def test_a_headline_with_welcome_or_site_words_stays_the_headline(headline: str) -> None:
    assert speech(headline) is None
    document = clean(f"{headline}\n\n{BYLINE}{ARTICLE}")
    assert document.title == headline
    assert clean(f"{headline}{ARTICLE}").title == headline  # without a byline too


@pytest.mark.parametrize(
    "line",
    [
        "本文索引:某某网.<变量 2>[J].某某网,2025(11):-034.",  # a citation template
        "本文为《某某日报》2003年期刊以飨读者的第39篇论文",  # a provenance line
    ],
)
def test_a_line_where_the_page_names_itself_is_no_headline(line: str) -> None:
    assert page_speech(line) == "self" and not is_title_shaped(line)
    document = clean(f"{line}\n\n{HEADLINE}\n\n{BYLINE}{ARTICLE}")
    assert document.title == HEADLINE
    document = clean(f"{line}\n\n{HEADLINE}{ARTICLE}")  # no byline: the first headline under it
    assert document.title == HEADLINE


def test_a_headline_opening_with_a_self_word_in_prose_is_still_prose() -> None:
    """``本文`` opening a paragraph says nothing of the head: the paragraph stays."""
    paragraph = "本文作者走访了重庆多个公租房小区，记录下居民的生活变化。"
    document = clean(f"{HEADLINE}\n\n{paragraph}{ARTICLE}")
    assert document.title == HEADLINE and paragraph in document.body


def test_the_headline_stands_under_the_site_s_header() -> None:
    """A headline-shaped line above the header (a hijacker's keyword) is the header's."""
    page = f"某某娱乐城\n赢彩王-赢彩王\n\n{HEADLINE}{ARTICLE}"
    document = clean(page)
    assert document.title == HEADLINE
    assert _removed(document, "某某娱乐城") and _removed(document, "赢彩王-赢彩王")


def test_html_source_head_above_the_headline_is_furniture() -> None:
    markup = '<!doctype html> <!--[if lt IE 7]> <html class="no-js lt-ie9" lang=""> <![endif]-->'
    document = clean(f"{markup}\n\n{HEADLINE}\n\n{BYLINE}{ARTICLE}")
    assert document.title == HEADLINE and _removed(document, markup)


def test_a_tool_row_between_the_headline_and_its_byline_is_passed_over() -> None:
    row = "我来说两句 打印文章 发送给好友"
    document = clean(f"{HEADLINE}\n\n{row}\n\n{BYLINE}{ARTICLE}")
    assert document.title == HEADLINE and document.author == "詹遥"


def test_a_real_line_shaped_like_a_tool_row_does_not_end_a_header() -> None:
    """A tool row is no headline and no header: on a page with no headline it stays."""
    document = clean("打开窗口 通风换气" + ARTICLE)
    assert "打开窗口 通风换气" in document.body


def test_a_headless_page_drops_its_welcome_banner_and_what_stands_above_it() -> None:
    document = clean("某某娱乐城\n\n欢迎来到某某网站建设!\n\n" + ARTICLE.strip() + "\n")
    assert document.title is None
    assert _removed(document, "某某娱乐城") and _removed(document, "欢迎来到某某网站建设!")
    assert document.body[0].startswith("昨日")


@pytest.mark.parametrize(
    ("line", "name"),
    [("【台视新闻", "台视新闻"), ("香港政府新闻网", "香港政府新闻网"), ("香港01", "香港01")],
)
def test_a_media_name_under_the_headline_is_the_source(line: str, name: str) -> None:
    assert media_name(line) == name
    assert clean(f"{HEADLINE}\n\n{line}{ARTICLE}").source == name


@pytest.mark.parametrize("line", ["19/07/17 本地新闻", "2023-05-27 新华网", "2023年5月 本报讯"])
def test_a_dated_line_under_the_headline_is_no_media_name(line: str) -> None:
    assert media_name(line) is None
    assert clean(f"{HEADLINE}\n\n{line}{ARTICLE}").source != line

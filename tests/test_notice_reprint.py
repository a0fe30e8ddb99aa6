"""Round 15: a reprint statement naming a channel and a source-link line, by grammar, anywhere."""

import pytest
from linear import assert_linear
from test_notice import PARAGRAPHS, TITLE, _placed

from newsclean import clean
from newsclean.filters.notice import is_notice
from newsclean.filters.notice_reprint import reprint_credit, reprint_from_channel, source_link


@pytest.mark.parametrize(
    "line",
    [
        "本文转载自公众号“携程技术中心”。",
        "本文轉載自公衆號“華龍網-重慶晨報”。",
        "文章来自微信公众号「财经杂志」",
        "此文摘自微博《人民日报》",
        "【本文转自网站“观察者网”】",
        "内容来源于客户端：“上游新闻”。",
    ],
)
@pytest.mark.parametrize("position", ["top", "middle", "foot"])
def test_a_reprint_statement_naming_its_channel_is_a_notice_anywhere(line, position):
    assert reprint_from_channel(line)
    assert _placed(line, position)[0] == "notice"


@pytest.mark.parametrize(
    "line",
    [
        # a sentence of the story reporting a repost
        "该文被多家公众号转载后引发热议",
        "这篇文章转载自公众号“某某”后，引发网友热议，阅读量很快超过十万。",
        # a source named bare, no channel or quotes: the byline's source (metadata)
        "本文转载自新华网",
        # a channel but no quoted name
        "本文转载自微信公众号",
    ],
)
def test_a_sentence_or_a_bare_source_is_no_reprint_statement(line):
    assert not reprint_from_channel(line)


@pytest.mark.parametrize(
    "line",
    [
        "🔗資料來源: https://www.ctvnews.ca/canada/article/ontario-premier-vows-action/",
        "🔗资料来源: https://pltyw.com/",
        "• 原文链接：http://www.example.com.cn/news/2024/0312/c1001-40194.html",
        "Source: https://www.scmp.com/news/china/article/3250000/",
        "出处 www.zaobao.com.sg/news/china/story20240101-1234567",
        # round 18: a bare address word when the address names a page (invented forms)
        "链接：https://example.org/news/2024/0312/123.html",
        "URL: http://www.example.gov.tw/News_Content.aspx?n=12&s=3456",
        # round 24: a server named by its number (the tuned row of page 053)
        "網址:https://202.62.215.15/News_Content.aspx?n=105&s=245349",
        "原文链接：http://140.130.34.31/news/show.php?id=1234",
    ],
)
@pytest.mark.parametrize("position", ["top", "foot"])
def test_a_source_link_line_is_a_notice(line, position):
    assert source_link(line)
    assert _placed(line, position)[0] == "notice"


@pytest.mark.parametrize(
    "line",
    [
        "来源: 新华社",  # the byline's source: an outlet named, no address
        "资料来源：国家统计局",
        "来源: 新华社 http://www.news.cn/",  # an outlet and its address: the byline's
        "资料来源显示，https://example.com 上月访问量增长三成。",  # prose around an address
        "• 新华社记者在现场采访了多位市民。",
        # round 18: an address word and a site's home (its contact line, not a source)
        "网址：www.example.com",
        "網址: https://www.example.com/",
        # a paragraph quoting a web address
        "市民可登录网址 https://example.org/apply 在线报名。",
        # a labelled local address in a how-to (stored README text): the label is no
        # source word, and a server's number with no page is no page
        "課程查詢網址：http://120.117.2.118/CourSel/Pages/NextCourse.aspx",
        "网址：http://127.0.0.1",
    ],
)
def test_a_source_label_with_an_outlet_or_prose_is_no_source_link(line):
    assert not source_link(line)


@pytest.mark.parametrize(
    "line",
    [
        # round 25: a source label and a host alone name the site the text came from
        # (eval rows: 来源: fonfmedia.com, jrntv.com, happymacao.com at the foot); real
        # lines of other sites, from pages kept in public repositories' tests and notes:
        "来源：www.bstsjx.com",  # a futures site's article footer (a scraper's test)
        "来源：www.teamelon.com",  # a franchise site's byline row
        "来源：www.exaforce.ai",  # a reading note's source
        "来源: fonfmedia.com",
    ],
)
@pytest.mark.parametrize("position", ["top", "foot"])
def test_a_source_label_with_a_host_alone_is_a_source_not_a_notice(line, position):
    assert not source_link(line)
    assert _placed(line, position)[0] == "body"


@pytest.mark.parametrize(
    "line",
    [
        # the same label with a page's path or a scheme still points at the original
        "*来源：www.cnblogs.com/paddix/p/5428507.html*",  # a blog's copied post, its foot
        "来源：www.cnblogs.com/skychen1218/p/15720522.html",
        "来源: https://fonfmedia.com",
    ],
)
def test_a_source_label_with_a_link_is_still_a_source_link(line):
    assert source_link(line)


def test_a_host_source_at_the_foot_is_no_copyright():
    document = clean("\n\n".join([TITLE, *PARAGRAPHS, "来源: fonfmedia.com"]))
    assert document.copyright is None
    assert document.body == list(PARAGRAPHS)


def test_a_reprint_statement_over_the_headline_is_the_copyright_not_the_title():
    statement = "本文转载自公众号“华龙网-重庆晨报”。"
    document = clean(
        "\n\n".join([statement, TITLE, *PARAGRAPHS, "🔗资料来源: https://example.com/"])
    )
    assert document.title == TITLE
    assert document.copyright == statement + "\n🔗资料来源: https://example.com/"
    assert document.source is None
    assert document.body == list(PARAGRAPHS)


def test_a_reposted_articles_sentence_stays_in_the_body():
    line = "该文被多家公众号转载后引发热议，作者随后在微博上发文致谢。"
    document = clean("\n\n".join([TITLE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]]))
    assert line in document.body
    assert not is_notice(line, near_foot=False)


def test_the_grammars_are_linear_on_a_hostile_line():
    def make(n: int) -> list[str]:
        return ["本文转载自公众号“" + "人" * n, "🔗资料来源: https://" + "a." * (n // 2),
                "资料来源: " + "a" * n, "🔗" * n]  # fmt: skip

    def judge(lines: list[str]) -> None:
        for line in lines:
            assert not reprint_from_channel(line)
            assert not source_link(line)

    assert_linear(make, judge, 50_000)


# Round 38: a bare reprint credit at the foot, 轉載自{site} (the word of reprint rights, no
# subject, no frame): the site's notice.  A word of attribution alone (据X, 转自X) names the
# source (test_byline_foot), a label is the byline grammar's.
@pytest.mark.parametrize(
    "line",
    [
        "轉載自澳門日報",
        "转载自Yahoo奇摩新闻",
        "转载自人民日报",
        "转载于河北新闻网。",
        # round 40 row (tuned in round 41): the outlet's host after it, spaced; not a
        # feed relay's from-line (furniture_syndication)
        "轉載自點新聞 dotdotnews.com",
    ],
)
def test_a_bare_reprint_credit_is_a_notice_at_the_foot(line):
    from newsclean.filters.notice_reprint import reprint_credit

    assert reprint_credit(line)
    assert _placed(line, "foot")[0] == "notice"


@pytest.mark.parametrize(
    "line",
    [
        "转自中新网",  # attribution: the source
        "转载自:人民日报",  # a label: the byline's
        "转载自人民日报的评论指出,消费回暖",  # a clause goes on
        "该文转载自人民日报后引发热议",
        "转载自",
        "转载自点新闻 dotdotnews.com 记者报道",  # a clause goes on after the host
    ],
)
def test_what_only_looks_like_a_bare_reprint_credit_is_none(line):
    from newsclean.filters.notice_reprint import reprint_credit

    assert not reprint_credit(line)


def test_a_bare_reprint_credit_under_the_article_is_the_copyright_not_the_source():
    page = "\n\n".join([TITLE, *PARAGRAPHS, "转载自人民日报", "2024-09-12 13 0"]) + "\n"
    document = clean(page)
    assert document.copyright == "转载自人民日报"
    assert document.source is None


# Round 39: a reposter's statement, the reposter naming itself (perhaps with its address)
# and the origin.  Lines written for the test in the forms of a packaging host's copies.
@pytest.mark.parametrize(
    "line",
    [
        "本文由华星网络科技(http://www.example-pack.com)转自香港经济日报 hket.com",
        "本文由华星网络科技(http://www.example-pack.com)转自fonfmedia.com",
        "本文由華星網絡科技(http://www.example-pack.com)轉自蚌埠市人民政府網",
        "本文由某某科技（www.example.cn）转载自中国新闻网。",
        "本篇文章由某某资讯编译自路透社",
        "此文由站长转载自新浪微博",
    ],
)
@pytest.mark.parametrize("position", ["top", "middle", "foot"])
def test_a_reposters_statement_is_a_notice_anywhere(line, position):
    from newsclean.filters.notice_reprint import reposted_by

    assert reposted_by(line)
    assert _placed(line, position)[0] == "notice"


@pytest.mark.parametrize(
    "line",
    [
        "本文转自新华网",  # no reposter: a source named (metadata's)
        "该文由网友转自微博",  # a third person's text: the story's
        "本文由网友转自微博,随后引发热议",  # a clause goes on
        "本文由网友转自微博后引发热议并被多家媒体报道",  # the origin goes on as a clause
        "本文由作者授权发布",  # no origin
        "本文由记者张三采写",  # a byline, no repost verb
        "据悉,本文由网友转自微博",
    ],
)
def test_what_only_looks_like_a_reposters_statement_is_none(line):
    from newsclean.filters.notice_reprint import reposted_by

    assert not reposted_by(line)


def test_a_reposters_statement_is_the_copyright_not_the_source():
    line = "本文由华星网络科技(http://www.example-pack.com)转自香港经济日报 hket.com"
    page = "\n\n".join([TITLE, *PARAGRAPHS, line]) + "\n"
    document = clean(page)
    assert document.copyright == line
    assert document.source is None
    assert line not in document.body


def test_a_reposters_statement_is_linear_on_hostile_input():
    from newsclean.filters.notice_reprint import reposted_by

    assert_linear(lambda n: "本文由" + "网(http://www." * n + "转自", reposted_by, 20_000)
    assert_linear(lambda n: "本文由" + "a" * n + ".com)转自x", reposted_by, 20_000)


def test_a_reprint_credit_naming_the_outlet_by_its_host():
    # http://malaiedu.com/show.asp?id=679 (a Sarawak news repost) closed with the Macau
    # elderly portal's bare reprint credit: the host alone names the outlet
    assert reprint_credit("轉載自malaiedu.com")
    assert reprint_credit("转载自malaiedu.com。")
    assert not reprint_credit("转载自malaiedu.com的文章")


def test_origin_label_names_where_a_repost_first_ran():
    # https://www.scooptwnews.com/page/16/?p=tag%2F%E7%BE%8E%E5%9C%8B (the 墨新聞 aggregator:
    # under each reposted story 此篇文章最開始出處爲: and the original's headline or outlet;
    # eval/variants/notice.json notice-article-first-source-label-space-title-foot-taiwan-news-site)
    from newsclean.filters.notice import is_notice
    from newsclean.filters.notice_reprint import origin_label

    for line in (
        "此篇文章最開始出處爲: 香港第二場施政報告地區諮詢會下午舉行 李家超及多名司局長出席",
        "此篇文章最开始出处为: 海沧市民节:幸福海沧 市民同享",
        "此篇文章最开始出处为: 新京报 bjnews.com.cn",
        "此篇文章最開始出處爲: happymacao.com",
    ):
        assert origin_label(line)
        assert is_notice(line, near_foot=False)
    # the family by its words: another first-word, another origin noun, a colon for 为
    assert origin_label("本文最初来源: 人民日报")
    assert origin_label("原文最早出处:澳门日报")


def test_origin_label_leaves_a_source_label_and_a_sentence():
    from newsclean.filters.notice_reprint import origin_label

    # the byline's source labels (来源 without a first-word): metadata's, not a notice
    assert not origin_label("本文来源:新华社")
    assert not origin_label("文章来源:人民网")
    # a clause of the story: a verb after the label, a sentence mark in the value
    assert not origin_label("本文最早来源于一篇微博,随后被多家媒体转载")
    assert not origin_label("此文最早出处为一本清代笔记。后人多有引用")
    # hostile input: a long label-like run is judged in linear time
    assert_linear(lambda n: "此篇文章最开始出处为: " + "出处为: " * n, origin_label, 20_000)


def test_origin_label_value_may_be_a_headline_with_its_tone_mark():
    # https://www.scooptwnews.com/page/16/?p=tag%2F%E7%BE%8E%E5%9C%8B (the 墨新聞 aggregator,
    # eval/variants/notice.json
    # notice-article-first-source-label-space-title-foot-taiwan-news-site):
    # the value is the original's headline, and a headline may carry an exclamation inside
    # it; the first headline is 中國時報's (eval page of round 47, 台南木瓜 story), the second
    # 聯合報's (宜蘭台風假圖卡, the round-47 tuned draw's Taiwan story)
    from newsclean.filters.notice import is_notice
    from newsclean.filters.notice_reprint import origin_label

    for line in (
        "此篇文章最开始出处为: 台南木瓜台风过后大缺货!价格飙涨逾3倍 回稳至少要农历年后",
        "此篇文章最開始出處為: 宜蘭颱風假圖卡造假 代理縣長不忍了！下令警加速處理",
    ):
        assert origin_label(line)
        assert is_notice(line, near_foot=False)
    # a sentence still is none: a stop inside, a question closing the value
    assert not origin_label("此文最早出处为一本清代笔记。后人多有引用")
    assert not origin_label("本文最早出处为:谁能说清?")
    assert not origin_label("本文最早出处为:没有人知道;他说")

"""Round 28b: a kiosk's catalogue link (``furniture_links.catalogue_link``)."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_links import catalogue_link, list_heading
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


# Round 29: a list heading over a block of other posts.  Real instances from sites and
# themes not in eval/: bizhongbio/bizhongbio sidebar.php (a Chinese WordPress blog's
# sidebar, <h2>推荐文章</h2>); 5j54d93/Google-Blogger-Template BloggerTemplate.xhtml (a
# Taiwan Blogger theme's menu, 發燒文章 and 所有文章); jkjoy/typecho-theme-farallon
# related.php (<h3>相关文章</h3> over the related block); the default titles of the public
# React blog templates' RelatedPosts and PopularPostsWidget components ("Related Posts",
# "Popular Posts", 热门文章); the eval row's sensefullive.com "Related Posts".
@pytest.mark.parametrize(
    "line",
    [
        "推荐文章",
        "發燒文章",
        "所有文章",
        "相关文章",
        "热门文章",
        "Related Posts",
        "Popular Posts",
        "Recent Posts:",
        "More Stories",
    ],
)
def test_a_list_heading_is_furniture(line: str) -> None:
    assert list_heading(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Related Posts Show a Pattern",  # a headline: words of its own after the noun
        "The Related Posts",  # an article before the qualifier
        "最新进展",  # a live report's heading: no noun of posts
        "相关文章指出",  # a clause: a verb after the noun
        "文章",  # the noun alone may be a heading's word
        "其他文章都没有提到这一点",  # a sentence
    ],
)
def test_a_heading_of_the_article_stays(line: str) -> None:
    assert not list_heading(line)


def test_an_empty_related_block_leaves_its_heading_to_go() -> None:
    document = clean(_page(HEADLINE, *PARAGRAPHS, "Related Posts", "熱門文章"))
    assert line_removed(document, "Related Posts")
    assert line_removed(document, "熱門文章")
    assert len(document.body) == len(PARAGRAPHS)


# Round 32: a tool phrase leading a link, its colon and the link's text.  Real lines: the
# archivers of Discuz!NT (its fullversion div, 查看完整版本: <topic title>) and PHPWind
# (查看完整版本: [-- <title> --]), as public repositories' templates print them, and the
# fuqing forum's Discuz archiver foot.
@pytest.mark.parametrize(
    "line",
    [
        "查看完整版本: [-- [11-14] 连城诀外传 --]",
        "查看完整版本: 海沧市民节:幸福海沧 市民同享",
        "阅读原文：某市发布暴雨蓝色预警",
    ],
)
def test_a_tool_phrase_leading_a_link_goes(line: str) -> None:
    assert classify_furniture(line) is not None
    document = clean(_page(HEADLINE, *PARAGRAPHS, line))
    assert line_removed(document, line)


@pytest.mark.parametrize(
    "line",
    [
        "记者：张三",  # a byline's label is no tool phrase
        "原标题：某市发布暴雨预警",
        "阅读全文：他说，这是好事。",  # a sentence after the colon
    ],
)
def test_a_label_that_is_no_tool_phrase_leads_nothing(line: str) -> None:
    assert classify_furniture(line) is None


# Round 45b: a box of picture or video stories headed by the items' medium and a noun of
# items: szb.gnrbs.cn/html/2021-07/28/content_95762_13692227.htm (赣南日报's e-paper, the
# column label 图片新闻 alone over the story) and the crumbs of tests/data/harvest (首页 >
# 图片新闻 on nyncw.cq.gov.cn, 首頁 > 新聞中心 > 圖片新聞 on haolanduo.cn): the site's channel.
@pytest.mark.parametrize("line", ["图片新闻", "圖片新聞", "视频新闻"])
def test_a_box_of_picture_stories_is_a_list_heading(line: str) -> None:
    assert list_heading(line)
    document = clean(_page(line, HEADLINE, *PARAGRAPHS))
    assert line_removed(document, line)


@pytest.mark.parametrize(
    "line",
    [
        "視頻自拍",  # /tmp/corpus benchmark pages: a spam title's phrase, no noun of items
        "图片",  # the medium alone: a caption's label
        "图片说明",  # a caption's label, no noun of items
    ],
)
def test_a_medium_without_items_is_no_list_heading(line: str) -> None:
    assert not list_heading(line)


# Round 33: a curated list's heading, who picked and a qualifier standing for the picks,
# perhaps after its channel's name (eval furniture rows of the round 33: 社区 编辑精选).
@pytest.mark.parametrize("line", ["社区 编辑精选", "编辑精选", "小编推荐", "財經 編輯推薦"])
def test_a_curated_lists_heading_is_furniture(line: str) -> None:
    assert list_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "编辑精选了三篇文章",  # a sentence about picking
        "某地 精选",  # no curator
        "香港第二场施政报告地区咨询会 编辑精选",  # a headline's words before it
        "责任编辑",  # a byline's label
    ],
)
def test_a_line_naming_editors_picks_otherwise_stays(line: str) -> None:
    assert not list_heading(line)


@pytest.mark.parametrize("line", ["栏目列表", "頻道導航", "文章列表", "最新消息", "更多资讯"])
def test_directory_and_news_list_headings_go_at_the_foot(line: str) -> None:
    # a CMS's block over the site's columns, a list of other news (round 35)
    assert list_heading(line)
    document = clean(_page(HEADLINE, *PARAGRAPHS, line))
    assert line_removed(document, line)
    assert document.body == PARAGRAPHS


@pytest.mark.parametrize("line", ["栏目列表显示", "最新消息指出", "园林导航"])
def test_a_heading_with_words_of_its_own_stays(line: str) -> None:
    assert not list_heading(line)


@pytest.mark.parametrize("line", ["Check Also", "You May Also Like", "About the Author"])
def test_english_theme_headings_go(line: str) -> None:
    assert classify_furniture(line) is not None


# Round 36: a scoped list heading (the slice of the site a block lists and a qualifier, a
# listed noun or a ranking); real heads of the round-36 harvest: m.kfkhr.com's side lists
# (本类推荐, 本类排行), ruoyo.com's sponsored links (赞助推荐), and CMS themes' 本周排行, 同类文章.
@pytest.mark.parametrize(
    "line", ["本类推荐", "本类排行", "赞助推荐", "本周排行", "同类文章", "本站推荐", "本周热门文章"]
)
def test_a_scoped_list_heading_is_furniture(line: str) -> None:
    assert list_heading(line)
    document = clean(_page(HEADLINE, *PARAGRAPHS, line))
    assert line_removed(document, line)


@pytest.mark.parametrize(
    "line",
    # 本周推荐, 今日推荐: a slice of time and a bare qualifier heads a weekly column (a books
    # supplement's pick of the week, one review under it) as often as a list (round 36 mend).
    ["本周推荐三部新片", "本类", "本周热点回顾", "今日推荐的菜谱很简单", "本周推荐", "今日推荐"],
)
def test_a_scope_with_words_of_its_own_stays(line: str) -> None:
    assert not list_heading(line)


# Round 37 mend (review 36b item 2): a reading lead glued to one run of letters is as often
# the verb of the article's own heading; glued to a two-part headline it is a link.
READING_PAGE = (
    "深度阅读让孩子受益终身\n\n"
    "本报讯（记者 赵强）市教育局昨日发布全民阅读调查报告，中小学生日均阅读时间较去年有所增加。\n\n"
    "报告建议家长陪伴孩子阅读，每天不少于半小时，并减少电子屏幕的使用时间。\n\n"
    "推荐阅读经典名著的几点建议\n\n"
    "一是从兴趣出发选择书目，二是循序渐进，三是读写结合，写下自己的阅读感受。\n\n"
    "继续阅读经典是提升素养的重要途径\n\n"
    "专家表示，学校应当为学生提供更多阅读空间，图书馆应延长开放时间。\n"
)


@pytest.mark.parametrize("line", ["推荐阅读经典名著的几点建议", "继续阅读经典是提升素养的重要途径"])
def test_a_heading_opened_by_a_reading_verb_stays(line: str) -> None:
    assert classify_furniture(line) is None
    document = clean(READING_PAGE)
    assert not line_removed(document, line)
    assert line in document.body or line in document.headings


def test_a_reading_lead_glued_to_a_two_part_headline_is_a_link() -> None:
    assert classify_furniture("继续阅读大運中國女足力剋日本隊 18年後再度奪冠") is not None
    assert classify_furniture("推荐阅读暴雨来袭 省会多地积水") is not None


# Round 38: a blog owner's widget heading, pictographs after it.
@pytest.mark.parametrize("line", ["我最新的評論文章😎😎😎", "博主最新的原创文章", "我的热门文章"])
def test_an_owners_list_heading_goes(line: str) -> None:
    assert list_heading(line)
    document = clean(_page(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], line))
    assert line_removed(document, line)


@pytest.mark.parametrize("line", ["我最喜欢的文章", "我写的评论文章", "我的文章"])
def test_an_owners_words_without_a_qualifier_stay(line: str) -> None:
    assert not list_heading(line)


# Round 39: a part of the site and a listing qualifier in either order, and a listed noun
# and a digest (invented in the words of portal side boxes).
@pytest.mark.parametrize("line", ["专题推荐", "热门专题", "频道推荐", "要闻速递", "新聞一覽"])
def test_a_site_parts_or_digests_heading_goes(line: str) -> None:
    assert list_heading(line)
    document = clean(_page(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], line))
    assert line_removed(document, line)


@pytest.mark.parametrize("line", ["专题推荐会召开", "热门专题讲座", "要闻速递员", "景点一览无余"])
def test_a_part_or_digest_heading_with_words_of_its_own_stays(line: str) -> None:
    assert not list_heading(line)


def test_a_listed_noun_before_its_qualifier_is_a_widget_title() -> None:
    # https://www.yybnet.net/liuzhou/news/201012/1194433.html (tests/data/harvest/foot.tsv):
    # 新闻推荐 over the site's recommended teasers
    assert list_heading("新闻推荐")
    assert not list_heading("新闻推荐会")

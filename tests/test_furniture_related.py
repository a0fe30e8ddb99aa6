"""Other stories' headlines on the page (``furniture_related``): a row of headlines
joined by spaces goes wherever it stands; a paragraph, or the article's own heading in
parts, stays."""

from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean

ROW = (
    "约800名海外侨胞将参加在福州举行的2024年“海丝之春”联谊活动 "
    "2023年福州市海外联谊会十大典型活动回顾 "
    "将元宵的气息传递给旅居新加坡和马来西亚的乡亲社群"
)


def test_a_row_of_headlines_under_the_lead_goes() -> None:
    doc = clean(_page(HEADLINE, PARAGRAPHS[0], ROW, PARAGRAPHS[1]))
    assert line_removed(doc, ROW)
    assert doc.title == HEADLINE
    assert doc.body == PARAGRAPHS


def test_a_row_above_the_headline_is_never_the_headline() -> None:
    doc = clean(_page(ROW, HEADLINE, *PARAGRAPHS))
    assert line_removed(doc, ROW)
    assert doc.title == HEADLINE


def test_the_articles_own_heading_in_parts_stays() -> None:
    # the parts share the article's words (口袋公园, 园林局, 居民)
    heading = (
        "本市三座口袋公园将于年底前全部向市民开放 园林局负责人回应周边居民关于选址的意见 "
        "口袋公园建成后由街道负责日常管护工作"
    )
    doc = clean(_page(HEADLINE, PARAGRAPHS[0], heading, PARAGRAPHS[1]))
    assert not line_removed(doc, heading)


def test_a_spaced_paragraph_with_commas_stays() -> None:
    line = "今天下午到夜间 省会将有强降雨，局部地区可达暴雨 请市民注意出行安全，减少外出活动"
    doc = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert not line_removed(doc, line)


def test_a_headline_in_short_spaced_parts_stays_the_headline() -> None:
    # a Macau paper's headline in three parts, its story on another subject
    headline = "司警昨再破跨境運毒 拘機場入境馬籍男子 檢九點四公斤大麻花"
    doc = clean(_page(headline, *PARAGRAPHS))
    assert not line_removed(doc, headline)


RELATED = ["外交部:日方仍在要害问题上挤牙膏、埋钉子", "江门实现进口生鲜“口岸直达”"]


def test_a_list_of_headlines_each_over_its_date_goes() -> None:
    items = [RELATED[0], "2025-12-17", RELATED[1], "2025-12-16"]
    doc = clean(_page(HEADLINE, *PARAGRAPHS, *items))
    assert all(line_removed(doc, line) for line in items)
    assert doc.body == PARAGRAPHS


def test_the_articles_last_paragraph_over_a_lists_date_stays() -> None:
    """Round 42: the list's first headline already gone (another reader's), the article's
    last paragraph stands right over the list's first date; a sentence with its full stop is
    no listed headline (BBC 中文's year review on tw.news.yahoo.com, eval page 025's original;
    the list as printed under it on the copy)."""
    last = "中国外交部发言人林剑4月16日说:「关税战、贸易战没有赢家,中方不愿打,但也不怕打。」"
    items = ["2025-12-17", RELATED[0], "2025-12-17", RELATED[1], "2025-12-16"]
    doc = clean(_page(HEADLINE, *PARAGRAPHS, last, *items))
    assert not line_removed(doc, last)
    assert doc.body == [*PARAGRAPHS, last]
    assert all(line_removed(doc, line) for line in items)


def test_one_headline_over_a_date_is_no_list() -> None:
    doc = clean(_page(HEADLINE, *PARAGRAPHS, RELATED[0], "2025-12-17"))
    assert not line_removed(doc, RELATED[0])


def test_a_bulleted_heading_between_two_paragraphs_is_the_articles_own() -> None:
    """Round 39: a bulleted line alone between two of the article's paragraphs heads a
    section of it (a report on gambling sites' ● headings), however few of its words the
    paragraphs repeat; the same line under the article, with nothing after it, is a
    related link and goes."""
    heading = "●号称“亚洲赌王”却不给反赌建议"
    doc = clean(_page(HEADLINE, PARAGRAPHS[0], heading, PARAGRAPHS[1]))
    assert heading in doc.body or heading in doc.headings
    assert not line_removed(doc, heading)
    related = "• 华妇布碌仑地铁站遭恶少攻击(图)"
    doc = clean(_page(HEADLINE, *PARAGRAPHS, related))
    assert line_removed(doc, related)


# Round 46, the headed related block.  https://www.huajiangbk.com/newsview227577.html (eval
# row tool-related-knowledge-label-three-related-titles-four-lines-foot-knowledge-copy):
# under the text 相关知识 (related knowledge) and three posts' titles, one a line.
KNOWLEDGE = [
    "相关知识",
    "武汉植物园开展“光影科技梦 共筑强国魂”摄影比赛活动",
    "岚皋举办“翰墨光影抒盛世·同心筑梦向未来”书画摄影展",
    "武汉植物园举行 “中国梦·花艺梦”花艺竞赛",
]
# http://cn.gangyiku.com/kuai/6773.html (eval row tool-related-content-hot-news-labels-teaser-
# cut-three-lines-foot-hong-kong-news-copy): 相关内容 / 热门资讯 over a story's cut teaser.
CONTENT = [
    "相关内容",
    "热门资讯",
    "IDA携东亚银行探索香港稳定币... 香港新闻网12月11日电 香港金融科技公司 IDA 宣布与东亚"
    "银行有限公司展开合作,以支持香港的数字...",
]
# https://turnnewsapp.com/tag/%e5%bc%b5%e4%ba%a6%e6%83%a0/page/4 (eval row tool-section-label-
# headline-teaser-cut-foot-taiwan-tag-page): a channel, a headline and the story's opening cut.
TEASER = (
    "乐游趣 瑞里紫藤花季起跑 欢迎来赏花、许愿 嘉义县梅山乡瑞里紫藤花季11日正式开跑!嘉义县政府"
    "邀请女星大久保麻梨子担任代言人,大久保麻梨子说,自己已经是第3次代言瑞里紫藤花季,2016年时"
    "在紫藤花下许愿..."
)


def test_a_related_heading_over_other_stories_titles_goes() -> None:
    doc = clean(_page(HEADLINE, *PARAGRAPHS, *KNOWLEDGE))
    assert all(line_removed(doc, line) for line in KNOWLEDGE)
    assert doc.body == PARAGRAPHS


def test_a_related_heading_over_a_cut_teaser_goes() -> None:
    doc = clean(_page(HEADLINE, *PARAGRAPHS, *CONTENT))
    assert all(line_removed(doc, line) for line in CONTENT)
    assert doc.body == PARAGRAPHS


def test_a_cut_teaser_alone_under_the_article_goes() -> None:
    doc = clean(_page(HEADLINE, *PARAGRAPHS, TEASER))
    assert line_removed(doc, TEASER)
    assert doc.body == PARAGRAPHS


def test_a_related_heading_over_the_articles_own_items_stays() -> None:
    # the article's own list under the heading: its items share the article's words
    items = ["相关内容", "口袋公园健身步道和儿童游乐区开放时间", "园林局负责人介绍口袋公园管护办法"]
    doc = clean(_page(HEADLINE, *PARAGRAPHS, *items))
    assert not any(line_removed(doc, line) for line in items[1:])


def test_a_paragraph_cut_by_an_ellipsis_inside_the_article_stays() -> None:
    # the cut teaser's shape between two of the article's paragraphs: nothing goes
    doc = clean(_page(HEADLINE, PARAGRAPHS[0], TEASER, PARAGRAPHS[1]))
    assert not line_removed(doc, TEASER)

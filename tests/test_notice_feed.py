"""A source-link line between the article's paragraphs is a feed item's link row (round 47,
``filters/notice_feed.py``)."""

from newsclean import clean
from newsclean.filters.notice_reprint import source_link

# https://neard.com/feeds/165851 (Hong Kong, a feed site reposting RTHK items: after each
# item's text 原文連結: and the story's address without its scheme, one line;
# eval/variants/furniture.json tool-original-link-label-bare-url-after-text-hong-kong-feed)
FEED_LINK = "原文連結:news.rthk.hk/rthk/ch/component/k2/1625809-20211224.htm"

# https://www.bjnews.com.cn/detail/166030218114680.html (新京报, 2022-08-12: the paragraphs)
PARAGRAPHS = [
    "8月11日,外交部发言人汪文斌在例行记者会上表示,中尼跨境铁路是两国领导人达成的重要共识。",
    "在与尼泊尔外长卡德加会谈后,国务委员兼外长王毅也宣布,中方将使用对尼援助款项支持中尼跨境"
    "铁路的可行性研究,年内派专家赴尼开展踏勘。",
    "2017年5月,尼泊尔宣布加入中国“一带一路”倡议。2018年,两国签署协议,宣布在“一带一路”倡议"
    "框架下就可能的跨境铁路进行合作。",
    "此次最新消息,不仅给出了相关工作的具体时间,甚至也明确了该计划的前期资金来源,中尼喜马拉雅"
    "跨境铁路建设迈出了实质性一步。",
]
HEADLINE = "中尼跨境铁路年内启动踏勘"


def page(lines: list[str]) -> str:
    return "\n\n".join([HEADLINE, *lines]) + "\n"


def test_a_link_between_paragraphs_is_a_feed_items_link_row():
    assert source_link(FEED_LINK)  # the line is read as a source link by itself
    doc = clean(page([*PARAGRAPHS[:2], FEED_LINK, *PARAGRAPHS[2:]]))
    assert doc.copyright is None
    assert all("rthk" not in line for line in doc.body)
    assert [r.placement for r in doc.lines if "rthk" in r.text] == ["removed"]


def test_a_link_under_the_last_paragraph_stays_the_notice():
    # https://www.info.gov.hk/ press release reposted with 🔗資料來源: under its text (eval
    # gold 023's copyright: a reposting site's one notice, at the foot)
    under = "🔗資料來源: https://www.info.gov.hk/"
    doc = clean(page([*PARAGRAPHS, under]))
    assert doc.copyright == "🔗资料来源: https://www.info.gov.hk/"
    doc = clean(page([*PARAGRAPHS, FEED_LINK]))
    assert doc.copyright is not None and "rthk" in doc.copyright


def test_a_notice_sentence_between_paragraphs_stays_a_notice():
    # a reprint statement is the page's notice wherever it stands (notice_reprint): only the
    # bare label and address is a feed's link row
    statement = "本文转载自公众号“华龙网-重庆晨报”。"
    doc = clean(page([*PARAGRAPHS[:2], statement, *PARAGRAPHS[2:]]))
    assert doc.copyright == statement


def test_feed_links_needs_prose_on_both_sides():
    from newsclean.filters.notice_feed import feed_links

    texts = ["标题", FEED_LINK, PARAGRAPHS[0]]
    assert feed_links(texts.__getitem__, ["title", "copyright", "body"]) == []
    texts = [PARAGRAPHS[0], FEED_LINK, PARAGRAPHS[1]]
    assert feed_links(texts.__getitem__, ["body", "copyright", "body"]) == [1]


def test_a_site_named_by_its_host_between_paragraphs_stays_a_source_notice():
    # https://orientaldaily.on.cc (東方日報: the site named by its host alone, no page's
    # path: the site the text came from, not an item's link)
    site = "來源:https://orientaldaily.on.cc"
    doc = clean(page([*PARAGRAPHS[:2], site, *PARAGRAPHS[2:]]))
    assert doc.copyright == "来源:https://orientaldaily.on.cc"

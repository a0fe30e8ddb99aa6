"""Other stories listed beyond the article's run with no heading a table knows
(``furniture_story_runs``): two or more headlines or teasers foreign to the article under
its last paragraph go, with any short line heading them; one headline over its cut teaser
goes under an end a rule read; the article's own lines stay."""

from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean

# http://130112.com/content/ugnq2s7mxcahqt1u6kwo.html (harvest half A, round 47): a content
# farm's article, its report button (举报), then another story's headline over its opening,
# cut by the listing.
FARM = [
    "全国多地有大到暴雨(全国多地大到暴雨:部分城市已发生大面积内涝,严重影响民众出行)",
    "全国多地大到暴雨,部分城市已发生大面积内涝,造成交通拥堵、城市排水系统不畅等问题,"
    "严重影响民众出行。",
    "经过近期强降雨和连日高温后,北方、华北以及长江中下游等地区持续受到强降雨袭击。"
    "据气象部门预报,未来几天全国范围内仍将有较强降雨,城市排水压力将持续加大。",
    "据了解,目前各级政府已经展开应对措施,积极开展抢险救援工作,尽力保障民众生命财产安全。",
]
FARM_END = "举报"
FARM_ENTRY = [
    "江苏明日将有大到暴雨(江苏明日将有大到暴雨,气象局已发布预警!)",
    "据气象局消息,受弱冷空气和台风外围环流的影响,江苏明日将有大到暴雨,"
    "并可能伴有强雷电和短时强降水等强对流天气。目前,江苏多地已发...",
]
# https://www.huajiangbk.com/newsview227577.html (a tuned eval row's page): three posts'
# titles, one a line, under the article (their heading, 相关知识, left off here: a list
# whose heading the table lacks, or none at all).
TITLES = [
    "武汉植物园开展“光影科技梦 共筑强国魂”摄影比赛活动",
    "岚皋举办“翰墨光影抒盛世·同心筑梦向未来”书画摄影展",
    "武汉植物园举行 “中国梦·花艺梦”花艺竞赛",
]
# http://www.heyuanxw.com/2010/sz_0520/9851.html: a widget's heading under the article's
# end, a heading no table holds.
WIDGET = "热点图片"


def test_a_headline_over_its_cut_teaser_under_the_end_goes() -> None:
    doc = clean(_page(*FARM, FARM_END, *FARM_ENTRY))
    assert all(line_removed(doc, line) for line in FARM_ENTRY)
    assert doc.body == FARM[1:]


def test_one_entry_with_no_end_read_above_it_stays() -> None:
    # no end marker between: a heading of the article over its paragraph cut by a paywall
    # reads the same, and stays
    doc = clean(_page(*FARM, *FARM_ENTRY))
    assert not any(line_removed(doc, line) for line in FARM_ENTRY)


def test_other_stories_titles_without_a_heading_go() -> None:
    doc = clean(_page(HEADLINE, *PARAGRAPHS, *TITLES))
    assert all(line_removed(doc, line) for line in TITLES)
    assert doc.body == PARAGRAPHS


def test_a_short_unknown_heading_goes_with_its_list() -> None:
    doc = clean(_page(HEADLINE, *PARAGRAPHS, WIDGET, *TITLES))
    assert all(line_removed(doc, line) for line in [WIDGET, *TITLES])
    assert doc.body == PARAGRAPHS


def test_the_list_between_two_paragraphs_stays() -> None:
    doc = clean(_page(HEADLINE, PARAGRAPHS[0], *TITLES, PARAGRAPHS[1]))
    assert not any(line_removed(doc, line) for line in TITLES)


def test_the_articles_own_closing_list_stays() -> None:
    # the same titles closing an article about them: they echo its paragraphs
    article = [
        "武汉植物园开展摄影比赛活动,主题为“光影科技梦 共筑强国魂”,同期举行“中国梦·花艺梦”"
        "花艺竞赛。",
        "岚皋同期举办“翰墨光影抒盛世·同心筑梦向未来”书画摄影展,与武汉植物园的活动遥相呼应。",
    ]
    doc = clean(_page(HEADLINE, *article, *TITLES))
    assert not any(line_removed(doc, line) for line in TITLES)


def test_a_final_heading_over_a_paragraph_stays() -> None:
    # the article's last heading stands above its paragraph, not beyond the run
    doc = clean(_page(*FARM[:2], FARM_ENTRY[0], *FARM[2:]))
    assert not line_removed(doc, FARM_ENTRY[0])

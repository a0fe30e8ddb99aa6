"""``head_crumb`` (round 35): a crumb trail glued before the headline.  The items before the
last arrow are navigation; the last is the headline when the article echoes it.  Invented
pages in the shape of a copy farm's page (a trail of its section and the headline, then the
headline as its ``<h1>``), on no eval page."""

import pytest

from newsclean import clean
from newsclean.filters.head_crumb import trail_headline

ARTICLE = (
    "  新华社杭州9月3日电 第十九届亚运会女子足球决赛3日晚在杭州举行,中国女足以2比1力克"
    "日本队,时隔八年再度夺冠。\n\n"
    "  比赛第30分钟,日本队率先破门。下半场中国女足连入两球,逆转比分,全场观众起立欢呼。\n"
)
HEADLINE = "中国女足力克日本队 八年后再度夺冠"


@pytest.mark.parametrize("trail", ["800字范文 > ", "体育频道 » 足球 » ", "首页>>体育>>"])
def test_a_trail_before_the_headline_over_its_bare_copy_is_furniture(trail: str) -> None:
    document = clean(f"{trail}{HEADLINE}\n\n{HEADLINE}\n\n{ARTICLE}")
    assert document.title == HEADLINE
    assert not any(trail.strip() in paragraph for paragraph in document.body)
    assert not any(paragraph == HEADLINE for paragraph in document.body)


def test_a_trail_before_the_headline_alone_is_cut_off_the_title() -> None:
    document = clean(f"800字范文 > {HEADLINE}\n\n{ARTICLE}")
    assert document.title == HEADLINE


def test_the_readers_of_the_trail() -> None:
    article = ARTICLE.replace("  ", "")
    assert trail_headline(f"800字范文 > {HEADLINE}", article) == HEADLINE
    # a trail ending in a word the article does not speak of ends in no headline
    assert trail_headline("经济学 >> 综合研究 >> 正文", article) is None
    # a headline with an arrow inside, whose part after it the article does not echo
    assert trail_headline("中国女足力克日本队 > 下一站巴黎", article) is None
    # a long first item is no site's or section's name
    long_item = "这是一段很长的说明文字而不是任何网站的栏目名称"
    assert trail_headline(f"{long_item} > {HEADLINE}", article) is None


def test_a_headline_without_a_trail_is_untouched() -> None:
    assert clean(f"{HEADLINE}\n\n{ARTICLE}").title == HEADLINE


def test_an_arrow_between_two_of_the_article_s_places_stays_in_the_headline() -> None:
    page = (
        "北京→上海高铁下月起再提速 全程运行时间缩短至四小时\n\n"
        "  记者从铁路部门获悉,北京至上海的高铁将于下月起再提速,北京南站至上海虹桥站的全程"
        "运行时间缩短至四小时以内,沿途停靠站点也将优化调整。\n"
    )
    assert clean(page).title == "北京→上海高铁下月起再提速 全程运行时间缩短至四小时"


def test_the_sites_slogan_over_its_trail_gives_way_to_the_bare_headline() -> None:
    # https://300zi.50zi.cn/show/4/102/QD50XeYeA4.html (round-35 row): the essay site's name
    # and slogan, its trail ending in the headline, the headline printed bare
    page = (
        f"300字范文,内容丰富有趣,生活中的好帮手!\n\n300字范文 > {HEADLINE}\n\n"
        f"新闻 > 社区好贴 > 新闻详情\n\n{HEADLINE}\n\n{ARTICLE}"
    )
    document = clean(page)
    assert document.title == HEADLINE
    assert not any("好帮手" in paragraph for paragraph in document.body)


def test_a_headline_opening_with_the_trails_first_word_is_no_banner() -> None:
    # the headline goes on after 中国女足 with no mark: the story's words, not a site's name
    page = f"{HEADLINE}\n\n中国女足 > {HEADLINE}\n\n{ARTICLE}"
    assert clean(page).title == HEADLINE


# Round 42: a name before a bar that the headline after it repeats (``column_headline``).
# The lines of a Hong Kong paper's page as a polluted copy printed them (eval page of round
# 42; source http://105.47.198.203.static.netvigator.com/docDetail.jsp?channel=2803&id=100392419,
# 香港商報: the story of 中通社's column 通說).
COLUMN_PAGE = (
    "通說 | 通說:夏至·追時間的特首\n\n"
    "(香港中通社記者洪少葵攝)\n\n"
    "2022年端午時,李家超接受中通社專訪。(香港中通社圖片)\n\n"
    "    夏至,香港上亞厘畢道的禮賓府,一片綠意。再過九天,特首李家超上任將滿周年,"
    "香港中通社記者與特首約了一次端午假期前對談。\n\n"
    "    步入禮賓府會客廳內,落地窗外正對著匯豐銀行、中國銀行的標誌性建築。回頭看寬敞的"
    "廳內,各色木傢具、荷花中國畫、扇畫,古色古香。\n\n"
    "    想起2022年,也是端午時節。李家超在北京接獲任命後即在候任特首辦接受中通社專訪,"
    "當時談到了通關、組班、23條立法。這一次,特首談的收穫,已經遠不止通關,搶人才、外訪,"
    "都有漂亮的數據,但他永不自滿,“最大的困難就是追時間,要積極,不可以怠慢。”\n"
)


def test_a_name_before_a_bar_that_the_headline_repeats_is_cut_off() -> None:
    assert clean(COLUMN_PAGE).title == "通说:夏至·追时间的特首"


def test_a_column_before_a_bar_that_the_headline_does_not_repeat_stays() -> None:
    # http://m.shadafang.com/c/0G22949D2020_2.html (head harvest, round 39): the column
    # 潇湘大视野 before the bar is the headline's kicker, printed once
    from newsclean.filters.head_crumb import column_headline

    line = "潇湘大视野|建华人文化中心 巴黎中心区首任区长与华人座谈,兑现竞选承诺:立华人纪念碑"
    article = "威尔区长对大家的建议非常赞同,华人文化中心将在巴黎中心区建成,立华人纪念碑。"
    assert column_headline(line, article) is None
    # the name going on as a word of the headline is no repeat
    assert column_headline("夏至 | 夏至時節的禮賓府", "夏至,禮賓府一片綠意,時節正好。") is None

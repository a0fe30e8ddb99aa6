"""Other stories listed after the article: a block of items repeating one shape."""

from __future__ import annotations

from newsclean.filters.furniture_listing import cut_off, line_kind, listing_lines

ARTICLE = (
    "行政長官辦公室網站由昨日起將會新增特首感言欄目,長官嘗試以新的形式,通過聲音與居民分享"
    "人生哲學信念。為方便公眾收聽,欄目上載了行政長官原聲錄音全文及分段,同時結合了文字版本,"
    "讓市民可以按需要選擇收聽或閱讀,行政長官辦公室網站設有中文及葡文兩種正式語文版本。"
)


def listed(*tail: str, article: str = ARTICLE) -> list[int]:
    page = [article, *tail]
    return sorted(listing_lines(len(page), page.__getitem__))


def test_titles_over_their_dates() -> None:
    # eval row tool-related-titles-dates-own-lines-italy-portal (qwitaly.com)
    assert listed(
        "中国国台办:“台独”是绝路,外人靠不住,统一挡不住",
        "2025-12-17",
        "外交部:日方仍在要害问题上挤牙膏、埋钉子",
        "2025-12-17",
        "江门实现进口生鲜“口岸直达”",
        "2025-12-16",
        "1,328 次查看0 則留言",
    ) == [1, 2, 3, 4, 5, 6]


def test_products_under_their_labels() -> None:
    # eval row tool-recommended-product-teasers-prices-hijacked-copy
    assert listed(
        "推荐内容",
        "精彩推荐",
        "产品推荐",
        "steam抽成百分之30是不是太高了,游戏厂商意见大吗?",
        "¥",
        "268.00",
        "4.9分",
        "男生高考查分584父子俩笑得合不拢嘴",
        "¥",
        "1399.00",
        "4.9分",
    ) == list(range(1, 12))


def test_one_teaser_with_its_story_cut() -> None:
    # eval row tool-teaser-title-summary-ellipsis-australia-hong-kong-portal
    assert listed(
        "• 線上人數:13",
        "2023年澳洲重要新聞回顧",
        "2023年將盡,澳洲在這年間面對生活成本上升的挑戰,令不少家庭要緊縮家庭開支,應付通脹。...",
    ) == [2, 3]


def test_glued_date_item_under_a_label() -> None:
    # eval row tool-related-info-glued-date-teaser-language-school (glossed label as printed)
    assert listed("相關(guān)·資訊", "-", "112019-05東盟新聞周報速覽", "-") == [1, 2, 3, 4]


def test_glued_dated_items_with_their_stories_cut() -> None:
    # https://news.china.com/socialgd/10000169/20250522/48365457.html (not in eval): after
    # the story, other stories each a line, date and time glued before the title and its
    # story cut without a mark
    article = (
        "5月21日,外交部发言人毛宁主持例行记者会。有记者提问关于王毅外长将主持召开第三次"
        "中国—太平洋岛国外长会的消息,希望了解更多信息。毛宁表示,中国与太平洋岛国是相互尊重、"
        "共同发展的全面战略伙伴,近年来双方友好合作关系不断深化和发展。"
    )
    assert listed(
        "2025-05-07 16:03:52外交部:对印度的军事行动表示遗憾外交部发言人郭嘉昆在4月28日表示,"
        "随着“五一”假期的到来,中国欢迎更多外国朋友来访,体验中国的文化和产品。优质优价的"
        "“中国制造”正逐渐走进全球家庭,为更多人带来便利和福祉",
        "2025-04-29 11:51:40外交部外交部发言人毛宁在19日的例行记者会上表示,日本在台湾问题上"
        "对中国人民负有历史罪责,尤其应当谨言慎行",
        article=article,
    ) == [1, 2]


def test_titles_over_stories_cut_mid_clause() -> None:
    # https://www.china2au.com/html/aozhouxinwen/20210209/1080385.html (an eval page's site,
    # another block): a forum's hot list after the premier's message, each title over the
    # start of its story cut mid-word
    article = (
        "值此农历新年之际,我向大家致以佳节的美好祝愿。金鼠辞岁,福牛拱门。牛者,集诚实忠厚、"
        "勤劳稳健于一身也。因此,2021 年将是耕耘的一年,亦会是收获福运的一年。农历新年是全世界"
        " 15 亿人民共同欢庆的节日,也是我们新州不可或缺的重大节日之一。"
    )
    assert listed(
        "恭祝大家牛年和乐安康、宏图大展!",
        "澳洲中文论坛热点",
        "悉尼部份城铁将封闭一年,华人区受影响!只能乘巴士(组图)",
        "据《逐日电讯报》报导,从明年年中开始,因为从Bankstown和Sydenham的城铁将因Metro "
        "South West革新名目而",
        "联邦政客们具有多少房产?",
        "据本月早些时分报导,绿党副首领、参议员Mehreen Faruqi已获准在Port Macquarie联系"
        "其房产并建造三栋投资联",
        article=article,
    ) == [2, 3, 4, 5, 6]


def test_a_chronology_closing_the_article_stays() -> None:
    # its dates stand above their entries: the last entry has no date under it
    assert (
        listed(
            "2025-12-15",
            "市政府召开常务会议研究部署冬季供暖工作",
            "2025-12-16",
            "全市首批集中供暖站点正式投入运行使用",
            "2025-12-17",
            "供暖热线开通首日接到市民来电三百余个",
        )
        == []
    )


def test_a_price_list_in_a_consumer_story_stays() -> None:
    # products' names are no headlines: shorter than a title
    assert listed("华为Mate60", "¥5999.00", "小米14", "¥3999.00") == []


def test_a_quote_ending_in_dots_under_a_paragraph_stays() -> None:
    # https://life.mingpao.com/general/article?issue=20191005&nodeid=1570215193014&tag=modernchina
    # (not in eval): a paywall's cut under the story's lead, no title above it
    lead = (
        "【明報專訊】全國政協副主席、台盟中央主席蘇輝近日接受《中國新聞周刊》專訪,稱台盟是由"
        "生活在祖國大陸的台灣省人士組成的政黨,願為台灣青年走進大陸、融入祖國改革發展鋪橋搭路。"
    )
    assert listed("這是明報教育網-訂戶專區,進入本區前,請先登入系統...", article=lead) == []


def test_a_last_short_paragraph_and_the_articles_headline_stay() -> None:
    assert listed("恭祝大家新年快乐、万事如意!") == []
    # a teaser of the article itself, echoed by it
    assert (
        listed(
            "行政長官辦公室網站新增特首感言欄目",
            "行政長官嘗試以新的形式通過聲音與居民分享人生哲學信念...",
        )
        == []
    )


def test_no_article_above_no_listing() -> None:
    # a listing page: the whole page is the list, read elsewhere
    page = [
        "外交部:日方仍在要害问题上挤牙膏",
        "2025-12-17",
        "江门实现进口生鲜口岸直达项目",
        "2025-12-16",
    ]
    assert listing_lines(len(page), page.__getitem__) == set()


def test_line_kinds() -> None:
    assert line_kind("2025-12-17") == "date"
    assert line_kind("¥") == "sign"
    assert line_kind("1399.00") == "price"
    assert line_kind("4.9分") == "rating"
    assert line_kind("112019-05東盟新聞周報速覽") == "dated"
    assert line_kind("记者昨日走访多个巴士站。") == "other"
    assert cut_off("据本月早些时分报导,绿党副首领已获准在Port Macquarie联系其房产并建造三栋投资联")
    assert not cut_off("据本月早些时分报导,绿党副首领已获准联系其房产。")


def test_page_listing_reads_structures_lines() -> None:
    from newsclean.filters.furniture_listing import page_listing
    from newsclean.filters.structure import LineView

    texts = [ARTICLE, None, "外交部:日方仍在要害问题上挤牙膏、埋钉子", "  2025-12-17"]
    texts += ["江门实现进口生鲜“口岸直达”", "2025-12-16"]
    lines = [LineView(text, False, 0) if text else None for text in texts]
    assert page_listing(lines) == {2, 3, 4, 5}


def test_bulleted_titles_with_their_dates_after() -> None:
    # eval row of the round 33 (haikou.com.cn's 相关新闻): a bullet, a title, a space and the
    # date, its day of one digit or two; the label above goes with the block
    assert listed(
        "相关新闻",
        "- 辽宁长城脚下义乌兵后裔千里寻根问祖 2015-12-19",
        "- 第八届世界福建同乡恳亲大会举行 2015-10-9",
        "- 唯一健在的中国“飞虎英雄”陈炳靖30年后重回故乡 2015-10-7",
    ) == [1, 2, 3, 4]


def test_titles_with_their_dates_in_brackets() -> None:
    # the same item with its date bracketed after the title, as portals print a 相关阅读 box
    assert listed(
        "· 澳门特区政府公布新一年施政报告要点 (2019-11-19)",
        "· 行政长官出席社区咨询会听取居民意见 (2019-11-9)",
    ) == [1, 2]


def test_one_line_items_have_their_kind() -> None:
    assert line_kind("- 第八届世界福建同乡恳亲大会举行 2015-10-9") == "dated"
    assert line_kind("某地举行大型文化交流活动（2019-05-21）") == "dated"
    assert line_kind("会议于2015-10-9举行") == "other"  # a date inside a sentence
    assert line_kind("会议定于明日上午举行。 2015-10-9") != "dated"  # a closed sentence


def test_a_dated_entry_alone_and_dated_events_in_the_article_stay() -> None:
    # one item is no list; a chronology's entries inside the article (prose after them)
    assert listed("- 第八届世界福建同乡恳亲大会举行 2015-10-9") == []
    page_events = [
        "- 首届市民节开幕 2011-9-8",
        "- 第二届市民节开幕 2012-9-8",
        "两届市民节共吸引逾十万人次参与,主办方表示明年将继续举办,并增加更多文化活动。" * 3,
    ]
    assert listed(*page_events) == []


def test_a_notice_over_teasers_is_no_story_title() -> None:
    # Round 42: a notice stands where an item's title would, the teasers of other stories
    # under it; the notice is the site's (structure places it as the copyright), the teasers
    # go.  Notice: http://www.623kkk.com/internet/202211/1198197.html (eval row
    # notice-disclaimer-uploaded-by-user-contact-to-delete-foot-traditional-copy-host);
    # teaser: https://www.881903.com/news/amp/local/2343713.
    teaser = (
        "本地 2026-01-01 新控煙措施今起生效,禁煙範圍進一步擴大,學校、醫院及幼兒中心等,"
        "出入口3米範圍內的公眾地方,劃為法定禁煙區。控煙酒辦主任林民聰到場視察,他說法例生效..."
    )
    assert listed("免责声明:本文由用户上传,如有侵权请联系删除!", teaser) == [2]
    # https://pttgamer.com/Sub_GConsole/1Dr9W_U5 (the notice) over WordPress's cut openings
    # of other posts, https://thehousenewsbloggers.net/tag/%E5%8D%80%E8%AD%B0%E6%9C%83/
    assert listed(
        "本文未經同意不得轉載",
        "早前,林鄭月娥曾經說過「市民所享有的自由有增無減」,這實在是荒誕 […]",
        "去年7月,時任油尖旺區議會主席葉傲冬封殺討論反送中議案,指不符合 […]",
    ) == [2, 3]


def test_a_story_title_over_its_teaser_is_still_listed() -> None:
    # the negative: a headline of another story (no notice wording) over its cut teaser
    teaser = "2023年將盡,澳洲在這年間面對生活成本上升的挑戰,令不少家庭要緊縮家庭開支,應付通脹。..."
    assert listed("2023年澳洲重要新聞回顧", teaser) == [1, 2]

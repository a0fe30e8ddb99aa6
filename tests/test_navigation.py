"""Page furniture: crumbs, share links, tool links — and the site they name."""

import pytest
from conftest import data_lines

from newsclean import clean
from newsclean.filters.navigation import classify_furniture, furniture_coverage


@pytest.mark.parametrize(
    ("line", "reason", "site"),
    [
        ("tibet.cn", "nav", "tibet.cn"),
        ("http://www.sina.com.cn/", "nav", "www.sina.com.cn"),
        ("home", "nav", None),
        ("首页", "nav", None),
        ("当前位置：首页 > 新闻 > 正文", "nav", None),
        ("中国西藏网 > 新闻 > 西藏", "nav", "中国西藏网"),
        ("国内 > 社会", "nav", None),
        ("email", "share", None),
        ("分享到：微信 微博 QQ空间", "share", None),
        ("【打印】【关闭】", "share", None),
        ("【字体：大 中 小】", "share", None),
        ("上一篇 下一篇", "nav", None),
    ],
)
def test_furniture_is_recognised(line, reason, site):
    furniture = classify_furniture(line)
    assert furniture is not None
    assert (furniture.reason, furniture.site) == (reason, site)


@pytest.mark.parametrize(
    "line",
    [
        "湖北援藏企业西藏清匠电器科技有限公司的工人正在组装制氧机。",
        "做实民生援藏——编织幸福保障网",
        "1.5",
        "收入增长3.5%>2.1%的预期。",
        "“雅江1号”人工智算中心落地山南",
    ],
)
def test_content_is_not_furniture(line):
    assert classify_furniture(line) is None


def _variants() -> list[tuple[str, str, str]]:
    rows = [line.split("\t") for line in data_lines("furniture_variants.tsv")]
    return [(row[0], row[1], row[2]) for row in rows]


@pytest.mark.parametrize(("line", "expected", "seen"), _variants())
def test_furniture_variant_table(line, expected, seen):
    furniture = classify_furniture(line)
    got = "content" if furniture is None else furniture.reason
    assert got == expected, f"{line!r} (seen: {seen})"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("扫一扫在手机打开当前页", "share"),  # scan + open the page: a share tool
        ("返回顶部", "nav"),  # moves the reader
        ("点击查看原文", "nav"),
        ("分享到微信朋友圈", "share"),
    ],
)
def test_share_wins_when_a_share_word_takes_part(line, reason):
    assert furniture_coverage(line)[1] == reason


def test_coverage_counts_letters_not_punctuation():
    covered, _ = furniture_coverage("【返回顶部】")
    assert covered == 1.0
    partly, _ = furniture_coverage("返回顶部查看今日天气预报")
    assert 0.2 < partly < 0.75


def test_a_long_line_is_never_a_tool_phrase():
    line = "扫一扫在手机打开当前页" * 5 + "了"
    assert classify_furniture(line) is None
    # the phrase alone printed five times is one label repeated (furniture_repeat, round 23)
    assert classify_furniture("扫一扫在手机打开当前页" * 5) is not None


def test_furniture_lines_are_removed_in_the_page():
    from newsclean.pipeline import clean

    page = (
        "三省援藏干部人才同心凝聚合力\n\n来源：西藏日报\n\n"
        "  在湖南的大力支持下，中车山南清洁能源装备产业园正式投产，"
        "这是西藏首个清洁能源装备产业基地。\n\n"
        "  安徽援建的山南市第二高级中学建设项目顺利完工，学校面貌焕然一新，师生们纷纷点赞。\n\n"
        "扫一扫在手机打开当前页\n\n返回顶部\n"
    )
    doc = clean(page)
    assert [(r.text, r.reason) for r in doc.removed] == [
        ("扫一扫在手机打开当前页", "share"),
        ("返回顶部", "nav"),
    ]
    assert len(doc.body) == 2


def test_a_link_row_needs_half_its_segments_to_be_tools():
    row = "不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP 按我看活動辦法"
    assert classify_furniture(row) is not None
    # the same slogans with only one link among them stay (left to the spam filter)
    assert classify_furniture("不用抽 不用搶 保證天天中獎 點我下載APP") is None


# Round 3 (issue 10 item 6): tool, footer, follow, app, audio, push, comment, skip-link and
# related-reading lines from sites not in the eval set, each with the page it was seen on
# (read through the project's page search); "constructed" rows are written for the test:
# a variant of an observed form, or a real-looking short line that uses a tool word and
# must stay.  Columns: line, expected (nav | share | content), where seen.
ROUND3_VARIANTS = [
    ("回到頂端", "nav", "https://n.yam.com/Article/20230525178148 (page head)"),
    ("[啟動LINE推播] 每日重大新聞通知", "share", "https://www.storm.mg/article/4788683"),
    ("请安装我们的客户端", "share", "https://wmtxt.so/book/82678/47036222_2.html"),
    ("添加到主屏幕", "share", "https://wmtxt.so/book/82678/47036222_2.html"),
    ("下载APP", "share", "https://wmtxt.so/book/82678/47036222_2.html"),
    ("print列印此文章", "share", "https://www.chlaw.org/Article/ArticleContent/10004/"),
    ("跳到主要內容區塊", "nav", "https://finance.kcg.gov.tw/News_Content.aspx (skip link)"),
    ("手機選單", "nav", "https://finance.kcg.gov.tw/News_Content.aspx"),
    ("跳到主要內容", "nav", "https://www.e123.hk/zh-hant/news/today (明報 digest)"),
    ("Skip to main content", "nav", "https://www.e123.hk/en/news/today"),
    (
        "關閉此視窗 請至Edge官網下載 請至FireFox官網下載 請至Google官網下載",
        "share",
        "https://news.ltn.com.tw/news/politics/breakingnews/5143723 (browser notice row)",
    ),
    (
        "自由電子報 APP 自由電子報粉絲團 自由電子報 Line 熱門新訊",
        "share",
        "https://news.ltn.com.tw/news/politics/breakingnews/5143723 (follow row)",
    ),
    ("熱搜", "nav", "https://news.ltn.com.tw/news/politics/breakingnews/5143723"),
    ("ADVERTISEMENT", "nav", "https://sinchew.com.my/tag/林瑞源 (星洲网)"),
    ("登入", "nav", "https://sinchew.com.my/tag/林瑞源 (星洲网)"),
    ("查看原文", "nav", "https://kkft.net/fwc/a/Mzg3MTAxNTQ2OQ==/2247485326/1 (WeChat mirror)"),
    ("阅读全文", "nav", "http://www.kinafinance.com/zimeit/index_9.php (zaobao column list)"),
    (
        "延伸阅读: 王江雨：礼崩乐坏，列强分食",
        "nav",
        "https://castbox.fm/channel/4806923 (联合早报 podcast notes: 延伸阅读:)",
    ),
    (
        "你还可以阅读:【已经连续11天keep住双位数了!】",
        "nav",
        "https://noodou.com/ (Malaysia: 你还可以阅读:【…】)",
    ),
    ("訂閱/退訂 | 看歷史報份", "share", "https://amysidvtw.blogspot.com/2023/02/blog-post_10.html"),
    ("關於我們 聯絡我們 立即投稿", "nav", "https://newtalk.tw/citizen/author/112033 (footer row)"),
    ("管理規章 隱私權聲明 意見回饋", "share", "https://newtalk.tw/citizen/author/112033"),
    ("功能選單", "nav", "https://newtalk.tw/citizen/author/112033"),
    ("最新留言", "share", "https://newtalk.tw/citizen/author/112033"),
    # consent, age-gate and browser notices (sentences, yet furniture)
    (
        "為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。",
        "nav",
        "https://news.ltn.com.tw/news/politics/breakingnews/5143723 (browser notice)",
    ),
    (
        "您即將進入之新聞內容 需滿18歲 方可瀏覽。",
        "nav",
        "https://news.ltn.com.tw/news/politics/breakingnews/5143723 (age gate)",
    ),
    ("未滿18歲", "nav", "https://news.ltn.com.tw/news/politics/breakingnews/5143723"),
    ("或不同意本條款離開離開", "nav", "https://news.ltn.com.tw/news/politics/breakingnews/5143723"),
    ("我同意", "nav", "https://news.ltn.com.tw/news/politics/breakingnews/5143723"),
    ("我已年滿18歲進入進入", "nav", "https://news.ltn.com.tw/news/politics/breakingnews/5143723"),
    (
        "本網站使用Cookie以提升您的瀏覽體驗，繼續瀏覽即表示您同意我們的隱私權政策。",
        "nav",
        "constructed: a cookie-consent banner form",
    ),
    (
        "We use cookies to improve your experience. 我同意",
        "nav",
        "constructed: an English cookie banner and its button",
    ),
    # constructed variants of the observed forms: politeness prefixes, arrows, emoji,
    # a site's name before the platform, audio and comment tools, font-size rows
    ("▶ 加入自由時報LINE好友", "share", "constructed: ltn LINE row with an arrow"),
    ("👉 追蹤我們的 Facebook", "share", "constructed: emoji + follow + name + platform"),
    ("歡迎訂閱電子報", "share", "constructed: 歡迎 + 訂閱電子報 (udn 訂閱)"),
    ("請按讚追蹤", "share", "constructed: 請 + two tool verbs"),
    ("開啟推播通知", "share", "constructed: storm.mg 啟動LINE推播, other verb"),
    ("訂閱YouTube頻道", "share", "constructed: subscribe + platform + channel"),
    ("加入LINE好友", "share", "constructed: LINE follow, no site name"),
    ("追蹤我們", "share", "constructed: follow us"),
    ("聽新聞", "share", "constructed: audio player label (Taiwan news sites)"),
    ("收聽本文", "share", "constructed: audio player label"),
    ("播放 暫停", "share", "constructed: audio player buttons"),
    ("我要留言", "share", "constructed: comment box (我要 + 留言)"),
    ("發表意見", "share", "constructed: comment box"),
    ("字級：小 中 大 特大", "share", "constructed: ltn 字級 font-size row"),
    ("▶延伸閱讀：台積電法說會釋出三大訊號", "nav", "constructed: arrow + 延伸閱讀："),
    ("【相關新聞】颱風今晚登陸", "nav", "constructed: bracketed lead + title"),
    ("» 看更多新聞", "nav", "constructed: chevron + 看更多新聞"),
    ("掃描二維碼下載APP", "share", "constructed: scan + download"),
    ("立即下載APP", "share", "constructed: 立即 + 下載APP"),
    ("【更多新聞】", "nav", "constructed: 更多 + object, no verb"),
    ("瀏覽更多", "nav", "constructed: verb + 更多"),
    ("☆看更多精彩內容請點我☆", "nav", "constructed: stars + 看更多 + 請點我"),
    ("讚好 香港01 Facebook 專頁", "share", "constructed: HK 讚好 + name + platform"),
    ("下載「香港01」App，即時接收最新消息", "share", "constructed: app prompt, two tool clauses"),
    ("請在手機上閱讀全文", "nav", "constructed: a place + a tool verb + object"),
    ("在APP內打開", "share", "constructed: a place + a tool verb, no object"),
    ("点击关注联合早报", "share", "constructed: click + tool verb labels a name"),
    ("欢迎订阅8视界新闻 Telegram", "share", "constructed: 8world follow prompt form"),
    ("立即下载东方日报APP", "share", "constructed: Malaysian app prompt form"),
    ("訂閱 東網 YouTube 頻道", "share", "constructed: HK channel prompt form"),
    ("分享：Facebook Twitter WhatsApp", "share", "constructed: share row with platforms"),
    ("分享這篇文章", "share", "constructed: share + demonstrative + article"),
    ("A- A+", "share", "constructed: font-size buttons with signs"),
    ("文字：大 中 小", "share", "constructed: font-size row led by 文字"),
    ("▲TOP", "nav", "constructed: back-to-top button in English"),
    ("回首頁", "nav", "constructed: back link with 回"),
    ("第1頁 共3頁", "nav", "constructed: a pager"),
    ("點閱數：1234", "nav", "constructed: a page statistic (Taiwan 點閱)"),
    ("人氣(1234)", "nav", "constructed: storm.mg '? 人氣' with its number"),
    ("0 則留言", "nav", "constructed: a comment count, number first"),
    ("已有0人参与", "nav", "constructed: a participation count"),
    ("猜你喜欢", "nav", "constructed: a recommendation head"),
    ("立即登录", "nav", "constructed: a modifier before a term"),
    # negatives: real short lines with a tool word
    ("他下載了這個應用程式", "content", "constructed (brief): 了 and 這個 make it prose"),
    ("市民可掃描二維碼報名。", "content", "constructed (brief): an instruction in a sentence"),
    ("記者下載了該應用程式進行測試", "content", "constructed: prose about an app"),
    ("歡迎市民加入義工隊", "content", "constructed: 歡迎 + 加入, no platform"),
    ("請市民追蹤颱風最新消息", "content", "constructed: 追蹤 the news, not a channel"),
    ("加入世界貿易組織", "content", "constructed: 加入 + an organisation"),
    ("他在臉書粉絲團發文", "content", "constructed: a platform in prose"),
    ("【关注】城市更新的下一步", "content", "constructed: a bracketed section tag, one tool word"),
    ("到圖書館閱讀", "content", "constructed: a destination that is no platform"),
    ("前往北京观看比赛", "content", "constructed: 前往 + a place + 观看"),
    ("相關新聞報導引發熱議", "content", "constructed: 相關新聞 as a subject, no separator"),
    ("上一篇文章提到的問題", "content", "constructed: 上一篇 in a heading"),
    ("播放量突破一億", "content", "constructed: 播放 as a noun"),
    ("点击量突破十万次", "content", "constructed: 点击 as a noun, no tool verb after it"),
    ("市民可点击链接报名", "content", "constructed: an instruction inside a sentence"),
    ("更多新闻发布会的细节", "content", "constructed: 更多 + 新闻 inside a heading"),
    ("一手掌握經濟脈動", "content", "constructed: a slogan, no tool word"),
    (
        "文化部修正電腦網路內容分級處理辦法，限制級內容須標示。",
        "content",
        "constructed: rating story",
    ),
    ("未滿18歲者不得購買菸品，違者將被處以罰鍰，業者也須負擔責任。", "content", "constructed: law"),
    ("該條款已被刪除，瀏覽器廠商表示同意。", "content", "constructed: 條款, 瀏覽器, 同意 in news"),
    ("他同意離開會場", "content", "constructed: 同意 + 離開 in a short line"),
    ("回首往事", "content", "constructed: 回首 is no back link"),
    ("他回上海过年", "content", "constructed: 回 + a place"),
    ("浏览量突破1000万", "content", "constructed: a statistic in a headline"),
    ("2019 2020 2021", "content", "constructed: years are no pager"),
    ("上下一心", "content", "constructed: 上下 in an idiom"),
    (
        "在版權擁有人的協助下，海關人員突擊搜查何文田一個住宅單位",
        "content",
        "https://www.hk01.com/突發/60329621/ (a paragraph, no tool phrase)",
    ),
]


@pytest.mark.parametrize(("line", "expected", "seen"), ROUND3_VARIANTS)
def test_round3_furniture_variants(line, expected, seen):
    furniture = classify_furniture(line)
    got = "content" if furniture is None else furniture.reason
    assert got == expected, f"{line!r} (seen: {seen})"


def test_a_name_between_verb_and_platform_is_short_and_plain():
    # the grammar lets a short name stand between the verb and the platform ...
    assert furniture_coverage("加入自由時報LINE好友")[0] == 1.0
    # ... but not an aspect particle or a demonstrative: that is a sentence about an app
    assert furniture_coverage("下載了這個應用程式")[0] < 0.75


# Round 4: menus of short items, reading meters, a consent asked for a page function.
@pytest.mark.parametrize(
    "line",
    [
        # a channel bar (ncdzx.com; the same shape on chinanews / people mirrors)
        "要闻 | 时政 | 本网快讯 | 两岸 | 国际 | 港澳侨 | 热点新闻 | 大陆纵览 | 社会 | 财经",
        "首页｜国内｜国际｜财经｜体育｜娱乐",
        # a paper's section row parted by spaces (ltn.com.tw)
        "今日新聞 社論 評論 專題報導 自由廣場 報社簡介 回首頁",
        # an e-paper's issue row: a date, the issue number, subscribe and back issues
        "2024/05/03 第8154期 | 訂閱/退訂 | 看歷史報份",
        # a document site's reading meter and its continue-reading button
        "已阅读3页,还剩21页未读 继续免费阅读",
        "还剩8页未读，继续阅读",
        # a consent asked for a page function (cna.com.tw, above the listen button)
        "請同意我們的隱私權規範，才能啟用聽新聞的功能。",
    ],
)
def test_menus_meters_and_function_consents_are_furniture(line):
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # bylines parted by bars: labels (a colon) or names, not menu words
        "2025年07月02日08:12 | 来源：人民网－人民日报",
        "作者 | 邹欣 责编 | 梦依丹",
        "2023-02-11 | 新华社 | 国际",
        # a headline in two parts, and a heading naming two fields
        "香港第二场施政报告地区咨询会下午举行 李家超及多名司局长出席",
        "教育 科技 人才",
        # a count inside a sentence is no meter
        "全书共300页,还剩14页 值得一读",
        # prose about privacy and enabling things
        "市民须完成实名认证才能启用新功能，隐私权受法律保护。",
        "他表示同意，隐私权规范需要完善。",
    ],
)
def test_rows_and_counts_of_content_stay(line):
    assert classify_furniture(line) is None


def test_a_menu_printed_one_item_a_line_is_furniture() -> None:
    """A copied page's channel list, one link a line between the header and the article
    (amysidvtw.blogspot.com: 今日頭條 / 專題 / 話題 / 要聞 …); a stack of names, of list
    items or of short headings between paragraphs stays."""
    para = "行政院今日召開記者會，說明明年度預算的編列原則與重點項目，並回應外界關切。"
    menu = ["今日頭條", "專題", "話題", "要聞", "焦點新聞", "政治新聞"]
    doc = clean("\n".join(["預算案送立院審議", "", *menu, "", para, ""]))
    assert doc.title == "预算案送立院审议"
    assert doc.body == [clean(para).body[0]]
    assert [r["reason"] for r in doc.to_dict()["removed"]] == ["nav"] * len(menu)
    for stack in (["张三", "李四", "王五"], ["一、总体要求", "二、主要任务", "三、保障措施"]):
        kept = clean("\n".join(["预算案送立院审议", "", para, "", *stack, "", para, ""]))
        assert not kept.to_dict()["removed"], stack


@pytest.mark.parametrize(
    "line",
    [
        # no letter or digit: an accessibility anchor, a lost character, a rule
        ":::",
        "?",
        "---",
        # markup residue: empty nested tags sharing one random id (hijack templates)
        '<strong id="afajh"><dl id="afajh"></dl></strong>',
        '<samp id="sgkyk"><pre id="sgkyk"></pre></samp>',
        "<div class='ad'></div>",
        # a masthead framed by ASCII rules
        "--- 國家市場監督管理總局主管 ---",
        "=== 本站主办 ===",
        # ad slot names printed as lines (Taiwan local papers)
        "自動輪播廣告(上小)橫式1欄",
        "自動輪播廣告(右)橫式1欄",
        "广告位3",
        # tool links and site entries (round 5 held-out pages)
        "我来说两句 打印文章 发送给好友",
        "舊版網站入口",
        "站內搜索",
        "全站熱搜",
        "創作者介紹",
        "【繁體閱讀】 【网友评论:103 条】 【 热评新闻排行 】 【 热门新闻排行 】",
    ],
)
def test_residue_ad_slots_and_tool_entries_are_furniture(line):
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "（完）",
        "……",
        "——",
        "该公司广告(上市前)投入巨大",
        "广告（宣传）费用由企业自行承担",
        "——访全国人大代表张三",
        "---他说，这只是开始---",
        "网友评论称，这一做法值得推广。",
        "新闻排行榜背后的流量逻辑",
        "2023年度热门新闻排行出炉，民生话题占据前三",
    ],
)
def test_lines_with_text_of_their_own_stay(line):
    assert classify_furniture(line) is None


def test_a_link_box_ending_the_page_is_furniture() -> None:
    """A portal's box under the article (news.sina.com.cn, 2005): letter-spaced box titles
    and their links, one a line; an article that ends in a spaced signature and a date,
    or in short lines of its own, keeps them."""
    para = "行政院今日召開記者會，說明明年度預算的編列原則與重點項目，並回應外界關切。"
    box = ["新 闻 查 询", "关键词", "热 点 专 题", "第77届奥斯卡盛典", "驾驶员培训新大纲"]
    doc = clean("\n".join(["預算案送立院審議", "", para, "", *box, ""]))
    assert doc.body == [clean(para).body[0]]
    assert [r["reason"] for r in doc.to_dict()["removed"]] == ["nav"] * len(box)
    for end in (["张 三", "二〇二三年五月", "于北京"], ["第一次会议", "第二次会议", "第三次会议"]):
        kept = clean("\n".join(["預算案送立院審議", "", para, "", *end, ""]))
        assert not kept.to_dict()["removed"], end


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("搜索此博客", "nav"),
        ("搜尋此網誌", "nav"),
        ("引註此篇文章", "share"),
        ("image placeholder", "nav"),
        ("round image on layout top", "nav"),
    ],
)
def test_search_boxes_citation_tools_and_image_placeholders(line, reason):
    found = classify_furniture(line)
    assert found is not None and found.reason == reason


@pytest.mark.parametrize(
    "line",
    [
        "他在网上搜索此博客的文章",
        "警方搜索网站服务器",
        "引注此篇文章的学者很多",
        "Photo by Xinhua",
        "A logo of the company on the top floor",
    ],
)
def test_prose_about_searching_citing_or_images_is_kept(line):
    assert classify_furniture(line) is None


# Round 7: foot furniture of a hosted blog, and a page's HTML source printed as text.
@pytest.mark.parametrize(
    "line",
    [
        "leave a comment »",
        "Leave a Reply",
        '<!doctype html> <!--[if lt IE 7]> <html class="no-js lt-ie9" lang=""> <![endif]-->',
        "<!-- 正文开始 -->",
    ],
)
def test_comment_links_and_markup_declarations_are_furniture(line):
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "I leave a comment on his blog every day, he said.",
        "网友留言说，<!DOCTYPE>这样的代码出现在正文里，说明页面模板出了问题。",
    ],
)
def test_prose_about_comments_or_markup_stays(line):
    assert classify_furniture(line) is None


# Round 8: template leaks (filters/furniture_leaks.py), removed anywhere on the page.
@pytest.mark.parametrize(
    "line",
    [
        "site_top_nav_02",
        "header_channel_list_3",
        "2023-05-02 1 3 南方日报 content_88123.html 2 城市新貌 /cmsproperty-->",
        "2021/7/9 12 4 晨报 node_4471.htm 5 7",
        "今天的分享就到这里,感谢阅读。",
        "本文到此分享完畢，希望對大家有所幫助。",
        "pagebreak",  # round 9: an editor's page-break marker
        "PageBreak",
        "<!--nextpage-->",
        "[page]",
        "<!--more-->",
    ],
)
def test_template_leaks_are_furniture(line):
    found = classify_furniture(line)
    assert found is not None and found.reason == "nav"


@pytest.mark.parametrize(
    "line",
    [
        "covid_19",  # two parts: a tag
        "详情请见官网公告页面 notice_2023.html，报名截止到本月底。",  # a sentence naming a file
        "感谢阅读本报的读者来信，我们会认真回复每一封来信。",  # a clause of its own
        "希望对大家有所帮助的是这本书。",
        "break",  # a word prose could print alone: only its wrapped marker counts
        "编辑在稿件中插入 pagebreak 标记，网页就会自动分页。",  # a sentence naming one
    ],
)
def test_lines_that_only_look_like_template_leaks_stay(line):
    assert classify_furniture(line) is None


def test_a_sign_off_and_a_record_row_at_the_foot_leave_the_body():
    paragraphs = [
        "昨天上午，全市首届读书节在市图书馆开幕，数千名市民走进会场，参加阅读分享、图书交换等活动。",
        "主办方介绍，本届读书节为期一个月，将在各区举办讲座、展览和亲子阅读等六十余场活动。",
    ]
    page = "\n\n".join(
        [
            "全市首届读书节开幕",
            *paragraphs,
            "今天的分享就到这里,感谢阅读。",
            "2023-05-02 1 3 南方日报 content_88123.html 2 城市新貌 /cmsproperty-->",
            "site_top_nav_02",
        ]
    )
    doc = clean(page + "\n")
    assert doc.body == paragraphs
    assert not doc.captions


def test_a_page_break_marker_between_paragraphs_leaves_the_body():
    paragraphs = [
        "昨天上午，全市首届读书节在市图书馆开幕，数千名市民走进会场，参加阅读分享、图书交换等活动。",
        "主办方介绍，本届读书节为期一个月，将在各区举办讲座、展览和亲子阅读等六十余场活动。",
    ]
    page = "\n\n".join(["全市首届读书节开幕", paragraphs[0], "pagebreak", paragraphs[1]])
    doc = clean(page + "\n")
    assert doc.body == paragraphs


# Round 10: furniture of sites never seen: a reader's tool row, a labelled row of search
# words, a download link naming a file's format (module docstring, "what these shapes share").
@pytest.mark.parametrize(
    "line",
    [
        "目录 索引 查找 书签",  # a help site's viewer buttons
        "目錄 索引 查找 書籤",
        "上一章 目录 下一章",
        "目录 | 帮助 | 书签",
        "熱門: 黃子佼 徐巧芯 地震",  # a portal's hot searches: names no vocabulary knows
        "熱搜: 颱風 股市 大谷翔平",
        "热门：两会 高考 天气预报",
        "标签：经济 | 民生 | 城市更新",
        "【熱門】: 颱風 地震",
        "Tags: 经济 民生",
        "大家都在搜：iPhone 15 台风",
        "下载PDF",  # a download link naming a format
        "下載Word",
        "下载附件",
        "PDF下载",
        "全文下载",
        "下载PDF 下载CAJ",
    ],
)
def test_rows_and_download_links_of_unseen_sites_are_furniture(line):
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "一、主要做法",  # a heading
        "主要做法",
        "二、查找问题 整改落实",
        "目录索引查找功能已于本月上线，读者可在书签栏中找到。",  # a one-line paragraph
        "出席会议的有：张三 李四 王五",  # names listed in a sentence: no label of ours
        "热门：这部剧为何在年轻观众中走红",  # a label before prose, not a row
        "热门：张三说 我们明天见面吧，好吗",
        "热门: 张三",  # one item is no row
        "热门景点 故宫 颐和园 长城",  # no colon: a list of places, not a labelled row
        "索引：见书后附录",
        "目录管理",
        "查找失主",
        "他下载了PDF文件。",
        "文章阅读量突破十万",
    ],
)
def test_short_real_lines_near_those_words_stay(line):
    assert classify_furniture(line) is None


def test_a_hot_search_row_and_a_download_link_leave_the_page():
    paragraphs = [
        "　　本报讯 昨天上午，全市首届读书节在市图书馆开幕，数千名市民走进会场，参加阅读分享。",
        "　　主办方介绍，本届读书节为期一个月，将在各区举办讲座、展览和亲子阅读等六十余场活动。",
    ]
    page = "\n\n".join(
        [
            "目录 索引 查找 书签",
            "熱門: 黃子佼 徐巧芯 地震",
            "全市首届读书节开幕",
            paragraphs[0],
            "下载PDF",
            paragraphs[1],
        ]
    )
    doc = clean(page + "\n")
    assert doc.title == "全市首届读书节开幕"
    assert doc.body == [p.strip("　") for p in paragraphs]


# Round 11: tool and navigation lines of sites never seen (module docstring, round 11):
# an archive heading, an image's stand-in, a search box, a zero comment counter, a link
# label closed by its medium, a breadcrumb with a trailing separator (the site's greeting
# and an image's alt text are the page head's: tests/test_page_head.py).
@pytest.mark.parametrize(
    "line",
    [
        "類別歸檔: 新聞",  # a WordPress theme's archive heading, one category
        "分类归档：体育",
        "标签归档: 台风",
        "Category Archives: 要闻",
        "No Picture",  # a theme's stand-in for a post without a picture
        "No Image",
        "no image available",
        "內文搜尋",  # a forum's search-in-thread box
        "站内搜索",
        "沒有留言:",  # Blogger's comment counter at zero
        "暂无评论",
        "沒有留言：",
        "📌完整訪談內容Podcast",  # a link label closed by its medium
        "完整訪談內容Podcast",
        "您的位置:首页>观察 >",  # a crumb trail, the trailing separator left
        "首页 > 国内 > 社会 >",
    ],
)
def test_tool_lines_of_round11_sites_are_furniture(line):
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "二、类别与归档",  # a heading
        "分类归档：这部电视剧为何在年轻观众中走红了呢",  # prose after the label
        "No picture of the suspect was released",  # an English sentence
        "Picture This",
        "他在首页搜索了这篇文章。",  # a sentence that mentions 首页 and 搜索
        "警方搜索失踪男孩",
        "全网搜索热度上升",
        "沒有留言的網友也表示支持",  # no counter: a clause goes on
        "完整訪談內容",  # no medium: a heading of the text
        "他接受了完整訪談",
        "欢迎来到互联网时代。",  # the web word does not end a site's name here
        "欢迎台湾同胞来大陆投资兴业 国台办：一视同仁",
        "他说：欢迎来到香港。",
    ],
)
def test_real_lines_near_round11_tool_words_stay(line):
    assert classify_furniture(line) is None


def test_round11_tool_lines_leave_the_page_and_the_article_stays():
    paragraphs = [
        "　　本报讯 昨天上午，全市首届读书节在市图书馆开幕，数千名市民走进会场，参加阅读分享。",
        "　　主办方介绍，本届读书节为期一个月，将在各区举办讲座、展览和亲子阅读等六十余场活动。",
    ]
    page = "\n\n".join(
        [
            "您的位置:首页>观察 >",
            "全市首届读书节开幕",
            paragraphs[0],
            "No Picture",
            paragraphs[1],
            "沒有留言:",
            "內文搜尋",
        ]
    )
    doc = clean(page + "\n")
    assert doc.title == "全市首届读书节开幕"
    assert doc.source != "首页"
    assert doc.body == [p.strip("　") for p in paragraphs]


@pytest.mark.parametrize(
    "line",
    ["搶先評論", "快来评论", "率先發表評論", "快來留言"],  # invented: urging word and comment tool
)
def test_an_urging_word_before_a_comment_tool_is_furniture(line):
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    ["谁来抢先评论？", "网友抢先评论新款手机", "抢先体验新功能", "市民快来参加活动"],
)
def test_a_headline_or_sentence_about_comments_or_firsts_is_content(line):
    assert classify_furniture(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "继续阅读 暴雨来袭 省会多地积水",
        "繼續瀏覽 颱風逼近 港府發出八號風球",
        "相关新闻 北京今日降温",
    ],
)
def test_a_lead_word_a_space_and_a_links_headline_is_furniture(line):
    assert classify_furniture(line) is not None  # invented: the link labelled by its story


@pytest.mark.parametrize(
    "line",
    [
        "继续阅读这本书让他受益匪浅。",
        "继续阅读 是一种好习惯，值得坚持。",
        "延伸阅读 他说：这是个好消息。",
    ],
)
def test_a_sentence_about_continuing_to_read_is_content(line):
    assert classify_furniture(line) is None


# Round 25: tool lines composed of interface pieces, not listed whole.
@pytest.mark.parametrize(
    "line",
    [
        # guangming.com.my (光明日報): the paywall under the teaser
        "立即注册 解锁全文",
        # CSDN's column paywall button, matched by a public userscript
        # (github.com/bencky1017/browserplugin, browserplugin.user.js)
        "订阅专栏 解锁全文",
        # a WeChat draft's share-to-unlock call, quoted by a public content scanner's test
        "分享到朋友圈解锁全文",
        # ccpst.com (Toronto): the back-to-top button at the page's end
        "Scroll to Top",
        "Skip to main content",  # WordPress themes' accessibility link
        # twgreatdaily.com: an advertisement slot's label, with a stop
        "廣告。",
        "Advertisement.",
        # soolun.net's paper-abstract pages: a label offering part of the paper
        "论文部分内容阅读",
    ],
)
def test_a_tool_line_composed_of_interface_pieces_is_furniture(line: str) -> None:
    assert classify_furniture(line) is not None
    page = f"标题在这里\n\n{line}\n\n第一段正文内容写在这里,内容足够长,不会被当作工具行。"
    document = clean(page)
    assert all(line not in paragraph for paragraph in document.body)


@pytest.mark.parametrize(
    "line",
    [
        # valser.org/thread-284-1-1.html: a sentence that mentions advertising
        "从毕业加入Google 开始做分布式机器学习,到后来转战腾讯广告业务,至今已经七年了。",
        # m.qnote.qq.com/read/1000772957/28: a book's heading about registration
        "4.3 前台会员注册设计与实现",
        "广告很多。",  # a one-line sentence about adverts says more than the label
        "他的论文部分内容阅读起来很难",  # reading as a verb of the sentence
        "发表论文",  # a list's heading: no tool acts on a paper here
        "Go to the store",
    ],
)
def test_a_line_mentioning_interface_words_is_no_tool_line(line: str) -> None:
    assert classify_furniture(line) is None


# Round 25: the link's text after a spaced lead word is a headline, whose comma is its own.
@pytest.mark.parametrize(
    "line",
    [
        # hkcitycreation.com's category page: 繼續閱讀 and the story's headline
        "繼續閱讀 葵廣小店請出獄同路人 店主:互相幫忙不怕蝕底 人應該要係咁",
        # the tuned row tool-continue-reading-then-title over a headline with a comma
        "繼續閱讀 铁路改道、高速取消,为东北虎“返乡”这些人操碎了心丨关注",
    ],
)
def test_a_spaced_lead_and_a_headline_with_a_comma_is_a_link(line: str) -> None:
    assert classify_furniture(line) is not None


# Round 26: a call to the reader, a call verb around an interface noun, read by coverage.
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("發送給朋友", "share"),  # asianews.it: the mail link above the headline
        ("发送给朋友", "share"),  # WeChat's share sheet label, as public templates print it
        ("返回上一级", "nav"),  # uic.edu.cn: the back link above a clipping's title
        ("2. 返回上一级", "nav"),  # a numbered console menu's item
        ("返回上一層", "nav"),
        ("說說你的看法", "share"),  # a comment box's placeholder left in the copy
        ("分享你的想法", "share"),
        # pixnet.net blog reposting a Yahoo!奇摩 story: the portal's fan-page call
        ("■ 歡迎到Yahoo!奇摩新聞粉絲團 說說你的看法", "share"),
        ("欢迎加入我们的粉丝团", "share"),
    ],
)
def test_calls_to_the_reader(line, reason):
    furniture = classify_furniture(line)
    assert furniture is not None and furniture.reason == reason


@pytest.mark.parametrize(
    "line",
    [
        "记者:能说说你的看法吗?",  # an interview's question
        "他向警方发送给朋友的短信截图",  # a sentence about sending
        "大家的看法不一",
        "歡迎讀者來信",  # a one-line paragraph inviting letters names no interface
        "他昨天到台北市政府官網查詢",
        "您浏览的页面失踪了, 请返回上一级页面吧",  # a sentence with its own clause
        # a post's own sentence inviting comments keeps its stop and its hashtag
        "今天和几位大牛聊了聊，欢迎在评论区说说你的看法。#AI科技热议#",
    ],
)
def test_sentences_about_calls_stay(line):
    assert classify_furniture(line) is None


# Round 26: an English menu label alone on a Chinese page.
@pytest.mark.parametrize(
    "line",
    ["Main Menu", "Primary Menu", "Toggle navigation", "Open Menu", "Main Navigation"],
)
def test_english_menu_labels(line):
    furniture = classify_furniture(line)
    assert furniture is not None and furniture.reason == "nav"


@pytest.mark.parametrize("line", ["The Menu", "Menu of the Day", "Menu", "Main Street"])
def test_english_titles_with_menu_words_stay(line):
    assert classify_furniture(line) is None


# Round 28: a wiki skin's lines.  The skip link is a jump verb and a part of the page
# (MediaWiki's Vector skin on zh-wiki.pages.dev, the eval row; VitePress's zh locale
# `skipToContentLabel: '跳转到内容'` in docs sites' configs; a React app's
# `<a className="skip-link">跳转到内容</a>`); the tagline and the conversion note are
# MediaWiki's fixed messages, which scrapers' own cleaners list as noise (GitHub code
# search: a Python extractor's `notice_markers` holding "维基百科，自由的百科全书" and
# "本页使用了标题或全文手工转换").
@pytest.mark.parametrize(
    "line",
    [
        "跳转到内容",
        "跳轉到內容",
        "跳转到搜索",
        "维基百科,自由的百科全书",
        "维基百科，自由的百科全书",
        "維基百科，自由的百科全書",
        "本页使用了标题或全文手工转换",
        "本頁使用了標題或全文手工轉換",
    ],
)
def test_wiki_skin_lines_are_furniture(line):
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "他点击链接后跳转到内容审核页面,发现账号已被封禁",  # a sentence with the verb
        "维基百科是自由的百科全书。",  # a sentence about the encyclopedia
        "维基百科,自由的百科全书,今年迎来中文版创立二十周年",  # the name in a report
    ],
)
def test_sentences_about_wikis_stay(line):
    assert classify_furniture(line) is None


# Round 28b: a language switcher's link, the language a modifier of the view tool as the
# device is (tuned eval page 017's mirror prints the first over its article).
@pytest.mark.parametrize("line", ["用其他语言查看这篇文章", "以其他語言閱讀", "用其它语言查看本文"])
def test_a_language_switcher_is_a_tool_phrase(line):
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line", ["他用其他语言查看这篇文章后发现错误", "以其他语言写作的作家越来越多"]
)
def test_a_sentence_about_other_languages_stays(line):
    assert classify_furniture(line) is None


# Round 29: a touch screen's gesture prompt, a direction, a swipe and what it does.  Real
# instances outside eval/ (public front-end templates' carousel tips): 左滑查看更多 (a
# ThinkPHP shop's <span class="tip"> over its swiper), 👈 左滑查看詳細推薦 (a LINE bot's
# flex message), 左滑查看下一張 and 右滑查看上一張 (a Taiwan flash-card app's manual);
# the eval row's 向左滑開始 (thestandolds.vercel.app).
@pytest.mark.parametrize(
    "line",
    [
        "向左滑開始",
        "左滑查看更多",
        "👈 左滑查看詳細推薦",
        "左滑查看下一張",
        "右滑查看上一張",
        "往左滑看下一張",
    ],
)
def test_a_gesture_prompt_is_furniture(line):
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "他向左滑了一下",  # prose: an aspect particle after the verb
        "经济下滑开始显现",  # a clause of news: the decline is no swipe
        "向左滑開始新生活",  # a slogan: its object is no page's
        "滑雪开始",  # a sport
        "比赛开始",  # a start with no tool verb
    ],
)
def test_swiping_and_starting_in_prose_stay(line):
    assert classify_furniture(line) is None


# Round 30: an image's stand-in left where the picture stood: a lone small letter (the
# empty link's text, panachina.com's eval row prints two) and a platform's unrendered image
# (raw-image).  A capital option letter, a lettered item and a short English line stay.
@pytest.mark.parametrize("line", ["a", "b", "raw-image", "Raw Image"])
def test_lone_letters_and_raw_image_stand_ins_are_furniture(line):
    found = classify_furniture(line)
    assert found is not None and found.reason == "nav"


@pytest.mark.parametrize("line", ["A", "B", "a. 申請人須年滿十八歲", "raw data", "I"])
def test_option_letters_and_lettered_items_stay(line):
    assert classify_furniture(line) is None


def test_lone_letters_between_paragraphs_leave_and_the_article_stays():
    paragraphs = [
        "　　本报讯 昨天上午，全市首届读书节在市图书馆开幕，数千名市民走进会场，参加阅读分享。",
        "　　主办方介绍，本届读书节为期一个月，将在各区举办讲座、展览和亲子阅读等六十余场活动。",
    ]
    page = "\n\n".join(["全市首届读书节开幕", paragraphs[0], "raw-image", paragraphs[1], "a", "a"])
    doc = clean(page + "\n")
    assert doc.body == [p.strip("　") for p in paragraphs]
    assert [r["reason"] for r in doc.to_dict()["removed"]] == ["nav"] * 3


# Round 30: a crumb trail read from its root to the page's headline, the headline as long
# as a headline is (craffts.com's eval row; jsk163.com/article/3584/ prints the two-segment
# form 首页>什么是半包什么是全包).  A sentence with arrows that opens with no root, or whose
# last part closes a clause, stays.
@pytest.mark.parametrize(
    "line",
    [
        "導航:首頁 > 源碼編譯 > 大運中國女足力剋日本隊 18年後再度奪冠",
        "首页 > 国内新闻 > 乒乓混团世界杯 中国队8:1辗压日本 11战全胜战绩实现3连冠",
        "网站首页 » 侨社 » 巴拿马华人社团举办2025年春节联欢晚会暨新春团拜活动",
    ],
)
def test_a_trail_from_the_root_to_the_headline_is_furniture(line):
    found = classify_furniture(line)
    assert found is not None and found.reason == "nav"


@pytest.mark.parametrize(
    "line",
    [
        "首页 > 新闻 > 这是一个很长的标题，说明了某件事情的来龙去脉。",
        "他说 > 我们 > 这是一个很长很长很长的句子里面有箭头的说法呢",
        "成本 > 收入 > 两年来公司持续亏损但管理层仍坚持扩大投资规模",
    ],
)
def test_arrows_in_prose_or_a_trail_ending_in_a_sentence_stay(line):
    assert classify_furniture(line) is None


# Round 30: a share button's feedback, its copy verb done and the clipboard it copied to
# (news.truereport.hk's eval row 已複製到剪貼簿!).  Real strings outside eval/, the toasts
# of public front-end code a page's text may keep: "链接已复制到剪贴板", "連結已複製到剪貼簿",
# "已複製到剪貼簿 ✓" (a share-result toast), "✅ 已复制到剪贴板", "座標已複製到剪貼簿".
@pytest.mark.parametrize(
    "line",
    [
        "已複製到剪貼簿!",
        "链接已复制到剪贴板",
        "連結已複製到剪貼簿",
        "已複製到剪貼簿 ✓",
        "✅ 已复制到剪贴板",
        "座標已複製到剪貼簿",
    ],
)
def test_a_copy_buttons_feedback_is_a_tool_line(line):
    found = classify_furniture(line)
    assert found is not None and found.reason == "share"


@pytest.mark.parametrize(
    "line",
    [
        "她把照片复制到剪贴板后发给了记者。",
        "他已复制到剪贴板的内容被删除了",
        "习近平已到达北京",
        "请勿复制到其他网站",
    ],
)
def test_sentences_about_copying_stay(line):
    assert classify_furniture(line) is None


# Round 30: a language switcher's links (jnocnews.co.jp's eval row 中国語 | 收藏本站, after
# OpenCC's simplification 中国语).  Real rows outside eval/: the language bars of public
# READMEs ("繁體中文 | 简体中文 | English", awesome-agentic-ai-zh's; "English | 繁體中文 |
# 简体中文 | 日本語" headers of bilingual docs).  A row with a word of its own (a table's
# column heads: Category, Total), or prose naming a language, stays.
@pytest.mark.parametrize(
    "line",
    [
        "中国语 | 收藏本站",
        "繁體中文 | 简体中文 | English",
        "日本語 | 한국어",
        "简体中文 | 繁體中文",
    ],
)
def test_a_language_switcher_is_navigation(line):
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # a data table's column heads in a public README (a Hong Kong law corpus's counts)
        "Category | English | 繁體中文 | 简体中文 | Total",
        "中文系学生举办朗诵会",
        "學中文 | 到台灣",
        "中文教育",
    ],
)
def test_lines_naming_languages_stay(line):
    assert classify_furniture(line) is None


# Round 31: a trail rooted at the site's home, parted by bars.  Real rows outside eval/:
# a CMS nav generator's docstring ("网站首页 | 新闻频道 | 下载频道 | …") and an extractor's
# test page (<nav>首页 | 新闻 | 登录</nav>); the round-31 copy site's two-item foot row.
@pytest.mark.parametrize(
    "line", ["网站首页 | 新闻频道 | 下载频道", "首页 | 新闻 | 登录", "首页   |   新闻头条"]
)
def test_a_bar_trail_from_the_home_page_goes(line: str) -> None:
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "| 首页 | 新闻页 |",  # a markdown table row of a README: no trail
        "新闻 | 新闻头条",  # not rooted at the home page
        "首页 | 他说这件事已经处理完毕,请大家放心",  # a long item: prose
    ],
)
def test_bar_rows_not_rooted_at_home_stay(line: str) -> None:
    assert classify_furniture(line) is None


# Round 32: the site builder Wix prints its two skip anchors as text on every site it hosts
# (guochenipt.com's post foot: bottom of page after the counters).
@pytest.mark.parametrize("line", ["top of page", "bottom of page"])
def test_a_builders_skip_anchor_is_furniture(line: str) -> None:
    assert classify_furniture(line) is not None


def test_a_sentence_about_the_bottom_of_a_page_stays() -> None:
    assert classify_furniture("The bottom of page 12 was torn.") is None


# Round 34: QR hints under a story, to read it on the phone and to follow an account.
@pytest.mark.parametrize(
    "line",
    ["扫描本文章到手机浏览", "掃描本文章到手機瀏覽", "扫描关注某某日报官方微信", "扫码关注微信"],
)
def test_qr_hints_to_the_phone_and_to_an_account_are_tool_lines(line: str) -> None:
    assert classify_furniture(line) is not None
    assert furniture_coverage(line)[0] >= 0.75


@pytest.mark.parametrize(
    "line", ["他说到手机浏览新闻已成为习惯", "市民可扫描关注官方微信了解办理进度和所需材料"]
)
def test_prose_about_phones_and_wechat_stays(line: str) -> None:
    assert classify_furniture(line) is None


# Round 35 probe: xinhuanet's share and tool row, one link a line on its mirrors
# (http://www.zhongyishudian.com/world/2018-05/21/c_1122865661.htm: 微博 / Qzone / 评论 /
# 图集 over the article, +1 under it).
@pytest.mark.parametrize("line", ["Qzone", "圖集", "图集", "+1"])
def test_a_template_tool_row_is_share_furniture(line):
    furniture = classify_furniture(line)
    assert furniture is not None and furniture.reason == "share"


@pytest.mark.parametrize("line", ["+1.5%", "图集中的照片摄于1958年。", "+10"])
def test_words_beside_the_tools_are_not_tools(line):
    assert classify_furniture(line) is None


# Round 35: a share hint telling the reader to use the browser's own tool (a share sheet's
# buttons lost, its instruction left), and the same words in a sentence or a headline.
@pytest.mark.parametrize("line", ["请使用浏览器分享功能进行分享", "請使用瀏覽器分享功能進行分享"])
def test_a_hint_to_share_with_the_browser_is_a_tool_line(line: str) -> None:
    furniture = classify_furniture(line)
    assert furniture is not None and furniture.reason == "share"


@pytest.mark.parametrize(
    "line", ["如何使用浏览器分享功能", "他使用浏览器分享功能进行分享", "请使用身份证进行登记"]
)
def test_using_a_tool_in_a_sentence_or_a_how_to_headline_stays(line: str) -> None:
    assert classify_furniture(line) is None


# Round 36: Discuz!'s fixed strings and a county site's admin link, real lines of the
# round-36 harvest (huarenjie.com, mqwsgw.com, epaper.wifizs.cn).
@pytest.mark.parametrize(
    "line", ["使用道具 举报", "本版积分规则 发表回复 回帖后跳转到最后一页", "[后台管理]", "字数"]
)
def test_forum_and_admin_strings_are_furniture(line):
    assert classify_furniture(line) is not None


def test_no_harvested_real_line_is_furniture_alone():
    # tests/data/harvest/furniture.tsv: 87 real short lines (headings, list items, one-line
    # paragraphs, captions, lines naming APP or 二维码 as news) read beside the furniture.
    rows = [line.split("\t") for line in data_lines("harvest/furniture.tsv")]
    kept = [row[1] for row in rows if row[2] == "kept"]
    assert len(kept) > 80
    assert [line for line in kept if classify_furniture(line) is not None] == []


# Round 36 (furniture_menu): the site's own host as a menu item (huarenjie.com's Discuz!
# foot) and a directory of places (a mirror's link farm of county sites, i9_lvznc_com.gu5l.xyz).
@pytest.mark.parametrize(
    "line",
    [
        "|Archiver|手机版|华人街 huarenjie.com",
        "克东县 | 农安县 | 乌审旗 | 淮安市 | 伊金霍洛旗 | 荥阳市 |",
        "怀安县 | 醴陵市 | 利津县 | 磐石市 | 郁南县 | 鸡东县 |",
    ],
)
def test_a_hosts_link_and_a_directory_of_places_are_menus(line):
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "北京市 上海市 天津市 重庆市 广州市",  # places parted by spaces: a table's row
        "克东县、农安县、乌审旗、淮安市、荥阳市等地",  # places in a sentence
        "张三 | 李四 | 王五 | example.com",
    ],
)
def test_places_and_names_in_prose_or_a_table_stay(line):
    assert classify_furniture(line) is None


# Round 36 (second wave): a reading lead glued to a headline; a picture's source label with
# an address alone; an e-paper's issue navigation; a back-to-top button's label alone.
@pytest.mark.parametrize(
    "line",
    [
        "继续阅读华人在加拿大遭遇的日常歧视 – 多伦多亲历仇恨犯罪",
        "繼續閱讀香港第二場施政報告地區諮詢會下午舉行 李家超及多名司局長出席",
        "延伸阅读暴雨蓝色预警发布 市民需注意防范",
        "图片源于:https://english.news.cn/20240525/23b25768f22341a9a5d3cbec705375fa/c.html",
        "圖片來源：www.example.com.tw/photo/123",
        "本期导航 往期回顾 上一期 下一期",
        "顶部",
    ],
)
def test_round36_tool_lines_are_furniture(line):
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "继续阅读的人越来越少",  # 的: the lead is a sentence's verb
        "继续阅读经典,才能提高素养",  # a clause mark: a sentence
        "延伸阅读材料",  # too short for a headline
        "图片来源:新华社",  # a credit naming an agency: the captions' reader decides
        "下期预告 本期看点",
    ],
)
def test_round36_lines_like_tool_lines_stay(line):
    assert classify_furniture(line) is None


@pytest.mark.parametrize("line", ["微信公眾號", "微信服务号", "微信订阅号", "THE END", "The End"])
def test_round37_account_kinds_and_the_end_mark_are_furniture(line):
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "该市开通微信公众号，市民可在线办理社保业务。",
        "微信公众号运营者须实名认证",
        "THE END OF AN ERA",
        "The End of History",
    ],
)
def test_round37_lines_naming_an_account_or_an_end_stay(line):
    assert classify_furniture(line) is None


@pytest.mark.parametrize("line", ["- 最新图文", "— 熱門圖文", "| 医院简介| 联系方式| 在线留言|"])
def test_round37_font_label_block_titles_and_foot_bars_are_furniture(line):
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line", ["- 最新进展", "— 记某某同志", "联系方式", "汉字", "- 一、主要做法", "字"]
)
def test_round37_dash_led_headings_and_a_notice_heading_stay(line):
    assert classify_furniture(line) is None


@pytest.mark.parametrize("line", ["【更改字体样式: 】", "更改字體樣式:", "[字号：]", "【字号: 】"])
def test_round37_the_font_style_label_alone_is_furniture(line):
    assert classify_furniture(line) is not None


# Round 42: the linked headline may hold its own exclamation or question mark, more of the
# headline after it; a sentence closed by its mark after the lead word stays.
def test_a_spaced_lead_and_a_headline_with_an_exclamation_inside_is_a_link() -> None:
    # eval row tool-continue-reading-then-title over the headline of
    # https://knews.com.tw/search/停班課 (天兔颱風逼近!…)
    line = "繼續閱讀 天兔颱風逼近!高雄桃源3里下午停班課 台東「這路段」封閉通行"
    assert classify_furniture(line) is not None


@pytest.mark.parametrize("line", ["继续阅读 真好!", "继续阅读 是一种好习惯，值得坚持！"])
def test_a_lead_word_before_an_exclamation_closing_the_line_is_content(line: str) -> None:
    assert classify_furniture(line) is None  # invented: the mark ends a sentence


# Round 47: 上一页:/下一页: before the neighbour stories' titles, cut with two dots, one line
# (http://www.yqnews.net/cms/show-70782.html); the same lead in a news template's pre-next
# block prints one title a line.
PREV_NEXT_PAGE = (
    "上一页:闻集镇党委副书记、镇长王杰带队开展校园食品安全.. "
    "下一页:宁老庄镇举办2024年度党校春季镇村干部培训班..",
    "上一页:闻集镇党委副书记、镇长王杰带队开展校园食品安全..",
)


@pytest.mark.parametrize("line", PREV_NEXT_PAGE)
def test_a_page_lead_before_a_title_is_the_pager(line: str) -> None:
    assert classify_furniture(line) is not None


def test_a_sentence_about_the_previous_page_stays() -> None:
    # a sentence naming the page word (no colon after it) is the article's
    assert classify_furniture("上一页提到的那位老人，如今已经搬进了新居。") is None


# Round 47: the tip button alone on its line (赞赏 under the story of
# http://www.jiangmenzx.com/jmsls/1638.html); the word in a sentence stays.
@pytest.mark.parametrize("line", ["赞赏", "讚賞", "打赏"])
def test_the_tip_button_alone_is_a_share_tool(line: str) -> None:
    assert classify_furniture(line) is not None


@pytest.mark.parametrize("line", ["他的表现赢得了观众的赞赏。", "值得赞赏"])
def test_praise_in_the_article_stays(line: str) -> None:
    assert classify_furniture(line) is None

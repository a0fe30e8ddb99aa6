"""A term glued with no separator before a headline (``spam_glue_term``), on the headline
and paragraphs of tests/test_spam_glued.py (新华社, 2 February 2024)."""

from __future__ import annotations

from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_glue_term import (
    OwnPage,
    glued_term,
    glued_term_spam,
    may_cut_glue,
    own_term,
)
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

HEADLINE = "外国驻华记者新年招待会在京举行"
PARAS = [
    "  新华社北京2月3日电,外交部2024年外国驻华记者新年招待会2日晚在北京举行。",
    "  外国驻华记者及外国驻华使节出席招待会,气氛热烈。记者们纷纷表示,新年招待会办得很好。",
]
SPAM = SpamVerdict(True, 3.0, ("色站",), 1)


def _article(head: str, hijacked: bool):  # type: ignore[no-untyped-def]
    page = [head, "免费色站 在线成人影院" if hijacked else "", *PARAS]
    verdicts = [NOT_SPAM, SPAM if hijacked else NOT_SPAM, *[NOT_SPAM] * len(PARAS)]
    return Article(page, verdicts).without(0)


def test_the_stretch_before_the_first_echoed_pair_is_the_glued_term():
    article = _article(f"1280杏吧{HEADLINE}", hijacked=True)
    assert glued_term(f"1280杏吧{HEADLINE}", article) == "1280杏吧"


def test_a_query_word_between_the_term_and_the_headline_goes_with_the_term():
    # the article uses 大 and 全 (never together) and 新, 春: trimmed to its unused letters,
    # the stretch keeps 大全, a search's query noun (the farm's one search), not 新春
    paras = [*PARAS, "  大家表示,全年工作成绩很好,新的一年春意盎然。"]

    def article(line: str) -> Elsewhere:
        page = [line, "免费色站 在线成人影院", *paras]
        return Article(page, [NOT_SPAM, SPAM, *[NOT_SPAM] * len(paras)]).without(0)

    line = f"网投大全{HEADLINE}"
    assert glued_term(line, article(line)) == "网投大全"
    line = f"网投新春{HEADLINE}"
    assert glued_term(line, article(line)) == "网投"


def test_a_marked_term_goes_an_unknown_opening_stays():
    assert glued_term_spam("1280杏吧", "1280杏吧", HEADLINE, _article(HEADLINE, True))
    assert not glued_term_spam("六旬男子", "六旬男子", HEADLINE, _article(HEADLINE, True))


# Round 32, the page's own term: what the hijacker prints elsewhere on the page.
SPAM_LINES = ["第1 免費激情網色站導航", "第4 性色社區大陸免費黃站"]


def _own(head: str, others: list[str], spam: list[str] = SPAM_LINES):  # type: ignore[no-untyped-def]
    page = [*others, *spam, head, *PARAS]
    verdicts = [NOT_SPAM] * len(others) + [SPAM] * len(spam) + [NOT_SPAM] * (1 + len(PARAS))
    return Article(page, verdicts).without(len(others) + len(spam))


def test_a_term_the_spam_lines_open_and_end_is_the_pages_own():
    # 大陸 and 導航 are printed by the spam lines, never by the article: the term ends at
    # 導航, and 頭綁 (unechoed, but no spam line prints it) stays with the headline
    head = f"大陸黃網導航頭綁{HEADLINE}"
    assert own_term(head, _own(head, [])) == "大陸黃網導航"


def test_a_term_printed_as_another_head_lines_first_piece_is_the_pages_own():
    head = f"天天干綜合{HEADLINE}"
    assert own_term(head, _own(head, ["天天干綜合 - -(中国)互动百科"])) == "天天干綜合"


def test_without_spam_elsewhere_or_with_the_article_words_nothing_is_the_pages_own():
    head = f"天天干綜合{HEADLINE}"
    page = ["天天干綜合 - -(中国)互动百科", head, *PARAS]
    assert own_term(head, Article(page, [NOT_SPAM] * len(page)).without(1)) == ""
    # the headline opens with the article's words (外国驻华): nothing before them to cut
    assert own_term(HEADLINE, _own(HEADLINE, ["外国驻华 - 新闻"])) == ""


def test_a_short_word_or_a_term_split_mid_word_stays():
    # 大陆 alone (a two-letter subject, 大陆游客…) is no term of the page's
    head = f"大陸{HEADLINE}"
    assert own_term(head, _own(head, [])) == ""
    # the article prints 推广, the spam line 奢侈品推广 whole: 奢侈品推 before 广… is a word
    # split (tests/data/spam_heldout_hijacked_titles.txt, ArslanTimur/Chinese-Blacklist-By-Title)
    line = "奢侈品推广技术█谷歌推广认证seo8.vip█u5Nf"
    spam = ["google奢侈品推广方式｛谷歌推广认证seo8.vip｝"]
    assert own_term(line, _own(line, ["推特营销的推广步骤是什么"], spam)) == ""


def test_one_reading_of_the_page_answers_every_head_line_as_a_fresh_one_does():
    # round 33: the page's part of own_term is read once (OwnPage) for all its head lines
    heads = [f"天天干綜合{HEADLINE}", "天天干綜合 - -(中国)互动百科", f"大陸黃網導航頭綁{HEADLINE}"]
    page = [*heads, *SPAM_LINES, *PARAS]
    verdicts = [NOT_SPAM] * len(heads) + [SPAM] * len(SPAM_LINES) + [NOT_SPAM] * len(PARAS)
    article = Article(page, verdicts)
    shared = OwnPage(article)
    for k, head in enumerate(heads):
        fresh = own_term(head, article.without(k))
        assert own_term(head, article.without(k), shared) == fresh
    assert own_term(heads[0], article.without(0), shared) == "天天干綜合"
    assert own_term(heads[2], article.without(2), shared) == "大陸黃網導航"


# Round 34: the gate spam_glued asks of a headline of one piece before reading its echoes.
def test_a_one_piece_headline_is_read_on_only_when_a_glued_term_may_go():
    glued = f"1280杏吧{HEADLINE}"
    hijacked = _article(glued, hijacked=True)
    assert may_cut_glue(glued, hijacked, OwnPage(hijacked.article), None)
    # "六旬男子" is glued the same way but no vocabulary knows it, and no spam line prints it
    plain = _article(f"六旬男子{HEADLINE}", hijacked=False)
    assert glued_term(f"六旬男子{HEADLINE}", plain) == "六旬男子"
    assert not may_cut_glue(f"六旬男子{HEADLINE}", plain, OwnPage(plain.article), None)


def test_a_place_closing_the_glued_stretch_is_the_headlines():
    # https://www.fonfmedia.com/2022/08/27/ (香港第二場施政報告地區諮詢會下午舉行 李家超及
    # 多名司局長出席: the headline opens with its place, which the two paragraphs never
    # print again); the gambling brand glued before it as the round-47 held-out variant
    # spam-gambling-brand-in-place-of-subject-glued-before-headline-hijacked-college-news
    # glues 开云(中国)官方 (https://mar-hunt.com/kyguanwangmanbetx/info/1813/62963.htm)
    paras = [
        "行政长官李家超将于今日(27日)下午在南区举行第二场施政报告咨询会。他今日在社交网页表示,"
        "会与四位司长、副司长及八位局长一同出席。",
        "行政长官李家超将于10月19日公布上任后首份施政报告。继上周六在荃湾举行地区咨询会后,"
        "新一场施政报告地区咨询会将于今日举行。",
    ]
    head = "云顶棋牌香港第二场施政报告地区咨询会下午举行"
    article = Article([head, *paras], [NOT_SPAM] * 3).without(0)
    assert glued_term(head, article) == "云顶棋牌"
    # a 台南 story's headline behind the same kind of brand (the round-47 tuned draw's
    # 台南木瓜台风过后大缺货 story, 中国时报): the place stays the headline's
    head = "云顶棋牌台南木瓜台风过后大缺货"
    paras = ["受台风影响,目前正值产期的网室木瓜严重缺货,玉井果菜市场12日到货量仅3266公斤。"]
    article = Article([head, *paras], [NOT_SPAM] * 2).without(0)
    assert glued_term(head, article) == "云顶棋牌"


def test_a_stretch_that_is_a_place_with_one_letter_before_it_is_read_as_before():
    # fewer than two letters of term before the place: the stretch is not split there
    # (the headline and paragraphs of the test above)
    article = _article(f"杏香港{HEADLINE}", hijacked=True)
    assert glued_term(f"杏香港{HEADLINE}", article) == "杏香港"


# Round 47: an unknown term glued before a headline the hijacked page prints again without
# it, as its crumb's last step.  點新聞's 點聞1分鐘 item (https://www.dotdotnews.com/hkopinion),
# under a hijack template's keyword line and a crumb (當前位置: 首頁 > … > headline).
RAIN = "點聞1分鐘|天文台三發紅雨警告 打工仔雨中狼狽返工"
RAIN_PARAS = [
    "受熱帶氣旋「丹娜絲」的殘餘與活躍西南季候風影響,本港有大驟雨及狂風雷暴。由於雨勢多變,"
    "天文台自昨晚11時45分至今日(10日)中午12時40分,三度發出紅雨警告。",
    "暴雨中,打工仔無懼狂風暴雨返工。趕巴士趕地鐵的同時,又擔心衣物被暴雨淋濕。",
]
CRUMB = f"當前位置: 首頁 > 新聞頻道 > 行業資訊 > {RAIN}"


def _rain(head: str, crumb: str, hijacked: bool) -> Elsewhere:
    page = [head, "18dy電影_利贏彩票_博貝娛樂" if hijacked else "", crumb, *RAIN_PARAS]
    verdicts = [NOT_SPAM, SPAM if hijacked else NOT_SPAM, *[NOT_SPAM] * (1 + len(RAIN_PARAS))]
    return Article(page, verdicts).without(0)


def test_an_unknown_term_before_a_headline_the_crumb_prints_without_it_goes() -> None:
    article = _rain(f"刷錢冲{RAIN}", CRUMB, hijacked=True)
    assert glued_term(f"刷錢冲{RAIN}", article) == "刷錢冲"
    assert glued_term_spam("刷錢冲", "刷钱冲", RAIN, article)


def test_the_unknown_term_stays_without_the_hijack_or_the_copy() -> None:
    assert not glued_term_spam("刷錢冲", "刷钱冲", RAIN, _rain(f"刷錢冲{RAIN}", CRUMB, False))
    # the crumb carries the stretch too: the page's own words
    crumb = f"當前位置: 首頁 > 刷錢冲{RAIN}"
    assert not glued_term_spam("刷錢冲", "刷钱冲", RAIN, _rain(f"刷錢冲{RAIN}", crumb, True))
    # no copy: nothing says where the headline begins
    assert not glued_term_spam("刷錢冲", "刷钱冲", RAIN, _rain(f"刷錢冲{RAIN}", "首頁", True))

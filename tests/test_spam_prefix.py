"""Spam terms before the headline, peeled term by term (filters/spam_prefix.py): a stack of
spaced keywords named nowhere else on the page, a strong or marked term glued to the
headline's first word.  The shapes were seen on hijacked pages (eval/variants/spam.json);
the unknown terms here are written for the test and are in neither lexicon."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_prefix import candidates
from newsclean.filters.spam_verdict import NOT_SPAM

TITLE = "省会今天下午到夜间将有强降雨 市民出行注意安全"
PARA_1 = "  最近，阴雨天气一直“赖”在省会不舍得离开。昨天，记者从市气象台了解到，今明两天有雨。"
PARA_2 = "  根据最新气象信息，今天和明天，省会预计会有大雨，局部地区暴雨，个别地点可达到大暴雨。"
PARA_3 = "  气象台提醒，北京方向的航班可能延误，请旅客关注航空公司的通知，注意出行安全。"
QUOTED = "“暴雨红色预警”发布 省会今天下午到夜间将有强降雨"
PARA_Q = "  市气象台今天发布暴雨红色预警，提醒市民注意出行安全。"


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _cut(doc):
    record = next(r for r in doc.lines if r.placement == "title")
    return [ev for ev in record.evidence if ev.filter == "spam" and ev.action == "cut"]


@pytest.mark.parametrize(
    "stack",
    [
        "夜夜撸吧 抢钱包 ",  # two unknown keywords, spaced
        "蓝月传奇 抢钱包 ",
        "澳门赌场仿真手枪 抢钱包 ",  # a strong compound longer than a bare term
        "夜夜撸吧 抢钱包 蓝月传奇 抢钱包 ",  # a list with a term repeated
    ],
)
def test_a_stack_of_foreign_keywords_is_peeled_without_other_spam(stack):
    doc = clean(_page(stack + TITLE, PARA_1, PARA_2))
    assert doc.title == TITLE
    cut = _cut(doc)
    assert len(cut) == 1 and cut[0].detail.startswith(stack.strip())
    assert doc.removed == []  # the line stays: only its prefix is cut


def test_a_stack_before_a_quoted_headline_is_peeled():
    doc = clean(_page("夜夜撸吧 抢钱包 " + QUOTED, PARA_Q, PARA_1, PARA_2))
    assert doc.title == QUOTED


@pytest.mark.parametrize("glued", ["免费色站", "澳门赌场", "在线棋牌"])
def test_a_known_term_glued_to_the_headline_is_peeled(glued):
    doc = clean(_page(glued + TITLE, PARA_1, PARA_2))
    assert doc.title == TITLE
    assert _cut(doc)[0].detail.startswith(glued)


def test_an_unknown_term_glued_to_the_headline_stays_without_other_spam():
    # no vocabulary: nothing tells it from the headline's first words
    line = "夜夜撸吧" + TITLE
    assert clean(_page(line, PARA_1, PARA_2)).title == line


@pytest.mark.parametrize(
    "headline",
    [
        "北京 上海 今天下午到夜间将有强降雨",  # places the article names
        "快讯 独家 省会今天下午到夜间将有强降雨",  # column tags
        "习近平 在省会考察防汛工作时强调注意安全",  # a person the article names
        "《卫报》 省会今天下午到夜间将有强降雨",  # a title in its marks: no keyword
        "暖心 省会今天下午到夜间将有强降雨",  # one word the article does not repeat
        "暖心一幕 省会今天下午到夜间将有强降雨",
        "气象台发布暴雨预警 省会今天下午到夜间将有强降雨",  # the headline's own first part
        "暖心省会今天下午到夜间将有强降雨",  # glued, no vocabulary
    ],
)
def test_the_opening_words_of_a_real_headline_stay(headline):
    para = "  习近平指出，防汛工作关系人民群众生命财产安全，北京、上海要压实责任。"
    doc = clean(_page(headline, PARA_1, PARA_2, PARA_3, para))
    assert doc.title == headline


def test_a_stack_before_a_line_that_is_no_headline_stays():
    # the rest speaks of nothing in the article: not the headline
    line = "夜夜撸吧 抢钱包 选择城市多伦多温哥华"
    doc = clean(_page(line, TITLE, PARA_1, PARA_2))
    record = next(r for r in doc.lines if r.original == line)
    assert not [ev for ev in record.evidence if ev.action == "cut"]


def test_the_candidates():
    page = ["夜夜撸吧 抢钱包 " + TITLE, PARA_1, PARA_2, PARA_3]
    spaced = candidates(page[0], _head(page))
    assert spaced == (["夜夜撸吧", "抢钱包"], None)  # no vocabulary: no glued term
    assert candidates("省会的 今天下午到夜间将有强降雨", _head([]))[0] == []  # 的
    assert candidates("夜夜撸吧 天晴", _head([]))[0] == []  # too short a headline
    page = ["免费色站" + TITLE, "  今天下午省会将有强降雨。"]
    assert candidates(page[0], _head(page)) == ([], "免费色站")  # 今天 is the article's
    page = ["大型黄站国新办副主任看望报道组成员", "  国务院新闻办公室副主任看望报道组。"]
    doc = clean(_page(*page, PARA_1))
    assert doc.title == "国新办副主任看望报道组成员"  # the vocabulary ends at 黄站


def _head(page: list[str]) -> Elsewhere:
    """The article of ``page`` (no line judged spam) as its first line asks about it."""
    return Article(page, [NOT_SPAM] * len(page)).without(0)


def test_a_long_line_does_not_hang():
    line = "夜夜撸吧 " * 200_000 + TITLE
    assert len(candidates(line, _head([]))[0]) <= 6


@pytest.mark.parametrize(
    "stack",
    [
        "夜夜撸吧 抢钱包 hotsex代开发票 抢钱包 ",  # a keyword list: the line filter's spam
        "迷奸水 【午夜成人】",  # a term, then a frame glued to the headline
    ],
)
def test_a_head_line_judged_spam_whole_keeps_its_headline(stack):
    lede = "  市气象台预计，省会今天下午到夜间将有强降雨，提醒市民出行注意安全。"
    doc = clean(_page(stack + TITLE, lede, PARA_1, PARA_2))
    assert doc.title == TITLE
    assert doc.removed == []


def test_a_keyword_list_judged_spam_stays_spam():
    # its tail speaks of nothing in the article: no headline is left
    line = "夜夜撸吧 抢钱包 hotsex代开发票 澳门赌场在线 代开发票 今天下午"
    doc = clean(_page(line, TITLE, PARA_1, PARA_2))
    assert [r.reason for r in doc.removed] == ["spam"]
    assert doc.title == TITLE


def test_a_term_with_digits_is_foreign_though_the_article_prints_dates():
    # round 15: the digit pairs of 118彩票 (11, 18) are in any date; a number is no name
    para = "  11月18日下午,记者从市气象台了解到,今明两天有雨。气象台提醒注意安全。"
    doc = clean(_page("188彩票 夜夜撸吧 " + TITLE, para, PARA_1, PARA_2))
    assert doc.title == TITLE
    assert _cut(doc)[0].detail.startswith("188彩票 夜夜撸吧")


@pytest.mark.parametrize("lead", ["2024 ", "11 18 ", "5G网络 "])
def test_a_number_or_a_term_the_article_names_before_the_headline_stays(lead):
    para = "  11月18日下午,记者从市气象台了解到,5G网络保障今明两天的雨情通报。"
    doc = clean(_page(lead + TITLE, para, PARA_1, PARA_2))
    assert doc.title == lead + TITLE


# Round 29: a mirror's glosses on the headline are left out when it is read, and the cut is
# taken off the printed line; a headline may open with its own year.


def _head_cuts(page: list[str]):
    from newsclean.filters.spam_frames import head_cuts

    return head_cuts(page, [NOT_SPAM] * len(page))


def test_a_stack_before_a_glossed_headline_opening_with_a_year_is_peeled():
    # the shape of a mirror page's head (a stack of two keywords, then the headline glossed
    # character by character, 2025年終回(huí )顧(gù )…, seen on a traditional mirror)
    line = "夜夜撸吧 抢钱包 2025年終回(huí)顧(gù):省会今明两天有大(dà)雨"
    cuts = _head_cuts([line, PARA_1, PARA_2])
    assert cuts[0].cut == "夜夜撸吧 抢钱包"
    assert cuts[0].rest == "2025年終回(huí)顧(gù):省会今明两天有大(dà)雨"


def test_a_glossed_headline_opening_with_the_articles_word_is_not_peeled():
    line = "气象台 2025年終回(huí)顧(gù):省会今明两天有大(dà)雨"
    assert _head_cuts([line, PARA_1, PARA_2, PARA_3]) == {}


def test_a_year_alone_before_the_headline_is_no_headline_start():
    # a number glued to a Han character opens a headline; a bare number does not
    from newsclean.filters.spam_prefix import _headline

    assert _headline("2025年终回顾:省会今明两天有大雨")
    assert not _headline("2025 年终回顾:省会今明两天有大雨")


def test_a_stack_joined_by_a_hyphen_is_peeled():
    # two keywords joined by a hyphen, then a space before the headline (a hijacked page's
    # head: 卖号-亚洲无码 金秋田头看农事 丰收村里话丰收, keywords written for the test)
    cuts = _head_cuts(["夜夜撸吧-抢钱包 " + TITLE, PARA_1, PARA_2])
    assert cuts[0].cut == "夜夜撸吧-抢钱包"
    assert cuts[0].rest == TITLE


def test_a_hyphened_opening_the_article_names_stays():
    # a real headline's hyphened subject (中国-东盟), named by its article: no keyword stack
    head = "中国-东盟 博览会今天开幕"
    para = "  第二十届中国-东盟博览会今天在南宁开幕,东盟十国均派团参展。博览会为期五天。"
    assert _head_cuts([head, para, PARA_1]) == {}


def test_a_term_before_a_hyphen_and_the_headline_is_not_this_readings():
    # one term, a hyphen, then the headline: a dash before the headline is spam_glued's
    # reading (vocabulary only), not a stack's
    assert _head_cuts(["夜夜撸吧-" + TITLE, PARA_1, PARA_2]) == {}


def _hijacked_cuts(page: list[str]):
    from newsclean.filters.spam_frames import head_cuts
    from newsclean.filters.spam_verdict import SpamVerdict

    spam = SpamVerdict(True, 9.0, ("色站",), 4)
    return head_cuts(page, [spam] + [NOT_SPAM] * (len(page) - 1))


def test_a_term_glued_up_to_a_bracketed_headline_goes_whole():
    # a hijacked page's head (在線播放冲【劏房衞生成疫下隱憂 露宿者寧露宿街頭】): the term and
    # the template's 冲 are glued up to the bracket that opens the headline
    head = "【省会今天下午到夜间将有强降雨】"
    cuts = _hijacked_cuts(["色站导航 午夜激情 成人影院", "在线播放冲" + head, PARA_1, PARA_2])
    assert cuts[1].cut == "在线播放冲"
    assert cuts[1].rest == head


def test_the_articles_word_before_a_bracketed_headline_stays():
    # the word before the bracket is the article's subject (气象台 is printed in PARA_3)
    head = "【省会今天下午到夜间将有强降雨】"
    cuts = _hijacked_cuts(["色站导航 午夜激情 成人影院", "气象台" + head, PARA_1, PARA_3])
    assert 1 not in cuts


# Round 32: the page prints its headline again (a farm's "范文第1篇" line over the copy, eval
# page 108's shape), and that line shows where the headline begins: a character glued
# between the vocabulary and the headline goes with the term.  The article is real text:
# 北京青年报 2010-08-19, as mirrored (glossed) on
# http://www.jiuxingjy.com/ty/2010/08-19/2476365.shtml and, unglossed, on
# http://m.xieliaobaba.com/ty/2010/09-17/2538460.shtml's site family.
REFEREES = "警方頻訪中超中甲俱樂部"
REFEREE_PARAS = (
    "  最近一段時間,遼寧警方頻頻造訪一些中超和中甲俱樂部,通過這些俱樂部的往來賬目收集證據。",
    "  據了解,此次警方到各俱樂部的取證工作指向都非常明確,他們在要求俱樂部的財務人員提供相關賬目時,"
    "都會相當明確地要求提供具體的時間和具體經手人。",
)
FARM_LIST = "色色連|路易斯娛樂|開心丁香五月|亞洲黃站|一手盾卡|久青草原|六合研究院|三極試看片"


def _glued_cut(doc) -> str:
    record = next(r for r in doc.lines if r.placement == "title")
    cuts = [ev.detail for ev in record.evidence if ev.filter == "spam" and ev.action == "cut"]
    return cuts[0].split(":")[0] if cuts else ""


def test_a_character_glued_before_the_headline_printed_again_goes_with_the_term() -> None:
    # 據 is a character the article uses (據了解): only the repeat tells it is glued
    page = _page(FARM_LIST, f"{REFEREES}范文第1篇", f"1980娛樂據{REFEREES}", *REFEREE_PARAS)
    doc = clean(page, convert="t2s")
    assert doc.title == "警方频访中超中甲俱乐部"
    assert _glued_cut(doc) == "1980娛樂據"


def test_without_the_headline_printed_again_the_character_stays() -> None:
    page = _page(FARM_LIST, f"1980娛樂據{REFEREES}", *REFEREE_PARAS)
    doc = clean(page, convert="t2s")
    assert doc.title.endswith("据警方频访中超中甲俱乐部")


def test_a_headline_printed_again_from_the_term_end_takes_nothing_more() -> None:
    page = _page(FARM_LIST, f"{REFEREES}范文第1篇", f"1980娛樂{REFEREES}", *REFEREE_PARAS)
    doc = clean(page, convert="t2s")
    assert doc.title == "警方频访中超中甲俱乐部"
    assert _glued_cut(doc) == "1980娛樂"


def test_a_notice_opening_with_the_sites_name_for_itself_keeps_it():
    # 本網站 is a notice's word (the site naming itself) and a keyword's 网站: a glued
    # term that takes it is no spam before a headline, the line a notice (round 34)
    spam = "精品性交图 北京pk拾 大宝线上娱乐 大发赌博 在线淫电影 官方网站"
    garbled = (PARA_1 + PARA_2.strip()).encode("gbk").decode("latin-1")  # its GBK read as Latin-1
    notice = "本網站著作權屬於省城日报"
    page = _page(
        spam, "省会今天下午到夜间将有强降雨", garbled, "(原载于《省城日报》)", notice, "1,681 views"
    )
    assert clean(page).copyright == "本网站著作权属于省城日报"


# Round 37: a brand glued to the headline whose lexicon word the page prints elsewhere (a
# feed's channel line, ``《某报》娱乐``): the vocabulary's pair is the term's, not where the
# article's words begin, and the brand's name around it is what must be foreign.
FEED = "from 《南方某报》娱乐 http://example.com/feed"


@pytest.mark.parametrize("glued", ["紫霞娱乐", "金狐娛樂"])
def test_a_brand_glued_before_the_headline_goes_though_the_page_prints_its_word(glued):
    doc = clean(_page(glued + TITLE, PARA_1, PARA_2, FEED))
    assert doc.title == TITLE
    assert _cut(doc)[0].detail.startswith(glued)


def test_a_brand_the_article_names_stays_glued():
    para = "  紫霞公司提醒，" + PARA_3.strip()
    doc = clean(_page("紫霞娱乐" + TITLE, PARA_1, para, FEED))
    assert doc.title == "紫霞娱乐" + TITLE


OPEN_HEAD = "六旬男子占用停车场搭建个人空间 市镇会介入"
OPEN_PARAS = (
    "  邻里关注焦点出现在第508座,一名男子在停车场搭建个人空间。",
    "  市镇会发言人表示,已介入处理,并提供协助。该男子已在此驻留逾一年。",
)


@pytest.mark.parametrize("trade", ["货源", "出售"])
def test_a_trade_word_glued_after_the_term_goes_with_it(trade):
    # Round 39: a sales query's keyword (全新银行卡货源) glued before a headline whose first
    # word the article never repeats (六旬): the trade word after the vocabulary is the
    # keyword's, not the headline's opening.
    doc = clean(_page("全新银行卡" + trade + OPEN_HEAD, *OPEN_PARAS))
    assert doc.title == OPEN_HEAD


def test_a_trade_word_the_article_echoes_is_the_headlines():
    headline = "平台经济迎来新规 " + TITLE
    paras = [PARA_1, "  平台经济新规今日起施行，" + PARA_2.strip(), PARA_3]
    doc = clean(_page("仿真手枪" + headline, *paras))
    assert doc.title == headline

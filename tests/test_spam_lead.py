"""A spam term before the headline that no vocabulary knows (filters/spam_lead.py): before
the headline with a plain space, or in a frame, on a page with spam elsewhere, named
nowhere else on the page.  The shapes were seen on hijacked pages (eval/variants/spam.json);
the terms here are written for the test and are in neither lexicon."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam_lead import bare_term, head_length

TITLE = "省会今天下午到夜间将有强降雨 市民出行注意安全"
PARA_1 = "  最近，阴雨天气一直“赖”在省会不舍得离开。昨天，记者从市气象台了解到，今明两天有雨。"
PARA_2 = "  根据最新气象信息，今天和明天，省会预计会有大雨，局部地区暴雨，个别地点可达到大暴雨。"
PARA_3 = "  气象台提醒，北京方向的航班可能延误，请旅客关注航空公司的通知，注意出行安全。"
SPAM_LINE = "澳门百家乐,六合彩开奖结果,代开发票,www.example.com,2024最新"


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _cut(doc, original):
    record = next(r for r in doc.lines if r.original == original)
    return [ev for ev in record.evidence if ev.filter == "spam" and ev.action == "cut"]


@pytest.mark.parametrize("term", ["夜夜撸吧", "奥沙西泮", "色狼社区"])
def test_an_unknown_term_before_the_headline_is_cut_on_a_hijacked_page(term):
    doc = clean(_page(SPAM_LINE, f"{term} {TITLE}", PARA_1, PARA_2))
    assert doc.title == TITLE
    assert len(doc.body) == 2
    cut = _cut(doc, f"{term} {TITLE}")
    assert len(cut) == 1 and cut[0].detail.startswith(term)


@pytest.mark.parametrize("term", ["【夜夜撸吧】", "【色狼社区】"])
def test_an_unknown_framed_term_is_cut_on_a_hijacked_page(term):
    doc = clean(_page(SPAM_LINE, term + TITLE, PARA_1, PARA_2))
    assert doc.title == TITLE


def test_an_unknown_term_stays_on_a_page_without_other_spam():
    for line in ("夜夜撸吧 " + TITLE, "【夜夜撸吧】" + TITLE):
        assert clean(_page(line, PARA_1, PARA_2)).title == line


def test_a_known_spam_term_before_the_headline_is_cut_without_other_spam():
    doc = clean(_page("澳门赌场 " + TITLE, PARA_1, PARA_2))
    assert doc.title == TITLE


@pytest.mark.parametrize(
    "headline",
    [
        "北京 今天下午到夜间将有强降雨",  # a place the article names again
        "快讯 省会今天下午到夜间将有强降雨",  # a column tag
        "独家 省会今天下午到夜间将有强降雨",
        "视频 | 省会今天下午到夜间将有强降雨",  # a column with a bar
        "气象台 今明两天省会将有强降雨",  # an organisation the article names
        "省会 今天下午到夜间将有强降雨",
        "习近平 在省会考察防汛工作时强调注意安全",  # a person the article names
    ],
)
def test_the_first_word_of_a_real_headline_stays_on_a_hijacked_page(headline):
    para = "  习近平指出，防汛工作关系人民群众生命财产安全，要压实责任，注意出行安全。"
    doc = clean(_page(SPAM_LINE, headline, PARA_1, PARA_2, PARA_3, para))
    assert doc.title == headline


def test_a_topic_shortened_from_the_articles_names_stays():
    # 夏王会: 夏立言 and 王毅 meet; the pairs occur nowhere, every character does
    headline = "夏王会 促两岸交流正常化"
    para_1 = "  国民党副主席夏立言今天在上海与国台办主任王毅会面，双方就两岸交流交换意见。"
    para_2 = "  夏立言表示，两岸交流应当回到正常轨道，会面气氛良好，双方同意继续推进交流。"
    doc = clean(_page(SPAM_LINE, headline, para_1, para_2))
    assert doc.title == headline


def test_a_term_before_a_line_that_is_no_headline_stays():
    # the rest speaks of nothing in the article: not the headline
    line = "夜夜撸吧 选择城市多伦多温哥华"
    doc = clean(_page(SPAM_LINE, line, TITLE, PARA_1, PARA_2))
    assert _cut(doc, line) == []


def test_the_place_shape():
    assert bare_term("夜夜撸吧 " + TITLE) == "夜夜撸吧"
    assert bare_term("夜夜撸吧 天晴") is None  # too short to be a headline by itself
    assert bare_term("省会的 今天下午到夜间将有强降雨") is None  # a function character
    assert bare_term("夜夜撸吧 | 今天下午到夜间将有强降雨") is None
    assert bare_term("香港警方调配反恐部队各区高姿态巡逻 确保选举明日顺利举行") is None


def test_a_glossed_headline_is_measured_without_its_glosses():
    glossed = (
        "【鑫源彩票网】「戒严时期跑新闻（ xīn wén ）的最大收获，就是学会摆脱（ bǎi tuō ）"
        "窃听和跟踪。」那些年，在黑夜中寻找星星的新闻（ xīn wén ）人"
    )
    assert head_length(glossed) < 64 < len(glossed)


def test_a_framed_term_before_a_glossed_headline_is_cut():
    headline = (
        "「戒严时期跑新闻（ xīn wén ）的最大收获，就是学会摆脱（ bǎi tuō ）窃听和跟踪。」"
        "那些年，在黑夜中寻找星星的新闻（ xīn wén ）人"
    )
    para_1 = "  编按：台湾的戒严时代自1949年开始，至1987年结束，前后长达38年。新闻人被窃听。"
    para_2 = "  他在事件之后进入新闻界，第一次感受到戒严的气氛，是事件之后的第一次选举。"
    doc = clean(_page(SPAM_LINE, "【鑫源pk10】" + headline, para_1, para_2))
    assert doc.title is not None and doc.title.startswith("「戒严时期")


@pytest.mark.parametrize("credit", ["華龍網訊", "中新网专稿", "新华网讯"])
def test_a_desk_credit_is_no_unknown_term_on_a_hijacked_page(credit):
    # the outlet's name and its kind of copy opening a line: the article's own credit
    from newsclean.filters.spam_article import Article
    from newsclean.filters.spam_lead import desk_credit, unknown_spam
    from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

    spam = SpamVerdict(True, 3.0, ("百家乐",), 1)
    for term, expected in ((credit, False), ("夜夜撸吧", True)):
        texts = [SPAM_LINE, f"{term} {TITLE}", PARA_1, PARA_2]
        article = Article(texts, [spam, NOT_SPAM, NOT_SPAM, NOT_SPAM]).without(1)
        assert unknown_spam((term,), TITLE, article) is expected
        assert desk_credit(term) is not expected

"""A stack of terms glued before the headline, peeled term by term (``spam_glued_stack``,
round 47), and where a glued term ends before a place opening the headline
(``spam_glue_term._vocabulary_end``).

The articles are real: 文匯網's report of the Universiade women's football final
(http://news.wenweipo.com/2011/08/22/IN1108220021.htm) and a Hong Kong portal's report of the
Chief Executive's second policy-address forum
(https://www.fonfmedia.com/2022/08/27/ , 香港第二场施政报告地区咨询会下午举行); the spam glued
before their headlines is the hijack template's (``eval/variants/spam.json``,
spam-gambling-brand-in-place-of-subject-glued-before-headline-hijacked-college-news:
https://mar-hunt.com/kyguanwangmanbetx/info/1813/62963.htm, a brand glued before the
headline with no separator).
"""

from __future__ import annotations

from newsclean import clean
from newsclean.filters.spam_article import Article
from newsclean.filters.spam_glue_term import glued_term
from newsclean.filters.spam_verdict import NOT_SPAM

FOOTBALL = "大運中國女足力剋日本隊 18年後再度奪冠"
FOOTBALL_PARAS = [
    "　　【文匯網訊】據中新社8月22日報道,21日晚的深圳寶安體育場迎來一個狂歡之夜,中國姑娘沒有讓"
    "3萬多球迷失望,經過2個小時的苦戰,以2比1力克「老冤家」日本隊,時隔18年後再度捧起大運女足冠軍獎盃。",
    "　　中日足球可謂「冤家路窄」,大運賽場上同樣如此,2003年大運會半決賽,中國女足被日本隊擋住"
    "進軍決賽的腳步,2009年大運會中國女足再度不敵日本。",
]
FORUM = "第二場施政報告地區諮詢會下午舉行 李家超及多名司局長出席"
FORUM_PARAS = [
    "　　行政長官李家超將于今日(27日)下午在南區舉行第二場施政報告諮詢會。他今日在社交網頁表示,"
    "會與四位司長、副司長及八位局長一同出席。",
    "　　行政長官李家超將于10月19日公佈上任後首份施政報告。繼上週六在荃灣舉行地區諮詢會後,"
    "新一場施政報告地區諮詢會將于今日舉行。",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _cuts(doc) -> list[str]:  # type: ignore[no-untyped-def]
    record = next(r for r in doc.lines if r.placement == "title")
    return [ev.detail.split(":")[0] for ev in record.evidence if ev.action == "cut"]


def test_the_next_glued_term_of_a_stack_goes_too() -> None:
    # three keywords glued before the headline: the first cut by its vocabulary, 賣qq號碼
    # (a coined term, Latin glued into Han) read again from where the cut left the line
    doc = clean(_page(f"性愛頻道仿真手槍賣qq號碼{FOOTBALL}", *FOOTBALL_PARAS))
    assert doc.title == "大运中国女足力克日本队 18年后再度夺冠"
    assert _cuts(doc) == ["性愛頻道仿真手槍", "賣qq號碼"]


def test_a_headline_opening_with_its_own_words_loses_nothing_after_the_cut() -> None:
    # the rest opens with the article's words (大運, 女足): nothing more is glued
    doc = clean(_page(f"性愛頻道仿真手槍{FOOTBALL}", *FOOTBALL_PARAS))
    assert doc.title == "大运中国女足力克日本队 18年后再度夺冠"
    assert _cuts(doc) == ["性愛頻道仿真手槍"]


def test_a_real_headline_with_no_glued_term_stays_whole() -> None:
    doc = clean(_page(FOOTBALL, *FOOTBALL_PARAS))
    assert doc.title == "大运中国女足力克日本队 18年后再度夺冠"
    assert _cuts(doc) == []


def test_a_place_opening_the_headline_is_no_part_of_the_glued_term() -> None:
    # the article never prints 香港, yet it is the headline's subject: the brand's
    # vocabulary (棋牌) ends the term, the place after it stays
    doc = clean(_page(f"雲頂棋牌香港{FORUM}", "時間:2022.08.27", *FORUM_PARAS))
    assert doc.title == "香港第二场施政报告地区咨询会下午举行 李家超及多名司局长出席"
    assert _cuts(doc) == ["雲頂棋牌"]


def test_a_word_after_the_vocabulary_that_is_no_place_goes_with_the_term() -> None:
    # 交友 after 一夜情 is the keyword's own word, not a place: the term is cut whole
    paras = [
        "  向着强国建设、民族复兴的宏伟目标奋进,是新时代新征程的使命任务。",
        "  全党全国各族人民团结奋斗,向着宏伟目标奋进。",
    ]
    line = "一夜情交友向着强国建设、民族复兴的宏伟目标,奋进!"
    article = Article([line, *paras], [NOT_SPAM] * 3).without(0)
    assert glued_term(line, article) == "一夜情交友"

"""A search query around a foreign term (filters/spam_ask.py): positive cases (query lines
written with terms and frames of my own, composed from the frame grammar: an opener, a
slot, a tail of frame words) and negative ones (a real question headline the article
echoes, a lottery page's FAQ line, a one-line paragraph asking a question)."""

from __future__ import annotations

import pytest
from test_spam_question import HEADLINE, PARAS, _text

from newsclean import clean
from newsclean.config import CleanConfig
from newsclean.filters.spam_ask import query_spam
from newsclean.filters.spam_ask_frame import is_query_spam, readings
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict


def _spam(lines: list[str], verdicts: list[SpamVerdict] | None = None) -> set[int]:
    return set(query_spam(lines, verdicts or [NOT_SPAM] * len(lines)))


def _removed_as_spam(lines: list[str]) -> set[str]:
    return {r.text for r in clean(_text(lines)).removed if r.reason == "spam"}


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("求紫霞仙子的游戏玩法?", "紫霞仙子"),
        ("青木苑开奖日期是什么时候开始的", "青木苑"),
        ("月光宝盒中奖规则", "月光宝盒"),
        ("请问蓝鲸盒子的下载地址呢？", "蓝鲸盒子"),
        ("飞鱼站买比分怎么算收益", "飞鱼站"),
        ("如何红狐影院官网下载", "红狐影院"),
    ],
)
def test_a_query_frame_reads_its_slot(line: str, term: str) -> None:
    assert any(found == term for found, _ in readings(line))


@pytest.mark.parametrize(
    "line",
    [
        "求紫霞仙子的游戏玩法?",  # invented: an opener, the slot, a gambling tail
        "青木苑开奖日期是什么时候开始的",
        "月光宝盒中奖规则",
        "请问蓝鲸盒子的下载地址呢？",
        "飞鱼站买比分怎么算收益",
        "求紫霞仙子的遊戲玩法?",  # traditional: read simplified
    ],
)
def test_a_query_about_a_foreign_term_in_a_suspect_frame_is_spam(line: str) -> None:
    page = [HEADLINE, *PARAS[:2], line, PARAS[2]]
    assert _removed_as_spam(page) == {line}
    assert clean(_text(page)).title == HEADLINE


def test_a_query_line_above_the_headline_is_never_the_title() -> None:
    doc = clean(_text(["求紫霞仙子的游戏玩法?", HEADLINE, *PARAS]))
    assert doc.title == HEADLINE
    assert all("紫霞" not in line for line in doc.body)


def test_a_lexicon_term_in_a_plain_frame_is_spam() -> None:
    # a strong spam term needs no suspect frame
    assert _spam([HEADLINE, *PARAS[:2], "av在线电影是什么", PARAS[2]]) == {3}


def test_a_question_headline_the_article_echoes_stays() -> None:
    headline = "如何看待新闻发布的新时代?"
    page = [headline, *PARAS]
    assert _spam(page) == set()
    assert clean(_text(page)).title == headline


def test_a_lottery_pages_faq_line_stays() -> None:
    page = [
        "双色球第2024015期开奖公告",
        "  中国福利彩票双色球游戏今晚进行第2024015期开奖。本期双色球开奖号码为红球03、09。",
        "双色球开奖时间是什么时候?",
        "  双色球每周二、四、日晚21时15分开奖。彩票销售在开奖前半小时停止。",
        "双色球中奖规则",
        "  双色球中奖规则共分六个奖级,一等奖为浮动奖。",
    ]
    assert _spam(page) == set()
    assert _removed_as_spam(page) == set()


def test_a_one_line_paragraph_asking_a_question_stays() -> None:
    for line in ("你知道怎么下载吗?", "这场比赛的比分是多少?", "新规是什么?"):
        page = [HEADLINE, *PARAS[:2], line, PARAS[2]]
        assert _spam(page) == set(), line
        assert _removed_as_spam(page) == set(), line


def test_a_term_the_article_names_in_a_suspect_frame_stays() -> None:
    # a heading over the article's own subject: the article names 新闻发布 again
    assert _spam([HEADLINE, *PARAS[:2], "新闻发布平台下载", PARAS[2]]) == set()


def test_the_title_choice_asks_the_same() -> None:
    assert is_query_spam("求紫霞仙子的游戏玩法?", PARAS)
    assert not is_query_spam("如何看待新闻发布的新时代?", PARAS)


def test_a_long_hostile_line_is_not_read() -> None:
    assert readings("开奖" * 5_000_000) == []
    assert _spam(["开奖" * 100_000, *PARAS]) == set()


def test_the_title_choice_passes_over_a_query_whose_frame_the_article_echoes() -> None:
    # the frame's words (游戏, 玩法) are the article's, the term is not: even with the spam
    # step off, the query line never heads the page (title.echoes asks spam_ask)
    paras = [
        "  电子竞技游戏规则委员会今天在上海成立。委员会将统一游戏玩法的审查。",
        "  委员会由十二家游戏公司组成,游戏规则每年修订一次。",
        "  会议持续到傍晚。",
    ]
    text = _text(["求紫霞仙子的游戏玩法?", "游戏规则委员会成立", *paras])
    assert clean(text, config=CleanConfig(remove_spam=False)).title == "游戏规则委员会成立"


# Round 18: contest and watch words make the frame suspect; a link list's label may open
# the line in the opener's place (terms and lines invented).
@pytest.mark.parametrize(
    "line",
    [
        "银狐乐园比赛分为几种",  # a contest frame, asked
        "紫藤卡三件套游戏大赛规则",  # a contest frame, not asked
        "蓝月亮影院大全免费观看",  # a watch frame
        "友情链接金樽娱乐",  # a label and a marked term
        "相关搜索大型黄站",  # a label and a strong term
        "銀狐樂園比賽分為幾種",  # traditional: read simplified
    ],
)
def test_round18_frames_around_a_foreign_term_are_spam(line: str) -> None:
    page = [HEADLINE, *PARAS[:2], line, PARAS[2]]
    assert _removed_as_spam(page) == {line}
    assert clean(_text(page)).title == HEADLINE


def test_a_contest_query_never_heads_the_page() -> None:
    doc = clean(_text(["银狐乐园比赛分为几种", HEADLINE, *PARAS]))
    assert doc.title == HEADLINE


def test_a_games_faq_line_on_a_page_about_the_game_stays() -> None:
    page = [
        "全国围棋锦标赛在杭州开幕",
        "  全国围棋锦标赛今天在杭州开幕,围棋比赛分为个人赛和团体赛。",
        "围棋比赛分为几种",
        "  围棋锦标赛比赛规则沿用去年的规则,个人赛共九轮。",
    ]
    assert _spam(page) == set()
    assert _removed_as_spam(page) == set()


def test_a_link_label_before_a_name_no_vocabulary_knows_stays() -> None:
    for line in ("友情链接人民网", "相关链接新闻发布会"):
        page = [HEADLINE, *PARAS[:2], line, PARAS[2]]
        assert _spam(page) == set(), line


def test_a_short_question_paragraph_about_a_contest_stays() -> None:
    for line in ("比赛分为几种?", "你知道比赛分为几种吗?", "这场大赛的规则是什么?"):
        page = [HEADLINE, *PARAS[:2], line, PARAS[2]]
        assert _spam(page) == set(), line


SPAM_ELSEWHERE = SpamVerdict(True, 0.0, (), 1, "spam elsewhere", sure=True)


@pytest.mark.parametrize("line", ["友情链接紫霞盒子", "友情鏈接青木苑導航", "相关搜索金狐站"])
def test_a_link_label_before_a_foreign_name_on_a_hijacked_page_is_spam(line: str) -> None:
    page = [HEADLINE, *PARAS[:2], line, PARAS[2], "澳门赌场_网上赌博_真钱斗地主_六合彩"]
    assert _removed_as_spam(page) == {line, page[-1]}
    assert _removed_as_spam(page[:-1]) == set()  # a clean page's partner link stays


def test_a_link_label_before_the_articles_own_name_on_a_hijacked_page_stays() -> None:
    page = [HEADLINE, "某某娱乐官网", *PARAS[:2], "相关链接新闻发言人论坛", PARAS[2]]
    verdicts = [NOT_SPAM] * len(page)
    verdicts[1] = SPAM_ELSEWHERE
    assert _spam(page, verdicts) == set()


@pytest.mark.parametrize("line", ["友情链接泰他敏", "友情鏈接凱她啡", "相关搜索我乐苑"])
def test_a_link_label_before_a_name_spelled_with_a_pronoun_on_a_hijacked_page_is_spam(
    line: str,
) -> None:
    # round 22: a link's name may spell a sound with 他/她/我 (no writer's subject after a
    # label), and a query line of the same pass makes the page hijacked
    page = [HEADLINE, *PARAS[:2], "紫霞仙子开奖日期是什么时候开始的", line, PARAS[2]]
    assert _removed_as_spam(page) == {page[3], line}
    assert _removed_as_spam([HEADLINE, *PARAS[:2], line, PARAS[2]]) == set()  # clean page


def test_a_writers_question_with_a_pronoun_is_still_no_query() -> None:
    assert readings("你知道怎么下载吗") == [] and readings("他们的游戏玩法") == []

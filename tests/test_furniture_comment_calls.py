"""Round 38: an empty or young comment box's calls (its emptiness, an urge to be first, the
act with its goal or a promised reward, a counter) go anywhere; a story's sentence about
the first incense or a reader's comment stays."""

from __future__ import annotations

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_comment_calls import comment_call


@pytest.mark.parametrize(
    "line",
    [
        "留言衝人氣 2則留言",
        "登入留言有機會獲得旺幣哦!",
        "NO MESSAGE 無任何留言,趕緊搶頭香!",
        "暂无评论，快来抢沙发~",  # invented: the mainland box's sofa
        "登录评论可获得积分哦",  # invented
        "No comments yet",  # invented
    ],
)
def test_comment_box_calls_go_under_the_article(line: str) -> None:
    assert comment_call(line)
    document = clean(_page(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], line))
    assert line_removed(document, line)
    assert len(document.body) == 2


@pytest.mark.parametrize(
    "line",
    [
        "大甲媽祖廟凌晨開廟門，信眾趕緊搶頭香。",  # a story's subject and verb
        "3則留言",  # a counter alone: furniture_counters', not a call
        "網友留言表示支持",  # a reader's comment reported
        "留言板",  # a tool word, no call
        "他搶沙發看球賽",  # a sofa of the living room
    ],
)
def test_story_sentences_are_no_calls(line: str) -> None:
    assert not comment_call(line)


def test_a_one_line_paragraph_about_commenting_stays() -> None:
    line = "市民可登入網站留言，有機會獲得紀念品的抽獎資格。"
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert not line_removed(document, line)


# Round 39: a comment box's rules and its login call (invented in a citizen-media site's words).
@pytest.mark.parametrize(
    "line",
    [
        "發言請遵守發言規則",
        "回應文章須知:",
        "留言禁止張貼廣告連結",
        "會員留言請先登入",
        "评论请先登录",
    ],
)
def test_a_comment_boxs_rules_and_login_call_go(line: str) -> None:
    assert comment_call(line)
    document = clean(_page(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], line))
    assert line_removed(document, line)


@pytest.mark.parametrize(
    "line",
    [
        "議員發言應遵守議事規則",  # the speaker before the act: a story's subject
        "市長發言後離席",  # an act reported, no rule
        "民眾留言請市府盡快改善路燈",  # a reader's words reported, no login
    ],
)
def test_a_story_about_speaking_or_rules_is_no_call(line: str) -> None:
    assert not comment_call(line)

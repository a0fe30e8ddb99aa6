"""Round 38: a share box's steps (open the app, tap a control, use it, the page shared)
broken over lines go; a how-to story's steps that name no page sent stay."""

from __future__ import annotations

from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_app_steps import app_step_clauses, app_steps

STEPS = ["打开微信,点击底部的“发现”,", "使用“扫一扫”即可将网页分享至朋友圈。"]


def test_the_broken_sentence_goes_under_the_article() -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], *STEPS))
    assert all(line_removed(document, line) for line in STEPS)
    assert len(document.body) == 2


def test_traditional_steps_on_one_line() -> None:
    line = "打開微信,點擊右上角的「發現」,使用「掃一掃」即可將本頁分享至朋友圈。"  # invented
    assert app_step_clauses(line) == (True, True)


def test_steps_without_the_page_shared_stay() -> None:
    lines = ["打开微信,点击底部的“发现”,", "市民进入小程序即可查询核酸检测结果。"]
    texts = dict(enumerate(lines))
    assert app_steps(list(texts), texts.__getitem__) == []


def test_a_how_to_clause_of_its_own_stays() -> None:
    assert app_step_clauses("打开微信,点击底部的“发现”,进入小程序查询健康码") == (False, False)
    assert app_step_clauses("他打开微信,给母亲发了一条语音。") == (False, False)


def test_steps_on_a_page_with_spam_are_read_as_the_share_box_first() -> None:
    # The page's spam elsewhere must not make the quoted control (扫一扫) a spun keyword:
    # the result line is the box's step, and the line over it joins its run.
    spam = "免费激情网| 利记国际娱乐| 大陆免费黄站| 彩票预测| 他人匿名银行卡"
    document = clean(_page(HEADLINE, PARAGRAPHS[0], spam, PARAGRAPHS[1], *STEPS))
    placed = {line.text: (line.placement, line.reason) for line in document.lines}
    assert placed[STEPS[0]] == ("removed", "share")
    assert placed[STEPS[1]] == ("removed", "share")
    assert placed[spam] == ("removed", "spam")


# Mend, round 38 (the review's steps1): a how-to story about sharing the page keeps its steps.
def test_a_how_to_story_about_the_sharing_keeps_its_steps() -> None:
    steps = ["打开微信,点击底部的“发现”,", "使用“扫一扫”即可将网页分享至朋友圈。"]
    page = "\n\n".join(["如何把网页分享到朋友圈", PARAGRAPHS[0], *steps, PARAGRAPHS[1]]) + "\n"
    document = clean(page)
    assert not any(line_removed(document, step) for step in steps)

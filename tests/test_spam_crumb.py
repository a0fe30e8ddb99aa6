"""A term echoed down a crumb trail (filters/spam_crumb.py, read by spam_slot): positive cases
written with keywords of my own (on no eval page; simplified and traditional) for a farm's
crumb trail repeating one keyword with its pages' suffixes and the farm's title line opening
with it; negative ones (a real crumb trail of the site's sections, a section trail repeating
the article's own word, a tag row of the article's words, a trail of one unknown word on a
page with no spam)."""

from __future__ import annotations

from linear import assert_linear
from test_spam_question import HEADLINE, PARAS, _text
from test_spam_slot import _removed_as_spam, _scattered

from newsclean import clean
from newsclean.filters.spam_crumb import PARTS, crumb_spam, echoed_term
from newsclean.filters.spam_verdict import NOT_SPAM

SPAM_ELSEWHERE = "金狐盒子精选第5页"


def test_a_foreign_term_down_a_crumb_trail_goes_with_its_title() -> None:
    crumb = "当前位置: 紫霞网盘 > 紫霞网盘下载 >> 紫霞网盘会员"
    title = "紫霞网盘会员_电脑版入口"
    page = [crumb, title, *_scattered(SPAM_ELSEWHERE)]
    assert _removed_as_spam(page) == {crumb, title, SPAM_ELSEWHERE}
    assert clean(_text(page)).title == HEADLINE


def test_traditional_and_a_strong_term_on_a_page_with_no_other_spam() -> None:
    crumb = "您現在的位置 → 澳門百家樂 → 澳門百家樂玩法 → 澳門百家樂開戶"
    page = [crumb, *_scattered()]
    assert _removed_as_spam(page) == {crumb}
    assert clean(_text(page)).title == HEADLINE


def test_a_real_crumb_trail_and_the_articles_own_trail_stay() -> None:
    for crumb in [
        "新闻 > 国际 > 正文",  # the site's sections: no shared head
        "新闻发言人 > 新闻发言人论坛 > 新闻发言人访谈",  # the article's own word
        "标签: 新闻发言人论坛 新闻发言人 新闻发布",  # a tag row of the article's words
    ]:
        page = [crumb, *_scattered(SPAM_ELSEWHERE)]
        assert _removed_as_spam(page) == {SPAM_ELSEWHERE}, crumb


def test_a_trail_of_one_unknown_word_needs_spam_elsewhere() -> None:
    crumb = "当前位置: 紫霞网盘 > 紫霞网盘下载 >> 紫霞网盘会员"
    assert _removed_as_spam([crumb, *_scattered()]) == set()


def test_the_term() -> None:
    assert echoed_term("位置: 紫霞网盘 > 紫霞网盘下载 >> 紫霞网盘会员") == "紫霞网盘"
    assert echoed_term("新闻 > 国际 > 正文") is None
    assert echoed_term("紫霞网盘 紫霞网盘 紫霞网盘") is None  # no suffix: a repeat, no trail
    assert echoed_term("的紫霞 > 的紫霞下载 > 的紫霞会员") is None  # a function character
    assert echoed_term("分享到微信 分享到微博 分享到朋友圈") is None  # a tool row: no root


def test_hostile_trails_are_linear() -> None:
    def page(n: int) -> list[str]:
        return [f"位置: 紫霞{k} > 紫霞{k}下载 > 紫霞{k}会员" for k in range(n)] + PARAS

    assert_linear(page, lambda texts: crumb_spam(texts, [NOT_SPAM] * len(texts), None, {}), 500)
    spaces = "紫" + " >" * 2_000_000 + "x"
    assert_linear(lambda n: spaces[: n * 1000], PARTS.split, 200)

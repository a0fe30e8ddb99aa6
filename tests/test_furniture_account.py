"""A sign-in box's lines (filters/furniture_account.py, round 42b)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.furniture_account import account_line
from newsclean.filters.navigation import classify_furniture

# https://www.whatsnewsmedia.com/2234/00/41/16/ (eval row tool-zero-comments-leave-comment-
# login-welcome-remember-lost-password-six-lines-foot-hong-kong-news-site): under the text,
# a WordPress theme's login box in English, one string a line.
WHATSNEWS_BOX = [
    "Login",
    "Welcome! Login in to your account",
    "Remember me Lost your password?",
    "Lost Password",
]
# https://mzj.changde.gov.cn/mzdt/ksdt/content_738009 (eval row tool-scan-to-open-on-phone-
# account-password-login-no-account-register-four-lines-foot-city-bureau): a city bureau's
# sign-in panel at the foot.
CHANGDE_PANEL = ["账号+密码登录", "还没有账号?", "立即注册"]


@pytest.mark.parametrize("line", [*WHATSNEWS_BOX, *CHANGDE_PANEL])
def test_a_sign_in_box_line_is_furniture(line: str) -> None:
    assert account_line(line)
    furniture = classify_furniture(line)
    assert furniture is not None and furniture.reason == "nav"


@pytest.mark.parametrize(
    "line",
    [
        # a story's sentence about a lost password: words of its own (用户, 后, 无法, 银行)
        "用户忘记密码后无法登录银行账户。",
        # a bare credential noun: a heading of a story about passwords
        "Password",
        "密码",
        # a standing alone names no account
        "Remember me",
        # an English sentence of a paywall with words of its own (continue, reading)
        "Sign in to your account to continue reading",
    ],
)
def test_a_sentence_or_a_bare_noun_is_no_box(line: str) -> None:
    assert not account_line(line)


def test_the_box_goes_from_a_page_and_the_story_stays() -> None:
    # the story's lines: https://www.whatsnewsmedia.com/2234/00/41/16/ (shortened)
    story = [
        "屯門大興邨興輝樓圍封強檢",
        "政府今日凌晨圍封屯門大興邨興輝樓,要求區內人士接受強制檢測。",
        "政府表示,會在受限區域內設立臨時檢測站,預計在今日早上七時前完成檢測。",
    ]
    doc = clean("\n\n".join(story + WHATSNEWS_BOX) + "\n")
    assert len(doc.body) == 2  # both paragraphs (converted to simplified), no box line
    assert not any(word in "".join(doc.body) for word in ("Login", "Password", "Remember"))

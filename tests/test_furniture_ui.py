"""The publishing software's own interface strings (filters/furniture_ui.py, round 43)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.furniture_ui import ui_line
from newsclean.filters.navigation import classify_furniture

# Real lines of pages cited nowhere else (tests/data/harvest/foot_r43.tsv, half A), each
# printed by a system whose language pack or template holds the string
# (data/cms_ui_strings.txt names the files).
DISCUZ_GATE = [
    # http://cfluid.com/forum.php?mod=viewthread&tid=141007: Discuz!'s members-only gate, its
    # two links (登录, 注册) kept as words of the line
    "您需要 登录 才可以下载或查看,没有账号?注册",
]
WORDPRESS = [
    # http://blog.foolsmountain.com/tag/help/: a theme's 'Continue reading &raquo;' link
    "Continue reading »",
    # https://notsomethingelse.com/tag/western-hypocrisy/: Jetpack's likes widget, and the
    # WordPress.com footer credit whose link text ('WordPress.com.') was lost
    "%d bloggers like this:",
    "Blog at",
]
# eval page 010 (a Guangzhou Daily story, tuned page): a media player's Material Icons
# ligature name printed as text above the story.
PLAYER_ICON = ["volume_up"]


@pytest.mark.parametrize("line", [*DISCUZ_GATE, *WORDPRESS, *PLAYER_ICON])
def test_an_interface_string_is_furniture(line: str) -> None:
    assert ui_line(line)
    furniture = classify_furniture(line)
    assert furniture is not None and furniture.reason == "nav"


@pytest.mark.parametrize(
    "line",
    [
        # rows of one template's strings (Discuz! X2 lang_template.php; a government article
        # template's tool row)
        "找回密码 注册",
        "【字号：大 中 小】【打印本页】【关闭窗口】",
        "上一篇 下一篇",
    ],
)
def test_a_row_of_interface_strings_is_read_whole(line: str) -> None:
    assert ui_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # http://go.aigcmore.com/help/106.html: a help page about passwords, its heading and
        # list items made of sign-in words and words of their own
        "I can't remember my password",
        "  1. Visit the Password Reset page.",
        "  5. You can now use your new password to Sign In.",
        # a heading of one interface string: one string is no row
        "用户登录",
        "评论",
        "Pause",
        # sizes with no font tool's label: no tool
        "大 中 小",
        # a story's own words around the interface's
        "如何找回密码",
        "用户忘记密码后无法登录银行账户。",
        # a quotation: the interface prints no quotation marks
        '他说："登录"',
        "continue reading the story",
    ],
)
def test_an_article_line_stays(line: str) -> None:
    assert not ui_line(line)


def test_the_gate_goes_and_the_thread_stays() -> None:
    # http://cfluid.com/forum.php?mod=viewthread&tid=141007, the thread's top as stored
    page = "\n".join(
        [
            "闲聊等离子体物理(Plasma Physics)",
            "",
            "您需要 登录 才可以下载或查看,没有账号?注册",
            "",
            "开个帖子随便聊聊等离子体物理(Plasma Physics)。",
            "",
            "我曾经说过等离子体物理其实多半也可看成是流体力学的一个分支:",
            "",
        ]
    )
    body = "".join(clean(page).body)
    assert "才可以下载或查看" not in body
    assert "开个帖子随便聊聊等离子体物理" in body

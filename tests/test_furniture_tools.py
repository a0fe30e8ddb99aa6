"""``furniture_tools`` (split from ``navigation`` in round 35): rows of tool tokens and
tool lines whose every clause the furniture vocabulary covers; a line with a clause of its
own stays."""

import pytest

from newsclean.filters.furniture_links import Coverage
from newsclean.filters.furniture_tools import covered_line, tool_row
from newsclean.filters.navigation import classify_furniture


def test_the_tool_row_and_the_covered_line_read_the_rows_themselves():
    assert tool_row("【打印】【关闭】") == "share"
    assert tool_row("分享经济 收藏文化") is None
    assert covered_line("打开网易新闻 查看精彩图片", Coverage()) is not None
    assert covered_line("打开窗口通风，关闭燃气阀门", Coverage()) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("生成图片,分享到微信朋友圈", "share"),
        ("返回顶部，查看更多", "nav"),
    ],
)
def test_a_line_of_clauses_is_furniture_when_every_clause_is(line, reason):
    furniture = classify_furniture(line)
    assert furniture is not None and furniture.reason == reason


def test_one_uncovered_clause_keeps_the_line():
    assert classify_furniture("生成图片,分享到微信朋友圈") is not None
    assert classify_furniture("生成图片,分享给在外地工作的儿子") is None


def test_a_tool_verb_with_a_product_name_needs_a_known_tool_beside_it():
    assert classify_furniture("【评论】【下载点点通】【关闭】") is not None
    assert classify_furniture("【下载点点通】") is None
    assert classify_furniture("下载文件 保存资料") is None


def test_decorating_symbols_do_not_hide_a_tool_row():
    assert classify_furniture("【字號：▲大 ▼小】") is not None
    assert classify_furniture("★推荐★") is not None
    assert classify_furniture("★年度人物★") is None


# Round 39: a forum's guest banner, the urge to join and what members do (invented).
@pytest.mark.parametrize("line", ["马上注册,参与讨论,分享心得", "立即註冊,交流經驗,結識朋友。"])
def test_a_forums_guest_banner_goes(line: str) -> None:
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "马上注册的新用户可在三天内领取补贴",
        "马上注册,并在公告期内提交全部材料以便审核。",
        "现在注册,可享受八折优惠。",
    ],
)
def test_a_sentence_about_registering_stays(line: str) -> None:
    assert classify_furniture(line) is None


# Round 39: Blogger's interface words, a report link and a gloss on a tool word.
@pytest.mark.parametrize(
    "line", ["張貼留言", "較新的文章", "较早的博文", "張貼留言 (Atom)", "檢舉", "分享(xiǎng)"]
)
def test_a_blog_platforms_words_and_a_glossed_tool_go(line: str) -> None:
    assert classify_furniture(line) is not None


@pytest.mark.parametrize("line", ["張貼留言的網友表示支持", "較新的文章指出", "檢舉達人"])
def test_a_sentence_holding_the_words_stays(line: str) -> None:
    assert classify_furniture(line) is None

"""The publishing software's own interface strings (filters/furniture_ui.py, round 43)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.furniture_ui import ui_line, ui_runs
from newsclean.filters.navigation import classify_furniture

# Real lines of pages cited nowhere else (tests/data/harvest/foot_r43.tsv, half A), each
# printed by a system whose language pack or template holds the string
# (data/cms_ui_strings.txt names the files).
DISCUZ_GATE = [
    # http://cfluid.com/forum.php?mod=viewthread&tid=141007: Discuz!'s members-only gate, its
    # two links (登录, 注册) kept as words of the line
    "您需要 登录 才可以下载或查看,没有账号?注册",
    # eda365.com forum (tests/test_navigation.py kept it as a sentence until round 43): the
    # same template string with 帐号 (Discuz!'s own spelling, viewthread's attachment gate
    # '您需要<a>登录</a>才可以下载或查看附件。没有帐号？<a>注册</a>'): the software's line
    "您需要 登录 才可以下载或查看,没有帐号?注册",
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


# http://cfluid.com/forum.php?mod=viewthread&tid=141007: a Discuz! thread's top as stored
CFLUID_TOP = [
    "找回密码",
    " 注册",
    "查看: 7145|回复: 19",
    "闲聊等离子体物理(Plasma Physics)",
    "[复制链接]",
    "发表于 2014-1-27 10:44:05 | 显示全部楼层 |阅读模式",
    "马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。",
    "您需要 登录 才可以下载或查看,没有账号?注册",
    "x",
    "开个帖子随便聊聊等离子体物理(Plasma Physics)。",
    "我曾经说过等离子体物理其实多半也可看成是流体力学的一个分支:",
]
# https://notsomethingelse.com/tag/western-hypocrisy/: a WordPress.com archive page
NOTSOMETHINGELSE = [
    "Refuting a False Accusation",
    'China refutes Australia\'s accusation of tweeting "fake image"  - Xinhuanet Because '
    "Australians, and people in other parts of the world, will only ever hear one side of the "
    "story - the Western propaganda side - I am sharing this post from Xinhua in full to give "
    "China's view of the situation. I find it sickening that... Continue Reading →",
    "Blog at",
    "Up ↑",
    "%d bloggers like this:",
]


def test_the_gate_goes_and_the_thread_stays() -> None:
    body = clean("\n".join(CFLUID_TOP) + "\n").body
    assert not any("才可以下载或查看" in line for line in body)
    assert any("开个帖子随便聊聊等离子体物理" in line for line in body)
    assert any("流体力学的一个分支" in line for line in body)


def test_the_credit_and_the_widget_go_and_the_teaser_stays() -> None:
    body = clean("\n".join(NOTSOMETHINGELSE) + "\n").body
    assert "Blog at" not in body and "%d bloggers like this:" not in body
    assert any(line.startswith("China refutes") for line in body)


# Round 44: rows printed by the Chinese content systems' article templates, as the templates
# print them (data/cms_ui_strings.txt names each file): DedeCMS 5.7 templets/default/
# article_article.htm and ajaxfeedback.htm, as rendered for article aid=2890 in a public
# repository's copy of a DedeCMS page (its digg counts 0); EmpireCMS 7.2's news template;
# PbootCMS 3's comm/foot.html; DedeCMS's head.htm; Z-BlogPHP's sidebar module titles.
TEMPLATE_ROWS = [
    "顶一下 (0) 0% 踩一下 (0) 0%",  # DedeCMS's digg box on one line, its counts as holes
    "下一篇：没有了",  # {dede:prenext} with no next article
    "请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。",  # ajaxfeedback.htm
    "评价: 中立 好评 差评",
    "最新评论 进入详细评论页>>",
    "发表评论 共有0条评论",  # EmpireCMS: 共有<N>条评论
    "验证码: 匿名发表",
    "看不清楚,点击刷新",
    "高级搜索|网站地图|TAG标签 RSS订阅 [设为首页] [加入收藏]",  # DedeCMS head.htm
    "在线咨询 免费通话 微信联系 返回顶部",  # PbootCMS's floating service bar
    "扫一扫 手机访问",
    "网站分类 最近发表 标签列表",  # Z-BlogPHP's sidebar
]


@pytest.mark.parametrize("line", TEMPLATE_ROWS)
def test_a_content_systems_template_row_is_furniture(line: str) -> None:
    assert ui_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # eval page 083 (a story's own sentence naming the tool, in quotes)
        "使用“扫一扫”即可将网页分享至朋友圈。",
        # tests/data/spam_block_negatives.txt, /tmp/corpus headings: one string, or words of
        # their own
        "表情",
        "新闻推荐",
        "头条推荐",
        # a count alone is no string
        "(0)",
        "0%",
        # a sentence quoting the DedeCMS message has words of its own
        "他说：请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。",
        # one string and a count: still one string (a comment count under its heading)
        "评论 (3)",
    ],
)
def test_a_line_with_a_template_word_of_its_own_stays(line: str) -> None:
    assert not ui_line(line)


# http://thtxw.cn/Home/Note/newsdetail?classid=56&id=4551 (tests/data/harvest/foot_r44.tsv,
# half A): a town story's two paragraphs, then the foot DedeCMS's article_article.htm and
# ajaxfeedback.htm print, one block element a line (as flattened from the rendered aid=2890
# page: the digg box, prenext, the comment form)
DEDECMS_FOOT = [
    "6月4日,“世界环保日”来临之际,晋熙镇举办了以“提升公民意识,共建文明县城”为主题的环保"
    "宣传活动,辖区八个社区分别设置了分会场。",
    "宣传活动中,由镇宣传、团委等组织的志愿者向群众发放了环保宣传页,进行了签名宣誓。同时,"
    "医护工作者免费为群众进行体检。(许卫波)",
    "顶一下",
    "(0)",
    "0%",
    "踩一下",
    "(0)",
    "0%",
]


def test_the_digg_box_printed_one_piece_a_line_goes() -> None:
    doc = clean("\n".join(DEDECMS_FOOT) + "\n")
    assert not any(line in ("顶一下", "踩一下", "(0)", "0%") for line in doc.body)
    assert any("(许卫波)" in line for line in doc.body)
    assert any(line.startswith("6月4日") for line in doc.body)


def test_one_string_over_a_count_is_no_run() -> None:
    # a comment heading and its count over the comments' text: no row
    lines = ["评论", "(3)", "写得很好，支持一下。"]
    assert ui_runs([0, 1, 2], lines.__getitem__) == {}


# https://epaper.rznews.cn/shtml/rzrb/20230110/652406.shtml (a city paper's e-paper, round 44b,
# eval variants tool-comments-count-more-loading-...-city-paper-epaper and tool-more-paper-
# recent-issues-then-page-label-...): the comment box at the foot, its counter's hole empty
# and its cells padded by a run of spaces.
EPAPER_BOX = (
    "本文评论                                        评论数()  更多>>",
    "评论正在加载中...",
)


@pytest.mark.parametrize("line", EPAPER_BOX)
def test_an_epaper_comment_box_is_the_interface(line: str) -> None:
    assert ui_line(line)


@pytest.mark.parametrize("line", ["更多>>  日照日报近期报纸查看", "发布评论", "评论数(3)人"])
def test_one_string_or_a_line_with_words_of_its_own_stays(line: str) -> None:
    assert not ui_line(line)

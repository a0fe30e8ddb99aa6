"""Round 38: an outlet's contact foot (notice_contact): the desk's hotline and mailbox under
the story is its notice; a story's own service line and prose about a hotline stay."""

from __future__ import annotations

import pytest
from linear import assert_linear
from test_notice import _placed

from newsclean.filters.notice import is_notice
from newsclean.filters.notice_contact import contact_foot


@pytest.mark.parametrize(
    "line",
    [
        # zyjjw.cn's form: the channel, its news hotline and the contribution mailbox
        "(中原经济网驻马店频道新闻热线:13703713839,投稿邮箱yxwzmdpd@163.com。)",
        "（某某日报社会新闻部报料热线：0371-65795710；投稿邮箱：news@example.cn）",
        "新闻热线：0371-65795710  投稿邮箱：news@example.cn",
        "本报新聞熱線 02-2345678 投稿信箱 tips@example.com.tw",
        "爆料电话:13800138000",
    ],
)
def test_a_desks_contact_fields_are_a_notice_at_the_foot(line: str) -> None:
    assert contact_foot(line)
    assert is_notice(line, near_foot=True)
    # furniture_contact takes a bare contact line foreign to the article first (removed);
    # the bracketed or name-led foot it leaves is the notice
    assert _placed(line, "foot")[1] in ("copyright", "removed")


def test_the_channels_bracketed_contact_foot_is_the_pages_copyright() -> None:
    line = "(中原经济网驻马店频道新闻热线:13703713839,投稿邮箱yxwzmdpd@163.com。)"
    assert _placed(line, "foot") == ("notice", "copyright")


@pytest.mark.parametrize(
    "line",
    [
        "咨询电话:0371-12345678",  # the story's service line: no newsroom's errand
        "报名邮箱:signup@example.cn,报名截止时间为5月31日",  # goes on past its fields
        "举报电话:12345",
        "市民可拨打新闻热线13703713839反映情况。",  # prose about a hotline
        "新闻热线开通一年来,共接到群众来电13703713839次。",
        "投稿邮箱",  # a label alone
        "新闻热线:13703713839 记者 张三",  # a byline's field after it
    ],
)
def test_a_storys_own_contact_line_or_prose_is_no_contact_foot(line: str) -> None:
    assert not contact_foot(line)


def test_a_contact_foot_inside_the_article_stays() -> None:
    line = "（新闻热线：0371-65795710，投稿邮箱：news@example.cn）"
    assert not is_notice(line, near_foot=False)
    assert _placed(line, "middle")[0] == "body"


def test_contact_foot_is_linear() -> None:
    assert_linear(lambda n: "新闻热线:13703713839," * n, contact_foot, 200)
    assert_linear(lambda n: "新闻" * n + "热线:13703713839", contact_foot, 2_000)

"""A person's field holds a name, never a tool link (``filters/byline_toolname.py``)."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_toolname import is_tool_token, name_before_tools
from newsclean.filters.furniture_grammar import is_tool_phrase


# http://www.shuiguobang.com/batch.common.php?action=viewnews&op=down&itemid=82802&catid=1
# (a SupeSite portal's byline toolbar, ``排行榜 收藏 打印 发给朋友 举报 来源: 水母网``; the
# converted copies print 發給朋友): the share link sending the page to a friend is a verb
# phrase of the interface grammar (发给 + 朋友), never a writer's name.
@pytest.mark.parametrize("item", ["发给朋友", "發給朋友"])
def test_the_toolbars_share_link_is_no_name(item: str) -> None:
    assert is_tool_phrase(item.lower())
    assert is_tool_token(item)
    assert name_before_tools("author", item) == ""


@pytest.mark.parametrize(
    ("target", "value"),
    [
        # http://yi.paopaozx.com/8769866/sevillage.html (round 47 harvest, half A): the
        # credits under the story, a reporter and two desk editors.
        ("reporter", "沈巍蔚"),
        ("editor", "伍秀蓉 潘捷"),
        # http://m.7amb.com/content/show?catid=330246&newsid=1028191 (half A): a desk's name.
        ("editor", "宜都融媒體"),
    ],
)
def test_names_and_desks_stay(target: str, value: str) -> None:
    assert name_before_tools(target, value) == value


def test_a_source_is_not_asked() -> None:
    assert name_before_tools("source", "发给朋友") == "发给朋友"

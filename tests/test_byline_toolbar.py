"""A byline row's toolbar (``filters/byline_toolbar.py``): the page's tool links at the
row's edges are dropped, an unknown item inside their run with them; a name stays."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_toolbar import without_tools
from newsclean.filters.metadata import parse_metadata


# http://www.shuiguobang.com/batch.common.php?action=viewnews&op=down&itemid=82802&catid=1
# (eval/variants/byline.json: a SupeSite portal's toolbar glued before 来源:; round 46's
# held-out copies print it with 中新网 and, converted, 央視新聞): 发给朋友 (send to a
# friend) is a share link the furniture grammar does not know, between 打印 and 举报.
@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("排行榜 收藏 打印 发给朋友 举报 来源: 水母网   发布者:webmaster", "水母网"),
        ("排行榜 收藏 打印 發給朋友 舉報 來源: 央視新聞   發佈者:webmaster", "央視新聞"),
    ],
)
def test_an_unknown_item_inside_the_toolbar_is_no_author(line: str, source: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == {"source": source}


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a name with tools on one side only ends the run: read as the row reads it
        ("收藏 张三 来源: 中新网", "张三 来源: 中新网"),
        # a person's name between two tools is no link
        ("打印 李晓辉 举报 来源: 中新网", "李晓辉 举报 来源: 中新网"),
    ],
)
def test_the_run_ends_at_a_name(line: str, kept: str) -> None:
    assert without_tools(line) == kept

"""The comment box's heading over the box (``furniture_comment_head``, round 43b)."""

from __future__ import annotations

import pytest
from invariants import line_removed

from newsclean import clean
from newsclean.filters.furniture_comment_head import comment_head

# http://www.newsxc.com/folder33/folder1740/folder1742/2019-02-13/380812.html (宣城新闻网,
# eval variant tool-users-comments-label-then-zero-comments-two-lines-foot-city-news-site):
# under the editor's line 用户评论 over 已有0人评论.
HEADLINE = "村民自发清扫积雪 保障出行安全"
PARAGRAPHS = (
    "连日来的降雪让山区道路结冰，村里党员和志愿者一大早就拿起铁锹扫帚，清理主干道上的积雪。",
    "村党支部书记说，道路清出来以后，学生上学和村民赶集都方便多了，大家心里也踏实。",
)


@pytest.mark.parametrize("kept", [1, 2])
def test_the_heading_over_the_comment_count_goes(kept: int) -> None:
    # A copy that kept one paragraph has no article to measure a foot against
    # (foot_notices.foot_furniture): the box under the heading decides.
    text = "\n\n".join([HEADLINE, *PARAGRAPHS[:kept], "用户评论", "已有0人评论"]) + "\n"
    document = clean(text, convert="none")
    assert line_removed(document, "用户评论")
    assert line_removed(document, "已有0人评论")
    assert len(document.body) == kept


def test_the_heading_over_readers_quotes_stays() -> None:
    # A story quoting readers' posts under its own heading: no box under it.
    quote = "网友“山里人”留言说，感谢志愿者们冒雪清扫，这样的村风值得点赞。"
    closing = "村党支部表示，下一步将组织志愿者轮流值守，确保积雪融化前道路畅通。"
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, "用户评论", quote, closing]) + "\n"
    document = clean(text, convert="none")
    assert not line_removed(document, "用户评论")
    assert "用户评论" in document.headings
    assert quote in document.body


def test_the_heading_is_whose_comments_alone() -> None:
    assert comment_head("用户评论") and comment_head("【网友评论】")
    assert not comment_head("评论") and not comment_head("用户评论很多")

"""Page furniture: crumbs, share links, tool links — and the site they name."""

import pytest

from newsclean.filters.navigation import classify_furniture


@pytest.mark.parametrize(
    ("line", "reason", "site"),
    [
        ("tibet.cn", "nav", "tibet.cn"),
        ("http://www.sina.com.cn/", "nav", "www.sina.com.cn"),
        ("home", "nav", None),
        ("首页", "nav", None),
        ("当前位置：首页 > 新闻 > 正文", "nav", None),
        ("中国西藏网 > 新闻 > 西藏", "nav", "中国西藏网"),
        ("国内 > 社会", "nav", None),
        ("email", "share", None),
        ("分享到：微信 微博 QQ空间", "share", None),
        ("【打印】【关闭】", "share", None),
        ("【字体：大 中 小】", "share", None),
        ("上一篇 下一篇", "nav", None),
    ],
)
def test_furniture_is_recognised(line, reason, site):
    furniture = classify_furniture(line)
    assert furniture is not None
    assert (furniture.reason, furniture.site) == (reason, site)


@pytest.mark.parametrize(
    "line",
    [
        "湖北援藏企业西藏清匠电器科技有限公司的工人正在组装制氧机。",
        "做实民生援藏——编织幸福保障网",
        "1.5",
        "收入增长3.5%>2.1%的预期。",
        "“雅江1号”人工智算中心落地山南",
    ],
)
def test_content_is_not_furniture(line):
    assert classify_furniture(line) is None

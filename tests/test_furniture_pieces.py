"""Lines made only of furniture pieces (filters/furniture_pieces.py, round 22)."""

from __future__ import annotations

import pytest

from newsclean.filters.furniture_pieces import pieces_line
from newsclean.filters.navigation import classify_furniture


@pytest.mark.parametrize(
    "line",
    [
        # a blog platform's post footer: a name, a connector, the platform, counters
        "阿研 發表在 痞客邦 留言(1) 人氣(68)",
        # invented: another platform, simplified, spaced counters
        "小鱼 发布于 点点博客 评论 (4) 阅读 (120)",
        # an image host's credit, and an invented one
        "Image hosted by Photobucket.com",
        "Photos hosted by ImgBox.net",
        "Proudly powered by blogsite.net",
        # a scraper's watermark: its domain and its name, either order (invented)
        "bubuko.com,布布扣",
        "kanzhun.cc 看准",
        "www.xhw.cn,新华网",
        # counters alone, spaced
        "阅读(3) 评论(0)",
    ],
)
def test_furniture_pieces_are_read(line: str) -> None:
    assert pieces_line(line)
    furniture = classify_furniture(line)
    assert furniture is not None and furniture.reason == "nav"


@pytest.mark.parametrize(
    "line",
    [
        # a real sentence 'X 發表在 Y'
        "他的论文發表在《自然》期刊上。",
        "张三 發表在 联合报",
        "該研究成果發表在美國科學院院刊,引起廣泛關注",
        # a caption crediting a photo agency
        "Photo: Reuters",
        "新华社记者 张三 摄",
        "图为救援现场(新华社发 www.news.cn)。",
        # a byline with a counter: its label has a value
        "作者:张三 阅读(3)",
        # a name with counters and no platform: a table of scores, or a poster's line
        "中国(38) 美国(36)",
        "张三 阅读(3) 评论(0)",
        # a spam list's link: a term and a host its name does not spell
        "赌博平台 www.abcde.com",
        "六合彩 k8d2.vip",
        # where the text came from: the notice's
        "本文发表于 example.com",
        # a paragraph with a hotline number in it
        "市民可拨打服务热线12345反映问题,热线24小时有人接听。",
    ],
)
def test_real_lines_are_no_pieces(line: str) -> None:
    assert not pieces_line(line)


def test_a_long_line_is_no_pieces() -> None:
    assert not pieces_line("阿研 發表在 痞客邦 " + "留言(1) " * 40)


# https://www.whatsnewsmedia.com/2234/00/41/16/ (eval row tool-wordpress-auto-publish-plugin-
# powered-by-line-foot-hong-kong-news-site): the page's last line, a WordPress plugin's credit
# whose name holds a digit, the connector keeping its own colon (round 42b).
def test_a_plugins_powered_by_credit_is_read() -> None:
    line = "WP2Social Auto Publish Powered By : XYZScripts.com"
    assert pieces_line(line)
    furniture = classify_furniture(line)
    assert furniture is not None and furniture.reason == "nav"


@pytest.mark.parametrize(
    "line",
    [
        # a name with a digit beside a connector but no host or counter: no evidence
        "G20 峰会 发表在 新华网",
        # a product's name and a count of a sentence's own: a mark of a sentence
        "WP2Social 插件已发表在官方网站。",
    ],
)
def test_a_digit_name_without_a_platforms_evidence_stays(line: str) -> None:
    assert not pieces_line(line)

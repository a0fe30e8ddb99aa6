"""A list's label as a spam template's signature (``spam_signature``)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam_signature import label_split, signed_list

# A hijacked mirror's article, lines as printed by www.dingfengtd.com (an article copied
# under a porn keyword header, traditional with mirror pinyin glosses), simplified here.
PARA_1 = (
    "核心提示:网络舆情监测系统是现在互联网的一个热门话题,无论是政府机关,还是企业,"
    "都是非常迫切需要的。"
)
PARA_2 = (
    "舆情监测系统的数据是经过过滤、分析和挖掘的,具有丰富的统计数据,舆情监测系统的主要"
    "功能并不是提供舆情信息的搜索,而是具有自动发现,趋势分析,专题追踪,自动预警等功能。"
)
# A spider pool's footer: its template's signature over a link list of county names (the
# form probe A of round 35 met on a hijacked host; the signature is the template's name).
SIGNED = "主站蜘蛛池模板: 舞阳县| 郯城县| 彰武县| 巴东县| 长岭县| 沂源县| 宜宾县| 武定县"
# The same names under a site's own label, and a tag line: the label says nothing.
UNSIGNED = [
    "下辖: 舞阳县| 郯城县| 彰武县| 巴东县| 长岭县| 沂源县| 宜宾县| 武定县",
    "标签: 台风 | 暴雨 | 预警 | 防汛",
]


def _removed(lines: list[str]) -> list[str]:
    doc = clean("\n\n".join(lines) + "\n")
    return [r.text for r in doc.removed if r.reason == "spam"]


def test_a_link_list_under_a_spam_templates_signature_goes():
    assert _removed([PARA_1, PARA_2, SIGNED]) == [SIGNED]


@pytest.mark.parametrize("line", UNSIGNED)
def test_the_same_list_under_a_plain_label_stays(line):
    assert _removed([PARA_1, PARA_2, line]) == []


def test_the_signature_is_one_more_item_of_the_list():
    tail = " 舞阳县| 郯城县| 彰武县"
    assert signed_list("主站蜘蛛池模板", tail) == "主站蜘蛛池模板|" + tail
    assert signed_list("下辖", tail) is None
    assert signed_list("视频", tail) is None  # a weak word signs nothing


def test_a_label_is_one_short_head_before_the_lines_one_colon():
    assert label_split("主站蜘蛛池模板: 舞阳县| 郯城县") == ("主站蜘蛛池模板", " 舞阳县| 郯城县")
    assert label_split("没有标签的一句话") is None
    assert label_split("警方提醒:防疫期间,错峰出行:注意防护") is None  # two colons: prose
    assert label_split("这是一个很长很长的开头超过了标签长度：甲|乙|丙") is None


def test_prose_naming_the_tool_is_no_list():
    line = "警方查明,该团伙利用蜘蛛池程序批量生成虚假页面,涉案网站多达三百余个。"
    assert _removed([PARA_1, line, PARA_2]) == []

"""An institution's bilingual masthead is never the headline (``head_institution``, round 43)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.head_institution import is_institution_masthead

# The banner over http://www.hotungss.edu.hk/hotungss/news/activity.htm?submenu=yes
# (何東中學's school news), as simplified text and as the page prints it.
BANNER = "何东中学 HOTUNG SECONDARY SCHOOL 创立于一九五三年 FOUNDED IN 1953"
BANNER_TRADITIONAL = "何東中學 HOTUNG SECONDARY SCHOOL 創立於一九五三年 FOUNDED IN 1953"
# A copy with no headline under the banner (http://www.hkwb.net/news/content/2019-09/20/
# content_3784894.htm, 海口网's stored copy: "headline not in the stored copy").
ARTICLE = [
    "　　新华社呼和浩特9月20日电(记者刘懿德)记者从内蒙古自治区乌兰察布市察哈尔右翼中旗公安局获悉,"
    "办案民警日前侦破一起特大网络赌博案,抓获犯罪嫌疑人36名。",
    "　　今年1月,察哈尔右翼中旗公安局网安大队在工作中发现,一个在境外租用集群服务器,利用网络开设"
    "赌场的犯罪集团异常活跃。经过仔细调查,民警掌握了其运作规律。",
]


@pytest.mark.parametrize(
    "line",
    [
        BANNER,
        BANNER_TRADITIONAL,
        "何东中学 HOTUNG SECONDARY SCHOOL",  # the name in two scripts, no year
    ],
)
def test_an_institution_s_banner_is_a_masthead(line: str) -> None:
    assert is_institution_masthead(line)


@pytest.mark.parametrize(
    "line",
    [
        # bilingual headlines name an event (a clause, no institution's word, no founding year)
        "中国女排夺冠 CHINA WINS THE WORLD CUP",
        "长荣大学OPEN DAY 校园人潮满满满",  # n.yam.com/Article/20230415908975: a headline
        "何东中学举行开放日 OPEN DAY",
        "何东中学",  # the name alone: other readings decide it
    ],
)
def test_a_bilingual_headline_is_no_masthead(line: str) -> None:
    assert not is_institution_masthead(line)


def test_the_banner_over_a_headless_copy_is_no_title() -> None:
    doc = clean("\n\n".join([BANNER, *ARTICLE]) + "\n", convert="none")
    assert doc.title in (None, "")
    assert BANNER not in doc.body
    assert [r.text for r in doc.removed] == [BANNER]
    assert doc.author == "刘懿德"


def test_the_banner_over_a_headline_leaves_the_headline() -> None:
    # the banner over a story's headline on the school's news page (hotungss.edu.hk)
    headline = "乌兰察布侦破特大网络赌博案 抓获犯罪嫌疑人36名"
    doc = clean("\n\n".join([BANNER, headline, *ARTICLE]) + "\n", convert="none")
    assert doc.title == headline
    assert [r.text for r in doc.removed] == [BANNER]

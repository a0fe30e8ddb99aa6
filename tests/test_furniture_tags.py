"""The page's tags: a tag label and a list of terms (filters/furniture_tags.py, round 22)."""

from __future__ import annotations

import pytest

from newsclean.filters.furniture_leaks import leak_reason
from newsclean.filters.furniture_tags import keyword_list, tag_label, tag_list
from newsclean.filters.metadata import byline_with_tools


@pytest.mark.parametrize(
    "line",
    [
        "新闻关键词:华人;伦敦市中心特拉法加广场;中国;留学生;议会广场;图;华侨;国歌;游行;示威",
        # invented: other labels, other separators, other scripts
        "本文标签：台风 / 防汛 / 气象局",
        "【關鍵字】颱風、豪雨、停班停課",
        "文章關鍵詞：兩岸,關稅,半導體",
        "Tags: tea, trade, tariffs",
        "Filed under: Asia, Hong Kong protests",
        "关键词 : 地铁 | 早高峰 | 限流",
    ],
)
def test_the_pages_tags_are_read(line: str) -> None:
    assert tag_list(line)
    assert leak_reason(line) == "nav"
    assert byline_with_tools(line) is None  # no source before the label (新闻 关键词)


@pytest.mark.parametrize(
    "line",
    [
        # a real keyword-rich sentence with semicolons
        "今年两会的关键词：民生；就业；教育。这些词贯穿了整份政府工作报告。",
        "关键词：民生，就业；教育",
        "会议关键词:创新;协调;绿色;开放;共享",
        "专家认为,改革的重点在于降低成本;提高效率;扩大开放,这需要时间。",
        # one tag, or a label with a sentence
        "关键词:经济",
        "关键词：这部剧为何在年轻观众中走红并引发热议的原因分析",
    ],
)
def test_sentences_and_other_labels_are_no_tag_list(line: str) -> None:
    assert not tag_list(line)


def test_the_sites_keyword_list_without_a_label_goes() -> None:
    # invented, in the form of a provincial portal's meta keywords printed as text: the
    # site's places and its channels built on them, stray spaces around some commas
    line = "广东,广州,羊城,岭南,广东新闻,广东体育, 广东旅游 ,广州新闻,广州美食,广州娱乐"
    assert keyword_list(line)
    assert leak_reason(line) == "nav"


@pytest.mark.parametrize(
    "line",
    [
        # an enumeration names each thing once
        "北京,上海,广州,深圳,成都,重庆,武汉,西安,南京,杭州",
        # too few terms
        "广东,广东新闻,广东体育,广东旅游",
        # a sentence: a clause too long to be a keyword, a stop
        "广东,广州,广东新闻,广东体育,广东旅游,这些都是本报今年重点报道的方向。",
    ],
)
def test_enumerations_and_sentences_are_no_keyword_list(line: str) -> None:
    assert not keyword_list(line)


@pytest.mark.parametrize(
    ("line", "labelled"),
    [
        ("關鍵字: 辟謠法新社華人警民合作中心", True),
        ("【关键词】冬奥会", True),
        ("本文标签:", True),
        ("会议关键词是创新", False),
        ("关键时刻:救援队抵达", False),
    ],
)
def test_tag_label_reads_the_label_alone(line: str, labelled: bool) -> None:
    assert tag_label(line) is labelled


@pytest.mark.parametrize(
    "line",
    [
        "關鍵字: 辟謠法新社華人警民合作中心",  # three tags run together, the template's
        # invented: other labels, other runs
        "标签：乡村振兴数字经济",
        "本文关键词:春运铁路客流高峰",
    ],
)
def test_tags_run_together_after_a_tag_label_are_tags(line: str) -> None:
    assert tag_list(line)
    assert leak_reason(line) == "nav"


@pytest.mark.parametrize(
    "line",
    [
        "关键词：民生就业教育是本次会议的重点",  # a clause: 是, 的
        "关键词:这一年我们走过的路和未来的方向",  # a clause, and longer than tags run together
        "会议关键词:创新",  # the meeting's keyword: its label names no page
    ],
)
def test_a_clause_after_a_tag_label_stays(line: str) -> None:
    assert not tag_list(line)


@pytest.mark.parametrize(
    "line",
    ["相关热词搜索:", "本文关键词：", "【相关热词搜索】", "标签搜尋:", "新聞關鍵字:"],
)
def test_an_empty_label_of_the_pages_tags_is_furniture(line: str) -> None:
    assert tag_list(line)
    assert leak_reason(line) == "nav"


@pytest.mark.parametrize(
    "line",
    ["关键词：", "会议关键词:", "年度关键词:", "热词:", "他在网上搜索热词:"],
)
def test_a_bare_or_topical_keyword_label_stays(line: str) -> None:
    assert not tag_list(line)

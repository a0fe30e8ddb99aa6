"""A keyword posing as a channel (filters/spam_channel.py): a farm's term glued to 新闻 alone
in the page head, written with terms of my own (no eval page's); negatives: section labels
and outlets over their stories, an outlet its article names, the same line on a page with
no spam and no vocabulary."""

from __future__ import annotations

import pytest
from test_spam_head_line import LONG as PARAS
from test_spam_question import HEADLINE, _text
from test_spam_slot import _removed_as_spam

from newsclean import clean

SPAM_ELSEWHERE = "澳门百家乐_九州娱乐城_金狐盒子88.com"


#: A film premiere, written for these tests: an entertainment desk's story that never says 娱乐.
FILM = [
    "电影《山海之间》北京首映",
    "2026-03-04 02:33:11 来源:中国新闻网 作者:朱方芳",
    "@CHANNEL",
    "  本报讯 由著名导演执导的电影《山海之间》昨日在北京举行首映礼,主创团队悉数到场,"
    "与观众分享拍摄过程中的点滴故事。",
    "  影片讲述了一位乡村教师扎根大山三十年的故事,取景地位于贵州黔东南的一处偏远村寨,"
    "剧组在当地拍摄了近四个月。",
    "  导演在首映礼上表示,希望通过这部影片让更多观众关注乡村教育,也向坚守在基层的教师们致敬。",
    "  主演之一在接受采访时说,为了演好这个角色,她提前两个月住进村里,跟着当地老师一起上课、家访。",
    "  据悉,该片将于下月在全国院线上映,片方还计划在多个城市举办路演活动,与观众面对面交流。",
]


def _film(channel: str, *more: str) -> list[str]:
    return [channel if line == "@CHANNEL" else line for line in FILM] + list(more)


@pytest.mark.parametrize("line", ["金狐娱乐城新闻", "金狐娛樂城新闻"])
def test_a_brand_the_vocabulary_calls_strong_goes_over_the_story(line: str) -> None:
    page = [line, HEADLINE, *PARAS]
    assert _removed_as_spam(page) == {line}
    doc = clean(_text(page))
    assert doc.source is None or "金狐" not in doc.source


def test_a_weak_word_alone_is_no_sign_on_a_clean_page() -> None:
    line = "金狐娱乐新闻"  # 娱乐: frame_strength 1, a channel's word as much as a brand's
    assert _removed_as_spam([line, HEADLINE, *PARAS]) == set()
    assert _removed_as_spam([line, HEADLINE, *PARAS, SPAM_ELSEWHERE]) == {line, SPAM_ELSEWHERE}


@pytest.mark.parametrize("line", ["娱乐圈新闻", "影视娱乐新闻", "澳门娱乐新闻"])
def test_a_real_entertainment_channel_stays_over_its_story(line: str) -> None:
    doc = clean(_text(_film(line)))
    assert not [r for r in doc.removed if r.reason == "spam"]
    assert any(p.startswith("本报讯 由著名导演") for p in doc.body)
    assert doc.title == "电影《山海之间》北京首映"


def test_a_channel_verdict_alone_does_not_make_the_page_hijacked() -> None:
    line = "金狐娱乐城新闻"  # strong: the line goes, but it is no template's other injection
    doc = clean(_text(_film(line)))
    assert {r.text for r in doc.removed if r.reason == "spam"} == {line}
    assert any(p.startswith("本报讯 由著名导演") for p in doc.body)


def test_a_county_channel_on_a_hijacked_page_goes_as_spam_not_from_the_body() -> None:
    line = "安吉县新闻"  # known: on a page with spam elsewhere a foreign channel goes (misfiled)
    doc = clean(_text(_film(line, SPAM_ELSEWHERE)))
    assert line in {r.text for r in doc.removed if r.reason == "spam"}
    assert doc.title == "电影《山海之间》北京首映"
    assert len(doc.body) == 5


def test_an_unknown_keyword_goes_on_a_hijacked_page_only() -> None:
    line = "紫霞盒子新闻"
    assert _removed_as_spam([line, HEADLINE, *PARAS]) == set()
    assert _removed_as_spam([line, HEADLINE, *PARAS, SPAM_ELSEWHERE]) == {line, SPAM_ELSEWHERE}


@pytest.mark.parametrize(
    "line",
    [
        "国际新闻",  # a section label
        "体育新闻",
        "澎湃新闻",  # a listed outlet
        "央視新聞",  # a listed outlet, printed traditional
        "清华新闻",  # the article prints 清华
        "今日新闻",  # a two-character word: a channel's (今日, 热点), an outlet's short name
        "红星新闻",
    ],
)
def test_real_channels_and_outlets_stay_on_a_hijacked_page(line: str) -> None:
    assert line not in _removed_as_spam([line, HEADLINE, *PARAS, SPAM_ELSEWHERE])


def test_below_the_first_paragraph_it_stays() -> None:
    line = "紫霞盒子新闻"  # a related-story channel under the article, not its head
    page = [HEADLINE, *PARAS, line, SPAM_ELSEWHERE]
    assert line not in _removed_as_spam(page)


def test_a_page_of_channel_lines_and_pairs_is_linear() -> None:
    from linear import assert_linear

    from newsclean.filters.spam_slot import slot_spam
    from newsclean.filters.spam_verdict import NOT_SPAM

    def page(n: int) -> list[str]:
        return [f"紫霞{k % 97:02d}新闻" if k % 2 else f"紫霞{k}(金狐{k})" for k in range(n)]

    assert_linear(page, lambda texts: slot_spam(texts, [NOT_SPAM] * len(texts)), 2000)

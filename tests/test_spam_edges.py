"""Where a link list ends: its edges, judged by the list's members and the line beside it.

* A list of three lines standing line after line is spaced as a longer one is: its unknown
  terms (no lexicon word, no glue) go with its marked line, as in a longer list.
* A line of two keywords is keyword-shaped as one keyword is (each segment is judged).
* A short line with a sign of prose (a date in digits, a word of reporting or of a
  report's time; ``data/spam_prose_terms.txt``) glued to the list's edge is the page's own
  heading or one-line paragraph: the block stops before it, even when it names the crime
  the list sells.  A keyword-shaped line without such a sign still goes with the list.

The shapes were seen on hijacked pages (a list of three links between two paragraphs, a
list of two terms a line at the top: ``eval/README.md``'s spam variants); the terms here
are written for the test.
"""

from __future__ import annotations

import pytest

from newsclean.filters.spam import spam_verdicts
from newsclean.filters.spam_signs import prose_sign
from newsclean.page import simplify_lines as _simplify_lines

PARA = "  受台风外围云系与冷空气共同影响，从23日晚开始，我市已迎来明显降水过程。"
PARA_2 = "  预计未来几天，我市天气仍以阴雨为主，气温整体较为平稳，市民需注意防范。"
JOINED = "大发盘口,月光黄网导航,章鱼彩票,卖qq号码,博乐国际,xx片大放送.com"
LIST = ["澳门赌场", "威尼斯人娱乐", "av在线", "六合彩开奖"]


def _removed(page: list[str]) -> list[str]:
    verdicts = spam_verdicts(page, simplify_lines=_simplify_lines)
    return [line for line, v in zip(page, verdicts, strict=True) if v.is_spam]


def test_a_list_of_three_lines_goes_whole_on_a_hijacked_page():
    links = ["a片大放送", "月光黄网导航", "七月丁香小站"]
    page = [JOINED, "", PARA, "", *links, "", PARA_2]
    assert _removed(page) == [JOINED, *links]


def test_a_list_of_three_spaced_lines_keeps_a_line_spaced_otherwise():
    # The list is spaced line after line; a name under a blank line is the page's.
    page = [JOINED, "", PARA, "", "a片大放送", "月光黄网导航", "七月丁香小站", "", "北京青年报"]
    assert "北京青年报" not in _removed(page)


def test_two_keywords_a_line_are_keyword_shaped():
    links = ["德发娱乐 bt淫色电影", "大型黄站 蒙尘药", "性免费电影 七月丁香小站"]
    page = [*links, "", PARA, "", PARA_2]
    assert _removed(page) == links


def test_two_clauses_of_a_title_are_no_keyword_list():
    page = [PARA, "", "铺展宏伟蓝图 中国昂扬自信迈向新时代", "", PARA_2]
    assert _removed(page) == []


PROSE_HEADINGS = [
    "6月起严打网络赌博",
    "全省通报网络赌博案例",
    "网络赌博黑幕调查",
    "海南重拳出击网络赌博",
    "赌博网站今起关停",
    "5月20日网络赌博案开庭",
]


@pytest.mark.parametrize("heading", PROSE_HEADINGS)
def test_a_prose_line_glued_under_a_list_stays(heading):
    page = [PARA, "", *LIST, heading, "", PARA_2]
    assert _removed(page) == LIST


@pytest.mark.parametrize("heading", PROSE_HEADINGS)
def test_a_prose_line_glued_above_a_list_stays(heading):
    page = [PARA, "", heading, *LIST, "", PARA_2]
    assert _removed(page) == LIST


def test_a_keyword_without_prose_signs_still_goes_with_the_list():
    # An unknown link heading or ending a list that stands line after line.
    for page in ([PARA, "", "代刷", *LIST, "", PARA_2], [PARA, "", *LIST, "蓝月传奇", "", PARA_2]):
        assert len(_removed(page)) == 5


def test_a_line_the_line_model_removed_is_no_prose_edge():
    # A joined spam line with a date in it is spam on its own evidence.
    joined = "澳门百家乐,六合彩开奖结果,5月20日更新,代开发票,www.example.com"
    page = [PARA, "", *LIST, joined, "", PARA_2]
    assert _removed(page) == [*LIST, joined]


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("6月起严打网络赌博", True),
        ("5月20日网络赌博案开庭", True),
        ("2024年3月通报", True),
        ("6月丁香", False),  # a month alone names a site as often
        ("七月丁香小站", False),
        ("2024最新av", False),
        ("威尼斯人娱乐", False),
    ],
)
def test_prose_sign(line, prose):
    assert prose_sign(line) is prose


def test_links_repeating_the_pages_spam_line_are_worded():
    # No lexicon word on the list's lines: two of them repeat links of the joined line.
    joined = "大发盘口,月光导航网,章鱼彩票,卖qq号码,博乐国际,清风影院,xx片大放送.com"
    links = ["月光导航网", "清风影院", "七月丁香小站"]
    page = [joined, "", PARA, "", *links, "", PARA_2]
    assert _removed(page) == [joined, *links]


def test_a_heading_that_a_spam_line_also_names_stays_alone():
    # A real short line the joined list happens to name, with no list around it.
    joined = "大发盘口,北京新闻,章鱼彩票,卖qq号码,博乐国际,xx片大放送.com"
    page = [joined, "", "北京新闻", "", PARA, "", PARA_2]
    assert _removed(page) == [joined]


def test_a_stolen_headline_in_a_hijacked_title_is_no_link():
    from newsclean.filters.spam import page_links

    probes = {0: "暴雨蓝色预警信号发布市民注意防范_澳门百家乐_六合彩开奖"}
    assert page_links(probes, {0: ("百家乐",)}) == frozenset({"澳门百家乐", "六合彩开奖"})


def test_a_lost_character_ending_a_keyword_line_is_no_question():
    """``spam.keyword_line``: a stray ``?`` ending the line is a character the encoding
    lost (as in the line model), so the list is judged by its company; a question that
    ends a real list of words is no keyword list without a spam term."""
    from newsclean.filters.spam import keyword_line

    assert keyword_line("利赢彩票,mm美图,夜夜舔,乐点娱乐 ?") is not None
    assert keyword_line("北京,上海,广州,深圳 ?") is None
    assert keyword_line("娱乐,体育,财经,你看了吗?") is None  # 了: a function character


def test_a_function_character_read_as_a_noun_is_no_clause_in_a_keyword_list():
    """``spam.keyword_line``: 都 in 都市 / 成都 and 的 in 的士 are a name's morphemes (the
    characters read dū and dí), not the adverb or the particle of a clause."""
    from newsclean.filters.spam import keyword_line

    assert keyword_line("淫乱都市|一肖|午夜导航|全新yhk") is not None
    assert keyword_line("成都娱乐,午夜导航,鑫源盘口,全新yhk") is not None
    assert keyword_line("娱乐,大家都来,午夜导航,全新yhk") is None  # 都 the adverb
    assert keyword_line("娱乐,我的城市,午夜导航,全新yhk") is None  # 的 the particle


def test_a_city_list_on_a_hijacked_page_stays():
    # a real list of cities on a hijacked page holds no spam term: not a keyword list
    page = [JOINED, "", PARA, "", "成都 | 首都 | 京都 | 都市频道", "", PARA_2]
    assert _removed(page) == [JOINED]


@pytest.mark.parametrize(
    "line",
    [
        "站群模板: 3d轮盘| ag线上娱乐| 上网文凭| 芬太尼",  # a label before a list of bars
        "友情链接：鑫源娱乐｜上网文凭｜午夜导航｜ag线上娱乐",
    ],
)
def test_a_labelled_list_of_bars_is_judged_as_its_list(line):
    assert _removed([line]) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "标签: 台风 | 暴雨 | 预警 | 北京",  # a tag line: no spam term
        "警方提醒:防疫期间 | 错峰出行 | 娱乐场所暂停营业",  # a clause after the colon
        "记者: 张三 | 编辑: 李四 | 来源: 新华网",  # credits, several colons
        "热门标签：台风 | 暴雨 | 娱乐 | 北京",  # one weak word of the lexicon
    ],
)
def test_a_colon_before_real_text_still_counts(line):
    assert _removed([line]) == []


def test_ascii_noise_with_a_colon_and_bars_is_no_labelled_list():
    # bytes that lost their high bit (codec damage, not spam): no Han label
    from newsclean.filters.spam_line import _list_after_label
    from newsclean.filters.spam_signature import label_split

    def listed(probe: str) -> str | None:
        split = label_split(probe)
        return None if split is None else _list_after_label(*split)

    assert listed("sof:q,|rc,ru|,c^q,700flhz^") is None
    assert listed("标签: 台风 | 暴雨 | 预警") == " 台风 | 暴雨 | 预警"

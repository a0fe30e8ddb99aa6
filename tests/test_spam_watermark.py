"""A copier's address stamped after a paragraph's stop (filters/spam_watermark.py): the
stamp is cut out of the line, the article's sentences stay; an address the article prints
once, in ordinary case, or names elsewhere stays."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict
from newsclean.filters.spam_watermark import CANDIDATE, watermark_cuts

#: Real paragraphs of a games article (http://m.jiachangba.com/html/jiaoyu/603237.html, a
#: site not in eval/), the stamps glued into them built for the tests.
FIRST = "《原神》是由上海米哈游网络科技股份有限公司制作发行的一款开放世界冒险游戏。"
SECOND = "游戏发生在一个被称作“提瓦特”的幻想世界,在这里,被神选中的人将被授予“神之眼”。"
THIRD = "原神这款游戏的地图风景优美精致。"


def _cuts(lines: list[str]) -> dict[int, tuple[str, str]]:
    return {
        i: (cut.cut, cut.rest) for i, cut in watermark_cuts(lines, [NOT_SPAM] * len(lines)).items()
    }


@pytest.mark.parametrize("stamp", ["JunZitang.coM", "qiuShu.cOm", "Abc123.neT"])
def test_mixed_case_address_after_a_stop_is_cut_once(stamp):
    page = [FIRST + stamp + SECOND, THIRD]
    assert _cuts(page) == {0: (stamp, FIRST + SECOND)}
    page = [FIRST, SECOND + stamp]
    assert _cuts(page) == {1: (stamp, SECOND)}


def test_an_address_stamped_twice_with_its_name_is_cut():
    stamp = "乐读网 - ledu88.com"
    page = [FIRST + stamp + SECOND, THIRD + stamp]
    assert _cuts(page) == {0: (stamp, FIRST + SECOND), 1: (stamp, THIRD)}


def test_the_line_judged_spam_is_no_paragraph():
    page = [FIRST + "JunZitang.coM", THIRD]
    verdicts = [SpamVerdict(True, 3.0, (), 1), NOT_SPAM]
    assert watermark_cuts(page, verdicts) == {}


@pytest.mark.parametrize(
    "lines",
    [
        # a site's description ending with its own address, once, in ordinary case
        # (a 名医主刀 page's meta description, public PHP theme in the code corpus)
        [
            "新闻中心。【名医主刀】汇聚国内外顶级名医资源和床位资源,帮助广大患者得以在第一时间"
            "预约到名医专家进行主刀治疗。www.mingyizhudao.com"
        ],
        # a tutorial's address after a stop, then an arrow: no stamp's end
        ["域名服务器迭代查询,根据返回的地址逐级向上查询。www.google.com->本地dns服务器查询的结果"],
        # an address the article names again elsewhere (its source line)
        [FIRST + "JunZitang.coM" + SECOND, "来源:junzitang.com"],
        # an address inside the sentence, not after its stop
        ["实际上www.csdn.net是顶级域名csdn.net的二级域名。"],
        # a stamp lost its host (a novel copy's www. alone): left to other models
        ["也丝毫不落下风。www.他修炼出来的剑道规则,比掌道规则更多。"],
    ],
)
def test_addresses_the_article_writes_stay(lines):
    assert _cuts(lines) == {}


def test_pipeline_keeps_the_sentence_and_cuts_the_stamp():
    text = "\n\n".join(["原神好玩之处", FIRST + "JunZitang.coM" + SECOND, THIRD]) + "\n"
    doc = clean(text)
    assert FIRST + SECOND in doc.body
    assert not any("JunZitang" in line for line in doc.body)


# Round 28: the host printed nowhere else is judged on the page without its stamps and
# without the lines judged spam (a copier stamps twice in a row; a spam line names the
# copier's host too): before, a substring count called the host printed elsewhere, the
# stamps stayed, and a second cleaning (the spam line gone) cut them.
def test_a_stamp_printed_twice_in_a_row_is_no_other_printing_of_the_host():
    page = [FIRST + "JunZitang.coM" + SECOND, THIRD + "JunZitang.coMJunZitang.coM"]
    cuts = _cuts(page)
    assert cuts[0] == ("JunZitang.coM", FIRST + SECOND)
    assert cuts[1][1] == THIRD


def test_a_host_named_in_a_spam_line_is_not_the_articles():
    page = ["JunZitang.coM 免费电影 在线观看", FIRST + "JunZitang.coM" + SECOND, THIRD]
    verdicts = [SpamVerdict(True, 3.0, (), 1), NOT_SPAM, NOT_SPAM]
    assert watermark_cuts(page, verdicts)[1].rest == FIRST + SECOND


def test_a_host_the_article_writes_after_its_stamps_still_stays():
    page = [FIRST + "JunZitang.coM" + SECOND, THIRD + "请登录JunZitang.com查看。"]
    assert _cuts(page) == {}


def test_cleaning_the_cleaned_page_cuts_nothing_more():
    page = f"{FIRST}JunZitang.coM{SECOND}\n\n{THIRD}JunZitang.coMJunZitang.coM\n"
    once = clean(page)
    assert not any("JunZitang" in paragraph for paragraph in once.body)
    assert clean("\n\n".join(once.body)).body == once.body


# Round 35: a named stamp (site name, dashes, slogan glued to the host), as
# www.www897cc.com pastes it into the articles it copies: after an ASCII "?", after a
# full stop, after a space at a source line's end, and on lines of its own.
NAMED = "GMu28資訊網——每日最新資訊28at.com"
LAST = (
    "這是汽車電子軟件行業一直以來更普遍的黑盒交付模式。同時,ECU開發流程主線基本都是圍繞交樣進行的。"
)
NAMED_PAGE = [
    "如何區分汽車ECU的ABCD樣?",
    "",
    NAMED,
    "",
    f"智車科技, 如何區分汽車ECU的ABCD樣?{NAMED}",
    "",
    f"本文來源:水輕言 {NAMED}",
    "",
    f"將軟件刷寫到硬件里,直接交付硬件。{NAMED}",
    "",
    f"{LAST}{NAMED}",
]


def test_a_named_stamp_is_cut_wherever_it_is_pasted():
    cuts = watermark_cuts(NAMED_PAGE, [NOT_SPAM] * len(NAMED_PAGE))
    assert {i: c.rest for i, c in cuts.items()} == {
        4: "智車科技, 如何區分汽車ECU的ABCD樣?",
        6: "本文來源:水輕言 ",
        8: "將軟件刷寫到硬件里,直接交付硬件。",
        10: LAST,
    }


def test_the_source_line_keeps_its_source_without_the_stamp():
    doc = clean("\n".join(NAMED_PAGE) + "\n")
    assert doc.source == "水轻言"
    assert "将软件刷写到硬件里,直接交付硬件。" in doc.body
    assert not any("28at.com" in line for line in doc.body if "。" in line or "?" in line)


def test_a_site_named_once_beside_a_dash_stays():
    page = ["新华社消息。", "", "详情请见官网 新华网——xinhuanet.com"]
    assert watermark_cuts(page, [NOT_SPAM] * 3) == {}


def test_a_dash_before_digits_is_no_stamp_candidate() -> None:
    # a date's hyphen (2019-05-09) or a score (3-1) holds no host: the pre-filter skips it
    assert CANDIDATE.search("2019-05-09 比赛以3-1结束,主队晋级。") is None
    assert CANDIDATE.search("的主要部分。爱掏网 - it200.com通常对应") is not None
    assert CANDIDATE.search("本文來源:水輕言 GMu28資訊網——每日最新資訊28at.com") is not None

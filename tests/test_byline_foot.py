"""A publisher's name closing the article (byline_foot): the bare name under the last
paragraph is the source, with or without a word of attribution before it (据人民网)."""

from __future__ import annotations

import pytest

from newsclean import clean

# taiwan.cn, 2012-04-01, a 中新网 report (eval/originals/073.json)
HEADLINE = "国新办副主任王国庆看望中新社博鳌论坛报道组"
PARAGRAPHS = (
    "1日上午,中国国务院新闻办公室副主任王国庆来到博鳌亚洲论坛新闻中心,看望了中新社博鳌"
    "亚洲论坛报道组,勉励中新社记者发挥对外报道优势,做好博鳌论坛报道。",
    "博鳌亚洲论坛2012年年会于4月1日至3日在海南博鳌举行。中新社约20名记者和工作人员进驻"
    "博鳌进行报道。(完)",
)


def _page(closing: str) -> str:
    return "\n\n".join((HEADLINE, *PARAGRAPHS, closing)) + "\n"


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        ("中新网", "中新网"),
        # 联合日报 (unitednews.net.ph) and a Philippine forum's copies: "according to X"
        ("据中新网", "中新网"),
        ("據中新網", "中新网"),
        ("转自中新网", "中新网"),
    ],
)
def test_the_name_closing_the_article_is_the_source(closing, source):
    doc = clean(_page(closing))
    assert doc.source == source
    assert all(closing not in paragraph for paragraph in doc.body)


@pytest.mark.parametrize(
    "closing", ["据悉", "据了解,活动将持续三天。", "据中新网报道,会议于3日闭幕。"]
)
def test_a_sentence_of_attribution_stays_in_the_body(closing):
    doc = clean(_page(closing))
    assert doc.source is None
    assert any(closing in paragraph for paragraph in doc.body)


def test_the_source_under_the_bylines_time_loses_its_attribution_too():
    # 發佈時間 … then 據中新社 on its own line under it (eval round 27, page 113's layout)
    page = f"{HEADLINE}\n\n發佈時間 2022-09-23 10:00\n\n據中新社\n\n" + "\n\n".join(PARAGRAPHS)
    doc = clean(page)
    assert doc.source == "中新社"


# Round 28: an attributed credit alone on its line under the article is the source even
# when the site's teasers follow it (an e-paper's brief, the credit pushed right).
TEASER = (
    "本地 2026-01-01 新控烟措施今起生效,禁烟范围进一步扩大,学校、医院及幼儿中心等,"
    "出入口3米范围内的公众地方,划为法定禁烟区。"
)


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("                           据新华社", "新华社"),  # pushed right by spaces
        # a 2008 sina news database dump on GitHub (find_string id 47055187065): an
        # earthquake story closes with 　　据新华社电 on its own paragraph
        ("　　据新华社电", "新华社"),
        ("据Yahoo奇摩新闻", "Yahoo奇摩新闻"),  # an outlet named in Latin letters and Han
        ("據中評社", "中评社"),  # traditional, converted
        ("据中新网消息", "中新网"),  # the outlet's kind of copy after it
        ("                           据 202.62.215.15", "202.62.215.15"),  # a bare host
    ],
)
def test_an_attributed_credit_under_the_article_is_the_source(credit, source):
    doc = clean("\n\n".join((HEADLINE, *PARAGRAPHS, credit, TEASER)) + "\n")
    assert doc.source == source
    assert all(credit.strip() not in paragraph for paragraph in doc.body)


@pytest.mark.parametrize(
    "line",
    [
        # a GitHub page of a 2014 Beijing paper (find_string "据新华社"): the credit opens
        # its paragraph, the story follows on the same line: a paragraph, not a credit
        "据新华社电 国家主席习近平9日上午在人民大会堂会见了来北京出席亚太经合组织第二十二次"
        "领导人非正式会议的香港特别行政区行政长官梁振英。",
        # a 2014 Ebola story (GitHub, find_string "据中新网"): the attribution opens a sentence
        "据中新网消息,美国疾控中心(CDC)15日宣布,该患者14日出现症状的前一天曾乘坐飞机。",
        "据报道",  # an attribution word before no outlet
        "据介绍",
        "据 3.14",  # a number, no address
    ],
)
def test_an_attribution_that_names_no_outlet_alone_stays(line):
    doc = clean("\n\n".join((HEADLINE, *PARAGRAPHS, line, TEASER)) + "\n")
    assert doc.source is None


# Round 37: the closing name set in brackets, a pair or the half a page printed.
FOOT_STORY = (
    "国民党与民众党主席会面\n\n"
    "　　中新网台北11月26日电 (孙伟伦)国民党主席与民众党主席上周各率党内人马会面对谈,"
    "宣示未来在野合作。\n\n"
    "　　双方表示将在年底选举中协调提名,外界关注合作细节。\n\n"
)


@pytest.mark.parametrize("closing", ["【FTNN新闻网", "【FTNN新闻网】", "（新华社）"])
def test_a_bracketed_closing_name_is_the_source(closing: str) -> None:
    document = clean(FOOT_STORY + closing + "\n")
    assert document.source == closing.strip("【】（）")
    assert all(closing not in paragraph for paragraph in document.body)


@pytest.mark.parametrize("closing", ["【完】", "（待续）", "【相关阅读】"])
def test_a_bracketed_closing_word_is_no_source(closing: str) -> None:
    assert clean(FOOT_STORY + closing + "\n").source is None


P_ONE = "  康文署表示，现时提供共235个五人或七人足球场，部分硬地球场可同时作两种用途。"
P_TWO = "  署方也会视乎个别申请，接受硬地足球场作非指定用途，推广不同运动项目。"


def test_a_reprint_notice_is_no_source_credit_round_38() -> None:
    from newsclean.filters.byline_foot import attributed_credit

    assert attributed_credit("转载自人民日报") is None
    assert attributed_credit("轉載自Yahoo奇摩新聞") is None
    assert attributed_credit("转自人民日报") == "人民日报"


def test_the_publisher_s_row_with_comment_links_round_38() -> None:
    from newsclean import clean

    text = "\n".join(
        ["足球场并无供过于求", "", P_ONE, "", P_TWO, "", "香港政府新闻网 | 0条评论 | 查看/发表评论"]
    )
    doc = clean(text + "\n")
    assert doc.source == "香港政府新闻网"
    assert all("评论" not in line for line in doc.body)


# https://www.tradenet.hk/blogs/ (a repost of 香港政府新聞網's story) closed the way the
# hijacked host http://www.ymz120.cn prints its source (the outlet, then the copier's own
# address): the address is no part of the outlet's name.
FOOTBALL = [
    "五人或七人足球場並無供過於求",
    "",
    "  就有傳媒報道康樂及文化事務署提供的五人或七人硬地足球場供過於求,該署表示並無此情況。",
    "",
    "  署方也會視乎個別申請,接受硬地足球場作非足球用途。",
    "",
]


def test_a_closing_outlet_with_the_copiers_address_is_the_source():
    doc = clean("\n".join([*FOOTBALL, "香港政府新聞網 http://www.ymz120.cn"]) + "\n")
    assert doc.source == "香港政府新闻网"
    assert doc.lines[-1].placement == "metadata"


def test_an_address_alone_under_the_article_names_no_outlet():
    doc = clean("\n".join([*FOOTBALL, "http://www.ymz120.cn"]) + "\n")
    assert doc.source is None

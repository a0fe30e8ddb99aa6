"""The spam variant table: every shape spam takes on a page, and the real lines that look
like it, judged through the page-level entry point the pipeline calls.

Each case is a page (lines, blank lines as on the page) and the lines that must go; every
other line must stay.  Lines were written in the shapes seen on hijacked mirror pages
(``fixtures/000_da2a06443414a7f3.txt``, ``eval/README.md``) and real news pages (the
negatives file names its sources).
"""

from __future__ import annotations

import pytest
from conftest import data_lines

from newsclean import clean
from newsclean.filters.spam import spam_verdicts
from newsclean.page import simplify_lines as _simplify_lines

PARA_1 = "  近日，警方捣毁一个跨境网络赌博平台，抓获犯罪嫌疑人32名，涉案金额逾5亿元。"
PARA_2 = "  办案民警介绍，该团伙通过“六合彩”“百家乐”等名目吸引网民下注，并通过地下钱庄转移资金。"
TITLE = "湖北、湖南、安徽三省援藏干部人才:同心凝聚合力 共谱雅砻新曲"
BYLINE = "发布时间: 2025-07-02 16:05:00 来源: 西藏日报"
LINKS = ["澳门赌场", "威尼斯人娱乐", "av在线", "办证", "六合彩开奖"]
TRADITIONAL_LINKS = ["澳門賭場", "威尼斯人娛樂", "av在線", "辦證", "六合彩開獎"]
GLUED_LINKS = ["澳门赌场2024", "威尼斯人娱乐 www.vns88.cc", "av在线", "办证", "六合彩开奖"]
TWO_TERM_LINKS = ["澳门赌场 威尼斯人娱乐", "av在线 | 一级片", "办证、代开发票", "六合彩开奖"]


def _spaced(lines: list[str]) -> list[str]:
    return [x for line in lines for x in (line, "")][:-1]


def _removed(page: list[str]) -> list[str]:
    verdicts = spam_verdicts(page, simplify_lines=_simplify_lines)
    return [line for line, v in zip(page, verdicts, strict=True) if v.is_spam]


JOINED = "澳门百家乐{0}六合彩开奖结果{0}代开发票{0}国产精品{0}免费观看{0}高清无码"

POSITIVE = {
    **{
        f"joined by {name}": ([TITLE, "", JOINED.format(sep), "", PARA_1], [JOINED.format(sep)])
        for name, sep in [
            ("comma", ","),
            ("full-width comma", "，"),
            ("bar", "|"),
            ("underscore", "_"),
            ("enumeration comma", "、"),
            ("space", " "),
        ]
    },
    "joined, traditional script": (
        [TITLE, "", "澳門百家樂|六合彩開獎結果|代開發票|國產精品|免費觀看"],
        ["澳門百家樂|六合彩開獎結果|代開發票|國產精品|免費觀看"],
    ),
    "joined with digits and a domain": (
        ["国产2021中文字幕,www.88vns.com,久久国产精品2024,免费一级a片", "", TITLE],
        ["国产2021中文字幕,www.88vns.com,久久国产精品2024,免费一级a片"],
    ),
    "block at the top": ([*LINKS, "", TITLE, "", BYLINE, "", PARA_1], LINKS),
    "block at the top, blank lines inside": (
        [*_spaced(LINKS), "", TITLE, "", BYLINE, "", PARA_1],
        LINKS,
    ),
    "block between paragraphs": ([PARA_1, "", *LINKS, "", PARA_2], LINKS),
    "block between paragraphs, blank lines inside": (
        [PARA_1, "", *_spaced(LINKS), "", PARA_2],
        LINKS,
    ),
    "block at the foot": ([PARA_1, "", PARA_2, "", *LINKS], LINKS),
    "block at the foot, two blank lines between links": (
        [PARA_1, "", PARA_2, "", *[x for link in LINKS for x in (link, "", "")]],
        LINKS,
    ),
    "traditional-script block": ([PARA_1, "", *TRADITIONAL_LINKS, "", PARA_2], TRADITIONAL_LINKS),
    "block with glued digits and a domain": ([PARA_1, "", *GLUED_LINKS, "", PARA_2], GLUED_LINKS),
    "block of two-term lines": ([PARA_1, "", *TWO_TERM_LINKS, "", PARA_2], TWO_TERM_LINKS),
    "block next to a joined line": (
        [JOINED.format(","), "", "澳门赌场", "威尼斯人娱乐", "", TITLE],
        [JOINED.format(","), "澳门赌场", "威尼斯人娱乐"],
    ),
    "unknown term inside a block goes with its neighbours": (
        [PARA_1, "", "澳门赌场", "彩神争霸", "威尼斯人娱乐", "av在线", "", PARA_2],
        ["澳门赌场", "彩神争霸", "威尼斯人娱乐", "av在线"],
    ),
    # A list of site and service names, most of them unknown brands built on a category
    # word (the link lists at the top and foot of mirrored articles, eval/README.md
    # spam-block-top / spam-block-foot), with one strong term: two strong lines are not
    # needed when every line is a keyword and half of them name spam.
    "keyword list with one strong link": (
        [PARA_1, "", PARA_2, "", "金樽娱乐", "迷药", "幸运影院", "代办签证"],
        ["金樽娱乐", "迷药", "幸运影院", "代办签证"],
    ),
    # A hijacked page carries several injections: with a joined line found at the top, a
    # keyword run of unknown brands at the foot goes, and so does a joined line of them.
    "keyword run on a page with spam elsewhere": (
        [
            JOINED.format(","),
            "",
            PARA_1,
            "",
            "万豪国际",
            "鸿福娱乐",
            "龙虎堂",
            "贵宾会",
            "",
            PARA_2,
        ],
        [JOINED.format(","), "万豪国际", "鸿福娱乐", "龙虎堂", "贵宾会"],
    ),
    "joined line of unknown brands on a page with spam elsewhere": (
        [JOINED.format(","), "", PARA_1, "", PARA_2, "", "鸿运娱乐,金殿国际,龙虎堂,88dy影院"],
        [JOINED.format(","), "鸿运娱乐,金殿国际,龙虎堂,88dy影院"],
    ),
    # A link list at the top with a joined list under it (one injection): the joined
    # line, of four keyword segments, is judged with the block.
    "block over a joined keyword line": (
        ["代充", "性感艳照", "色网大全", "", "卖号|代写作业|猎枪店|天天中彩票", "", TITLE],
        ["代充", "性感艳照", "色网大全", "卖号|代写作业|猎枪店|天天中彩票"],
    ),
    "unknown term at the edge of a list without blank lines": (
        [PARA_1, "", "代刷", "澳门赌场2024", "威尼斯人娱乐", "av在线", "", PARA_2],
        ["代刷", "澳门赌场2024", "威尼斯人娱乐", "av在线"],
    ),
    "source line after a list spaced by blank lines stays": (
        [*_spaced(LINKS), "", "北京青年报", "", PARA_1],
        LINKS,
    ),
    **{
        f"hijacked page keeps its {what}": (
            [JOINED.format(","), "", PARA_1, "", *lines, "", PARA_2],
            [JOINED.format(",")],
        )
        for what, lines in [
            ("list of names", ["张建国", "李晓梅", "王志强"]),
            ("tags", ["网络赌博", "跨境赌博", "电信诈骗"]),
            ("channel menu", ["新闻", "体育", "娱乐", "彩票"]),
        ]
    },
    "pair of strong links": (
        [PARA_1, "", "澳门赌场2024", "av在线 www.x8x8.cc", "", PARA_2],
        ["澳门赌场2024", "av在线 www.x8x8.cc"],
    ),
}

NEGATIVE = {
    "heading after a paragraph on a gambling crackdown": [
        PARA_1,
        "",
        "深耕产业援藏——激活经济新引擎",
        "",
        PARA_2,
    ],
    "one-line paragraph that names a crime": [PARA_1, "", "警方捣毁一个赌博网站", "", PARA_2],
    "subheadings of a crackdown report": [
        PARA_1,
        "",
        "警方捣毁一个赌博网站",
        "深挖幕后团伙",
        "",
        PARA_2,
    ],
    "caption and byline above the body": [
        TITLE,
        "",
        BYLINE,
        "",
        "湖北援藏企业的工人正在组装制氧机。",
        "安徽援建的山南市第二高级中学“智慧校园”建设项目",
        "",
        PARA_1,
    ],
    "section names": [PARA_1, "", "国内", "国际", "社会", "", PARA_2],
    # Bare category words are a channel menu's entries, not links (a link names a site
    # with such a word: 久久娱乐).
    "channel menu of category words between paragraphs": [
        PARA_1,
        "",
        *["新闻", "体育", "娱乐", "彩票"],
        "",
        PARA_2,
        "",
        *["影院", "娱乐", "午夜"],
        "",
        PARA_2,
    ],
    "tags of a crackdown report": [PARA_2, "", "网络赌博", "跨境赌博", "电信诈骗", "扫黄打非"],
    "channel menu with lottery and entertainment": [
        "新闻",
        "体育",
        "娱乐",
        "财经",
        "彩票",
        "汽车",
        "房产",
        "游戏",
        "",
        TITLE,
        "",
        PARA_1,
    ],
    "related headlines": [
        PARA_2,
        "",
        "上海发布新一轮促消费政策",
        "国产大飞机C919迎来第100万名旅客",
        "澳门特区政府公布博彩业新规",
    ],
    "charges listed in a court report": [
        PARA_1,
        "",
        "开设赌场罪",
        "赌博罪",
        "组织卖淫罪",
        "传播淫秽物品罪",
        "",
        PARA_2,
    ],
    "sports results with glued scores": [
        PARA_1,
        "",
        "湖人108",
        "勇士102",
        "掘金99",
        "太阳97",
        "",
        PARA_2,
    ],
    "list of names": [PARA_1, "", "张建国", "李晓梅", "王志强", "赵丽华", "", PARA_2],
    "navigation furniture": [PARA_2, "", "tibet.cn", "home", "首页", "相关阅读", "返回顶部"],
    "title right after a spam block stays": [*LINKS, "", "国产大飞机首飞成功"],
}


@pytest.mark.parametrize(("page", "spam"), POSITIVE.values(), ids=list(POSITIVE))
def test_spam_variants_are_removed(page, spam):
    removed = _removed(page)
    assert removed == spam


@pytest.mark.parametrize("page", NEGATIVE.values(), ids=list(NEGATIVE))
def test_real_short_lines_are_kept(page):
    removed = _removed(page)
    if page[-1] == "国产大飞机首飞成功":
        assert "国产大飞机首飞成功" not in removed and removed == LINKS
    else:
        assert removed == []


def _negative_pages() -> list[list[str]]:
    pages: list[list[str]] = []
    path = data_lines.__globals__["DATA"] / "spam_block_negatives.txt"
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("#"):
            continue
        if line.startswith("==="):
            pages.append([])
        elif pages:
            pages[-1].append(line)
    return pages


@pytest.mark.parametrize("page", _negative_pages())
def test_real_pages_with_short_lines_lose_nothing(page):
    assert _removed(page) == []


def test_block_evidence_is_recorded_per_line():
    doc = clean("\n".join([PARA_1, "", *LINKS, "", PARA_2]) + "\n", convert="t2s")
    removed = [r for r in doc.removed if r.reason == "spam"]
    assert [r.text for r in removed] == LINKS
    details = [e.detail for record in doc.lines for e in record.evidence if e.filter == "spam"]
    assert len(details) == len(LINKS)
    assert all(d.startswith("block of 5 lines") for d in details)
    assert "this line" in details[0] and "澳门赌场" in details[0]


# The block variant table on the STRUCTURAL model: link lists of terms the shipped lexicon
# lacks (checked below), glued to numbers, years, single digits or letters and domains, at
# the top, between paragraphs and at the foot (under the page's reprint notice), spaced or
# not.  Link-list layouts as the pages corpus renders hijacked pages (one link a line:
# http://www.mhfang.com/story/424112-1.shtml, http://www.49028c.com/wen/2019/11-18/212965.html)
# and as issue 10 describes them.
NOTICE = "声明：本文为本报原创稿件，转载请注明出处。"
UNSEEN_LINKS = ["金沙城2024", "永利皇宫", "鸿福国际www.hf88.cc", "九游会"]
UNSEEN_GLUED_CHAR = ["6合宝典", "计牌神器", "a级影视", "夜色宝盒"]
UNSEEN_TWO_TERM = ["蜜桃传媒 果冻传媒", "天美传媒 | 星空传媒", "91制片厂、樱桃直播"]
UNSEEN_BLOCKS = {
    "top": ([*UNSEEN_LINKS, "", TITLE, "", BYLINE, "", PARA_1], UNSEEN_LINKS),
    "between paragraphs": ([PARA_1, "", *UNSEEN_LINKS, "", PARA_2], UNSEEN_LINKS),
    "between paragraphs, spaced": ([PARA_1, "", *_spaced(UNSEEN_LINKS), "", PARA_2], UNSEEN_LINKS),
    "foot under the notice": ([PARA_1, "", NOTICE, "", *UNSEEN_LINKS], UNSEEN_LINKS),
    "foot, single digit or letter glued": (
        [PARA_1, "", PARA_2, "", NOTICE, "", *UNSEEN_GLUED_CHAR],
        UNSEEN_GLUED_CHAR,
    ),
    "between paragraphs, single digit or letter glued": (
        [PARA_1, "", *UNSEEN_GLUED_CHAR, "", PARA_2],
        UNSEEN_GLUED_CHAR,
    ),
    "foot, two terms a line": ([PARA_1, "", PARA_2, "", *UNSEEN_TWO_TERM], UNSEEN_TWO_TERM),
    "sites sharing a morpheme, spaced, at the foot": (
        [PARA_1, "", PARA_2, "", *_spaced(["开云体育", "乐鱼体育", "半岛体育2024", "华体会"])],
        ["开云体育", "乐鱼体育", "半岛体育2024", "华体会"],
    ),
}

UNSEEN_BLOCK_NEGATIVES = {
    "one-line paragraph naming a crime": [PARA_1, "", "警方破获一起网络赌博案", "", PARA_2],
    "heading and caption between paragraphs": [
        PARA_1,
        "",
        "跨境赌博链条如何运作",
        "",
        "图为警方查获的作案手机。",
        "",
        PARA_2,
    ],
    "finance tags at the foot": [PARA_1, "", PARA_2, "", "A股", "港股", "美股", "沪深300"],
    "English tags at the foot": [PARA_1, "", PARA_2, "", "Tags: China, Economy, Trade"],
    "place names, one a line, between paragraphs": [
        PARA_1,
        "",
        "北京",
        "上海",
        "广州",
        "深圳",
        "",
        PARA_2,
    ],
    "episode list at the foot": [PARA_1, "", PARA_2, "", "第1集", "第2集", "第3集", "第4集"],
    "metro lines at the foot": [PARA_1, "", PARA_2, "", "1号线", "2号线", "10号线", "14号线"],
    "annual reports at the foot": [
        PARA_1,
        "",
        PARA_2,
        "",
        "2024年度报告",
        "2023年度报告",
        "2022年度报告",
    ],
    "scores at the foot": [PARA_1, "", PARA_2, "", "湖人108", "勇士102", "掘金99"],
    "lines of a route sharing a morpheme": [
        PARA_1,
        "",
        "地铁1号线",
        "地铁2号线",
        "地铁3号线",
        "",
        PARA_2,
    ],
    "sports teams sharing a morpheme": [
        PARA_1,
        "",
        "北京国安",
        "上海海港",
        "山东泰山",
        "成都蓉城",
        "",
        PARA_2,
    ],
}


def test_unseen_block_terms_are_unseen():
    from newsclean.filters.spam import lexicon

    lines = [x for page, _ in UNSEEN_BLOCKS.values() for x in page if x not in (PARA_1, PARA_2)]
    for line in lines:
        if line in (TITLE, BYLINE, NOTICE, ""):
            continue
        found = {t for _, _, t in lexicon().find(line.lower())} - {"www"}
        assert not found, line


# Forms the block model does not catch yet, and why (strict: a fix must un-mark them).
BLOCK_MISSES = {
    # The unknown last link, spaced like the list, before a paragraph: kept as a possible
    # heading (the edge rule of spam_block).
    "between paragraphs, spaced",
    # No word of spam and one kind of machine sign (head glue) between paragraphs: the
    # shape of a list of sports scores or metro lines; only the foot takes it on glue alone.
    "between paragraphs, single digit or letter glued",
}


@pytest.mark.parametrize(
    ("page", "spam"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True)) if name in BLOCK_MISSES else case
        for name, case in UNSEEN_BLOCKS.items()
    ],
    ids=list(UNSEEN_BLOCKS),
)
def test_blocks_of_unseen_terms_are_removed(page, spam):
    assert _removed(page) == spam


@pytest.mark.parametrize("page", UNSEEN_BLOCK_NEGATIVES.values(), ids=list(UNSEEN_BLOCK_NEGATIVES))
def test_real_short_lines_near_unseen_shapes_are_kept(page):
    assert _removed(page) == []


PAGE_METADATA_UNDER_A_LIST = [
    # (the line, where such a line was seen) - the article's own metadata, standing right
    # under or above an injected link list with no blank line between.
    ("2025年7月2日 周三", "tests/data/byline_variants.tsv: weekday date line"),
    ("2026年3月8日 星期日", "tests/data/byline_variants.tsv"),
    ("港聞 2023年06月23日", "tests/data/byline_variants.tsv (明報 section + date)"),
    ("民国114年1月13日", "tests/data/byline_variants.tsv (ROC year)"),
    ("发布 2020-01-02", "tests/data/byline_variants.tsv"),
    ("【来源】新华网", "tests/data/byline_variants.tsv (bracketed label)"),
    ("[编辑]李四", "tests/data/byline_variants.tsv (bracketed label)"),
    ("转载请注明出处", "tests/data/notice_variants.tsv"),
    ("京ICP备12345678号", "tests/data/notice_variants.tsv"),
    ("▲游客在景区游览", "tests/data/caption_variants.tsv (a caption's opening mark)"),
    ("（记者 张三 摄）", "tests/data/caption_variants.tsv (a photo credit)"),
    ("(图/路透社)", "tests/data/caption_variants.tsv (a photo credit)"),
]
LINK_LIST = "亚洲无码视频\n澳门葡京赌场\n代开发票\n高仿身份证"
ARTICLE = "  最近，阴雨天气一直“赖”在省会不舍得离开。昨天，记者从市气象台了解到，今明两天降雨。"


@pytest.mark.parametrize(("line", "seen"), PAGE_METADATA_UNDER_A_LIST)
def test_the_pages_own_metadata_is_no_link_of_the_list_beside_it(line, seen):
    """A run's unmarked edge item went with the list: a date line glued under an
    injected list was removed as spam.  Metadata, notices and captions end a run."""
    above = f"{LINK_LIST}\n{line}\n\n{ARTICLE}\n"
    below = f"标题\n\n{ARTICLE}\n{line}\n{LINK_LIST}\n"
    for page in (above, below):
        doc = clean(page)
        spam = [r.text for r in doc.removed if r.reason == "spam"]
        assert line not in spam, seen
        assert len(spam) == 4, (spam, seen)


# Headings standing line after line, then a blank line and a joined spam line: the
# headings are a group of their own (spaced otherwise than their gap to the spam line),
# not unknown links of a list on a hijacked page.
JOINED_SPAM = "主站蜘蛛池模板: 仿真手枪| 96彩票| 97资源总站| 彩票2元网| 性爱频道| 六月婷婷丁香"
HEADINGS = ["拿出好地建造好房", "新中国华侨第一村处处体现人文关怀", "百年前归侨聚居 东山口逐渐繁华"]


def test_headings_set_apart_from_a_spam_line_are_kept():
    page = [PARA_1, "", *HEADINGS, "", JOINED_SPAM, "", PARA_2]
    assert _removed(page) == [JOINED_SPAM]


def test_unknown_links_spaced_as_the_list_still_go():
    links = ["金沙城2024", "永利皇宫", "九游会"]
    page = [PARA_1, "", *links, JOINED_SPAM, "", PARA_2]
    assert set(_removed(page)) >= {JOINED_SPAM, "金沙城2024"}


# Round 9: a keyword list ending the page needs no strong line when its vocabulary
# speaks for three lines in four (spam_block._is_keyword_list, ``foot``).
FOOT_LIST = ["利赢彩票", "忆博娱乐", "刷钱", "私彩平台"]
CHANNEL_ROWS = [
    ["新浪娱乐", "腾讯游戏", "网易彩票"],  # a portal's channel links: worded 2 in 3
    ["中国体育彩票", "体彩大乐透", "福彩双色球"],
]


@pytest.mark.parametrize("links", [FOOT_LIST, ["利贏彩票", "憶博娛樂", "刷錢", "私彩平臺"]])
def test_a_weak_keyword_list_ending_the_page_goes(links):
    page = [PARA_1, "", PARA_2, "", *links]
    assert _removed(page) == links


def test_the_same_weak_list_between_paragraphs_stays():
    page = [PARA_1, "", *FOOT_LIST, "", PARA_2]
    assert _removed(page) == []


@pytest.mark.parametrize("links", CHANNEL_ROWS)
def test_a_channel_row_ending_the_page_stays(links):
    page = [PARA_1, "", PARA_2, "", *links]
    assert _removed(page) == []


# Round 18: a template's lines (``spam_items.run_templates``): three lines of a run sharing a
# head or tail of four Han characters or more, each with its own slot, are generated, however
# long; the run still needs a word of spam.
TEMPLATE_LINES = ["甲站快速排名优化服务", "乙站快速排名优化服务", "丙站快速排名优化服务"]


def test_a_template_filled_by_a_list_goes_with_its_links() -> None:
    block = [TEMPLATE_LINES[0], "代开发票", "某某资源总站", *TEMPLATE_LINES[1:]]
    page = [TITLE, "", BYLINE, "", PARA_1, "", PARA_2, "", *block]
    assert _removed(page) == block


def test_a_template_line_at_the_edge_of_a_list_goes_with_it() -> None:
    block = [TEMPLATE_LINES[0], "澳门赌场", "av在线", *TEMPLATE_LINES[1:]]
    page = [TITLE, "", PARA_1, "", *block, "", PARA_2]
    assert _removed(page) == block


def test_a_series_of_headings_without_a_word_of_spam_stays() -> None:
    headings = ["全国人大常委会第一次会议", "全国人大常委会第二次会议", "全国人大常委会第三次会议"]
    page = [TITLE, "", PARA_1, "", *headings, "", PARA_2]
    assert _removed(page) == []


def test_a_template_of_sentences_stays() -> None:
    lines = ["我们的城市更美好", "他们的城市更美好", "大家的城市更美好"]
    page = [TITLE, "", PARA_1, "", *lines, "", PARA_2]
    assert _removed(page) == []


# Round 31 (clean once): a run is judged on the lines the clean text prints.  Lines from
# benchmark-corpus pages (/tmp/corpus of eval/README.md's speed run: 000252, 000501, 001881).
CAPTION_BETWEEN = [
    "　　1909年,莊昭典的父親莊清臨做的醬油已在西螺地區小有名氣。1930年代二戰即將爆發,為了戰前預備,"
    "日本政府開始在殖民地的台灣實施民生物資統制。",
    "",
    "sm用品-sm用品",
    "",
    "　　在武汉天河机场,湖北省武汉市第一医院医护人员为广东第14批援鄂医疗队送行(2020年3月23日摄)。"
    "新华社记者 陈晔华摄",
    "",
    "pp電影",
    "",
    "　　做實民生援藏——編織幸福保障網",
    "",
    PARA_2,
]
CLAUSE_BETWEEN = [
    TITLE,
    "",
    PARA_1,
    "",
    "亚洲淫色图",
    "",
    "　　評論數 0+ ?",
    "",
    "　　抗,是勇毅担当,上下同心;",
    "",
    "大型色站 色福吧",
    "",
    PARA_2,
]
HEADING_BETWEEN = [
    TITLE,
    "",
    PARA_1,
    "",
    "東風娛樂_約彩彩票_av成人影院_大型色站_芬太尼_亞洲淫影院_盧克索國際",
    "",
    "　　剛建成時的華僑新村。圖/越秀區華樂街道提供",
    "",
    "　　• 熊爭豔、丁小溪",
    "",
    "大寶線上娛樂，興勝娛樂，視頻自拍，av成人影院",
    "",
    PARA_2,
]


def _cleaned_twice(page: list[str]) -> tuple[list[str], list[str]]:
    from newsclean.render import render

    doc = clean("\n".join(page) + "\n")
    again = clean(render(doc, "text"))
    assert (again.title, again.body) == (doc.title, doc.body)
    return doc.body, [r.text for r in doc.removed if r.reason == "spam"]


def test_links_either_side_of_a_caption_are_one_run():
    """The caption leaves the text, which prints the two links next to each other: a
    second cleaning took them as a pair; the first does now too."""
    body, spam = _cleaned_twice(CAPTION_BETWEEN)
    assert spam == ["sm用品-sm用品", "pp電影"]  # removed lines keep their printing
    assert "做实民生援藏——编织幸福保障网" in body


def test_a_clause_between_links_stays():
    """With the furniture line between them skipped, the clause sits inside the run; its
    grammar (是) and no sign of spam keep it, on either cleaning."""
    body, spam = _cleaned_twice(CLAUSE_BETWEEN)
    assert spam == ["亚洲淫色图", "大型色站 色福吧"]
    assert "抗,是勇毅担当,上下同心;" in body


def test_a_heading_between_joined_lists_stays():
    """Two joined lists the line model removes are no links: the short line between them
    (across a caption) is printed alone by the clean text and judged so on both passes."""
    body, spam = _cleaned_twice(HEADING_BETWEEN)
    assert len(spam) == 2
    assert "• 熊争艳、丁小溪" in body


# Round 31: furniture after a list is no part of the article.  The page's foot is its last
# line of its own (``spam_runs.last_own_line``): a list that only a foot menu follows ends the
# page as one with nothing after it does (eval page 071's foot: 相关文章Related / 返回栏目>>
# / 首页 | 新闻头条).
FOOT_MENU = ["相关文章Related", "返回栏目>>", "首页   |   新闻头条"]


def test_a_weak_keyword_list_before_the_foot_menu_ends_the_page():
    page = [PARA_1, "", PARA_2, "", *FOOT_LIST, "", *_spaced(FOOT_MENU)]
    assert _removed(page) == FOOT_LIST


def test_the_list_before_a_paragraph_and_the_foot_menu_stays():
    page = [PARA_1, "", *FOOT_LIST, "", PARA_2, "", *_spaced(FOOT_MENU)]
    assert _removed(page) == []


@pytest.mark.parametrize("links", CHANNEL_ROWS)
def test_a_channel_row_before_the_foot_menu_stays(links):
    page = [PARA_1, "", PARA_2, "", *links, "", *_spaced(FOOT_MENU)]
    assert _removed(page) == []


# eval page 071's noise lines: a jammer line, a term wrapped in letters and digits, and a
# scrap without any Han character, standing line after line before the foot menu.
NOISE_071 = ["nsZvcpt德發娛樂&_c&E@vmmN6f", "3med6i德發娛樂Ek0V45isk", "d%XL6RDR"]


def test_noise_lines_before_the_foot_menu_go_together():
    page = [PARA_1, "", *NOISE_071, "", *_spaced(FOOT_MENU)]
    assert _removed(page) == NOISE_071


def test_a_latin_line_spaced_apart_from_the_list_stays():
    # the scrap with no Han character goes with the list only when spaced as its links
    page = [PARA_1, "", *NOISE_071[:2], "", "CCTV-13", "", *_spaced(FOOT_MENU)]
    assert _removed(page) == NOISE_071[:2]


def test_a_latin_line_before_a_paragraph_stays():
    # not at the foot: a paragraph follows, and the Latin line may be its label
    page = [PARA_1, "", *NOISE_071[:2], "CCTV-13", "", PARA_2]
    assert "CCTV-13" not in _removed(page)


def test_a_headline_with_the_lists_link_appended_is_no_link_of_the_list():
    # round-40 page (eval/pages/077.txt, tuned from round 41): a link list, then the
    # headline with one of the list's links glued after a bar; the headline is the page's
    # (the line model cuts its tail), the list's lines go
    page = [
        "天天干綜合-a片大放送-假證件-性色社區-免費激情網",
        "",
        "18dy影院,大陸黃網導航,信用卡提現,a片大放送,蒙塵藥,性愛頻道",
        "",
        "重慶居民感受到的幸福很真實|18dy影院",
        "",
        PARA_1,
    ]
    removed = _removed(page)
    assert "重慶居民感受到的幸福很真實|18dy影院" not in removed
    assert "天天干綜合-a片大放送-假證件-性色社區-免費激情網" in removed


def test_a_headline_glued_to_a_term_at_a_blocks_edge_stays_as_the_title() -> None:
    # the round-40 rows of http://big5.cctv.com/gate/big5/news.cntv.cn/20120112/117614.shtml
    # (now tuned): the hijacker's list over the headline, a term glued after it by a bar
    page = [
        "天天干綜合-a片大放送-假證件-性色社區-免費黃站",
        "",
        "18dy影院,大陸黃網導航,信用卡提現,a片大放送",
        "",
        "重慶居民感受到的幸福很真實|18dy影院",
        "",
        "來源:華龍網-重慶晨報 日期:12/01/2012",
        "",
        "  華龍網訊 (記者 詹遙)昨日,知名媒體記者來渝採訪,集中採訪公租房、交巡警平台等民生工程。"
        "記者們表示,重慶居民感受到的幸福很真實。",
        "",
        "  公租房經驗值得借鑒,多位記者在採訪後如是說。",
    ]
    document = clean("\n".join(page) + "\n")
    assert document.title == "重庆居民感受到的幸福很真实"
    assert "天天干綜合-a片大放送-假證件-性色社區-免費黃站" in [
        r.text for r in document.removed if r.reason == "spam"
    ]

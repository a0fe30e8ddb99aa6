"""A keyword list glued before a paragraph (filters/spam_list_head.py): the list is cut where
its last keyword meets the paragraph's opening, the paragraph stays (never removed whole); a
writer's list opening a lede (places, products, a crackdown's crimes) stays as it is."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam_list_head import list_head_cuts
from newsclean.filters.spam_verdict import NOT_SPAM
from newsclean.page import simplify_lines

#: A farm's keyword list (the shape of the keywords meta a hijacked copy prints).
LIST = "假证件,卖qq号码,何记娱乐,bt成人,97资源总站,博乐国际,刻章办,章鱼彩票,葡京网上赌场,"
LIST_TRAD = "天天干綜合,博樂國際,華斯頓娛樂,信用卡提現,大b私服,96彩票,性免費電影,97資源總站,"

HEADLINE = "海沧市民节开幕 市民同享幸福"
PARAGRAPH = (
    "昨天上午,海沧区阿罗海城市广场锣鼓喧天,九八投洽会开幕日的海沧更是别样的热闹欢腾,"
    "一派喜气洋洋的节日气氛。"
)
NEXT = "去年九八期间,为了让市民朋友欢度佳节,海沧筹办了首届市民节,开启全民同乐的幸福之旅。"


def _page(line: str, *, headline: str = HEADLINE, after: str = NEXT) -> str:
    return "\n\n".join([headline, line, after]) + "\n"


def _body(text: str) -> list[str]:
    return clean(text).body


@pytest.mark.parametrize(
    ("glued", "kept"),
    [
        # the last keyword runs into a desk credit in brackets
        (LIST + "蒙尘药【本报讯】" + PARAGRAPH, "【本报讯】" + PARAGRAPH),
        # ... into a lede's source formula (no bracket, no space)
        (LIST + "蒙尘药本报讯 (记者 李晓辉)" + PARAGRAPH, "本报讯 (记者 李晓辉)" + PARAGRAPH),
        # ... into an agency's dateline, the agency named by no lexicon
        (
            LIST + "不注册看艳片新华社厦门9月8日电(记者 曹智)" + PARAGRAPH,
            "新华社厦门9月8日电(记者 曹智)" + PARAGRAPH,
        ),
        # ... into a date, and a lede opener after a comma-less term
        (LIST + "六合彩2024年9月8日," + PARAGRAPH, "2024年9月8日," + PARAGRAPH),
        (LIST + "六合彩近日,厦门" + PARAGRAPH, "近日,厦门" + PARAGRAPH),
        # ... into a numbered paragraph
        (LIST + "土枪1." + PARAGRAPH, "1." + PARAGRAPH),
    ],
)
def test_the_list_is_cut_and_the_paragraph_kept(glued: str, kept: str) -> None:
    body = _body(_page(glued))
    assert kept in body
    assert not any("章鱼彩票" in line for line in body)


def test_a_traditional_list_before_a_bracketed_dateline() -> None:
    """A traditional page: the list is read simplified, the line cut as printed."""
    line = LIST_TRAD + (
        "遠航娛樂【中新社香港9月22日電】(戴小橦)香港特區行政長官李家超22日表示,"
        "期望香港新聞界努力講好香港故事。"
    )
    page = _page(
        line,
        headline="香港新聞界慶祝國慶 李家超希望講好香港故事",
        after="李家超表示,新聞界要主動講好香港故事,團結一致。",
    )
    body = clean(page, convert="none").body
    assert body[0].startswith("【中新社香港9月22日電】(戴小橦)香港特區")


def test_a_keyword_the_vocabulary_starts_and_the_article_ends() -> None:
    """No opener: the lexicon's term starts the keyword, the article's first printed pair
    ends it (行政 is the article's word)."""
    line = LIST + (
        "96彩票行政长官办公室网站由昨日起新增“特首感言”栏目,行政长官尝试以新的形式,"
        "通过声音与居民分享所感所想,并就社会、经济、民生事务抒发己见。"
    )
    page = _page(
        line,
        headline="行政长官办公室网站新增特首感言栏目",
        after="为方便公众收听,栏目上载了行政长官原声录音全文及分段。",
    )
    assert _body(page)[0].startswith("行政长官办公室网站由昨日起")


def test_a_mirror_gloss_inside_the_run_is_no_opening() -> None:
    """A mirror's gloss after the paragraph's first character is read past, not taken for
    a bracket: the cut lands before 新華社."""
    texts = [
        "中星20號衛星發射成功",
        LIST_TRAD
        + "贏彩王新華(huá )社西昌11月15日電(記者田兆運)15日零時01分,"
        + "我國自行研製的通信衛星發射升空。",
        "這是中國航天發射迎來的第四次勝利。",
    ]
    verdicts = [NOT_SPAM] * 3
    cut = list_head_cuts(texts, verdicts, simplify_lines)[1]
    assert cut.cut.endswith("贏彩王")
    assert cut.rest.startswith("新華(huá )社西昌")


def test_a_heading_dot_after_the_list() -> None:
    line = LIST_TRAD + "章魚彩票· 讀懂廣州第一六六期 ·"
    texts = ["讀懂廣州 幸福樂園七十載", line, "讀懂廣州第一六六期講述華僑新村的故事。"]
    cut = list_head_cuts(texts, [NOT_SPAM] * 3, simplify_lines)[1]
    assert cut.rest == "· 讀懂廣州第一六六期 ·"


@pytest.mark.parametrize(
    "line",
    [
        # a writer's list of places, of products, opening the lede
        "北京,上海,广州,深圳等地昨日迎来大幅降温,多地最低气温跌破零度,市民出行需注意保暖防滑。",
        "北京,上海,广州,深圳昨日迎来大幅降温,多地最低气温跌破零度,市民出行需注意保暖防滑。",
        "手机,平板,电脑,耳机,手表昨日起在多家商场降价促销,部分商品降幅超过三成,吸引大批市民选购。",
        "北京、上海、广州、深圳、杭州等地今年一季度经济增速均超过全国平均水平,消费市场持续回暖。",
        # a crackdown's list of crimes
        "赌博,吸毒,卖淫,诈骗,网络赌博近日成为警方重点打击对象,全市共破获案件一百二十余起。",
        # a writer's clauses before a quote (a quote is no paragraph's opening)
        "在施政管理上,陈县长指出,面对变化与挑战,县府团队必须具备「滚动修正」与「灵活调整」能力。",
    ],
)
def test_a_writers_list_opening_a_lede_stays(line: str) -> None:
    assert list_head_cuts([HEADLINE, line, NEXT], [NOT_SPAM] * 3, simplify_lines) == {}
    assert line in _body(_page(line))


def test_a_keyword_list_alone_is_no_list_head() -> None:
    """A keyword line with no paragraph after it is a spam line, not a head to cut."""
    line = LIST + "蒙尘药【官方网站】"
    assert list_head_cuts([HEADLINE, line, NEXT], [NOT_SPAM] * 3, simplify_lines) == {}
    assert not any("章鱼彩票" in b for b in _body(_page(line)))


def test_the_cut_is_recorded_as_evidence() -> None:
    from newsclean.filters.spam_list_head import list_head_cuts as cuts

    texts = [HEADLINE, LIST + "蒙尘药本报讯 " + PARAGRAPH, NEXT]
    found = cuts(texts, [NOT_SPAM] * 3, simplify_lines)[1]
    assert found.why.startswith("a keyword list glued before a paragraph")
    assert found.cut == LIST + "蒙尘药"


# Round 39: a site's brand glued before a wire story's dateline, no list.
WIRE = (
    "(记者 魏华都)预计于2025年首季启用的香港启德体育园16日进行第二次试业活动,上演十五人榄球国际赛。"
)
WIRE_NEXT = "赛事在园区内的启德青年运动场举行,吸引约2500人入场,香港启德体育园运作顺畅。"


@pytest.mark.parametrize(
    ("glued", "kept"),
    [
        # https://shanyouwang.com/5849dsnl.shtml
        ("半岛中国体育官方网站中新社香港11月16日电 " + WIRE, "中新社香港11月16日电 " + WIRE),
        ("某某娱乐官网新华社香港11月16日电" + WIRE, "新华社香港11月16日电" + WIRE),
        # a traditional page's brand (the body comes out simplified with its page)
        ("開雲體育官方網站中新社香港11月16日電 " + WIRE, "中新社香港11月16日电 " + WIRE),
    ],
)
def test_a_brand_before_a_dateline_is_cut(glued: str, kept: str) -> None:
    body = _body(_page(glued, headline="启德体育园第二次试业 上演榄球国际赛", after=WIRE_NEXT))
    assert kept in body


@pytest.mark.parametrize(
    "line",
    [
        "中超联赛官方网站显示,本轮比赛将于周六在香港启德体育园进行。" + WIRE,
        "据香港赛马会官网消息,11月16日起沙田马场开放参观。" + WIRE,
        "香港启德体育园官方网站16日公布,试业活动吸引约2500人入场。",
    ],
)
def test_a_paragraph_quoting_a_site_stays(line: str) -> None:
    page = [line, WIRE_NEXT]
    assert list_head_cuts(page, [NOT_SPAM] * 2, simplify_lines) == {}


#: Round 46: a Singapore story copied by a farm (https://www.xinjiapofuwuqi.cn/, the page
#: 新加坡新闻：涉剪毁逾5面国旗-青年面控接受精神评估): the keyword list glued before the first
#: paragraph, whose one sentence holds no opener; its last item closes with the paragraph's
#: first clause and its comma, one item holds a function character (乱伦都市).
SG_HEADLINE = "涉剪毁逾5面国旗 青年面控接受精神评估"
SG_LIST = "bt激情,代追债,色拍拍999,bt成人无码,乱伦都市,a级电影,91彩票,一夜激情,裸聊合法"
SG_FIRST = "男子涉嫌手持剪刀和刀子,在榜鹅一带剪毁超过5面国庆旗帜和国旗,昨早被控上法庭。"
SG_SECOND = (
    "被告是24岁的阿莫,他面对一项抵触腐蚀性和爆炸性物体和攻击性武器法令,以及一项恶作剧的控状。"
)
SG_THIRD = (
    "警方前天(2日)发文告说,警方在同一天接到通报,指一名男子剪断插在榜鹅径路旁的新加坡国旗。"
    "宏茂桥警署警员到场后将男子逮捕归案,并从他身上找到一把剪刀和一把刀子。"
)


def test_a_list_glued_before_a_one_sentence_paragraph_is_cut_and_the_sentence_stays() -> None:
    text = "\n\n".join([SG_HEADLINE, SG_LIST + SG_FIRST, SG_SECOND, SG_THIRD]) + "\n"
    assert _body(text) == [SG_FIRST, SG_SECOND, SG_THIRD]


def test_a_writers_list_with_a_function_character_stays() -> None:
    # a writer's clauses before the sentence: no spam term opens them
    line = "北京,上海,广州,我们都看到,男子涉嫌手持剪刀和刀子,在榜鹅一带剪毁国旗,昨早被控上法庭。"
    lines = [SG_HEADLINE, line, SG_SECOND, SG_THIRD]
    assert list_head_cuts(lines, [NOT_SPAM] * 4, simplify_lines) == {}

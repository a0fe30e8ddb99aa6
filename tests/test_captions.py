"""Captions: a photo credit at the end or a caption opening (any layout), or a layout
unlike the paragraphs' (indentation, spacing) — and no guess where the page has no layout."""

import pytest
from conftest import CAPTION_BYLINE as BYLINE
from conftest import CAPTION_PARAGRAPHS as LONG
from conftest import CAPTION_TITLE as TITLE
from conftest import (
    clean_with_line_after_first_paragraph,
    data_lines,
    one_caption_after_first_paragraph,
)

from newsclean.filters.captions import PageLayout, caption_cue
from newsclean.filters.structure import LineView, classify

SHORT = "湖南支援山南市第三小学打造一支教师队伍。"


def head() -> list[LineView | None]:
    return [LineView(TITLE, False, 0), LineView(BYLINE, False, 1)]


def _variants() -> list[tuple[str, str, str]]:
    return [tuple(line.split("\t")) for line in data_lines("caption_variants.tsv")]  # type: ignore[misc]


# Round 3 (issue 10 item 7): the credit grammar and caption openings, one row per form,
# each with the page it was seen on (negatives: real lines ending in a bracket or a
# credit-like word that credit no picture).
CREDIT_GRAMMAR_VARIANTS = [
    # a credit followed by a date (中央社), bare
    (
        "中央社記者裴禛攝 111年12月31日",
        "caption",
        "https://tw.news.yahoo.com/ 台北最HIGH新年城雨中熱鬧登場 (圖)",
    ),
    (
        "「抗疫英雄」葉金川（左）也忍不住打哈欠露出疲態。中央社記者郭日曉攝五月二十七日",
        "caption",
        "https://tcmb.culture.tw/zh-tw/detail?id=581756&indexCode=online_metadata",
    ),
    ("（中央社記者王小明攝 113年5月27日）", "caption", "issue 10 list (中央社, bracketed, dated)"),
    # a picture label and a separator opening the bracket
    (
        "專家提醒校園動物仍須設活動限制區。(圖/翻攝自X,@DailyMail)",
        "caption",
        "https://www.ctwant.com/search/溫馨",
    ),
    (
        "國軍裝備與待遇問題被質疑多時，各界期待實質改進。(示意圖/CTWANT攝影組)",
        "caption",
        "https://www.ctwant.com/search/72小時",
    ),
    (
        "台灣的刑事警察在記者會上展示破獲的毒品。(攝影/REUTERS/Ann Wang/達志影像)",
        "caption",
        "https://www.twreporter.org/a/asia-pacific-transnational-drug-trafficking-chain-police-performance-system",
    ),
    ("(攝影/曾原信)", "caption", "https://www.twreporter.org/a/lunar-new-year-2019-photo-scenery"),
    ("(截图:CNA)", "caption", "http://6st8.com/zbxw/650.html (联合早报 reprint)"),
    ("(摄影师:杰里米·龙)", "caption", "http://6st8.com/zbxw/650.html (联合早报 reprint)"),
    # a picture noun closing the bracket
    ("(政府新聞處圖片)", "caption", "http://passiontimes.hk/article/09-24-2023/123835"),
    ("2022年端午时,李家超接受中通社专访。(香港中通社图片)", "caption", "hk01-style 中通社 credit"),
    # several photographers, a photographer then agencies
    (
        "從高空俯視，熟悉的島國地標反而展現出不一樣的魅力。(邝啓聰、陳淵莊攝)",
        "caption",
        "https://fastread.xyz/?p=202577 (聯合早報 photos)",
    ),
    (
        "黃耀明金鐘紮營守夜。(蔡傳威攝)",
        "caption",
        "https://laihokming.blogspot.com/2015/01/1013.html (明報)",
    ),
    (
        "美國總統奧巴馬簽署一部新的教育改革法案。(Chip Somodevilla/Getty Images)",
        "caption",
        "https://m.epochtimes.com.tw/n151179/",
    ),
    (
        "人們參加燭光集會，聲援在歐洲尋求庇護的難民們。(JONATHAN NACKSTRAND/AFP/Getty Images)",
        "caption",
        "https://m.epochtimes.com.tw/n142025/",
    ),
    (
        "新华社发(高建中 摄)",
        "caption",
        "http://news.cn/photo/20240601/2b3a6daa603140078d36c425c1a54d87/c.html",
    ),
    (
        "新华社记者 陈思汗 摄",
        "caption",
        "http://news.cn/photo/20240601/2b3a6daa603140078d36c425c1a54d87/c.html",
    ),
    (
        "樊瑞林摄(人民视觉)",
        "caption",
        "http://chinahyhb.com/article/2025101034616170-aadarib.shtml",
    ),
    # an agency named alone: foreign wires and photo agencies
    (
        "香港大批示威者今年9月15日在政府总部附近游行，示威者则用雨伞来保护自己。(路透社)",
        "caption",
        "https://zh.hk01.com/热爆话题/406219 (路透十年过百图片)",
    ),
    (
        "新加坡小將斯庫林奪得100蝶奧運金牌後，未能衛冕金牌的費爾普斯獻上恭賀擁抱。(美聯社)",
        "caption",
        "https://www.storm.mg/article/201285?page=2",
    ),
    (
        "義大利中部24日發生芮氏規模6.2大地震，災情慘重(AP)",
        "caption",
        "https://www.storm.mg/article/201285?page=2",
    ),
    ("德國總理默克爾榮膺2015年風雲人物。(AFP)", "caption", "https://m.epochtimes.com.tw/n151179/"),
    # a credit label with a name (several words)
    ("攝:Gordon Choi", "caption", "https://tmhk.org/2023/07/01/ (回歸升旗禮)"),
    (
        "世界衛生組織調查人員訪問華南海鮮市場。攝:Thomas Peter /Reuters/達志影像",
        "caption",
        "https://theinitium.com/article/20210323-wsj-covids-origins-stumbled-in-china/",
    ),
    (
        "歡迎人群中的自己。圖片來源:臺灣《聯合報》",
        "caption",
        "http://oaap.cn/xwzx/bwkx/201101/t20110108_1684781.htm (中國臺灣網)",
    ),
    (
        "開票結果跌破眼鏡，竟然無一過關。(資料照)",
        "caption",
        "https://wolfkiosk.com/wknews/previously/2025-08-02_110000 (自由時報)",
    ),
    # a social-media page after the caption's sentence
    (
        "檢獲的證物。司警教室FB",
        "caption",
        "form of a tuned eval page (Macau police Facebook credit)",
    ),
    # a picture's position opening the caption
    (
        "左上圖:陳茂波乘搭免費電車，與市民同樂。",
        "caption",
        "http://www.xyof.com.cn/news/232109/2025/0702/1100195.html",
    ),
    (
        "上图:8月9日，两名女子在新加坡鱼尾狮公园举着新加坡国旗留影。",
        "caption",
        "http://epaper.lnd.com.cn/lnrbepaper/pc/con/202008/10/content_81106.html",
    ),
    (
        "游客在景区游览。（图片来源：视觉中国）",
        "caption",
        "round 3 brief list (mainland: 图片来源：视觉中国)",
    ),
    (
        "2021年1月31日武漢，世界衛生組織調查人員訪問華南海鮮市場。(Photo by Thomas Peter)",
        "caption",
        "English label form of the theinitium.com credit above",
    ),
    (
        "「抗疫英雄」葉金川（左）也忍不住打哈欠露出疲態中央社記者郭日曉攝",
        "caption",
        "tcmb.culture.tw caption above with its stop dropped: the role opens the name",
    ),
    (
        "一个废弃海关仓库中的移民摄影：Marko Djurica",
        "caption",
        "https://freewechat.com/a/MzI2MTMxNTkxMg==/2247486836/1 credit, label glued to the text",
    ),
    # negatives
    ("她的办公桌上摊开一张地图：北京", "not", "constructed: 图 ending a word (地图) is no label"),
    ("记者发现的位置（如图）", "not", "constructed: a reference to a figure, not a credit"),
    (
        "台北最HIGH新年城雨中熱鬧登場 (圖)",
        "not",
        "https://tw.news.yahoo.com/ (a title marking a photo story)",
    ),
    (
        "區域所組成。(資料來源：維基百科)",
        "not",
        "https://www.ettoday.net/feature/澳門/6149/6 (a source of facts)",
    ),
    (
        "社會各界人士出席活動。(總臺記者 馬媛 馮良辰)",
        "not",
        "http://www.loj.net.cn/video/2023/0701/279345.html (reporters, no picture word)",
    ),
    (
        "国内居民出游人次32.85亿，同比增长20.6%。（数据由文化和旅游部提供）",
        "not",
        "constructed on chinahyhb.com's statistic: a source of figures",
    ),
    (
        "警方在新口岸區一食肆拘捕一名男子（13日）",
        "not",
        "aamacau.com-style dated clause (前日（13日）)",
    ),
    (
        "中国民众致信世卫组织 要求彻查美军德特里克堡基地(视频+图片)",
        "not",
        "https://chinafanxiejiao.blogspot.com/2021/05/ (a headline's content tag)",
    ),
    ("成都大运会开幕式精彩瞬间（组图）", "not", "constructed: a photo-story headline tag"),
    ("（完）", "not", "issue 10 negative list: end mark"),
    ("（全文完）", "not", "issue 10 negative list: end mark"),
    ("（編按：本文作者為資深媒體人）", "not", "issue 10 negative list: editor's note"),
    ("（本報訊）", "not", "issue 10 negative list: dateline"),
    ("两岸交流持续升温。（中新网）", "not", "issue 10 negative list: end-of-article source tag"),
    ("記者李惠婷/綜合報導", "not", "https://www.ftnn.com.tw/news/313358 (byline)"),
]


@pytest.mark.parametrize(("line", "expected", "seen"), CREDIT_GRAMMAR_VARIANTS)
def test_credit_grammar_variant_table(line, expected, seen):
    got = "caption" if caption_cue(line) is not None else "not"
    assert got == expected, f"{line!r} (seen: {seen})"


def test_a_domestic_wire_tag_closing_the_article_is_its_source_not_a_photo():
    tag = "两岸同胞共迎新年。（新华社）"
    inside = [
        *head(),
        LineView(LONG[0], False, 1),
        LineView(tag, False, 1),
        LineView(LONG[1], False, 1),
    ]
    last = [
        *head(),
        LineView(LONG[0], False, 1),
        LineView(LONG[1], False, 1),
        LineView(tag, False, 1),
    ]
    assert classify(inside).placements[3] == "caption"
    assert classify(last).placements[4] != "caption"


def test_a_foreign_wire_credit_is_a_caption_even_on_the_last_line():
    caption = "法國巴黎聖母院今年4月15日發生大火，其標誌性的頂部哥德式塔尖被燒燬。（路透社）"
    views = [*head(), LineView(LONG[0], True, 1), LineView(caption, False, 2)]
    assert classify(views).placements[3] == "caption"


def test_a_line_glued_to_a_caption_on_a_spaced_page_joins_the_caption_run():
    views = [
        *head(),
        LineView(LONG[0], False, 1),
        LineView("上图：8月9日，两名女子在新加坡鱼尾狮公园举着新加坡国旗留影", False, 1),
        LineView("8月9日，人们在新加坡参加国庆庆典", False, 0),
        *(LineView(p, False, 1) for p in LONG[1:]),
    ]
    layout = classify(views)
    assert layout.placements[3:5] == ["caption", "caption"]
    assert "run of captions" in layout.evidence[4].detail


def test_gluing_says_nothing_where_paragraphs_are_not_spaced():
    views = [
        *head(),
        LineView(LONG[0], False, 0),
        LineView("上图：8月9日，两名女子在新加坡鱼尾狮公园举着新加坡国旗留影", False, 0),
        LineView("人们在新加坡参加国庆庆典", False, 0),
        *(LineView(p, False, 0) for p in LONG[1:]),
    ]
    assert classify(views).placements[4] != "caption"


def test_short_indented_paragraphs_set_the_indentation_norm():
    # A police notice: every paragraph short and indented; the last one, spaced apart
    # from the others by a removed line, is still a paragraph.
    notice = [
        "电台及电视台当值宣布员注意：",
        "请尽快播出下列消息，并在适当时间重播：",
        "今日下午四时许，有暴徒于轩尼诗道破坏一间银行的设施。",
        "警方现正以最低所需武力驱散，并于现场拘捕五名人士。",
    ]
    views = [
        *head(),
        *(LineView(p, True, 0) for p in notice),
        LineView("警方警告在场人士立刻停止违法行为。", True, 2),
    ]
    assert classify(views).placements[6] == "body"


@pytest.mark.parametrize(("line", "expected", "seen"), _variants())
def test_caption_wording_variant_table(line, expected, seen):
    got = "caption" if caption_cue(line) is not None else "not"
    assert got == expected, f"{line!r} (seen: {seen})"


@pytest.mark.parametrize(("line", "expected", "seen"), _variants())
def test_credited_captions_are_placed_in_a_page_without_layout_signal(line, expected, seen):
    flush = [LineView(p, False, 1) for p in LONG]
    views = [*head(), flush[0], LineView(line, False, 1), *flush[1:]]
    placement = classify(views).placements[3]
    if expected == "caption":
        assert placement == "caption", seen
    else:
        assert placement != "caption", seen


def test_unindented_line_among_indented_paragraphs_is_a_caption_without_final_punctuation():
    grouped = ["湖北援藏企业的工人正在组装制氧机", "安徽援建的山南市第二高级中学智慧校园"]
    views = [
        *head(),
        *(LineView(text, False, 2) for text in grouped),
        *(LineView(p, True, 1) for p in LONG),
    ]
    layout = classify(views)
    assert layout.placements[2:4] == ["caption", "caption"]
    assert layout.evidence[2] is not None
    assert layout.evidence[2].detail == "unindented among indented paragraphs"


def test_a_lone_unpunctuated_line_above_the_body_is_not_guessed_a_caption():
    views = [
        *head(),
        LineView("记湖南援藏干部的三年", False, 1),
        *(LineView(p, True, 1) for p in LONG),
    ]
    assert classify(views).placements[2] == "body"


def test_indented_line_among_flush_paragraphs_is_a_caption():
    views = [
        *head(),
        LineView(LONG[0], False, 1),
        LineView(SHORT, True, 1),
        *(LineView(p, False, 1) for p in LONG[1:]),
    ]
    layout = classify(views)
    assert layout.placements[3] == "caption"
    assert layout.evidence[3].detail == "indented among flush paragraphs"


def test_a_line_set_apart_by_blank_lines_is_a_caption_where_paragraphs_are_single_spaced():
    views = [
        *head(),
        LineView(LONG[0], False, 1),
        LineView(SHORT, False, 3),
        *(LineView(p, False, 1) for p in LONG[1:]),
    ]
    assert classify(views).placements[3] == "caption"


def test_spacing_is_ignored_for_lines_indented_like_the_paragraphs():
    views = [
        *head(),
        LineView(LONG[0], True, 1),
        LineView(LONG[1], True, 3),
        LineView(SHORT, True, 3),
        *(LineView(p, True, 1) for p in LONG[2:]),
    ]
    assert classify(views).placements[3:5] == ["body", "body"]


def test_the_first_paragraph_spaced_from_the_head_is_not_a_caption():
    views = [
        *head(),
        LineView(SHORT, False, 3),
        *(LineView(p, False, 1) for p in LONG),
    ]
    assert classify(views).placements[2] == "body"


def test_no_layout_signal_is_said_not_guessed():
    views = [
        *head(),
        LineView(LONG[0], False, 1),
        LineView(SHORT, False, 1),
        *(LineView(p, False, 1) for p in LONG[1:]),
    ]
    layout = classify(views)
    assert layout.placements[3] == "body"
    assert layout.evidence[3] is not None
    assert "no layout signal" in layout.evidence[3].detail


def test_a_caption_like_sentence_inside_the_body_stays_body():
    views = [
        *head(),
        LineView(LONG[0], True, 1),
        LineView("工人们正在组装制氧机。", True, 1),
        *(LineView(p, True, 1) for p in LONG[1:]),
    ]
    assert classify(views).placements[3] == "body"


def test_a_heading_is_not_taken_for_a_caption():
    views = [
        *head(),
        LineView(LONG[0], True, 1),
        LineView("深耕产业援藏——激活经济新引擎", False, 2),
        *(LineView(p, True, 1) for p in LONG[1:]),
    ]
    assert classify(views).placements[3] == "heading"


def test_page_layout_norms():
    indented = PageLayout.of([LineView(p, True, 1) for p in LONG])
    assert (indented.indented, indented.gap) == (True, 1)
    mixed = PageLayout.of([LineView(p, i % 2 == 0, i) for i, p in enumerate(LONG)])
    assert (mixed.indented, mixed.gap) == (None, None)


def test_a_hostile_line_is_cheap():
    assert caption_cue("摄" * 5_000_000) is None


# Round 4: a caption that only layout tells is a caption line, not a paragraph set apart.
SET_APART = (
    "该区域居民透露，年逾花甲的当事人已在此驻留逾一年，日间不现身而夜间常驻。"
    "附近居民注意到，该男子多在凌晨时段逗留，但近期已逾十日未见其踪影。"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        SET_APART,  # two sentences (a page of the Singapore 新明日报, spaced by two blank lines)
        # one sentence, but longer than a caption line (MAX_LAYOUT_CAPTION)
        "三年援藏路上，援藏干部们在海拔四千多米的山南市走遍了每一个乡镇，他们说将继续为西藏的"
        "发展贡献自己的力量和智慧。",
    ],
)
def test_a_paragraph_set_apart_by_blank_lines_stays_body(paragraph):
    views = [
        *head(),
        LineView(LONG[0], False, 1),
        LineView(paragraph, False, 2),
        *(LineView(p, False, 1) for p in LONG[1:]),
    ]
    assert classify(views).placements[3] == "body"


def test_a_short_caption_set_apart_stays_a_caption_beside_a_long_paragraph_set_apart():
    views = [
        *head(),
        LineView(LONG[0], False, 1),
        LineView(SHORT, False, 2),
        LineView(LONG[1], False, 1),
        LineView(SET_APART, False, 2),
        *(LineView(p, False, 1) for p in LONG[2:]),
    ]
    assert classify(views).placements[3:6] == ["caption", "body", "body"]


@pytest.mark.parametrize(
    ("line", "is_caption"),
    [
        # a photographer's name alone closing a one-sentence caption (Australian Chinese Daily)
        ("在他入獄服刑期間,這位罪犯遭其他囚犯用刀襲擊,幾乎喪命。(南平)", True),
        ("市民冒雨出行。(南平)", True),
        # end marks, compiled reports, stage directions and a paper's source tag stay
        ("这是他卸任前最后一次公开露面。（全文完）", False),
        ("马来西亚多个州属昨日出现暴雨。（综合）", False),
        ("全场观众起立，报以长时间热烈的掌声。（掌声）", False),
        ("新学年首日，全国中小学生返校上课。（联合报）", False),
        # a paragraph of two sentences is no caption line
        ("警方昨日在现场拉起封锁线。目击者说，事发时巷内传出巨响，随后冒出浓烟。(南平)", False),
    ],
)
def test_a_name_alone_in_the_closing_bracket(line, is_caption):
    assert (caption_cue(line) is not None) == is_caption


@pytest.mark.parametrize(
    ("line", "is_caption"),
    [
        # an event's name and a scene noun, nothing else (香港商报 mirror, round 4)
        ("《中国发展报告2023》新书发布会现场。", True),
        ("第十五届全运会开幕式现场。", True),
        ("颁奖典礼一角。", True),
        ("國際書展現場。", True),
        # a verb takes the reader there, or a clause: a one-line paragraph
        ("记者赶到发布会现场。", False),
        ("嘉宾们陆续来到论坛现场。", False),
        ("当天，数百名市民参加了活动，场面热烈，堪比晚会现场。", False),
        ("事故现场。", False),  # no event's name
    ],
)
def test_a_scene_caption_names_an_event(line, is_caption):
    assert (caption_cue(line) is not None) == is_caption


# Round 7 (issue 10 item 7): captions that name the picture's or a figure's source
# (caption_sources.py), read in any layout; sentences of the article with the same words stay.
@pytest.mark.parametrize(
    ("line", "is_caption"),
    [
        # a source sentence after the caption's sentence (spjn.cn mirror)
        ("疫情期间的数据新闻。图片来源:《人民日报》、央视新闻等媒体的公开报道。", True),
        ("村民在新修的水渠边劳作。图源：县融媒体中心", True),
        # a taken-from line (j-media.tw)
        ("照片取自民进党官网", True),
        ("图片来自新华社客户端。", True),
        # a data-source bracket after a figure's name or a credited caption (stpi.narl.org.tw)
        ("华侨新村入口 (资料来源:2012中华民国科学技术年鉴)", True),
        ("刚建成时的华侨新村。图/越秀区华乐街道提供 (资料来源:2012中华民国科学技术年鉴)", True),
        ("图2:科技计画与评估体系 (资料来源:2012中华民国科学技术年鉴)", True),
        # sentences of the article: more than one sentence, a clause, a report
        (
            "记者了解到，这些照片在网上流传已久。图片来源众说纷纭，有人说是当地村民所拍。",
            False,
        ),
        ("图片来自网友爆料，记者核实后发现并非如此", False),
        ("照片取自他的手机相册，警方随后调取了更多证据。", False),
        ("去年出生人口为13万人，创下新低（资料来源：内政部）", False),
        ("全市生产总值增长5.2%。（资料来源：市统计局）", False),
    ],
)
def test_a_caption_naming_its_source(line, is_caption):
    assert (caption_cue(line) is not None) == is_caption


def test_a_one_line_paragraph_between_paragraphs_is_not_a_source_caption():
    views = [
        *head(),
        LineView(LONG[0], True, 1),
        LineView("资料来源显示，当地已连续三年增收。", True, 1),
        *(LineView(p, True, 1) for p in LONG[1:]),
    ]
    assert classify(views).placements[3] == "body"


def _above_body(*lines: str, indented: bool = False) -> list[str]:
    views = [
        *head(),
        *(LineView(line, indented, 1) for line in lines),
        *(LineView(p, indented, 1) for p in LONG),
    ]
    placements = classify(views).placements
    return [placements[2 + k] for k in range(len(lines))]


def test_short_sentences_grouped_above_the_body_are_captions():
    # 厦门晚报 (haicang.xmnn.cn): the lead pictures' captions between the byline and the text
    assert _above_body("精彩的文艺演出。", "文物专家为市民鉴宝。") == ["caption", "caption"]
    assert _above_body("精彩的文艺演出。", "文物专家为市民鉴宝。", indented=True) == [
        "caption",
        "caption",
    ]


def test_one_short_sentence_or_clauses_above_the_body_stay_body():
    assert _above_body("记者从市气象台获悉。") == ["body"]
    assert _above_body("昨天，记者来到现场。", "雨还在下，路面积水。") == ["body", "body"]


def test_short_sentences_between_paragraphs_are_not_grouped_captions():
    views = [
        *head(),
        LineView(LONG[0], False, 1),
        LineView("精彩的文艺演出。", False, 1),
        LineView("文物专家为市民鉴宝。", False, 1),
        *(LineView(p, False, 1) for p in LONG[1:]),
    ]
    assert classify(views).placements[3:5] == ["body", "body"]


def test_a_paragraph_opening_with_a_connective_is_no_caption_by_layout():
    # gov.mo: a one-sentence paragraph set apart by one more blank line than the others
    line = "另外，适逢今日是母亲节，行政长官亦借此机会向全澳的母亲致以节日的祝贺。"
    views = [
        *head(),
        *(LineView(p, False, 1) for p in LONG[:2]),
        LineView(line, False, 2),
        *(LineView(p, False, 1) for p in LONG[2:]),
    ]
    assert classify(views).placements[4] == "body"
    shorter = "全场市民为演员们热烈鼓掌。"  # the same place, a caption's words
    views[4] = LineView(shorter, False, 2)
    assert classify(views).placements[4] == "caption"


def test_a_joint_text_and_picture_credit_is_no_caption_by_layout():
    # a Taiwan mirror: the article's credits set apart above a credited caption
    credit = "图、文:吴升儒、王定传,CC-BY-3.0-TW-or-later。"
    captioned = "检方认为两名记者罪嫌不足，予以不起诉。（记者吴升儒摄）"
    views = [
        *head(),
        LineView(credit, False, 1),
        LineView(captioned, False, 1),
        LineView(LONG[0], False, 1),
        *(LineView(p, False, 0) for p in LONG[1:]),
    ]
    assert classify(views).placements[2] != "caption"
    views[2] = LineView("精彩的文艺演出。", False, 1)  # a caption's words in the same place
    assert classify(views).placements[2] == "caption"


# Round 8: wording (caption_sources), layout clauses (caption_layout), a photographer's
# byline under the byline (caption_byline).
@pytest.mark.parametrize(
    "line",
    [
        "(图片:温哥华警队) T02",
        "（圖片：多倫多警方） A3",
        "■巴士车窗被砸碎。Twitter图片",
        "游客在湖边拍照留念。Facebook照片",
        "这是5月8日拍摄的冰川。(绘图:王小明)",
    ],
)
def test_round8_caption_wording(line):
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "比赛进入加时阶段（上半场） A1",  # no credit before the code
        "他在发布会上展示了一些照片。他说了很多照片",
        "记者在现场看到，他展示了一些照片",
        "图文并茂的展板吸引了市民驻足。",
    ],
)
def test_round8_lines_without_caption_wording(line):
    assert caption_cue(line) is None


def _clean(lines: list[str]):
    from newsclean import clean

    return clean("\n".join(lines) + "\n")


R8_FIRST = (
    "昨天上午，全市首届读书节在市图书馆开幕，数千名市民走进会场，参加阅读分享、图书交换等活动，"
    "现场气氛热烈。"
)
R8_SECOND = (
    "主办方介绍，本届读书节为期一个月，将在各区举办讲座、展览和亲子阅读等六十余场活动，"
    "欢迎市民参加。"
)
R8_THIRD = (
    "市民王女士说，她带着孩子来参加活动，希望孩子从小养成读书的习惯，今后每年都会来参加读书节。"
)


R8_FOURTH = "另一位市民说，活动内容很丰富，他已经报名参加了下周的两场讲座，还准备带朋友一起来。"
R8_FIFTH = "据了解，市图书馆还将在读书节期间延长开放时间，方便市民在下班后前来借阅图书。"


def _spaced_page(short: str) -> list[str]:
    """Paragraphs one blank line apart, ``short`` set apart by two."""
    paragraphs = ["", R8_FIRST, "", R8_SECOND, "", R8_THIRD, "", "", short, "", R8_FOURTH]
    return ["全市首届读书节开幕", *paragraphs, "", R8_FIFTH]


def test_a_spaced_one_line_paragraph_of_three_clauses_is_no_caption():
    short = "预计明后两天,本市仍以多云为主,气温变化不大。"
    doc = _clean(_spaced_page(short))
    assert short in doc.body
    assert doc.captions == []


def test_a_spaced_short_line_of_one_clause_is_still_a_caption():
    short = "读书节现场的亲子阅读区。"
    doc = _clean(_spaced_page(short))
    assert doc.captions == [short]


def test_a_photographer_byline_under_the_byline_is_metadata():
    doc = _clean(
        [
            "全市首届读书节开幕",
            "",
            "文/南方日报全媒体记者 王小明",
            "",
            "图/南方日报全媒体记者 李四 (部分由主办方提供)",
            "",
            R8_FIRST,
            "",
            R8_SECOND,
            "",
            R8_THIRD,
        ]
    )
    assert doc.captions == []
    assert doc.author == "王小明"
    assert doc.body == [R8_FIRST, R8_SECOND, R8_THIRD]


def test_a_picture_credit_between_paragraphs_stays_a_caption():
    credit = "图/南方日报全媒体记者 李四"
    doc = _clean(["全市首届读书节开幕", "", R8_FIRST, "", credit, "", R8_SECOND, "", R8_THIRD])
    assert doc.captions == [credit]


# Round 23: a site caption, the locative phrase alone (在/于/於, a place, a site noun;
# caption_scene.site_caption). Invented forms; none is on an eval page.
@pytest.mark.parametrize(
    ("line", "is_caption"),
    [
        ("在黄河大桥加固施工现场", True),
        ("於台中港區擴建工地", True),
        ("在县纺织厂新建车间", True),
        ("于城南湿地公园一角。", True),
        # a one-line paragraph that names the place: a clause after it, or a subject
        ("在工程现场,工人们正加紧施工。", False),
        ("在施工现场记者看到", False),
        ("记者在黄河大桥施工现场", False),
        ("在赶往工地", False),
        # a column name or a heading: no place before the site noun, no site noun
        ("在现场", False),
        ("在希望的田野上", False),
    ],
)
def test_a_site_caption_is_the_place_alone(line, is_caption):
    assert (caption_cue(line) is not None) == is_caption


def test_a_site_caption_between_paragraphs_leaves_the_body():
    site = "在城东新区棚户区改造工地"
    doc = _clean(["全市首届读书节开幕", "", R8_FIRST, "", site, "", R8_SECOND, "", R8_THIRD])
    assert doc.captions == [site]
    assert doc.body == [R8_FIRST, R8_SECOND, R8_THIRD]


def test_a_one_line_paragraph_naming_the_site_stays_in_the_body():
    line = "在城东新区棚户区改造工地,工人们正加紧施工。"
    doc = _clean(["全市首届读书节开幕", "", R8_FIRST, "", line, "", R8_SECOND, "", R8_THIRD])
    assert doc.captions == []
    assert line in doc.body


# Round 23: a reporter's credit glued after the caption's stop, with or without a mirror's
# gloss (invented forms); a sentence that ends with a reporter's name has no 摄 and stays.
@pytest.mark.parametrize(
    ("line", "is_caption"),
    [
        ("11月3日,县长到西(xī)园农(nóng)场调研。通讯员陈(chén)晓峰摄", True),
        ("11月3日,縣長到西園農場(nóng chǎng)調研,。記者陳曉峰攝", True),
        ("采访结束时,他把这篇稿子交给了记者陈晓峰", False),
        ("11月3日,县长到农场调研。记者陈晓峰", False),
    ],
)
def test_a_reporter_credit_glued_after_the_stop(line, is_caption):
    assert (caption_cue(line) is not None) == is_caption


# Round 34: a credit whose line lost a letter to the page's encoding after it.
def test_a_credit_before_a_lost_letter_is_a_caption() -> None:
    line = "这是5月8日在某县拍摄的冰川(无人机照片)。 通讯员供图?"
    assert caption_cue(line) == "photo credit at the end: 供图"
    assert caption_cue("这是5月8日在某县拍摄的冰川。 记者 张三 摄?") is not None


def test_a_question_with_a_credit_word_stays() -> None:
    assert caption_cue("你知道这张照片是谁摄?") is None
    assert caption_cue("这些资料由谁提供?") is None


@pytest.mark.parametrize(
    "line",
    [
        # Round 35: the credit and the picture service after a space, the brackets lost
        "西螺酱油远近驰名,沿街都可看到酱油间。 陈纹洁摄/光明图片",
        "市民冒雨出行。　记者 王小明 摄",
    ],
)
def test_a_credit_spaced_after_the_captions_sentence_is_read(line: str) -> None:
    cue = caption_cue(line)
    assert cue is not None and "credit" in cue


# Round 36: real caption lines and their real neighbours harvested from 40+ sites
# (tests/data/harvest/caption.tsv, each row with its page's url). The wording model reads
# every positive but the forms only layout (or nothing yet) can tell, left out here: a
# lone line with no credit or mark (kinds unpunctuated, lone-sentence) and two credits
# left alone (a spaced 拍攝 with its 下同, a reporter's label and colon, no picture word).
# Round 39: a gallery's captions set one under the other with no wording of a caption, and
# a caption printed twice (alt text and caption): only their neighbours can tell them.
LAYOUT_OR_LEFT = (
    "pos:unpunctuated",
    "pos:lone-sentence",
    "pos:credit-verb",
    "pos:credit-label",
    "pos:gallery-run",
    "pos:repeated",
)


def _harvest() -> list[tuple[str, str, str]]:
    rows = []
    for raw in data_lines("harvest/caption.tsv"):
        kind, line, _expected, url = raw.split("\t")
        if kind != "kind" and kind not in LAYOUT_OR_LEFT:
            rows.append((kind, line.split("\\n")[0], url))
    return rows


@pytest.mark.parametrize(("kind", "line", "url"), _harvest())
def test_harvested_lines_read_by_their_wording(kind: str, line: str, url: str) -> None:
    if kind.startswith("pos"):
        assert caption_cue(line) is not None, url
    else:
        assert caption_cue(line) is None, url


@pytest.mark.parametrize(
    "line",
    [
        "上图为嘉宾在出席者见证下,为电动游艇原型主持开幕仪式。",
        "左圖為澳門大學橫琴校區",
        "下图：救援队员转移受困群众",
    ],
)
def test_a_picture_pointed_at_by_its_place_opens_a_caption(line: str) -> None:
    assert caption_cue(line) is not None


def test_a_sentence_opening_with_a_place_word_is_no_caption() -> None:
    assert caption_cue("上图书馆借书的市民越来越多。") is None


@pytest.mark.parametrize(
    "line",
    [
        "来源:南湖晚报新视觉网 本报记者 王小明文 李大伟 摄",
        "來源：東山日報 記者 陳志明文 林美玲攝",
        "稿件来源:县融媒体中心 记者 张华 摄",
    ],
)
def test_round_39_a_line_opening_with_the_articles_source_label_is_no_caption(line: str) -> None:
    # The article's record credits its writer and its photographer; a picture's own
    # source is labelled as a picture's (图片来源:…).
    assert caption_cue(line) is None
    assert line not in clean_with_line_after_first_paragraph(line).captions


def test_round_39_a_pictures_source_label_is_still_a_caption() -> None:
    assert caption_cue("图片来源:南湖县公安局官方微博") is not None


def test_round_39_a_flush_line_in_the_head_is_not_said_to_share_the_layout():
    # Flush over indented paragraphs, in the article's head: layout is no evidence there,
    # and --explain says so instead of claiming every line shares the paragraphs' layout.
    views = [
        *head(),
        LineView("妇女组分发自助餐", False, 1),
        *(LineView(p, True, 1) for p in LONG),
    ]
    layout = classify(views)
    assert layout.placements[2] == "body"
    assert layout.evidence[2] is not None
    assert "above the article's first paragraph" in layout.evidence[2].detail
    assert "no layout signal" not in layout.evidence[2].detail


# Round 44: an arrow pointing up at the picture opens Xinhua's photo columns' captions
# (http://nmg.news.cn/tpzx/tpxw/2023-01/31/c_1129323989.htm, half A of captions_r44.tsv;
# the same column copied on http://wspd.we54.com/pinpai/2022/1108/11881.html).
@pytest.mark.parametrize(
    "line",
    [
        "↑2022年4月20日,在达拉特光伏发电应用领跑基地,工作人员在运维中心主控室工作。",
        "↑ 7月24日拍摄的“中国天眼”夜景。",
    ],
)
def test_round_44_an_arrow_up_at_the_picture_opens_a_caption(line: str) -> None:
    assert one_caption_after_first_paragraph(line).captions == [line]


def test_round_44_the_pages_paragraph_without_the_arrow_stays() -> None:
    # the paragraph over the pictures on the same nmg.news.cn page
    line = "在内蒙古自治区库布其沙漠,一匹占地130多万平方米的“骏马”横卧其中。"
    assert caption_cue(line) is None

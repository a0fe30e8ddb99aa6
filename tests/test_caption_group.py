"""Round 15: a phrase converter's archive picture credit (``caption_brackets.CONVERTED_ARCHIVE``),
a picture's name line over its credited caption between the headline and the article
(``caption_group.picture_name``), and the real lines that must survive them: a heading,
a one-line paragraph, a byline line, a credit in the first paragraph, a source of figures.
"""

import pytest
from conftest import one_caption_after_first_paragraph

from newsclean import clean
from newsclean.filters.captions import caption_cue


@pytest.mark.parametrize(
    "line",
    [
        "新任立法院长韩国瑜上班首日没有公开行程。(本报数据照片)",
        "这是5月8日在西藏日喀则市拍摄的珠穆朗玛峰脚下的绒布冰川(无人机照片)。(本报数据照片)",
        "市民在公园赏花。（中央社数据图片）",
    ],
)
def test_a_converted_archive_picture_credit_is_a_caption(line: str):
    assert one_caption_after_first_paragraph(line).captions == [line]


@pytest.mark.parametrize(
    "line",
    [
        "全年出口额增长百分之五。（数据来源：海关总署）",
        "全年出口额增长百分之五。（国家统计局数据）",
        "截至去年底，全国共有各类学校五十余万所。（数据由教育部提供）",
    ],
)
def test_a_source_of_figures_is_no_picture_credit(line: str):
    assert caption_cue(line) is None


HEADLINE = "读懂广州|幸福乐园七十载 侨心安处是此间"
PICTURE_NAME = "华侨新村入口"
CREDITED = "刚建成时的华侨新村。图/越秀区华乐街道提供"
ARTICLE = [
    "    位于环市东路的华侨新村，是新中国成立后第一个专为归侨兴建的住宅区，已有七十年。",
    "    光阴荏苒七十载，这里的百余座花园式庭院依然错落有致，华侨新村的故事仍在街坊间流传。",
    "    广州是著名的侨乡，华侨文化历史悠久，华侨新村是这段历史的见证，吸引游客前来参观。",
]


def test_a_pictures_name_over_its_caption_under_the_headline_is_a_caption_not_the_headline():
    spam = "758彩票怎么玩 什么是五花"  # a foreign first candidate: the later ones are weighed
    doc = clean("\n\n".join([spam, HEADLINE, PICTURE_NAME, CREDITED, *ARTICLE]) + "\n")
    assert doc.title == HEADLINE
    assert doc.captions == [PICTURE_NAME, CREDITED]
    assert doc.body == [line.strip() for line in ARTICLE]


def test_a_headline_right_over_its_lead_pictures_caption_stays_the_headline():
    doc = clean("\n\n".join([PICTURE_NAME, CREDITED, *ARTICLE]) + "\n")
    assert doc.title == PICTURE_NAME
    assert doc.captions == [CREDITED]


@pytest.mark.parametrize(
    "line",
    [
        "新中国华侨第一村",  # a heading over a paragraph: no caption under it
        "    华侨新村建成七十年。",  # a one-line paragraph: a sentence, not a name
        "记者 骆云飞 通讯员 华乐",  # a byline line
        "粤韵悠长，侨心安处",  # a dek's clause
    ],
)
def test_a_short_line_not_over_a_caption_or_not_a_name_stays(line: str):
    doc = clean("\n\n".join([HEADLINE, line, *ARTICLE]) + "\n")
    assert doc.title == HEADLINE
    assert line.strip() not in doc.captions
    if "，" in line:  # and the same line over a caption is no picture's name
        doc = clean("\n\n".join([HEADLINE, line, CREDITED, *ARTICLE]) + "\n")
        assert line not in doc.captions


def test_a_short_line_over_a_caption_naming_something_else_stays():
    line = "本报广州五月二十八日电"
    doc = clean("\n\n".join([HEADLINE, line, CREDITED, *ARTICLE]) + "\n")
    assert line not in doc.captions


def test_a_credit_in_the_first_paragraph_leaves_the_line_over_it():
    first = "    新华社记者 张汝锋 摄 位于环市东路的华侨新村，是第一个专为归侨兴建的住宅区。"
    doc = clean("\n\n".join([HEADLINE, PICTURE_NAME, first, *ARTICLE]) + "\n")
    assert PICTURE_NAME not in doc.captions


def test_the_writers_name_over_its_aside_is_no_pictures_name():
    doc = clean("\n\n".join([HEADLINE, "李云川", "李云川 (部分由受访者提供)", *ARTICLE]) + "\n")
    assert doc.captions == []


BULLET_CAPTION = "• 翻译赵思雅在新闻活动的采访现场，协助官员和葡文传媒沟通。"
NEWS = [
    "新闻局局长在新闻活动上表示，四十年来新闻局协助官员和各地传媒沟通，翻译团队功不可没。",
    "新闻局的翻译人员每年参与数百场采访活动，为葡文传媒和英文传媒提供即时传译服务。",
    "局方表示，将继续培养翻译人才，协助官员与传媒沟通，让市民及时了解政府的施政方向。",
]


@pytest.mark.parametrize("caption", [BULLET_CAPTION, "● 演出结束后，演员与观众合影留念。"])
def test_a_lone_bullet_sentence_in_the_article_is_a_caption_without_layout(caption: str):
    doc = clean("\n\n".join([TITLE_NEWS, NEWS[0], caption, *NEWS[1:]]) + "\n")
    assert doc.captions == [caption]
    assert doc.body == NEWS


TITLE_NEWS = "新闻局成立四十周年 翻译团队协助官员与传媒沟通"


@pytest.mark.parametrize(
    "items",
    [
        # a bulleted list in the body: two items or more
        ["• 新闻局协助官员与葡文传媒沟通。", "• 新闻局为英文传媒提供传译服务。"],
        # a bulleted label without a stop
        ["· 新闻局成立四十周年特辑 ·"],
        # a bulleted paragraph: longer than a caption line
        [
            "• 新闻局局长在新闻活动上表示，四十年来新闻局协助官员和各地传媒沟通，"
            "翻译团队功不可没，局方将继续培养翻译人才。"
        ],
        # a bullet speaking to the reader, or going on from the paragraph above
        ["• 如果您想了解更多新闻局的活动，欢迎联系我们。"],
        ["• 另外，新闻局也为英文传媒提供服务。"],
    ],
)
def test_a_list_a_label_or_a_paragraph_with_a_bullet_stays(items: list[str]):
    doc = clean("\n\n".join([TITLE_NEWS, NEWS[0], *items, *NEWS[1:]]) + "\n")
    assert doc.captions == []


def test_template_kana_and_role_credit_rows_are_not_layout_captions() -> None:
    from newsclean.filters.caption_layout import layout_caption_shaped

    # eval pages 003/113 (round 30): a WordPress theme's "comments are closed" after the
    # headline's words, flush among indented paragraphs; the site's Japanese, no caption.
    assert not layout_caption_shaped(
        "海沧市民节:幸福海沧 市民同享 はコメントを受け付けていません。", 80
    )
    # Taiwan Panorama's credit row (eval page 105): the writer and the photographer.
    assert not layout_caption_shaped("文‧海涵 图‧岳雷", 80)
    assert not layout_caption_shaped("文/张三 摄影/李四", 80)
    # Near misses that stay captions: a caption with a transliterated name's dot
    # (凱文‧魯斯, as printed in a Taiwan translation), a plain short caption.
    assert layout_caption_shaped("凯文‧鲁斯在节目录制现场", 80)
    assert layout_caption_shaped("精彩的文艺演出。", 80)
    # The middle dot is no kana letter (charmodel's kana alphabet leaves it out): a
    # caption trailing off in an ellipsis of three is still a caption.
    assert layout_caption_shaped("雨中排队等候入场的市民・・・", 80)


def test_a_credit_row_under_the_headline_is_no_pictures_name() -> None:
    page = "\n".join(
        [
            "外国驻华记者新年招待会在京举行",
            "",
            "文‧海涵 图‧岳雷",
            "",
            "外国驻华记者新年招待会2日晚在北京大运河博物馆举行(中评社 海涵摄)",
            "",
            "　　中评社北京1月3日电（记者 海涵）由外交部和北京市政府联合主办的"
            "外国驻华记者新年招待会2日晚在北京大运河博物馆举行，四百余名中外记者出席。",
            "　　外交部负责人在致辞中回顾了过去一年的外交工作，并感谢各国记者的辛勤工作。",
        ]
    )
    doc = clean(page)
    assert "文‧海涵 图‧岳雷" not in doc.captions
    assert doc.captions == ["外国驻华记者新年招待会2日晚在北京大运河博物馆举行(中评社 海涵摄)"]


def test_a_lone_bullet_under_a_caption_of_another_mark_is_a_caption_on_both_cleanings():
    """Benchmark-corpus page 000297 (the speed run's corpus of eval/README.md): a caption
    opening with △ over the bullet made a list of two on the first cleaning; the clean text
    leaves that caption out and a second cleaning read the bullet alone.  A list repeats
    its mark, so the bullet is a caption on both."""
    from newsclean.render import render

    picture = "△澳门原创IP品牌UNDERDOG在第八届“玉猴奖”获得两项重要奖项,为首个获奖的澳门IP。"
    doc = clean("\n\n".join([TITLE_NEWS, NEWS[0], picture, BULLET_CAPTION, *NEWS[1:]]) + "\n")
    assert BULLET_CAPTION in doc.captions
    assert doc.body == NEWS
    again = clean(render(doc, "text"))
    assert (again.title, again.body) == (doc.title, doc.body)


def test_a_headline_over_an_unrelated_caption_is_no_pictures_name():
    """Round 31 (eval page 028's form): a headline sharing one common word (中国) with
    the dated caption under it names the article, not the picture."""
    headline = "大运中国女足力克日本队 18年后再度夺冠"
    caption = (
        "五星红旗飘扬在巴黎香榭丽舍大街上,这天是2025年农历正月初五,"
        "法国华人贸易促进会等社会团体在此举办新春中国文化巡游表演(2025年2月2日)"
    )
    article = [
        "    据中新社8月22日报道，21日晚的深圳宝安体育场，中国女足以2比0力克日本队。",
        "    这是中国大运女足时隔18年后再度夺冠，此前她们曾在1993年的大运会上称雄。",
        "    日本队在比赛中控球占优，但中国女足防守稳固，并两次抓住机会破门得分。",
    ]
    doc = clean("\n\n".join([headline, caption, *article]) + "\n")
    assert doc.title == headline
    assert doc.captions == [caption]


# Round 32: a bulleted list set flush among indented paragraphs (a site's foot under a
# copied story, eval pages 001/019: 淡江大學's footer, its phone and fax items taken as
# furniture) is no group of captions; two flush captions still are.
INDENTED = ["　　" + para for para in NEWS]


def _groups(lines: list[str]):  # type: ignore[no-untyped-def]
    from dataclasses import dataclass

    from newsclean.filters.caption_group import Groups
    from newsclean.filters.caption_layout import layout_differences

    @dataclass
    class View:
        text: str
        indented: bool
        blanks_before: int = 1

    views = [View(line.strip(), line.startswith("　")) for line in lines]
    return Groups(views, layout_differences(views, 0)[1])


def test_a_flush_bulleted_list_among_indented_paragraphs_is_no_group_of_captions():
    foot = [
        "• 建議使用 Chrome 瀏覽器",
        "• 管理者:潘劭愷 / 建置單位:淡江大學資訊處",
        "• 線上人數:13",
    ]
    groups = _groups([*INDENTED, *foot, INDENTED[0]])
    assert [groups(k, unpunctuated=False) for k in range(3, 6)] == [False, False, False]
    assert groups.list_item(3) and groups.list_item(5)


def test_two_flush_captions_among_indented_paragraphs_stay_a_group():
    # near misses: two pictures' captions, unpunctuated, no bullet, or each with its own
    # mark (a list repeats one mark): a group of captions
    for captions in (
        ["新闻局翻译团队在采访现场", "葡文传媒记者与新闻局官员交流"],
        ["▲新闻局翻译团队在采访现场", "• 葡文传媒记者与新闻局官员交流"],
    ):
        groups = _groups([*INDENTED, *captions, INDENTED[0]])
        assert groups(3, unpunctuated=False) and groups(4, unpunctuated=False)

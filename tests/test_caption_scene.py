"""Scene captions named by their place (``caption_scene.place_gathering``, round 33)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.caption_scene import (
    bracketed_label,
    ceremony_caption,
    part_caption,
    part_in_flow,
    place_gathering,
    scene_caption,
    view_caption,
)
from newsclean.filters.captions import caption_cue


@pytest.mark.parametrize(
    "line",
    [
        # https://www.ningxian.gov.cn/xwzx/xzdt/content_21411: six such labels between the
        # paragraphs (the round-33 row's page)
        "丁任村群众大会",
        # the same shape under other township pictures: a community's and a village's
        "南街社区院坝会",
        "灯梁村院坝会",  # 华龙网's 城口县鸡鸣乡 story (kasidiluo.com copy): the gathering's place
        "宁县早胜镇座谈会",
    ],
)
def test_a_gathering_named_by_its_place_is_a_caption(line: str):
    assert place_gathering(line)
    assert caption_cue(line) == "a scene: a gathering named by its place"


@pytest.mark.parametrize(
    "line",
    [
        "特写丨小小院坝会 架起“连心桥”",  # kasidiluo.com copy of 华龙网: a headline
        "县人代会一般什么时候开",  # zhetiaohe.com: a question
        "全村群众大会",  # a unit's whole, no place
        "丁任村群众大会通过新村规",  # a heading saying what the meeting did
        "一、丁任村群众大会",  # a numbered heading
        "召开村民大会",  # a verb, no place
    ],
)
def test_a_heading_or_sentence_about_a_meeting_is_no_place_gathering(line: str):
    assert not place_gathering(line)


def test_a_place_gathering_between_paragraphs_is_a_caption_without_layout_signal():
    paragraphs = [
        "11月12日，由中国记协组织的“新春走基层”活动在宁县早胜镇举行，记者走进村组了解民生。",
        "“从事经济报道8年多，我有幸从不同的维度去观察乡村的变化。”记者在座谈中说。",
        "这些年来，她关注最多的，就是一家家街头小店和村里的合作社，记录下它们的起落。",
    ]
    title = "新春走基层：记者走进宁县村组"
    document = clean("\n\n".join([title, paragraphs[0], "丁任村群众大会", *paragraphs[1:]]) + "\n")
    assert document.captions == ["丁任村群众大会"]
    assert document.body == paragraphs


# Round 35 probe: a consulate's release copied with its pictures' labels in brackets
# between the paragraphs (https://www.aoweibang.com/view/38994049/: "(顾小杰总领事致辞)").
@pytest.mark.parametrize(
    "line", ["(顾小杰总领事致辞)", "(新州中国事务特使贺乐为致辞)", "（市长讲话）"]
)
def test_a_bracketed_speaker_and_act_is_a_caption(line: str) -> None:
    assert bracketed_label(line) == "a speaker and the act"
    assert caption_cue(line) == "a scene: a speaker and the act"


@pytest.mark.parametrize(
    "line",
    ["领导致辞", "(他随后致辞,全场鼓掌)", "(致辞)", "(顾小杰总领事致辞后离场)", "【嘉宾致辞】"],
)
def test_no_speaker_caption_without_its_shape(line: str) -> None:
    assert bracketed_label(line) is None


def test_speaker_captions_between_paragraphs_leave_the_body() -> None:
    paragraphs = [
        "2018年11月20日,中国驻悉尼总领馆举办“纪念华人抵达澳大利亚200周年系列纪录片”发布会。",
        "顾小杰总领事在致辞中表示,1818年以来,一批又一批华人在澳辛勤劳作、艰苦创业。",
        "新州中国事务特使贺乐为在致辞中高度赞赏华人为澳经济社会发展所作重要贡献。",
    ]
    page = [
        "中国驻悉尼总领馆举办纪录片发布会",
        f"  {paragraphs[0]}",
        f"  {paragraphs[1]}",
        "  (顾小杰总领事致辞)",
        f"  {paragraphs[2]}",
    ]
    document = clean("\n\n".join(page) + "\n")
    assert document.captions == ["(顾小杰总领事致辞)"]
    assert document.body == paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "我县“三中心”揭牌",  # round 35: a WeChat copy's photo line between paragraphs
        "「青年创业园」开园。",
        "市民中心“便民服务站”剪彩",
        "我縣“三中心”揭牌",  # the traditional print, before conversion
    ],
)
def test_an_opening_named_in_quotes_with_its_act_is_a_caption(line: str) -> None:
    assert ceremony_caption(line)
    assert caption_cue(line) == "a scene: an opening's act and the quoted name"


@pytest.mark.parametrize(
    "line",
    [
        "“三中心”揭牌 服务群众零距离",  # a heading's second phrase
        "县长宣布,“三中心”揭牌",  # a sentence's clause
        "“三中心”今天揭牌成立后将为群众服务",  # the act is not the line's end
        "我县“三中心”开幕",  # an opening of an event: a headline's news as often
        "三中心揭牌",  # no quoted name: a heading as likely
    ],
)
def test_a_heading_or_sentence_about_an_opening_is_no_ceremony_caption(line: str) -> None:
    assert not ceremony_caption(line)


def test_an_opening_caption_between_paragraphs_is_a_caption() -> None:
    paragraphs = [
        "　　县政务服务中心、综治中心和融媒体中心昨日在新区正式揭牌,标志着我县基层治理"
        "和便民服务进入一体化运行的新阶段。",
        "　　据介绍,三个中心集中办公后,群众办事只需进一扇门,平均办理时间缩短一半以上,"
        "部分事项实现当场办结。",
    ]
    page = "\n\n".join(["我县三中心今起集中办公", paragraphs[0], "我县“三中心”揭牌", paragraphs[1]])
    assert clean(page + "\n").captions == ["我县“三中心”揭牌"]


# Round 36 (caption_scene.bracketed_label): a visit's picture labelled in brackets alone,
# https://wap.linlixinwen.com/content/2017/09/19/6224992.html (five such labels).
@pytest.mark.parametrize(
    "line",
    [
        "(朱泽欣在新安镇古城村为民服务中心了解美丽乡村建设)",
        "(朱泽欣一行参观新安镇善文化广场)",
        "(与会人员了解太浮镇集贸市场建设情况)",
        "(与会人员参观太浮镇众星绿色生态农业发展有限公司蔬菜种植基地)",
        "(新安镇座谈现场)",
        "（市领导慰问一线环卫工人）",
    ],
)
def test_a_visit_or_its_scene_bracketed_alone_is_a_caption(line: str) -> None:
    assert bracketed_label(line) is not None
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "（作者系某某大学公共管理学院教授）",  # the writer's note
        "（本文根据记者现场了解整理）",
        "（以上内容据现场调研材料整理）",
        "（记者 张三 通讯员 李四）",  # a byline's spaces
        "(他随后参观了展览,全场鼓掌)",  # an aside's marks
        "（记者赶到现场）",
        "（完）",
        "（上接第一版）",
        "朱泽欣一行参观新安镇善文化广场",  # no brackets: a heading as likely
        "（市领导随后视察了新区建设情况）",  # round 36 mend: a told event (随后, 了)
        "（调研组一行走访了十余家企业）",
        "（本报记者致辞）",  # the note gate holds for every shape
        "（县长随后讲话）",
    ],
)
def test_a_note_an_aside_or_an_unbracketed_line_is_no_bracketed_scene(line: str) -> None:
    assert bracketed_label(line) is None


def test_bracketed_visit_labels_between_paragraphs_are_captions() -> None:
    first = (
        "9月15日至22日,县政协开展全县政协联络处交叉视察活动。9月15日,朱泽欣一行首先来到"
        "新安镇,参观了古城村村部、善文化广场、农村客运站等地,了解美丽乡村建设和小城镇建设情况。"
    )
    second = (
        "县政协副主席郭祖福、夏妍枝,新安镇、太浮镇、农村办政协联络处委员以及县政协机关工作人员"
        "等参加视察活动。"
    )
    label = "(朱泽欣一行参观新安镇善文化广场)"
    page = "\n\n".join(["县政协开展交叉视察活动", first, label, second])
    assert clean(page + "\n").captions == [label]


@pytest.mark.parametrize("line", ["其中四條", "其中四条", "其中两位获奖者。", "其中3艘"])
def test_a_count_of_what_the_article_counts_is_a_caption(line: str) -> None:
    assert part_caption(line) and caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    ["其中两人受伤", "其中四条已经完工通车。", "其中", "其中包括三个项目", "四条新线路"],
)
def test_a_clause_or_a_heading_is_no_part_caption(line: str) -> None:
    assert not part_caption(line)


def test_a_part_caption_between_paragraphs_is_the_pictures() -> None:
    page = (
        "香港新开四条巴士线\n\n"
        "  运输署今日宣布,九龙区将新开六条巴士线,方便市民往返新发展区。\n\n"
        "其中四条\n\n"
        "  运输署表示,新路线将于下月起分阶段投入服务,票价与现有路线相若。\n"
    )
    document = clean(page, convert="none")
    assert document.captions == ["其中四条"]
    assert "其中四条" not in document.body


def test_a_paragraphs_line_broken_after_a_count_stays_the_articles() -> None:
    """Round 37 mend (review 36b item 12): 其中四条 laid out as the paragraphs' own line, the
    next glued under it going on with the predicate: the paragraph broken, no caption and no
    heading."""
    page = (
        "全市新建改建农村公路300公里\n"
        "本报讯（记者 孙丽）今年全市计划新建改建农村公路300公里，目前已开工项目18个，进展顺利。\n"
        "据介绍，今年的重点项目共有六条线路，分布在东部和北部山区，总投资超过5亿元。\n"
        "其中四条\n"
        "已于上月底完工通车，其余两条预计年内建成，届时沿线群众出行将更加便捷。\n"
        "市交通局表示，将同步推进沿线安保设施建设，确保道路安全畅通。\n"
    )
    document = clean(page)
    assert "其中四条" in document.body
    assert document.captions == [] and "其中四条" not in document.headings
    assert part_in_flow("其中四条", set_apart=False, next_glued=True)


def test_the_measure_words_are_one_list() -> None:
    """The part caption's measure words are kind thing of data/count_units.txt."""
    from newsclean.filters.spam_tag_words import count_units

    assert part_caption("其中3幅") and "幅" in count_units()
    assert not part_caption("其中两人")  # 人 counts people, no thing's measure word


# Round 39, second wave: a view of a place (一角, 全景) labels a picture in any layout.
@pytest.mark.parametrize(
    "line",
    ["现场一角", "現場一角", "融媒体中心技术用房一角", "新校区全景", "会场一角。"],
)
def test_round_39_a_view_of_a_place_is_a_caption(line: str) -> None:
    assert view_caption(line)
    assert caption_cue(line) == "a scene: a view of a place"


@pytest.mark.parametrize(
    "line",
    [
        "腐败问题只是冰山一角",  # the idiom
        "一元一角",  # a sum of money
        "现场一角,人头攒动。",  # a sentence goes on
        "走进校园一角的老图书馆",  # the view inside a heading's phrase
        "一角",
    ],
)
def test_round_39_an_idiom_a_sum_or_a_sentence_is_no_view(line: str) -> None:
    assert not view_caption(line)


def test_round_39_a_view_between_plain_paragraphs_is_the_pictures() -> None:
    headline = "第二场施政报告地区咨询会下午举行"
    first = (
        "行政长官今日下午在南区举行第二场施政报告咨询会,"
        "与四位司长、副司长及八位局长一同出席,听取市民意见。"
    )
    second = (
        "行政长官将于下月公布上任后首份施政报告。"
        "继上周在荃湾举行地区咨询会后,新一场咨询会今日举行。"
    )
    document = clean("\n\n".join([headline, first, "现场一角", second]) + "\n")
    assert document.captions == ["现场一角"]
    assert len(document.body) == 2


#: Round 46: a Hong Kong story copied with its picture's label between the paragraphs
#: (fonfmedia.com, 2022/08/27, 香港第二场施政报告地区咨询会下午举行).
HK_HEADLINE = "香港第二场施政报告地区咨询会下午举行 李家超及多名司局长出席"
HK_FIRST = (
    "行政长官李家超将于今日(27日)下午在南区举行第二场施政报告咨询会。他今日在社交网页表示,"
    "会与四位司长、副司长及八位局长一同出席。"
)
HK_SECOND = (
    "行政长官李家超将于10月19日公布上任后首份施政报告。继上周六在荃湾举行地区咨询会后,"
    "新一场施政报告地区咨询会将于今日举行。"
)


def test_a_scene_named_by_its_act_is_a_caption() -> None:
    assert scene_caption("记者采访现场。") and scene_caption("项目签约现场")
    document = clean("\n\n".join([HK_HEADLINE, HK_FIRST, "记者采访现场。", HK_SECOND]) + "\n")
    assert document.captions == ["记者采访现场。"]


def test_going_to_the_acts_scene_is_a_sentence() -> None:
    assert not scene_caption("记者来到采访现场。")
    assert not scene_caption("记者在采访现场。")

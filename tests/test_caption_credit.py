"""A photo credit closing a caption line bare (filters/caption_credit.py): a credit word
after a short name, a credit label with its name, a social-media page after the
sentence; a verb or a long line ending the same way is none."""

import pytest

from newsclean.filters.caption_credit import (
    bare_credit,
    label_credit,
    reporter_picture,
    signed_credit,
    slash_provider,
    social_page,
)
from newsclean.filters.captions import caption_cue


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("在武汉天河机场,医护人员为医疗队送行。新华社记者 陈晔华摄", "摄"),
        ("记者张三摄", "摄"),
        ("网友发布的视频截图", "截图"),
    ],
)
def test_a_credit_word_after_a_short_name(line: str, credit: str) -> None:
    assert bare_credit(line) == credit


def test_a_verb_or_a_sentence_ending_in_a_credit_word_is_none() -> None:
    assert bare_credit("他从小就喜欢拍摄") is None
    assert bare_credit("这次活动吸引了来自全国各地的一百多名摄影爱好者前来参加拍摄") is None


def test_a_label_and_its_name_close_the_line() -> None:
    assert label_credit("港口货轮夜景 摄:Imagine China")
    assert not label_credit("他在图书馆读书")


def test_a_social_page_after_the_sentence() -> None:
    assert social_page("檢獲的證物。司警教室FB")
    assert not social_page("他常用FB")


# Round 36: a person's credit closed by the caption's stop (captions.caption_cue reads the
# line without its stop when a person signs the credit, caption_credit.signed_credit);
# https://inviteeth.com.tw/?p=2667 (a 新华每日电讯 picture's caption copied there).
def test_a_person_credit_before_the_stop() -> None:
    line = (
        "在松廟村的山坡上,一大早就從河南新鄉市長垣市自駕車過來的馬女士(右)和朋友們一起采摘"
        "野生的山楂果子,她們每年夏天都要在這里小住幾天避暑。新華每日電訊記者 趙東輝 攝。"
    )
    assert caption_cue(line) == "photo credit before the stop: 攝"
    assert signed_credit(line[:-1]) == "攝"


@pytest.mark.parametrize(
    "line",
    [
        "这段视频由行车记录仪拍摄。",  # the verb
        "这是一张资料图。",  # a noun credit: the line says what the picture is
        "他们把相机对准村里的老人们摄。",  # no name run back to a separator or a role
        "镜头前的一切都由我们自己动手拍摄和摄影。",  # no person signs it
    ],
)
def test_a_sentence_or_a_noun_credit_before_the_stop_is_none(line: str) -> None:
    assert caption_cue(line) is None


def test_a_photo_story_credit_closes_the_line() -> None:
    # http://cpdym.com/detail_news_130669.html (a People's Daily picture page)
    line = (
        "近日,國家能源集團江西豐城電廠順利完成1、2號除鹽水箱共1600平方米防腐補漆工作。"
        "圖為檢修作業人員對除鹽水箱進行刷漆防腐作業。胡俊英 饒官榮 攝影報道"
    )
    assert bare_credit(line) == "攝影報道"
    assert bare_credit("吕依霖 摄影报道") == "摄影报道"


# Round 36 mend: 摄影报道 ends in the report noun a sentence or a heading may end with, so it
# credits only when a person's name or a reporter's role signs it (review36a item 4).
@pytest.mark.parametrize(
    "line",
    [
        "他从业二十年，先后参与过多次战地摄影报道",
        "第二部分 重大灾害中的摄影报道",
        "本期专题聚焦乡村振兴的摄影报道",
    ],
)
def test_a_photo_story_credit_needs_its_signer(line: str) -> None:
    assert bare_credit(line) is None
    assert caption_cue(line) is None


@pytest.mark.parametrize(
    ("line", "noun"),
    [
        ("司长张裕中新社记者彭大伟照片", "照片"),
        ("澳门大学横琴校区 本报记者 李明 图片", "图片"),
        ("市民在广场上跳舞通讯员王芳照片", "照片"),
    ],
)
def test_a_reporters_picture_closes_a_caption(line: str, noun: str) -> None:
    assert reporter_picture(line) == noun
    assert caption_cue(line) is not None


@pytest.mark.parametrize("line", ["他翻出一张老照片", "记者看到这些照片", "请点击查看更多图片"])
def test_a_picture_noun_without_a_reporters_name_is_no_credit(line: str) -> None:
    assert reporter_picture(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "古渡口晨雾运城日报社王建国摄",
        "游客在山顶观看日出临汾日報社劉曉東攝",
        "老街新貌长治日报社李 强摄",
    ],
)
def test_an_outlet_glued_before_the_photographers_name_signs_the_credit(line: str) -> None:
    # Round 39: 报社/日报社 glued to the name, the caption's stop and every space dropped.
    assert bare_credit(line) in ("摄", "攝")


@pytest.mark.parametrize(
    "line",
    [
        "这些年村里先后成立了三个专业合作社",  # no credit word
        "记者走进了当地的一家报社拍摄",  # 拍摄: a verb
        "当天下午大家一起参观了报社编辑部的摄影室和排版室并合影留念摄",
    ],
)
def test_an_outlet_without_a_name_before_the_credit_is_none(line: str) -> None:
    assert bare_credit(line) is None


# Round 39, second wave: a provider after a slash closes a caption.
@pytest.mark.parametrize(
    "line",
    ["华侨新村入口/嘉义县府提供", "華僑新村入口/嘉義縣府提供", "新建成的滨江步道／区文旅局供图"],
)
def test_round_39_a_provider_after_a_slash_is_a_credit(line: str) -> None:
    assert slash_provider(line)
    assert caption_cue(line) == "photo credit at the end: a provider after a slash"


@pytest.mark.parametrize(
    "line",
    [
        "文/资料由学校提供",  # the giver of a passive
        "他说。随后记者看到/县府提供",  # a sentence inside the description
        "报名表/身份证复印件/学校提供的证明",  # a list: 提供 does not close it
        "学生/家长提供",  # too short to describe a picture
    ],
)
def test_round_39_a_slash_before_a_sentence_or_a_list_is_no_credit(line: str) -> None:
    assert not slash_provider(line)


# Round 44: the photo desks' whole-line credits stand alone under the description they
# credit (caption_credit.whole_credit), as the bare credits already did.
from newsclean import clean  # noqa: E402
from newsclean.filters.caption_credit import credit_alone, whole_credit  # noqa: E402

# Xinhua's photo page (http://xinhuanet.com/photo/20240921/3104faf3d6e24261a71c25cd9f0ce8df/c.html):
# each picture's description, then its release credit alone on the next line.
XINHUA_MOON = ("9月17日,圆月与南京阅江楼相映成趣。", "新华社发(苏阳摄)")
XINHUA_FIRE = (
    "9月18日,在广东省鹤山市雅瑶镇隔朗村,火龙在“龙珠”的引领下开始环村巡游。",
    "新华社发(黄继明摄)",
)


@pytest.mark.parametrize(
    "line",
    [
        "新华社发(苏阳摄)",
        "新华社发(黄继明摄)",
        # https://www.twreporter.org/a/behind-the-photoshoot: the photographer alone under
        # the picture
        "(攝影/蘇威銘)",
    ],
)
def test_round_44_a_whole_line_credit_stands_alone(line: str) -> None:
    assert whole_credit(line)
    assert credit_alone(line)


@pytest.mark.parametrize(
    "line",
    [
        "（新华社）",  # a wire's name alone: the story's source tag, not a picture's credit
        # https://www.cna.com.tw/news/firstnews/202108165007.aspx: a story's byline
        "文、攝影:吳家昇",
        "(完)",
    ],
)
def test_round_44_a_source_tag_or_a_byline_is_no_credit_alone(line: str) -> None:
    assert not credit_alone(line)


# A real headline and two paragraphs around the picture (eval/harvest_caption.py's context:
# http://www.fjsx.gov.cn/zwgk/jjsx/jrqc/202010/t20201021_1580820.htm).
HEADLINE = "华东地区主流媒体三明行主题采访活动在沙县启动"
PARAGRAPHS = [
    "10月19日,华东地区主流媒体三明行“风展红旗 如画三明”主题采访活动在沙县启动,"
    "来自中国新闻摄影学会地市报分会及上海市、江西省、浙江省、江苏省、安徽省等华东地区"
    "主流媒体的15位资深摄影记者、新媒体记者,县委常委、宣传部长乐生龙参加活动。",
    "在启动仪式后,采访团一行参观了流淌着沙县小吃历史和技艺传承的沙县小吃文化馆。"
    "跟随着导游的讲解,记者们边走边看边听,对沙县小吃也有了更深的了解。",
]


@pytest.mark.parametrize("pair", [XINHUA_MOON, XINHUA_FIRE])
def test_round_44_the_description_glued_over_a_release_credit_is_its_caption(pair) -> None:
    first, second = PARAGRAPHS
    page = "\n\n".join([HEADLINE, first, "\n".join(pair), second]) + "\n"
    document = clean(page)
    # Round 45 (eval/README.md's own_line gold decision): the credit glued under its
    # caption is the desk's photo credit, metadata; the caption is the description alone.
    assert list(document.captions) == [pair[0]]
    assert document.body == PARAGRAPHS
    credit = next(line for line in document.lines if line.text == pair[1])
    assert credit.placement == "metadata"

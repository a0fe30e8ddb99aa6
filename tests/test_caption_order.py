"""A group photo's reading order (``filters/caption_order.py``), a picture label opening a
caption (``filters/caption_label.py``) and a picture credit in a
bracket before the caption's stop (``captions.caption_cue``, round 19)."""

import pytest
from linear import assert_linear

from newsclean import clean
from newsclean.filters.caption_label import label_caption
from newsclean.filters.caption_order import (
    order_caption,
    photo_act_caption,
    sitter_caption,
    titled_sitter,
)
from newsclean.filters.captions import caption_cue

HEADLINE = "社区老年大学迎来十周年校庆"
FIRST = (
    "本报讯 昨天上午，社区老年大学在文化中心举行十周年校庆活动，三百余名学员和家属参加，"
    "现场展出了学员们创作的书画和摄影作品。"
)
SECOND = "校长介绍，十年来学校共开设课程四十余门，累计培训学员超过五千人次，深受居民欢迎。"


@pytest.mark.parametrize(
    "line",
    [
        # Invented forms, on no eval page: a row and a side before the colon,
        "前排左起：王大同、李小华(社长)、陈明、赵雪梅",
        # a direction phrase and spaces between the names,
        "由左至右 周立 孙海燕（校长） 吴刚",
        # the label in brackets,
        "（后排右起）刘伟、黄丽、何静",
        # a person's place in a bracket on a short line of one clause,
        "周校长（左二）与优秀学员合影",
        "获奖学员代表(前排右3)接过证书",
    ],
)
def test_reading_order_makes_a_caption(line: str) -> None:
    assert order_caption(line) is not None
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "左起第二位就是当年的老校长，他在这里工作了三十年。",  # a story's sentence
        "从左至右，依次是厨房、客厅和卧室，整套房子布局合理。",  # a comma: prose's pause
        "左起：学校的操场曾经是一片荒地，后来经过改造才有了今天的模样。",  # one long clause
        "中国队(中)夺冠后，队员们相拥庆祝，现场观众起立鼓掌。",  # clauses: a paragraph
        "左右为难的他最终选择了留下",  # no label
    ],
)
def test_story_lines_with_position_words_stay(line: str) -> None:
    assert order_caption(line) is None


def test_picture_credit_bracket_before_the_stop() -> None:
    # Invented: a described picture and its kind of photo in a bracket, then the stop.
    assert caption_cue("这是6月3日在青海湖畔拍摄的斑头雁(资料照片)。") is not None
    # A wire's bracket before the stop closes a paragraph: its source, not a credit.
    assert caption_cue("据介绍，该项目总投资三亿元（新华社）。") is None
    assert caption_cue("他说，活动还将持续一周。（完）") is None


def test_caption_between_paragraphs_on_a_page() -> None:
    caption = "前排左起：王大同、李小华、陈明"
    document = clean("\n\n".join([HEADLINE, FIRST, caption, SECOND]) + "\n")
    assert document.captions == [caption]
    assert document.body == [FIRST, SECOND]


def test_story_paragraph_opening_with_zuoqi_stays_in_body() -> None:
    story = "左起第二位就是当年的老校长，他在这里工作了三十年，如今已是满头白发。"
    document = clean("\n\n".join([HEADLINE, FIRST, story, SECOND]) + "\n")
    assert document.body == [FIRST, story, SECOND]
    assert document.captions == []


def test_one_line_paragraph_between_paragraphs_stays() -> None:
    middle = "这一天，老人们笑得像孩子一样。"
    document = clean("\n\n".join([HEADLINE, FIRST, middle, SECOND]) + "\n")
    assert middle in document.body


def test_order_caption_is_linear() -> None:
    assert_linear(lambda n: "左起：" + "张三、" * n, order_caption, 2_000)
    assert_linear(lambda n: "李" * n + "（左二）", order_caption, 2_000)


@pytest.mark.parametrize(
    "line",
    [
        # Invented: the label composed of a picture noun and an explaining word,
        "图注：布里斯本海外青年文化大使培训结业式",  # 图注, no list has it
        "照片说明 市长与志工在河堤合影",  # a space for the colon
        "【图说】市长与志工在河堤合影",  # the label in brackets
        "資料圖說：颱風過後的街道",
    ],
)
def test_picture_label_opens_a_caption(line: str) -> None:
    assert label_caption(line) is not None
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "图说天下：一周要闻回顾",  # a column's name glued to its topic
        "图解：三张图看懂政府工作报告",  # an infographic's title
        "图片显示，当地的湖泊面积明显缩小。",  # prose about a picture
    ],
)
def test_picture_words_in_other_lines_stay(line: str) -> None:
    assert label_caption(line) is None


# Round 21: a photo act (caption_order.photo_act_caption) and a bare side in a bracket.
@pytest.mark.parametrize(
    "line",
    [
        # Invented forms, on no eval page: people joined, the act closing the line,
        "校长陈明与获奖学生合照",
        "理事长林国华偕夫人与新任理事大合照",
        "同乡会会长王建平、副会长李美玲和访问团成员合影留念",
        "全班同学在校门口与班主任留影",
        # a bare side in a bracket after a name,
        "王市长(右)与来宾握手",
        "新任会长（图左）接过印信",
    ],
)
def test_photo_act_and_bare_side_make_a_caption(line: str) -> None:
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "他曾与多位明星合影",  # narrative: 曾
        "我和外婆在老屋前合影",  # the writer's voice
        "会后，与会代表在会场前合影留念。",  # clauses and a stop: a paragraph
        "市长与各界代表合影留念。",  # a sentence keeps its stop: a one-line paragraph
        "展览展出历史文献与合影",  # a list of things: nothing between joiner and act
        "与会代表合影",  # no one on the joiner's near side
        "今年的春节晚会与往年不同",  # no photo act
        "他在致辞时与大家分享了三个故事，现场掌声不断，随后与嘉宾合影",  # clauses
    ],
)
def test_lines_without_a_photo_act_caption_stay(line: str) -> None:
    assert caption_cue(line) is None


def test_photo_act_between_paragraphs_is_a_caption() -> None:
    caption = "校长陈明与获奖学员合照"
    document = clean("\n\n".join([HEADLINE, FIRST, caption, SECOND]) + "\n")
    assert document.captions == [caption]
    assert document.body == [FIRST, SECOND]
    assert document.title == HEADLINE


def test_photo_act_in_the_headline_slot_is_no_headline() -> None:
    # Invented: no headline on the page; the line under the date describes a picture, and
    # the article never speaks of it: a caption, not the page's title.
    caption = "商会会长黄志明及理事与市长合影"
    document = clean("\n\n".join(["2024-05-06", caption, FIRST, SECOND]) + "\n")
    assert document.title != caption
    assert document.captions == [caption]
    assert document.body == [FIRST, SECOND]


def test_meeting_paragraph_between_paragraphs_stays() -> None:
    # A real one-line paragraph naming people at a meeting: a sentence, kept.
    middle = "会后，区委书记与各界代表合影留念。"
    document = clean("\n\n".join([HEADLINE, FIRST, middle, SECOND]) + "\n")
    assert document.body == [FIRST, middle, SECOND]
    assert document.captions == []


def test_subtitle_under_the_headline_stays() -> None:
    subtitle = "——记社区老年大学与学员们共同走过的十年"
    document = clean("\n\n".join([HEADLINE, subtitle, FIRST, SECOND]) + "\n")
    assert document.captions == []
    assert document.title == HEADLINE


def test_sentence_ending_with_a_reporter_name_stays() -> None:
    line = "校庆当天，校长与学员代表一同种下纪念树。记者 王小明"
    assert caption_cue(line) is None


def test_clean_fixture_page_has_no_photo_act_caption() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    page = (root / "fixtures" / "001_clean_simplified.txt").read_text(encoding="utf-8")
    document = clean(page)
    assert document.captions == []
    assert not document.removed


def test_photo_act_caption_is_linear() -> None:
    from newsclean.filters.caption_order import photo_act_caption

    assert_linear(lambda n: "张" * n + "与李四合影", photo_act_caption, 2_000)
    assert_linear(lambda n: "与" * n + "合影", photo_act_caption, 2_000)


@pytest.mark.parametrize(
    "line",
    [
        # a Sarawak paper's association page (eval round 26 row, read round 27): the picture
        # named before its order label, the group photo closing the list
        "图右起:查伟革先生、林敏柔博士、陈人彦教授合照",
        "圖左起：張三、李四、王五",
        "照片右起 王五 赵六",
    ],
)
def test_the_picture_named_before_its_order_label(line):
    assert order_caption(line) == "caption opening: a group photo's reading order"


def test_a_sentence_after_the_picture_and_a_side_stays():
    assert order_caption("图右起第二位是他的父亲，那年他十岁。") is None


# Round 29: a portrait's name label, the sitter's name in both scripts alone on its line.
@pytest.mark.parametrize(
    "line",
    [
        # the round-29 row (mpweekly.com's photo essay, under a portrait)
        "Suisai Kinlon(阿朗)",
        # the Han name first, the English one in the bracket: the Hong Kong photo blog
        # hkbloggingphoto.blogspot.com/2019/09/ titles a Ming Pao portrait 譚競嫦(Sharon Hom)…
        "譚競嫦(Sharon Hom)",
        # full-width bracket and a space, a three-word Latin name
        "Mary Jane Lee （李美珍）",
    ],
)
def test_a_name_in_two_scripts_alone_is_a_portraits_label(line):
    assert sitter_caption(line) is not None
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Apple(苹果)",  # one Latin word and its translation: a term
        "World Health Organization(世界卫生组织)",  # an organisation's longer Han name
        "Suisai Kinlon(阿朗):",  # a speaker's label in a transcript
        "Suisai Kinlon(阿朗)说她很喜欢拍照。",  # a sentence about the person
        "譚競嫦(Sharon Hom)與貓",  # a described picture, read by the other cues
    ],
)
def test_a_term_a_speaker_or_a_sentence_is_no_name_label(line):
    assert sitter_caption(line) is None


def test_a_name_label_between_paragraphs_leaves_the_body():
    document = clean("\n\n".join([HEADLINE, FIRST, "Suisai Kinlon(阿朗)", SECOND]))
    assert document.captions == ["Suisai Kinlon(阿朗)"]
    assert document.body == [FIRST, SECOND]


@pytest.mark.parametrize(
    "line",
    [
        # eval row cap-line-positions-in-brackets-group-photo-chicago (chicagochinesetimes.com):
        # a group photo's places, the row by its bare word, 为 pointing at the next name.
        "委员长徐佳青(前右四)与中华会馆参事团体合影,(前右三为)类延峰处长, (左一为)洪中明副处长",
        "委員長徐佳青(前右四)與中華會館參事團體合影,(前右三爲)類延峯處長, (左一爲)洪中明副處長",
        # Invented on the same grammar: two places, a full-width bracket and a row word.
        "理事长陈明（前排左三）与会员合影，（右二为）秘书长王芳",
    ],
)
def test_several_places_in_brackets_make_a_group_photo_caption(line: str) -> None:
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: two places but a sentence's stop inside (a paragraph telling the scene),
        "张三(左一)说，这是好事。李四(右二)也表示会继续努力。",
        # one place only and clauses after it (a paragraph),
        "中国队(中)夺冠后，队员们相拥庆祝，现场观众起立鼓掌。",
        # sides without a number (no place in a picture).
        "他左右为难,最后(右侧)的同事帮他解了围,(左侧)的人都笑了",
    ],
)
def test_position_words_without_a_list_of_places_stay(line: str) -> None:
    assert order_caption(line) is None


def test_place_list_is_linear() -> None:
    assert_linear(lambda n: "(前右四)张三," * 2 + "(左" * n, order_caption, 20_000)


# Round 33: a portrait's label, the sitter's name and office alone on its line.
@pytest.mark.parametrize(
    "line",
    [
        "王宗颖总领事",  # http://kokang888.com/forum.php?…tid=20325 (the round-33 row)
        # name and office pairs as real pages print them in their captions:
        "张洪副总领事",  # http://www.mwtxh.com/yiguoxinwen/20190214/484.html
        "郭少春總領事",  # https://www.singtaousa.com/2023-10-01/… (駐洛杉磯總領館)
        "李文亮總領事",  # http://yogviha.cn/hr/hr-yzhrxw/news/2010/06-23/2358426.shtml
        "严宇清总领事",  # http://recife.china-consulate.gov.cn/zlghd/202301/t20230115_11007496.htm
    ],
)
def test_a_name_and_office_alone_is_a_portrait_label(line: str):
    assert titled_sitter(line) == "a sitter's name and office"
    assert caption_cue(line) == "a sitter's name and office"


@pytest.mark.parametrize(
    "line",
    [
        "李文亮總領事發表了熱情洋溢的講話",  # yogviha.cn: a sentence goes on past the office
        "王宗颖总领事:",  # a speaker's label in a transcript
        "新任总领事",  # an office alone names no one
        "记者 王宗颖",  # a byline: the role before the name
        "米兰侨界举行欢迎张洪副总领事履新暨新春联欢会",  # mwtxh.com's headline
        "总领事馆",  # a place, no person
    ],
)
def test_a_sentence_or_label_naming_an_official_is_no_portrait_label(line: str):
    assert titled_sitter(line) is None


def test_a_titled_sitter_between_paragraphs_is_a_caption_without_layout_signal():
    paragraphs = [
        "香港新闻界9月22日举行酒会，庆祝中华人民共和国成立73周年，各界嘉宾约五百人出席。",
        "李家超当天出席香港新闻界庆祝中华人民共和国成立73周年酒会并致辞，勉励新闻界讲好香港故事。",
        "他在致辞时指出，香港的成功故事不但记录在历史之中，更需要新闻工作者向世界讲述。",
    ]
    head, label = "香港新闻界庆祝新中国成立73周年", "王宗颖总领事"
    text = "\n\n".join([head, paragraphs[0], label, *paragraphs[1:]])
    document = clean(text + "\n")
    assert document.captions == ["王宗颖总领事"]
    assert document.body == paragraphs


# Round 34: the middle place said in full.
@pytest.mark.parametrize(
    "line", ["林会长(居中)寻亲时向村民打探消息", "王校长（中间）与获奖学生合影留念"]
)
def test_the_middle_place_in_full_is_a_persons_place(line: str) -> None:
    assert order_caption(line) is not None


def test_a_sentence_with_the_middle_place_stays() -> None:
    line = "会议由林会长(居中)主持，他表示，协会将继续推动两地交流，并在明年举办更多活动。"
    assert order_caption(line) is None


def test_a_photo_with_a_whole_group_names_only_the_group() -> None:
    # Round 35: an Indonesian paper's caption of the article's person with the staff.
    assert photo_act_caption("与全体管理人员合影") is not None
    assert photo_act_caption("和全体员工合影留念") is not None
    assert photo_act_caption("与会代表合影") is None  # 与会: attending, no joiner
    assert photo_act_caption("与全体管理人员合影后离开") is None  # the act is not the end


# Round 38: the occasion the photo act follows, no one named (賽后合影。, a copy of 湛江日报's
# dragon-boat pictures), a gallery's number glued after the act, and a space before a place
# bracket (a mirror's gloss taken out of 阿里(li) (右)).
@pytest.mark.parametrize(
    "line",
    [
        "賽后合影。",
        "活动结束后合影留念",
        "梁冠军董事长与美东侨团代表合影1",
        "记者采访斯里巴加湾市政局主席阿里 (右)。",
    ],
)
def test_round_38_photo_acts_and_places_are_captions(line: str) -> None:
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "校长陈明与获奖学生合照。",  # people joined and a stop: a paragraph (round 21)
        "他们在比赛结束后一起合影留念,久久不愿离去。",
        "他曾在赛后与多位明星合影",
        "我们赛后合影",  # the writer's voice
    ],
)
def test_round_38_narrative_photo_acts_stay(line: str) -> None:
    assert photo_act_caption(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "来帮忙收网的老渔民陈阿水(左)和他的儿子陈海生(右),两人在这片海上打了三十年鱼。",
        "村支书王建华(左)与驻村干部李明(右)查看大棚里的草莓长势",
    ],
)
def test_round_39_two_bare_sides_name_who_stands_where(line: str) -> None:
    # Two sides named in brackets point into a picture, even with a clause after them.
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "会场分为左右两区,左区为代表席,右区为列席席。",  # sides without brackets
        "陈阿水(左)说:“今年的鱼比往年少。”他的儿子陈海生(右)点头。",  # a sentence inside
        "这次展览分(上)(下)两个部分,展出老照片两百余幅。",
    ],
)
def test_round_39_sides_in_prose_stay(line: str) -> None:
    assert caption_cue(line) is None


# Round 39, second wave: a reading order's start in a bracket is a place, and a caption of
# two sentences may keep its stops when each sentence points into the picture.
@pytest.mark.parametrize(
    "line",
    [
        "校长陈明及李华老师(左)向来宾展示学校昔日与今日的照片时,到底说了些什么?令王强(右起)、来宾及副主席张伟笑不拢口。",
        "王强(右起)、张伟、李华与获奖学生合影",
    ],
)
def test_round_39_every_sentence_pointing_into_the_picture_is_a_caption(line: str) -> None:
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "张三(左)和李四(右)握手。随后双方举行会谈,签署了合作协议。",  # the story goes on
        "陈阿水(左)说:“今年的鱼比往年少。”他的儿子陈海生(右起)点头。",  # quoted speech
    ],
)
def test_round_39_a_second_sentence_without_a_place_is_prose(line: str) -> None:
    assert caption_cue(line) is None

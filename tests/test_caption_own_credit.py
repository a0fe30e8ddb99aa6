"""A photo credit printed alone on the line under its caption (filters/caption_own_credit.py,
round 45): the caption is the description, the credit line the desk's metadata; a credit
alone with no caption over it is left as it was."""

from newsclean import clean
from newsclean.filters.caption_own_credit import own_credits

# http://taiwan.cn/xwzx/PoliticsNews/201204/t20120401_2418536.htm (中国台湾网): the headline,
# the picture's caption with its credit after a space, and the story's paragraphs.
HEADLINE = "国新办副主任王国庆看望中新社博鳌论坛报道组"
CAPTION = (
    "中国国务院新闻办公室副主任王国庆1日上午来到博鳌亚洲论坛新闻中心,"
    "看望了中新社博鳌亚洲论坛报道组。 陆欣 摄"
)
PARAGRAPHS = [
    "1日上午,中国国务院新闻办公室副主任王国庆来到博鳌亚洲论坛新闻中心,看望了中新社博鳌亚洲论坛"
    "报道组,勉励中新社记者发挥对外报道优势,做好博鳌论坛报道。",
    "王国庆对报道组成员说,非常高兴看到中新社派出这么多精兵强将报道博鳌论坛。你们在全世界的华文媒体"
    "有着重要影响,每天对外供稿很多版面,很多海外媒体通过你们了解中国的信息。",
    "博鳌亚洲论坛2012年年会于4月1日至3日在海南博鳌举行。中新社约20名记者和工作人员进驻博鳌进行报道。(完)",
]
# http://e.xzxw.com/xzrb/202403/20/content_247981.html (西藏日报's e-paper, a spread of
# spring-farming pictures): under each caption 新华社发 on a line of its own.
XINHUA_CAPTION = "图为3月19日,农民驾驶农机在甘肃省定西市安定区香泉镇平整土地。"
XINHUA_CREDIT = "新华社发"


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_credit_alone_under_its_caption_is_the_desks_metadata() -> None:
    document = clean(_page(HEADLINE, CAPTION, XINHUA_CREDIT, *PARAGRAPHS))
    assert document.captions == [CAPTION]
    assert XINHUA_CREDIT not in document.body
    credit = next(line for line in document.lines if line.text == XINHUA_CREDIT)
    assert credit.placement == "metadata"


def test_the_e_papers_own_caption_and_credit_pair() -> None:
    document = clean(_page(HEADLINE, PARAGRAPHS[0], XINHUA_CAPTION, XINHUA_CREDIT, *PARAGRAPHS[1:]))
    assert document.captions == [XINHUA_CAPTION]
    assert XINHUA_CREDIT not in document.body


def test_a_credit_alone_with_no_caption_over_it_is_left_alone() -> None:
    views = [_View(PARAGRAPHS[0]), _View(XINHUA_CREDIT), _View(PARAGRAPHS[1])]
    assert own_credits(views, ["body", "caption", "body"]) == []


def test_a_caption_under_a_caption_is_no_credit() -> None:
    views = [_View(CAPTION), _View(XINHUA_CAPTION)]
    assert own_credits(views, ["caption", "caption"]) == []


class _View:
    def __init__(self, text: str) -> None:
        self.text, self.indented, self.blanks_before = text, False, 1


# https://sengpou.com/news_detail.php?news_id=10627&element_index=1 (a 中新社 story): its
# paragraphs; http://liseswenson.com/detailed/news/picture/2022-03-16/50071.html: the
# caption of a county's picture news, 上图: … 下图: … on one line.
WIRE = [
    "【中新社香港9月22日电】(戴小橦)香港特区行政长官李家超22日表示,期望香港新闻界努力讲好香港故事,"
    "团结一致地把香港的最新发展和正信息,告诉世界各地的读者、听众和观众。",
    "李家超当天出席香港新闻界庆祝中华人民共和国成立73周年酒会。",
    "他在致辞时指出,香港的成功故事,不但记录多年以来砥砺奋进的卓越成就,更可以鼓励下一代继往开来,"
    "为香港拓展更大发展空间。因此,新闻界要主动讲好香港故事。",
    "李家超表示,今年是香港回归祖国25周年,也是香港实践新飞跃、开启新篇章的关键年。他期望新闻界能充分"
    "发挥所长,努力讲好香港故事。同时,努力推动香港由治及兴,融入国家发展大局。",
]
UPPER_LOWER = "上图:陈涛镇吉龙村村民正在进行田间管理作业。下图:天场镇荡东村村民察看育苗情况。"


def test_the_space_under_a_caption_is_its_blocks_margin_not_the_next_lines() -> None:
    text = "\n\n".join([WIRE[0], UPPER_LOWER]) + "\n\n\n" + "\n\n".join(WIRE[1:]) + "\n"
    document = clean(text)
    assert document.captions == [UPPER_LOWER]
    assert WIRE[1] in document.body


def test_a_short_line_set_apart_on_both_sides_under_a_caption_is_still_a_caption() -> None:
    """Spaced from the text on both sides, the line is a block of its own (a second
    picture's caption), as on main."""
    text = "\n\n".join([*PARAGRAPHS, WIRE[0], UPPER_LOWER]) + "\n\n\n" + WIRE[1] + "\n\n\n"
    document = clean(text + "\n\n".join(WIRE[2:]) + "\n")
    assert WIRE[1] in document.captions


def test_a_described_picture_with_its_credit_under_a_caption_stays_a_caption() -> None:
    """Who is shown, then who shot it: a caption of its own (the line test_structure reads
    as a caption by its wording in any layout), not the caption above's credit."""
    views = [_View(XINHUA_CAPTION), _View("△ 警方抓获犯罪嫌疑人 通讯员供图")]
    assert own_credits(views, ["caption", "caption"]) == []

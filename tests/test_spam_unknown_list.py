"""A keyword list no vocabulary knows (filters/spam_unknown_list.py), round 38: a list joined
as writers join (，/,/、/space) above the headline or inside a farm's block (spam on both
sides), off the headline's place, each item holding a character the article never uses, is
a farm's; real lists of places, products, events, universities, menus and slogans over the
stories that name them stay, as do spaced headlines and lists announced by the paragraph
above; round 38 mend (review38a 1a): so do a writer's closing lists on other topics (a tag
row, under the editor's line too, a related-reading row, a list finishing a lead-in) and a
list paragraph beside one spam line.

The spam phrases are mine, in the families of a black-market advertising list (fake papers,
data sales, paid post deletion, sex services) and hold no term of the shipped lexicon."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam import lexicon

HEADLINE = "第三届中国新闻发言人论坛在北京举行"
BYLINE = "2024-05-16 09:30  来源：新华社"
PARAS = [
    "  今天由国务院新闻办公室和清华大学主办的第三届中国新闻发言人论坛在北京举行。论坛为期一天。",
    "  论坛以新时代新闻发布为主题,来自各部委的新闻发言人出席并发言。发言持续到傍晚。",
    "  与会者表示,新闻发布要讲好中国故事。让中国声音更多地为外界听见。",
]
PHRASES = ["加急港澳通行证签注", "高价回收旧手机卡", "出售学生家长名单", "专业代写论文答辩"]
#: A spam line the filter knows by its lexicon.
SPAM = "澳门威尼斯人娱乐场_金沙娱乐城_博彩网站"


def _removed(lines: list[str]) -> set[str]:
    doc = clean("\n\n".join(lines) + "\n", convert="none")
    return {r.text for r in doc.removed if r.reason == "spam"}


def test_the_phrases_are_unknown_to_the_lexicon() -> None:
    assert not any(lexicon().find(p) for p in PHRASES)


@pytest.mark.parametrize("sep", [",", "，", "、", " "])
@pytest.mark.parametrize("where", ["top", "inside spam"])
def test_a_writers_join_of_unknown_phrases_where_a_machine_puts_it_is_spam(
    sep: str, where: str
) -> None:
    line = sep.join(PHRASES)
    page = {
        "top": [line, HEADLINE, BYLINE, *PARAS],  # above the headline and its byline
        "inside spam": [HEADLINE, BYLINE, PARAS[0], SPAM, line, SPAM, *PARAS[1:]],
    }[where]
    assert _removed(page) - {SPAM} == {line}


@pytest.mark.parametrize("sep", [",", "、", " "])
def test_a_writers_list_between_paragraphs_away_from_spam_stays(sep: str) -> None:
    line = sep.join(PHRASES)
    assert _removed([HEADLINE, BYLINE, PARAS[0], line, *PARAS[1:]]) == set()
    # spam further off on the page is no sign for a list between two paragraphs
    page = [HEADLINE, BYLINE, PARAS[0], line, *PARAS[1:], SPAM]
    assert _removed(page) == {SPAM}


#: Review38a 1a: a writer's unlabelled lists on topics the story does not print.
CLOSING = [
    "暑期旅游攻略,亲子游,博物馆预约参观,非遗体验活动",  # a CMS's tag row
    "消防安全提示 夏季防溺水十大要点 高温天气如何防中暑",  # related-reading titles
    "北京马拉松、上海国际电影节、广交会、进博会、中国网球公开赛",
    "北京烤鸭 四川麻辣火锅 广东早茶 兰州牛肉拉面 新疆大盘鸡",
]


@pytest.mark.parametrize("line", CLOSING)
@pytest.mark.parametrize(
    "above",
    [[], ["（责任编辑：李明）"], ["本届活动的主要项目包括"]],
    ids=["last", "editor", "lead"],
)
def test_a_writers_closing_list_on_another_topic_stays(line: str, above: list[str]) -> None:
    # the page's foot is a writer's place: under the last paragraph, the editor's line, or
    # finishing a lead-in with no colon
    assert _removed([HEADLINE, BYLINE, *PARAS, *above, line]) == set()


@pytest.mark.parametrize("line", CLOSING)
def test_a_list_paragraph_beside_one_spam_line_stays(line: str) -> None:
    # an injection lands beside any paragraph: one spam neighbour is no sign
    assert _removed([HEADLINE, BYLINE, PARAS[0], line, SPAM, *PARAS[1:]]) == {SPAM}
    assert _removed([HEADLINE, BYLINE, *PARAS, line, SPAM]) == {SPAM}
    # the same list with spam on both sides is inside the farm's block
    assert _removed([HEADLINE, BYLINE, PARAS[0], SPAM, line, SPAM, *PARAS[1:]]) == {SPAM, line}


@pytest.mark.parametrize(
    "below",
    [
        ["21/03/2022", *PARAS],  # its date under it
        ["来源 l 河北新闻网", *PARAS],  # its source, which the article does not echo
        ["索引號: 003129766/201901-00336 組配分類: 規範性文件發佈", *PARAS],  # a record
    ],
)
def test_a_spaced_headline_over_a_body_that_does_not_echo_it_stays(below: list[str]) -> None:
    # a Hong Kong headline in three spaced clauses over another story (a collage page)
    headline = "司警昨再破跨境運毒 拘機場入境馬籍男子 檢九點四公斤大麻花"
    assert headline not in _removed([headline, *below])


#: Real lists over the stories that name them (review37a's lists, placed at the page's edge).
STORIES = [
    (
        "北京烤鸭礼盒、稻香村糕点、六必居酱菜、同仁堂药膳",
        "老字号年货礼盒春节前热销",
        [
            "  春节临近,北京各大商场的年货区人头攒动。老字号礼盒成为市民采购的热门选择。",
            "  记者在前门大街看到,烤鸭、糕点、酱菜等传统食品摆满货架,不少外地游客专程购买。",
        ],
    ),
    (
        "迎春游园会 庙会民俗展演 非遗手工艺集市 新春灯光秀",
        "春节假期北京推出多项文化活动",
        [
            "  春节假期,北京各区将推出丰富的群众文化活动,让市民过一个欢乐祥和的新年。",
            "  地坛、龙潭等传统庙会将恢复举办,民俗展演和手工艺展示轮番登场,夜间还有灯光秀。",
        ],
    ),
    (
        "北京大学、清华大学、中国人民大学、北京师范大学",
        "四所高校入选首批改革试点",
        [
            "  教育部日前公布首批综合改革试点高校名单,在京四所大学入选。",
            "  试点将围绕人才培养、科研评价等方面展开,为期三年。",
        ],
    ),
    (
        "北京烤鸭配荷叶饼 清蒸多宝鱼 红烧狮子头 腊味合蒸 什锦素烩",
        "年夜饭预订火爆 老字号推出特色套餐",
        [
            "  临近除夕,京城各大餐馆年夜饭预订火爆,不少老字号推出特色套餐。",
            "  记者拿到一份套餐菜单,烤鸭、鱼、狮子头等传统菜品一应俱全。",
        ],
    ),
    (
        "冰雪运动进校园,群众冬季健身月,冬奥知识大讲堂",
        "我市启动冬季全民健身系列活动",
        [
            "  为推动冰雪运动普及,市体育局联合教育部门启动冬季全民健身系列活动。",
            "  活动将持续到明年三月,覆盖全市中小学和社区,群众可就近参与。",
        ],
    ),
]


@pytest.mark.parametrize(("line", "headline", "paras"), STORIES)
@pytest.mark.parametrize("where", ["top", "foot"])
def test_a_real_list_at_the_pages_edge_over_its_story_stays(
    line: str, headline: str, paras: list[str], where: str
) -> None:
    byline = "2024-01-20 09:30  来源：北京日报"
    page = [line, headline, byline, *paras] if where == "top" else [headline, byline, *paras, line]
    assert line not in _removed(page)


def test_a_list_the_paragraph_above_announces_stays() -> None:
    line = "不忘初心，牢记使命，砥砺奋进新征程"
    paras = [
        "  近日,某社区党支部组织党员开展主题学习活动,重温入党誓词。",
        "  老党员讲述亲身经历,年轻党员畅谈学习体会。活动现场悬挂的标语写着:",
    ]
    assert (
        _removed(["社区党员开展主题学习活动", "2024-01-20 09:30  来源：北京日报", *paras, line])
        == set()
    )


def test_a_parallel_slogan_stays() -> None:
    # three items of one length: a writer's parallel phrasing, whatever the article says
    line = "守护万家灯火、护航平安春节、喜迎冬奥盛会"
    assert _removed([HEADLINE, BYLINE, *PARAS, line]) == set()


def test_a_slogan_banner_above_the_headline_stays() -> None:
    # a site's banner: half its items four-character phrases, a slogan's meter
    line = "不忘初心，牢记使命，砥砺奋进新征程"
    assert _removed([line, HEADLINE, BYLINE, *PARAS]) == set()

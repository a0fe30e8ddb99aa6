"""A page's share record: its title and address under labels (filters/furniture_share_record.py,
round 42b)."""

from __future__ import annotations

from newsclean import clean
from newsclean.filters.furniture_share_record import address_field, share_records, title_field

# http://www.aqj6.com/aszx/15841.html (eval row tool-title-label-headline-then-address-label-
# url-two-lines-foot-city-news-copy-host): under 来源:鞍山新闻, the page's title and its own
# address restated under labels, two lines.
RECORD = ["标题:清凉山镇狠抓村部 文化广场建设工作", "地址:http://www.aqj6.com/aszx/15841.html"]
# the story's lines: the same page (shortened)
STORY = [
    "清凉山镇狠抓村部 文化广场建设工作",
    "今年以来,清凉山镇把村部和文化广场建设作为改善民生的重要工作来抓,投入资金三百余万元。",
    "目前,全镇已有六个村完成村部改造,四个村建成文化广场,群众文化生活日益丰富。",
]


def test_the_title_and_address_fields_go_as_a_pair() -> None:
    assert title_field(RECORD[0]) and address_field(RECORD[1])
    doc = clean("\n\n".join(STORY + RECORD + RECORD) + "\n")
    assert doc.body == STORY[1:]


def test_a_field_alone_stays() -> None:
    # the negatives: an organisation's address in a notice, a retold report's own title
    # label (http://www.cyberctm.com, eval 058's 原文标题 line shape), each alone
    lines = [
        "原文标题:仁伯爵綜合醫院關注一末期癌症患者情況",
        "正文。",
        "网址:http://www.gov.cn",
    ]
    assert share_records([0, 1, 2], lines.__getitem__) == set()
    # a title field over a paragraph, not an address: the pair is not there
    doc = clean("\n\n".join([STORY[0], "标题:清凉山镇狠抓村部", *STORY[1:]]) + "\n")
    assert doc.body[-2:] == STORY[1:]


# https://www.huajiangbk.com/newsview227577.html (eval row tool-site-address-label-title-url-
# foot-knowledge-copy): at the foot 网址: (address), the page's headline and its URL, one line.
JOINED_STORY = [
    "外交部发言人:我们不做沉默的羔羊中国声音更多地为外界听见",
    "今天(27日)由国务院新闻办公室和清华大学主办的第三届中国新闻发言人论坛在北京举行。"
    "外交部发言人毛宁在论坛演讲中表示,要积极主动发声。",
]
JOINED = (
    "网址: 外交部发言人:我们不做沉默的羔羊中国声音更多地为外界听见 "
    "https://www.huajiangbk.com/newsview227577.html"
)


def test_the_record_on_one_line_goes() -> None:
    doc = clean("\n\n".join([*JOINED_STORY, JOINED]) + "\n")
    assert doc.body == JOINED_STORY[1:]


def test_an_organisations_name_and_address_stays() -> None:
    # a notice's contact: a name printed nowhere else as a line, then its address
    line = "网址: 国家税务总局广东省税务局 http://guangdong.chinatax.gov.cn"
    lines = [*JOINED_STORY, line]
    assert share_records([0, 1, 2], lines.__getitem__) == set()

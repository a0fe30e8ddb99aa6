"""The site's colophon between its sponsor's field and its filing, read as one block (round 42)."""

from __future__ import annotations

from newsclean import clean

# https://ncdqh.com.cn/safety/201203/96352.html (tests/data/harvest/foot_r42.tsv, half A):
# the story, its source and tag lines, a related-links label, then the colophon.
STORY = [
    "台山供电局开展“举报电力线路安全隐患”有奖宣传活动",
    "作者:陈翠花 陈健荣   2012-03-27",
    "【本网讯】近日,台山供电局组织开展“举报电力线路安全隐患”有奖宣传活动,发动广大群众参与到举报"
    "隐患的护线行动中来。",
    "本次活动宣传的主题是“供电安全连着你我他,平安幸福靠大家”,通过各供电所在各镇墟镇、各村祠堂、"
    "市场等人口集中的地方张贴海报,并现场解答的形式向居民用户宣传了拆卸杆塔构件、破坏拉线等行为"
    "对线路的安全供电构成极大的威胁。",
    "来源:中国农村电气化网",
    "标签:安全隐患排查,台山供电局",
    "相关报道",
]
COLOPHON = [
    "指导单位:国家能源局新能源和可再生能源司",
    "    国家电网公司农电工作部",
    "                           中国南方电网有限责任公司农电管理部",
    "主办单位:中国电机工程学会农村电气化专业委员会",
    "北京国宇出版有限公司",
    "联系方式:北京市大兴区地盛北街2号院17号楼 电话:010-63231594",
    "QQ群:11979641(已满) 173615127  122166702",
    "京公网安备11011502038427",
]


def placed(lines: list[str]) -> dict[str, str]:
    doc = clean("\n".join(lines) + "\n")
    return {r.original: r.placement for r in doc.lines}


def test_the_colophon_goes_whole() -> None:
    got = placed(STORY + COLOPHON)
    for line in COLOPHON[:-1]:
        assert got[line] == "removed", line
    assert got[COLOPHON[-1]] == "copyright"
    assert got["相关报道"] == "removed"  # the foot's label, above the colophon, goes too
    assert got[STORY[2]] == got[STORY[3]] == "body"


def test_an_articles_contact_lines_above_the_sponsor_stay() -> None:
    # http://www.csx.gov.cn/zwgk/bmxxgkml/xwjj/zcwj74/202401/t20240116_11348056.html: a call
    # for comments closes with its own contact lines; the colophon under it is the site's
    from newsclean.filters.foot_colophon import colophon_lines  # round 42's module

    lines = [
        "为进一步规范我县突发公共卫生事件应急处置等工作,健全应急响应机制,提高应急管理能力,"
        "特拟定《长沙县突发公共卫生事件应急预案(征求意见稿)》,现向社会公开征求意见。",
        "联系电话:84075009",
        "邮    箱:csxwjjyjb@163.com",
        *COLOPHON[3:],
    ]
    placements = ["body"] * len(lines)
    placements[-1] = "copyright"
    reasons: list[str | None] = [None] * len(lines)
    taken = colophon_lines(lines.__getitem__, placements, reasons)
    assert sorted(taken) == [3, 4, 5, 6]  # the sponsor down to the filing, not the article's


def test_a_colophon_with_a_paragraph_inside_is_not_read() -> None:
    from newsclean.filters.foot_colophon import colophon_lines

    # a label of the page's (no unit's name) between the sponsor and the filing: no block
    lines = [STORY[2], COLOPHON[3], "相关报道", COLOPHON[-1]]
    placements = ["body", "body", "body", "copyright"]
    assert colophon_lines(lines.__getitem__, placements, [None] * 4) == {}


def test_an_events_organisers_over_the_filing_stay() -> None:
    # round 37's case (tests/test_furniture_contact.py): roles alone naming bodies the story
    # names are the event's organisers, not the site's sponsor, so no colophon is read
    from newsclean.filters.foot_colophon import colophon_lines

    lines = [
        "全国政协十四届四次会议新闻发布会3日下午在人民大会堂举行，大会新闻发言人刘结一向中外媒体"
        "介绍本次大会有关情况并回答记者提问。",
        "主办:全国政协办公厅 承办:人民大会堂管理局",
        "京ICP备05004340号",
    ]
    placed = ["body", "body", "removed"]
    assert colophon_lines(lines.__getitem__, placed, [None, None, "nav"]) == {}

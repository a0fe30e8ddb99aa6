"""Round 16: a first-published notice (an outlet in quotes with its date or address)."""

import pytest
from linear import assert_linear
from test_notice import PARAGRAPHS, TITLE, _placed

from newsclean import clean
from newsclean.filters.metadata import parse_metadata
from newsclean.filters.notice import is_notice
from newsclean.filters.notice_reprint import first_published

NOTICES = [
    "原载于《南方周末》，2019年3月2日",
    "首發於“澎湃新聞”, 2020-05-01",
    "本文原刊于「端传媒」、2018年11月30日。",
    "（原文见「联合早报」https://www.zaobao.com.sg/news/china/story20230109-1350.html）",
    "【原文見《明報》 https://news.mingpao.com/pns/article/20240101/s00001】",
    "本文转载自「观察者网」https://www.guancha.cn/politics/2021_01_01_123.shtml",
    "原文刊登于《联合早报》:https://www.zaobao.com/a/123456.html",
    # round 18: the printed-in order (a demonstrative and a piece, the date before the
    # outlet, the edition or page as evidence); invented forms, on no eval page
    "此篇文章原载于《星岛日报》第A3版",
    "本则消息刊登于3月2日《某某晚报》副刊。",
    "這篇報導刊登於12月1日《世界日報》紐約版A2版",
]


@pytest.mark.parametrize("line", NOTICES)
@pytest.mark.parametrize("position", ["top", "middle", "foot"])
def test_a_first_published_notice_is_a_notice_anywhere(line, position):
    assert first_published(line)
    assert _placed(line, position)[0] == "notice"


@pytest.mark.parametrize(
    "line",
    [
        # a sentence of the story saying where a report first ran
        "该报道原刊于《人民日报》后引起关注，多家媒体随后跟进转载。",
        "原刊于《人民日报》,作者认为经济将会回暖",
        "原刊于《人民日报》，2011年6月15日后被多家媒体转载",
        # a date glued to the outlet, or the outlet alone: the dateline (metadata's)
        "原文刊登于《联合早报》2023年1月9日",
        "本文原载《南方周末》",
        # a see-verb needs the text it sends the reader from (原文见, 本文见)
        "见《人民日报》, 2011年6月15日",
        # the outlet named bare, no quotes
        "原刊于人民日报,2011年6月15日",
        # round 18: a sentence saying where a report ran, with more clauses or no subject
        "这篇报道刊登于5月11日《纽约时报》头版后,引发广泛讨论。",
        "他的报道刊登于5月11日《纽约时报》头版。",
        "这篇报道刊登于5月11日《纽约时报》",  # no evidence after the outlet
    ],
)
def test_prose_or_a_dateline_is_no_first_published_notice(line):
    assert not first_published(line)


def test_the_dateline_stays_metadata():
    parsed = parse_metadata("原文刊登于《联合早报》2023年1月9日")
    assert parsed is not None and parsed.fields["source"] == "联合早报"
    assert not is_notice("原文刊登于《联合早报》2023年1月9日", near_foot=False)


def test_a_first_published_notice_over_the_headline_is_the_copyright_not_the_title():
    notice = "原载于《南方周末》，2019年3月2日"
    document = clean("\n\n".join([notice, TITLE, *PARAGRAPHS]))
    assert document.title == TITLE
    assert document.copyright == notice
    assert document.published_at is None
    assert document.body == list(PARAGRAPHS)


def test_a_paragraph_saying_where_a_report_ran_stays_in_the_body():
    line = "该报道原刊于《人民日报》后引起关注，多家媒体随后跟进转载。"
    document = clean("\n\n".join([TITLE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]]))
    assert line in document.body


def test_the_grammar_is_linear_on_a_hostile_line():
    def make(n: int) -> list[str]:
        return [
            "原文见「" + "人" * n,
            "原刊于《人民日报》," + "2" * n,
            "(原文见「x」https://" + "a." * (n // 2) + ")",
        ]

    def judge(lines: list[str]) -> None:
        for line in lines:
            assert not first_published(line)

    assert_linear(make, judge, 50_000)


def test_a_printed_in_notice_at_the_foot_is_the_copyright() -> None:
    notice = "本则消息刊登于3月2日《某某晚报》副刊。"
    document = clean("\n\n".join([TITLE, *PARAGRAPHS, notice]))
    assert document.title == TITLE
    assert document.copyright == notice
    assert document.body == list(PARAGRAPHS)

"""A copy farm's multiplied punctuation (filters/spam_multiplied.py): every full stop (or
comma) printed k times, the same k on the page, is cut to one mark and the sentences stay;
a writer's ``。。。`` ellipsis, ``……``, one ``!!!``, a table of contents' dots and emphatic
runs of varying length stay.

The farm's form: http://www.dongpogou.com/info/3470.html (every full stop and comma printed
eight times, ``澳門橫琴優質生涯圈日漸成型。。。。。。。。首屆…``).  The article lines are real:
https://hn.rednet.cn/content/646855/56/14446149.html (a report of the journalists' tour) and
http://taiwan.cn/xwzx/PoliticsNews/201204/t20120401_2418536.htm (a visit to a news team).
"""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam_multiplied import multiplied_cuts

#: hn.rednet.cn: the article's paragraphs as written.
REDNET = [
    "“从事经济报道8年多,我有幸从不同的维度去观测、记录中国经济这片大海的风貌。”"
    "作为一名从事经济报道的记者,李婕的工作经常跟数据打交道。",
    "在李婕看来,都说中国经济是一片大海,她在采访中真实感受到,大海里没有无名之辈。"
    "今天的中国,有1.8亿多户经营主体,他们的故事拼在一起,就是奋进中国的缩影,是烟火中国的图景。",
]
#: taiwan.cn: the article's paragraphs as written.
TAIWAN = [
    "王国庆对报道组成员说,非常高兴看到中新社派出这么多精兵强将报道博鳌论坛。",
    "博鳌亚洲论坛2012年年会于4月1日至3日在海南博鳌举行。中新社约20名记者和工作人员进驻博鳌进行报道。",
]


def _farm(lines: list[str], mark: str = "。", times: int = 8) -> list[str]:
    return [line.replace(mark, mark * times) for line in lines]


def _rests(lines: list[str]) -> dict[int, str]:
    return {i: cut.rest for i, cut in multiplied_cuts(lines).items()}


@pytest.mark.parametrize(
    ("lines", "mark", "times"),
    [(REDNET, "。", 8), (TAIWAN, "。", 8), (TAIWAN, "。", 64), (REDNET, ",", 8)],
)
def test_the_farms_multiplied_marks_are_cut_to_one(lines: list[str], mark: str, times: int) -> None:
    assert _rests(_farm(lines, mark, times)) == dict(enumerate(lines))


def test_a_multiplied_stop_before_a_closing_quote_is_cut() -> None:
    found = _rests(_farm(REDNET))
    assert "风貌。”作为" in found[0]


def test_the_cut_is_recorded_with_its_reason() -> None:
    doc = clean("\n\n".join(_farm(TAIWAN + REDNET)) + "\n")
    assert doc.body == TAIWAN + REDNET
    cuts = [e for line in doc.lines for e in line.evidence if e.action == "cut"]
    assert any("multiplied marks" in e.detail for e in cuts)


@pytest.mark.parametrize(
    "lines",
    [
        # a writer's ellipsis of three full stops, twice
        [TAIWAN[0].replace("。", "。。。"), TAIWAN[1].replace("举行。", "举行。。。")],
        # emphatic runs of varying length: a writer typing, not a farm's multiplier
        [TAIWAN[0].replace("。", "。。。。。。"), TAIWAN[1].replace("举行。", "举行。。。。")],
        # two emphatic runs among the writer's many single full stops
        [
            TAIWAN[0].replace("。", "。。。。。。"),
            TAIWAN[1],
            *REDNET,
            REDNET[1].replace("图景。", "图景。。。。。。"),
        ],
        # one run alone on the page
        [TAIWAN[0].replace("。", "。。。。。。。。"), TAIWAN[1]],
        # an ellipsis, an exclamation once, a table of contents' leaders
        ["他说……算了吧。", "太好了!!!", "第一章 总则......1", "第二章 会员......5"],
    ],
)
def test_a_writers_marks_stay(lines: list[str]) -> None:
    assert _rests(lines) == {}

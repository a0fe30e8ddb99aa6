"""A spam term read as a field value (filters/spam_field.py): positive cases written with
brands of my own (on no eval page; simplified and traditional, a byline with an author
and one with the date alone), negative ones (a real outlet with a weak term, a slashed
date, a crackdown's column, a line with no date)."""

from __future__ import annotations

import pytest
from test_spam_question import HEADLINE, PARAS, _text

from newsclean import clean
from newsclean.filters.spam_field import field_cuts
from newsclean.filters.spam_verdict import NOT_SPAM


def _page(record: str) -> str:
    return _text([HEADLINE, record, *PARAS])


@pytest.mark.parametrize(
    ("record", "author"),
    [
        ("记者 王小明 / 银河棋牌网投平台 / 2023-05-06", "王小明"),
        ("記者 王小明 / 銀河棋牌網投平台 / 2023-05-06", "王小明"),
        ("记者 王小明 ｜ 新葡京娱乐城 ｜ 2023年5月6日", "王小明"),
        (" / 永利百家乐官网 / 6 May 2023", None),
    ],
)
def test_a_strong_term_in_a_record_field_is_cut_the_fields_stay(
    record: str, author: str | None
) -> None:
    doc = clean(_page(record))
    assert doc.source is None
    assert doc.published_at == "2023-05-06"
    assert doc.author == author
    assert not any(r.reason == "spam" for r in doc.removed)


@pytest.mark.parametrize(
    "record",
    [
        "来源：新浪娱乐 / 2019-05-21",  # a weak term: a real outlet's name
        "新华社 / 2019/05/21",  # a date's own slashes
        "法治日报 / 打击网络赌博专项行动 / 2019-05-21",  # a crackdown's column
        "记者 王小明 / 银河棋牌网投平台",  # no date: no record line
    ],
)
def test_a_record_line_without_a_spam_value_is_not_cut(record: str) -> None:
    assert field_cuts([record], [NOT_SPAM]) == {}


# Round 32: a brand glued before the record's date with no separator (eval pages 005, 019,
# 072: 彩神彩票官方网站2025-09-24 under a copied story); the date stays for the byline reader.
@pytest.mark.parametrize(
    "record",
    ["彩神彩票官方网站2023-05-06", "彩神彩票官方網站2023/05/06", "彩神彩票官方网站2023年5月6日"],
)
def test_a_brand_glued_before_the_record_date_is_cut_the_date_stays(record: str) -> None:
    doc = clean(_page(record))
    assert doc.published_at == "2023-05-06"
    assert not any(r.reason == "spam" for r in doc.removed)
    assert not any("彩票" in para or "百家乐" in para for para in doc.body)


@pytest.mark.parametrize(
    "record",
    [
        "新浪娱乐2019-05-21",  # a weak term, no brand's shape: a real outlet's name
        "人民网2019-05-21 08:21",  # no spam term at all
        "新华网官方网站 2019-05-21",  # a space before the date: the separator reader's
    ],
)
def test_a_name_glued_before_a_date_without_spam_vocabulary_stays(record: str) -> None:
    assert field_cuts([record], [NOT_SPAM]) == {}


#: A lottery draw's report (written for the test in the form such notices take).
DRAW = [
    "中国福利彩票双色球第2024085期开奖公告",
    "{record}",
    "中国福利彩票双色球游戏第2024085期开奖结果揭晓，本期红球号码为03、09、14、21、26、31。",
    "本期双色球销量为3.62亿元，一等奖开出8注，单注奖金为646万元。",
    "彩票中心提醒广大彩民理性购彩，量力而行。",
]
#: A story of something else: the same slot value is a brand stamped on it.
HEATING = [
    "本市启动冬季供暖保障工作",
    "{record}",
    "市政府今天召开常务会议，研究部署今冬供暖保障工作，要求各区按时供暖。",
    "市供热办负责人介绍，全市供热管网改造已全部完成，市民可前往各服务点咨询。",
]


@pytest.mark.parametrize(
    "record", ["2020-01-02 / 中国彩票网 / 记者 王明", "2020-01-02 | 中国彩票网"]
)
def test_a_strong_term_the_article_prints_is_the_storys_subject(record: str) -> None:
    # round 35: the value names the outlet of the story's subject (彩票 in its paragraphs)
    draw = [line.format(record=record) for line in DRAW]
    assert field_cuts(draw, [NOT_SPAM] * len(draw)) == {}
    assert clean("\n".join(draw)).source == "中国彩票网"
    heating = [line.format(record=record) for line in HEATING]
    assert field_cuts(heating, [NOT_SPAM] * len(heating))[1].cut.strip(" /|") == "中国彩票网"
    assert clean("\n".join(heating)).source is None

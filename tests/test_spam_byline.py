"""Spam against byline: one decision (``spam_byline.spam_or_byline``), asked once by the
pipeline's spam step; the byline grammar (``metadata.parse_metadata``) knows nothing of spam."""

import pytest

from newsclean import clean
from newsclean.filters.metadata import parse_metadata
from newsclean.filters.spam_byline import (
    BylineReading,
    read_byline,
    settle,
    spam_or_byline,
)
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

# A byline is never spam: a short dated line the byline grammar reads whole keeps its place
# whatever its spam score; a spam term in a value it reads (not in the date or the site
# address) keeps the spam verdict.
SPAM_PAGE_HEAD = (
    "菲澳娛樂_六月婷婷丁香_免費色站_大型黃站_三級電影_遠航娛樂_性色社區_96彩票_地下錢莊\n\n"
)
ARTICLE = (
    "\n\n本报讯 千年前，“梯航万国”的长卷从这里铺向海洋；千年后的今天，泉州又站在新的起点。\n\n"
    "人民网副总裁罗华出席了在市区西街举行的泉州启动仪式。\n"
)


def _settled(line: str, verdict: SpamVerdict, simplify=None) -> SpamVerdict:
    verdicts = [verdict]
    settle([line], verdicts, simplify)
    return verdicts[0]


SPAM = SpamVerdict(True, 9.0, ("赌场",), 5)


@pytest.mark.parametrize(
    ("byline", "fields"),
    [
        # eval/pages/002.txt (a sina mirror of a people.com.cn story): URL, weekday, date, source
        (
            "http://www.sina.com.cn 星期二 2014年 8月 19日 人民網",
            {"published_at": "2014-08-19", "source": "人民网"},
        ),
        # the same layout without the source (by-url-date-source)
        (
            "http://www.sina.com.cn 2005年03月02日11:33",
            {"published_at": "2005-03-02T11:33:00+08:00"},
        ),
    ],
)
def test_a_dated_byline_is_never_spam(byline, fields):
    page = "“行走新丝路”大型跨国全媒体报道活动在北京泉州西安三地启动\n\n" + byline + ARTICLE
    doc = clean(SPAM_PAGE_HEAD + page)
    assert doc.title == "“行走新丝路”大型跨国全媒体报道活动在北京泉州西安三地启动"
    for name, value in fields.items():
        assert getattr(doc, name) == value
    record = next(r for r in doc.lines if r.text.startswith("http://www.sina.com.cn"))
    assert record.placement == "metadata"


def test_a_kept_byline_says_why():
    line = "http://www.sina.com.cn 星期二 2014年 8月 19日 人民網"
    doc = clean(SPAM_PAGE_HEAD + "泉州启动仪式举行\n\n" + line + ARTICLE)
    record = next(r for r in doc.lines if r.original == line)
    kept = [ev for ev in record.evidence if ev.filter == "spam"]
    assert [ev.action for ev in kept] == ["kept"]
    assert kept[0].detail.startswith("a byline the metadata grammar reads whole: published_at")


@pytest.mark.parametrize(
    "line",
    [
        "2024年1月1日 六合彩开奖 www.ab123.com",  # a keyword where a source would stand
        "澳门百家乐,六合彩开奖结果,代开发票,www.example.com,2024-01-01",  # a list, no byline
    ],
)
def test_spam_dressed_as_a_byline_stays_spam(line):
    assert _settled(line, SPAM).is_spam
    doc = clean(SPAM_PAGE_HEAD + "泉州启动仪式举行\n\n" + line + ARTICLE)
    assert line not in [r.text for r in doc.lines if r.placement != "removed"]


def test_a_spam_term_read_as_a_value_overrules_the_byline():
    assert _settled("来源：澳门赌场 2024-01-01", SPAM).is_spam
    # the lexicon is simplified: the caller's simplify decides
    simplify = lambda lines: [line.replace("澳門賭場", "澳门赌场") for line in lines]  # noqa: E731
    assert _settled("來源：澳門賭場 2024-01-01", SPAM, simplify).is_spam


def test_a_byline_naming_spam_is_no_byline():
    line = "来源：澳门赌场 2024-01-01"  # a strong spam term in a labelled source
    doc = clean("泉州启动仪式举行\n\n" + line + ARTICLE)
    record = next(r for r in doc.lines if r.original == line)
    assert record.placement != "metadata"
    assert doc.source is None and doc.author is None


def test_a_brand_glued_to_the_record_date_names_no_one():
    # Round 36 (record_line.glued_name): a copy farm's template prints its brand glued to
    # the page's date, alone under the headline (开心彩票2023-01-31 16:05 on
    # swim.chahecha.com, tests/data/harvest/byline.tsv): the date is the record's, the
    # brand no field, and the line leaves the body -- when the brand holds a spam term.
    line = "仿真手枪2023-01-31 16:05"
    doc = clean("泉州启动仪式举行\n\n" + line + ARTICLE)
    assert doc.published_at == "2023-01-31T16:05:00+08:00"
    assert doc.source is None and doc.author is None
    assert line not in doc.body


def test_a_name_no_table_knows_glued_to_a_date_stays_text():
    # Round 36 mend: a name glued to a date that is neither a site's nor a spam brand's
    # (a holiday list's 元旦2023-01-01 has the same shape) is not read as the record:
    # the line stays in the body and gives no date.
    line = "赢彩王2023-01-31 16:05"
    doc = clean("泉州启动仪式举行\n\n" + line + ARTICLE)
    assert doc.published_at is None
    assert line in doc.body


@pytest.mark.parametrize(
    "line",
    ["来源：澳门赌场 2024-01-01", "2023-01-31 16:05 作者：代开发票"],
)
def test_the_decision_is_taken_on_the_spam_side(line):
    # The grammar reads the names as names; the spam side settles it.
    assert parse_metadata(line) is not None
    assert _settled(line, NOT_SPAM).is_spam


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("来源：新浪娱乐", {"source": "新浪娱乐"}),  # a weak term in a labelled source
        (
            "2019年05月21日 09:09  新浪娱乐",
            {"source": "新浪娱乐", "published_at": "2019-05-21T09:09:00+08:00"},
        ),
    ],
)
def test_a_weak_spam_term_leaves_a_real_byline_alone(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields
    assert not _settled(line, NOT_SPAM).is_spam


def test_a_sure_verdict_stands_against_a_byline_reading():
    # A keyword header's dated line reads as a byline alone; the page settled it.
    sure = SpamVerdict(True, 0.0, ("赢彩王",), 1, "keyword echoed on 3 lines", sure=True)
    reading = read_byline("http://www.sina.com.cn 2005年03月02日11:33")
    assert reading is not None and reading.dated and reading.name_weight == 0
    assert spam_or_byline(sure, reading) is sure
    assert not spam_or_byline(SPAM, reading).is_spam


def test_no_reading_leaves_the_verdict_alone():
    assert spam_or_byline(SPAM, None) is SPAM
    assert spam_or_byline(NOT_SPAM, None) is NOT_SPAM
    undated = BylineReading(("source",), False, True, False, 0.0)
    assert spam_or_byline(SPAM, undated) is SPAM  # a byline overrules spam only with a date


@pytest.mark.parametrize(
    "line",
    [
        "http://www.hznews.cn 2008-03-11 湖南在线 佚名",  # 在线 of an outlet's name
        "http://www.ab.cn 2019年05月21日 09:09 新浪娱乐",
    ],
)
def test_a_weak_term_parted_from_the_date_leaves_a_spam_scored_byline(line):
    # Round 39: one bar both ways: a weak term in a name parted from the date no more
    # makes a dated line spam than it makes a byline spam.
    assert not _settled(line, SPAM).is_spam
    glued = "http://www.ab.cn 在线影院2024-01-01"  # the weak term glued to the date
    assert _settled(glued, SPAM).is_spam

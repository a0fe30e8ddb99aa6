"""What a byline prints beside its fields (byline_asides): round 31, a page counter in
any frame, read and set aside so the row's date is read."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_asides import ends_in_counter, is_section_label, without_counter
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # round-31 row 071: a date and a read counter in brackets, the passive marker 被
        ("2023年05月27日 18:03   (被阅读 829 次)", {"published_at": "2023-05-27T18:03:00+08:00"}),
        # the counter a site template prints in brackets after the date, the number first:
        # `(<%= item.Hits_inf%> 次阅读)` (an ASP.NET news template on GitHub), filled in
        ("2022-06-14 15:43 (1234 次阅读)", {"published_at": "2022-06-14T15:43:00+08:00"}),
        # the perfective marker and a corner bracket
        ("2011年06月02日 08:49 【已浏览 92 次】", {"published_at": "2011-06-02T08:49:00+08:00"}),
        # counters as fields among labels (https://xjishu.com/zhuanli/55/201810642697.html)
        (
            "文档序号:16247587发布日期:2018-12-11 23:43阅读:139来源:国知局",
            {"published_at": "2018-12-11T23:43:00+08:00", "source": "国知局"},
        ),
        # (https://www.xjishu.com/zhuanli/55/202010266860.html)
        (
            "文档序号:26939716发布日期:2021-10-12 15:03阅读:127来源:国知局",
            {"published_at": "2021-10-12T15:03:00+08:00", "source": "国知局"},
        ),
    ],
)
def test_a_counter_in_any_frame_is_no_field(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        # near misses: a version, a score, a price, a phone number beside a date
        "2023-05-05 (版本 2.1)",
        "2023年5月5日 比分 3:1",
        "2023-05-05 售价 199 元",
        "2023-05-05 电话 12345678",
        # a date and a page in a sentence
        "他在2012年第5版的报道中说，2012-01-12 当天下雪。",
        # a product code that looks like a page, in a headline
        "iPhone P8 发布会 2023-05-05 举行",
    ],
)
def test_near_misses_stay_prose(line):
    assert parse_metadata(line) is None


def test_the_asides_alone():
    assert without_counter("2023年05月27日 18:03   (被阅读 829 次)") == "2023年05月27日 18:03"
    assert without_counter("2023-05-05 (得分 98)") == "2023-05-05 (得分 98)"


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # Round 35: a FAQ site's template prints the date, the view count and 来源:网络
        # with no space between (0次浏览: the padded day is 16, the count 0); 网络 names
        # no outlet (data/placeholder_values.txt).
        ("2022-12-160次浏览来源:网络", {"published_at": "2022-12-16"}),
        ("2022-12-16 0次浏览 来源:网络", {"published_at": "2022-12-16"}),
        ("2021/03/0912次浏览 来源:新华网", {"published_at": "2021-03-09", "source": "新华网"}),
        # Round 39: the same template on a Taiwan page, the year the Minguo year (107: 2018)
        ("107-11-270次浏览来源:网络", {"published_at": "2018-11-27"}),
        ("113/01/0512次浏览 来源:中央社", {"published_at": "2024-01-05", "source": "中央社"}),
        (
            "2022-12-16 阅读 120 来源:中国新闻网",
            {"published_at": "2022-12-16", "source": "中国新闻网"},
        ),
    ],
)
def test_a_view_count_after_the_date_is_set_aside(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


def test_digits_glued_after_a_date_are_a_count_only_when_a_counter_follows() -> None:
    assert without_counter("2022-08-270次浏览") == "2022-08-27"
    assert without_counter("2022-08-270次") == "2022-08-270次"  # no counted noun
    assert parse_metadata("2022-08-2712 来源:新华网") is None  # a day of three digits
    assert not ends_in_counter("网上浏览")  # the noun without its number


def test_a_count_glued_after_the_clock_is_set_aside() -> None:
    parsed = parse_metadata("2016-07-19 14:050次浏览来源:网络")
    assert parsed is not None
    assert parsed.fields == {"published_at": "2016-07-19T14:05:00+08:00"}


# Round 36: a news noun alone is the channel a menu bar names by it, never an outlet.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("新闻 2019年09月20日 0 点赞 0 评论 17 浏览", {"published_at": "2019-09-20"}),
        ("資訊 2002年03月19日", {"published_at": "2002-03-19"}),
        # a name and its noun is an outlet
        ("台视新闻 2019年09月20日", {"source": "台视新闻", "published_at": "2019-09-20"}),
        ("中国新闻 2019年09月20日", {"source": "中国新闻", "published_at": "2019-09-20"}),
    ],
)
def test_a_news_noun_alone_is_a_channel(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


# Round 39: a region's local news is the section a paper files the story in, never a
# source; a topic's news after a paper's name is the paper's own title and stays one.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "霹靂地方新聞 2025-10-24 http://www.nanyang.com/node/387126?tid=510",
            {"site": "www.nanyang.com", "published_at": "2025-10-24"},
        ),
        ("檳城本地新聞 2018.11.21", {"published_at": "2018-11-21"}),
        ("雪隆地方新闻 2012年09月09日", {"published_at": "2012-09-09"}),
        # a paper's title: a name, a topic scope and the noun
        ("信報財經新聞 2018.11.21", {"source": "信報財經新聞", "published_at": "2018-11-21"}),
        ("台视新闻 2019年09月20日", {"source": "台视新闻", "published_at": "2019-09-20"}),
    ],
)
def test_a_regions_local_news_is_a_section(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


def test_the_ticker_and_lead_story_channels_are_sections() -> None:
    # Round 44: the channel bar of yzxw.com (https://yzxw.com/web/wz.php?Id=311595) names
    # 滚动播报 (the ticker) and 头条新闻 (lead stories): channels, never a desk's source.
    assert is_section_label("滚动播报") and is_section_label("头条新闻")
    assert is_section_label("滾動播報")
    assert parse_metadata("头条新闻 |") is None


def test_the_headline_app_and_a_broadcaster_stay_outlets() -> None:
    # 今日头条 (Toutiao) and 臺視新聞 (TTV News) are outlets, not channels.
    assert not is_section_label("今日头条") and not is_section_label("臺視新聞")


# Round 46: 影音新聞 (video news) alone over the stories of a university's news site,
# https://newsplus.pu.edu.tw/p/403-1120-980-1.php?Lang=zh-tw (eval/variants/furniture.json,
# tool-video-news-section-label-top-taiwan-university-news): the medium's channel, no source.
def test_the_video_channel_is_a_section_not_a_source() -> None:
    from newsclean import clean

    assert is_section_label("影音新聞") and is_section_label("影音新闻")
    page = (
        "影音新聞\n\n來源:\n\n時間:16/12/2025\n\n"
        "  紅網衡陽縣站12月16日訊(分站記者 武廷融)近日,衡陽縣舉辦了一場文化活動,"
        "吸引了數百名市民前來參觀,現場氣氛熱烈。\n"
    )
    document = clean(page)
    assert document.source is None
    assert all("影音" not in p for p in document.body)  # the channel's label goes
    assert not is_section_label("凤凰新闻")  # a brand's news: an outlet

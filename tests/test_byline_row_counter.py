"""A byline row's reader count printed without its label (round 45, ``byline_row_counter``)."""

from __future__ import annotations

import pytest

from newsclean.filters.byline_row_counter import without_row_counter
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # The layout of https://syxz6.com/show/503.html (poster, date, section, onlookers,
        # source, glued) over a copy of 人民网's story (held-out page, variant
        # by-author-glued-date-sec-section-views-watched-source-label-glued-tech-blog;
        # http://finance.people.com.cn/n/2014/0819/c387602-25495266.html).
        (
            "孙灿芬19-08-2014PHP教程1552人已围观文章来源:人民网",
            {"author": "孙灿芬", "published_at": "2014-08-19", "source": "人民网"},
        ),
        # https://daojiaowz.com/index.php/post/69824.html: category, site, date, views.
        ("道教网    2022-10-21    140", {"source": "道教网", "published_at": "2022-10-21"}),
        # The same copy farm's row over a 镜周刊 story (held-out page, 2025-12-16).
        ("2025-12-16    140", {"published_at": "2025-12-16"}),
    ],
)
def test_the_row_is_read_without_its_count(line: str, fields: dict[str, str]) -> None:
    found = parse_metadata(line)
    assert found is not None
    assert {k: found.fields.get(k) for k in fields} == fields


@pytest.mark.parametrize(
    "line",
    [
        # Prose quoting a count after a date runs on into words: the article's.
        # http://m.92880.cn/edu/edu-xyztc/news/2009/10-30/1939571.shtml (a count in prose)
        "记者发现,这几段打人视频点击量都超过了1万,10月13日在新浪播客上的那段视频,目前点击量已有2万",
        # A date and a number after one space: no gap, no count.
        "2022-10-21 140",
    ],
)
def test_prose_and_unspaced_numbers_stay(line: str) -> None:
    assert without_row_counter(line) == line


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # 爱问共享资料's row: the upload date, pages, format, size, reads
        # (http://m.ishare.iask.sina.com.cn/f/31VjbZmf5YN.html).
        ("2017-10-26 7页 doc 21KB 54阅读", "2017-10-26"),
        # The same row over a copy of Xinhua's feature, the date slashed with its clock
        # (variant date-slash-pad-trailing-slash-space-minute-province-paper-culture-channel,
        # http://culture.gansudaily.com.cn/system/2021/05/06/030328810.shtml).
        ("2017/10/24/ 11:02 7页 doc 21KB 54阅读", "2017-10-24T11:02:00+08:00"),
    ],
)
def test_a_shared_document_s_record_closes_the_row(line: str, published: str) -> None:
    found = parse_metadata(line)
    assert found is not None and found.fields == {"published_at": published}

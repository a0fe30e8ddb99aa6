"""The reporter line (``filters/byline_reporter.py``): the outlet before a reporter's
role is the body that employs the reporter, judged by what the role says of it (round 24):
a media name, a paper by its name's end, or a public body with its own press staff."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.byline_reporter import outlet_of, parse_reporter_line
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        # Eval rows of round 23's tuned pages: a local paper no list knows, alone,
        ("澎湖爆報記者", "澎湖爆報"),
        # and a public body's own press staff (president.gov.tw's byline row).
        ("總統府記者", "總統府"),
        # Real Macau paper names as https://www.cyberctm.com/zh_TW/news/detail/1703522 lists
        # its sources (新華澳報, 華僑報), before a role and an invented name,
        ("新華澳報記者 陳大文", "新華澳報"),
        ("華僑報記者", "華僑報"),
        # a ministry with its reporter (invented line), and a known media name as before.
        ("外交部記者 張三", "外交部"),
        ("新华社记者", "新华社"),
    ],
)
def test_outlet_before_the_role(line: str, outlet: str) -> None:
    assert outlet_of(line) == outlet
    parsed = parse_reporter_line(line)
    assert parsed is not None and parsed.fields["outlet"] == outlet


@pytest.mark.parametrize(
    "line",
    [
        "摄影记者 李四",  # the role's kind, no body
        "驻京记者 王五",  # where the reporter is posted
        "实习记者 赵六",  # the reporter's grade
        "学院记者",  # two characters: a body's generic word, not a name
        "本报记者 孙七",  # the paper speaking of itself
    ],
)
def test_role_qualifiers_are_no_outlet(line: str) -> None:
    assert outlet_of(line) is None


def test_row_credit_after_the_dates_names_the_public_body() -> None:
    # The round-23 tuned page 026 (president.gov.tw, copied): the update row ends with the
    # office's reporter credit, no name printed.
    parsed = parse_metadata("上傳日期: 2025/1/13   更新日期: 2025/1/13   總統府記者")
    assert parsed is not None
    assert parsed.fields["published_at"] == "2025-01-13"
    assert parsed.fields["outlet"] == "總統府"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("香港中通社記者", "香港中通社"),  # an agency's 社 after its place
        ("澳门中新社记者 李明", "澳门中新社"),
        ("句容广播电视台记者 王芳", "句容广播电视台"),
        ("宝应县融媒体中心记者 张伟", "宝应县融媒体中心"),
    ],
)
def test_an_outlet_by_its_ending_employs_the_reporter(line: str, outlet: str) -> None:
    parsed = parse_reporter_line(line)
    assert parsed is not None
    assert parsed.fields["outlet"] == outlet


@pytest.mark.parametrize("line", ["该台记者 王芳", "旅行社记者 李明", "摄影记者 张伟"])
def test_a_pointer_or_a_word_that_names_no_outlet_employs_no_one(line: str) -> None:
    parsed = parse_reporter_line(line)
    assert parsed is None or "source" not in parsed.fields


# Round 37: an agency spaced off before the credit of its reporter abroad, the post's place
# before the role and a colon after it.


@pytest.mark.parametrize(
    ("line", "outlet", "author"),
    [
        ("中评社   巴黎记者:海涵", "中评社", "海涵"),
        ("中新社 巴黎记者:龙剑武", "中新社", "龙剑武"),
        ("新华社 驻法记者 张三 李四", "新华社", "张三 李四"),
    ],
)
def test_an_outlet_spaced_before_its_reporters_credit(line: str, outlet: str, author: str) -> None:
    parsed = parse_reporter_line(line)
    assert parsed is not None
    assert parsed.fields == {"source": outlet, "author": author}


@pytest.mark.parametrize(
    "line",
    ["昨天 巴黎记者:海涵说他明天不来", "会议 记者:请问这次会议的主题是什么", "大家好 记者:海涵"],
)
def test_a_word_before_a_reporter_is_no_outlet(line: str) -> None:
    parsed = parse_reporter_line(line)
    assert parsed is None or "source" not in parsed.fields


def test_the_agencys_credit_line_sources_the_page() -> None:
    page = (
        "外国驻华记者新年招待会在京举行\n\n中评社   巴黎记者:海涵\n\n"
        "　　外交部2日晚在北京举行外国驻华记者新年招待会,百余名外国记者出席。\n\n"
        "　　招待会上,与会者共同回顾了过去一年的报道工作。\n"
    )
    document = clean(page)
    assert document.source == "中评社" and document.author == "海涵"
    assert all("巴黎记者" not in paragraph for paragraph in document.body)


# Round 39: a report word glued after the names (epochtimes' closing credit, before its
# editor's label or alone): the names are the reporters, the report word and a place no part.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("(大纪元记者张三报导/责任编辑:李四)", {"author": "张三", "editor": "李四"}),
        ("（大紀元記者林宜君紐約報導/責任編輯：李平）", {"author": "林宜君", "editor": "李平"}),
        ("(记者王明综合报导/责任编辑:李四)", {"author": "王明", "editor": "李四"}),
        ("(记者张三报道/编辑:李四)", {"author": "张三", "editor": "李四"}),
        ("(记者张三报导)", {"author": "张三"}),
    ],
)
def test_a_report_word_glued_after_the_names(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert {k: v for k, v in parsed.fields.items() if k in fields} == fields


def test_a_bar_after_the_role_parts_it_from_the_names() -> None:
    # Round 47: https://posts.careerengine.us/redirect/referral/id/6017b47c36f5bc60570dbf89
    # (tests/data/harvest/byline_rows_r44_credits.tsv, half A), a paper's credits
    # printed with the bar 丨 (a Han-block character) after each role; the names were read
    # with the bar glued before the first.
    from newsclean.filters.metadata import parse_metadata

    parsed = parse_metadata("记者丨龚欣煜 梁晓健 朱润青")
    assert parsed is not None and parsed.fields == {"author": "龚欣煜 梁晓健 朱润青"}


def test_a_reporter_line_without_a_bar_is_read_as_before() -> None:
    # The negative: the same credit spaced, as most papers print it.
    from newsclean.filters.metadata import parse_metadata

    parsed = parse_metadata("记者 龚欣煜 梁晓健 朱润青")
    assert parsed is not None and parsed.fields == {"author": "龚欣煜 梁晓健 朱润青"}

"""Round 22: a label read by position, separator and value (byline_spun.py), a channel's
word before a label (no outlet), and a reader counter ending a value (byline_clean.py).
Forms invented for the model, on no eval page, and real lines that must survive."""

import pytest

from newsclean import clean
from newsclean.filters.byline_clean import clean_value
from newsclean.filters.byline_spun import is_channel_lead, spun_label
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("源头：星岛日报", "星岛日报"),  # a spinner's synonym of 来源, colon
        ("根源 ｜ 南方日报", "南方日报"),  # full-width bar
        ("出自丨联合早报", "联合早报"),  # 丨 and no spaces
        ("來處 | 中央社", "中央社"),  # traditional, a news agency
    ],
)
def test_spun_source_label_is_read_by_its_layout(line, source):
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == {"source": source}


@pytest.mark.parametrize(
    "line",
    [
        "首页 | 人民网",  # a crumb: a navigation word, no label
        "新华网 | 人民网",  # two outlets
        "张三 | 新华社",  # a person and an outlet
        "起源：生命的奥秘",  # the value is no outlet: a heading
        "起源 | 新闻",  # a channel's word alone is no outlet
        "起源 | 人民网 新华网",  # two values: no one-value line
        "起源：新华网：人民网",  # a second separator: no one-value line
        "所在位置：首页国际新闻",  # a crumb trail glued after a label-like word
    ],
)
def test_spun_label_needs_its_layout_and_an_outlet(line):
    assert spun_label(line) is None


def test_spun_label_line_leaves_title_and_body():
    page = (
        "区议会通过新一年度预算\n\n根源 | 南方日报\n\n"
        "    区议会昨日通过新一年度预算，共拨款三千万元。\n"
    )
    doc = clean(page)
    assert doc.source == "南方日报"
    assert doc.title == "区议会通过新一年度预算"
    assert any("三千万元" in paragraph for paragraph in doc.body)


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("财经 作者:王小明 2020-01-05", {"author": "王小明", "published_at": "2020-01-05"}),
        ("新聞關鍵詞:選舉;立法會", {}),  # the channel's keywords: no source 新聞
    ],
)
def test_channel_word_before_a_label_is_no_outlet(line, fields):
    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == fields


def test_outlet_or_poster_before_a_label_stays():
    parsed = parse_metadata("央视 记者:张三")
    assert parsed is not None and parsed.fields.get("source") == "央视"
    assert not is_channel_lead("张三")
    assert not is_channel_lead("新华社")
    assert is_channel_lead("体育")


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("南方网 已有3521人阅读", "南方网"),
        ("联合早报 阅读 88 次", "联合早报"),
        ("星岛日报 本篇已被浏览 某某网手机版", "星岛日报"),
        ("新华网已有12人看过", "新华网"),
        ("澳门日报 1024人阅读", "澳门日报"),
    ],
)
def test_reader_counter_ends_a_value(value, kept):
    assert clean_value(value, person=False) == kept


@pytest.mark.parametrize(
    "value",
    ["影响力中国网", "阅读中国", "访问学者网", "人民网 新华网", "第1次浏览器大会"],
)
def test_names_with_reading_words_survive(value):
    assert clean_value(value, person=False) == value


def test_counter_in_a_byline_line():
    parsed = parse_metadata("时间:2021-03-04 来源:南方网 已有3521人阅读")
    assert parsed is not None
    assert parsed.fields == {"published_at": "2021-03-04", "source": "南方网"}


def test_counter_pattern_is_linear_on_hostile_input():
    clean_value("南方网 " + "已有" * 200_000 + "1" * 50, person=False)


def test_mail_header_block_names_the_sender_and_leaves_the_headline():
    # A mainland mail client's header block (invented): 发件人 / 收件人 / 时间.
    page = (
        "区议会通过新一年度预算\n\n发件人: 王小明\n收件人: 编辑部\n时间: 2021年3月4日\n\n"
        "    区议会昨日通过新一年度预算，共拨款三千万元。\n\n    发件人说他没有收到回复。\n"
    )
    doc = clean(page)
    assert doc.title == "区议会通过新一年度预算"
    assert doc.author == "王小明"
    assert doc.published_at == "2021-03-04"
    assert "发件人说他没有收到回复。" in doc.body  # prose opening with the word survives


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("寄件人︰陳大文", {"author": "陳大文"}),
        ("收件者：王小明", {}),
        ("收件人地址请写清楚", None),
    ],
)
def test_mail_header_labels(line, fields):
    parsed = parse_metadata(line)
    assert (parsed and parsed.fields) == fields if fields is not None else parsed is None


# Round 25 (byline helper): see the module docstrings.
@pytest.mark.parametrize(
    ("line", "source"),
    [("原創 人民日報", "人民日報"), ("转载 新华网", "新华网"), ("独家  澎湃新闻", "澎湃新闻")],
)
def test_a_status_marker_is_no_part_of_the_outlet(line: str, source: str) -> None:
    parsed = spun_label(line)
    assert parsed is not None and parsed.fields == {"source": source}


@pytest.mark.parametrize("line", ["原创 张三", "独家 专访", "原创 精品", "原创文章 新华网"])
def test_a_marker_needs_an_outlet(line: str) -> None:
    assert spun_label(line) is None


# Round 35 probe: an English desk's caption crediting a handed-out picture
# (https://www.sbs.com.au/language/chinese/zh-hans/article/she-qu-bao-dao-…/h2tifpo9c:
# "PM Turnbull at a chinese community event(supplied) Source: Supplied").
@pytest.mark.parametrize(
    "line",
    [
        "PM Turnbull at a chinese community event(supplied) Source: Supplied",
        "华侨新村入口 Source: Courtesy of the family",
    ],
)
def test_a_handed_out_pictures_credit_names_no_source(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and "source" not in parsed.fields


def test_a_source_label_opening_the_line_keeps_its_value() -> None:
    parsed = parse_metadata("Source: SBS")
    assert parsed is not None and parsed.fields.get("source") == "SBS"

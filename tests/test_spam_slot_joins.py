"""Readings 2c and 6 of a generated slot line (filters/spam_slot_joins.py), round 26: query
frames joined by a stray digit, and a brand (Latin letters and digits) leading keywords, in
Chinese or in another script; on real lines of farms not in eval/ and against real lines
that must stay."""

from __future__ import annotations

import pytest
from linear import assert_linear
from test_spam_question import HEADLINE, PARAS, _text

from newsclean import clean
from newsclean.filters.spam_article import Article
from newsclean.filters.spam_slot_joins import (
    brand_keywords,
    brand_latin_lines,
    digit_joined,
    download_rows,
)
from newsclean.filters.spam_verdict import NOT_SPAM


def _removed_as_spam(lines: list[str]) -> set[str]:
    return {r.text for r in clean(_text(lines)).removed if r.reason == "spam"}


def _elsewhere(line: str, article: list[str]):  # type: ignore[no-untyped-def]
    page = [line, *article]
    return Article(page, [NOT_SPAM] * len(page)).without(0)


@pytest.mark.parametrize(
    "line",
    [
        # the frames of https://www.023zybdf.com/tags-9006.html (a tag farm, in eval/) with
        # slots of other keywords: the reading asks the joint, not the slots' vocabulary
        "某某娛樂加时赛进球规则 2某某彩票胜负结果判定",
        "青木苑加时赛进球规则 2紫霞盒子胜负结果判定",
        # three copies: http://fengdujob.net/go/ (X中奖规则) and X开奖结果 frames, joined
        "双色球中奖规则 2大乐透开奖结果 3七星彩走势查询",
    ],
)
def test_digit_joined_frames_are_spam(line: str) -> None:
    why = digit_joined(line.lower(), line.lower(), _elsewhere(line, [HEADLINE, *PARAS]))
    assert why is not None and "joined by a digit" in why
    assert line in _removed_as_spam([HEADLINE, *PARAS, line])


@pytest.mark.parametrize(
    ("line", "article"),
    [
        # a numbered list numbers its first item too
        ("1比赛规则 2裁判结果判定", [HEADLINE, *PARAS]),
        # the article's own rules: a sports story on overtime, its heading echoed
        (
            "世界杯加时赛进球规则 2022年胜负结果判定",
            [
                "世界杯加时赛进球规则调整",
                "  国际足联宣布,2022年世界杯加时赛进球规则不变,胜负结果判定仍以点球大战为准。",
            ],
        ),
        # no digit joint: one query of a story, kept
        ("加时赛进球规则 胜负结果判定", [HEADLINE, *PARAS]),
    ],
)
def test_rule_lines_of_an_article_stay(line: str, article: list[str]) -> None:
    assert digit_joined(line.lower(), line.lower(), _elsewhere(line, article)) is None


@pytest.mark.parametrize(
    "line",
    [
        # the brand of https://713737.98winok11.win/882224 (eval/) before Chinese keywords
        "98win 德發娛樂bt淫色電影大型黃站",
        "98win 96彩票雲頂棋牌利記國際娛樂仿真手槍",
        # another brand's shape: letters then digits
        "bet365 澳门赌场网上开户大发盘口",
    ],
)
def test_brand_leading_keywords_is_spam(line: str) -> None:
    assert line in _removed_as_spam([HEADLINE, *PARAS, line])


@pytest.mark.parametrize(
    ("line", "article"),
    [
        # a product the article is about: its name is printed there
        (
            "iphone15 新品发布会现场直击",
            ["苹果发布iPhone15", "  苹果公司今天发布iphone15手机。新品发布会在加州举行。"],
        ),
        # no keyword vocabulary nor glue: a caption-like line of plain words
        ("covid19 全球疫情地图", [HEADLINE, *PARAS]),
        # a word of the reports about spam: a crackdown's heading
        ("98win 警方打击网络赌博平台", [HEADLINE, *PARAS]),
    ],
)
def test_brand_lines_of_an_article_stay(line: str, article: list[str]) -> None:
    assert brand_keywords(line.lower(), line.lower(), _elsewhere(line, article)) is None


@pytest.mark.parametrize(
    "line",
    [
        # http://98winok95.in/H9jzt/63094.html (a lottery farm's line, not in eval/)
        "98win cơ cấu giải thưởng xổ số miền bắctải macao99 vindu doan xsmb mien phiđánh bài "
        "đổi thưởng 3c",
        # http://l8wknebo.lucybalch.com/688368
        "98win mẫu vé số thành phốtilebongda keo nha caiphương pháp tính lô chuẩn đánh hàng "
        "ngàymất tiền đánh con gì",
        # https://qpilimaf.luxorpilot.com/475611
        "98win kết quả xổ số đài bắc hôm naykết quả đề hôm naysoi cầu đặc biệt miền bắcphan "
        "tích xsmb",
    ],
)
def test_brand_leading_foreign_script_keywords_is_spam(line: str) -> None:
    assert line in _removed_as_spam([line, HEADLINE, *PARAS])


@pytest.mark.parametrize(
    "line",
    [
        # an English subtitle: no diacritics
        "win2024 highlights of the annual press forum in beijing today",
        # a Vietnamese line with no brand before it
        "kết quả xổ số miền bắc hôm nay đài bắc",
        # the brand is the article's: printed in a paragraph
        "vf8plus xe điện mới ra mắt tại hà nội hôm nay",
    ],
)
def test_latin_lines_without_a_foreign_brand_stay(line: str) -> None:
    paras = [*PARAS, "  越南车企展出了vf8plus电动车。"]
    assert brand_latin_lines([line, HEADLINE, *paras], [NOT_SPAM] * (len(paras) + 2)) == {}


def test_brand_latin_lines_is_linear() -> None:
    def make(n: int) -> list[str]:
        return ["98win " + "kết quả " * n, *PARAS]

    assert_linear(make, lambda page: brand_latin_lines(page, [NOT_SPAM] * len(page)), 2000)


# Round 27: a brand of lower-case letters alone (kuwin), the label of the farm's domain.
@pytest.mark.parametrize(
    "line",
    [
        # http://kuwinjdeaam.ocdhotel.com/92726 (a lottery farm on a hijacked host, not in eval/)
        "kuwin kubet dự đoán xsmbkết quả trực tiếp xổ số miền bắc hôm naykết quả kiến thiết "
        "miền bắccách tính xổ số miền bắc",
        # http://kuwinok91.vip/HOXR9/41998.html
        "kuwin kết quả xổ số miền bắc hômsoi cau xsmn kubetsố đài miền bắc hôm nayquy luật "
        "quay thử xsmb",
        # https://mgasmcu.kuwinok54.vip/561054
        "kuwin kubet xsmbcơ cấu giải thưởng xsmncoi xổ số miền bắc tối nayketquaxoso mien bắc",
    ],
)
def test_a_lower_case_brand_leading_foreign_script_keywords_is_spam(line: str) -> None:
    assert line in _removed_as_spam([line, HEADLINE, *PARAS])


def test_a_lower_case_brand_leading_strong_keywords_is_spam() -> None:
    # The round-26 farms' form with Chinese keywords (eval page 062's shape), written with
    # terms of my own.
    line = "kuwin 澳门赌场网上开户六合彩开奖"
    assert line in _removed_as_spam([HEADLINE, *PARAS, line])


@pytest.mark.parametrize(
    "line",
    [
        # A name with its capital: a code header's author line (code corpus: "Kuwin Wyke /
        # Midwestern State University"), here before Chinese words.
        "Kuwin Wyke 中西部州立大学机器人项目",
        # An outlet or product written with its capital.
        "Apple 澳门赌场网上开户六合彩开奖",
        # A lower-case word before plain words: no strong term, no glue.
        "python 爬虫入门教程免费分享",
    ],
)
def test_words_that_are_no_lower_case_brand_stay(line: str) -> None:
    assert brand_keywords(line, line.lower(), _elsewhere(line, [HEADLINE, *PARAS])) is None


def test_a_capitalised_word_before_foreign_script_words_stays() -> None:
    line = "Hanoi kết quả xổ số miền bắc hôm nay đài bắc"
    assert brand_latin_lines([line, HEADLINE, *PARAS], [NOT_SPAM] * (len(PARAS) + 2)) == {}


# Round 29: a brand's keywords on a page whose article a codec turned to Latin-1 letters
# (no Han to be foreign to until the mojibake filter reads it): the vocabulary speaks twice.
UNREAD = [
    "¿ï(xuan)Á|(ju)­Ë¼Æ(shu),¥Á¶i(jin)ÄÒ(dang)Á`(zong)²Î(tong)­Ô(hou)¿ï(xuan)¤H¿à(lai)",
    "·Ó(zhao)¤ù¤¤(zhong)ªº¤ä«ùªÌÃB(e)ÀY(tou)¤W(shang)¸jµÛ¡u±Ï±Ï¤ý(wang)¸q(yi)¤t¡v¥¬±ø",
]


def test_a_brand_over_an_unread_article_is_read_by_its_vocabulary() -> None:
    line = "98win hotsex大陸黃網導航章魚彩票色站導航"
    probe = "98win hotsex大陆黄网导航章鱼彩票色站导航"
    why = brand_keywords(line.lower(), probe, _elsewhere(line, UNREAD), readable=False)
    assert why is not None and "no article" in why


@pytest.mark.parametrize(
    "line",
    [
        # one weak term: a product line over a garbled body
        "iphone15 彩票新品发布会现场直击",
        # no strong term
        "covid19 全球疫情地图彩票",
    ],
)
def test_a_brand_line_over_an_unread_article_needs_two_terms_one_strong(line: str) -> None:
    assert brand_keywords(line, line, _elsewhere(line, UNREAD), readable=False) is None


# Round 39: a plus inside a word of the foreign script (a channel's name, K+1).
def test_a_plus_inside_a_foreign_word_keeps_the_line_latin() -> None:
    # http://1omjgyh.erkfiber.com/709919/viewspace-528930.html (a numeric subdomain)
    line = (
        "kuwin k+1 trực tiếp bóng đátrang cá cược uy tín nhấttop 10 nhà cái uy tín nhất "
        "2022bảng xếp hạng nottingham forest gặp aston villa"
    )
    assert line in _removed_as_spam([line, HEADLINE, *PARAS])


def test_an_english_line_with_a_plus_stays() -> None:
    line = "notepad++ and c++ tools for windows users download the latest release"
    assert line not in _removed_as_spam([HEADLINE, *PARAS, line])


# Round 39: a download list's row (size, slash, ISO 8601 time), whatever the app.
@pytest.mark.parametrize(
    "line",
    [
        # https://shanyouwang.com/5849dsnl.shtml (rows under a copied wire story)
        "立即下载376MB/2024-11-24T16:47:29",
        "316MB/2024-11-24T16:47:29",
        "下载 1.5GB / 2023-02-01T08:00",
        "免费安装12.6mb/2025-07-30T21:05:11+08:00",
    ],
)
def test_download_rows_are_spam(line: str) -> None:
    assert line in _removed_as_spam([HEADLINE, *PARAS, line])
    assert download_rows([line], [NOT_SPAM])


@pytest.mark.parametrize(
    "line",
    [
        "安装包大小为376MB,更新时间为2024-11-24。",
        "2024-11-24T16:47:29",  # a time alone: no size, no row
        "客户端376MB",
        "376MB/2024年11月24日",
        "文件大小 376MB / 上传于2024-11-24 16:47",
    ],
)
def test_sizes_and_times_a_writer_prints_stay(line: str) -> None:
    assert download_rows([line], [NOT_SPAM]) == {}


def test_download_rows_is_linear() -> None:
    def make(n: int) -> list[str]:
        return ["下载" + "1" * n + "MB/2024-11-24T16:47:29" + "9" * n, *PARAS]

    assert_linear(make, lambda page: download_rows(page, [NOT_SPAM] * len(page)), 2000)

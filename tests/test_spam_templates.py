"""A hijack template's site title (filters/spam_templates.py): a keyword printed as an
encyclopedia entry's title or a brand's agent and official-site pair, whatever the
keyword, and the real lines naming such words that stay.  The keywords and brands are
written for the test (on no eval page), in both scripts."""

from __future__ import annotations

import pytest
from linear import assert_linear

from newsclean import clean
from newsclean.filters.spam_templates import (
    agent_pair,
    download_row,
    entry_keyword,
    released,
    template_titles,
)

HEADLINE = "海沧区举办第三届市民节 幸福海沧市民同享"
PARAS = [
    "  本报讯 昨日上午,海沧区第三届市民节在海沧湾公园开幕,数千名市民参加了开幕活动。",
    "  市民节为期一个月,期间将举办文艺演出、体育比赛和美食展销等二十余项活动。",
    "  区有关负责人表示,市民节旨在让市民共享城市发展成果,增强居民的归属感。",
]


def _page(*head: str) -> str:
    return "\n\n".join([*head, HEADLINE, *PARAS]) + "\n"


@pytest.mark.parametrize(
    ("line", "keyword"),
    [
        ("银狐彩票| - (中国)百科词条", "银狐彩票"),
        ("代开发票 - -(香港)互動百科", "代开发票"),
        ("xx成人| - (中国)百科詞條", "xx成人"),
        ("伪造证件_百度百科", "伪造证件"),
    ],
)
def test_an_encyclopedia_entrys_title_gives_its_keyword(line: str, keyword: str) -> None:
    assert entry_keyword(line) == keyword


@pytest.mark.parametrize(
    "line",
    ["记者从百度百科词条中发现多处错误", "海沧新闻 - 海沧网", "百科词条", "- (中国)百科词条"],
)
def test_a_line_not_in_the_entry_form_gives_none(line: str) -> None:
    assert entry_keyword(line) is None


@pytest.mark.parametrize(
    ("line", "brand"),
    [
        ("正在阅读:金狮娱乐代理-金狮娱乐官网", "金狮娱乐"),
        ("金獅娛樂總代理 - 金獅娛樂官網", "金獅娛樂"),
        ("宏发棋牌官方网站|宏发棋牌开户", "宏发棋牌"),
    ],
)
def test_an_agent_and_official_site_pair_gives_its_brand(line: str, brand: str) -> None:
    assert agent_pair(line) == brand


@pytest.mark.parametrize(
    "line",
    [
        "华龙网-重庆晨报",  # a source names two outlets, no brand repeated
        "金狮娱乐代理-宏发棋牌官网",  # two brands
        "该公司官网显示,其代理商遍布全国",  # prose naming the words once
        "正在阅读:金狮娱乐官网-金狮娱乐官网",  # no agent word: the keyword echo's form
    ],
)
def test_a_line_not_in_the_pair_form_gives_none(line: str) -> None:
    assert agent_pair(line) is None


def test_template_titles_go_whatever_the_keyword_and_the_headline_stays() -> None:
    page = _page("正在阅读:荔枝棋牌代理-荔枝棋牌官网", "", "荔湾四件套| - (中国)百科词条")
    doc = clean(page)
    removed = {r.text for r in doc.removed if r.reason == "spam"}
    assert removed == {"正在阅读:荔枝棋牌代理-荔枝棋牌官网", "荔湾四件套| - (中国)百科词条"}
    assert doc.title == HEADLINE
    assert doc.source is None


def test_a_keyword_the_page_prints_elsewhere_is_its_subject() -> None:
    lines = ["海沧湾公园| - (中国)百科词条", HEADLINE, *PARAS]
    assert template_titles(lines) == {}
    assert set(template_titles(["滨海公园| - (中国)百科词条", *lines[1:]])) == {0}


def test_the_template_reading_is_linear() -> None:
    def entry(n: int) -> list[str]:
        return ["银" * n + "| - " * n + "(中国)百科词条"]

    def pair(n: int) -> str:
        return "正在阅读:" + "金" * n + "代理-" + "金" * n + "官网"

    assert_linear(entry, template_titles, 20_000)
    assert_linear(pair, agent_pair, 20_000)


@pytest.mark.parametrize(
    "row",
    [
        "米乐,M6下载",
        "蒙塵藥,利記國際娛樂下载",
        "赢彩王、免费色站下載",
        "甲乙娛樂,丙丁彩票,戊己國際下载",
    ],
)
def test_a_download_row_of_foreign_names_at_the_foot_goes(row: str) -> None:
    lines = [HEADLINE, *PARAS, "关闭窗口", row]
    assert set(template_titles(lines)) == {len(lines) - 1}
    assert row not in clean("\n".join(lines), convert="none").body


@pytest.mark.parametrize(
    "line", ["新华社客户端下载", "安卓,iOS下载", "海沧区,市民节下载", "米乐,M6下载地址在哪里"]
)
def test_an_own_download_link_or_a_named_subject_stays(line: str) -> None:
    lines = [HEADLINE, *PARAS, line]
    assert template_titles(lines) == {}


def test_the_download_row_reading_is_linear() -> None:
    assert download_row("米乐," * 4 + "M6下载") is None  # five names: no template row
    assert_linear(lambda n: ",".join(["甲乙"] * n) + "下载", download_row, 20_000)


@pytest.mark.parametrize(
    "line", ["报名表,承诺书下载", "附件1、附件2下载", "微信,支付宝下载", "简历模板,求职信下载"]
)
def test_a_row_of_files_or_apps_no_brand_shaped_stays(line: str) -> None:
    lines = [HEADLINE, *PARAS, line]
    assert download_row(line) is None
    assert template_titles(lines) == {}
    assert line in clean("\n".join(lines), convert="none").body


# Round 38: a download row of service phrases (``service_row``), no brand among the names:
# phrases of mine in a black-market advertising list's families, no shipped lexicon term.
@pytest.mark.parametrize(
    "row",
    [
        "加急港澳通行证签注,高价回收旧手机卡下载",
        "出售学生家长名单、专业代写论文答辩下载",
        "高价回收旧手机卡官方正版下载",
        "专业代写论文答辩最新版下载",
    ],
)
@pytest.mark.parametrize("where", ["top", "middle", "foot"])
def test_a_download_row_of_service_phrases_where_a_machine_puts_it_goes(
    row: str, where: str
) -> None:
    # above the headline, or anywhere on a page carrying spam on another line
    at = {"top": 0, "middle": 2, "foot": len(PARAS) + 1}[where]
    lines = [HEADLINE, *PARAS, "甲乙娛樂,丙丁彩票下载"]
    lines.insert(at, row)
    spam = {len(lines) - 1}
    assert set(template_titles(lines)) == {at} | spam
    lines[-1] = "关闭窗口"  # spam the caller judged: the lexicon's line
    assert set(template_titles(lines, spam=spam)) == {at}
    if where != "top":
        assert template_titles(lines) == {}  # no spam elsewhere: a page's own row


#: Review38a 1b: a page's own download rows, in words its story need not print.
OWN_ROWS = [
    "国家反诈中心官方正版下载",  # a public body's app, on a police page
    "个人所得税官方正版下载",  # a public service's app
    "参赛报名登记表,选手安全承诺书下载",  # attachments
    "防诈骗宣传手册,居家安全指南下载",
    "冬季取暖安全指南,燃气使用须知下载",
]


@pytest.mark.parametrize("row", OWN_ROWS)
@pytest.mark.parametrize("where", ["under the byline", "middle", "foot"])
def test_a_pages_own_download_row_below_its_headline_stays(row: str, where: str) -> None:
    at = {"under the byline": 2, "middle": 3, "foot": len(PARAS) + 2}[where]
    lines = [HEADLINE, "2024-05-16 09:30  来源：新华社", *PARAS]
    lines.insert(at, row)
    assert template_titles(lines) == {}
    assert row in clean("\n".join(lines), convert="none").body


@pytest.mark.parametrize("row", OWN_ROWS[:2])
def test_a_public_bodys_app_stays_on_a_hijacked_page_too(row: str) -> None:
    lines = [HEADLINE, *PARAS, row, "甲乙娛樂,丙丁彩票下载"]
    assert set(template_titles(lines)) == {len(lines) - 1}


@pytest.mark.parametrize(
    "line",
    [
        # files and apps named in the page's own words, an outlet's app, a word-long name
        "市民节活动报名登记表,海沧区志愿者承诺书下载",
        "新华社客户端最新版下载",
        "海沧市民节官方正版下载",
        "求职信官方版下载",
    ],
)
def test_a_row_the_page_names_or_an_outlets_app_stays(line: str) -> None:
    # above the headline, a machine's place: the name, not the place, keeps it
    lines = [line, HEADLINE, *PARAS]
    assert template_titles(lines) == {}


def test_the_release_form_reads_one_name() -> None:
    assert released("高价回收旧手机卡官方正版下载") == "高价回收旧手机卡"
    assert released("官方正版下载") is None
    assert released("高价回收旧手机卡下载") is None  # no release word: a row's reading


def test_a_service_row_goes_between_paragraphs_on_a_page_with_spam_elsewhere() -> None:
    # the spam pass hands the lines judged spam already to the template reading
    row = "加急港澳通行证签注,高价回收旧手机卡下载"
    lines = [HEADLINE, PARAS[0], row, *PARAS[1:]]
    assert row in clean("\n\n".join(lines), convert="none").body
    lines.append("澳门威尼斯人娱乐场_金沙娱乐城_博彩网站")
    assert row not in clean("\n\n".join(lines), convert="none").body

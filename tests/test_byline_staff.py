"""Round 21: what the byline grammar reads as a COMPOSITION of parts it already knows.

A staff word glued before a list of names (``byline_clean.ROLE_PREFIX`` with 、), a staff
description that is no reporter's role before spaced names and the report word after the
last (``byline_names.staff_writers``), a compound family name in a name glued to 報導
(``credits._glued_name``), the report word glued to the last of listed names
(``byline_portal.REPORT_WORDS``), an outlet's Chinese service and its kind of copy
(``byline_values._outlet``), an outlet then its bracketed column after a dash
(``head_names.OUTLET_COLUMN``), and English words before an English credit label, the kind
of work made (``byline.ENGLISH_WORD_LEAD``): no outlet.  Forms invented here (on no eval
page, marked so) and the real lines that must stay what they are."""

from __future__ import annotations

import pytest
from linear import assert_linear

from newsclean import clean
from newsclean.filters.byline import ENGLISH_WORD_LEAD
from newsclean.filters.byline_names import STAFF_WRITERS, staff_writers
from newsclean.filters.credits import reporter_credit
from newsclean.filters.head_names import OUTLET_COLUMN, media_name
from newsclean.filters.metadata import parse_metadata

ARTICLE = (
    "  政府今日宣布,青年創業計劃今年擴大名額,為更多青年提供資助,申請期由下月開始,為期一個月。\n\n"
    "  有關計劃自推出以來反應熱烈,當局表示會繼續檢討計劃內容,以配合青年的需要。\n"
)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者/本報特约林志明、欧阳大同、陈美 2024/03/05", "林志明、欧阳大同、陈美"),  # invented
        ("撰文：特派員王小明、李大同", "王小明、李大同"),  # invented
        ("作者：本台记者陈大文、司马光", "陈大文、司马光"),  # invented
        ("作者：本刊特约田兆运", "田兆运"),  # the one-name form, as before
    ],
)
def test_a_staff_word_before_a_list_of_names_is_no_part_of_them(line: str, author: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields["author"] == author


@pytest.mark.parametrize(
    "line",
    [
        "作者：特约春节返乡、记者",  # the rest is no list of names: the value as printed
        "作者：本报评论员",
    ],
)
def test_a_staff_word_before_no_names_is_not_cut(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is None or parsed.fields.get("author", "").startswith(("特约", "本报"))


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("社区通讯志工林小美、欧阳大同报导", "林小美、欧阳大同"),  # invented
        ("华侨协会义工张大千 李美玲 陈杰報導", "张大千 李美玲 陈杰"),  # invented
        ("本报撰稿人王五、李四报道", "王五、李四"),  # invented
    ],
)
def test_a_staff_description_glued_before_the_writers(line: str, author: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == {"author": author}


@pytest.mark.parametrize(
    "line",
    [
        "义工们春节 返乡报导",  # no names after the staff noun
        "志工服务队今天到访老人院报导",  # a sentence, not names
        "志工",
    ],
)
def test_staff_words_without_names_are_no_writers(line: str) -> None:
    assert staff_writers(line) is None


def test_a_staff_writers_line_under_the_headline_gives_the_authors() -> None:
    page = "香港青年創業計劃今年擴大名額\n\n社區通訊志工林小美 歐陽大同報導\n\n" + ARTICLE
    doc = clean(page)
    assert doc.author == "林小美 欧阳大同"
    assert doc.title == "香港青年创业计划今年扩大名额"


@pytest.mark.parametrize(
    ("paragraph", "author"),
    [
        ("記者王小明、欧阳小明報導", "王小明、欧阳小明"),  # invented
        ("（記者諸葛亮台北報導）政府今日宣布新措施。", "諸葛亮"),  # invented
        ("【記者歐陽志明台中報導】市府今天公布計畫。", "歐陽志明"),  # invented
        ("記者詹奕嘉、孔博北京報導", "詹奕嘉、孔博"),  # a single family name, as before
        ("記者楊川欽台中報導", "楊川欽"),
    ],
)
def test_a_compound_family_name_glued_to_the_report_word(paragraph: str, author: str) -> None:
    assert reporter_credit(paragraph) == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("記者王小明、欧阳小明報導", "王小明、欧阳小明"),  # invented
        ("記者王小明、李小明報導", "王小明、李小明"),  # invented
    ],
)
def test_the_report_word_glued_to_listed_names_goes(line: str, author: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields["author"] == author


def test_listed_words_that_are_no_names_keep_the_report_word() -> None:
    parsed = parse_metadata("作者：王小明、春节返乡報導")
    assert parsed is None or parsed.fields.get("author") != "王小明、春节返乡"


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("BBC中文專稿", "BBC中文"),
        ("VOA中文独家", "VOA中文"),  # invented
        ("RNZ中文特稿", "RNZ中文"),  # invented
    ],
)
def test_a_chinese_service_then_its_kind_of_copy(line: str, source: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == {"source": source}


@pytest.mark.parametrize("line", ["BBC專稿", "英文專稿", "中文特稿"])
def test_a_kind_of_copy_after_no_outlet_is_no_source(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is None or "source" not in parsed.fields


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("新華社 - 【國際】", "新華社"),  # invented
        ("中央社—【兩岸】", "中央社"),  # invented
        ("外交部- [新聞稿]", "外交部"),  # invented
    ],
)
def test_an_outlet_then_its_column_after_a_dash(line: str, name: str) -> None:
    assert media_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "图文- 【视频】",  # a kicker and a column: no publisher
        "春节返乡- 【回家的路】",
        "新華社- 【國際】更多",  # text after the column: no name alone
    ],
)
def test_a_column_after_no_publisher_is_no_name(line: str) -> None:
    assert media_name(line) is None


def test_an_outlet_and_its_column_under_the_headline_is_the_source() -> None:
    page = "香港青年創業計劃今年擴大名額\n\n中央社- 【兩岸】\n\n" + ARTICLE
    doc = clean(page)
    assert doc.source == "中央社"
    assert doc.title == "香港青年创业计划今年扩大名额"


@pytest.mark.parametrize(
    "line",
    [
        "Posts by Jane Doe",
        "More stories by Lin Mei",  # invented
        "Reporting by 张三",  # invented: a credit this grammar does not read
        "All articles by Chan Tai Man",  # invented
    ],
)
def test_english_words_before_by_are_no_outlet(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is None or "source" not in parsed.fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("By 张三", {"author": "张三"}),
        ("Contributed by 李晓辉", {"author": "李晓辉"}),
        ("BBC by Jane Doe", {"author": "Jane Doe", "source": "BBC"}),
    ],
)
def test_english_credits_that_stay_read(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


def test_the_new_patterns_are_linear() -> None:
    def make(n: int) -> list[str]:
        return ["a" * n + "!", "ab " * n, "志工" + "王" * n + "x", "新華社" * n + "-【"]

    def judge(texts: list[str]) -> None:
        for text in texts:
            ENGLISH_WORD_LEAD.match(text)
            STAFF_WRITERS.match(text)
            OUTLET_COLUMN.match(text)

    assert_linear(make, judge, 20_000)


# Round 47: the night's duty chief (总值班) before the editor at a story's foot is a review
# role, read and set aside: the editor after it is the editor.
# http://lyg01.net/news/tslyg/2023/0914/325186.shtml (eval variant
# by-foot-duty-chief-label-name-editor-label-name-wide-spaces-then-source-label-city-daily);
# http://news.wenweipo.com/2011/08/22/IN1108220021.htm (the same foot, traditional script)
@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("总值班: 吴弋     编辑: 马静静      ", "马静静"),
        ("總值班: 吳弋     編輯: 繾綣緋夢", "繾綣緋夢"),
    ],
)
def test_the_duty_chief_goes_with_the_editor(line: str, editor: str) -> None:
    from newsclean.filters.metadata import parse_metadata

    parsed = parse_metadata(line)
    assert parsed is not None and parsed.fields == {"editor": editor}


def test_the_duty_chiefs_foot_in_a_page() -> None:
    from newsclean import clean

    page = (
        "大运中国女足力克日本队 18年后再度夺冠\n\n"
        "　　21日晚的中日决战让众多球迷充满期待,能容纳3万多观众的宝安体育场已到一票难求的地步。\n\n"
        "总值班: 吴弋     编辑: 缱绻绯梦\n\n来源: 文汇网\n"
    )
    doc = clean(page).to_dict()
    assert (doc["editor"], doc["source"]) == ("缱绻绯梦", "文汇网")
    assert len(doc["body"]) == 1 and doc["body"][0].startswith("21日晚的中日决战")


@pytest.mark.parametrize(
    "line",
    [
        # a sentence naming the duty office stays prose
        "　　市应急管理局总值班室实行24小时值守,接到报告后立即启动应急响应。",
    ],
)
def test_prose_naming_the_duty_office_stays(line: str) -> None:
    from newsclean.filters.metadata import parse_metadata

    assert parse_metadata(line) is None


def test_the_duty_editor_is_still_the_editor() -> None:
    from newsclean.filters.metadata import parse_metadata

    parsed = parse_metadata("值班编辑:李四")
    assert parsed is not None and parsed.fields == {"editor": "李四"}

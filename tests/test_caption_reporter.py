"""A reporter's bracketed credit closing a caption whose stop was dropped
(``caption_reporter``), and a record of the page's fields that layout alone must not
make a caption (``caption_rejects.record_fields``, tested there).

Each rule has its positive and the real lines that must survive it: a heading, a
one-line paragraph, a byline line, a credit in the first paragraph.
"""

import pytest
from conftest import CAPTION_PARAGRAPHS as LONG
from conftest import CAPTION_TITLE as TITLE
from conftest import caption_page as _page
from conftest import clean_with_line_after_first_paragraph, one_caption_after_first_paragraph
from linear import assert_linear

from newsclean import clean
from newsclean.filters.caption_reporter import reporter_credit_caption

REPORTER_CAPTIONS = [
    "华侨新村入口(南海网记者 骆云飞)",
    "刚建成时的华侨新村。图/越秀区华乐街道提供(南海网记者 骆云飞)",
    "这是5月8日在西藏日喀则市拍摄的珠穆朗玛峰脚下的绒布冰川(无人机照片)(南海网记者 骆云飞)",
    "山南市第二高级中学的学生在新教室上课（新华社记者 张汝锋）",
    "工人在车间组装制氧机（西藏日报记者 李明 王芳）",
    "援藏干部走访农牧民家庭(山南报通讯员 扎西)",
]


@pytest.mark.parametrize("line", REPORTER_CAPTIONS)
def test_a_reporters_bracket_closing_a_description_is_a_caption(line: str):
    doc = one_caption_after_first_paragraph(line)
    assert doc.author is None  # the photographer is not the article's reporter


def test_the_same_bracket_closing_the_article_is_its_credit_not_a_caption():
    last = "援藏干部们表示将继续为西藏发展贡献力量(记者 崔虹)"
    doc = clean(_page([*LONG, last]))
    assert doc.captions == []
    assert doc.body[-1] == last


@pytest.mark.parametrize(
    "line",
    [
        # a one-line paragraph: its sentence closed before the credit
        "提醒政府及相关部门做好防暴雨工作。(记者 崔虹)",
        "援藏干部们说，他们将继续贡献力量，(记者 崔虹)",
        # a byline line: the credit alone, or without a bracket
        "(南海网记者 骆云飞)",
        "南海网记者 骆云飞",
        "（记者 张三 通讯员 李四）",
        # a credit in the first paragraph, a dateline before it
        "中评社北京2月3日电(记者 海涵)由外交部和北京市政府联合主办的新年招待会2日晚在北京举行。",
        "本报讯(记者 张三)",
        "新华社拉萨7月2日电（记者 张汝锋）",
        # a heading: no bracket credit
        "华侨新村入口",
        "新中国华侨第一村处处体现人文关怀",
        # a bracket that is no reporter's
        "华侨新村入口(资料来源:越秀区档案馆)",
        "援藏干部走访农牧民家庭(上)",
    ],
)
def test_real_lines_are_no_reporter_caption(line: str):
    assert reporter_credit_caption(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "提醒政府及相关部门做好防暴雨工作。(记者 崔虹)",
        "中评社北京2月3日电(记者 海涵)由外交部和北京市政府联合主办的新年招待会2日晚在北京举行。",
        "新中国华侨第一村处处体现人文关怀",
    ],
)
def test_real_lines_stay_in_the_body(line: str):
    doc = clean_with_line_after_first_paragraph(line)
    assert doc.captions == []
    assert line in doc.body or line in doc.headings or doc.author is not None


def test_a_hostile_bracket_is_read_in_linear_time():
    def make(n: int) -> list[str]:
        return ["记者" * n + ")", "(" * n + "记者 张三)", "华" * (2 * n)]

    def judge(lines: list[str]) -> None:
        for line in lines:
            reporter_credit_caption(line)

    assert_linear(make, judge, 1_000_000)


# --- a record of the page's fields ---------------------------------------------------


def test_a_record_set_apart_among_indented_paragraphs_is_not_a_caption():
    record = "海涵 (发表日期:Sat Feb  3 00:20:17 2024 阅读人次:1003 回复数:0)"
    text = "\n\n".join([TITLE, *("  " + p for p in LONG), record]) + "\n"
    doc = clean(text)
    assert doc.captions == []

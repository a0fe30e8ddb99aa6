"""Credits with no role word (filters/credit_implied.py): names bare in a bracket after a
dateline, names before a slash and a report word, an outlet's Latin name glued to the
name, and a magazine's English credit labels.  Invented names in the layouts of the
pages named in ``credit_implied``'s docstring."""

from __future__ import annotations

import pytest

from newsclean.filters.credit_implied import english_credit, implied_role_credit
from newsclean.filters.credits import reporter_credit


@pytest.mark.parametrize(
    ("head", "names"),
    [
        ("【中新社香港9月22日電】(戴小橦)香港特區政府今天表示,期望各界合作。", "戴小橦"),
        ("中新网北京7月2日电 (陈悦 魏源)国务院新闻办公室2日举行发布会。", "陈悦 魏源"),
        ("鄭建勳\\臺中報導 臺中市政府教育局重視學生健康。", "鄭建勳"),
        ("(News Chinatown徐佩蒂報導)紐約華埠今天舉行活動。", "徐佩蒂"),
    ],
)
def test_names_with_no_role_word_are_a_credit(head: str, names: str) -> None:
    assert implied_role_credit(head) == names


@pytest.mark.parametrize(
    "head",
    [
        "中新网北京7月2日电 (综合报道)国务院新闻办公室2日举行发布会。",
        "中央社/台北报导 行政院今天宣布新措施。",
        "(陈悦 魏源)国务院新闻办公室2日举行发布会。",  # no dateline before the bracket
    ],
)
def test_words_or_an_agency_where_names_stand_are_no_credit(head: str) -> None:
    assert implied_role_credit(head) is None


def test_an_english_label_names_the_writer_alone() -> None:
    assert english_credit("Text : Nic WongPhoto : Bowy Chan 或許大家對這個名字有印象") == "Nic Wong"


# A magazine's English credit labels opening the story (credit_implied.english_credit): the
# writer's name ends at the next label or where the Chinese text starts.  Invented forms.
@pytest.mark.parametrize(
    ("paragraph", "author"),
    [
        ("Words: 陈大文Photos: 李四 本届展览吸引了大批市民前来参观。", "陈大文"),
        ("Text : Amy LauPhotography : Ken Ho 这家小店开业已有三十年。", "Amy Lau"),
        ("Text : 林立 这家小店开业已有三十年,老板说生意一直不错。", "林立"),
    ],
)
def test_an_english_credit_opening_the_story(paragraph: str, author: str) -> None:
    assert reporter_credit(paragraph) == author


@pytest.mark.parametrize(
    "paragraph",
    [
        "Text: 以下 为全文,供读者参考。",
        "Text messages sent to 10086 were answered within an hour, 客服表示。",
        "Photo : Ken Ho 这家小店开业已有三十年。",  # a photographer is no writer
    ],
)
def test_english_words_that_credit_no_writer(paragraph: str) -> None:
    assert reporter_credit(paragraph) is None


def test_a_chinese_writer_s_label_opening_the_paragraph_round_38() -> None:
    from newsclean.filters.credit_implied import writer_label_credit

    assert (
        writer_label_credit("文:張曉鳴圖:美聯社 2月10日週一早高峰,是疫期復工的第一天") == "張曉鳴"
    )
    assert writer_label_credit("(文/张晓鸣 图/美联社)2月10日早高峰") == "张晓鸣"
    assert writer_label_credit("撰文：李红梅 摄影：王辛 今年春天") == "李红梅"
    assert writer_label_credit("文:这是一篇 关于春耕的文章") is None
    assert writer_label_credit("作者:张三认为 如此") is None

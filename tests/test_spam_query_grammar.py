"""The grammar of a search query line (filters/spam_query_grammar.py): a year, a term and
a query frame, or an open tail of query or interface words; sentences, marked questions and
long lines are none, and a function character never enters the term."""

import pytest

from newsclean.filters.spam_query_grammar import open_splits, parse


@pytest.mark.parametrize(
    ("line", "term", "frame"),
    [
        ("2023年九州娱乐城什么时候开始", "九州娱乐城", "什么时候开始"),
        ("2021七星彩规则", "七星彩", "规则"),
        ("威尼斯人 每小时新闻数量", "威尼斯人", "每小时新闻数量"),
        ("22bet体育是什么", "22bet体育", "是什么"),
        ("蓝月亮心水论坛中奖规则是什么", "蓝月亮心水论坛中奖", "规则是什么"),
    ],
)
def test_the_grammar_reads_year_term_and_frame(line, term, frame):
    found = parse(line)
    assert found is not None
    assert (found[0], found[2]) == (term, frame)


@pytest.mark.parametrize(
    "line",
    [
        "新规是什么？",  # a writer's question carries its mark
        "中国经济下一步的重点是什么",  # a function character: a sentence, not a keyword
        "问:效果怎么样",  # an interview's question
        "比赛规则",  # fine by the grammar, but a noun frame without a year (below)
    ],
)
def test_sentences_and_marked_questions_are_no_query(line):
    found = parse(line)
    assert found is None or (found[1] is False and found[2] == "规则")


def test_a_long_line_is_no_query_and_costs_nothing():
    line = "紫" * 10_000_000 + "是什么"
    assert parse(line) is None


def test_a_function_character_never_enters_the_term():
    assert open_splits("我的百家乐什么意思") == []
    assert [s[0] for s in open_splits("九州娱乐城 标签下的内容")] == ["九州娱乐城"]

"""A keyword asked as a question above the headline (filters/spam_question.py): positive cases
(a farm's questions rebuilt with other keywords: a question mark alone, an interrogative tail,
a block of them) and negative ones (a real headline that is a question about its article, a
heading asking about the article's subject, a crackdown's own heading)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam_question import parse, question_lines
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

HEADLINE = "第三届中国新闻发言人论坛在北京举行"
PARAS = [
    "  今天由国务院新闻办公室和清华大学主办的第三届中国新闻发言人论坛在北京举行。论坛为期一天。",
    "  论坛以新时代新闻发布为主题,来自各部委的新闻发言人出席并发言。发言持续到傍晚。",
    "  与会者表示,新闻发布要讲好中国故事。让中国声音更多地为外界听见。",
]


def _spam(lines: list[str], verdicts: list[SpamVerdict] | None = None) -> set[int]:
    return set(question_lines(lines, verdicts or [NOT_SPAM] * len(lines)))


def _text(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("line", "term", "question"),
    [
        ("澳门威尼斯人?", "澳门威尼斯人", "?"),
        ("金沙娱乐场？", "金沙娱乐场", "？"),
        ("快乐十分怎么玩法规则", "快乐十分", "怎么玩法规则"),
        ("pk拾如何下注", "pk拾", "如何下注"),
        ("幸运飞艇怎么玩 什么是龙虎", "幸运飞艇", "怎么玩 什么是龙虎"),
        ("时时彩哪个平台好?", "时时彩", "哪个平台好"),
    ],
)
def test_the_question_grammar(line: str, term: str, question: str) -> None:
    found = parse(line)
    assert found is not None
    assert found[0] == term
    assert found[1].rstrip("?？") == question.rstrip("?？") or found[1] == question


@pytest.mark.parametrize(
    "line",
    [
        "如何看待新规",  # no term before the interrogative
        "这个冬天怎么过",  # a function character in the term: prose
        "发言人:中国声音怎么传",  # a colon: a headline's label
        "中国经济还能增长多久?为什么",  # a mark inside
        "新闻发布会今天举行",  # no question
    ],
)
def test_what_is_no_question_line(line: str) -> None:
    assert parse(line) is None


def test_a_question_mark_alone_above_the_headline_goes() -> None:
    page = ["澳门威尼斯人?", HEADLINE, *PARAS]
    assert _spam(page) == {0}
    doc = clean(_text(page), convert="none")
    assert doc.title == HEADLINE
    assert "威尼斯人" not in "".join(doc.body)


def test_a_block_of_short_questions_goes() -> None:
    page = ["赤兔?", "银狐?", HEADLINE, *PARAS]
    assert _spam(page) == {0, 1}


def test_an_interrogative_tail_goes_printed_traditional() -> None:
    page = ["快樂十分怎么玩法規則", "幸運飛艇怎么玩 什么是龍虎", HEADLINE, *PARAS]
    doc = clean(_text(page))
    assert doc.title == HEADLINE
    assert not any("飞艇" in line or "十分" in line for line in doc.body)


def test_a_real_question_headline_echoed_by_its_article_stays() -> None:
    headline = "中国经济还能增长多久?"
    page = [
        headline,
        "  今年前三季度中国经济增长百分之五,专家认为经济增长仍有潜力。",
        "  中国经济的增长动力正在从投资转向消费。",
    ]
    assert _spam(page) == set()
    doc = clean(_text(page), convert="none")
    assert doc.title == headline


def test_a_heading_asking_about_the_articles_subject_stays() -> None:
    page = [HEADLINE, "新闻发言人如何发言", *PARAS]
    assert _spam(page) == set()


def test_a_question_below_the_first_paragraph_is_not_this_filters() -> None:
    page = [HEADLINE, PARAS[0], "澳门威尼斯人?", *PARAS[1:]]
    assert _spam(page) == set()


def test_a_crackdown_heading_stays() -> None:
    page = ["网络赌博怎么打击?", HEADLINE, *PARAS]
    assert _spam(page) == set()


def test_a_short_unknown_term_alone_needs_more_evidence() -> None:
    # a short foreign term whose characters the article uses, alone, on a clean page
    page = ["中国新?", HEADLINE, *PARAS]
    assert _spam(page) == set()
    spam = SpamVerdict(True, 3.0, ("色站",), 1)
    assert _spam(page, [NOT_SPAM, NOT_SPAM, spam, NOT_SPAM, NOT_SPAM]) == set()


# Round 29: a keyword, a comma and a farm's own question; a question tail opening with an
# adverb before its interrogative.


@pytest.mark.parametrize(
    "line",
    [
        # https://xiaoyuandeng.com/wd-wt/tiEKn6A_gPj8wOr4iF_EiKR.html (a question farm's
        # page, its only line: a keyword, a comma and the farm's question)
        "除夕,为什么世界各地的华人会同时看到春节联欢晚会?",
        # the same farm's frame around other keywords (the row puts lexicon terms there)
        "快乐十分,为什么世界各地的华人会同时看到春节联欢晚会?",
        "赤兔娱乐，为什么世界各地的华人会同时看到春节联欢晚会？",
    ],
)
def test_a_keyword_a_comma_and_a_farms_question_goes(line: str) -> None:
    page = [line, HEADLINE, *PARAS]
    assert _spam(page) == {0}
    doc = clean(_text(page), convert="none")
    assert doc.title == HEADLINE


def test_a_comma_question_is_read_as_term_and_question() -> None:
    assert parse("除夕,为什么世界各地的华人会同时看到春节联欢晚会?") == (
        "除夕",
        ",为什么世界各地的华人会同时看到春节联欢晚会?",
    )
    # real headlines of a 深圳晚报 series (https://www.smwenxue.com/article/602294): a
    # subject, a comma and a question with no question mark: a headline, not this frame
    assert parse("违反操作规程发生伤害,能否认定工伤") is None
    assert parse("糊涂保费糊涂交,理赔时该怎么办") is None
    # https://blob.wenxiaobai.com/article/181f190b-0d5f-9953-1f83-030a3d77e1ad: a headline
    # opening with its interrogative has no term before it
    assert parse("为什么春节联欢晚会是8点") is None


def test_a_comma_question_headline_its_article_echoes_stays() -> None:
    # the subject before the comma is the article's
    page = ["新闻发言人论坛,为什么今年在北京举行?", *PARAS]
    assert _spam(page) == set()
    # a foreign word before the comma, but the question asks about the article
    page = ["周末,为什么新闻发言人都来北京举行论坛?", *PARAS]
    assert _spam(page) == set()


@pytest.mark.parametrize(
    "line",
    [
        # http://party-uncle.com/tags/国考几点开始考试.html (a tag farm's only line)
        "国考几点开始考试",
        # http://whhsxh8.com/tags/直播一般几点合适.html: the farm's question cut before its
        # last letter, an adverb (一般) before the interrogative; here around a drug's name
        "莫达非尼一般几点合",
    ],
)
def test_a_farms_what_time_question_goes(line: str) -> None:
    page = [line, HEADLINE, *PARAS]
    assert _spam(page) == {0}


def test_an_adverb_question_about_the_article_stays() -> None:
    # the term before the adverb is the article's subject: a heading asking about it
    page = [HEADLINE, "新闻发言人论坛一般几点开", *PARAS]
    assert _spam(page) == set()


def test_a_farms_how_long_question_goes_and_the_articles_stays() -> None:
    """Round 34: 多久 (how long) is an interrogative as 多少 is: a farm's question around a
    site's name no vocabulary knows goes; a heading asking how long about the article's
    subject stays."""
    assert _spam(["紫霞草原一般中午演多久", HEADLINE, *PARAS]) == {0}
    assert _spam([HEADLINE, "新闻发言人论坛要开多久", *PARAS]) == set()

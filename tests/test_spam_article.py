"""The article of a page (filters/spam_article.py): one index per page answers what the spam
judgements asked by walking the page's lines (not judged spam, other than the asking one).
Each answer is checked against that walk, on a real page and on drawn pages with line
feeds, lower-casing that changes a length (İ) and overlapping repeats (哈哈哈)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from hypothesis import given
from hypothesis import strategies as st

from newsclean.filters import spam_unused
from newsclean.filters.spam_article import Article
from newsclean.filters.spam_unused import unglossed
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

SPAM = SpamVerdict(True, 3.0, ("色站",), 1)


def _others(texts: Sequence[str], spam: Sequence[bool], apart: Collection[int]) -> list[str]:
    return [unglossed(t) for k, t in enumerate(texts) if k not in apart and t and not spam[k]]


def _check(texts: list[str], spam: list[bool], needles: list[str]) -> None:
    article = Article(texts, [SPAM if s else NOT_SPAM for s in spam])
    assert article.hijacked == any(spam)
    singles: list[int | list[int]] = list(range(-1, len(texts) + 1))
    several: list[int | list[int]] = [[k, k + 2] for k in range(len(texts))]
    for index in [*singles, *several, list(range(0, len(texts), 2)), list(range(len(texts)))]:
        others = _others(texts, spam, [index] if isinstance(index, int) else index)
        asked = article.without(index)
        for needle in needles:
            lowered = any(needle in t.lower() for t in others)
            printed = any(needle in t for t in others)
            assert asked.names([needle]) == lowered, (texts, spam, index, needle)
            assert asked.echoes([needle]) == int(printed), (texts, spam, index, needle)
            assert asked.used(needle) == printed
        distinct = set(needles)
        assert asked.echoes(distinct) == sum(any(n in t for t in others) for n in distinct)


def test_a_real_page_answers_as_its_lines_do(reference_lines: list[str]) -> None:
    texts = reference_lines[:60]
    spam = [k % 7 == 3 for k in range(len(texts))]
    needles = sorted({t[i : i + 2] for t in texts[:12] for i in range(0, len(t) - 1, 3)})
    _check(texts, spam, [*needles, "不在", "新华"])


def test_the_asking_line_does_not_vouch_for_itself() -> None:
    texts = [
        "某某社区 习近平向军事科学院授军旗致训词",
        "习近平向军事科学院授军旗。",
        "某某社区 色站",
    ]
    article = Article(texts, [NOT_SPAM, NOT_SPAM, SPAM])
    head = article.without(0)
    assert head.names(["习近"])  # the headline's subject: the article names it again
    assert not head.names(["某某"])  # named in its own line and on a spam line only
    assert not head.used("社")
    assert article.without(1).names(["某某"])  # the head line is the article's for others


@given(
    st.lists(st.text(alphabet="哈大笑İiIΣσ\n a", max_size=8), max_size=6),
    st.lists(st.booleans(), min_size=6, max_size=6),
    st.lists(st.text(alphabet="哈大笑İiIΣσ\n a", min_size=1, max_size=2), max_size=6),
)
def test_drawn_pages_answer_as_their_lines_do(
    texts: list[str], spam: list[bool], needles: list[str]
) -> None:
    _check(texts, spam[: len(texts)], needles)


def test_the_counts_are_the_articles_lower_cased() -> None:
    texts = ["哈哈哈大笑", "大笑一场 AB", "哈哈 ab"]
    counts = Article(texts, [NOT_SPAM, NOT_SPAM, SPAM]).counts
    assert (counts["哈哈"], counts["大笑"], counts["ab"], counts["一哈"]) == (2, 2, 1, 0)


def test_answers_are_the_same_once_the_article_is_counted_instead_of_searched() -> None:
    # past MAX_ASKED distinct pairs the joined text is counted once, so that a page of
    # many asking lines stays linear; the answers must not change (overlapping pairs too)
    import random

    from newsclean.filters.spam_article import MAX_ASKED

    rng = random.Random(5)
    alphabet = "哈哈大笑一场北京今天晴"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9))) for _ in range(40)]
    searched = Article(texts, [NOT_SPAM] * len(texts))
    counted = Article(texts, [NOT_SPAM] * len(texts))
    pairs = [a + b for a in alphabet for b in alphabet]
    for k in range(MAX_ASKED + 1):  # distinct pairs asked, until the article is counted
        counted.without(0).echoes([chr(0x4E00 + k) + chr(0x4E01 + k)])
    assert counted.printed._counted is not None and searched.printed._counted is None
    questions = [
        (rng.randrange(len(texts)), rng.choice(pairs + list(alphabet))) for _ in range(500)
    ]
    assert [searched.without(i).echoes([q]) for i, q in questions] == [
        counted.without(i).echoes([q]) for i, q in questions
    ]
    assert [searched.without(i).used(q[0]) for i, q in questions] == [
        counted.without(i).used(q[0]) for i, q in questions
    ]


def test_a_mirror_gloss_is_no_part_of_the_article() -> None:
    # a gloss after every character breaks every pair; an abbreviation in brackets stays
    texts = [
        "某某-暴徒破壞設施",
        "有暴(bào)徒(tú)破(pò)壞(huài)設(shè)施(shī)。新聞局(GCS)發(fā zhǎn)",
    ]
    asked = Article(texts, [NOT_SPAM, NOT_SPAM]).without(0)
    assert asked.echoes(["暴徒", "破壞", "設施"]) == 3
    assert asked.names(["gc"]) and asked.names(["局("])
    assert not asked.names(["bà"])


def test_a_bracketed_line_is_read_without_its_glosses_once_for_every_article() -> None:
    # each article of a page reads its lines again; the reading is remembered (round 32)
    line = "有暴(bào)徒(tú)破(pò)壞(huài)設(shè)施(shī)。新聞局(GCS)"
    assert unglossed(line) == unglossed(line) == "有暴徒破壞設施。新聞局(GCS)"
    assert spam_unused._without_glosses.known[line] == "有暴徒破壞設施。新聞局(GCS)"
    assert unglossed("新聞局(GCS)發布") == "新聞局(GCS)發布"
    assert unglossed("沒有括號的一行") == "沒有括號的一行"


def test_several_lines_asked_together_vouch_for_none_of_them() -> None:
    # a page's channel lines, head lines or dated headers are judged against the article
    # without any of them (round 38): one farm title's words do not vouch for another's
    texts = [
        "高德娱乐城新闻",
        "高德娱乐城(金狐娱乐)",
        "受台风外围云系影响，全市迎来明显降水过程，市民需注意防范。",
        "色站大全",
    ]
    article = Article(texts, [NOT_SPAM, NOT_SPAM, NOT_SPAM, SPAM])
    heads = article.without({0, 1})
    assert not heads.names(["高德", "娱乐"]) and not heads.used("娱")
    assert article.without(0).names(["高德"])  # the other head line vouches alone
    assert heads.names(["降水"]) and heads.echoes(["台风", "外围", "色站"]) == 2
    assert heads.hijacked and heads.han() == 26 and article.without(0).han() == 35


def test_several_lines_apart_answer_alike_once_the_article_is_counted() -> None:
    from newsclean.filters.spam_article import MAX_ASKED

    texts = ["哈哈哈大笑", "大笑一场", "哈哈", "一场大笑"]
    counted = Article(texts, [NOT_SPAM] * len(texts))
    for k in range(MAX_ASKED + 1):
        counted.without(0).echoes([chr(0x4E00 + k) + chr(0x4E01 + k)])
    searched = Article(texts, [NOT_SPAM] * len(texts))
    for apart in ({0, 2}, {1, 3}, {0, 1, 2}, {0, 1, 2, 3}):
        for pair in ("哈哈", "大笑", "一场", "场大", "笑"):
            assert counted.without(apart).echoes([pair]) == searched.without(apart).echoes([pair])

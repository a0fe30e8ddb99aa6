"""Round 21: an author archive's link (``Posts by X``) is furniture, never a byline."""

import pytest
from invariants import line_removed
from linear import assert_linear
from park_article import HEADLINE, PARAGRAPHS, assert_goes_above_the_headline
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_archive import archive_link, author_box
from newsclean.filters.furniture_leaks import leak_reason
from newsclean.filters.navigation import classify_furniture


@pytest.mark.parametrize(
    "line",
    [
        # invented forms, on no eval page
        "View all posts by Li Wei »",
        "More articles by Anna Schmidt",
        "Stories by 王小明",
        "张三的全部文章",
        "更多 李四 的文章",
        "查看作者全部文章",
        "该作者的其他文章",
        "作者文章列表",
        "TA的全部帖子",
        "本文作者的更多文章",
        "Articles written by Maria Lopez",
    ],
)
def test_an_author_archive_link_is_furniture(line: str) -> None:
    assert archive_link(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Posts by the minister on social media drew criticism from opposition lawmakers.",
        "特朗普在社交媒体上的帖子引发争议",  # a sentence about a named person's posts
        "鲁迅的文章",  # a name and its posts may head a page
        "他的文章发表在人民日报上。",
        "作者:张三",  # a byline
    ],
)
def test_a_sentence_about_posts_stays(line: str) -> None:
    assert not archive_link(line)


def test_the_archive_link_above_the_headline_gives_no_author() -> None:
    line = "Articles by Chen Jing"
    assert_goes_above_the_headline(line)
    document = clean(_page(line, HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert line_removed(document, line)
    assert document.author in (None, "")
    assert document.source in (None, "")


def test_a_hostile_line_is_quick() -> None:
    def make(n: int) -> list[str]:
        return ["Posts by " + "Aa " * (n // 3), "张三的" * (n // 3), "View all posts by " + "A" * n]

    def judge(lines: list[str]) -> None:
        for line in lines:
            assert not archive_link(line)

    assert_linear(make, judge, 50_000)


# Round 27: the author box of an author archive.
@pytest.mark.parametrize(
    "line",
    [
        # https://e-bulletin.um.edu.mo/notice/author/jasonleong/page/3 (the held-out row)
        "This author has not yet filled in any details.",
        "So far jasonleong has created 36 blog entries.",
        # the placeholders of Chinese templates' empty profiles (forum and CMS themes)
        "这家伙很懒,什么都没有留下",
        "该作者暂未填写个人简介",
        "So far Jane Doe has published 12 posts.",
    ],
)
def test_author_box_lines_are_furniture(line: str) -> None:
    assert author_box(line)
    assert leak_reason(line) == "nav"


@pytest.mark.parametrize(
    "line",
    [
        "So far, he has written 30 books on the war.",  # a biography's sentence
        "Smith has published 200 articles.",  # a name and a count with no 'so far'
        "这家伙很懒，但是他的画很好看。",  # a story's clause goes on
        "该作者暂未回应记者的提问。",  # the author of a story did not answer
    ],
)
def test_biography_sentences_stay(line: str) -> None:
    assert not author_box(line)

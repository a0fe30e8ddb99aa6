"""Round 21: an author archive's link (``Posts by X``) is furniture, never a byline."""

import pytest
from invariants import line_removed
from linear import assert_linear
from park_article import HEADLINE, PARAGRAPHS, assert_goes_above_the_headline
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_archive import (
    account_name,
    archive_link,
    author_box,
    card_piece,
    profile_cards,
)
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


# Round 28b: the profile card of an uploader, one piece a line.  Real forms: the
# document-sharing site's card (eval row tool-uploader-avatar-id-no-bio-report); the bio
# placeholder of public user-card templates, ``{{ profile.bio || '暂无简介' }}`` and
# ``{{ item.bio || '暂无简介' }}`` (Vue profile and member-list components in the public
# code corpus), rendered alone on its line beside the avatar and the name.
@pytest.mark.parametrize(
    "line",
    ["用户头像", "作者頭像", "楼主头像", "User avatar", "暂无简介", "暫無個人簡介", "暂无签名"],
)
def test_a_profile_card_piece(line: str) -> None:
    assert card_piece(line)


@pytest.mark.parametrize(
    "line",
    [
        "用户头像设计规范",  # a heading about avatars
        "该公司暂无简介可查",  # a sentence with its subject
        "暂无",  # the empty word alone
        "头像",  # the picture noun alone
    ],
)
def test_a_line_about_profiles_is_no_card_piece(line: str) -> None:
    assert not card_piece(line)


def test_account_name_shape() -> None:
    assert account_name("is_833902") and account_name("user.2048")
    assert not account_name("iPhone") and not account_name("Reuters")


def test_the_card_goes_between_paragraphs_and_the_article_stays() -> None:
    card = ["用户头像", "is_833902", "暂无简介", "举报"]
    document = clean(_page(HEADLINE, PARAGRAPHS[0], *card, PARAGRAPHS[1]))
    for line in card:
        assert line_removed(document, line), line
    assert document.title == HEADLINE
    assert [p.strip() for p in document.body] == [p.strip() for p in PARAGRAPHS]


def test_an_account_name_alone_beside_paragraphs_stays() -> None:
    # no card piece beside it: a model number or a code quoted on its own line
    assert profile_cards([0, 1, 2], ["第一段文字。", "RTX_4090", "第二段文字。"].__getitem__) == {}
    document = clean(_page(HEADLINE, PARAGRAPHS[0], "GB_18030", PARAGRAPHS[1]))
    assert not line_removed(document, "GB_18030")


@pytest.mark.parametrize("line", ["About star", "About Lee Wai Man", "About 林小明"])
def test_the_author_box_heading_goes_anywhere(line: str) -> None:
    # a theme's author box under the story: its heading and the writer's display name
    assert author_box(line)
    document = clean(_page(HEADLINE, *PARAGRAPHS, line))
    assert line_removed(document, line)


@pytest.mark.parametrize("line", ["About 200 people came.", "About the park, residents agree"])
def test_an_english_sentence_opening_with_about_is_no_heading(line: str) -> None:
    assert not author_box(line)

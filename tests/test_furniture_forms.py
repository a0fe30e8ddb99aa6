"""Round 21: a comment form's instructions (the site speaking to the reader about its form)
go anywhere."""

import pytest
from linear import assert_linear
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_forms import closed_notice, form_instruction
from newsclean.filters.navigation import classify_furniture


@pytest.mark.parametrize(
    "line",
    [
        # invented forms, on no eval page
        "您的電子郵件位址並不會被公開。 必填欄位標示為 *",
        "你的邮箱不会被公开,带*号的为必填项",
        "Your email address will not be published. Required fields are marked *",
        "姓名 *",
        "Email *",
        "发表回复",
        "Leave a Reply",
        "取消回复",
        "在此浏览器中保存我的显示名称、邮箱地址和网站地址,以便下次评论时使用。",
        "Save my name, email, and website in this browser for the next time I comment.",
        "请登录后发表评论",
        "You must be logged in to post a comment.",
        "暂无评论",
        "还没有评论,快来抢沙发吧!",
        "No comments yet. Be the first to comment!",
    ],
)
def test_a_comment_form_instruction_is_furniture(line: str) -> None:
    assert form_instruction(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # a paragraph about email privacy
        "专家提醒,您的电子邮箱地址不会被公开,但仍需警惕钓鱼邮件。",
        "该公司承诺用户的电子邮件地址不会被公开。",
        "评论",  # a label alone: a heading's or a tool row's
        "网站",
        "你的名字",
        "The required fields of the census form are marked in red.",
        "需要先登录才能查看全文",  # a paywall's, not the comment form's
        "目前还没有证据表明该邮件地址被公开。",
        "No comments on the proposal were received by the agency.",
    ],
)
def test_a_story_about_email_privacy_stays(line: str) -> None:
    assert not form_instruction(line)


def test_the_form_under_the_article_goes_and_the_body_stays() -> None:
    line = "你的电子邮件地址不会被公布。 必填项已用 * 标注"
    document = clean(_page(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], line))
    assert document.title == HEADLINE
    assert len(document.body) == 2
    assert all(line not in paragraph for paragraph in document.body)


def test_a_hostile_line_is_quick() -> None:
    def make(n: int) -> list[str]:
        return ["您的" * n, "*" * n + "x", "will not " * (n // 9)]

    def judge(lines: list[str]) -> None:
        for line in lines:
            assert not form_instruction(line)

    assert_linear(make, judge, 50_000)


@pytest.mark.parametrize(
    "line",
    [
        # round 24: a sign-in call to comment, the login words joined by "or"
        "Sign in or sign up to post comments.",  # the round-23 row (a Malaysian video page)
        # Drupal's comment module string, printed under each comment of a saved Circuit
        # Digest page (Interfacing Stepper Motor with Arduino Uno, in a public repository)
        # and under poly.pizza's bundles (https://poly.pizza/bundle/Animated-Men-Pack-DAC9SDgMQ)
        "Log in or register to post comments",
        # askbot's comment widget (its JavaScript in a public repository, a gettext string)
        "please sign in or register to post comments",
        # a document-sharing site's PHP template (public repository), its comment button
        "Please sign in or register to post comments.",
        # a Django forum's view (public repository), its error message
        "You must login or register to post comments",
    ],
)
def test_a_sign_in_call_to_comment_is_furniture(line: str) -> None:
    assert form_instruction(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # shootonline.com's commenting FAQ: sentences about signing in, with words of their own
        # (https://faq.shootonline.com/commenting/want-to-comment-on-an-story-postor-video-on-shootonline-com-its-easier-than-ever-with-disqus-shootonlines-web-based-commenting-tool)
        "You can also chose to login in using your Disqus account, Facebook, Twitter, or "
        "Google account.",
        "Once you are logged in you are ready to join the conversation.",
        # invented: a story's sentence about registering
        "Voters must sign up or register to vote by October 5.",
    ],
)
def test_a_sentence_about_signing_in_stays(line: str) -> None:
    assert not form_instruction(line)
    assert classify_furniture(line) is None


# Round 28b: the comment box's English button with its verb of adding.  Real forms: the
# AMP page of koran.harianinhuaonline.com (eval row tool-comments-zero-add-comment), and
# Drupal's comment form, whose link under every node reads "Add new comment" (Drupal core's
# comment module, printed under articles of Drupal news sites).
@pytest.mark.parametrize("line", ["Add Comment", "Add a comment", "Add new comment"])
def test_the_add_comment_button_is_a_form_line(line: str) -> None:
    assert form_instruction(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line", ["Add comment to the list", "We add comments every day.", "Add", "評論員文章"]
)
def test_a_sentence_with_add_stays(line: str) -> None:
    assert not form_instruction(line)


def test_the_counter_and_button_go_under_the_article() -> None:
    document = clean(_page(HEADLINE, *PARAGRAPHS, "Comments (0)", "Add Comment"))
    assert document.body[-1].strip() == PARAGRAPHS[1].strip()


# Round 30: a closed comment area's status with its post's title in the slot (WordPress's
# "Comments Off on %s" as a Japanese theme prints it).  Real lines outside eval/: the
# Japanese machine translation of EEGLAB's wiki (sccn.ucsd.edu/eeglab), whose image alt
# slot printed the same theme string after a file name; Japanese app interfaces in public
# repositories ("この投稿はコメントを受け付けていません。", "この作品はコメントを受け付けていま
# せん", "このVOTEはコメントを受け付けていません。"); WordPress's English "Comments Off on".
@pytest.mark.parametrize(
    "line",
    [
        "Ii21pop_chanevent.jpg はコメントを受け付けていません。",
        "この投稿はコメントを受け付けていません。",
        "この作品はコメントを受け付けていません",
        "このVOTEはコメントを受け付けていません。",
        "香港新聞界慶祝新中國成立73周年 李家超希望講好香港故事 はコメントを受け付けていません。",
        "Comments Off on 海沧市民节:幸福海沧 市民同享",
        # round 34: a headline quoting a sentence with its stop inside the quotation marks
        "「戒嚴時期跑新聞,就是學會擺脫竊聽。」那些年的新聞人 はコメントを受け付けていません。",
        "“我们不会放弃！”渔民守岛三十年 はコメントを受け付けていません。",
    ],
)
def test_a_closed_comment_status_naming_its_post_is_furniture(line: str) -> None:
    assert closed_notice(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # a Japanese sentence whose predicate is the phrase: no slot's space
        "多くのニュースサイトはコメントを受け付けていません。",
        # a Chinese paragraph quoting the string inside a clause
        "該網站頁面寫著「はコメントを受け付けていません」,讀者無法留言。",
        # a title's part that closes a clause is a sentence, not a headline
        "我們決定關閉留言。 はコメントを受け付けていません。",
        # a stop outside the quotation: the title's part is a sentence still
        "他說「不會放棄」。我們決定關閉留言 はコメントを受け付けていません。",
        "Comments off on weekends, the editor said.",
    ],
)
def test_sentences_about_closed_comments_stay(line: str) -> None:
    assert not closed_notice(line)
